"""Where a Markdown report's citations link: the cited line of the cable file.

A reader of the .md most likely has the cables: they were the input, and the example in
reports/ sits beside samples/. The HTML report, whose anchors would land on the highlighted
quote, is not always there (`score -o DIR --format md` writes only the Markdown), and GitHub
shows an .html file as source, where no anchor lands; a cable file's `#L<line>` opens at the
cited line on GitHub and is still the right file in an editor. So a citation links to its
cable, relative to the directory the report is written into (the working directory when it is
printed), and stays plain text for a cable read from standard input.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote

from tvpa_scorer.cables.model import Document
from tvpa_scorer.kit.sources import STDIN, STDIN_NAME


@dataclass(frozen=True, slots=True)
class SourceLinks:
    paths: Mapping[str, str]  # cable id -> the path it was read from, as given
    directory: Path  # where the report is read from

    def target(self, cable: str, line: int) -> str | None:
        """The link to a cable's line, percent-encoded so brackets, parentheses and spaces
        cannot end a Markdown link early; None when the cable has no file."""
        path = self.paths.get(cable)
        if path is None or path in (STDIN, STDIN_NAME):
            return None
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(self.directory))
        return f"{quote(PurePath(relative).as_posix())}#L{line}"


def source_links(document: Document, directory: Path | None) -> SourceLinks:
    """Links from a report written into `directory` (None: printed) to the document's cables."""
    return SourceLinks({cable.cable_id: cable.path for cable in document.cables},
                       directory if directory is not None else Path.cwd())
