@international_cooperation
Feature: Cooperation with other governments and extradition, 22 U.S.C. 7106(b)(4), (b)(5)
  The government should cooperate with other governments in the investigation and prosecution
  of severe forms of trafficking, and extradite persons charged with such acts on the same
  terms as persons charged with other serious crimes, or take steps to change laws and
  treaties that prevent it. An agreement still to be ratified, or only planned, earns nothing.

  Scenario Outline: What one sentence is worth to the international cooperation criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "international_cooperation" is <verdict>

    Examples: Cooperation done
      | sentence                                                                                         | verdict            |
      | Police ran a joint investigation with Malaysian authorities that freed 25 trafficking victims.   | counted as support |
      | Prosecutors answered three mutual legal assistance requests in trafficking cases.                | counted as support |
      | Police traced the trafficker through Interpol channels and had him arrested in Lagos.            | counted as support |
      | The government extradited a suspected trafficker to Italy in November.                           | counted as support |
      | In 2008 the government signed an agreement with Laos on the repatriation of trafficking victims. | counted as support |
      | Federal police teamed up with their Cambodian counterparts to track down the recruiters of 12 girls. | counted as support |
      | Letters rogatory from Germany in two trafficking cases were answered within a month.             | counted as support |

    Examples: Planned, unratified, or someone else's
      | sentence                                                                          | verdict                     |
      | The two governments plan to launch joint investigations of trafficking next year. | not counted: planned        |
      | An agreement with Thailand on trafficking is expected to be signed in June.       | not counted: planned        |
      | The government has signed but not ratified the UN Trafficking Protocol.           | not found                   |
      | IOM and Interpol ran a regional operation to rescue trafficking victims.          | not counted: non_government |

    Examples: Shortfalls
      | sentence                                                                                  | verdict              |
      | The government refused to extradite a trafficking suspect wanted in Germany.              | counted as shortfall |
      | Officials did not respond to requests from Spanish police for help in a trafficking case. | counted as shortfall |
      | There is little cooperation with neighboring governments on trafficking cases.            | counted as shortfall |

    Examples: Not a refusal, and distractors
      | sentence                                                                                              | verdict   |
      | There were no reports of extraditions for trafficking during the year.                                | not found |
      | The constitution bars extradition of nationals, but the government prosecutes them in its own courts. | not found |
      | The police and labor inspectors carried out joint raids on brothels in the capital.                   | not found |
      | The government extradited 40 people to the United States on drug trafficking charges.                 | not found |
      | Girls from neighbouring countries sometimes engage in sex work with seasonal labourers.               | not found |

  Scenario: Joint investigations and an extradition meet the criterion
    Given a cable answer reading:
      """
      1. (U) In 2008 the national police conducted four joint investigations of trafficking
      with Argentine authorities.

      2. (U) The government extradited two suspected traffickers to Spain.
      """
    When the cables are scored for the 2009 report
    Then criterion "international_cooperation" is "met"

  Scenario: A refused extradition with no other cooperation is not met
    Given a cable answer to the question "Does the government extradite persons charged with trafficking?" reading "The government refused to extradite a national charged with trafficking in Italy."
    When the cables are scored for the 2009 report
    Then criterion "international_cooperation" is "not_met"
