@formats
Feature: Cable formats the samples do not show
  Taskers renumber their questions every year and posts invent their own layouts. The
  reader must handle the known styles in forms it has not seen, and must never reject
  valid text for lacking structure.

  Scenario: Answers keyed "18A." by tasker paragraph and letter
    Given a cable reading:
      """
      18A. The Philippines is a source and, to a lesser extent, a
      transit and destination country for men, women and children
      trafficked for sexual exploitation and forced labor.

      18B. There were no significant changes in the direction of
      trafficking flows.

      19C. The Inter-Agency Council Against Trafficking met eleven
      times during the year.
      """
    Then the answers are keyed "18/A", "18/B", "19/C"

  Scenario: Two questions answered under one combined key
    Given a cable reading:
      """
      20A-B.  (SBU)  The country has no specific law prohibiting
      trafficking in persons, and penalties under the penal code
      are light.

      20C.  (SBU)  Police opened nine investigations.
      """
    Then the answers are keyed "20/A-B", "20/C"

  Scenario: A combined lettered key with a cross-reference for content
    Given a cable reading:
      """
      -- D.  Police opened four investigations of suspected
      trafficking in 2004.

      -- E. - F.  See 3.D.

      -- G.  The police college added a session on trafficking.
      """
    Then the answers are keyed "Q.D", "Q.E-F", "Q.G"

  Scenario: Letters keyed by the questionnaire's section names
    Given a cable reading:
      """
      PROSECUTION A. The penal code prohibits all forms of trafficking.

      PROSECUTION B. Penalties range from five to ten years.

      PROTECTION A. The government operates two shelters for victims.
      """
    Then the answers are, in order:
      | citation   | section | pillar      | subject         |
      | <text> Q.A |         | prosecution | legal_framework |
      | <text> Q.B |         | prosecution | penalties       |
      | <text> Q.A |         | protection  | shelters        |

  Scenario: "Question" and "Response" markers in mixed case
    Given a cable reading:
      """
      1. (U) Question F: Does the government have a national plan
      of action? Were NGOs consulted?

      Response: Yes. The Ministry of Interior adopted a plan in
      May 2009 after consulting twelve NGOs.
      """
    Then the question of answer "<text> ¶1 Q.F" is "Does the government have a national plan of action? Were NGOs consulted?"
    And answer "<text> ¶1 Q.F" begins "Yes. The Ministry of Interior adopted a plan"
    And answer "<text> ¶1 Q.F" is filed under "national_plan"

  Scenario: A question quoted at the head of a lettered answer is kept apart
    Given a cable reading:
      """
      3. (SBU) Prevention:
      --------------------

      -- A. Does the government acknowledge that trafficking is a
      problem in the country? If not, why not? Yes. The Prime
      Minister publicly acknowledged trafficking as a serious
      problem in a January speech.
      """
    Then the question of answer "<text> ¶3 Q.A" is "Does the government acknowledge that trafficking is a problem in the country? If not, why not?"
    And answer "<text> ¶3 Q.A" begins "Yes. The Prime Minister publicly acknowledged"
    And answer "<text> ¶3 Q.A" stands in section "Prevention" under pillar "prevention"

  Scenario: Bare letters count as keys only while they run in order
    Given a cable reading:
      """
      4. (SBU) Protection:
      --------------------

      A. (SBU) The government funds three shelters run by NGOs.

      B. (SBU) Victims are not detained.

      F. Smith of the Ministry said more shelters would follow.
      """
    Then the answers are keyed "¶4 Q.A", "¶4 Q.B"
    And answer "<text> ¶4 Q.B" contains "F. Smith of the Ministry said"

  Scenario: A numbered list inside an answer does not split the answer
    Given a cable reading:
      """
      12. (SBU) QUESTION C: What steps did the government take?

      POST RESPONSE: The government took three steps:

      1. It opened a hotline.

      2. It trained 400 police officers.

      13. (SBU) QUESTION D: Does the government monitor migration?

      POST RESPONSE: Yes.
      """
    Then the answers are keyed "¶12 Q.C", "¶13 Q.D"
    And answer "<text> ¶12 Q.C" contains "2. It trained 400 police officers."

  Scenario: A sub-heading inside an answer stays in the answer
    Given a cable reading:
      """
      34. (SBU) QUESTION A: Are there awareness campaigns?

      POST RESPONSE: The ministry held forums in 2008:

      University forums
      -----------------

      --University forum in Monterrey, March 20, 2008.

      35. (SBU) QUESTION B: Is there a national plan?

      POST RESPONSE: No.
      """
    Then the answers are keyed "¶34 Q.A", "¶35 Q.B"
    And answer "<text> ¶34 Q.A" contains "University forums"
    And the cable has no sections

  Scenario: A pasted paragraph with no header and no numbering
    Given a cable reading:
      """
      The Ministry of Labor inspected 212 farms and referred 14 suspected victims
      of forced labor to the state shelter in Puebla.
      """
    Then the cable has 1 answer
    And answer "<text> line 1" begins "The Ministry of Labor inspected 212 farms"
    And every answer maps back to its place in the original file

  Scenario: A page break between paragraphs separates them; inside a sentence it is mended
    Given a cable reading:
      """
      UNCLAS SECTION 01 OF 02 LIMA 000900

      1. (U) The government convicted four traffickers in 2008.

      LIMA 00000900  002 OF 002


      2. (U) The government opened its first shelter for
      LIMA 00000900  002 OF 002
      victims in March 2009.
      """
    Then the cable's paragraphs are numbered 1 to 2
    And answer "<text> ¶2" is "The government opened its first shelter for victims in March 2009."
    And no answer contains a page-break line

  Scenario: A section banner repeated inside the body is dropped with its header lines
    Given a cable reading:
      """
      UNCLAS SECTION 01 OF 02 QUITO 000412

      TAGS: KTIP PHUM EC
      SUBJECT: ECUADOR: TIP REPORT

      1. (U) Police rescued 41 victims in 2008.

      UNCLAS SECTION 02 OF 02 QUITO 000412

      SIPDIS

      E.O. 12958: N/A
      TAGS: KTIP PHUM EC
      SUBJECT: ECUADOR: TIP REPORT

      2. (U) Courts convicted nine traffickers.
      """
    Then answer "<text> ¶1" is "Police rescued 41 victims in 2008."
    And answer "<text> ¶2" is "Courts convicted nine traffickers."

  Scenario: Windows line endings and doubled spaces
    Given a cable with Windows line endings reading:
      """
      1. (U)  The  government  opened  two  shelters.
      """
    Then answer "<text> ¶1" is "The government opened two shelters."
    And every answer maps back to its place in the original file

  Scenario: The teletype's comma for an apostrophe is repaired
    Given a cable reading:
      """
      1. (U) The Ministry of Labor,s inspectors visited the children,s homes.
      """
    Then answer "<text> ¶1" is "The Ministry of Labor's inspectors visited the children's homes."
    And every answer maps back to its place in the original file
