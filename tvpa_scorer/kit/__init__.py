"""What every stage uses, and nothing of the flow: it imports no other wing.

    problems.py     located one-line problems, and the exceptions that carry them
    sources.py      paths, directories, globs, stdin -> decoded text, size-checked
    yaml_nodes.py   YAML read as nodes, so every value keeps its line and column
    patterns.py     keyword patterns ("train(s|ed)? ~{0,3}officials") compiled once and run
                    only on texts holding the words every match needs
    prefilter.py    a regex's parse tree -> those words
    lazy_pattern.py a regex that pickles as its source and compiles on first use
    regex_syntax.py a regex -> its parse tree (regex_tree.py), without re's private parser
    output_files.py files written whole or not at all
    tables.py       rows -> CSV or Parquet, chunk by chunk
    json_stream.py  JSON written record by record
    diagnostics.py  problems as text, JSON, GitHub annotations or SARIF 2.1.0
    parallel.py     one job over many inputs on N processes, streamed, in order
    progress.py     progress bars on a terminal, silent in pipes
    resources.py    where the bundled rules, templates and data live
"""
