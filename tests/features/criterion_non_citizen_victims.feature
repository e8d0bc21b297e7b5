@non_citizen_victims
Feature: Share of victims who are non-citizens, 22 U.S.C. 7106(b)(8)
  Whether the percentage of victims of severe forms of trafficking in the country that are
  non-citizens of such countries is insignificant. Victims who are overwhelmingly nationals,
  or trafficking that is mainly internal, support it; a country that is a destination for
  foreign victims, or a large share or count of foreign victims, counts against. A source
  country whose nationals are trafficked abroad says nothing either way. The indicium
  entered the law with the TVPRA of 2003, so it is read from the 2004 report.

  Scenario Outline: What one sentence is worth to the non-citizen victims criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "non_citizen_victims" is <verdict>

    Examples: Victims are mostly nationals
      | sentence                                                                                              | verdict                   |
      | Almost all of the victims identified by police in 2008 were citizens.                                 | counted as support        |
      | Trafficking in the country remains mainly internal, from poor provinces to the capital.               | counted as support        |
      | Officials found very few foreign victims in the country's brothels and factories.                     | counted as support        |
      | Officials say the country is not a significant destination for trafficked foreigners.                | counted as support, hedged |

    Examples: Foreign victims are many
      | sentence                                                                                              | verdict                   |
      | The country is a transit and destination country for women trafficked from Eastern Europe.            | counted as shortfall      |
      | Most of the victims police rescued in 2008 were foreigners, chiefly from neighboring countries.       | counted as shortfall      |
      | Labor inspectors identified 73 foreign victims on construction sites and farms.                       | counted as shortfall      |
      | A growing number of migrant women are exploited in bars along the border.                             | counted as shortfall      |

    Examples: Negated or source-country statements
      | sentence                                                                                              | verdict                   |
      | There was no evidence that foreigners were trafficked into the country during the year.               | counted as support        |
      | The country is not a destination country for trafficking victims.                                     | counted as support        |
      | The country is a major source country for women trafficked to the Gulf states.                        | not found                 |
      | Most victims are nationals trafficked overseas for domestic work.                                     | not found                 |

    Examples: Not about who the victims are
      | sentence                                                                                              | verdict                   |
      | The coast is a popular tourist destination for Europeans.                                             | not found                 |
      | The government has no shelter for foreign victims.                                                    | not found                 |

  Scenario: A mainly internal problem with few foreign victims meets the criterion
    Given a cable answer to the question "Is the country a country of origin, transit or destination?" reading "Trafficking is primarily internal. Nearly all of the 312 victims identified in 2008 were nationals, and officials found only a handful of foreign victims."
    When the cables are scored for the 2009 report
    Then criterion "non_citizen_victims" is "met"

  Scenario: A destination country with a count of foreign victims is not met
    Given a cable answer reading:
      """
      1. (U) OVERVIEW: The country is a destination for men and women from South Asia
      subjected to forced labor in construction and domestic service.

      2. (U) Of the 210 victims identified in 2008, 160 were foreigners.
      """
    When the cables are scored for the 2009 report
    Then criterion "non_citizen_victims" is "not_met"
    And criterion "non_citizen_victims" reads the number 160 foreign_victims

  Scenario: Zimbabwe's 2005 answers: no reports of foreign victims brought in
    Given the sample cables "05HARARE339.txt"
    When the cables are scored
    Then criterion "non_citizen_victims" is "met"
    And criterion "non_citizen_victims" counts "There were no reports that Zimbabwe was a destination point" as support

  Scenario: The share of non-citizen victims is not asked of the 2003 report
    Given a cable answer reading "Most of the victims identified were foreigners from neighboring countries."
    When the cables are scored for the 2003 report
    Then criterion "non_citizen_victims" is not assessed, as the law did not yet ask it
