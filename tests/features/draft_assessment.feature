@drafts
Feature: A draft country assessment an analyst can start editing
  tvpa-scorer turns the cables of one country and year into a draft in the shape of a TIP
  Report country narrative: the tier line, the compliance sentence of the era, the Watch List
  sentence when it applies, recommendations written as actions, a section per pillar, a
  findings table, the evidence gaps and the method. Every statement about the cables cites
  the passage it rests on. It is a draft: it says so, and it says what it could not assess.

  Scenario: Mexico 2008, from part 2 of the answers and the Lagon visit cable
    Given the sample cables "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt"
    When a draft assessment is made
    Then the draft is of "Mexico" for the 2008 report under "TVPRA of 2003 (special watch list)"
    And the draft finds significant efforts
    And the draft's tier is "2" or "2WL", after "2WL" in the 2007 report
    And the draft recommends action on national_plan, demand_reduction and prosecution first
    And the draft says it could not assess international_cooperation and penalties
    And the draft's Markdown opens with "MEXICO (Tier" and the 2001-2016 compliance sentence
    And every quoted passage of the draft's Markdown carries its citation

  Scenario: Zimbabwe 2005, from the numbered sections with lettered answers
    Given the sample cables "05HARARE339.txt"
    When a draft assessment is made
    Then the draft is of "Zimbabwe" for the 2005 report under "TVPRA of 2003 (special watch list)"
    And the draft's tier is "2" or "2WL", after "2WL" in the 2004 report
    And criterion "demand_reduction" is "not_assessed" in the draft, for the law came later

  Scenario: A cable whose subject names no country is placed by the embassy that sent it
    Given the sample cables "04HARARE1970.txt"
    When a draft assessment is made
    Then the draft is of "Zimbabwe" for the 2005 report under "TVPRA of 2003 (special watch list)"

  Scenario: An excerpt that stops early is not failed on what it never reached
    Given the sample cables "08HARARE186.txt"
    When a draft assessment is made
    Then the draft's confidence is "low"
    And the draft's gap review says the cable stops early

  Scenario Outline: A finding lists each sentence of the cables once, whichever way it reads
    Given the sample cables <cables>
    When the cables are scored
    Then every finding lists each sentence once

    Examples:
      | cables                                           |
      | "08MEXICO722.txt" and "08MEXICO_LAGON_VISIT.txt" |
      | "04HARARE1970.txt"                               |
      | "05HARARE339.txt"                                |
      | "06LIMA826.txt"                                  |
      | "08HARARE186.txt"                                |
      | "09JAKARTA378.txt"                               |
      | "09STATE87525.txt"                               |
      | "10AMMAN456.txt"                                 |
