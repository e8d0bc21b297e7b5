@labels
Feature: Whole sample cables scored as an analyst found them
  The files in labels/ record what an analyst found in whole sample submissions: per
  criterion the status, the passages that must count as evidence, the passages that must be
  found but not counted (planned, NGO-run, a bare cross-reference), and the figures read.
  The scorer must reach the same findings on them.

  Scenario Outline: A labelled submission scores as labelled
    Given the labelled cables "<label>"
    When they are scored
    Then every labelled criterion has the labelled status
    And every labelled passage is counted as evidence
    And every labelled rejection is found and not counted, for the labelled reason
    And every labelled figure is read

    Examples:
      | label           |
      | 08MEXICO722.yml |
      | 05HARARE339.yml |
