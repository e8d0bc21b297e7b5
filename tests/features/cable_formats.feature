@formats
Feature: Reading every format of embassy TIP cable
  Each year US embassies answer the State Department's Trafficking in Persons tasker in
  whatever style the year and the drafter chose. The reader finds every answer, keeps a
  quoted question apart from the post's response, files the answer under the pillar and
  subject it speaks to, and cites it by cable, paragraph and question, whatever the style.

  Scenario: Answers that quote each question before the post's response
    Given the sample cable "08MEXICO722.txt"
    Then the cable id is "08MEXICO722"
    And the cable has 14 answers
    And the answers are, in order:
      | citation            | section    | pillar     | subject                |
      | 08MEXICO722 ¶27 Q.E |            | protection | victim_identification  |
      | 08MEXICO722 ¶28 Q.F |            | protection | non_penalization       |
      | 08MEXICO722 ¶29 Q.G |            | protection | victim_cooperation     |
      | 08MEXICO722 ¶30 Q.H |            | protection | shelters               |
      | 08MEXICO722 ¶31 Q.I |            | protection | repatriation           |
      | 08MEXICO722 ¶32 Q.J |            | protection | repatriation           |
      | 08MEXICO722 ¶33 Q.K |            | protection | victim_assistance      |
      | 08MEXICO722 ¶34 Q.A | PREVENTION | prevention | acknowledgement        |
      | 08MEXICO722 ¶35 Q.B | PREVENTION | prevention | awareness              |
      | 08MEXICO722 ¶36 Q.C | PREVENTION | prevention | civil_society          |
      | 08MEXICO722 ¶37 Q.D | PREVENTION | prevention | migration_monitoring   |
      | 08MEXICO722 ¶38 Q.E | PREVENTION | prevention | coordination_body      |
      | 08MEXICO722 ¶39 Q.F | PREVENTION | prevention | national_plan          |
      | 08MEXICO722 ¶40 Q.G | PREVENTION | prevention | demand_reduction       |
    And the question of answer "08MEXICO722 ¶39 Q.F" begins "Does the government have a national plan of action"
    And answer "08MEXICO722 ¶39 Q.F" begins "The GOM does not have a national plan of action"
    And no answer contains a page-break line
    And every answer maps back to its place in the original file

  Scenario: A page break cutting a sentence is mended
    Given the sample cable "08MEXICO722.txt"
    Then the question of answer "08MEXICO722 ¶30 Q.H" contains "Where are child victims placed (e.g., in shelters, foster care"
    And answer "08MEXICO722 ¶33 Q.K" contains "assistance with suspected trafficking victims. Note:"

  Scenario: Lettered answers under numbered sections
    Given the sample cable "05HARARE339.txt"
    Then the cable has the sections:
      | number | title                                                                   | pillar      |
      | 1      | Overview of a Country's Activities to Eliminate Trafficking in Persons | overview    |
      | 2      | Prevention                                                              | prevention  |
      | 3      | Investigation and Prosecution of Traffickers                           | prosecution |
      | 4      | Protection and Assistance to Victims                                   | protection  |
    And paragraph 2 holds the answers lettered "A" to "K"
    And paragraph 3 holds the answers lettered "A" to "M"
    And answer "05HARARE339 ¶2 Q.J" begins "The government does not yet have a national plan of action"
    And answer "05HARARE339 ¶2 Q.J" is filed under "national_plan"
    And answer "05HARARE339 ¶5" stands outside any section
    And every answer maps back to its place in the original file

  Scenario: Answers keyed by tasker paragraph and letter after a dashed banner
    Given the sample cable "08HARARE186.txt"
    Then answer "08HARARE186 27/A" stands in section "OVERVIEW" under pillar "overview"
    And answer "08HARARE186 27/A" begins "Zimbabwe is a country of origin, transit, and destination"
    And the cable cites 1 reference, the first "08 STATE 2731" and the last "08 STATE 2731"

  Scenario: Tasker keys in parentheses survive OCR noise
    Given the sample cable "10AMMAN456.txt"
    Then answer "10AMMAN456 ¶139 27/F" begins "Government officials received specialized training"
    And the cable's subject is "JORDAN: INPUT FOR THE 2010 TRAFFICKING IN PERSONS REPORT, PART 2"
    And the cable is part 2 of a number it does not state
    And the cable cites 16 references, the first "10 AMMAN 383" and the last "09 AMMAN 189"

  Scenario: Numbered paragraphs opening with a summary, after a long REF list
    Given the sample cable "06LIMA826.txt"
    Then the cable cites 10 references, the first "06 STATE 3836" and the last "04 LIMA 3737"
    And answer "06LIMA826 ¶1" is labelled "SUMMARY"
    And answer "06LIMA826 ¶1" begins "Much of the work in Peru on TIP"

  Scenario: An overview narrative before the answers
    Given the sample cable "09JAKARTA378.txt"
    Then answer "09JAKARTA378 ¶2" is labelled "OVERVIEW"
    And answer "09JAKARTA378 ¶2" stands outside any section under pillar "overview"
    And the cable cites 2 references, the first "08 STATE 132759" and the last "09 JAKARTA 105"

  Scenario: A narrative cable pasted without its header, with redaction gaps
    Given the sample cable "08MEXICO_LAGON_VISIT.txt"
    Then the cable id is "08MEXICO_LAGON_VISIT", taken from the file name
    And the cable's paragraphs are numbered 1 to 12
    And answer "08MEXICO_LAGON_VISIT ¶11" contains "the committee is not operating"
    And every answer maps back to its place in the original file

  Scenario: A cable a mirror flattened onto one line
    Given the sample cable "04HARARE1970.txt"
    Then the cable's paragraphs are numbered 1 to 4
    And answer "04HARARE1970 ¶2" begins "The regional working meeting was attended"

  Scenario Outline: What the header says about the cable
    Given the sample cable "<file>"
    Then the header reads id "<id>", date "<date>", classification "<classification>" and post "<post>"

    Examples:
      | file                     | id                   | date       | classification                      | post               |
      | 08MEXICO722.txt          | 08MEXICO722          | 2008-03-11 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Embassy Mexico     |
      | 05HARARE339.txt          | 05HARARE339          | 2005-03-01 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Embassy Harare     |
      | 08HARARE186.txt          | 08HARARE186          | 2008-03-10 | UNCLASSIFIED                        | Embassy Harare     |
      | 06LIMA826.txt            | 06LIMA826            | 2006-03-02 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Embassy Lima       |
      | 09JAKARTA378.txt         | 09JAKARTA378         | 2009-03-04 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Embassy Jakarta    |
      | 10AMMAN456.txt           | 10AMMAN456           | 2010-02-25 | UNCLASSIFIED                        | Embassy Amman      |
      | 04HARARE1970.txt         | 04HARARE1970         | 2004-12-06 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Harare             |
      | 09STATE87525.txt         | 09STATE87525         | 2009-08-21 | UNCLASSIFIED//FOR OFFICIAL USE ONLY | Secretary of State |
      | taskers/08STATE2731.txt  | 08STATE2731          | none       | UNCLASSIFIED                        | Secretary of State |

  Scenario Outline: Excerpts that stop mid-sentence are read, and said to be truncated
    Given the sample cable "<file>"
    Then the cable looks truncated because "<reason>"
    And the last answer is marked as cut off

    Examples:
      | file             | reason                                                                |
      | 06LIMA826.txt    | the text stops mid-sentence: '... MSC has achieved some encouraging resul' |
      | 10AMMAN456.txt   | the text stops mid-sentence: '...vestigation unit. The following training' |
      | 04HARARE1970.txt | the text stops mid-sentence: '...e Trafficking Protocol of the United Nat' |

  Scenario Outline: Whole cables are not called truncated
    Given the sample cable "<file>"
    Then the cable does not look truncated

    Examples:
      | file                     |
      | 08MEXICO722.txt          |
      | 05HARARE339.txt          |
      | 08MEXICO_LAGON_VISIT.txt |
