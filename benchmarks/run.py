"""Throughput and peak memory of each stage over a synthetic corpus, on 1 and on all cores.

    python -m benchmarks.run                       # 10,000 cables of about 20 kB
    python -m benchmarks.run --cables 500 --stages score --jobs 2

A stage is a function (engine, path) -> a small result; the engine (rules loaded and
compiled) is made once per process. Each (stage, jobs) pair is measured in a fresh
process, so its peak memory is its own: the parent's, and the largest worker's.
Nothing here is a test: the figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.corpus import CorpusSpec, write_corpus
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.assessment.history import TierHistory, load_history
from tvpa_scorer.cables.inputs import read_documents
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.parallel import available_cores, run_jobs
from tvpa_scorer.kit.problems import Problem
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES
from tvpa_scorer.reports.drafting import draft, report_text
from tvpa_scorer.rules.load import load_rules
from tvpa_scorer.rules.model import RuleSet

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = _ROOT / "build" / "bench-corpus"


@dataclass(frozen=True, slots=True)
class Engine:
    """What every stage needs, made once per process."""

    rule_set: RuleSet
    matcher: Matcher
    history: TierHistory


def load_engine() -> Engine:
    """Load and compile the shipped rules, and the built-in tier history."""
    rule_set, problems = load_rules(bundled_rules())
    if rule_set is None:
        raise SystemExit("\n".join(str(problem) for problem in problems))
    return Engine(rule_set, Matcher(rule_set), load_history())


def parse(engine: Engine, path: str) -> int:
    """Read a file into a Document as `tvpa-scorer score` does; the number of answers."""
    return len(_document(engine, path).answers)


def score(engine: Engine, path: str) -> int:
    """Parse, then assess every criterion as `tvpa-scorer score` does; the evidence count."""
    assessment = assess(_document(engine, path), engine.matcher)
    return sum(len(finding.evidence) + len(finding.rejected) for finding in assessment.findings)


def _document(engine: Engine, path: str):
    for item in read_documents([path], engine.rule_set.topics, DEFAULT_MAX_BYTES, join=True):
        if not isinstance(item, Problem):
            return item
    raise ValueError(f"{path}: not a readable cable")


def report(engine: Engine, path: str) -> int:
    """Parse, score, decide the tier, review the gaps and render the Markdown, HTML and JSON
    reports, as `tvpa-scorer score -o` does (without writing them); their total length."""
    drafted = draft(_document(engine, path), engine.matcher, engine.history)
    return sum(len(report_text(drafted, name)) for name in ("md", "html", "json"))


STAGES: dict[str, Callable[[Engine, str], object]] = {"parse": parse, "score": score,
                                                      "report": report}


@dataclass(frozen=True, slots=True)
class Measurement:
    stage: str
    jobs: int
    cables: int
    bytes: int
    seconds: float
    cpu_seconds: float  # parent and workers: the wall time other programs cannot inflate
    errors: int
    parent_mb: float
    worker_mb: float


def measure(stage: str, jobs: int, corpus: Path) -> Measurement:
    """Run one stage over the corpus; call in a fresh process for a peak memory of its own."""
    sizes: list[int] = [0, 0]

    def paths() -> Iterator[str]:
        for entry in os.scandir(corpus):
            if entry.name.endswith(".txt"):
                sizes[0] += 1
                sizes[1] += entry.stat().st_size
                yield entry.path

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    errors = sum(outcome.error is not None
                 for outcome in run_jobs(STAGES[stage], paths(), load_engine, jobs))
    seconds = time.perf_counter() - started
    return Measurement(stage, jobs, sizes[0], sizes[1], seconds, _cpu_seconds() - cpu_started,
                       errors, _peak_mb(resource.RUSAGE_SELF), _peak_mb(resource.RUSAGE_CHILDREN))


def _cpu_seconds() -> float:
    """CPU time of this process and of its workers that have ended."""
    return sum(usage.ru_utime + usage.ru_stime for usage in
               map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _measure_apart(stage: str, jobs: int, corpus: Path) -> Measurement:
    command = [sys.executable, "-m", "benchmarks.run", "--measure", stage, "--jobs", str(jobs),
               "--corpus", str(corpus.resolve())]
    output = subprocess.run(command, check=True, capture_output=True, text=True,
                            cwd=_ROOT).stdout
    return Measurement(**json.loads(output))


def _rule_load_seconds() -> float:
    started = time.perf_counter()
    load_engine()
    return time.perf_counter() - started


def _row(result: Measurement) -> str:
    rate = result.cables / result.seconds
    return (f"| {result.stage} | {result.jobs} | {rate:,.0f} | "
            f"{result.bytes / 1e6 / result.seconds:.2f} | {result.seconds:.1f} | "
            f"{result.cables / result.cpu_seconds:,.0f} | "
            f"{result.parent_mb:.0f} / {result.worker_mb:.0f} | {result.errors} |")


def main(argv: list[str] | None = None) -> None:
    """Write (or reuse) the corpus, then measure every stage at every job count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cables", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20_000, help="mean cable size in bytes")
    parser.add_argument("--seed", type=int, default=2008)
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--jobs", default=f"1,{available_cores()}",
                        help="job counts to try, comma-separated (default: 1 and all cores)")
    parser.add_argument("--measure", choices=list(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(asdict(measure(args.measure, int(args.jobs), args.corpus))))
        return
    count, total = write_corpus(args.corpus, CorpusSpec(args.cables, args.size, args.seed))
    print(f"corpus {args.corpus}: {count:,} cables, {total / 1e6:.1f} MB (seed {args.seed}); "
          f"rules loaded and compiled in {_rule_load_seconds():.2f} s")
    print("| stage | jobs | cables/s | MB/s | seconds | cables per CPU second "
          "| peak MB (parent / worker) | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for stage in args.stages.split(","):
        for jobs in dict.fromkeys(int(text) for text in args.jobs.split(",")):
            print(_row(_measure_apart(stage, jobs, args.corpus)), flush=True)


if __name__ == "__main__":
    main()
