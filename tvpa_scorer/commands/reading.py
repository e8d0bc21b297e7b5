"""`tvpa-scorer parse`: what the reader made of the cables."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tvpa_scorer.cables.export import cable_json, cable_outline, document_json
from tvpa_scorer.cables.inputs import read_documents
from tvpa_scorer.commands.common import (
    format_option,
    many_inputs,
    max_size_option,
    report_problem,
    rules_option,
    topic_vocabulary,
)
from tvpa_scorer.commands.options import EXIT_CLEAN, EXIT_ERROR
from tvpa_scorer.kit.json_stream import JsonWriter
from tvpa_scorer.kit.problems import Problem


@click.command()
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
    vocabulary = topic_vocabulary(rules_dir)
    writer = JsonWriter(sys.stdout.write, many=not join and many_inputs(cables)) \
        if output_format == "json" else None
    failed = False
    for item in read_documents(cables, vocabulary, max_size, join):
        if isinstance(item, Problem):
            failed = report_problem(item) or failed
        elif writer:
            writer.add(document_json(item) if join else cable_json(item.cables[0]))
        else:
            click.echo("\n\n".join(cable_outline(cable) for cable in item.cables) + "\n")
    if writer:
        writer.close()
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)
