@interagency_commission
Feature: Interagency commission or coordination body, 22 U.S.C. 7106(b)(3) and (b)(10)
  The government coordinates its anti-trafficking work. A coordination body counts for what
  it is: a law creating a commission is a legal act; a commission that has a chair, meets
  and decides is a working mechanism. A body with no chair, or one that is not operating,
  counts against; so does the absence of any single point of contact.

  Scenario Outline: What one sentence is worth to the coordination body criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2010 report
    Then its evidence for "interagency_commission" is <verdict>

    Examples: The body exists and works
      | sentence                                                                                             | verdict            |
      | By decree the government set up an inter-ministerial council against trafficking of nine ministries. | counted as support |
      | The anti-trafficking task force, headed by the Deputy Minister of Interior, met monthly during 2009. | counted as support |
      | The Ministry of Labor was designated the lead agency for trafficking matters in April.               | counted as support |

    Examples: On paper only, or promised
      | sentence                                                                                                              | verdict              |
      | The president has yet to appoint the chairman of the national commission.                                             | counted as shortfall |
      | The coordinating committee has never convened.                                                                        | counted as shortfall |
      | The anti-trafficking council set up by decree in March has not yet met.                                               | not counted: planned |
      | A bill creating a national anti-trafficking commission is pending before the senate.                                  | not counted: planned |
      | The national anti-trafficking council did not meet once in 2010.                                                      | counted as shortfall |
      | Coordination among the ministries remains weak, and no ministry takes the lead on trafficking.                        | counted as shortfall |
      | A 2006 decree created the national anti-trafficking council; it has not convened since 2008.                          | counted as shortfall |
      | The ministry intends to form an interagency working group next year.                                                  | not counted: planned |
      | The national task force on trafficking exists only on paper.                                                          | counted as shortfall |
      | The anti-trafficking council, set up in 2006 to steer the national programme, did not meet in 2009.                   | counted as shortfall |
      | A decree creating the anti-trafficking committee came out in March; it is expected to hold its first session in June. | not counted: planned |
      | A restructured anti-trafficking council, with its own secretariat and budget, will be launched next fiscal year.      | not counted: planned |
      | Although a 2004 decree set up the anti-trafficking commission, the commission has not met since 2006.                 | counted as shortfall |
      | On paper, the national anti-trafficking council brings together nine ministries.                                      | counted as shortfall |

    Examples: Not a trafficking coordination body
      | sentence                                                                                                       | verdict                 |
      | The national electoral commission certified the results.                                                       | not found               |
      | The inter-ministerial committee on tuberculosis met four times in 2009.                                        | not counted: off_topic  |
      | The interministerial committee on trafficking, set up in 2001, was described in the 2003 and 2004 submissions. | not counted: historical |

    Examples: Other words for the same things: a body to come, another actor's forum, a dormant council, an outbreak commission, a pointer
      | sentence                                                                                                               | verdict                     |
      | A standing taskforce on trafficking is to be convened by the Prime Minister's Office next spring.                      | not counted: planned        |
      | The anti-trafficking coordination unit created by decree in March had not convened by the time of this report.         | not counted: planned        |
      | The monthly anti-trafficking forum that UNODC chairs brought together 14 NGOs; the Interior Ministry sent an observer. | not counted: non_government |
      | The inter-ministerial council on trafficking has lain dormant since its first meeting in 2007.                         | counted as shortfall        |
      | The National Commission for Pandemic Influenza coordinated nine ministries during the outbreak.                        | not counted: off_topic      |
      | On the national task force, please see paragraph 14 of this message.                                                   | not found                   |

    Examples: Created on paper, not yet started
      | sentence                                                                                                                                            | verdict              |
      | The decree creating the anti-trafficking council was signed in April. The council is still awaiting its budget, and no members have been appointed. | not counted: planned |

    Examples: A body that coordinates, whatever it is called
      | sentence                                                                                                                                                   | verdict            |
      | The National Anti-Trafficking Agency coordinated the work of eleven ministries through eight regional centres.                                             | counted as support |
      | The Prosecutor General's Office brings together police, labour inspectors and social services agencies to coordinate their work against human trafficking. | counted as support |
      | The environment ministry coordinated the work of six agencies on flood relief.                                                                             | not found          |

    Examples: No body yet, and a draft order to create one
      | sentence                                                                                                                                                            | verdict              |
      | There is still no coordination body on trafficking. The Prime Minister's Office has circulated a draft order creating one, on which ministries must comment by May. | not counted: planned |

    Examples: The next sentence speaks of it as the office, the commission
      | sentence                                                                                                                                                                         | verdict              |
      | By decree of 3 March the government set up a National Anti-Trafficking Coordination Office. Its head was named in April, but the office has no staff yet and has not begun work. | not counted: planned |
      | The National Anti-Trafficking Commission met four times in 2009. The commission plans to publish its first annual report in March.                                               | counted as support   |

    Examples: Nobody named to it yet
      | sentence                                                                                                                                                           | verdict              |
      | Set up by decree in February, the National Council against Trafficking has an office and a budget line, but none of its members had been named as of this writing. | not counted: planned |

    Examples: Said to come into force, to be made, or first taught later
      | sentence                                                                                                                                                                      | verdict              |
      | Appointment of a chair for the anti-trafficking council set up under the 2009 act is still pending with the President, and the council cannot meet until it is made.          | not counted: planned |
      | Officials described an interministerial task force on trafficking, which the President is expected to establish by decree in the spring.                                      | not counted: planned |
      | There is as yet no coordination body on trafficking. The Ministry of Interior has hired a consultant, whose terms of reference call for a first draft of its statute by June. | not counted: planned |

    Examples: No body of the government's own, and the one meeting there is is another actor's
      | sentence                                                                                                                                                         | verdict                       |
      | There is no national body to coordinate anti-trafficking work in Lebanon; the only regular coordination meeting on trafficking is convened and chaired by UNODC. | not counted: non_government   |
      | Ghana has set up no anti-trafficking task force of its own, and the monthly coordination meeting on trafficking in Accra is hosted and chaired by IOM.           | not counted: non_government   |

    Examples: A first sitting pencilled in, and a body's remit beside its meetings
      | sentence                                                                                                        | verdict                       |
      | The inaugural session of the new national anti-trafficking council has been pencilled in for March.             | not counted: planned          |
      | The national commission, whose task is to coordinate anti-trafficking work, met four times in 2008.             | counted as support            |
      | The commission's job is to coordinate the ministries' work against trafficking, and it met six times this year. | counted as support            |

    Examples: What a sentence concedes is pending does not hold back what it says was done
      | sentence                                                                                                                                                       | verdict                       |
      | Although the decree founding it has still not been published, the national anti-trafficking commission met five times in 2009 under the Deputy Prime Minister. | counted as support            |

    Examples: A first sitting set for a later month
      | sentence                                                                                  | verdict                       |
      | The first sitting of the new national anti-trafficking commission is set for June.        | not counted: planned          |

  Scenario: A body that meets, chaired by a minister, meets the criterion
    Given a cable answer reading:
      """
      1. (U) A national committee to combat trafficking, created by decree in 2007, brings
      together eight ministries and three NGOs.

      2. (U) Chaired by the Minister of Justice, the committee met five times in 2009 and
      adopted referral guidelines for victims.
      """
    When the cables are scored for the 2010 report
    Then criterion "interagency_commission" is "met"

  Scenario: A commission created by law but without a chair is partial
    Given a cable answer reading "The 2008 law established an interagency commission on trafficking. The president has not appointed its chair, so the commission has not met."
    When the cables are scored for the 2009 report
    Then criterion "interagency_commission" is "partial"
