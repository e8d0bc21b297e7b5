"""Files written whole or not at all: a failed run never leaves half a report behind.

Every output (a report, a table written chunk by chunk) is written to a temporary file
beside its path, then renamed into place with the mode any new file of the user's gets.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it into place."""
    temporary = temporary_beside(path)
    try:
        with temporary.open("w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        put_in_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def temporary_beside(path: Path) -> Path:
    """A new empty file in `path`'s folder (made if missing), to be put in place when done."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    return Path(name)


def put_in_place(temporary: Path, path: Path) -> None:
    """Rename a finished temporary file onto `path`."""
    os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an output is not
    os.replace(temporary, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
