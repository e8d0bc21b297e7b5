@training
Feature: Training officials to identify and protect victims, 22 U.S.C. 7106(b)(2)
  The government ensures that law enforcement and immigration officials are trained to
  identify victims and treat them in a victim-centred way. Training counts when the
  government runs, funds, mandates or formally partners it, with numbers trained and with
  trafficking taught in academies; training only IOs, NGOs or the US government ran is their
  effort, and officials without training count against.

  Scenario Outline: What one sentence is worth to the training criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "training" is <verdict>

    Examples: Training the government gave, funded or required
      | sentence                                                                                                   | verdict                    |
      | The national police trained 620 officers in identifying victims of sex and labor trafficking.              | counted as support         |
      | Some 240 border guards were trained on victim identification by the State Border Service's trainers.       | counted as support         |
      | Pre-departure courses on trafficking for consular staff: 4 sessions, 112 diplomats, all in 2009.           | counted as support         |
      | The judicial council held three seminars for judges and prosecutors on the anti-trafficking law.           | counted as support         |
      | The border police academy now teaches a course on trafficking indicators to every new cadet.               | counted as support         |
      | Labor inspectors completed mandatory training on recognizing forced labor during the year.                 | counted as support         |
      | In partnership with the interior ministry, IOM trained 90 immigration officers to identify victims.        | counted as support         |
      | The health ministry reportedly trained 75 hospital social workers to recognise trafficking victims.        | counted as support, hedged |
      | The justice ministry's training institute ran seminars on the trafficking law for no fewer than 80 judges. | counted as support         |

    Examples: Planned, requested or hoped for
      | sentence                                                                                           | verdict              |
      | The ministry will train 300 labor inspectors on forced labor indicators next year.                 | not counted: planned |
      | The attorney general hopes to obtain funds to train prosecutors on the trafficking law.            | not counted: planned |
      | Judges of the new trafficking chambers are to attend a week-long course in May.                    | not counted: planned |
      | Forty labour inspectors will be trained next quarter.                                              | not counted: planned |
      | The labour ministry has budgeted 40,000 dinars to train its inspectors on forced labour next year. | not counted: planned |

    Examples: Someone else's training
      | sentence                                                                                             | verdict                     |
      | UNODC trained 45 prosecutors and judges on trafficking cases in the capital.                         | not counted: non_government |
      | IOM runs the country's only hotline. It also trained 40 police officers to identify victims.         | not counted: non_government |
      | The U.S. embassy held a workshop on victim identification for 30 border officials.                   | not counted: non_government |
      | Police officials attended a course on trafficking organized by an NGO.                               | not counted: non_government |
      | A refresher course for 60 border guards, taught by ILO experts and paid for by the EU, ran in March. | not counted: non_government |

    Examples: Shortfalls, and a negated one
      | sentence                                                                                   | verdict              |
      | Most police officers lack the training to tell trafficking victims from smuggled migrants. | counted as shortfall |
      | Immigration officers at the airport remain untrained in victim identification.             | counted as shortfall |
      | The government did not train any prosecutors on the trafficking law.                       | counted as shortfall |
      | Consular officers are posted abroad with no briefing on trafficking at all.                | counted as shortfall |
      | The police academy's trafficking module was discontinued in 2009 for want of instructors.  | counted as shortfall |
      | There is no longer a lack of training on forced labor among labor inspectors.              | not counted: negated |

    Examples: Training of something else
      | sentence                                                                     | verdict   |
      | The police academy trained 900 recruits in traffic management and first aid. | not found |
      | The ministry offered vocational training to 200 unemployed youths.           | not found |

    Examples: Other words for the same things: a module written, not yet taught
      | sentence                                                                                                | verdict              |
      | The police college has written a trafficking module; it will be taught for the first time in September. | not counted: planned |

    Examples: Said to come into force, to be made, or first taught later
      | sentence                                                                                                                           | verdict              |
      | The police academy has approved a one-day module on trafficking, which will first be taught when the new cadets arrive in October. | not counted: planned |
      | The police academy trained 300 cadets on trafficking in 2009, and it will first offer an advanced course in 2010.                  | counted as support   |

    Examples: None of them trained
      | sentence                                                                            | verdict              |
      | None of the country's 600 labour inspectors has been trained to spot forced labour. | counted as shortfall |

    Examples: Who organised the course, named after it
      | sentence                                                                                                                    | verdict                     |
      | Forty Malian gendarmes attended two workshops on child trafficking that were organised and paid for by the Belgian embassy. | not counted: non_government |
      | Forty Malian gendarmes attended two workshops on child trafficking that the Ministry of Security organised in Bamako.       | counted as support          |

    Examples: Training a work plan promised
      | sentence                                                                                                                        | verdict              |
      | The ministry's 2009 work plan promised trafficking training for 800 border guards. By March none of them had attended a course. | not counted: planned |

    Examples: An event held gives its audience a chance to learn
      | sentence                                                                                                            | verdict                       |
      | The seminar gave 40 judges the opportunity to study the new anti-trafficking law.                                   | counted as support            |
      | The training course offered border guards an opportunity to practise interviewing suspected victims of trafficking. | counted as support            |

    Examples: Courses planned and then called off
      | sentence                                                                                                                | verdict                       |
      | The prosecutor's office cancelled both trafficking seminars that it had planned for the spring, citing a lack of funds. | counted as shortfall          |

    Examples: A course still to be taught for the first time
      | sentence                                                                                                     | verdict                       |
      | The academy's new anti-trafficking module will first be taught to recruits in the autumn term.               | not counted: planned          |
      | The labour ministry has written a handbook for inspectors and will run its first trafficking course in June. | not counted: planned          |
      | In 2008 the Police Academy trained 300 officers on trafficking; the plan is to reach every district by 2010. | counted as support            |

  Scenario: Government training with numbers and an academy course meets the criterion
    Given a cable answer reading:
      """
      1. (U) In 2008 the Ministry of Interior trained 1,200 police officers and 300 border
      guards to identify trafficking victims and refer them to care.

      2. (U) The judicial training institute added a module on the trafficking law to the
      curriculum for all new judges and prosecutors.
      """
    When the cables are scored for the 2009 report
    Then criterion "training" is "met"
    And criterion "training" reads the number 1,200 officials_trained

  Scenario: Training given only by international organisations is not met
    Given a cable answer to the question "Does the government provide specialized training for officials in identifying victims?" reading "IOM trained 150 police officers on victim identification. The government expects to start its own training next year."
    When the cables are scored for the 2009 report
    Then criterion "training" is "not_met"
    And criterion "training" rejects "IOM trained 150 police officers on victim identification." as non_government

  Scenario: One government course among untrained officials is partial
    Given a cable answer reading:
      """
      1. (U) The labor ministry trained 40 inspectors on forced labor indicators.

      2. (U) Police, prosecutors and judges outside the capital remain untrained, and NGOs
      report that officials lack the training to identify victims.
      """
    When the cables are scored for the 2009 report
    Then criterion "training" is "partial"
    And criterion "training" reads the number 40 officials_trained
