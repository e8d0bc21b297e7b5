"""Command line: argv -> calls; exit codes 0 (clean), 1 (problems found), 2 (usage)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NoReturn

import click

from tvpa_scorer import __version__
from tvpa_scorer.assess import assess
from tvpa_scorer.cables import TopicVocabulary, load_topics
from tvpa_scorer.cables.export import cable_json, cable_outline, document_json
from tvpa_scorer.drafting import EXTENSIONS, Draft, draft, report_name, report_text
from tvpa_scorer.examples import check_examples
from tvpa_scorer.gaps import review_gaps
from tvpa_scorer.gaps_export import gaps_csv, gaps_json
from tvpa_scorer.history import TierHistory, load_history
from tvpa_scorer.json_stream import JsonWriter
from tvpa_scorer.match import Matcher
from tvpa_scorer.output_files import write_atomically
from tvpa_scorer.problems import InputError, Problem, Severity, sorted_problems
from tvpa_scorer.reading import read_documents
from tvpa_scorer.render import TemplateError, render
from tvpa_scorer.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.model import RuleSet
from tvpa_scorer.sources import DEFAULT_MAX_BYTES

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
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
country_option = click.option(
    "--country", help="Country assessed (default: read from the cables' subject).")
year_option = click.option(
    "--year", type=click.IntRange(2001, 2100),
    help="Report year scored (default: the June report the latest cable feeds).")
history_option = click.option(
    "--history", "history_file", type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of past tiers (columns country, report_year, tier) added to the built-in "
         "2001-2015 history; its rows win.")
max_size_option = click.option(
    "--max-size", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="256MB",
    help="Refuse inputs larger than this.")


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
      tvpa-scorer validate rules

    Exit status: 0 when everything was read cleanly, 1 when an input or rule file has
    a problem (each printed as 'path:line:col: error: message'), 2 for a usage error.
    """


@main.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@format_option
@click.option("--join", is_flag=True,
              help="Read all the cables as one document (parts of one submission, or a "
                   "submission and its supplement): cross-references and repeats are "
                   "resolved across them.")
@max_size_option
@rules_option
def parse(cables: tuple[str, ...], output_format: str, join: bool, max_size: int,
          rules_dir: Path | None) -> None:
    """Read cables and print what was read: header, sections and keyed answers.

    CABLE is a file, a directory (every *.txt in it, recursively), a quoted glob, or -
    for standard input. Each answer is printed with its citation (cable, paragraph,
    question key), its pillar and subjects, and flags for cross-references, repeated
    answers and restricted notes. In JSON, 'start' and 'end' are character offsets
    into the original file.

    \b
    Examples:
      tvpa-scorer parse samples/08MEXICO722.txt
      tvpa-scorer parse --format json samples/08MEXICO722.txt | jq '.answers[].citation'
    """
    vocabulary = _vocabulary(rules_dir)
    writer = JsonWriter(sys.stdout.write, many=not join and _many(cables)) \
        if output_format == "json" else None
    failed = False
    for item in read_documents(cables, vocabulary, max_size, join):
        if isinstance(item, Problem):
            failed = _report(item) or failed
        elif writer:
            writer.add(document_json(item) if join else cable_json(item.cables[0]))
        else:
            click.echo("\n\n".join(cable_outline(cable) for cable in item.cables) + "\n")
    if writer:
        writer.close()
    sys.exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@main.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--format", "output_formats", multiple=True,
              type=click.Choice(list(EXTENSIONS)),
              help="text (the default on a terminal), md, html or json; repeat it with -o to "
                   "write several. With -o and no --format: md, html and json.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the report files into this directory (atomically) and print their "
                   "paths, instead of printing the report.")
@country_option
@year_option
@history_option
@max_size_option
@rules_option
def score(cables: tuple[str, ...], output_formats: tuple[str, ...], output_dir: Path | None,
          country: str | None, year: int | None, history_file: Path | None, max_size: int,
          rules_dir: Path | None) -> None:
    """Draft a country assessment: a finding per criterion, a tier, and the report.

    The cables are read together as one assessment (the parts of a submission, its
    supplement, a narrative cable from the same post), each piece of evidence citing its
    own cable. Each finding says its status (met, partial, not_met, not_assessed), its
    score and formula, the evidence that counted, what was found but not counted and why
    (planned, NGO-run, negated, cross-reference...), numbers, and evidence gaps. The tier
    follows the law of the report year (rules/tiers.yml) and the tier history (built in
    for the 2001-2015 reports; --history adds or corrects rows).

    \b
    Examples:
      tvpa-scorer score samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer score -o reports samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer score --format html cable.txt > draft.html
      tvpa-scorer score --format json --year 2008 --history tiers.csv - < cable.txt
    """
    if len(output_formats) > 1 and output_dir is None:
        raise click.UsageError("give one --format when printing; use -o DIR to write several")
    formats = output_formats or (("md", "html", "json") if output_dir else ("text",))
    matcher = Matcher(_rule_set(rules_dir))
    history = _history(history_file)
    failed = False
    for item in read_documents(cables, matcher.rule_set.topics, max_size, join=True):
        if isinstance(item, Problem):
            failed = _report(item) or failed
            continue
        drafted = draft(item, matcher, history, country, year)
        texts = {name: _rendered(drafted, name) for name in formats}
        if output_dir is None:
            click.echo(texts[formats[0]], nl=False)
            continue
        for name, text in texts.items():
            path = output_dir / f"{report_name(drafted)}.{EXTENSIONS[name]}"
            _write(path, text)
            click.echo(str(path))
    sys.exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@main.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--format", "output_format", type=click.Choice(["md", "csv", "json"]),
              default="md", show_default=True,
              help="md for people; csv for a spreadsheet; json for other tools.")
