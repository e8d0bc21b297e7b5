@law_prohibition
Feature: A law prohibiting severe forms of trafficking, 22 U.S.C. 7106(a)(1)
  The government of the country should prohibit severe forms of trafficking in persons and
  punish acts of such trafficking. A law counts once it is in force, and fully once it covers
  sex and labour trafficking of adults and children; a bill or a draft is not yet a law, and a
  law for some forms only, or one that mistakes trafficking for smuggling, is a shortfall.

  Scenario Outline: What one sentence is worth to the law prohibition criterion
    Given a cable answer reading "<sentence>"
    When the cables are scored for the 2009 report
    Then its evidence for "law_prohibition" is <verdict>

    Examples: A law on the books
      | sentence                                                                                 | verdict            |
      | In October 2008 the national assembly passed a law against trafficking in persons.       | counted as support |
      | The criminal code prohibits trafficking in persons for sexual or labor exploitation.     | counted as support |
      | The act covers both sex and labor trafficking of men, women and children.                | counted as support |
      | The ministry of justice issued implementing regulations for the trafficking act in 2008. | counted as support |

    Examples: Bills, drafts and intentions
      | sentence                                                                | verdict              |
      | The draft law criminalizes all forms of trafficking.                    | not counted: planned |
      | The government plans to enact an anti-trafficking law next year.        | not counted: planned |
      | The Senate is debating a bill that would criminalize labor trafficking. | not found            |

    Examples: Hedged, and shortfalls
      | sentence                                                                           | verdict                    |
      | The new law reportedly prohibits all forms of trafficking.                         | counted as support, hedged |
      | There is no specific law against trafficking in persons.                           | counted as shortfall       |
      | Parliament has yet to pass an anti-trafficking law.                                | counted as shortfall       |
      | The trafficking article covers only the sexual exploitation of women and children. | counted as shortfall       |
      | The statute defines trafficking solely as the sale of girls across borders.        | counted as shortfall       |
      | The penal code does not criminalize labor trafficking.                             | counted as shortfall       |
      | Police and prosecutors routinely confuse trafficking with alien smuggling.         | counted as shortfall       |
      | The anti-trafficking law has not yet entered into force.                           | counted as shortfall       |

    Examples: Not about a law against trafficking
      | sentence                                                 | verdict            |
      | Parliament passed a law against drug trafficking in May. | not found          |
      | The new tax law took effect in January.                  | not found          |
      | The constitution prohibits slavery and forced labor.     | counted as support |

    Examples: Trafficking in cultural property
      | sentence                                                                                                                   | verdict                       |
      | In January parliament adopted a law on trafficking in cultural property, tightening controls on the export of antiquities. | not counted: off_topic        |

  Scenario: A comprehensive law in force meets the criterion
    Given a cable answer reading:
      """
      1. (U) The anti-trafficking act, in force since March 2008, prohibits all forms of
      trafficking in persons.

      2. (U) It covers sex and labor trafficking of adults and children, by force, fraud or
      coercion, and the ministry of justice issued its implementing regulations in June 2008.
      """
    When the cables are scored for the 2009 report
    Then criterion "law_prohibition" is "met"

  Scenario: A law for women and children only is partial
    Given a cable answer reading:
      """
      1. (U) In 2008 parliament enacted an anti-trafficking law.

      2. (U) The law only covers trafficking of women and children, so adult men exploited in
      forced labor have no protection under it.
      """
    When the cables are scored for the 2009 report
    Then criterion "law_prohibition" is "partial"
    And criterion "law_prohibition" counts "The law only covers trafficking of women and children" as shortfall

  Scenario: An answer with only a bill before parliament is not met
    Given a cable answer to the question "Does the country have a law prohibiting trafficking in persons?" reading "The country has no specific anti-trafficking law. A draft law prohibiting all forms of trafficking is before parliament."
    When the cables are scored for the 2009 report
    Then criterion "law_prohibition" is "not_met"
    And criterion "law_prohibition" rejects "A draft law prohibiting all forms of trafficking is before parliament." as planned
