"""What every command shares: options, exit codes, and printing problems as they are found."""

from __future__ import annotations

import datetime
import re
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import NoReturn

import click

from tvpa_scorer.assessment.history import TierHistory, load_history
from tvpa_scorer.cables import TopicVocabulary, load_topics
from tvpa_scorer.cables.countries import country_names, known_country
from tvpa_scorer.commands.options import EXIT_ERROR, options
from tvpa_scorer.corpus.store import (
    AssessmentStore,
    StoreError,
    default_store,
    record_of,
    replacement_note,
)
from tvpa_scorer.evidence.engine import compiled
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.output_files import write_atomically
from tvpa_scorer.kit.problems import (
    InputError,
    Problem,
    Severity,
    errors_among,
    sorted_problems,
    suggestion,
)
from tvpa_scorer.kit.progress import say
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES
from tvpa_scorer.reports.drafting import Draft, report_text
from tvpa_scorer.reports.render import TemplateError, render
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.model import RuleSet

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


class ByteSize(click.ParamType):
    """A size such as 20MB, 512k or 1048576."""

    name = "size"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        match = _SIZE.match(str(value))
        if not match:
            self.fail(f"'{value}' is not a size such as 20MB, 512k or 1048576", param, ctx)
        return int(float(match[1]) * _UNITS[match[2].lower()])


rules_option = click.option(
    "--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Rules directory (default: the rules shipped with tvpa-scorer).")
format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="text for people; json for other tools.")
def _known_country(context: click.Context, parameter: click.Parameter, value: str | None
                   ) -> str | None:
    if value is None:
        return None
    name = known_country(value)
    if name is None:
        raise click.BadParameter(f"'{value}' is no country of the tier table "
                                 f"{suggestion(value, country_names())}")
    return name


# The first TIP Report is 2001's; a draft may look ahead to next June's report, no further.
_REPORT_YEARS = click.IntRange(2001, datetime.date.today().year + 1)
country_option = click.option(
    "--country", callback=_known_country,
    help="Country assessed, as the tier table names it ('Korea, South'; any spelling of it): "
         "picks that country's cables, and gives it to cables of unknown country (default: "
         "read from each cable's subject, post, text or file name).")
year_option = click.option(
    "--year", type=_REPORT_YEARS,
    help="Report year drafted, 2001 to next year (default: the June report each cable's "
         "date feeds); a cable dated for another report is drafted for this one, with a "
         "warning.")
history_option = click.option(
    "--history", "history_file", type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of past tiers (columns country, report_year, tier) added to the built-in "
         "2001-2015 history; its rows win.")
store_option = click.option(
    "--store", "store_path", type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite file where drafts are kept (default: $TVPA_SCORER_STORE, else "
         "~/.local/share/tvpa-scorer/assessments.sqlite).")
no_store_option = click.option(
    "--no-store", is_flag=True,
    help="Neither compare with earlier drafts nor keep this one (reproducible output).")
max_size_option = click.option(
    "--max-size", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="256MB",
    help="Refuse inputs larger than this.")



_SEVERITY_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow"}


def report_problem(problem: Problem) -> bool:
    """Print a problem, its severity in colour on a terminal; True when it is an error.
    With --quiet a warning is not printed."""
    settings = options()
    is_error = problem.severity is Severity.ERROR
    if is_error or not settings.quiet:
        severity = click.style(problem.severity.value, fg=_SEVERITY_COLORS[problem.severity],
                               bold=True)
        say(f"{problem.location}: {severity}: {problem.message}", color=settings.color)
    return is_error


def note(message: str) -> None:
    """A line that tells the user what the run did (where the store is): not with --quiet."""
    if not options().quiet:
        say(message, color=options().color)


def verbose(message: str) -> None:
    """A line only --verbose asks for."""
    if options().verbose:
        say(message, color=options().color)


def tier_history(history_file: Path | None) -> TierHistory:
    """The built-in tier history with the user's file on top; exit 2 if it is unreadable."""
    try:
        return load_history(history_file)
    except InputError as exc:
        fail(str(exc.problem))


def rendered(drafted: Draft, output_format: str, directory: Path | None = None) -> str:
    """The draft in a format, to be read from `directory`; exit 2 on a template error."""
    try:
        return report_text(drafted, output_format, directory)
    except TemplateError as exc:
        fail(str(exc))


def template_text(template: str, **context) -> str:
    """A template rendered; exit 2 on a template error."""
    try:
        return render(template, **context)
    except TemplateError as exc:
        fail(str(exc))


def write_file(path: Path, text: str) -> None:
    """Write a file whole or not at all; exit 2 when it cannot be written."""
    try:
        write_atomically(path, text)
    except OSError as exc:
        fail(f"{path}: error: cannot write: {exc.strerror or exc}")


def open_store(path: Path | None, disabled: bool
               ) -> AbstractContextManager[AssessmentStore | None]:
    """The assessment store, or nothing with --no-store; exit 2 if it cannot be opened. A
    store made now is announced, so drafts never pile up somewhere the user does not know."""
    if disabled:
        return nullcontext(None)
    try:
        store = AssessmentStore(path or default_store())
    except StoreError as exc:
        fail(str(exc))
    if store.created:
        note(f"{store.path}: a new assessment store: drafts are kept here, so a later year's "
             "draft can compare efforts with them (--no-store keeps none)")
    return store


def keep(store: AssessmentStore | None, drafted: Draft) -> None:
    """Keep a draft in the store; exit 2 if it cannot be written."""
    record = record_of(drafted.assessment, drafted.decision)
    if store is None or record is None:
        return
    try:
        earlier = store.save(record)
    except StoreError as exc:
        fail(str(exc))
    if earlier is not None:
        note(f"{store.path}: {replacement_note(earlier, record)}")


def fail(message: str) -> NoReturn:
    """Print a one-line problem and exit 2."""
    click.echo(message, err=True)
    sys.exit(EXIT_ERROR)


def topic_vocabulary(rules_dir: Path | None) -> TopicVocabulary:
    """The question topics of a rules directory; exit 2 on a broken file."""
    directory = rules_dir or bundled_rules()
    vocabulary, problems = load_topics(directory / "topics.yml")
    exit_on(problems)
    return vocabulary


def matcher_of(rules_dir: Path | None) -> Matcher:
    """The compiled engine of a rules directory, or of the shipped rules, from the cache
    unless --no-cache; its warnings printed; exit 2 on any rule error."""
    matcher, problems = compiled(rules_dir or bundled_rules(), options().cache)
    exit_on(problems)
    return matcher


def rule_set_of(rules_dir: Path | None) -> RuleSet:
    """The rules of a directory, or the shipped ones; exit 2 on any rule problem."""
    rule_set, problems = load_rules(rules_dir or bundled_rules())
    exit_on(problems)
    return rule_set


def exit_on(problems: list[Problem]) -> None:
    """Print the problems, sorted, and exit 2 when any is an error."""
    for problem in sorted_problems(problems):
        report_problem(problem)
    if errors_among(problems):
        sys.exit(EXIT_ERROR)


def many_inputs(arguments: tuple[str, ...]) -> bool:
    """Whether the arguments may name more than one cable (JSON output is then a list)."""
    return len(arguments) > 1 or any(Path(argument).is_dir() or "*" in argument
                                     for argument in arguments)