@country_option
@year_option
@max_size_option
@rules_option
def gaps(cables: tuple[str, ...], output_format: str, country: str | None, year: int | None,
         max_size: int, rules_dir: Path | None) -> None:
    """Review what the cables do not establish, and list what to ask the embassy.

    For each criterion not met: questions answered only by a cross-reference (with the
    question's text), evidence that is only planned, hedged or another actor's, the
    enforcement figures whose absence triggers the data presumption, aspects nothing
    supports, and criteria the cables never reach (for instance because an excerpt stops
    early). It ends in a checklist of follow-up questions, each tied to its criterion and
    statute paragraph.

    \b
    Examples:
      tvpa-scorer gaps samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt
      tvpa-scorer gaps --format csv samples/05HARARE339.txt > zimbabwe-gaps.csv
    """
    matcher = Matcher(_rule_set(rules_dir))
    failed = False
    for item in read_documents(cables, matcher.rule_set.topics, max_size, join=True):
        if isinstance(item, Problem):
            failed = _report(item) or failed
            continue
        assessment = assess(item, matcher.rule_set, matcher, country, year)
        review = review_gaps(assessment, item)
        if output_format == "json":
            JsonWriter(sys.stdout.write, many=False).add(gaps_json(review, assessment))
        elif output_format == "csv":
            click.echo(gaps_csv(review), nl=False)
        else:
            click.echo(_template_text("gap-review.md.j2", review=review,
                                      assessment=assessment), nl=False)
    sys.exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@main.command()
@click.argument("rules_dir", required=False, type=click.Path(path_type=Path), metavar="[RULES]")
def validate(rules_dir: Path | None) -> None:
    """Check rule files as a compiler would; print every problem as 'path:line:col: error: ...'.

    Checks: the schema of every file (unknown keys, with a did-you-mean), ids defined
    once, criteria naming rules that exist, rules used by some criterion, topics and
    number kinds that exist, patterns that compile and cannot backtrack catastrophically,
    and every rule's own examples (a 'match' that does not fire or a 'no_match' that does
    is an error). RULES is a rules directory; without it, the rules shipped with tvpa-scorer.
    """
    directory = rules_dir or bundled_rules()
    rule_set, problems = load_rules(directory)
    if rule_set is not None:
        problems = check_examples(rule_set, Matcher(rule_set))
    for problem in sorted_problems(problems):
        click.echo(str(problem), err=True)
    if rule_set is None or problems:
        click.echo(f"{directory}: {len(problems)} problem{'s' if len(problems) != 1 else ''}",
                   err=True)
        sys.exit(EXIT_PROBLEMS)
    examples = sum(len(rule.examples.match) + len(rule.examples.no_match)
                   for rule in rule_set.rules.values())
    click.echo(f"{directory}: {len(rule_set.criteria)} criteria, {len(rule_set.rules)} evidence "
               f"rules, {examples} examples: no problems")


def _report(problem: Problem) -> bool:
    """Print a problem; True when it is an error."""
    click.echo(str(problem), err=True)
    return problem.severity is Severity.ERROR


def _history(history_file: Path | None) -> TierHistory:
    try:
        return load_history(history_file)
    except InputError as exc:
        _fail(str(exc.problem))


def _rendered(drafted: Draft, output_format: str) -> str:
    try:
        return report_text(drafted, output_format)
    except TemplateError as exc:
        _fail(str(exc))


def _template_text(template: str, **context) -> str:
    try:
        return render(template, **context)
    except TemplateError as exc:
        _fail(str(exc))


def _write(path: Path, text: str) -> None:
    try:
        write_atomically(path, text)
    except OSError as exc:
        _fail(f"{path}: error: cannot write: {exc.strerror or exc}")


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(EXIT_PROBLEMS)


def _vocabulary(rules_dir: Path | None) -> TopicVocabulary:
    directory = rules_dir or bundled_rules()
    vocabulary, problems = load_topics(directory / "topics.yml")
    _exit_on(problems)
    return vocabulary


def _rule_set(rules_dir: Path | None) -> RuleSet:
    rule_set, problems = load_rules(rules_dir or bundled_rules())
    _exit_on(problems)
    return rule_set


def _exit_on(problems: list[Problem]) -> None:
    for problem in sorted_problems(problems):
        click.echo(str(problem), err=True)
    if problems:
        sys.exit(EXIT_PROBLEMS)


def _many(arguments: tuple[str, ...]) -> bool:
    return len(arguments) > 1 or any(Path(argument).is_dir() or "*" in argument
                                     for argument in arguments)
