@partnerships
Feature: Partnerships with civil society, international organisations and others, 22 U.S.C. 7106(b)(9)
  The government has entered into effective, transparent partnerships, cooperative
  arrangements or agreements that have produced concrete and measurable outcomes, with
  domestic civil society organisations, private sector entities, international
  nongovernmental organisations or multilateral bodies, or with the United States. Money
  given, agreements signed and work done together count; warm words alone count little, and
  NGOs kept out or harassed count against.

  Scenario Outline: What one sentence is worth to the partnerships criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "partnerships" is <verdict>

    Examples: Funded, formal or joint partnerships, done
      | sentence                                                                                                                                   | verdict            |
      | The Ministry of Family Affairs granted $95,000 to three NGOs that run hotlines for trafficking victims.                                    | counted as support |
      | The national police signed a memorandum of understanding with IOM on the safe return of foreign victims.                                   | counted as support |
      | Labor inspectors, in cooperation with a local NGO, rescued 27 trafficked boys from fishing boats in October.                               | counted as support |
      | The inter-ministerial council against trafficking includes four NGOs and the IOM mission as members.                                       | counted as support |
      | The Ministry of Tourism works closely with hotel associations to prevent child sex tourism.                                                | counted as support |
      | Under a cooperation agreement signed in 2008, the labour ministry and the ILO jointly deliver courses on bonded labour to 400 kiln owners. | counted as support |
      | Child victims of trafficking were repatriated by the social welfare directorate, which teamed up with Save the Children.                   | counted as support |
      | Under a memorandum of understanding signed with IOM, the police refer foreign trafficking victims for voluntary return.                    | counted as support |
      | A referral protocol signed by the State Police and six NGOs in March has been used for 30 trafficking victims.                             | counted as support |

    Examples: Planned or only encouraged
      | sentence                                                                                                                   | verdict              |
      | The ministry plans to sign an agreement with NGOs on victim referral later this year.                                      | not counted: planned |
      | The government intends to fund NGO shelters for trafficking victims from 2010.                                             | not counted: planned |
      | The Ministry of Interior is collaborating on a regional initiative with IOM and UNODC to draft a model law on trafficking. | not counted: planned |
      | The labour ministry and IOM are negotiating a memorandum on the return of trafficking victims.                             | not counted: planned |

    Examples: Other people's partnerships
      | sentence                                                                                          | verdict                     |
      | IOM and UNICEF signed an agreement with a network of NGOs to assist child victims of trafficking. | not counted: non_government |
      | The European Commission funded four NGOs that shelter trafficking victims.                        | not counted: non_government |
      | UNICEF signed a memorandum with a local NGO to counsel child victims of trafficking.              | not counted: non_government |

    Examples: Negated, tense or hostile
      | sentence                                                                                                      | verdict                       |
      | The government did not fund any NGO assisting trafficking victims in 2008.                                    | counted as shortfall, negated |
      | Relations between the immigration service and migrants' rights NGOs remained strained throughout the year.    | counted as shortfall          |
      | Border police denied NGOs access to the holding centers where migrants wait to be deported.                   | counted as shortfall          |
      | Activists from an anti-trafficking group were harassed by local police after reporting forced labor.          | counted as shortfall          |
      | The partnership between the labour ministry and the ILO on child labour expired in March and was not renewed. | counted as shortfall          |
      | The Ministry of Interior let its agreement with the Red Cross on victim care lapse in January.                | counted as shortfall          |
      | The ministry has signed no agreement with any NGO on the referral of victims.                                 | counted as shortfall          |

    Examples: Not a partnership against trafficking
      | sentence                                                                                                 | verdict   |
      | The finance ministry signed a loan agreement with the World Bank for road building.                      | not found |
      | The ministry funded a church choir festival in the capital.                                              | not found |
      | The interior minister opened a trafficking conference attended by diplomats and representatives of NGOs. | not found |

    Examples: Other words for the same things: an agreement still being negotiated
      | sentence                                                                                             | verdict              |
      | The labour ministry is negotiating a memorandum with the ILO on joint inspections for forced labour. | not counted: planned |

    Examples: Companies are other actors
      | sentence                                                                                        | verdict                     |
      | Five seafood exporters signed an agreement with the ILO to audit their boats for forced labour. | not counted: non_government |

    Examples: An agreement that lapsed
      | sentence                                                                                                                                 | verdict              |
      | The cooperation agreement between the Ministry of Social Affairs and La Strada on victim referrals expired in March and was not renewed. | counted as shortfall |

    Examples: A partnership the government ended, with the NGO named as what it acted on
      | sentence                                                                                                                            | verdict                       |
      | In March the ministry tore up its cooperation agreement with the La Strada hotline and barred NGO staff from the detention centres. | counted as shortfall          |
      | The Interior Ministry suspended its memorandum with two anti-trafficking NGOs and denied NGO lawyers access to detained women.      | counted as shortfall          |
      | The ministry revoked its cooperation agreement with the anti-trafficking NGO Tiyamike and stopped referring victims to it.          | counted as shortfall          |

    Examples: A partnership the government is to enter
      | sentence                                                                                  | verdict                       |
      | From July the Ministry of Labour is to contract two NGOs to run its victim hotline.       | not counted: planned          |

    Examples: Case information shared with an NGO
      | sentence                                                                                                  | verdict                       |
      | The police share case information on trafficking victims with La Strada every week under a 2008 protocol. | counted as support            |

  Scenario: Funding and a working agreement with NGOs meet the criterion
    Given a cable answer to the question "What is the relationship between government officials and NGOs on the trafficking issue?" reading "In 2008 the Ministry of Social Development gave 180,000 USD to four NGOs that assist trafficking victims. The national police signed a memorandum of understanding with two of these NGOs on the referral of victims, and referred 73 victims to them under it."
    When the cables are scored for the 2009 report
    Then criterion "partnerships" is "met"
    And criterion "partnerships" reads the number 180000 funds

  Scenario: Tense relations and NGOs kept out of detention centres are not met
    Given a cable answer to the question "What is the relationship between government officials and NGOs on the trafficking issue?" reading "Relations between the government and civil society remain tense. The migration service has denied NGOs access to its detention centers since 2007."
    When the cables are scored for the 2009 report
    Then criterion "partnerships" is "not_met"
    And criterion "partnerships" counts "Relations between the government and civil society remain tense." as shortfall

  Scenario: Partnerships are not assessed for the 2003 report, before the TVPRA of 2003
    Given a cable answer reading "The Ministry of Social Development gave 180,000 USD to four NGOs that assist trafficking victims."
    When the cables are scored for the 2003 report
    Then criterion "partnerships" is not assessed, as the law did not yet ask it
