"""Cable header -> metadata: id, date, classification, post, subject, tags, references.

Cables reach users through several mirrors, each with its own preamble (Cablegate's
field table, the cable viewer's stacked fields, plusd's title/date/id lines, news sites),
followed by the telegram header itself (routing, date-time group, FM, banner, TAGS,
SUBJECT, REF). The reader takes what it can from both and finds where the body begins.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from tvpa_scorer.cables.dates import DATE_TIME_GROUP, parse_date, parse_date_time_group
from tvpa_scorer.cables.lines import (
    BANNER,
    Lines,
    is_capitals,
    is_rule,
    squeeze,
)
from tvpa_scorer.cables.model import Count, Header
from tvpa_scorer.cables.references import REFERENCE_ITEM, parse_references
from tvpa_scorer.cables.units import starts_unit

_CABLE_ID = re.compile(r"^(?P<year>\d{2})(?P<post>[A-Z][A-Z]+)(?P<number>\d{1,6})(?:_[a-z])?$")
_CLASSIFICATION = re.compile(
    r"^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s*(?://|,)\s*[A-Z ]+)*$")
_ORIGIN = re.compile(r"^(?:Embassy|Consulate|Mission|US Mission|USUN|Secretary of State"
                     r"|American Institute|US Office|USEU|US Interests Section)\b[\w .,'-]*$")
_PREAMBLE_LABELS = re.compile(r"^(?:Identifier|Created|Classification|Origin|Content|"
                              r"INDEPENDENT NEWS|pdf how-to read a cable|"
                              r"This record is a partial extract.*)$")
_LABELLED = re.compile(r"^(?P<label>Cable title|Tags|Cablegate|Title|Subject):\s*(?P<value>.*)$")
# Routing and handling lines are upper case: "To date, ..." in a pasted paragraph is prose.
_TELEGRAM_FIELD = re.compile(
    r"^(?:VZCZC\w*|[ZOPR]{2} RUE\w+.*|DE RUE\w+.*|ZNR .*|ZNY .*|FM [A-Z].+|TO [A-Z].+|"
    r"INFO [A-Z].+|SIPDIS|SENSITIVE|NOFORN|SENSITIVE SIPDIS|E\.? ?O\.? ?1[23]\d{3}:.*|"
    r"CLASSIFIED BY:?.*|REASON:?.*|DECL:?.*|BT|NNNN)$")
_FM = re.compile(r"^FM (?P<sender>.+?)(?: \d+)?$")
_POSTS = (
    (re.compile(r"^AMEMBASSY (.+)$"), "Embassy {}"),
    (re.compile(r"^AMCONSUL(?:ATE)? (.+)$"), "Consulate {}"),
    (re.compile(r"^USMISSION (.+)$"), "Mission {}"),
    (re.compile(r"^SECSTATE\b.*$"), "Secretary of State"),
    (re.compile(r"^AIT (.+)$"), "American Institute in Taiwan, {}"),
)
_FIELD = re.compile(r"^(?P<name>TAGS|SUBJECT|SUBJ|REF|REFS|REFTEL)\s*:\s*(?P<value>.*)$")
_PART = re.compile(r"\bPART\s+(?P<number>\d+|[A-Z]+)(?:\s+OF\s+(?P<total>\d+|[A-Z]+))?\b", re.I)
_NUMBER_WORDS = {word: number for number, word in enumerate(
    ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"], 1)}
_REF_TOKEN = re.compile(r"^(?:[A-Z!1I0]{1,2}[.)]?|\d{2,6}|[A-Z][A-Za-z]+|\([A-Z]\))$")
# Preamble fields sit in the first lines; a title may stand just before them unlabelled.
_PREAMBLE_WINDOW = 14
_PREAMBLE_LINES = 80


@dataclass
class _HeaderFields:
    """Fields gathered while scanning; frozen into a Header at the end."""

    explicit_id: str | None = None
    dtg: datetime.date | None = None
    preamble_date: datetime.date | None = None
    classification: str | None = None
    banner_classification: str | None = None
    origin: str | None = None
    sender: str | None = None
    title: str | None = None
    subject_lines: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    preamble_tags: list[str] = field(default_factory=list)
    ref_text: list[str] = field(default_factory=list)
    banner: re.Match | None = None


def read_header(lines: Lines, path: str) -> tuple[Header, int]:
    """Read the header; return it with the index of the first body line."""
    fields = _HeaderFields()
    body_start = _scan_preamble(lines, fields)
    body_start = _scan_telegram(lines, body_start, fields)
    return _build_header(fields, path), body_start


def _scan_preamble(lines: Lines, fields: _HeaderFields) -> int:
    """Mirror preambles: return the index after the last preamble line, or 0 if none."""
    window = [(index, squeeze(line.text)) for index, line in enumerate(lines[:_PREAMBLE_LINES])
              if not line.is_blank][:_PREAMBLE_WINDOW]
    last = -1
    if [text for _, text in window[:4]] == ["Identifier", "Created", "Classification", "Origin"]:
        values = [text for _, text in window[4:8]] + [""] * 4
        fields.explicit_id, created, fields.classification, fields.origin = values[:4]
        fields.preamble_date = parse_date(created)
        last = window[min(7, len(window) - 1)][0]
        window = window[8:]
    pending_title: str | None = None
    title_follows = False
    for index, text in window:
        if title_follows:
            fields.title, title_follows = fields.title or text, False
        elif _read_preamble_line(text, fields):
            title_follows = text.endswith(":") and fields.title is None
            fields.title = fields.title or pending_title
        elif index - last <= 2 and pending_title is None and not _telegram_like(text):
            # plusd and the cable viewer put the title, unlabelled, next to the id and date
            pending_title = text
            continue
        else:
            break
        last, pending_title = index, None
    return last + 1


def _read_preamble_line(text: str, fields: _HeaderFields) -> bool:
    labelled = _LABELLED.match(text)
    if _CABLE_ID.match(text):
        fields.explicit_id = fields.explicit_id or text.split("_")[0]
    elif parse_date(text):
        fields.preamble_date = fields.preamble_date or parse_date(text)
    elif _CLASSIFICATION.match(text):
        fields.classification = fields.classification or text.replace(",", "//")
    elif _ORIGIN.match(text) and len(text) < 60:
        fields.origin = fields.origin or text
    elif labelled:
        _read_labelled(labelled["label"], labelled["value"].strip(), fields)
    elif _PREAMBLE_LABELS.match(text):
        fields.banner = fields.banner or BANNER.search(text)
    else:
        return False
    return True


def _read_labelled(label: str, value: str, fields: _HeaderFields) -> None:
    if label == "Tags":
        fields.preamble_tags = value.replace(",", " ").split()
    elif value:
        fields.title = fields.title or value


def _telegram_like(text: str) -> bool:
    return bool(_TELEGRAM_FIELD.match(text) or BANNER.fullmatch(text)
                or DATE_TIME_GROUP.match(text))


def _scan_telegram(lines: Lines, start: int, fields: _HeaderFields) -> int:
    """The telegram header: return the index of the first body line."""
    last_header = start - 1
    current = None  # the multi-line field being read: "SUBJECT", "REF", "TAGS"
    seen_field = start > 0
    for index in range(start, len(lines)):
        line = lines[index]
        text = squeeze(line.text)
        if not text:
            current = "REF" if current == "REF" else None
            continue
        if starts_unit(text) or is_rule(text):
            break
        kind = header_line_kind(text, current, seen_field)
        if kind is None:
            break
        _record(kind, text, fields)
        current = kind if kind in ("SUBJECT", "REF", "TAGS") else current
        seen_field = True
        last_header = index
    return last_header + 1


def header_line_kind(text: str, current: str | None, seen_field: bool) -> str | None:
    match = _FIELD.match(text)
    if match:
        name = match["name"]
        return {"SUBJ": "SUBJECT", "REFS": "REF", "REFTEL": "REF"}.get(name, name)
    if BANNER.fullmatch(text):
        return "BANNER"
    if DATE_TIME_GROUP.match(text):
        return "DTG"
    if _TELEGRAM_FIELD.match(text):
        return "FM" if text.startswith("FM ") else "FIELD"
    if current == "SUBJECT":
        return "SUBJECT+"
    if current == "REF" and (REFERENCE_ITEM.search(text) or _REF_TOKEN.match(text)):
        return "REF+"
    if current == "TAGS" and re.fullmatch(r"[A-Z]{2,6}(?:[ ,]+[A-Z]{2,6})*", text):
        return "TAGS+"
    if seen_field and is_capitals(text):
        # routing, distribution and handling lines: "NSC FOR ...", "PROTECT ACCORDINGLY"
        return "FIELD"
    return None


def _record(kind: str, text: str, fields: _HeaderFields) -> None:
    value = _FIELD.match(text)["value"] if _FIELD.match(text) else text
    if kind == "BANNER":
        fields.banner = BANNER.fullmatch(text)
        fields.banner_classification = fields.banner["classification"]
    elif kind == "DTG":
        fields.dtg = fields.dtg or parse_date_time_group(text)
    elif kind == "FM":
        fields.sender = _FM.match(text)["sender"]
    elif kind in ("SUBJECT", "SUBJECT+"):
        if kind == "SUBJECT":
            fields.subject_lines = []
        fields.subject_lines.append(value)
    elif kind in ("TAGS", "TAGS+"):
        fields.tags = (fields.tags if kind == "TAGS+" else []) + value.replace(",", " ").split()
    elif kind in ("REF", "REF+"):
        fields.ref_text.append(value)


def _build_header(fields: _HeaderFields, path: str) -> Header:
    date = fields.dtg or fields.preamble_date
    cable_id, id_source = _cable_id(fields, date, path)
    subject = " ".join(fields.subject_lines) or fields.title
    return Header(
        cable_id=cable_id,
        id_source=id_source,
        date=date,
        classification=fields.classification or _expand_classification(
            fields.banner_classification or (fields.banner and fields.banner["classification"])),
        post=(fields.origin or _post_name(fields.sender) or _banner_post(fields.banner)
              or _id_post(fields.explicit_id)),
        subject=subject,
        tags=tuple(dict.fromkeys(fields.tags or fields.preamble_tags)),
        refs=parse_references(" ".join(fields.ref_text), date),
        section_of=_section_of(fields.banner),
        part_of=_part_of(subject),
    )


def _cable_id(fields: _HeaderFields, date: datetime.date | None, path: str) -> tuple[str, str]:
    if fields.explicit_id:
        return fields.explicit_id, "header"
    if fields.banner and date:
        post = fields.banner["post"].replace(" ", "")
        return f"{date.year % 100:02d}{post}{int(fields.banner['number'])}", "banner"
    stem = PurePath(path).stem if path not in ("-", "<stdin>") else "stdin"
    return stem, "file name"


def _expand_classification(word: str | None) -> str | None:
    if word is None:
        return None
    word = word.replace(" ", "") if " " in word and len(word.split()) > 4 else word
    return {"UNCLAS": "UNCLASSIFIED"}.get(word, word)


def _post_name(sender: str | None) -> str | None:
    if not sender:
        return None
    for pattern, template in _POSTS:
        match = pattern.match(sender)
        if match:
            place = match.group(1).title() if match.groups() else ""
            return template.format(place)
    return sender.title()


def _banner_post(banner: re.Match | None) -> str | None:
    if banner is None:
        return None
    post = banner["post"]
    return "Secretary of State" if post == "STATE" else post.title()


def _id_post(cable_id: str | None) -> str | None:
    match = _CABLE_ID.match(cable_id or "")
    if not match:
        return None
    return "Secretary of State" if match["post"] == "STATE" else match["post"].title()


def _section_of(banner: re.Match | None) -> Count | None:
    if banner is None or banner["section"] is None:
        return None
    return Count(int(banner["section"]), int(banner["sections"]))


def _part_of(subject: str | None) -> Count | None:
    match = _PART.search(subject or "")
    if not match:
        return None
    number = _count_word(match["number"])
    return Count(number, _count_word(match["total"])) if number else None


def _count_word(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.upper())
