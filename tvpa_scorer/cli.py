"""Command line: argv -> calls; exit codes 0 (clean), 1 (the check found something), 2 (the
run could not do what was asked: usage, configuration, unreadable input, broken rules).

Each command lives in tvpa_scorer/commands/; this module only gathers them.
"""

from __future__ import annotations

import click

from tvpa_scorer import __version__
from tvpa_scorer.commands.assessing import gaps, score
from tvpa_scorer.commands.checking import validate
from tvpa_scorer.commands.corpus import batch, history
from tvpa_scorer.commands.reading import parse
from tvpa_scorer.commands.rule_changes import diff, evaluate
from tvpa_scorer.kit.parallel import collect_less


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tvpa-scorer")
def main() -> None:
    """Read US embassy Trafficking in Persons cables and assess them against the TVPA.

    \b
    Examples:
      tvpa-scorer score samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer score --format json samples/05HARARE339.txt > zimbabwe-2005.json
      tvpa-scorer parse samples/08MEXICO722.txt
      cat cable.txt | tvpa-scorer score -
      tvpa-scorer batch cables/ -o scored/
      tvpa-scorer history Mexico
      tvpa-scorer validate rules
      tvpa-scorer eval --min-agreement 0.9 labels
      tvpa-scorer diff --base HEAD~1

    \b
    Exit status, as linters give it:
      0  clean
      1  the check found something: validate's rule problems, an eval bar missed,
         a diff change with --fail-on-change
      2  the run could not do what was asked: a usage or configuration error, an input
         that cannot be read, a broken rule file (each problem printed as
         'path:line:col: error: message')
    """
    collect_less()


for command in (score, gaps, batch, history, parse, validate, evaluate, diff):
    main.add_command(command)
