@victim_screening
Feature: Victim screening and identification, 22 U.S.C. 7106(b)(2) and (b)(6)
  The government protects victims, and it cannot protect those it never identifies. Screening
  counts when it is systematic and proactive: written procedures, screening of migrants,
  detainees, deportees and people in prostitution, referral of victims to care, and counts
  of victims identified. No method, missed chances, and victims treated as illegal migrants
  count against.

  Scenario Outline: What one sentence is worth to the screening criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2010 report
    Then its evidence for "victim_screening" is <verdict>

    Examples: Procedures, screening and counts
      | sentence                                                                                     | verdict                    |
      | Border guards now use a standard questionnaire to screen returning migrants for trafficking. | counted as support         |
      | Labor inspectors identified 57 victims of forced labor in 2009.                              | counted as support         |
      | Victims found in brothel raids are referred to the state shelter and to social workers.      | counted as support         |
      | Officials reportedly interview deportees to determine whether they were trafficked.          | counted as support, hedged |

    Examples: Planned or someone else's
      | sentence                                                                                                                                               | verdict                     |
      | The ministry will introduce identification guidelines for police later this year.                                                                      | not counted: planned        |
      | A screening protocol drafted with help from IOM awaits approval by the Council of Ministers.                                                           | not counted: planned        |
      | IOM trained 60 border officials to identify victims of trafficking.                                                                                    | not counted: non_government |
      | The interior ministry has prepared a draft instruction on identifying victims for border officers.                                                     | not counted: planned        |
      | From next quarter, immigration officers are to interview every woman travelling alone to the Gulf for signs of trafficking.                            | not counted: planned        |
      | Caseworkers of an NGO, not the police, interviewed the 60 women held after the raid and found 11 trafficking victims, whom they referred to a shelter. | not counted: non_government |

    Examples: Shortfalls
      | sentence                                                                                             | verdict                      |
      | Police do not screen women arrested in brothels for signs of trafficking.                            | counted as shortfall         |
      | Written screening guidelines exist only on paper and are rarely used at the border.                  | counted as shortfall         |
      | Immigration officers frequently mistake trafficked women for irregular migrants.                     | counted as shortfall         |
      | Labor inspectors seldom check migrant farm workers for signs of forced labor.                        | counted as shortfall         |
      | NGOs report that police rarely screen women detained in raids on bars for signs of trafficking.      | counted as shortfall, hedged |
      | Foreign victims are routinely deported as illegal immigrants.                                        | counted as shortfall         |
      | No trafficking victims were identified during the reporting period.                                  | counted as shortfall         |
      | None of the country's twelve border posts has an officer trained to identify trafficking victims.    | counted as shortfall         |
      | Post has seen no sign that officers at the detention centres use any screening tool for trafficking. | counted as shortfall         |

    Examples: Distractors
      | sentence                                                                            | verdict                |
      | The coast guard rescued 300 fishermen after the storm.                              | not found              |
      | Most victims identified in the capital are young women from the northern provinces. | not found              |
      | The ministry identified funds for a shelter for trafficking victims.                | not found              |
      | Health officers screened 5,000 migrants for tuberculosis at the border camp.        | not counted: off_topic |
      | Post recommends identifying funds for a shelter that would protect victims.         | not found              |

    Examples: Other words for the same things: another country's police, workers flagged, a checklist no longer used
      | sentence                                                                                                                                                   | verdict                     |
      | Dutch police officers posted at the airport questioned young women and identified nine as trafficking victims; Ghanaian immigration officers took no part. | not counted: non_government |
      | Labour inspectors now apply a forced-labour checklist on every visit and flagged 17 workers for referral to the victim unit.                               | counted as support          |
      | Not a single trafficking victim was identified by the border guard this year, and its screening checklist is no longer used.                               | counted as shortfall        |

    Examples: What might be done is neither done nor planned
      | sentence                                                                                                 | verdict               |
      | A short-term adviser could help the border police write a checklist for identifying trafficking victims. | not counted: possible |

    Examples: Pointers after a key, and screening by another word
      | sentence                                                                                                          | verdict                      |
      | 27(D) (U) FOR THE SCREENING OF DEPORTEES AT THE LAND BORDERS, SEE PARA 19 ABOVE.                                  | not counted: cross_reference |
      | 12. (SBU) Screening of returnees at the airport: see paragraph 19.                                                | not counted: cross_reference |
      | There is no written procedure for separating possible trafficking victims from the foreigners held in the depots. | counted as shortfall         |

    Examples: With another office for its say
      | sentence                                                                                                                                          | verdict              |
      | Guidelines for identifying trafficking victims, which the border police drafted in spring, are now with the Ministry of Justice for legal review. | not counted: planned |

    Examples: Money approved, the purchase still to come
      | sentence                                                                                                                                                                                 | verdict              |
      | In March the cabinet approved USD 1.2 million for an electronic screening system to help airport officers spot trafficking victims; procurement is expected to be completed by December. | not counted: planned |

    Examples: Said to come into force, to be made, or first taught later
      | sentence                                                                                                                                                                | verdict              |
      | The labour inspectorate's guidelines on spotting forced labour victims, which enter into force on 1 September, will require inspectors to interview every worker alone. | not counted: planned |

    Examples: What a draft sets out
      | sentence                                                                                                                                                         | verdict              |
      | A referral procedure for suspected trafficking victims, which would oblige police and doctors to alert social services, is set out in a draft ministerial order. | not counted: planned |

    Examples: Interviews for asylum, not for trafficking
      | sentence                                                                                 | verdict   |
      | The refugee office held refugee status determination interviews with 900 asylum seekers. | not found |

    Examples: A chance to screen that was missed
      | sentence                                                                                                                       | verdict                       |
      | Border police again missed opportunities to identify trafficking victims among the migrants they detained.                     | counted as shortfall          |
      | Immigration officers wasted the chance to screen the 300 Burmese fishermen for signs of trafficking before they were deported. | counted as shortfall          |

    Examples: Screening that still awaits its procedures
      | sentence                                                                                                                       | verdict                       |
      | Screening of Bangladeshi workers at the Kuwaiti deportation centre still awaits written procedures from the Interior Ministry. | not counted: planned          |

    Examples: Assessed or classified as victims
      | sentence                                                                                                                 | verdict                       |
      | Of the 3,900 Indonesian domestic workers deported this year, not one was assessed as a possible trafficking victim.      | counted as shortfall          |
      | Labour inspectors classified 37 of the plantation workers as trafficking victims and referred them to the state shelter. | counted as support            |

  Scenario: Written procedures and victims identified meet the criterion
    Given a cable answer reading "In 2009 the police adopted standard operating procedures for identifying victims. Using them, police identified 214 victims of trafficking, 60 of them men."
    When the cables are scored for the 2010 report
    Then criterion "victim_screening" is "met"
    And criterion "victim_screening" reads the number 214 victims_identified

  Scenario: Mexico's 2008 answers: screening in detention, but no method among people in prostitution
    Given the sample cables "08MEXICO722.txt"
    When the cables are scored
    Then criterion "victim_screening" is "partial"
    And criterion "victim_screening" reads the number 22 victims_identified
    And criterion "victim_screening" reads the number 46 detention_centres marked hedged
