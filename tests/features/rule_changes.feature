@rule_changes
Feature: Seeing what a change to the rules changes, before it is merged
  A maintainer who edits a rule wants to know which findings move on real cables before
  the change is merged. `tvpa-scorer eval` scores the labelled cables and says how far the
  rules agree with the analyst; `tvpa-scorer diff` scores cables with the rules at the base
  revision and with the rules as edited, and lists every finding whose status, score,
  evidence or tier moved, as a comment for the pull request.

  Scenario: The shipped rules agree with every labelled finding
    Given the labelled cables in labels/
    When a maintainer evaluates the rules on them
    Then 29 of 29 labelled statuses agree
    And every labelled evidence quote is found by a counted piece of evidence

  Scenario: Narrowing a rule turns a partial finding into one not met
    Given the shipped rules committed to a git repository
    When a maintainer removes the pattern starting "(asked|ask" from rule "border-trafficking-screening"
    And the diff is run on the sample cable "08MEXICO722.txt"
    Then the diff shows criterion "migration_monitoring" of cable "08MEXICO722" changing from "partial" to "not_met"
    And the diff lists the evidence "asked several questions to determine if the person" as removed
    And the diff says no tier changed

  Scenario: A change that moves no finding is one line in the pull request
    Given the shipped rules committed to a git repository
    When a maintainer rewords the title of rule "shelter-operating"
    And the diff is run on the sample cable "08MEXICO722.txt"
    Then the diff says in one line that no findings changed

  Scenario: A revision the clone does not have is named, with what to do
    Given the shipped rules committed to a git repository
    When the diff is run against the revision "HEAD~1" on the sample cable "08MEXICO722.txt"
    Then the diff fails saying "HEAD~1: error: no such revision"
