@drafts
Feature: Which cables are read together
  A draft assesses one government in one report year. The cables an analyst gathers mix
  the embassy's numbered answers, a narrative cable from the same post with no header, the
  Department's tasker that asked the questions, and other countries' submissions. The
  cables of one country and report year are read together; a tasker is no submission; and
  two countries are never pooled into one draft.

  Background:
    Given a folder holding the sample cables "08MEXICO722.txt", "08MEXICO_LAGON_VISIT.txt", "05HARARE339.txt" and "taskers/08STATE2731.txt"

  Scenario: A narrative cable without a header joins its embassy's submission
    When the analyst runs "tvpa-scorer --verbose score --no-store --format json 08MEXICO722.txt 08MEXICO_LAGON_VISIT.txt"
    Then the exit status is 0
    And the draft is of Mexico for the 2008 report, from the cables "08MEXICO722" and "08MEXICO_LAGON_VISIT"
    And the error output says "Mexico 2008: 08MEXICO722.txt (subject country, date year); 08MEXICO_LAGON_VISIT.txt (text country, file name year)"

  Scenario: The Department's tasker to all posts is skipped with a note
    When the analyst runs "tvpa-scorer score --no-store --format json taskers/08STATE2731.txt 08MEXICO722.txt 08MEXICO_LAGON_VISIT.txt"
    Then the exit status is 0
    And the draft is of Mexico for the 2008 report, from the cables "08MEXICO722" and "08MEXICO_LAGON_VISIT"
    And the error output says "taskers/08STATE2731.txt: warning: a message from the Department to all posts (a tasker), not a country's submission: skipped"

  Scenario: Two countries' cables are never drafted as one
    When the analyst runs "tvpa-scorer score --no-store 08MEXICO722.txt 08MEXICO_LAGON_VISIT.txt 05HARARE339.txt"
    Then the exit status is 2
    And the error output says "Error: the cables are of 2 country-years: Mexico 2008 (2 cables); Zimbabwe 2005 (1 cable). Pick one with --country (and --year), or draft each with -o DIR"

  Scenario: The country named picks its cables and says which it left out
    When the analyst runs "tvpa-scorer score --no-store --format json --country zimbabwe 08MEXICO722.txt 05HARARE339.txt"
    Then the exit status is 0
    And the draft is of Zimbabwe for the 2005 report, from the cables "05HARARE339"
    And the error output says "08MEXICO722.txt: warning: a cable of Mexico, not of Zimbabwe: left out"

  Scenario: Each country-year is drafted into a directory of its own reports
    When the analyst runs "tvpa-scorer score --no-store --format md -o drafts 08MEXICO722.txt 08MEXICO_LAGON_VISIT.txt 05HARARE339.txt"
    Then the exit status is 0
    And the output lists "drafts/mexico-2008.md" and "drafts/zimbabwe-2005.md"
