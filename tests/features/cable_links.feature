@links
Feature: Cross-references, repeated answers and restricted notes
  An answer that only points elsewhere ("See question 34 and 35.") is no evidence for
  the question it answers; the reader resolves where it points and marks it. An answer
  pasted again word for word is marked as a repeat, so its evidence counts once. Notes
  the embassy marked "not/not for public disclosure" are flagged so no report quotes them.

  Scenario: An answer that only points to other answers
    Given the sample cable "08MEXICO722.txt"
    Then answer "08MEXICO722 ¶40 Q.G" is only a cross-reference to "08MEXICO722 ¶34 Q.A" and "08MEXICO722 ¶35 Q.B"

  Scenario: "Not applicable; see 3.j." points to a lettered answer of a numbered section
    Given the sample cable "05HARARE339.txt"
    Then answer "05HARARE339 ¶3 Q.K" is only a cross-reference to "05HARARE339 ¶3 Q.J"

  Scenario: A cross-reference inside a substantive answer is not the whole answer
    Given the sample cable "08MEXICO722.txt"
    Then answer "08MEXICO722 ¶33 Q.K" refers to "08MEXICO722 ¶31 Q.I" but says more

  Scenario: The NGO list pasted again under another question
    Given the sample cable "08MEXICO722.txt"
    Then answer "08MEXICO722 ¶33 Q.K" repeats answer "08MEXICO722 ¶32 Q.J"
    And answer "08MEXICO722 ¶32 Q.J" repeats no other answer

  Scenario: Notes not for public disclosure
    Given the sample cable "08MEXICO722.txt"
    Then answer "08MEXICO722 ¶32 Q.J" holds 2 restricted notes, the first reading "Note: The names of NGOs working with the INM with victim protection and assistance are not/not for public disclosure. INM reportedly assisted 38 victims of trafficking during the reporting period. End note."

  Scenario: The two parts of one submission, read together
    Given a cable file "part2.txt" reading:
      """
      R 111900Z MAR 09
      FM AMEMBASSY MEXICO
      UNCLAS MEXICO 000587
      SUBJECT: MEXICO: 2009 TIP REPORT SUBMISSION (PART 2 OF 2)

      40. (SBU) QUESTION G: What measures has the government taken to reduce
      the demand for commercial sex acts?

      POST RESPONSE: See question 27.

      41. (SBU) QUESTION H: Which NGOs work with victims?

      POST RESPONSE: The Casa del Migrante shelter in Tapachula assists
      trafficking victims and receives state funding for its work with
      migrant women and children.
      """
    And a cable file "part1.txt" reading:
      """
      R 111800Z MAR 09
      FM AMEMBASSY MEXICO
      UNCLAS MEXICO 000586
      SUBJECT: MEXICO: 2009 TIP REPORT SUBMISSION (PART 1 OF 2)

      27. (SBU) QUESTION A: Are there campaigns aimed at the clients of
      prostitutes?

      POST RESPONSE: The Mexico City government ran a campaign aimed at
      the clients of prostitutes in hotels and bars.

      28. (SBU) QUESTION B: Which NGOs work with victims?

      POST RESPONSE: The Casa del Migrante shelter in Tapachula assists
      trafficking victims and receives state funding for its work with
      migrant women and children.
      """
    When the cables "part2.txt" and "part1.txt" are read together
    Then the document holds the cables "09MEXICO586" and "09MEXICO587" in that order
    And answer "09MEXICO587 ¶40 Q.G" is only a cross-reference to "09MEXICO586 ¶27 Q.A"
    And answer "09MEXICO587 ¶41 Q.H" repeats answer "09MEXICO586 ¶28 Q.B"

  Scenario: A reference into a cable that was not read stays unresolved but marked
    Given a cable reading:
      """
      R 201200Z MAR 09
      UNCLAS MEXICO 000828
      SUBJECT: MEXICO: SUPPLEMENT TO THE 2009 TIP SUBMISSION
      REF: A. 09 MEXICO 586 B. 08 STATE 132759

      2. (SBU) QUESTION A: What are the sources of information on trafficking?

      POST RESPONSE: See question 27 in reftel A.
      """
    Then answer "09MEXICO828 ¶2 Q.A" is only a cross-reference into cable "09MEXICO586", which was not read
