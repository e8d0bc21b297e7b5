"""Body lines -> paragraph blocks of cleaned text, with page breaks, banners and trailer gone.

Cables are hard-wrapped teletype text. Mirrors add blank lines inside sentences, cut
sentences with page headers (`MEXICO 00000722 002 OF 008`), repeat the section banner,
and sometimes flatten a whole cable onto one line. This module undoes that, keeping an
offset map so every cleaned character still points at the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tvpa_scorer.cables.header import header_line_kind
from tvpa_scorer.cables.lines import (
    Line,
    Lines,
    ends_sentence,
    is_banner,
    is_capitals,
    is_list_item,
    is_page_break,
    is_rule,
    is_signature,
    squeeze,
)
from tvpa_scorer.cables.offsets import CleanTextBuilder, OffsetMap
from tvpa_scorer.cables.units import INLINE_PARAGRAPH, match_unit_start, starts_unit

_PAGE_NUMBER = re.compile(r"(\d{1,3})\s+OF\s+(\d{1,3})\s*$")
_TRAILER = re.compile(r"classified web ?site|\bsiprnet\b|intelink\.|\.sgov\.gov", re.IGNORECASE)
_END_MARKERS = frozenset({"NNNN", "BT", "END TEXT", "END OF MESSAGE"})
# Runs of white space other than one plain space, and the teletype's comma for an
# apostrophe ("Zimbabwe,s"), both normalised in the cleaned text.
_NORMALISE = re.compile(r"(?P<space>\s{2,}|[^\S ])|(?P<apostrophe>(?<=[A-Za-z]),(?=s\b))")
_HEADING_MAX = 90
_FLATTENED_LINE = 300


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the body, as a span of the cleaned text."""

    clean_start: int
    clean_end: int
    line: int
    ruled: bool
    single_line: bool


