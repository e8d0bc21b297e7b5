@bad_input
Feature: Input that is not a readable cable
  Analysts point the reader at whatever they have: a folder of downloads, a paste, a
  file from an old archive. Whatever cannot be read gets one line saying what and why,
  and exit status 2, as for any input or usage error; everything that can be read is still
  read.

  Scenario Outline: Inputs that cannot be read
    Given <what is there>
    When the analyst runs "tvpa-scorer parse <input>"
    Then the exit status is 2
    And the error output is "<message>"

    Examples:
      | what is there                          | input       | message                                                           |
      | nothing at all                         | missing.txt | missing.txt: error: no such file                                  |
      | an empty file "empty.txt"              | empty.txt   | empty.txt: error: file is empty                                   |
      | a file "blank.txt" of blank lines      | blank.txt   | blank.txt: error: file holds only blank space                     |
      | a binary file "scan.txt"               | scan.txt    | scan.txt: error: binary data, not cable text (NUL byte at offset 4) |
      | an empty directory "downloads"         | downloads   | downloads: error: directory holds no cable files (*.txt)          |
      | nothing at all                         | '*.cable'   | *.cable: error: no file matches this pattern                      |

  Scenario: One bad file does not stop the others
    Given a cable file "good.txt" reading:
      """
      1. (U) The government opened two shelters.
      """
    When the analyst runs "tvpa-scorer parse --format json missing.txt good.txt"
    Then the exit status is 2
    And the error output is "missing.txt: error: no such file"
    And the output is a JSON list of 1 cable

  Scenario: A directory is read file by file
    Given a cable file "cables/a.txt" reading:
      """
      1. (U) The government opened two shelters.
      """
    And a cable file "cables/old/b.txt" reading:
      """
      1. (U) Police arrested six traffickers.
      """
    When the analyst runs "tvpa-scorer parse --format json cables"
    Then the exit status is 0
    And the output is a JSON list of 2 cables

  Scenario: A cable in the old Windows encoding is read, with a warning
    Given a cable file "old.txt" in cp1252 reading:
      """
      1. (U) The Ministère said “shelters” opened.
      """
    When the analyst runs "tvpa-scorer parse --format json old.txt"
    Then the exit status is 0
    And the error output is "old.txt: warning: not valid UTF-8; read as cp1252"
    And the JSON answer 0 reads "The Ministère said “shelters” opened."

  Scenario: A truncated excerpt is read, with a warning
    Given a cable file "cut.txt" reading:
      """
      1. (U) The government convicted four traffickers and opened
      """
    When the analyst runs "tvpa-scorer parse cut.txt"
    Then the exit status is 0
    And the error output is "cut.txt: warning: looks truncated: the text stops mid-sentence: '...nt convicted four traffickers and opened'"

  Scenario: A cable read from standard input
    When the analyst pipes "1. (U) Police rescued 41 victims." into "tvpa-scorer parse --format json -"
    Then the exit status is 0
    And the JSON cable id is "stdin"

  Scenario: A file over the size limit is refused
    Given a cable file "big.txt" of 900 numbered paragraphs of 2,000 characters
    When the analyst runs "tvpa-scorer parse --max-size 100k big.txt"
    Then the exit status is 2
    And the error output is "big.txt: error: file is 2 MB, over the 100 kB limit; raise it with --max-size"

  Scenario: A large cable is read whole
    Given a cable file "big.txt" of 900 numbered paragraphs of 2,000 characters
    When the analyst runs "tvpa-scorer parse --format json big.txt"
    Then the exit status is 0
    And the JSON cable has 900 answers

  Scenario: A usage mistake exits with status 2 too
    When the analyst runs "tvpa-scorer parse --format xml samples.txt"
    Then the exit status is 2
