"""Command-line inputs -> decoded texts: files, directories, globs and stdin."""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tvpa_scorer.kit.problems import InputError, Problem, error

STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
CABLE_SUFFIXES = (".txt",)
_BINARY_SAMPLE_CHARS = 65536
# Cables are plain teletype text: a few stray control characters come from OCR, but
# more than this share means the file is not text at all.
_MAX_CONTROL_SHARE = 0.02
_MIN_CONTROLS = 16
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),  # decoded as utf-8 so the BOM keeps its offset
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded input: the name to cite it by, its text, and how it was decoded."""

    path: str
    text: str
    encoding: str


def expand_inputs(arguments: Iterable[str]) -> Iterator[str | Problem]:
    """Yield the cable paths that files, directories and globs name; a Problem for each miss."""
    for argument in arguments:
        if argument == STDIN:
            yield STDIN
        elif os.path.isdir(argument):
            found = sorted(_cable_files(argument))
            if not found:
                yield error(argument, "directory holds no cable files (*.txt)", "empty-directory")
            yield from found
        elif not os.path.lexists(argument) and glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield error(argument, "no file matches this pattern", "no-match")
            yield from matches
        else:
            yield argument


def _cable_files(directory: str) -> Iterator[str]:
    for root, _dirs, files in os.walk(directory):
        for name in files:
            if name.lower().endswith(CABLE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode one input, or raise InputError saying why it is not a readable cable."""
    name = STDIN_NAME if path == STDIN else path
    data = _read_stdin(max_bytes) if path == STDIN else _read_file(path, max_bytes)
    if len(data) > max_bytes:
        raise InputError(error(name, f"input is larger than the {_size(max_bytes)} limit; "
                                     "raise it with --max-size", "too-large"))
    if not data.strip():
        raise InputError(error(name, "file is empty" if not data else "file holds only blank space",
                               "empty"))
    text, encoding = decode(data, name)
    if not text.strip(" \t\r\n\f\v\ufeff\xa0"):
        raise InputError(error(name, "file holds only blank space", "empty"))
    return Source(name, text, encoding)


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        if os.path.isdir(path):
            raise InputError(error(path, "is a directory; name the cable files in it, "
                                         "or pass the directory itself to read all its *.txt",
                                   "is-directory"))
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(error(path, f"file is {_size(size)}, over the {_size(max_bytes)} "
                                         "limit; raise it with --max-size", "too-large"))
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(error(path, "no such file", "not-found")) from None
    except PermissionError:
        raise InputError(error(path, "permission denied", "unreadable")) from None
    except OSError as exc:
        raise InputError(error(path, f"cannot read: {exc.strerror or exc}", "unreadable")) from None


def _read_stdin(max_bytes: int) -> bytes:
    return sys.stdin.buffer.read(max_bytes + 1)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode cable bytes: a BOM's encoding, else UTF-8, else cp1252, else latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked_text(data.decode(encoding, errors="replace"), name), encoding
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(error(name, f"binary data, not cable text (NUL byte at offset {nul})",
                               "binary"))
    for encoding in ("utf-8", "cp1252"):
        try:
            return _checked_text(data.decode(encoding), name), encoding
        except UnicodeDecodeError:
            continue
    return _checked_text(data.decode("latin-1"), name), "latin-1"


def _checked_text(text: str, name: str) -> str:
    sample = text[:_BINARY_SAMPLE_CHARS]
    controls = len(_CONTROL_CHARACTERS.findall(sample))
    if controls > max(_MIN_CONTROLS, _MAX_CONTROL_SHARE * len(sample)):
        raise InputError(error(name, f"binary data, not cable text ({controls} control "
                                     f"characters in the first {len(sample)})", "binary"))
    return text


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.0f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} kB"
    return f"{count} bytes"
