@national_plan
Feature: National plan of action, 22 U.S.C. 7106(b)(3) and (b)(10)
  A government that prevents trafficking and monitors its own efforts has a plan to do so.
  A national plan of action counts when an official act adopted it and it is being carried
  out; a law that requires a plan, a draft, or a plan "being developed" earns nothing, for
  the Tier 1 and Tier 2 lists rest on concrete actions only (7107(b)(1)).

  Scenario Outline: What one sentence is worth to the national plan criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2010 report
    Then its evidence for "national_plan" is <verdict>

    Examples: Adopted and carried out
      | sentence                                                                                                 | verdict            |
      | In June the Council of Ministers approved a national action plan against trafficking for 2009-2012.      | counted as support |
      | The anti-trafficking strategy adopted in 2008 remains in force and is overseen by the Interior Ministry. | counted as support |
      | The ministry issued its first progress report on implementing the national plan in January.              | counted as support |
      | The strategy adopted in May earmarks $800,000 from the state budget for its implementation.              | counted as support |
      | In May the cabinet adopted the State Programme against Trafficking in Human Beings for 2009-2012.        | counted as support |

    Examples: Required, drafted or promised
      | sentence                                                                                                        | verdict              |
      | The new law obliges the government to draw up a national plan of action within a year.                          | not counted: planned |
      | A working group is drafting a national strategy against trafficking.                                            | not counted: planned |
      | Officials told us the national plan will be adopted after the elections.                                        | not counted: planned |
      | There is still no national plan; the interior ministry will put a draft to the cabinet in June.                 | not counted: planned |
      | Money to carry out the national plan was budgeted for 2009, but none of it has been disbursed.                  | not counted: planned |
      | A first version of the roadmap against trafficking is expected to reach the cabinet before the end of the year. | not counted: planned |

    Examples: No plan, and plans that are not about trafficking
      | sentence                                                                                      | verdict                |
      | The government has no national plan of action against trafficking.                            | counted as shortfall   |
      | Two years after it was drafted, the plan has still not been approved.                         | counted as shortfall   |
      | The 2006-2009 action plan against trafficking lapsed in December and nothing has replaced it. | counted as shortfall   |
      | The cabinet adopted a national tourism development plan.                                      | not found              |
      | The health ministry launched a national strategy against HIV/AIDS.                            | not found              |
      | The Council of Ministers adopted a national strategy for road safety in March.                | not counted: off_topic |
      | The 2005 action plan against trafficking has remained a dead letter since it was adopted.     | counted as shortfall   |

    Examples: Other words for the same things: an absence and its next step, a question, a gazetted strategy, a disaster plan
      | sentence                                                                                                    | verdict                |
      | There is no national plan against trafficking. The justice ministry has hired two consultants to draft one. | not counted: planned   |
      | Asked whether a national plan exists, the deputy minister said the subject was under study.                 | not counted: asked     |
      | The strategy against trafficking was gazetted in May and sent to every district council.                    | counted as support     |
      | The Disaster Risk Management Action Plan was adopted by cabinet in June.                                    | not counted: off_topic |

    Examples: Adopted but not yet in effect, and drafted by others
      | sentence                                                                                                                                                   | verdict                     |
      | The Cabinet endorsed the national action plan against human trafficking in October. It has not been published or put into effect.                          | not counted: planned        |
      | A regional roadmap against human trafficking, written by consultants for the Swiss Agency for Development and Cooperation, was presented in Bamako in May. | not counted: non_government |

    Examples: A plan on another subject
      | sentence                                                                                                         | verdict                |
      | The National Action Plan on Youth Employment, adopted in October, aims to create 40,000 apprenticeships by 2012. | not counted: off_topic |

    Examples: Said to come into force, to be made, or first taught later
      | sentence                                                                                                                                                                                                | verdict              |
      | The Council of Ministers approved the national strategy against human trafficking in March; it takes effect on publication in the Official Journal, which had not happened when this cable was cleared. | not counted: planned |

    Examples: No plan yet, a first draft due
      | sentence                                                                                                                                             | verdict              |
      | There is as yet no national plan against trafficking. The ministry has hired a consultant, whose terms of reference call for a first draft by April. | not counted: planned |

    Examples: A successor plan, or none
      | sentence                                                                                                             | verdict              |
      | The government's action plan against trafficking covered 2006 to 2008 only. No successor was adopted in 2009.        | counted as shortfall |
      | The action plan against trafficking ran from 2006 to 2008, and a successor was adopted by the cabinet in March 2009. | counted as support   |

    Examples: A plan turned down
      | sentence                                                                                                                   | verdict              |
      | In October the Council of Ministers rejected, on grounds of cost, the national plan submitted by the Ministry of Interior. | counted as shortfall |

    Examples: A programme named for trafficking, still before parliament
      | sentence                                                                                                                                                          | verdict              |
      | The proposed National Anti-Trafficking Programme 2010-2013 is before the parliamentary committee on social policy; the first reading is scheduled for the autumn. | not counted: planned |

    Examples: A strategy named for its subject
      | sentence                                                                                                         | verdict                |
      | The National Employment Strategy 2009-2013, adopted in February, aims to create 200,000 jobs for school leavers. | not counted: off_topic |
      | The national anti-trafficking strategy, adopted in February, covers 2009-2013.                                   | counted as support     |

    Examples: A chance to adopt a plan, and a chance taken
      | sentence                                                                                                                                 | verdict                       |
      | The regional conference will give the ministries an opportunity to agree on a national action plan against trafficking.                  | not counted: planned          |
      | Officials described the new law as an opportunity for the government to adopt a national strategy against trafficking in persons.        | not counted: planned          |
      | The summit offered ministers the opportunity to endorse a national plan of action on trafficking, which the cabinet has yet to consider. | not counted: planned          |
      | The cabinet took the opportunity of the summit to adopt the national action plan against trafficking in persons.                         | counted as support            |

    Examples: A plan in its second draft, in outline, or adopted: not yet
      | sentence                                                                                                                    | verdict                       |
      | The national strategy against trafficking, now in its second draft, has been before the Council of Ministers since October. | not counted: planned          |
      | Nepal's national plan of action against trafficking exists only as an outline drawn up by the home ministry.                | not counted: planned          |
      | National action plan against trafficking - drafted: 2009; adopted: not yet.                                                 | not counted: planned          |

    Examples: A draft conceded, its adoption pending
      | sentence                                                                                                                                 | verdict                       |
      | Although the interior ministry has finished drafting a national plan against trafficking, its adoption awaits the President's signature. | not counted: planned          |

    Examples: A zero draft
      | sentence                                                                                                    | verdict                       |
      | The Ministry of Labour has circulated a zero draft of the national action plan against trafficking to NGOs. | not counted: planned          |

  Scenario: A plan adopted and reported on meets the criterion
    Given a cable answer to the question "Does the government have a national plan of action?" reading "Yes. The cabinet adopted the National Action Plan against Trafficking in March 2009, and the Ministry of Justice published a report on its implementation in December."
    When the cables are scored for the 2010 report
    Then criterion "national_plan" is "met"

  Scenario: A plan the law requires but nobody has written is not met
    Given a cable answer to the question "Does the government have a national plan of action?" reading "The government does not have a national plan. The 2008 law requires the commission to prepare a national plan of action."
    When the cables are scored for the 2009 report
    Then criterion "national_plan" is "not_met"
    And criterion "national_plan" counts "The government does not have a national plan." as shortfall
    And criterion "national_plan" rejects "The 2008 law requires the commission to prepare a national plan of action." as planned
