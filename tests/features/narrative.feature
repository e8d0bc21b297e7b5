@drafts
Feature: The draft reads as a TIP Report country narrative
  Each pillar of the draft is written in the TIP Report's prose: the figures the cables give,
  in the report's words ("nine suspects", "14 cases"), what the government did and did not
  do, what was only planned and whose work was not the government's, every sentence citing
  the passages it rests on. The recommendations follow from the evidence: never one that
  what was credited rules out.

  Scenario: Enforcement figures are said as the report says them
    Given cables reporting "Police opened 14 trafficking investigations in 2008, prosecutors charged nine suspects with trafficking and courts convicted two traffickers."
    When the draft is written
    Then the prosecution paragraphs say "The government investigated 14 trafficking cases, prosecuted nine suspects and convicted two traffickers."
    And every sentence of the prosecution paragraphs that gives a figure cites a passage

  Scenario: Shelters only paid for are said as a plan
    Given cables reporting "In January 2008, Congress approved a 7 million USD budget to construct trafficking shelters. SRE says that they expect to use the funds to build two shelters."
    When the draft is written
    Then the protection paragraphs say "The government did not operate or fund shelters for trafficking victims."
    And the protection paragraphs say "The government planned to open two shelters for trafficking victims and to spend $7 million it had approved."

  Scenario: Another actor's shelter is said to be theirs
    Given cables reporting "IOM runs the only shelter for trafficking victims in the country."
    When the draft is written
    Then the protection paragraphs say "IOM, not the government, ran shelters that took in victims."

  Scenario: Hedged figures are reported as such
    Given cables reporting "INM reportedly assisted 38 victims of trafficking during the reporting period."
    When the draft is written
    Then the protection paragraphs say "The government reportedly assisted 38 victims."

  Scenario: Mexico 2008, the year of the new federal law
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When the draft is written
    Then the summary says "However, the government did not report any trafficking prosecutions or convictions"
    And the first recommendation is "Use the anti-trafficking law to vigorously investigate and prosecute trafficking offences, and convict and sentence traffickers to prison terms."
    And no recommendation asks the government to enact a law
    And there are at most 10 recommendations, each naming its statute paragraph
    And the protection paragraphs say "The government identified 22 trafficking victims,"
    And the protection paragraphs say "The government planned to open two shelters for trafficking victims"
