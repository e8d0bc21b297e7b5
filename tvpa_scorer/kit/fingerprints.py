"""A cable's fingerprint: the SHA-256 of its file, so a decision made on it can tell when the
file has changed since."""

from __future__ import annotations

import hashlib
from pathlib import Path


def content_hash(path: str, text: str) -> str:
    """The SHA-256 of the file at `path`; of `text` (UTF-8) when there is no such file, as
    for a cable read from standard input."""
    file = Path(path)
    try:
        data = file.read_bytes() if file.is_file() else text.encode("utf-8")
    except OSError:
        data = text.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
