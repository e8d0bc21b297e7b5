@prevention_awareness
Feature: Prevention and public awareness, 22 U.S.C. 7106(b)(3)
  The government takes measures to prevent trafficking, such as public education about
  trafficking, establishing the identity of local populations, making sure its diplomats and
  peacekeepers do not traffic, preventing forced and child labour, and regulating the
  recruiters of workers. Only what the government runs or funds counts: a seminar an NGO or
  an international organisation runs alone earns nothing, and a campaign still being planned
  is not yet prevention.

  Scenario Outline: What one sentence is worth to the prevention_awareness criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "prevention_awareness" is <verdict>

    Examples: Government campaigns, their reach, and other prevention, done
      | sentence                                                                                                                       | verdict            |
      | The Ministry of Youth ran a television campaign warning school leavers about fake modelling jobs abroad and human trafficking. | counted as support |
      | A hotline on trafficking, which the Ministry of Labour runs around the clock, took 1,300 calls.                                | counted as support |
      | Leaflets on the risks of trafficking were handed out by labour ministry staff at 40 bus stations.                              | counted as support |
      | The interior ministry's poster campaign against trafficking reached 600,000 commuters at bus stations.                         | counted as support |
      | The police handed out 15,000 leaflets on trafficking to passengers at the ferry terminals.                                     | counted as support |
      | The President condemned human trafficking in her Independence Day speech.                                                      | counted as support |
      | The labor ministry suspended the licenses of six recruitment agencies for deceiving workers.                                   | counted as support |
      | The civil registry issued birth certificates to 9,000 stateless children in border villages.                                   | counted as support |
      | The national police staff a 24-hour hotline on which victims and witnesses can report trafficking.                             | counted as support |
      | The labour ministry publicised the risks of bogus job offers abroad in 200 village meetings.                                   | counted as support |

    Examples: Planned, announced or only urged
      | sentence                                                                                        | verdict              |
      | The ministry intends to launch a campaign against child trafficking in the coming months.       | not counted: planned |
      | The government will air radio spots on trafficking once the budget is approved.                 | not counted: planned |
      | The labor ministry expects to ban recruitment fees for domestic workers next year.              | not counted: planned |
      | Posters warning young women about trafficking are to go up in bus stations before the holidays. | not counted: planned |

    Examples: Someone else's campaign, unless the government pays for it
      | sentence                                                                                        | verdict                     |
      | UNICEF ran a radio campaign on child trafficking in the northern provinces.                     | not counted: non_government |
      | A women's rights NGO held awareness sessions on trafficking for girls in rural schools.         | not counted: non_government |
      | The Embassy funded a billboard campaign against trafficking along the main highway.             | not counted: non_government |
      | An NGO campaign against trafficking in rural schools was funded by the Ministry of Education.   | counted as support          |
      | IOM runs the country's only trafficking hotline with funding from the U.S. Department of State. | not counted: non_government |

    Examples: Negated, denied, and left to others
      | sentence                                                                                           | verdict                       |
      | The government did not run any public awareness campaign on trafficking in 2008.                   | counted as shortfall          |
      | The trafficking hotline the ministry announced in 2007 was never set up.                           | counted as shortfall          |
      | The government has yet to launch an awareness campaign against trafficking.                        | counted as shortfall, negated |
      | Senior officials deny that children are trafficked into domestic servitude in the capital.         | counted as shortfall          |
      | The government leaves all prevention work on trafficking to NGOs and donors.                       | counted as shortfall          |
      | Recruitment agencies commonly withhold the passports of migrant workers they place with employers. | counted as shortfall          |
      | Farm workers remain excluded from the labor code and its minimum wage.                             | counted as shortfall          |

    Examples: Campaigns about something else
      | sentence                                                                                 | verdict   |
      | The health ministry ran a polio vaccination campaign in the border districts.            | not found |
      | The ruling party's election campaign featured rallies in every province.                 | not found |
      | The police ran a drug awareness campaign about cocaine trafficking in secondary schools. | not found |
      | The health ministry raised public awareness of the problem of dengue fever.              | not found |

    Examples: Other words for the same things: a drama on risky migration, a roadshow called off, a pointer
      | sentence                                                                                                        | verdict                     |
      | A radio drama on the risks of irregular migration, produced by a Swiss-funded NGO, aired on community stations. | not counted: non_government |
      | The school roadshow on trafficking that the youth ministry had scheduled was cancelled.                         | counted as shortfall        |
      | For information on awareness campaigns, see the response to paragraph 22.                                       | not found                   |

    Examples: Campaigns for people about to migrate
      | sentence                                                                                                                                | verdict            |
      | The Ministry of Labour aired radio spots 900 times on provincial stations, aimed at young men planning to migrate to Malaysia for work. | counted as support |
      | The health ministry ran a campaign on HIV among migrants.                                                                               | not found          |

    Examples: Plays and shows by others
      | sentence                                                                                                                          | verdict                     |
      | A youth theatre troupe from Kisumu staged a play about trafficked house girls in 40 schools with a grant from a Dutch foundation. | not counted: non_government |

    Examples: A campaign mounted
      | sentence                                                                                              | verdict                       |
      | The Ministry of Education mounted a nationwide campaign against trafficking in 300 secondary schools. | counted as support            |

  Scenario: A government campaign with a measured reach meets the criterion
    Given a cable answer to the question "Are there government-run anti-trafficking information or education campaigns?" reading "The Ministry of Social Welfare launched a national radio and television campaign against trafficking in April 2008. The campaign reached an estimated 2,000,000 people and targeted young women in rural districts."
    When the cables are scored for the 2009 report
    Then criterion "prevention_awareness" is "met"
    And criterion "prevention_awareness" reads the number 2000000 people_reached

  Scenario: A campaign without its reach is only partial, and the gap asks for the reach
    Given a cable answer reading:
      """
      1. (U) The government acknowledges that trafficking of women abroad is a serious
      problem. In 2008 the Ministry of Labor conducted seminars on trafficking for job seekers
      in 20 employment offices.
      """
    When the cables are scored for the 2009 report
    Then criterion "prevention_awareness" is "partial"
    And criterion "prevention_awareness" reports the gap "No reach of a government campaign"

  Scenario: Campaigns run only by NGOs and international organisations are not met
    Given a cable answer to the question "Are there government-run anti-trafficking information or education campaigns?" reading "IOM ran a radio campaign on safe migration and trafficking in four provinces. Save the Children held workshops on trafficking for parents in border villages."
    When the cables are scored for the 2009 report
    Then criterion "prevention_awareness" is "not_met"
    And criterion "prevention_awareness" rejects "IOM ran a radio campaign on safe migration" as non_government

  Scenario: A cable that speaks only of prosecutions leaves prevention not assessed
    Given a cable answer reading "Prosecutors charged nine defendants under the trafficking law and the courts convicted four of them."
    When the cables are scored for the 2009 report
    Then criterion "prevention_awareness" is "not_assessed"
