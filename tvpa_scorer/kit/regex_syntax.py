"""A Python regex -> the tree of its parts, for reading what every match of it needs.

"(plan|strategy) of action" is read as a group holding an alternation of two runs of
literals, then ten more literals. The parser knows the syntax rule patterns use:
literals and escapes, classes, '.', anchors, groups (capturing, named, non-capturing,
with inline flags), lookarounds, alternation, greedy and lazy repeats and backreferences.
Anything else (verbose mode, atomic groups, possessive repeats, conditionals, comments,
escapes a later Python adds) raises `re.error`: a tree read wrongly could claim that a
match needs a word it does not.

The tree (kit/regex_tree.py) has the shape re's own parser gives it, which the parser
below keeps.
"""

from __future__ import annotations

import re
import unicodedata

from tvpa_scorer.kit.regex_tree import (
    UNBOUNDED,
    Alternation,
    Anchor,
    AnyCharacter,
    Backreference,
    Category,
    Class,
    Group,
    Literal,
    Lookaround,
    Node,
    Range,
    Repeat,
    Sequence,
)

_DIGITS = "0123456789"
_OCTAL_DIGITS = "01234567"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_HEX_LENGTHS = {"x": 2, "u": 4, "U": 8}
_CONTROLS = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_FLAG_LETTERS = "aiLmsux"
_QUANTIFIERS = "*+?{"
_SEQUENCE_ENDS = ("", "|", ")")
_PLAIN_RUN = re.compile(r"[^\\\[().^$|*+?{]+")
# The items moved out in front of alternatives that all start with them: re's parser moves
# only these, its other items comparing by identity.
_SINGLE_ITEMS = (Literal, Class, AnyCharacter, Anchor, Backreference)


def parse(expression: str, flags: int = 0) -> Sequence:
    """The tree of a regex; re.error for a pattern re refuses or for syntax not known here."""
    # re's own check first: what gets past it is valid, so the parser below need not
    # repeat re's checks (open groups, lookbehind widths, unknown group names). A str
    # pattern is Unicode whatever the flags say, and without that flag the pattern its
    # caller has just compiled is found in re's cache rather than compiled again.
    re.compile(expression, flags & ~re.UNICODE)
    if flags & re.VERBOSE:
        raise re.error("verbose patterns are not supported", expression)
    reader = _Reader(expression)
    tree = _alternatives(reader)
    if reader.position < len(expression):
        raise reader.error("unbalanced parenthesis")
    return tree


