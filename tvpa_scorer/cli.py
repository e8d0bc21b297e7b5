"""Command line: argv -> calls; exit codes 0 (clean), 1 (problems found), 2 (usage)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from tvpa_scorer import __version__
from tvpa_scorer.cables import TopicVocabulary, load_topics, read_cable, read_document
from tvpa_scorer.cables.export import cable_json, cable_outline, document_json
from tvpa_scorer.json_stream import write_json
from tvpa_scorer.problems import (
    InputError,
    Problem,
    Severity,
    error,
    sorted_problems,
    warning,
)
from tvpa_scorer.progress import with_progress
from tvpa_scorer.resources import bundled_rules
from tvpa_scorer.sources import DEFAULT_MAX_BYTES, expand_inputs, read_source

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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tvpa-scorer")
def main() -> None:
    """Read US embassy Trafficking in Persons cables and assess them against the TVPA.

    \b
    Examples:
      tvpa-scorer parse samples/08MEXICO722.txt
      tvpa-scorer parse --format json samples/ > cables.json
      tvpa-scorer parse --join part1.txt part2.txt
      cat cable.txt | tvpa-scorer parse -
      tvpa-scorer validate rules

    Exit status: 0 when everything was read cleanly, 1 when an input or rule file has
    a problem (each printed as 'path:line:col: error: message'), 2 for a usage error.
    """


@main.command()
@click.argument("cables", nargs=-1, required=True, metavar="CABLE...")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: an outline per cable; json: the parse contract.")
@click.option("--join", is_flag=True,
              help="Read all the cables as one document (parts of one submission, or a "
                   "submission and its supplement): cross-references and repeats are "
                   "resolved across them.")
@click.option("--max-size", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="256MB",
              help="Refuse inputs larger than this.")
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
    failed = False
    documents = _joined(cables, vocabulary, max_size) if join else \
        _one_by_one(cables, vocabulary, max_size)
    writer = _JsonWriter(many=not join and _many(cables)) if output_format == "json" else None
    for item in documents:
        if isinstance(item, Problem):
            failed = failed or item.severity is Severity.ERROR
            click.echo(str(item), err=True)
        elif writer:
            writer.write(document_json(item) if join else cable_json(item.cables[0]))
        else:
            click.echo("\n\n".join(cable_outline(cable) for cable in item.cables) + "\n")
    if writer:
        writer.close()
    sys.exit(EXIT_PROBLEMS if failed else EXIT_CLEAN)


@main.command()
@click.argument("rules_dir", required=False, type=click.Path(path_type=Path), metavar="[RULES]")
def validate(rules_dir: Path | None) -> None:
    """Check rule files and print every problem as 'path:line:col: error: message'.

    RULES is a rules directory; without it, the rules shipped with tvpa-scorer.
    """
    directory = rules_dir or bundled_rules()
    vocabulary, problems = _load_vocabulary(directory)
    for problem in sorted_problems(problems):
        click.echo(str(problem), err=True)
    if vocabulary is None or problems:
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"{directory}: {_count(len(vocabulary.subjects), 'subject')}, "
               f"{_count(len(vocabulary.headings), 'pillar')}, "
               f"{_count(len(vocabulary.taskers), 'tasker layout')}: no problems")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _vocabulary(rules_dir: Path | None) -> TopicVocabulary:
    vocabulary, problems = _load_vocabulary(rules_dir or bundled_rules())
    for problem in sorted_problems(problems):
        click.echo(str(problem), err=True)
    if vocabulary is None:
        sys.exit(EXIT_PROBLEMS)
    return vocabulary


def _load_vocabulary(directory: Path) -> tuple[TopicVocabulary | None, list[Problem]]:
    if not directory.is_dir():
        return None, [error(str(directory), "no such rules directory", "not-found")]
    return load_topics(directory / "topics.yml")


def _many(arguments: tuple[str, ...]) -> bool:
    return len(arguments) > 1 or any(Path(argument).is_dir() or "*" in argument
                                     for argument in arguments)


def _one_by_one(arguments, vocabulary, max_size) -> Iterator:
    """Yield a Document per readable cable and a Problem per unreadable one, streaming."""
    for path in with_progress(list(expand_inputs(arguments)), "Reading cables"):
        if isinstance(path, Problem):
            yield path
            continue
        try:
            cable = _read(path, vocabulary, max_size)
        except InputError as exc:
            yield exc.problem
            continue
        yield from _cable_warnings(cable)
        yield read_document([cable])


def _joined(arguments, vocabulary, max_size) -> Iterator:
    cables = []
    for path in expand_inputs(arguments):
        if isinstance(path, Problem):
            yield path
            continue
        try:
            cables.append(_read(path, vocabulary, max_size))
        except InputError as exc:
            yield exc.problem
    for cable in cables:
        yield from _cable_warnings(cable)
    if cables:
        yield read_document(cables)


def _read(path: str, vocabulary: TopicVocabulary, max_size: int):
    return read_cable(read_source(path, max_size), vocabulary)


def _cable_warnings(cable) -> Iterator[Problem]:
    if cable.encoding not in ("utf-8", "ascii"):
        yield warning(cable.path, f"not valid UTF-8; read as {cable.encoding}", "encoding")
    if cable.truncated:
        yield warning(cable.path, f"looks truncated: {cable.truncation}", "truncated")


class _JsonWriter:
    """Prints one JSON document, or a JSON array of them streamed one at a time."""

    def __init__(self, many: bool) -> None:
        self.many = many
        self.count = 0

    def write(self, value: dict) -> None:
        if self.many:
            sys.stdout.write("[\n" if self.count == 0 else ",\n")
        write_json(value, sys.stdout.write)
        if not self.many:
            sys.stdout.write("\n")
        self.count += 1

    def close(self) -> None:
        if self.many:
            sys.stdout.write("[]\n" if self.count == 0 else "\n]\n")
        sys.stdout.flush()
