"""Command line: argv -> calls; exit codes 0 (clean), 1 (the check found something), 2 (the
run could not do what was asked: usage, configuration, unreadable input, broken rules).

Each command lives in tvpa_scorer/commands/; this module only gathers them, and loads a
command's module only when that command runs: `tvpa-scorer --help` and `validate` do not pay
for pandas, Jinja and the evidence engine they do not use.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import click

from tvpa_scorer import __version__
from tvpa_scorer.commands.configuration import command_defaults, find_configuration
from tvpa_scorer.commands.options import EXIT_ERROR, Options
from tvpa_scorer.kit.parallel import collect_less
from tvpa_scorer.kit.problems import InputError

# name -> (module, function, the line `tvpa-scorer --help` shows; a test holds it to the
# command's own help)
COMMANDS = {
    "score": ("assessing", "score", "Draft a country assessment: a finding per criterion, a "
                                    "tier, and the report."),
    "gaps": ("assessing", "gaps", "Review what the cables do not establish, and list what to "
                                  "ask the embassy."),
    "batch": ("corpus", "batch", "Score a corpus: a row per cable and criterion, and a row "
                                 "per country-year with its tier."),
    "history": ("corpus", "history", "A country's tiers over the years: published, and "
                                     "drafted by tvpa-scorer."),
    "parse": ("reading", "parse", "Read cables and print what was read: header, sections and "
                                  "keyed answers."),
    "validate": ("checking", "validate", "Check rule files as a compiler would; print every "
                                         "problem as 'path:line:col: error: ...'."),
    "eval": ("rule_changes", "evaluate", "Score labelled cables and show how often the rules "
                                         "agree with the analyst."),
    "diff": ("rule_changes", "diff", "Show which findings a change to the rules changes."),
    "review": ("reviewing", "review", "Review a draft in the browser: accept or reject each "
                                      "passage, change a criterion's status, add a passage the "
                                      "rules missed."),
}


class _CommandsOnDemand(click.Group):
    """A group whose commands' modules are imported when the command is asked for."""

    def list_commands(self, context: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, function, _ = COMMANDS[name]
        return getattr(importlib.import_module(f"tvpa_scorer.commands.{module}"), function)

    def format_commands(self, context: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][2]) for name in sorted(COMMANDS)])


@click.group(cls=_CommandsOnDemand,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
      tvpa-scorer review samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt

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
        context.default_map = command_defaults(
            settings, {name: main.get_command(context, name) for name in COMMANDS}) \
            if settings else None
    except InputError as exc:
        click.echo(str(exc.problem), err=True)
        context.exit(EXIT_ERROR)
