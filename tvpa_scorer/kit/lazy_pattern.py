"""A compiled regex that travels as its source and compiles again only when first used.

The compiled-rules cache holds some 1,400 patterns. Unpickling an `re.Pattern` compiles it
afresh, which was four fifths of reading the cache back; yet one cable, after the word
prefilter, runs only a part of them. A `LazyPattern` pickles as its source and flags and
compiles on its first match or search.
"""

from __future__ import annotations

import re
from typing import Any

# What the tool calls on its patterns; after the first call each is the compiled pattern's
# own bound method, so a match costs what `re.Pattern.match` does.
_METHODS = ("match", "search", "fullmatch", "finditer")


class LazyPattern:
    """Acts as the `re.Pattern` of `pattern` and `flags`, which a valid pattern must be."""

    def __init__(self, pattern: str, flags: int, compiled: re.Pattern | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        if compiled is not None:
            self._adopt(compiled)

    @classmethod
    def compile(cls, pattern: str, flags: int = 0) -> LazyPattern:
        """Compile now (raising re.error as `re.compile` does) and keep the result."""
        compiled = re.compile(pattern, flags)
        return cls(pattern, compiled.flags, compiled)

    def __reduce__(self) -> tuple[type, tuple[str, int]]:
        return LazyPattern, (self.pattern, self.flags)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and (self.pattern, self.flags) == (
            other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    def _adopt(self, compiled: re.Pattern) -> None:
        # instance attributes shadow the methods below: they are called only before this
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))

    def _compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.flags)
        self._adopt(compiled)
        return compiled

    def match(self, *args: Any, **keywords: Any) -> re.Match | None:
        return self._compiled().match(*args, **keywords)

    def search(self, *args: Any, **keywords: Any) -> re.Match | None:
        return self._compiled().search(*args, **keywords)

    def fullmatch(self, *args: Any, **keywords: Any) -> re.Match | None:
        return self._compiled().fullmatch(*args, **keywords)

    def finditer(self, *args: Any, **keywords: Any) -> Any:
        return self._compiled().finditer(*args, **keywords)
