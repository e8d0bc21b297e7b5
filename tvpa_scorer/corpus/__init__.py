"""Many drafts at once: corpora, the draft store, labelled cables and rule changes.

In: directories of cables, label files, blind sets and git revisions of the rules. Out:
tables of findings and country-years, drafts kept in SQLite, scoreboards of the rules
against analysts' labels, and the findings a rule change alters.

    batch.py        a corpus -> rows per cable and criterion, rows per country-year
    store.py        drafts kept in SQLite       history_table.py  a country over the years
    labels.py       labelled cables, compared with an assessment
    submissions.py  label files or cable arguments -> the documents eval and diff score
    scoreboard.py   labelled submissions -> agreement, precision, recall, per-rule hits
    scoreboard_export.py  the eval table and JSON
    blind_set.py    a blind set's snippets and cable labels   blind_score.py  judged
    blind_export.py its figures as a table and JSON
    revisions.py    the rules at a git revision: resolved, fetched if shallow, exported
    findings_diff.py  two drafts of the same cables -> the findings that changed
"""
