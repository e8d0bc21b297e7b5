@drafts
Feature: Follow-up questions an embassy can answer
  The gap review ends in the questions a reviewer sends post. Each is asked once, under the
  criterion it serves and its statute paragraph; an answer that only points elsewhere is asked
  again directly, under the criterion its own question is about; a question about a particular
  practice is asked only of a country whose cables speak of it; the ten most urgent come first
  and the rest are folded.

  Scenario: An answer that says only "See question 34 and 35" is asked again, once, directly
    Given a cable answer reading:
      """
      PREVENTION:

      34. (U) QUESTION A: Does the government acknowledge that trafficking is a problem?

      POST RESPONSE: The government acknowledges that trafficking is a serious problem.

      40. (U) QUESTION G: What measures has the government taken during the reporting period to reduce the demand for commercial sex acts?

      POST RESPONSE: See question 34 and 35.
      """
    When the evidence gaps are reviewed for the 2008 report
    Then post is asked once to answer question G directly, under "Reducing demand for commercial sex acts and sex tourism"
    And that question quotes "See question 34 and 35" and asks "What measures has the government taken during the reporting period to reduce the demand for commercial sex acts?"

  Scenario: Mexico 2008: the cross-referenced demand question once, and nothing the cables give no reason to ask
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When the evidence gaps are reviewed
    Then post is asked once to answer question G directly, under "Reducing demand for commercial sex acts and sex tourism"
    And post is not asked "recruit or use children under 18"
    And post is not asked "re-education or labour camps"
    And post is not asked "How many troops or peacekeepers"

  Scenario: A cable that speaks of child soldiers gets the question on them
    Given a cable answer reading "UNICEF reported that the army recruited 300 children under 18 as child soldiers during the year."
    When the evidence gaps are reviewed for the 2010 report
    Then post is asked "recruit or use children under 18" under "No government policy or pattern of trafficking"

  Scenario: The ten most urgent questions come first, the rest are folded
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When a draft assessment is made
    Then the draft's Markdown lists follow-up questions 1 to 10 under their criteria, then "Further questions" from 11
