"""Checks shared by the unit, property and feature tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tvpa_scorer.assessment.assess import Assessment
from tvpa_scorer.assessment.score import Finding, Status
from tvpa_scorer.cables import Cable
from tvpa_scorer.evidence.hits import EvidenceHit, Place
from tvpa_scorer.rules.model import Effect

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# OASIS's JSON schema of SARIF 2.1.0 (tests/data/README.md), which SARIF output must satisfy
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
# Characters the cleaned text may differ in from the original: white space is
# normalised, and the teletype's comma-for-apostrophe ("Zimbabwe,s") is repaired.
_REPAIRS = {"'": ","}


def assert_offsets_point_into_original(cable: Cable) -> None:
    """Every answer's cleaned text maps back, character by character, to the original file."""
    for answer in cable.answers:
        assert 0 <= answer.start <= answer.end <= len(cable.text), answer.citation
        assert cable.clean[answer.clean_start:answer.clean_end] == answer.text
        previous = -1
        for position, character in enumerate(answer.text):
            original = cable.offsets.to_original(answer.clean_start + position)
            assert original >= previous, (answer.citation, position)
            previous = original
            source = cable.text[original]
            if character.isspace():
                assert source.isspace() or source == "\ufeff", (answer.citation, position)
            else:
                assert source in (character, _REPAIRS.get(character)), (
                    answer.citation, position, character, source)
        if answer.text:
            assert cable.text[answer.start] == answer.text[0] or answer.text[0] in _REPAIRS
            last = answer.text[-1]
            assert cable.text[answer.end - 1] in (last, _REPAIRS.get(last))


def assessment_with(rule_set, report_year: int, statuses: dict, default, country="Ruritania",
                    planned: int = 0, concrete: int = 0):
    """An assessment whose findings have the given statuses, as the tier engine receives it.

    Criteria of effort (weight above 0) default to `default`; the conditions the tier law
    reads on their own (state_trafficking, victim_numbers) are not assessed unless given.

    `planned` and `concrete` add that many pieces of evidence of effort to the first
    criterion: vetoed as planned, or counted as support.
    """
    findings = []
    for position, criterion in enumerate(rule_set.criteria):
        applicable = criterion.applies_in(report_year)
        fallback = default if criterion.weight > 0 else Status.NOT_ASSESSED
        status = statuses.get(criterion.criterion_id, fallback) if applicable \
            else Status.NOT_ASSESSED
        hits = [_hit(criterion.criterion_id, index, None) for index in range(concrete)]
        rejected = [_hit(criterion.criterion_id, index, "planned") for index in range(planned)]
        findings.append(Finding(
            criterion=criterion, applicable=applicable, status=status,
            score=_SCORES[status], variables=(), evidence=tuple(hits if position == 0 else ()),
            rejected=tuple(rejected if position == 0 else ()), numbers=(), contributions=(),
            gaps=(), reason=""))
    return Assessment(("00TEST1",), country, report_year, rule_set.version, (), tuple(findings))


_SCORES = {Status.MET: 1.0, Status.PARTIAL: 0.5, Status.NOT_MET: 0.0, Status.NOT_ASSESSED: None}


def _hit(criterion_id: str, index: int, vetoed_by: str | None) -> EvidenceHit:
    place = Place("00TEST1", f"00TEST1 ¶{index + 1}", index + 1, None, index * 10,
                  index * 10 + 9, index + 1, "Sentence.")
    return EvidenceHit(f"{criterion_id}-rule", place, "Sentence", Effect.SUPPORTS, 1.0, (),
                       vetoed_by, ("00TEST1", index))


def git(repository: Path, *arguments: str) -> str:
    """Run git in a repository with a committer of its own, whatever the machine's set-up."""
    return subprocess.run(
        ["git", "-C", str(repository), "-c", "user.name=Rule Maintainer",
         "-c", "user.email=maintainer@example.org", "-c", "commit.gpgsign=false", *arguments],
        check=True, capture_output=True, text=True).stdout.strip()


def rules_repository(directory: Path, rules: Path) -> Path:
    """A git repository in `directory` holding a copy of `rules` in one commit on main."""
    root = directory / "rules-repo"
    shutil.copytree(rules, root / "rules")
    git(directory, "init", "--quiet", "--initial-branch=main", str(root))
    git(root, "add", "rules")
    git(root, "commit", "--quiet", "-m", "rules as shipped")
    return root
