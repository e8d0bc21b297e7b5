@prosecution
Feature: Investigating, prosecuting, convicting and sentencing traffickers, 22 U.S.C. 7106(b)(1)
  The government should vigorously investigate and prosecute acts of severe forms of
  trafficking, and convict and sentence persons responsible, with prison terms where
  appropriate. A government that does not provide data on investigations, prosecutions,
  convictions and sentences is presumed not to have vigorously investigated, prosecuted,
  convicted or sentenced such acts.

  Scenario Outline: What one sentence is worth to the prosecution criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "prosecution" is <verdict>

    Examples: Enforcement done
      | sentence                                                                                       | verdict            |
      | In 2008 the federal police opened 38 investigations into sex and labor trafficking.            | counted as support |
      | Several trafficking investigations remain pending under the new law.                           | counted as support |
      | Prosecutors indicted 19 suspects on trafficking charges during the year.                       | counted as support |
      | Courts convicted 12 traffickers in 2008.                                                       | counted as support |
      | The public prosecutor sent 7 forced labor cases against employers to trial in 2010.            | counted as support |
      | A provincial court sentenced the brothel owner to nine years in prison for child trafficking.  | counted as support |
      | Police opened 30 trafficking cases, prosecutors charged 18 suspects and courts convicted 9.    | counted as support |
      | Border police arrested the recruiter and charged him with trafficking three girls to the Gulf. | counted as support |
      | Two labour agents were indicted in June for trafficking Nepali workers.                        | counted as support |

    Examples: Expected, hoped for or scheduled
      | sentence                                                                      | verdict              |
      | Four trafficking cases are expected to go to trial next month.                | not counted: planned |
      | The trial of the five accused traffickers is scheduled to open in June.       | not counted: planned |
      | The trafficking trial of the two brothel keepers is scheduled to open in May. | not counted: planned |

    Examples: Someone else's work
      | sentence                                                                     | verdict                     |
      | IOM investigated 20 reports of trafficking in the mining region.             | not counted: non_government |
      | An NGO filed charges against the recruiter who trafficked the women.         | not counted: non_government |
      | A US federal court convicted two foreigners of trafficking women into Texas. | not counted: non_government |

    Examples: Hedged, and shortfalls
      | sentence                                                                   | verdict                       |
      | Police reportedly arrested 15 suspected traffickers at the border.         | counted as support, hedged    |
      | To date, no prosecutions have been brought under the anti-trafficking law. | counted as shortfall          |
      | No trafficker has been convicted since the law took effect.                | counted as shortfall          |
      | The court acquitted both defendants in the labor trafficking case.         | counted as shortfall          |
      | Three of the convicted traffickers received suspended sentences.           | counted as support, qualified |
      | The prosecutor's office does not keep statistics on trafficking cases.     | counted as shortfall          |
      | Authorities did not report any trafficking prosecutions during the year.   | counted as shortfall          |
      | Not one trafficking conviction was handed down in 2008.                    | counted as shortfall          |

    Examples: Not a prosecution of traffickers
      | sentence                                                                        | verdict   |
      | Customs officers arrested 40 suspects for drug trafficking.                     | not found |
      | Courts convicted 25 people of arms trafficking.                                 | not found |
      | Police investigated an organized crime syndicate involved in migrant smuggling. | not found |
      | Victims of trafficking are not prosecuted for prostitution offenses.            | not found |
      | Under the Labour Act, traffickers may be charged with forced labour.            | not found |

    Examples: Other words for the same things: a trial to come, goods trafficked
      | sentence                                                                            | verdict                |
      | The trial of the three recruiters charged with trafficking is due to open in March. | not counted: planned   |
      | The customs service prosecuted 12 people for trafficking ivory and pangolin scales. | not counted: off_topic |

    Examples: Investigations are enforcement too
      | sentence                                                                                             | verdict              |
      | The police anti-trafficking unit opened no investigations after its officers were reassigned in May. | counted as shortfall |
      | The police anti-trafficking unit investigated 42 cases of forced labour in 2009.                     | counted as support   |

    Examples: Cases brought
      | sentence                                                                                                           | verdict                       |
      | Prosecutors brought criminal cases against 14 suspected traffickers under the 2008 law, and courts convicted nine. | counted as support            |

  Scenario: Investigations, prosecutions and prison sentences with figures meet the criterion
    Given a cable answer reading:
      """
      1. (U) In 2008 police opened 45 trafficking investigations and prosecutors charged 31
      people with trafficking offenses.

      2. (U) Courts convicted 12 traffickers, who received prison terms of between four and
      fifteen years.
      """
    When the cables are scored for the 2009 report
    Then criterion "prosecution" is "met"
    And criterion "prosecution" reads the number 12 convictions
    And criterion "prosecution" reads the number 45 investigations

  Scenario: Enforcement described without figures is presumed not vigorous
    Given a cable answer to the question "Did the government prosecute traffickers?" reading "Police investigate trafficking cases and prosecutors have charged several traffickers, but the government does not track trafficking prosecutions separately."
    When the cables are scored for the 2009 report
    Then criterion "prosecution" is "not_met"
    And criterion "prosecution" counts "Police investigate trafficking cases" as support
    And criterion "prosecution" reports the gap "presumed not vigorous"

  Scenario: Investigations under a new law but no prosecutions yet is not met
    Given a cable answer to the question "Did the government prosecute traffickers?" reading "There are investigations pending under the new trafficking law, but to date no prosecutions have been made under it."
    When the cables are scored for the 2009 report
    Then criterion "prosecution" is "not_met"
    And criterion "prosecution" counts "to date no prosecutions have been made" as shortfall

  Scenario: The presumption did not exist before the 2004 report
    Given a cable answer reading "Police investigated several trafficking cases, and prosecutors charged a number of suspected traffickers."
    When the cables are scored for the 2003 report
    Then criterion "prosecution" is "partial"

  Scenario: A count of convictions read across a relative clause
    Given a cable answer reading "Four traffickers who recruited girls for bars in Mombasa were convicted in 2009, and all six defendants in the Kisumu case were found guilty."
    When the cables are scored for the 2009 report
    Then criterion "prosecution" reads the number 4 convictions
    And criterion "prosecution" reads the number 6 convictions

  Scenario: Another country's police are another actor, named by their country's adjective
    Given a cable answer reading "Spanish police arrested the traffickers who had brought the women to Madrid."
    When the cables are scored as "Paraguay" for the 2009 report
    Then criterion "prosecution" rejects "Spanish police arrested the traffickers" as non_government

  Scenario: The host's own police, named by the same adjective, are the government
    Given a cable answer reading "Spanish police arrested the traffickers who had brought the women to Madrid."
    When the cables are scored as "Spain" for the 2009 report
    Then criterion "prosecution" counts "Spanish police arrested the traffickers" as support
