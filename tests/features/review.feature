@review
Feature: The analyst reviews a draft, and the draft keeps what the analyst decided
  `tvpa-scorer review` shows the draft as a page on the analyst's own machine. Beside each
  passage the analyst accepts or rejects it, with a reason; under each criterion the analyst
  may give another status, with a reason. Each decision is kept in the assessment store with
  the rules version and the fingerprint of each cable's file. From then on every draft of
  the cables applies the decisions, the analyst's word standing in for the rules', and
  marks each one where it applies. A decision on a cable that has since changed is not
  applied, and the draft says so. The decisions export as a label file eval scores.

  Background:
    Given the Mexico 2008 draft under review

  Scenario: A rejected passage stops counting and is marked with the reason
    When the analyst rejects the passage "Through the DIF, the government administers" under "shelters" with the reason "DIF shelters serve street children, not trafficking victims"
    Then the re-scored draft marks it "analyst: rejected, reason DIF shelters serve street children, not trafficking victims" in Markdown and HTML
    And the passage no longer counts for "shelters"

  Scenario: A status the analyst changes is the draft's, and says what the rules found
    When the analyst changes the status of "prosecution" to "partial" with the reason "state courts convicted traffickers under state laws"
    Then the re-scored draft finds "prosecution" "partial"
    And the re-scored draft marks it "analyst: partial (was not met), reason state courts convicted traffickers under state laws" in Markdown and HTML
    And the re-scored draft's JSON lists the "status" decision on "prosecution"

  Scenario: A decision on a cable edited since is reported, not applied
    When the analyst rejects the passage "Through the DIF, the government administers" under "shelters" with the reason "not trafficking shelters"
    And someone edits the cable "08MEXICO722.txt"
    Then the re-scored draft says 1 decision is stale because "08MEXICO722" changed
    And the passage still counts for "shelters"

  Scenario: The analyst's decisions score with eval
    When the analyst accepts the passage "The GOM does not have a national plan" under "national_plan"
    And the analyst changes the status of "prosecution" to "partial" with the reason "state convictions"
    And the analyst exports the decisions to "mexico-2008.yml"
    Then eval reads "mexico-2008.yml" and finds the rules agree on "national_plan" and not on "prosecution"