@dataclass(frozen=True, slots=True)
class Layout:
    clean: str
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    page_breaks: int
    truncation: str | None


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of one original line; `hard` when it must start a new block."""

    start: int
    end: int
    line: int
    hard: bool = False


def lay_out(text: str, body: Lines, section_total: int | None) -> Layout:
    """Clean the body lines into blocks; say whether the body looks truncated."""
    body_end, signed = _trailer_start(body)
    builder = CleanTextBuilder(text)
    blocks: list[Block] = []
    pages: list[tuple[int, int]] = []
    current: list[_Piece] = []
    joins: list[str] = []
    gap = False
    for line in _without_repeated_banners(body[:body_end]):
        if line.is_blank:
            gap = gap or bool(current)
        elif is_page_break(line.text):
            pages.append(_page_number(line.text))
            gap = gap or bool(current)
        elif is_rule(line.text):
            if current:
                blocks.append(_emit(builder, text, current, joins, ruled=not gap))
                current, joins = [], []
            gap = False
        else:
            for piece in _pieces(text, line):
                join = _join(text, current[-1], piece, gap) if current else None
                if current and join is None:
                    blocks.append(_emit(builder, text, current, joins, ruled=False))
                    current, joins = [], []
                if current:
                    joins.append(join)
                current.append(piece)
                gap = False
    if current:
        blocks.append(_emit(builder, text, current, joins, ruled=False))
    clean, offsets = builder.build()
    last_text = clean[blocks[-1].clean_start:blocks[-1].clean_end] if blocks else ""
    truncation = None if signed else _truncation(last_text, pages, section_total)
    return Layout(clean, offsets, tuple(blocks), len(pages), truncation)


def _without_repeated_banners(lines: Lines):
    """Drop a section banner repeated in the body, with the header lines that follow it."""
    skipping = None  # None, or the header field being skipped ("BANNER", "SUBJECT", "REF")
    for line in lines:
        if is_banner(line.text):
            skipping = "BANNER"
            continue
        if skipping and line.is_blank:
            skipping = "REF" if skipping == "REF" else "BANNER"
        elif skipping:
            text = squeeze(line.text)
            kind = None if starts_unit(text) else header_line_kind(text, skipping,
                                                                    seen_field=False)
            if kind is not None:
                skipping = kind if kind in ("SUBJECT", "REF", "TAGS") else skipping
                continue
            skipping = None
        yield line


def _pieces(text: str, line: Line) -> list[_Piece]:
    """One piece per line, or several where a flattened line holds numbered paragraphs."""
    if line.end - line.start < _FLATTENED_LINE:
        return [_Piece(line.start, line.end, line.number)]
    starts = [line.start]
    expected = _leading_number(line.text)
    for match in INLINE_PARAGRAPH.finditer(line.text):
        number = int(match["para"])
        if expected is not None and number == expected + 1:
            starts.append(line.start + match.end())
            expected = number
    ends = [*starts[1:], line.end]
    return [_Piece(start, end, line.number, hard=index > 0)
            for index, (start, end) in enumerate(zip(starts, ends, strict=True))]


def _leading_number(text: str) -> int | None:
    start = match_unit_start(text.strip())
    return start.paragraph if start else None


def _join(text: str, previous: _Piece, piece: _Piece, gap: bool) -> str | None:
    """How `piece` continues the block: " " (wrapped line), "\\n" (list line), None (new block)."""
    before = text[previous.start:previous.end].strip()
    after = text[piece.start:piece.end].strip()
    if piece.hard or match_unit_start(after):
        return None
    heading_before = is_capitals(before) and len(before) <= _HEADING_MAX
    if heading_before and not is_capitals(after):
        return None
    if gap:
        return " " if _is_false_break(before, after, heading_before) else None
    return "\n" if is_list_item(after) else " "


def _is_false_break(before: str, after: str, heading_before: bool) -> bool:
    """A blank line or page break inside a sentence, as mirrors and page headers leave them."""
    if heading_before or is_list_item(after) or ends_sentence(before):
        return False
    if is_capitals(after) and len(after) <= _HEADING_MAX:
        return False
    return not (before.endswith(")") and after[:1].isupper())


def _emit(builder: CleanTextBuilder, text: str, pieces: list[_Piece], joins: list[str],
          ruled: bool) -> Block:
    if builder.length:
        # the paragraph break stands for the line break that ended the previous block
        builder.insert("\n\n", builder.original_end())
    clean_start = builder.length
    for index, piece in enumerate(pieces):
        if index:
            builder.insert(joins[index - 1], pieces[index - 1].end)
        _copy_normalised(builder, text, piece)
    return Block(clean_start, builder.length, pieces[0].line, ruled,
                 single_line=len({piece.line for piece in pieces}) == 1)


def _copy_normalised(builder: CleanTextBuilder, text: str, piece: _Piece) -> None:
    line = text[piece.start:piece.end]
    start = piece.start + len(line) - len(line.lstrip())
    end = max(start, piece.start + len(line.rstrip()))
    if line.isascii() and line.isprintable() and "  " not in line and ",s" not in line:
        builder.copy(start, end)  # most lines: nothing to normalise, no need to search
        return
    position = start
    for match in _NORMALISE.finditer(text, start, end):
        builder.copy(position, match.start())
        builder.insert(" " if match["space"] else "'", match.start())
        position = match.end()
    builder.copy(position, end)


def _trailer_start(body: Lines) -> tuple[int, bool]:
    """Index where the trailer (signature, web-site boilerplate) begins; whether it was signed."""
    end, signed = len(body), False
    while True:
        while end and body[end - 1].is_blank:
            end -= 1
        if not end:
            return end, signed
        last = body[end - 1].text.strip()
        if last in _END_MARKERS or (is_signature(last) and _closes(body, end - 1)):
            end, signed = end - 1, signed or last not in _END_MARKERS
            continue
        start = end
        while start and not body[start - 1].is_blank:
            start -= 1
        paragraph = " ".join(line.text for line in body[start:end])
        if _TRAILER.search(paragraph) and len(paragraph) < 600:
            end = start
            continue
        return end, signed


def _closes(body: Lines, index: int) -> bool:
    """A signature follows a finished sentence or the boilerplate, never a cut-off line."""
    previous = next((line.text.strip() for line in reversed(body[:index]) if not line.is_blank),
                    "")
    return not previous or ends_sentence(previous) or previous.endswith("/") or "http" in previous


def _page_number(text: str) -> tuple[int, int]:
    match = _PAGE_NUMBER.search(text)
    return (int(match[1]), int(match[2])) if match else (0, 0)


def _truncation(last_text: str, pages: list[tuple[int, int]],
                section_total: int | None) -> str | None:
    """Why the body looks cut short, or None when it seems whole."""
    if not last_text.strip():
        return "the cable has no body"
    if pages and max(page for page, _ in pages) < max(total for _, total in pages):
        seen = max(page for page, _ in pages)
        return f"only {seen} of {max(total for _, total in pages)} pages are present"
    if not ends_sentence(last_text):
        tail = squeeze(last_text)[-40:]
        return f"the text stops mid-sentence: '...{tail}'"
    if section_total and section_total > 1 and not pages:
        return f"the banner announces {section_total} sections but no later section is present"
    return None
