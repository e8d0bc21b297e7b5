"""Markdown citations link to the cited line of the cable file, relative to the report."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main
from tvpa_scorer.reports.source_links import SourceLinks

CABLE = "1. (U) The Ministry of Labor operates two shelters for trafficking victims.\n"
# a Markdown link: text that may hold escaped brackets, then a target without parentheses
LINK = re.compile(r"\[((?:[^\]\\]|\\.)+)\]\(([^)\s]+)\)")


def test_a_citation_links_to_its_cable_line_from_the_report_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    links = SourceLinks({"08MEXICO722": "samples/08MEXICO722.txt"}, Path("reports"))
    assert links.target("08MEXICO722", 99) == "../samples/08MEXICO722.txt#L99"


def test_a_report_printed_links_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    links = SourceLinks({"08MEXICO722": str(tmp_path / "samples" / "08MEXICO722.txt")}, tmp_path)
    assert links.target("08MEXICO722", 7) == "samples/08MEXICO722.txt#L7"


def test_brackets_parentheses_and_spaces_cannot_end_the_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    links = SourceLinks({"notes": "cables/notes [draft] (v2).txt"}, Path("out"))
    assert links.target("notes", 3) == "../cables/notes%20%5Bdraft%5D%20%28v2%29.txt#L3"


def test_a_cable_read_from_standard_input_has_no_file_to_link():
    links = SourceLinks({"stdin": "<stdin>"}, Path("out"))
    assert links.target("stdin", 1) is None


def test_markdown_written_alone_links_each_citation_to_the_line_of_its_quote(tmp_path,
                                                                             monkeypatch):
    (tmp_path / "samples").mkdir()
    for name in ("08MEXICO722.txt", "08MEXICO_LAGON_VISIT.txt"):
        shutil.copy(SAMPLES / name, tmp_path / "samples" / name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "md", "-o", "draft",
                                       "samples/08MEXICO722.txt",
                                       "samples/08MEXICO_LAGON_VISIT.txt"])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (tmp_path / "draft").iterdir()) == ["mexico-2008.md"]
    markdown = (tmp_path / "draft" / "mexico-2008.md").read_text()
    assert "[08MEXICO722 ¶29 Q.G](../samples/08MEXICO722.txt#L" in markdown
    quoted = re.findall(r'^- [+−] "(\S+) .*" ' + LINK.pattern, markdown, re.MULTILINE)
    assert len(quoted) > 20
    for first_word, _, target in quoted:
        path, line = unquote(target).split("#L")
        lines = (tmp_path / "draft" / path).read_text(encoding="utf-8").splitlines()
        assert first_word.replace("\\", "") in lines[int(line) - 1], (target, first_word)


def test_a_bracket_in_a_cable_name_is_escaped_in_the_link_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes [draft] (v2).txt").write_text(CABLE)
    result = CliRunner().invoke(main, ["score", "--no-store", "--year", "2009", "--format",
                                       "md", "notes [draft] (v2).txt"])
    assert result.exit_code == 0, result.output
    assert ("[notes \\[draft\\] (v2) ¶1](notes%20%5Bdraft%5D%20%28v2%29.txt#L1)"
            in result.stdout)


def test_every_citation_of_the_gap_review_links_to_its_cable(tmp_path, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    result = CliRunner().invoke(main, ["gaps", "samples/08MEXICO722.txt",
                                       "samples/08MEXICO_LAGON_VISIT.txt"])
    assert result.exit_code == 0, result.output
    citations = re.findall(r"\[08MEXICO[^\]]*¶[^\]]*\](\(?)", result.stdout)
    assert len(citations) > 20
    assert all(opening == "(" for opening in citations)
    assert "[08MEXICO722 ¶40 Q.G](samples/08MEXICO722.txt#L" in result.stdout
