@official_complicity
Feature: Holding complicit officials to account, 22 U.S.C. 7106(b)(7)
  The government should vigorously investigate, prosecute, convict and sentence public
  officials, including diplomats and soldiers, who participate in or facilitate severe forms
  of trafficking, and take all appropriate measures against officials who condone or enable
  it. Failing to act on public allegations against officials is inaction. A statement that
  there are no reports of complicity is neither credit nor blame.

  Scenario Outline: What one sentence is worth to the official complicity criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "official_complicity" is <verdict>

    Examples: Complicit officials held to account
      | sentence                                                                                                | verdict            |
      | Police arrested two immigration officers for selling visas to traffickers.                              | counted as support |
      | Four border guards who took bribes from traffickers were dismissed and charged in 2008.                 | counted as support |
      | A court sentenced a former police chief to ten years for protecting a brothel holding trafficked girls. | counted as support |
      | The internal affairs unit investigated nine officers accused of collusion with traffickers.             | counted as support |
      | Two policemen accused of guarding a brothel where trafficked girls were held were dismissed.            | counted as support |

    Examples: Intended, or done by others
      | sentence                                                                                      | verdict                     |
      | The attorney general intends to prosecute the officials implicated in the trafficking ring.   | not counted: planned        |
      | The UN mission dismissed two peacekeepers accused of sexually exploiting trafficking victims. | not counted: non_government |

    Examples: Complicity reported, or left unpunished
      | sentence                                                                                           | verdict                      |
      | According to NGOs, border officials take bribes to let traffickers move women across the frontier. | counted as shortfall, hedged |
      | Corrupt police officers tip off brothel owners before raids.                                       | counted as shortfall         |
      | Local officials are complicit in the trafficking of children to the mines.                         | counted as shortfall         |
      | Despite these reports, no officials were prosecuted for complicity in trafficking.                 | counted as shortfall         |
      | Officers who protect brothels act with impunity.                                                   | counted as shortfall         |

    Examples: No reports of complicity, and distractors
      | sentence                                                                                      | verdict   |
      | There were no reports during the year that government officials were involved in trafficking. | not found |
      | There is no evidence of any official involvement in or tolerance of trafficking at any level. | not found |
      | We are unaware of any allegations that police officers are complicit in trafficking.          | not found |
      | Two customs officials were convicted of drug trafficking.                                     | not found |
      | Police protect trafficking victims who testify against their traffickers.                     | not found |
      | The ministry trained 200 police officers to identify trafficking victims.                     | not found |

    Examples: Officers who protect those who exploit minors, and none investigated
      | sentence                                                                                                                             | verdict                       |
      | Police officers in the port reportedly protect bars that exploit minors, yet no officer was investigated or charged during the year. | counted as shortfall          |

  Scenario: Complicit officials prosecuted and convicted meet the criterion
    Given a cable answer reading:
      """
      1. (U) In 2008 the government prosecuted six police officers for protecting brothels
      that held trafficking victims.

      2. (U) Courts convicted four of them, and the ministry dismissed two immigration officers
      who had sold visas to traffickers.
      """
    When the cables are scored for the 2009 report
    Then criterion "official_complicity" is "met"
    And criterion "official_complicity" reads the number 6 officials_sanctioned

  Scenario: Credible reports of complicity with no action are not met
    Given a cable answer to the question "Is there official complicity in trafficking?" reading "NGOs report that local police protect brothels where trafficking victims are held. The government has not investigated any of the officers."
    When the cables are scored for the 2009 report
    Then criterion "official_complicity" is "not_met"

  Scenario: No reports of complicity leave the criterion not assessed
    Given a cable answer to the question "Is there official complicity in trafficking?" reading "There were no reports that government officials were involved in trafficking."
    When the cables are scored for the 2009 report
    Then criterion "official_complicity" is "not_assessed"
