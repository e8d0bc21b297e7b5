"""A deterministic synthetic corpus: N cables of about S bytes, recombined from the samples.

Each cable gets a telegram header of its own (date-time group, post, banner, TAGS, SUBJECT,
REF) so it reads as a cable, and a body drawn from the numbered and lettered paragraphs of
the sample cables, renumbered, with page-break lines where a teletype puts them. Country,
post and date vary from cable to cable, so report years differ and every rule meets text
in several years' context. The same seed, count and size always write the same files.

    python -m benchmarks.corpus build/bench-corpus --cables 10000 --size 20000
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MANIFEST = "corpus.json"
# A block starts where a cable starts a numbered paragraph ("27. (SBU)", "¶2.") or a
# lettered answer ("-- A.", "-- 27 A.", "18A.").
_BLOCK_START = re.compile(r"^[ \t]*(?:¶?\d{1,3}\.\s|--\s?(?:\d{1,3}\s?)?[A-Z]\.|\d{1,3}[A-Z]\.)",
                          re.MULTILINE)
_NUMBERED = re.compile(r"^([ \t]*¶?)\d{1,3}\.")
_PAGE_BREAK = re.compile(r"^[ \t]*[A-Z][A-Z ]+ 0{2,}\d+ +\d{3} OF \d{3}[ \t]*$", re.MULTILINE)
# The embassy web-site trailer and the signature close a cable; they are no paragraph.
_TRAILER = re.compile(r"^Visit .*", re.MULTILINE | re.DOTALL)
_SOURCE_COUNTRIES = re.compile(r"\b(?:Mexico|Zimbabwe|Peru|Indonesia|Jordan|Cambodia)\b")
# A primary sample gives a cable its shape; only samples this large can fill one alone.
_MIN_PRIMARY = 8000
_PRIMARY_SHARE = 0.8
_LINES_PER_PAGE = 55
# (country, post as the banner writes it, the country's TAGS code)
_POSTS = (
    ("Mexico", "MEXICO", "MX"), ("Zimbabwe", "HARARE", "ZI"), ("Peru", "LIMA", "PE"),
    ("Indonesia", "JAKARTA", "ID"), ("Jordan", "AMMAN", "JO"), ("Cambodia", "PHNOMPENH", "CB"),
    ("Kenya", "NAIROBI", "KE"), ("Thailand", "BANGKOK", "TH"), ("Ghana", "ACCRA", "GH"),
    ("Nepal", "KATHMANDU", "NP"), ("Bolivia", "LAPAZ", "BL"), ("Romania", "BUCHAREST", "RO"),
    ("Egypt", "CAIRO", "EG"), ("Philippines", "MANILA", "RP"), ("Ukraine", "KYIV", "UP"),
    ("Senegal", "DAKAR", "SG"), ("Guatemala", "GUATEMALA", "GT"), ("Malaysia", "KUALALUMPUR",
                                                                     "MY"),
)
_ORDINALS = ("THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH")
_FIRST_YEAR = 2003  # the third TIP report
_MONTHS = ("FEB", "MAR")


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    """What a corpus directory holds: written to its manifest, so an equal one is reused."""

    cables: int
    size: int
    seed: int


@dataclass(frozen=True, slots=True)
class Block:
    sample: str
    text: str


def load_blocks(samples: Path = SAMPLES) -> list[Block]:
    """The paragraphs and answers of every sample cable, without page breaks or trailers."""
    blocks = []
    for path in sorted(samples.glob("*.txt")):
        text = _TRAILER.sub("", _PAGE_BREAK.sub("", path.read_text(encoding="utf-8")))
        starts = [match.start() for match in _BLOCK_START.finditer(text)]
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            body = text[start:end].strip("\n")
            if body.strip():
                blocks.append(Block(path.stem, body))
    return blocks


def write_corpus(directory: Path, spec: CorpusSpec) -> tuple[int, int]:
    """Write the corpus unless the directory already holds this one; (cables, bytes)."""
    manifest = directory / MANIFEST
    if manifest.is_file():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        if recorded["spec"] == asdict(spec):
            return recorded["cables"], recorded["bytes"]
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.txt"):
        stale.unlink()
    count = total = 0
    for name, text in generate(spec, load_blocks()):
        data = text.encode("utf-8")
        (directory / name).write_bytes(data)
        count, total = count + 1, total + len(data)
    manifest.write_text(json.dumps({"spec": asdict(spec), "cables": count, "bytes": total}),
                        encoding="utf-8")
    return count, total


def generate(spec: CorpusSpec, blocks: list[Block]) -> Iterator[tuple[str, str]]:
    """(file name, cable text) for each cable of the corpus, in order."""
    rng = random.Random(spec.seed)
    by_sample: dict[str, list[Block]] = {}
    for block in blocks:
        by_sample.setdefault(block.sample, []).append(block)
    primaries = sorted(name for name, items in by_sample.items()
                       if sum(len(block.text) for block in items) >= _MIN_PRIMARY)
    for index in range(spec.cables):
        country, post, code = rng.choice(_POSTS)
        year = rng.randrange(_FIRST_YEAR, _FIRST_YEAR + len(_ORDINALS))
        serial = 100 + index
        body = _body(rng, by_sample[rng.choice(primaries)], blocks,
                     int(spec.size * rng.uniform(0.75, 1.25)), country)
        header = _header(rng, country, post, code, year, serial)
        yield f"{year % 100:02d}{post}{serial}.txt", header + _paginate(body, post, serial)


def _body(rng: random.Random, primary: list[Block], pool: list[Block], target: int,
          country: str) -> list[str]:
    """Paragraphs, mostly from one sample and in a new order, until the target size."""
    unused = list(primary)
    rng.shuffle(unused)
    texts, size, number = [], 0, rng.randrange(1, 30)
    while size < target:
        block = unused.pop() if unused and rng.random() < _PRIMARY_SHARE else rng.choice(pool)
        text = _SOURCE_COUNTRIES.sub(country, block.text)
        if _NUMBERED.match(text):
            text = _NUMBERED.sub(lambda match, n=number: f"{match[1]}{n}.", text, count=1)
            number += 1
        texts.append(text)
        size += len(text) + 2
    return texts


def _header(rng: random.Random, country: str, post: str, code: str, year: int,
            serial: int) -> str:
    day, hour, minute = rng.randrange(1, 29), rng.randrange(24), rng.randrange(60)
    month = rng.choice(_MONTHS)
    ordinal = _ORDINALS[year - _FIRST_YEAR]
    return "\n".join([
        f"VZCZCXRO{rng.randrange(10000):04d}",
        "RR RUEHWEB",
        f"DE RUEH{post[:2]} #{serial % 10000:04d}/01 {rng.randrange(32, 90):03d}"
        f"{hour:02d}{minute:02d}",
        "ZNR UUUUU ZZH",
        f"R {day:02d}{hour:02d}{minute:02d}Z {month} {year % 100:02d}",
        f"FM AMEMBASSY {post}",
        f"TO RUEHC/SECSTATE WASHDC {rng.randrange(10000):04d}",
        f"UNCLAS SECTION 01 OF 0{rng.randrange(2, 9)} {post} {serial:06d}",
        "",
        "SIPDIS",
        "",
        "SENSITIVE",
        "",
        "E.O. 12958: N/A",
        f"TAGS: KCRM PHUM KWMN ELAB SMIG ASEC KFRD PREF {code}",
        f"SUBJECT: {ordinal} ANNUAL TRAFFICKING IN PERSONS (TIP) REPORT - {country.upper()}",
        "",
        f"REF: {(year - 1) % 100:02d} STATE {rng.randrange(1000, 300000)}",
        "", "", "",
    ])


def _paginate(paragraphs: list[str], post: str, serial: int) -> str:
    """Join the paragraphs, with a page-break line every page as the teletype printed them."""
    lines = "\n\n\n".join(paragraphs).split("\n")
    pages = (len(lines) - 1) // _LINES_PER_PAGE + 1
    out = []
    for number, start in enumerate(range(0, len(lines), _LINES_PER_PAGE), 1):
        if number > 1:
            out += ["", f"{post} {serial:08d} {number:03d} OF {pages:03d}", "", ""]
        out += lines[start:start + _LINES_PER_PAGE]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Write a corpus: python -m benchmarks.corpus DIR [--cables N] [--size BYTES] [--seed S]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--cables", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20_000, help="mean cable size in bytes")
    parser.add_argument("--seed", type=int, default=2008)
    args = parser.parse_args(argv)
    count, total = write_corpus(args.directory, CorpusSpec(args.cables, args.size, args.seed))
    print(f"{args.directory}: {count} cables, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