class _Reader:
    """The pattern text and how far it has been read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.groups = 0
        self.numbers: dict[str, int] = {}

    def peek(self) -> str:
        """The next character, or '' at the end."""
        return self.text[self.position:self.position + 1]

    def next_in(self, characters: str) -> bool:
        return self.peek() != "" and self.peek() in characters

    def take(self) -> str:
        character = self.peek()
        if not character:
            raise self.error("unexpected end of pattern")
        self.position += 1
        return character

    def take_if(self, character: str) -> bool:
        if self.peek() != character:
            return False
        self.position += 1
        return True

    def take_while(self, characters: str, most: int = UNBOUNDED) -> str:
        start = self.position
        while self.position - start < most and self.next_in(characters):
            self.position += 1
        return self.text[start:self.position]

    def take_until(self, terminator: str) -> str:
        end = self.text.find(terminator, self.position)
        if end < 0:
            raise self.error(f"missing {terminator}")
        taken, self.position = self.text[self.position:end], end + 1
        return taken

    def error(self, message: str) -> re.error:
        return re.error(message, self.text, self.position)

    def unsupported(self, what: str) -> re.error:
        return self.error(f"{what} are not supported")


def _alternatives(reader: _Reader) -> Sequence:
    branches = [_sequence(reader)]
    while reader.take_if("|"):
        branches.append(_sequence(reader))
    if len(branches) == 1:
        return tuple(branches[0])
    prefix = _common_start(branches)
    rest = [branch[len(prefix):] for branch in branches]
    return (*prefix, _alternation_or_class(rest))


def _common_start(branches: list[list[Node]]) -> list[Node]:
    """The items every branch starts with: "(does not|did not)" has "d" in common."""
    common = []
    for first, *others in zip(*branches, strict=False):
        if not isinstance(first, _SINGLE_ITEMS) or any(other != first for other in others):
            break
        common.append(first)
    return common


def _alternation_or_class(branches: list[list[Node]]) -> Node:
    """Branches of one character each, as "(s|z)", are the class [sz]."""
    members = [_class_members(branch) for branch in branches]
    if None not in members:
        return Class(tuple(dict.fromkeys(item for items in members for item in items)))
    return Alternation(tuple(tuple(branch) for branch in branches))


def _class_members(branch: list[Node]) -> tuple[Literal | Range | Category, ...] | None:
    """What a branch adds to a class: its one character or plain class; None for others."""
    match branch:
        case [Literal() as literal]:
            return (literal,)
        case [Class(items=items, negated=False)]:
            return items
    return None


def _sequence(reader: _Reader) -> list[Node]:
    items: list[Node] = []
    while reader.peek() not in _SEQUENCE_ENDS:
        plain = _PLAIN_RUN.match(reader.text, reader.position)
        if plain:  # most of a rule pattern is words: read them a run at a time
            items += map(Literal, plain.group())
            reader.position = plain.end()
            continue
        character = reader.take()
        if character in _QUANTIFIERS:
            _repeat_last(reader, items, character)
            continue
        node = _atom(reader, character)
        if node is not None:
            items.append(node)
    return _opened(items)


def _opened(items: list[Node]) -> list[Node]:
    """The items with each plain (?:...) group replaced by what it holds."""
    opened: list[Node] = []
    for item in items:
        opened += item.body if _is_plain_group(item) else [item]
    return opened


def _is_plain_group(node: Node) -> bool:
    return isinstance(node, Group) and node.number is None and not node.flags


def _repeat_last(reader: _Reader, items: list[Node], quantifier: str) -> None:
    bounds = _bounds(reader, quantifier)
    if bounds is None:
        items.append(Literal("{"))
        return
    last = items.pop()  # re.compile has refused a pattern with nothing to repeat
    body = last.body if _is_plain_group(last) else (last,)
    lazy = reader.take_if("?")
    if reader.peek() == "+":
        raise reader.unsupported("possessive repeats")
    items.append(Repeat(body, *bounds, lazy=lazy))


def _bounds(reader: _Reader, quantifier: str) -> tuple[int, int] | None:
    """The repeat's (low, high); None for a '{' that starts no {m,n}, so is a literal."""
    if quantifier != "{":
        return {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}[quantifier]
    start = reader.position
    if reader.peek() == "}":
        return None
    low = reader.take_while(_DIGITS)
    high = reader.take_while(_DIGITS) if reader.take_if(",") else low
    if not reader.take_if("}"):
        reader.position = start
        return None
    return int(low or 0), int(high) if high else UNBOUNDED


def _atom(reader: _Reader, character: str) -> Node | None:
    """One item of a sequence, from its first character; None for global flags."""
    if character == "\\":
        return _escape(reader)
    if character == "[":
        return _class(reader)
    if character == "(":
        return _group(reader)
    if character == ".":
        return AnyCharacter()
    if character in "^$":
        return Anchor(character)
    return Literal(character)


def _escape(reader: _Reader) -> Node:
    """An escape outside a class: a category, an anchor, a backreference or a character."""
    letter = reader.take()
    if letter in "dDsSwW":
        return Class((Category("\\" + letter),))
    if letter in "AZbB":
        return Anchor("\\" + letter)
    if letter in "123456789":
        return _backreference_or_octal(reader, letter)
    return Literal(_escaped_character(reader, letter))


def _backreference_or_octal(reader: _Reader, digit: str) -> Node:
    """\\12 is group 12, but three octal digits (\\101) are a character, as re reads them."""
    digits = digit + reader.take_while(_DIGITS, most=1)
    if len(digits) == 2 and digits[1] in _OCTAL_DIGITS and digit in _OCTAL_DIGITS \
            and reader.next_in(_OCTAL_DIGITS):
        return Literal(chr(int(digits + reader.take(), 8)))
    return Backreference(int(digits))


def _escaped_character(reader: _Reader, letter: str) -> str:
    """The character an escape such as \\n, \\x41, \\u00e9, \\N{EM DASH}, \\0 or \\. stands for."""
    if letter in _CONTROLS:
        return _CONTROLS[letter]
    if letter in _HEX_LENGTHS:
        digits = reader.take_while(_HEX_DIGITS, most=_HEX_LENGTHS[letter])
        return chr(int(digits, 16))
    if letter == "N":
        reader.take_if("{")
        return unicodedata.lookup(reader.take_until("}"))
    if letter in _OCTAL_DIGITS:
        return chr(int(letter + reader.take_while(_OCTAL_DIGITS, most=2), 8))
    if letter.isascii() and letter.isalnum():
        raise reader.unsupported(f"escapes '\\{letter}'")
    return letter


def _class(reader: _Reader) -> Node:
    """A [...] class, its opening bracket read: a lone character is a plain Literal."""
    negated = reader.take_if("^")
    items: list[Literal | Range | Category] = []
    while not (reader.peek() == "]" and items):
        first = _class_member(reader)
        if not reader.take_if("-"):
            items.append(first)
        elif reader.take_if("]"):  # [a-]: the hyphen is a character
            items += [first, Literal("-")]
            return _class_node(items, negated)
        else:
            items.append(_range(reader, first, _class_member(reader)))
    reader.take()
    return _class_node(items, negated)


def _class_node(items: list[Literal | Range | Category], negated: bool) -> Node:
    unique = tuple(dict.fromkeys(items))
    if len(unique) == 1 and isinstance(unique[0], Literal) and not negated:
        return unique[0]
    return Class(unique, negated)


def _class_member(reader: _Reader) -> Literal | Category:
    character = reader.take()
    if character != "\\":
        return Literal(character)
    letter = reader.take()
    if letter in "dDsSwW":
        return Category("\\" + letter)
    return Literal(_escaped_character(reader, letter))


def _range(reader: _Reader, first: Literal | Category, last: Literal | Category) -> Range:
    if not (isinstance(first, Literal) and isinstance(last, Literal)):
        raise reader.error("bad character range")
    return Range(first.character, last.character)


def _group(reader: _Reader) -> Node | None:
    """A group, lookaround or flags, its opening parenthesis read."""
    if not reader.take_if("?"):
        return _capturing(reader, None)
    kind = reader.take()
    if kind == ":":
        return Group(_group_body(reader))
    if kind == "P":
        return _named(reader)
    if kind in "=!":
        return Lookaround(_group_body(reader), ahead=True, negative=kind == "!")
    if kind == "<" and reader.next_in("=!"):
        negative = reader.take() == "!"
        return Lookaround(_group_body(reader), ahead=False, negative=negative)
    if kind in _FLAG_LETTERS or kind == "-":
        return _flagged(reader, kind)
    raise reader.unsupported(f"groups '(?{kind}'")


def _capturing(reader: _Reader, name: str | None) -> Group:
    reader.groups += 1
    number = reader.groups  # numbered as opened, so before the groups it holds
    if name is not None:
        reader.numbers[name] = number
    return Group(_group_body(reader), number, name)


def _named(reader: _Reader) -> Node:
    """(?P<name>...) or (?P=name), the '(?P' read."""
    if reader.take_if("<"):
        return _capturing(reader, reader.take_until(">"))
    if reader.take_if("="):
        return Backreference(reader.numbers[reader.take_until(")")])
    raise reader.unsupported(f"groups '(?P{reader.peek()}'")


def _flagged(reader: _Reader, first: str) -> Group | None:
    """(?i:...) and the like; None for flags that hold for the whole pattern, as (?i)."""
    flags = first + reader.take_while(_FLAG_LETTERS + "-")
    if "x" in flags.split("-")[0]:
        raise reader.unsupported("verbose patterns")
    if reader.take_if(")"):
        return None
    if not reader.take_if(":"):
        raise reader.error("missing :")
    return Group(_group_body(reader), flags=flags)


def _group_body(reader: _Reader) -> Sequence:
    body = _alternatives(reader)
    if not reader.take_if(")"):
        raise reader.error("missing ), unterminated subpattern")
    return body
