@victim_numbers
Feature: Number of victims, Watch List trigger I, 22 U.S.C. 7107(b)(2)(A)(iii)(I)
  A Tier 2 country goes on the special watch list when the number of victims of severe forms
  of trafficking is very significant or is significantly increasing. The evidence is the size
  and the trend of the problem: thousands of victims, a major source or destination, trafficking
  growing count against; trafficking that is rare or declining supports. Victims the police
  identified or the government assisted are its effort, read by the progress criterion, never
  the size of the problem. The trigger came with the TVPRA of 2003, so it is read from the 2004
  report.

  Scenario Outline: What one sentence is worth to the victim numbers criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "victim_numbers" is <verdict>

    Examples: Very significant or increasing
      | sentence                                                                                        | verdict                      |
      | Tens of thousands of women from the rural north are trafficked to the coastal cities each year. | counted as shortfall         |
      | The country is a major destination for women trafficked for commercial sexual exploitation.    | counted as shortfall         |
      | Trafficking of boys to the fishing fleets increased markedly over the past year.                | counted as shortfall         |
      | A growing number of young men are trafficked abroad for construction work.                      | counted as shortfall         |
      | NGOs say the number of trafficked children rose from 400 to 1,100 in a year.                    | counted as shortfall, hedged |

    Examples: Small or falling
      | sentence                                                                                        | verdict                      |
      | Trafficking remains rare and is mostly confined to a few border districts.                      | counted as support           |
      | The number of girls trafficked to the capital fell as border checks improved.                  | counted as support           |
      | Officials believe that fewer women were trafficked abroad this year.                            | counted as support, hedged   |

    Examples: Forecasts
      | sentence                                                                                        | verdict                      |
      | Officials anticipate a sharp increase in trafficking of workers once the new mines open.        | not counted: planned         |

    Examples: The government's effort, other trades, a plain profile and migration are not the size of the problem
      | sentence                                                                                        | verdict                      |
      | Police identified more victims of trafficking than in the previous year.                        | not found                    |
      | The number of victims assisted by the government rose from 90 to 160.                           | not found                    |
      | Trafficking prosecutions increased by a third.                                                  | not found                    |
      | Drug trafficking along the coast increased sharply.                                             | not found                    |
      | The country is a country of origin, transit and destination for trafficked women and children. | not found                    |
      | Officials see a large influx of trafficked persons and other migrants at the southern border.   | not found                    |

  Scenario: Thousands trafficked and more each year is not met
    Given a cable answer reading:
      """
      1. (SBU) OVERVIEW: Thousands of women and girls are trafficked from the country each
      year. Trafficking of children to the plantations increased sharply in 2008.
      """
    When the cables are scored for the 2009 report
    Then criterion "victim_numbers" is "not_met"
    And criterion "victim_numbers" counts "Trafficking of children to the plantations increased sharply in 2008." as shortfall

  Scenario: Rare and declining trafficking is met
    Given a cable answer reading:
      """
      1. (U) Trafficking remains limited in scale. The number of women trafficked abroad
      declined in 2008 as recruitment agencies came under licence.
      """
    When the cables are scored for the 2009 report
    Then criterion "victim_numbers" is "met"

  Scenario: One flow growing while another declines is partial
    Given a cable answer reading:
      """
      1. (U) A growing number of women are trafficked abroad as domestic workers. However,
      trafficking of children to the border towns declined in 2008.
      """
    When the cables are scored for the 2009 report
    Then criterion "victim_numbers" is "partial"

  Scenario: Figures of victims identified say nothing about the size of the problem
    Given a cable answer reading "Police identified 45 victims in 2008, up from 30 in 2007."
    When the cables are scored for the 2009 report
    Then criterion "victim_numbers" is "not_assessed"

  Scenario: Zimbabwe's 2005 submission says the problem is not widespread
    Given the sample cables "05HARARE339.txt"
    When the cables are scored
    Then criterion "victim_numbers" is "met"
    And criterion "victim_numbers" counts "the problem was not widespread" as support

  Scenario: Mexico's 2008 answers count trafficked persons only among other migrants
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When the cables are scored
    Then criterion "victim_numbers" is "not_assessed"

  Scenario: The number of victims is not asked of the 2003 report
    Given a cable answer reading "Thousands of women are trafficked from the country each year."
    When the cables are scored for the 2003 report
    Then criterion "victim_numbers" is not assessed, as the law did not yet ask it
