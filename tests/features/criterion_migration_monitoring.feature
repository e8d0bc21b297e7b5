@migration_monitoring
Feature: Monitoring immigration and emigration for trafficking, 22 U.S.C. 7106(b)(6)
  The government monitors immigration and emigration patterns for evidence of trafficking,
  and its law enforcement agencies respond to such evidence in a manner that is consistent
  with the vigorous investigation and prosecution of acts of trafficking, as well as with the
  protection of the human rights of victims. Screening at borders and airports and watching
  migration flows count; porous borders, no screening, and deportation before screening
  count against.

  Scenario Outline: What one sentence is worth to the migration_monitoring criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "migration_monitoring" is <verdict>

    Examples: Screening and monitoring, done
      | sentence                                                                                                     | verdict            |
      | Border guards at the northern crossings screen young women traveling with older men for signs of trafficking. | counted as support |
      | Immigration officials at the capital's airport interviewed 1,900 returning migrants to identify trafficking victims. | counted as support |
      | The migration directorate tracks emigration trends to detect new recruitment routes used by traffickers.     | counted as support |
      | Labor officers verify the contracts of all departing domestic workers before they leave the country.         | counted as support |

    Examples: Planned
      | sentence                                                                                                     | verdict              |
      | The interior ministry will open trafficking screening desks at the two main airports next year.              | not counted: planned |
      | Immigration officials hope to screen deportees for trafficking once new staff are hired.                     | not counted: planned |

    Examples: Someone else's monitoring
      | sentence                                                                                                     | verdict                     |
      | IOM monitors trafficking at the border crossings with two mobile teams.                                      | not counted: non_government |
      | An NGO network intercepts girls at the border who are suspected trafficking victims.                          | not counted: non_government |

    Examples: Negated, lacking, or deported unscreened
      | sentence                                                                                                     | verdict                       |
      | Immigration officers do not screen returning migrants at the border for signs of trafficking.                | counted as shortfall          |
      | The mountainous border with its western neighbor remains largely unmonitored and porous.                     | counted as shortfall          |
      | Lack of staff and vehicles prevents the border police from patrolling the southern border for traffickers.    | counted as shortfall          |
      | The police deported some 12,000 undocumented migrants without screening them for trafficking.                 | counted as shortfall          |

    Examples: Borders and migration, but not about trafficking
      | sentence                                                                                                     | verdict   |
      | Customs officers at the airport inspected cargo for drug trafficking.                                        | not found |
      | The government opened two new border crossings to trade with its neighbor.                                   | not found |

  Scenario: Screening at the borders and a watch on migration flows meet the criterion
    Given a cable answer to the question "Does the government monitor immigration and emigration patterns for evidence of trafficking?" reading "Immigration officials at all international airports screen unaccompanied minors and young women traveling alone for signs of trafficking. The migration service also monitors migration flows across the eastern border and shares the data with the anti-trafficking police."
    When the cables are scored for the 2009 report
    Then criterion "migration_monitoring" is "met"

  Scenario: Porous borders and deportation without screening are not met
    Given a cable answer to the question "Does the government monitor immigration and emigration patterns for evidence of trafficking?" reading "The border is porous and poorly patrolled. In 2008 authorities deported about 30,000 irregular migrants without screening them for signs of trafficking."
    When the cables are scored for the 2009 report
    Then criterion "migration_monitoring" is "not_met"
    And criterion "migration_monitoring" reads the number 30000 deportations

  Scenario: A cable silent on borders and migration leaves the criterion not assessed
    Given a cable answer reading "The Ministry of Health opened a clinic for trafficking victims in the capital."
    When the cables are scored for the 2009 report
    Then criterion "migration_monitoring" is "not_assessed"
