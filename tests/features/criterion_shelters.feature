@shelters
Feature: Shelter for trafficking victims, 22 U.S.C. 7106(b)(2)
  The government protects victims: shelter counts when the government runs or funds it and
  victims actually use it. Money approved to build shelters is not yet a shelter; an NGO's
  shelter is the government's effort only when the government funds it; a shelter closed to
  men, or none that fits trafficking victims, is a shortfall.

  Scenario Outline: What one sentence is worth to the shelter criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "shelters" is <verdict>

    Examples: Government shelter, done
      | sentence                                                                                 | verdict            |
      | The Ministry of Social Welfare operates three shelters for trafficking victims.          | counted as support |
      | In March the provincial government opened a safe house for rescued women and girls.      | counted as support |
      | Government shelters housed 212 victims of trafficking, 40 of them men.                   | counted as support |
      | The shelter the welfare ministry opened in 2003 remains in operation on the coast.       | counted as support |
      | The provincial welfare department runs a residential unit for trafficked girls in Kandy. | counted as support |
      | Trafficked girls were placed by the welfare department in its transit home at Kumasi.    | counted as support |

    Examples: Planned, hoped for, or only funded on paper
      | sentence                                                                                            | verdict              |
      | Parliament approved funds to build two shelters for victims.                                        | not counted: planned |
      | The ministry expects to open its first shelter before the end of the year.                          | not counted: planned |
      | A state refuge for trafficked women is ready in Osh but has not yet received any victims.           | not counted: planned |
      | No shelter exists yet for adult men, though the labour ministry will open one next year.            | not counted: planned |
      | A shelter for child victims is being built in the capital.                                          | not counted: planned |
      | The state shelter for trafficking victims in Osh is not yet operational.                            | not counted: planned |
      | The opening of the ministry's shelter for trafficking victims was postponed to 2010.                | not counted: planned |
      | Funds for a refuge for trafficked girls were set aside in May, but no site has yet been chosen.     | not counted: planned |
      | The welfare office expects its first safe house for trafficked women to take residents next spring. | not counted: planned |

    Examples: Someone else's shelter
      | sentence                                                                                            | verdict                     |
      | Last year post provided funds to help the women's ministry open a refuge for victims.               | not counted: non_government |
      | Caritas intends to open a refuge for trafficked men in the port next year.                          | not counted: non_government |
      | IOM runs a shelter for trafficking victims in the capital.                                          | not counted: non_government |
      | A church group opened a safe house for victims in the north.                                        | not counted: non_government |
      | The NGO shelter in the port city is funded by the Ministry of Labor.                                | counted as support          |
      | The ministry opened no new shelter. However, it kept funding the two NGO shelters.                  | counted as support          |
      | The city council lent a building and seconded two social workers to the NGO shelter.                | counted as support          |
      | Police take rescued women to a refuge run by Anglican nuns, who pay for it from parish collections. | not counted: non_government |
      | The Jesuit Refugee Service runs a shelter for trafficking victims in Nairobi.                       | not counted: non_government |
      | Catholic Relief Services opened a shelter for trafficking victims in Accra.                         | not counted: non_government |
      | The only halfway house for women trafficked to the Gulf is run by Caritas on church donations.      | not counted: non_government |

    Examples: Hedged, and shortfalls
      | sentence                                                                                               | verdict                    |
      | The ministry reportedly operates a shelter for victims in the south.                                   | counted as support, hedged |
      | There is no government shelter dedicated to trafficking victims.                                       | counted as shortfall       |
      | The state shelter takes only women and children, so adult men have nowhere to stay.                    | counted as shortfall       |
      | Police held the rescued victims in immigration detention for three weeks.                              | counted as shortfall       |
      | The welfare ministry's lease on the Tema safe house expired in March, leaving victims nowhere to stay. | counted as shortfall       |
      | The state reception centre for trafficked women took in nobody this year.                              | counted as shortfall       |
      | Both municipal refuges for trafficking victims have stayed shut for want of funding since March.       | counted as shortfall       |

    Examples: Not about shelter for victims at all
      | sentence                                                                                         | verdict                 |
      | The city council opened a new animal shelter.                                                    | not found               |
      | Bus shelters were installed along the border road.                                               | not found               |
      | After the cyclone the disaster agency opened 400 emergency shelters for evacuees.                | not found               |
      | The ministry opened a safe house for trafficked women in 2004, well before the reporting period. | not counted: historical |

    Examples: A quoted question, and a pointer to another answer, are not evidence
      | sentence                                                                  | verdict                      |
      | Does the government operate shelters for trafficking victims?             | not found                    |
      | See paragraph 2 for the government's funding of NGO shelters.             | not counted: cross_reference |
      | Also see paragraph 30 on how the ministry funds NGO shelters for victims. | not counted: cross_reference |

    Examples: Other words for the same things: a closed episode, works begun, the displaced
      | sentence                                                                                                | verdict                 |
      | Between 2001 and 2003 the ministry ran a refuge for trafficked women in the capital.                    | not counted: historical |
      | Construction of a 24-bed refuge for trafficked women, paid for from the state budget, began in October. | not counted: planned    |
      | After the floods the civil defence agency housed 9,000 displaced people in tents and schools.           | not found               |

    Examples: Money granted, and the next sentence says the thing is not yet there
      | sentence                                                                                                                                                                       | verdict              |
      | Parliament approved funds in the 2010 budget for a state refuge for trafficked women. No building has yet been found, and the ministry does not expect to open it before 2011. | not counted: planned |

    Examples: What the next sentence says is not yet there
      | sentence                                                                                                           | verdict              |
      | The ministry opened a shelter for trafficking victims in May. It has no psychologist yet.                          | counted as support   |
      | Parliament voted funds for a trafficking shelter in Gyumri in February. The shelter has taken in no residents yet. | not counted: planned |

    Examples: A shelter that stands empty
      | sentence                                                                                      | verdict              |
      | The state shelter in Durres stood empty all year after the ministry stopped paying its staff. | counted as shortfall |

    Examples: Opened, but not yet taking anyone in
      | sentence                                                                                                       | verdict              |
      | The ministry opened a shelter for trafficked women in Shkoder in May, but no residents have been admitted yet. | not counted: planned |

    Examples: Building begun
      | sentence                                                                           | verdict              |
      | Ground was broken in May on a 20-bed state refuge for trafficked women in Elbasan. | not counted: planned |

    Examples: Run by a network of its own
      | sentence                                                                                                                                         | verdict                     |
      | The only refuge for trafficked girls in Mwanza is run by a women's rights network, which housed 30 girls last year; it gets no government money. | not counted: non_government |

    Examples: No shelter of the state's own beside another actor's refuge
      | sentence                                                                                                                                    | verdict                       |
      | The state runs no shelter for trafficking victims; the only refuge in the country is operated by the Salvation Army with Norwegian funding. | not counted: non_government   |

    Examples: A shelter awaiting its manager
      | sentence                                                                                                | verdict                       |
      | The refurbished state shelter in Mzuzu awaits the appointment of a manager and has taken in no victims. | not counted: planned          |

    Examples: A pending law conceded beside a shelter at work
      | sentence                                                                                                                                          | verdict                       |
      | While the new shelter law awaits parliamentary approval, the Ministry of Social Policy's shelter in Kyiv housed 40 trafficking victims this year. | counted as support            |

    Examples: Victims who await their return, in a shelter at work
      | sentence                                                                                         | verdict                       |
      | The Ministry of Social Affairs' shelter in Erbil housed 31 foreign women who await repatriation. | counted as support            |

    Examples: A church-run shelter and a state-run one
      | sentence                                                                                              | verdict                       |
      | Victims are referred to a church-run shelter in Lusaka, which housed 34 women this year.              | not counted: non_government   |
      | The Ministry of Social Welfare opened a state-run shelter in Lusaka, which housed 34 women this year. | counted as support            |

    Examples: A refuge for animals
      | sentence                                                                                                        | verdict                       |
      | The Tbilisi City Hall opened a 300-place shelter for stray dogs, financed from the municipal sanitation budget. | not counted: off_topic        |
      | The municipality built a new animal refuge on the edge of Kampala.                                              | not counted: off_topic        |

  Scenario: Government shelters that took in victims meet the criterion
    Given a cable answer reading:
      """
      1. (U) The Ministry of Social Development runs four shelters for trafficking victims,
      open to men, women and children, with 120 beds.

      2. (U) In 2008 these shelters housed 186 victims of trafficking, and the ministry
      funded two NGO shelters with $250,000.
      """
    When the cables are scored for the 2009 report
    Then criterion "shelters" is "met"
    And criterion "shelters" reads the number 186 victims_assisted

  Scenario: No shelter yet, beside a named next step, is listed once and as planned
    Given a cable answer reading "The government has no shelter for trafficking victims, but it plans to open one in Tirana next year."
    When the cables are scored for the 2009 report
    Then its evidence for "shelters" is not counted: planned
    And criterion "shelters" lists each sentence once

  Scenario: Shelter answered only with plans is not met
    Given a cable answer to the question "What shelter does the government provide to victims?" reading "The government plans to open a shelter next year. Until then NGOs shelter victims without government funding."
    When the cables are scored for the 2009 report
    Then criterion "shelters" is "not_met"
    And criterion "shelters" rejects "The government plans to open a shelter next year." as planned

  Scenario: A cable that never speaks of protection leaves shelter not assessed
    Given a cable answer reading "Police arrested six traffickers in the capital and prosecutors charged all six."
    When the cables are scored for the 2009 report
    Then criterion "shelters" is "not_assessed"

  Scenario: A sentence on shelters that no rule judges is kept for the reviewer, uncounted
    Given a cable answer reading "The shelter in Mombasa has a library, a garden and a kitchen garden tended by residents."
    When the cables are scored for the 2009 report
    Then criterion "shelters" is "not_assessed"
    And criterion "shelters" leaves "The shelter in Mombasa has a library" for a reviewer to read

  Scenario: A sentence a shelter rule judged is not left for the reviewer
    Given a cable answer reading "The Ministry of Gender opened a refuge for trafficked women in Mombasa in March."
    When the cables are scored for the 2009 report
    Then criterion "shelters" is "partial"
    And criterion "shelters" leaves nothing for a reviewer to read
