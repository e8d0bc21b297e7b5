@penalties
Feature: Penalties for trafficking that are stringent and commensurate, 22 U.S.C. 7106(a)(2), (a)(3)
  For sex trafficking by force, fraud or coercion, or of a child, the government should
  prescribe punishment commensurate with that for grave crimes such as forcible sexual assault;
  for any severe form, punishment sufficiently stringent to deter and that reflects the heinous
  nature of the offence. The yardstick is a maximum of at least four years' imprisonment; a fine
  in place of prison, a lower maximum or suspended sentences count against.

  Scenario Outline: What one sentence is worth to the penalties criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "penalties" is <verdict>

    Examples: Stringent prescribed penalties
      | sentence                                                                  | verdict            |
      | Sex trafficking is punishable by six to twelve years' imprisonment.       | counted as support |
      | The trafficking statute prescribes penalties of up to 15 years in prison. | counted as support |
      | Penalties for trafficking are comparable to those prescribed for rape.    | counted as support |
      | Child trafficking carries life imprisonment when the victim dies.         | counted as support |

    Examples: Proposed penalties
      | sentence                                                                                | verdict              |
      | A bill would raise the penalty for labor trafficking to ten years.                      | not counted: planned |
      | The justice ministry proposed amendments making forced labor punishable by a fine only. | not counted: planned |

    Examples: Shortfalls
      | sentence                                                                  | verdict              |
      | Forced labor is punishable by a fine or up to three years in prison.      | counted as shortfall |
      | Labor trafficking is punishable only by a fine.                           | counted as shortfall |
      | Convicted traffickers can pay a fine instead of serving prison time.       | counted as shortfall |
      | Trafficking of adults carries a maximum of two years in prison.           | counted as shortfall |
      | Penalties for sex trafficking are lower than those for rape.              | counted as shortfall |
      | Courts gave suspended sentences to four of the six convicted traffickers. | counted as shortfall |

    Examples: Not a prescribed penalty for trafficking
      | sentence                                                      | verdict   |
      | Drug trafficking is punishable by up to 30 years in prison.   | not found |
      | Rape is punishable by five to fifteen years in prison.        | not found |
      | Tax evasion is punishable by a fine or imprisonment.          | not found |
      | The court sentenced two traffickers to seven years in prison. | not found |

    Examples: Amendments that await a vote
      | sentence                                                                                   | verdict                       |
      | Amendments raising the penalty for trafficking to twelve years await a vote in the Senate. | not counted: planned          |

  Scenario: Stringent penalties with no fine in place of prison meet the criterion
    Given a cable answer reading:
      """
      1. (U) Trafficking in persons is punishable by eight to 15 years' imprisonment, and by up
      to 20 years when the victim is a child.

      2. (U) These penalties are more severe than those for forcible sexual assault.
      """
    When the cables are scored for the 2009 report
    Then criterion "penalties" is "met"
    And criterion "penalties" reads the number 15 sentence_years

  Scenario: A fine that may replace prison makes the penalties partial
    Given a cable answer to the question "What are the prescribed penalties for trafficking?" reading "Procuring a woman for prostitution abroad is punishable by a fine, up to ten years in prison, or both. Corruption of minors is punishable by a fine, up to two years in prison, or both."
    When the cables are scored for the 2009 report
    Then criterion "penalties" is "partial"
    And criterion "penalties" counts "Corruption of minors is punishable by a fine, up to two years in prison, or both." as shortfall

  Scenario: One clause that sets a long prison term and lets a fine replace it counts once
    Given a cable answer to the question "What are the prescribed penalties for trafficking?" reading "Trafficking in persons is punishable by a fine or by imprisonment of up to twelve years."
    When the cables are scored for the 2009 report
    Then criterion "penalties" is "partial"
    And its evidence for "penalties" is counted as support, qualified
    And criterion "penalties" lists each sentence once

  Scenario: Penalties answered only with a proposal are not met
    Given a cable answer to the question "What are the prescribed penalties for trafficking?" reading "The government has proposed amendments that would raise the penalty for trafficking to twelve years."
    When the cables are scored for the 2009 report
    Then criterion "penalties" is "not_met"
