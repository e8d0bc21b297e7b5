"""Command line: argv -> calls; exit codes 0 (clean), 1 (the check found something), 2 (the
run could not do what was asked: usage, configuration, unreadable input, broken rules).

Each command lives in tvpa_scorer/commands/; this module only gathers them.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from tvpa_scorer import __version__
from tvpa_scorer.commands.assessing import gaps, score
from tvpa_scorer.commands.checking import validate
from tvpa_scorer.commands.common import EXIT_ERROR, Options
from tvpa_scorer.commands.configuration import command_defaults, find_configuration
from tvpa_scorer.commands.corpus import batch, history
from tvpa_scorer.commands.reading import parse
from tvpa_scorer.commands.rule_changes import diff, evaluate
from tvpa_scorer.kit.parallel import collect_less
from tvpa_scorer.kit.problems import InputError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tvpa-scorer")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: no warnings, no notes.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also say how each cable was placed: its country and year, and from what.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True,
              help="Colour the severity of problems; auto: on a terminal, unless NO_COLOR is set.")
@click.option("--no-cache", is_flag=True,
              help="Compile the rules afresh instead of reading them from the cache (under "
                   "$TVPA_SCORER_CACHE, else ~/.cache/tvpa-scorer).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file (default: the nearest tvpa-scorer.toml, or pyproject.toml with "
                   "[tool.tvpa-scorer]); the command line wins over it.")
@click.pass_context
def main(context: click.Context, quiet: bool, verbose: bool, color: str, no_cache: bool,
         config_path: Path | None) -> None:
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
    Settings: [tool.tvpa-scorer] in the nearest pyproject.toml, or tvpa-scorer.toml,
    gives options their defaults ('rules', 'store'; a [tool.tvpa-scorer.eval] table for
    one command's, such as 'min-agreement' or 'format'), as ruff and sqlfluff read theirs.

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
    context.obj = Options(quiet=quiet, verbose=verbose and not quiet, cache=not no_cache,
                         color={"always": True, "never": False}.get(
                             color, False if os.environ.get("NO_COLOR") else None))
    try:
        settings = config_path or find_configuration(Path.cwd())
        context.default_map = command_defaults(settings, main.commands) if settings else None
    except InputError as exc:
        click.echo(str(exc.problem), err=True)
        context.exit(EXIT_ERROR)


for command in (score, gaps, batch, history, parse, validate, evaluate, diff):
    main.add_command(command)
