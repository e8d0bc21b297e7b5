"""Rule files -> the compiled engine (the Matcher and the rule set inside it), read from a
cache on disk when the same rule files were compiled before by the same tvpa-scorer and the
same Python.

Compiling the rules (YAML, inflections, prefilters, backtracking checks, over a thousand
regexes) takes about two seconds; reading the compiled engine back takes 50 ms, as its
patterns travel as source and compile on first use (kit/lazy_pattern.py). The cache key is
a hash of every rule file's name and bytes, of tvpa-scorer's own source and version, and of
the Python version, so a changed rule file is picked up at once. A cache file that cannot
be read back whole, whose header is not this key's, whose payload does not match the hash
written with it, or whose word numbering this process cannot take on, is compiled afresh and
written again: it is never trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import cache
from pathlib import Path

from tvpa_scorer import __version__
from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.kit.output_files import put_in_place, temporary_beside
from tvpa_scorer.kit.prefilter import CHOICES, ChoiceIndex
from tvpa_scorer.kit.problems import Problem, errors_among
from tvpa_scorer.rules.load import load_rules

CACHE_VARIABLE = "TVPA_SCORER_CACHE"
_PACKAGE = Path(__file__).resolve().parent.parent
_MAGIC = b"tvpa-scorer compiled rules\n"
# Every edit of a rule file leaves an engine behind (2 MB or so); the most recently written
# are kept, enough for a few rule directories or branches in use at once.
KEPT_ENGINES = 8


def compiled(directory: Path, use_cache: bool = True) -> tuple[Matcher | None, list[Problem]]:
    """The engine of a rules directory and the problems of its files (warnings only, when
    there is an engine); None and every problem when a file has an error."""
    key = _key(directory) if use_cache else ""
    path = cache_directory() / f"engine-{key}.pickle"
    cached = _read(path, key) if key else None
    if cached is not None:
        return cached
    rule_set, problems = load_rules(directory)
    if rule_set is None or errors_among(problems):
        return None, problems
    matcher = Matcher(rule_set)
    if key:
        _write(path, key, matcher, problems)
    return matcher, problems


def cache_directory() -> Path:
    """TVPA_SCORER_CACHE, else $XDG_CACHE_HOME (or ~/.cache)/tvpa-scorer."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tvpa-scorer"


def _key(directory: Path) -> str:
    if not directory.is_dir():
        return ""  # nothing to compile: load_rules says why
    digest = hashlib.sha256(f"{__version__}\n{sys.version}\n".encode())
    digest.update(_code_digest())
    for path in sorted(directory.rglob("*.yml")):
        digest.update(str(path.relative_to(directory)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


@cache
def _code_digest() -> bytes:
    """The package's own source: an engine pickled by other code (a checkout between two
    releases of one version) would be read back into classes it no longer fits."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.digest()


def _header(key: str) -> bytes:
    return _MAGIC + key.encode() + b"\n"


def _digest(payload: bytes) -> bytes:
    """The payload's own hash, written before it: the patterns compile only on first use, so
    a damaged one must be caught when the file is read, not halfway through a cable."""
    return hashlib.sha256(payload).hexdigest().encode() + b"\n"


def _read(path: Path, key: str) -> tuple[Matcher, list[Problem]] | None:
    try:
        data = path.read_bytes()
        header = _header(key)
        if not data.startswith(header):
            return None
        digest, payload = data[len(header):].split(b"\n", 1)
        if digest + b"\n" != _digest(payload):
            return None
        matcher, problems, choices = pickle.loads(payload)
    except Exception:  # any damage to the file, whatever it raises, means: compile afresh
        return None
    # the patterns hold their words as numbers in the process-wide word index: the engine
    # is usable only if this process can number its words as the saving one did
    if not (isinstance(matcher, Matcher) and isinstance(choices, ChoiceIndex)
            and CHOICES.adopt(choices)):
        return None
    return matcher, problems


def _write(path: Path, key: str, matcher: Matcher, problems: list[Problem]) -> None:
    """Keep the engine for the next run; a cache that cannot be written costs only time."""
    try:
        temporary = temporary_beside(path)
    except OSError:
        return
    try:
        payload = pickle.dumps((matcher, problems, CHOICES), protocol=pickle.HIGHEST_PROTOCOL)
        temporary.write_bytes(_header(key) + _digest(payload) + payload)
        put_in_place(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        return
    _forget_old_engines(path.parent)


def _forget_old_engines(directory: Path) -> None:
    """Delete all but the KEPT_ENGINES most recently written engines."""
    try:
        engines = sorted(directory.glob("engine-*.pickle"), key=lambda path: path.stat().st_mtime,
                         reverse=True)
        for stale in engines[KEPT_ENGINES:]:
            stale.unlink(missing_ok=True)
    except OSError:
        return  # another process may be pruning too; what is left is pruned next time
