"""Throughput and peak memory of each stage, on 1 and on all cores, over a synthetic corpus
and the real cables beside it; then start-up times and one huge cable.

    python -m benchmarks.run                       # as `make bench`
    python -m benchmarks.run --cables 500 --stages floor,score --jobs 2 --repeat 1

A stage is a function (engine, path) -> a small result; the engine (rules from the
compiled-rules cache) is made once per process. Each (corpus, stage, jobs) run is measured
in a fresh process, so its peak memory is its own: the parent's, and the largest worker's.
Nothing here is a test: the figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.corpus import SAMPLES, CorpusSpec, write_corpus
from tvpa_scorer.assessment.assess import assess
from tvpa_scorer.assessment.history import TierHistory, load_history
from tvpa_scorer.cables.inputs import read_documents
from tvpa_scorer.evidence.engine import compiled
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.parallel import available_cores, run_jobs
from tvpa_scorer.kit.problems import Problem
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.kit.sources import DEFAULT_MAX_BYTES
from tvpa_scorer.reports.drafting import draft, report_text
from tvpa_scorer.rules.model import RuleSet

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = _ROOT / "build" / "bench-corpus"
BLIND_SET_CABLES = _ROOT.parent / "shared" / "eval-dev" / "cables"
# The huge cable joins this many corpus cables: 21 MB and 17,000 answers.
_HUGE_PARTS = 960
# A corpus of a few real cables is read round after round until it has this many, so its
# rate is not one cable's start.
_REAL_CORPUS_CABLES = 300
_COMMAND = Path(sys.executable).parent / "tvpa-scorer"
_STARTUP_RUNS = 5
_READ_THE_CACHE = """
import time
from tvpa_scorer.evidence.engine import compiled
from tvpa_scorer.kit.resources import bundled_rules
started = time.perf_counter()
compiled(bundled_rules())
print(time.perf_counter() - started)
"""


@dataclass(frozen=True, slots=True)
class Engine:
    """What every stage needs, made once per process."""

    rule_set: RuleSet
    matcher: Matcher
    history: TierHistory


def load_engine() -> Engine:
    """The shipped rules, from the compiled-rules cache as every command reads them, and the
    built-in tier history."""
    matcher, problems = compiled(bundled_rules())
    if matcher is None:
        raise SystemExit("\n".join(str(problem) for problem in problems))
    return Engine(matcher.rule_set, matcher, load_history())


def floor(engine: Engine, path: str) -> int:
    """Read the file and run the concept automaton alone over its lower-cased text: what
    matching would cost if nothing but the automaton ran. The number of raw matches."""
    with open(path, encoding="utf-8", errors="replace") as file:
        return engine.matcher.concepts.bare_pass(file.read())


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


STAGES: dict[str, Callable[[Engine, str], object]] = {
    "floor": floor, "parse": parse, "score": score, "report": report}


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

    @property
    def rate(self) -> float:
        return self.cables / self.seconds


def cables_in(corpus: Path) -> list[str]:
    return sorted(entry.path for entry in os.scandir(corpus) if entry.name.endswith(".txt"))


def measure(stage: str, jobs: int, paths: list[str]) -> Measurement:
    """Run one stage over the cables; call in a fresh process for a peak memory of its own."""
    size = sum(os.path.getsize(path) for path in paths)
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    errors = sum(outcome.error is not None
                 for outcome in run_jobs(STAGES[stage], paths, load_engine, jobs))
    seconds = time.perf_counter() - started
    return Measurement(stage, jobs, len(paths), size, seconds, _cpu_seconds() - cpu_started,
                       errors, _peak_mb(resource.RUSAGE_SELF), _peak_mb(resource.RUSAGE_CHILDREN))


def _cpu_seconds() -> float:
    """CPU time of this process and of its workers that have ended."""
    return sum(usage.ru_utime + usage.ru_stime for usage in
               map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _measure_apart(stage: str, jobs: int, source: Path, repeat: int, rounds: int = 1
                   ) -> Measurement:
    """The run of median rate among `repeat` runs, each in a fresh process."""
    command = [sys.executable, "-m", "benchmarks.run", "--measure", stage, "--jobs", str(jobs),
               "--corpus", str(source.resolve()), "--rounds", str(rounds)]
    runs = [Measurement(**json.loads(subprocess.run(
        command, check=True, capture_output=True, text=True, cwd=_ROOT).stdout))
        for _ in range(repeat)]
    return sorted(runs, key=lambda run: run.rate)[len(runs) // 2]


def _row(result: Measurement, floor_rate: float | None) -> str:
    times_floor = f"{floor_rate / result.rate:,.1f}" if floor_rate else "-"
    return (f"| {result.stage} | {result.jobs} | {result.rate:,.0f} | "
            f"{result.bytes / 1e6 / result.seconds:.2f} | {result.seconds:.1f} | "
            f"{result.cables / result.cpu_seconds:,.0f} | {times_floor} | "
            f"{result.parent_mb:.0f} / {result.worker_mb:.0f} | {result.errors} |")


def _table(name: str, corpus: Path, stages: list[str], jobs: list[int], repeat: int,
           real: bool = False) -> None:
    """One corpus's table; a few real cables are read round after round, so their rate is
    not one cable's start."""
    count = len(cables_in(corpus))
    rounds = -(-_REAL_CORPUS_CABLES // count) if real else 1
    print(f"\n{name}: {corpus} ({count:,} cables" + (f", read {rounds} times" if rounds > 1
                                                      else "") + ")\n")
    print("| stage | jobs | cables/s | MB/s | seconds | cables per CPU second | times the floor "
          "| peak MB (parent / worker) | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    floor_rates: dict[int, float] = {}
    for stage in stages:
        for jobs_count in jobs:
            result = _measure_apart(stage, jobs_count, corpus, repeat, rounds)
            if stage == "floor":
                floor_rates[jobs_count] = result.rate
            print(_row(result, None if stage == "floor" else floor_rates.get(jobs_count)),
                  flush=True)


def _wall_seconds(command: list[str]) -> float:
    """The median wall time of a whole command, its output discarded."""
    def once() -> float:
        started = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started
    once()  # the first run may fill the compiled-rules cache
    return statistics.median(once() for _ in range(_STARTUP_RUNS))


def _start_up() -> None:
    started = time.perf_counter()
    compiled(bundled_rules(), use_cache=False)
    cold = time.perf_counter() - started
    warm = statistics.median(float(subprocess.run(
        [sys.executable, "-c", _READ_THE_CACHE], check=True, capture_output=True, text=True,
        cwd=_ROOT).stdout) for _ in range(_STARTUP_RUNS))
    sample = SAMPLES / "08MEXICO722.txt"
    print("\n| start-up | seconds |\n|---|---:|")
    print(f"| rules compiled, no cache | {cold:.2f} |")
    print(f"| rules read from the warm cache (the engine's modules imported) | {warm:.3f} |")
    print(f"| `tvpa-scorer --help`, wall | {_wall_seconds([str(_COMMAND), '--help']):.2f} |")
    print(f"| `tvpa-scorer score --no-store samples/{sample.name}`, wall | "
          f"{_wall_seconds([str(_COMMAND), 'score', '--no-store', str(sample)]):.2f} |")


def _huge(corpus: Path) -> None:
    """One cable of many: the corpus's first cables joined, scored on one core."""
    huge = corpus.parent / f"{corpus.name}-huge.txt"
    huge.write_text("".join(Path(path).read_text(encoding="utf-8")
                            for path in cables_in(corpus)[:_HUGE_PARTS]), encoding="utf-8")
    result = _measure_apart("score", 1, huge, 1)
    print(f"\none huge cable, {huge} ({result.bytes / 1e6:.1f} MB): scored in "
          f"{result.seconds:.1f} s, peak {result.parent_mb:.0f} MB")


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
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measurement; the median is shown (default: 3)")
    parser.add_argument("--synthetic-only", action="store_true",
                        help="skip the real cables, the start-up times and the huge cable")
    parser.add_argument("--measure", choices=list(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        paths = [str(args.corpus)] if args.corpus.is_file() else cables_in(args.corpus)
        print(json.dumps(asdict(measure(args.measure, int(args.jobs), paths * args.rounds))))
        return
    count, total = write_corpus(args.corpus, CorpusSpec(args.cables, args.size, args.seed))
    stages = args.stages.split(",")
    jobs = list(dict.fromkeys(int(text) for text in args.jobs.split(",")))
    load_engine()  # fills the compiled-rules cache, so no run below compiles the rules
    print(f"corpus {args.corpus}: {count:,} cables, {total / 1e6:.1f} MB (seed {args.seed}); "
          f"the median of {args.repeat} runs each")
    _table("synthetic", args.corpus, stages, jobs, args.repeat)
    if args.synthetic_only:
        return
    _table("samples", SAMPLES, stages, jobs, args.repeat, real=True)
    if BLIND_SET_CABLES.is_dir():
        _table("development half of the blind set", BLIND_SET_CABLES, stages, jobs, args.repeat,
               real=True)
    _start_up()
    _huge(args.corpus)


if __name__ == "__main__":
    main()
