@appreciable_progress
Feature: Appreciable progress over the previous year, 22 U.S.C. 7106(b)(11)
  Whether the government of the country has made appreciable progress in eliminating severe
  forms of trafficking when compared to the assessment in the previous year. Stated increases
  over the last period and first-ever concrete steps support it; falling figures, "no
  progress" and stalled efforts count against; a promise to do better is a commitment, not
  progress. The indicium entered the law with the TVPRA of 2003, so it is read from the 2004
  report.

  Scenario Outline: What one sentence is worth to the progress criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "appreciable_progress" is <verdict>

    Examples: More than last year, or a first
      | sentence                                                                                              | verdict                   |
      | Trafficking convictions rose from 11 to 26 over the previous reporting period.                        | counted as support         |
      | Labor inspectors referred more forced labor cases to prosecutors than in the previous year.           | counted as support         |
      | In October the government secured its first conviction for labor trafficking.                         | counted as support         |
      | Officials say the number of victims identified by police doubled in 2008.                             | counted as support, hedged |

    Examples: Planned or hoped-for progress
      | sentence                                                                                              | verdict                   |
      | The ministry expects to double the number of trafficking prosecutions next year.                      | not counted: planned      |
      | The new unit will increase the number of investigations in the coming months.                         | not counted: planned      |

    Examples: Progress in years before the reporting period
      | sentence                                                                                              | verdict                   |
      | Prosecutions rose from 10 in 2005 to 25 in 2006.                                                      | not counted: historical   |

    Examples: Someone else's progress
      | sentence                                                                                              | verdict                   |
      | For the first time, an NGO identified victims of forced labor on fishing boats.                       | not counted: non_government |

    Examples: Declines and stalls
      | sentence                                                                                              | verdict                   |
      | Trafficking investigations fell by a third and convictions dropped to four.                           | counted as shortfall       |
      | Police identified fewer victims of trafficking in 2008 than in the previous year.                     | counted as shortfall       |
      | The government made little progress in protecting victims during the reporting period.                | counted as shortfall       |
      | Anti-trafficking efforts stalled after the change of government in 2008.                              | counted as shortfall       |
      | The number of trafficking prosecutions did not increase in 2008.                                      | counted as shortfall       |

    Examples: Changes that are not the government's effort
      | sentence                                                                                              | verdict                   |
      | The number of women trafficked to the capital declined as border controls tightened.                  | not found                 |
      | Trafficking of children to the plantations increased during the harvest.                              | not found                 |

  Scenario: Police arrests up, prosecutions and convictions down is partial progress
    Given a cable answer reading:
      """
      1. (SBU) SUMMARY: Arrests of traffickers went up 20 percent in 2008. However,
      prosecutions fell by a quarter and convictions dropped by 10 percent.
      """
    When the cables are scored for the 2009 report
    Then criterion "appreciable_progress" is "partial"

  Scenario: Rising figures and a first conviction meet the criterion
    Given a cable answer reading:
      """
      1. (U) Prosecutions of traffickers increased by 40 percent over the previous year,
      and the number of victims assisted by the government rose from 90 to 160.

      2. (U) In 2008 the courts handed down the country's first conviction for labor
      trafficking.
      """
    When the cables are scored for the 2009 report
    Then criterion "appreciable_progress" is "met"

  Scenario: Indonesia's 2009 summary: arrests up, prosecutions and convictions down
    Given the sample cables "09JAKARTA378.txt"
    When the cables are scored
    Then criterion "appreciable_progress" is "partial"
    And criterion "appreciable_progress" counts "police arrests increased, up 15" as support
    And criterion "appreciable_progress" counts "prosecutions dropped 32 percent" as shortfall

  Scenario: Progress over the previous year is not asked of the 2003 report
    Given a cable answer reading "Convictions of traffickers doubled compared with the previous year."
    When the cables are scored for the 2003 report
    Then criterion "appreciable_progress" is not assessed, as the law did not yet ask it
