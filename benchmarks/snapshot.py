"""Everything the reader and the scorer make of a set of cables, as text, to compare a change
that should alter nothing (a speed-up) with the code before it.

    python -m benchmarks.snapshot /tmp/before.txt   # with the code before the change
    python -m benchmarks.snapshot /tmp/after.txt    # with the change
    diff /tmp/before.txt /tmp/after.txt             # nothing, for a change that alters nothing

By default the cables are the samples, the blind set's development cables when they sit
beside the project, and the first 250 of the bench corpus (`make bench` writes it).

Each cable is read and scored alone: every parsed answer (its text, offsets, topic, cross-
references, notes, repeats), then every finding (status, score, variables, evidence,
rejected hits, figures, gaps, reason, sentences no rule read). Sets are written sorted, so
two runs of the same code write the same file.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from benchmarks.corpus import SAMPLES
from benchmarks.run import BLIND_SET_CABLES, DEFAULT_CORPUS, cables_in, load_engine
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.cables import read_document, read_text
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES, read_source

_CORPUS_CABLES = 250
# repr() of a frozenset lists its members in hash order, which differs from run to run
_FROZENSET = re.compile(r"frozenset\(\{([^}]*)\}\)")


def snapshot_lines(paths: list[str]) -> Iterator[str]:
    engine = load_engine()
    for path in paths:
        text = read_source(path, DEFAULT_MAX_BYTES).text
        document = read_document([read_text(text, engine.rule_set.topics, path)])
        assessment = assess(document, engine.matcher)
        yield f"== {path} {assessment.country} {assessment.report_year}"
        for cable in document.cables:
            yield from (_stable(repr(answer)) for answer in cable.answers)
        for finding in assessment.findings:
            yield _stable(repr((finding.criterion.criterion_id, finding.applicable,
                                finding.status, finding.score, finding.variables,
                                finding.evidence, finding.rejected, finding.numbers,
                                finding.gaps, finding.reason, finding.unjudged)))


def _stable(text: str) -> str:
    return _FROZENSET.sub(lambda match: "frozenset({" + ", ".join(
        sorted(member.strip() for member in match[1].split(","))) + "})", text)


def default_paths() -> list[str]:
    """The samples, the blind set's development cables when present, and bench cables."""
    paths = cables_in(SAMPLES)
    if BLIND_SET_CABLES.is_dir():
        paths += cables_in(BLIND_SET_CABLES)
    if DEFAULT_CORPUS.is_dir():
        paths += cables_in(DEFAULT_CORPUS)[:_CORPUS_CABLES]
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("cables", nargs="*", help="cable files (default: see above)")
    args = parser.parse_args(argv)
    paths = args.cables or default_paths()
    with args.output.open("w", encoding="utf-8") as output:
        for line in snapshot_lines(paths):
            output.write(line + "\n")
    print(f"{args.output}: {len(paths)} cables")


if __name__ == "__main__":
    main()
