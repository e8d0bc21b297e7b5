@demand_reduction
Feature: Reducing demand for commercial sex and sex tourism, 22 U.S.C. 7106(b)(12)
  Since the TVPRA of 2005 (so from the 2006 report), a government should make serious and
  sustained efforts to reduce the demand for commercial sex acts and for sex tourism by its
  nationals. Campaigns aimed at buyers, prosecution of clients and of child sex tourists,
  laws against buying sex from children, tourism codes and troop training count. General
  awareness of trafficking is not demand reduction, and NGO campaigns are not government effort.

  Scenario Outline: What one sentence is worth to the demand criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2010 report
    Then its evidence for "demand_reduction" is <verdict>

    Examples: Aimed at the demand
      | sentence                                                                                     | verdict            |
      | The tourism ministry placed billboards at resorts warning sex tourists of prison terms.      | counted as support |
      | Police fined 140 clients of street prostitution in the capital.                              | counted as support |
      | The tourism authority briefed 200 taxi drivers on reporting child sex tourism to the police. | counted as support |
      | Prosecutors charged six foreigners with child sex tourism after a police sting at a resort.  | counted as support |
      | Before deployment, all peacekeepers were trained on sexual exploitation and trafficking.     | counted as support |
      | The tourism ministry signed codes of conduct with 85 resorts to keep child sex tourists out. | counted as support |
      | Police booked 900 men for buying sex in the capital's red-light district.                    | counted as support |

    Examples: Not the government's, not yet, or not about demand
      | sentence                                                                                                                  | verdict                     |
      | An NGO coalition ran radio spots aimed at men who buy sex.                                                                | not counted: non_government |
      | The ministry plans a campaign aimed at clients of prostitutes next year.                                                  | not counted: planned        |
      | The government held a seminar on trafficking for high school students.                                                    | not found                   |
      | With money from a European donor, an NGO aired radio spots warning tourists that sex with children is punished by prison. | not counted: non_government |

    Examples: Shortfalls
      | sentence                                                                                          | verdict              |
      | The government took no steps to reduce demand for commercial sex acts.                            | counted as shortfall |
      | Officials have done little to deter foreign men from buying sex with minors at the resorts.       | counted as shortfall |
      | The campaign aimed at sex tourists that the tourism board ran for three seasons was discontinued. | counted as shortfall |
      | Zero buyers of sex with minors were prosecuted during the year.                                   | counted as shortfall |

    Examples: Other words for the same things: a campaign to come, a church group's leaflets, no client charged, men booked for soliciting, a bank's clients
      | sentence                                                                                                        | verdict                     |
      | Billboards telling men that paying for sex fuels slavery are to go up along the coast road next season.         | not counted: planned        |
      | The tourism board will roll out a zero-tolerance campaign against child sex tourism next season.                | not counted: planned        |
      | A Lutheran youth group, paid by a Finnish foundation, handed out leaflets to clients in the red-light district. | not counted: non_government |
      | Not a single client of the brothels raided in the port was charged during the year.                             | counted as shortfall        |
      | Men caught soliciting in the old town were booked by the vice squad, 31 of them in August alone.                | counted as support          |
      | Police arrested 20 clients of a bureau de change suspected of laundering money.                                 | not counted: off_topic      |

    Examples: Pointers to other answers
      | sentence                                                                                       | verdict                      |
      | Demand reduction: efforts to reduce demand are covered in the responses to Prevention A and B. | not counted: cross_reference |

    Examples: Child sex tourists, named by what they did
      | sentence                                                                                                                      | verdict                     |
      | Two British tourists were sentenced in Mombasa to 11 years for sexually abusing minors.                                       | counted as support          |
      | During the festival the tourism board put up billboards warning visitors that the sexual exploitation of children is a crime. | counted as support          |
      | Police charged no foreign tourist with a child sex offence during the season.                                                 | counted as shortfall        |
      | Volunteers of a church youth group handed out leaflets at the truck stop urging drivers not to pay for sex with girls.        | not counted: non_government |
      | Police arrested a teacher for sexually abusing children at a boarding school.                                                 | not found                   |

    Examples: Bills, and campaigns not yet out
      | sentence                                                                                                                                                                  | verdict              |
      | A bill that would make buying sexual services an offence passed a preliminary reading in parliament in March.                                                             | not counted: planned |
      | The tourism board commissioned a campaign aimed at sex tourists for the summer; the artwork was approved in May, but no posters had appeared when this cable was drafted. | not counted: planned |

    Examples: Money set aside, nothing made yet
      | sentence                                                                                                                             | verdict              |
      | The ministry has earmarked EUR 90,000 for billboards aimed at men who buy sex; no designs had been commissioned by the end of March. | not counted: planned |

    Examples: Said to come into force, to be made, or first taught later
      | sentence                                                                                                                              | verdict              |
      | The launch of a police poster campaign telling men that paying a minor for sex is a crime is set for the start of the tourist season. | not counted: planned |

    Examples: Demand for something else
      | sentence                                                                           | verdict                |
      | The health ministry's campaign to reduce demand for heroin reached 200,000 pupils. | not counted: off_topic |

    Examples: Who runs it, named in one word before it
      | sentence                                                                                                                     | verdict                       |
      | An Anglican-run outreach project handed 20,000 leaflets warning against child sex tourism to passengers arriving in Mombasa. | not counted: non_government   |

    Examples: A slogan that says no, and demand for drugs
      | sentence                                                                                                                     | verdict                       |
      | The Department of Narcotics Control ran a 'Say No' campaign to curb demand for yaba tablets among long-distance bus drivers. | not counted: off_topic        |
      | The Ministry of Tourism ran a 'Say No to Child Sex Tourism' campaign in 200 hotels along the coast.                          | counted as support            |

  Scenario: A question on demand answered only by a cross-reference is not met
    Given a cable answer reading:
      """
      40. (SBU) QUESTION G: What measures has the government taken during the reporting
      period to reduce the demand for commercial sex acts?

      POST RESPONSE: See question 34 and 35.
      """
    When the cables are scored for the 2008 report
    Then criterion "demand_reduction" is "not_met"
    And criterion "demand_reduction" rejects "See question 34 and 35." as cross_reference

  Scenario: Before the 2006 report the law did not ask for demand reduction
    Given a cable answer reading "Police fined 140 clients of street prostitution in the capital."
    When the cables are scored for the 2005 report
    Then criterion "demand_reduction" is not assessed, as the law did not yet ask it
