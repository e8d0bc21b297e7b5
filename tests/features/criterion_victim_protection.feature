@victim_protection
Feature: Protection and assistance for victims, 22 U.S.C. 7106(b)(2)
  The government protects victims of severe forms of trafficking and encourages their
  assistance in the investigation and prosecution of such trafficking, including provisions
  for legal alternatives to their removal to countries where they would face retribution or
  hardship, and ensures that victims are not inappropriately incarcerated, fined, or
  otherwise penalized solely for unlawful acts as a direct result of being trafficked.
  Services the government gives or funds, counts of victims assisted, non-penalisation,
  visas and permits, and help for victims who testify count; detention, fines, prosecution
  and deportation of victims count against.

  Scenario Outline: What one sentence is worth to the victim protection criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "victim_protection" is <verdict>

    Examples: Services, non-penalisation, alternatives and help in court, done
      | sentence                                                                                                 | verdict                    |
      | The health ministry gave free medical and psychological care to every victim referred by police.         | counted as support         |
      | Social workers of the welfare department counseled 85 returned victims of labor trafficking in 2008.     | counted as support         |
      | The migration authority granted temporary residence permits to 17 foreign victims during the year.       | counted as support         |
      | Under the anti-trafficking law, identified victims are not prosecuted for prostitution or illegal entry. | counted as support         |
      | Prosecutors encouraged victims to testify and had 23 of them give evidence by video link.                | counted as support         |
      | The labor ministry reportedly assisted 40 victims of forced labor with back wages and transport home.    | counted as support, hedged |
      | The repatriation of 40 trafficked fishermen from Indonesia was paid for by the foreign ministry.         | counted as support         |
      | Social workers from the welfare ministry gave psychological support to 25 rescued girls.                 | counted as support         |
      | Identified victims are not jailed, fined or deported for immigration offences.                           | counted as support         |

    Examples: Planned or promised
      | sentence                                                                                                     | verdict              |
      | The ministry plans to offer legal aid to trafficking victims from next year.                                 | not counted: planned |
      | A draft law would grant foreign victims a 30-day reflection period.                                          | not counted: planned |
      | The government intends to issue humanitarian visas to victims who testify.                                   | not counted: planned |
      | A legal-aid desk for trafficking victims, staffed by justice ministry lawyers, is scheduled to open in July. | not counted: planned |

    Examples: Someone else's services
      | sentence                                                                                          | verdict                     |
      | IOM provided psychological counseling and reintegration grants to 60 returned victims.            | not counted: non_government |
      | A church group gives medical care and legal counseling to trafficking survivors.                  | not counted: non_government |
      | In partnership with the Ministry of Health, an NGO provides medical care to trafficking victims.  | counted as support          |
      | Caritas, with funding from the social welfare ministry, counseled 48 trafficking victims in 2009. | counted as support          |

    Examples: Shortfalls, and a negated shortfall
      | sentence                                                                                            | verdict                    |
      | Trafficking victims are often jailed for prostitution before anyone asks how they came to the city. | counted as shortfall       |
      | Foreign victims are routinely deported within a few days of their rescue.                           | counted as shortfall       |
      | There are no specialized services for adult male victims of trafficking.                            | counted as shortfall       |
      | The government did not provide legal aid to victims.                                                | counted as shortfall       |
      | Officials depend on UNICEF to care for child victims once police have removed them from brothels.   | counted as shortfall       |
      | Victims are no longer held in immigration detention, officials said.                                | counted as support, hedged |
      | No trafficking victim received counselling from the state in 2008.                                  | counted as shortfall       |

    Examples: Not about protecting victims
      | sentence                                                                  | verdict   |
      | Police arrested 14 traffickers and courts convicted nine of them.         | not found |
      | The migration service issued 3,000 seasonal work permits to farm workers. | not found |

    Examples: Other words for the same things: a charity's counselling, legal aid the ministry paid for
      | sentence                                                                                                      | verdict                     |
      | A Protestant charity gives counselling to rescued trafficking victims at no cost to the state.                | not counted: non_government |
      | With 2.1 million lei from the Ministry of Labour, an NGO-run centre gave legal aid to 60 trafficking victims. | counted as support          |

    Examples: Victims of something else
      | sentence                                                                               | verdict   |
      | The Ministry of Social Assistance supplied prosthetic limbs to 310 landmine survivors. | not found |

    Examples: Accompanied to court
      | sentence                                                                                       | verdict            |
      | Social workers of the Ministry of Family accompanied 22 trafficking victims to court hearings. | counted as support |

    Examples: The way home and the first checks, given by the state or by another actor
      | sentence                                                                                                                                   | verdict                       |
      | The Ministry of Social Policy paid the air fares home of 23 trafficking victims and gave each a medical examination on arrival.            | counted as support            |
      | Returning victims are met at the airport by IOM staff, who give medical checks, pocket money and onward travel funded by a Canadian donor. | not counted: non_government   |

  Scenario: Care, non-penalisation and residence permits for victims meet the criterion
    Given a cable answer reading:
      """
      1. (U) In 2008 the Ministry of Social Affairs provided medical, psychological and legal
      assistance to 120 victims of trafficking, and paid for the repatriation of 31 of them.

      2. (U) Victims identified in brothel raids are not detained or fined; the trafficking law
      exempts them from prosecution for prostitution and immigration offenses.

      3. (U) The migration service granted 14 renewable humanitarian visas to foreign victims.
      """
    When the cables are scored for the 2009 report
    Then criterion "victim_protection" is "met"
    And criterion "victim_protection" reads the number 120 victims_assisted
    And criterion "victim_protection" reads the number 14 visas

  Scenario: Care given but victims jailed and deported is only partial
    Given a cable answer reading:
      """
      1. (U) The health ministry gave medical care to 45 victims of trafficking in 2008.

      2. (U) Foreign victims are routinely detained for immigration violations and deported
      within two weeks, and no victim testified against the traffickers.
      """
    When the cables are scored for the 2009 report
    Then criterion "victim_protection" is "partial"
    And criterion "victim_protection" reads the number 45 victims_assisted

  Scenario: Protection answered only with plans and NGO work is not met
    Given a cable answer to the question "What medical care and other assistance to victims does the government provide?" reading "The government plans to offer medical care to victims next year. Until then IOM provides counseling to victims."
    When the cables are scored for the 2009 report
    Then criterion "victim_protection" is "not_met"
    And criterion "victim_protection" rejects "The government plans to offer medical care to victims next year." as planned

  Scenario: A donor government's money is not the assessed government's effort
    Given a cable answer reading "With funding from the Government of Norway, IOM repatriated 30 trafficking victims. With funding from the Government of Cambodia, IOM repatriated 12 trafficking victims."
    When the cables are scored as "Cambodia" for the 2010 report
    Then criterion "victim_protection" rejects "With funding from the Government of Norway, IOM repatriated 30 trafficking victims." as non_government
    And criterion "victim_protection" counts "With funding from the Government of Cambodia, IOM repatriated 12 trafficking victims." as support

  Scenario: Mexico's 2008 answers: humanitarian visas and a hedged count, with routine deportation
    Given the sample cables "08MEXICO722.txt"
    When the cables are scored
    Then criterion "victim_protection" is "partial"
    And criterion "victim_protection" reads the number 9 visas
    And criterion "victim_protection" reads the number 38 victims_assisted marked hedged
