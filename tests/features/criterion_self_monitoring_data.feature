@self_monitoring_data
Feature: Monitoring and assessing its own anti-trafficking efforts, 22 U.S.C. 7106(b)(10)
  The government of the country, consistent with its resources, systematically monitors its
  efforts to satisfy the criteria and makes available publicly a periodic assessment of
  such efforts. Official statistics, a database, a national rapporteur and a published
  report count; "no reliable statistics" and data not provided count against, and figures
  an NGO or an international organisation keeps are not the government's monitoring.

  Scenario Outline: What one sentence is worth to the self_monitoring_data criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "self_monitoring_data" is <verdict>

    Examples: Statistics kept and efforts assessed, done
      | sentence                                                                                                     | verdict            |
      | The State Prosecutor's Office keeps statistics on trafficking cases broken down by form of exploitation.      | counted as support |
      | The national police operate a database of trafficking victims that all regional units update monthly.         | counted as support |
      | In May the Ministry of Interior published its second annual report on the government's anti-trafficking efforts. | counted as support |
      | The national rapporteur on trafficking reported to parliament on the weaknesses of victim assistance.        | counted as support |

    Examples: Planned
      | sentence                                                                                                     | verdict              |
      | The ministry will set up a database of trafficking cases with donor funding next year.                       | not counted: planned |
      | The government intends to publish an annual report on its anti-trafficking efforts from 2010.                | not counted: planned |

    Examples: Someone else's figures and reports
      | sentence                                                                                                     | verdict                     |
      | IOM compiles statistics on the trafficking victims it returns to the country.                                 | not counted: non_government |
      | A coalition of NGOs published a report assessing the government's anti-trafficking efforts.                  | not counted: non_government |

    Examples: No data, or data not given
      | sentence                                                                                                     | verdict                       |
      | There are no reliable statistics on the number of trafficking victims in the country.                        | counted as shortfall          |
      | The government did not provide data on trafficking investigations or convictions for 2008.                   | counted as shortfall          |
      | Officials told us that figures on trafficking cases are not collected at the national level.                 | counted as shortfall          |
      | Police no longer keep statistics on trafficking cases separately from other crimes.                          | counted as shortfall, negated |

    Examples: Data and reports on something else
      | sentence                                                                                                     | verdict   |
      | Police publish monthly statistics on drug trafficking seizures.                                              | not found |
      | The UN Special Rapporteur on trafficking visited the country in October.                                     | not found |

  Scenario: Official statistics and a published assessment meet the criterion
    Given a cable answer reading:
      """
      1. (U) The Ministry of Justice compiles statistics on trafficking investigations,
      prosecutions and convictions from all courts, broken down by sex and age of the victims.

      2. (U) In March 2009 the national commission against trafficking published its annual
      report on the implementation of the national action plan.
      """
    When the cables are scored for the 2009 report
    Then criterion "self_monitoring_data" is "met"

  Scenario: No reliable statistics, as the government's own officials say, is not met
    Given a cable answer reading "Government officials, NGOs and international organizations all said there are no reliable statistics on the extent of trafficking in the country."
    When the cables are scored for the 2009 report
    Then criterion "self_monitoring_data" is "not_met"
    And criterion "self_monitoring_data" reports the gap "No official statistics or database"

  Scenario: The monitoring of its own efforts is not assessed for the 2003 report
    Given a cable answer reading "The Ministry of Justice compiles statistics on trafficking prosecutions and convictions."
    When the cables are scored for the 2003 report
    Then criterion "self_monitoring_data" is not assessed, as the law did not yet ask it
