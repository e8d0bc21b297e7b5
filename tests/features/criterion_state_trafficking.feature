@state_trafficking
Feature: No government policy or pattern of trafficking, 22 U.S.C. 7107(b)(3)(B)
  Proof that a government is not making significant efforts is a government policy or pattern
  of trafficking, trafficking in government-funded programmes, forced labour in
  government-affiliated sectors, sexual slavery in government camps, or the use of child
  soldiers. The evidence is the state's own conduct; a corrupt official taking bribes or a
  police officer arrested for trafficking is complicity, not a state pattern. Allegations
  count, hedged where the cable hedges them. Only a concrete end to the practice supports the
  criterion, and a cable that shows no such pattern leaves it not assessed.

  Scenario Outline: What one sentence is worth to the state trafficking criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2010 report
    Then its evidence for "state_trafficking" is <verdict>

    Examples: The state forces people to work or uses children in its forces
      | sentence                                                                                                  | verdict                      |
      | Regional authorities forced teachers and nurses to pick cotton under threat of losing their jobs.         | counted as shortfall         |
      | Schoolchildren were mobilised for the cotton harvest again this autumn.                                   | counted as shortfall         |
      | Detainees in drug rehabilitation centres are forced to work sewing garments without pay.                  | counted as shortfall         |
      | Workers recruited under a state-run labour export scheme were held in debt bondage abroad.                | counted as shortfall         |
      | NGOs report that the army recruited boys as young as 15 into its ranks.                                   | counted as shortfall, hedged |
      | According to a UN report, children served as porters with a pro-government militia.                       | counted as shortfall, hedged |

    Examples: The government ended the practice
      | sentence                                                                                                  | verdict                      |
      | In 2009 the government ended the forced mobilisation of students for the harvest.                         | counted as support           |
      | The armed forces released 80 children from their ranks and stopped recruiting minors.                     | counted as support           |

    Examples: Promised, or done by others
      | sentence                                                                                                  | verdict                      |
      | The government pledged to end the mobilisation of children for the cotton harvest.                        | not counted: planned         |
      | UNICEF demobilised 120 children from the army.                                                            | not counted: non_government  |

    Examples: Complicity, private exploitation, rebels and ordinary orders are not a state pattern
      | sentence                                                                                                  | verdict                      |
      | Border guards took bribes to let traffickers move women across the frontier.                              | not found                    |
      | A police officer was convicted of forcing two girls into prostitution.                                    | not found                    |
      | A district official forced two girls to work in his house without pay.                                    | not found                    |
      | Traffickers forced children to pick cotton on private farms.                                              | not found                    |
      | Rebel groups abducted children and forced them to fight.                                                  | not found                    |
      | The ministry sent 40 doctors to work in rural clinics.                                                    | not found                    |
      | The government does not force students to take part in the harvest.                                       | not found                    |

  Scenario: A state practice of forced labour that goes on is not met
    Given a cable answer reading:
      """
      1. (SBU) Regional administrations again mobilised students and public employees for the
      cotton harvest. Those who refused were threatened with dismissal or expulsion.
      """
    When the cables are scored for the 2010 report
    Then criterion "state_trafficking" is "not_met"
    And criterion "state_trafficking" counts "mobilised students and public employees" as shortfall

  Scenario: Child soldiers recruited, then released by the army, is partial
    Given a cable answer reading:
      """
      1. (U) Government forces recruited boys as young as 15 in the northern provinces during 2009.

      2. (U) In January 2010 the army released 200 children from its ranks.
      """
    When the cables are scored for the 2010 report
    Then criterion "state_trafficking" is "partial"

  Scenario: A practice the government ended, with no pattern seen since, is met
    Given a cable answer reading "The government ended the mobilisation of schoolchildren for the cotton harvest in 2009."
    When the cables are scored for the 2010 report
    Then criterion "state_trafficking" is "met"

  Scenario: Corrupt officials alone leave the criterion not assessed
    Given a cable answer to the question "Is there official complicity in trafficking?" reading "Police officers reportedly took bribes from brothel owners. A police officer was arrested for trafficking two women."
    When the cables are scored for the 2010 report
    Then criterion "state_trafficking" is "not_assessed"

  Scenario: Mexico's 2008 submission shows no state pattern of trafficking
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When the cables are scored
    Then criterion "state_trafficking" is "not_assessed"
