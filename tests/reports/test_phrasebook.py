"""templates/narrative/sentences.yml: read as a rule file is, every problem located."""

from __future__ import annotations

import textwrap

import pytest

from tvpa_scorer.kit.resources import bundled_templates
from tvpa_scorer.reports.phrasebook import (
    PHRASEBOOK,
    load_phrasebook,
    phrasebook,
    read_phrasebook,
)
from tvpa_scorer.reports.render import TemplateError

_GOOD = """\
    figures:
      convictions: {done: "convicted {n} {trafficker|traffickers}"}
    actors: {IOM: IOM}
    shortcomings: "However, shortcomings remained."
    summary:
      efforts: {2001-2016: "Efforts included {items}.", 2017-: "These efforts included {items}."}
      shortfalls: "However, the government did not {items}."
      presumed: "give figures"
      nothing: "Too little."
    criteria:
      prosecution:
        met: "The government {reportedly}convicted traffickers."
        partial: "Some action."
        not_met: "No action."
        not_assessed: "Unknown."
    recommendations:
      prosecution:
        - text: "Convict traffickers."
          answers: convictions
          unless: [aspect:convictions, law_prohibition.aspect:enacted]
    """


def _problems(text: str) -> list[str]:
    _, problems = read_phrasebook("sentences.yml", textwrap.dedent(text))
    return [str(problem) for problem in problems]


def test_the_shipped_phrasebook_reads_cleanly():
    path = bundled_templates() / PHRASEBOOK
    _, problems = read_phrasebook(str(path), path.read_text(encoding="utf-8"))
    assert [str(problem) for problem in problems] == []


def test_a_sentence_may_differ_by_report_year():
    book, problems = read_phrasebook("sentences.yml", textwrap.dedent(_GOOD))
    assert problems == []
    efforts = book.summary.efforts
    assert (efforts.for_year(2008), efforts.for_year(2019), efforts.for_year(None)) == (
        "Efforts included {items}.", "These efforts included {items}.",
        "Efforts included {items}.")


def test_a_fact_may_name_another_criterion():
    book, _ = read_phrasebook("sentences.yml", textwrap.dedent(_GOOD))
    facts = book.recommendations["prosecution"][0].unless
    assert [(fact.criterion, fact.kind, fact.name) for fact in facts] == [
        (None, "aspect", "convictions"), ("law_prohibition", "aspect", "enacted")]


def test_an_unknown_key_is_located_with_the_closest_one():
    text = _GOOD.replace("        not_assessed:", "        not_asessed:")
    assert _problems(text) == [
        "sentences.yml:15:5: error: unknown key 'not_asessed' in criterion 'prosecution' "
        "(did you mean 'not_assessed'?)",
        "sentences.yml:12:5: error: criterion 'prosecution' is missing required key "
        "'not_assessed'"]


def test_an_unknown_slot_names_the_slots_allowed():
    text = _GOOD.replace("{reportedly}convicted", "{actor}convicted")
    assert _problems(text) == [
        "sentences.yml:12:10: error: unknown slot '{actor}' in 'met' of criterion "
        "'prosecution'; allowed: {reportedly}"]


def test_a_year_range_must_be_one():
    text = _GOOD.replace("2017-:", "from 2017:")
    assert _problems(text) == [
        "sentences.yml:6:53: error: 'from 2017' in summary 'efforts' is not a year range; "
        "write 2008, 2001-2016 or 2017-"]


def test_a_fact_must_be_of_a_known_kind():
    text = _GOOD.replace("aspect:convictions,", "aspects:convictions,")
    assert _problems(text) == [
        "sentences.yml:20:16: error: 'aspects:convictions' in 'unless' of recommendation 1 of "
        "'prosecution' is not a fact; write one of aspect:NAME, rule:NAME, shortfall:NAME, "
        "figure:NAME, vetoed:NAME, status:NAME, optionally after 'criterion.'"]


def test_a_broken_phrasebook_stops_the_report_with_located_errors(tmp_path):
    path = tmp_path / "sentences.yml"
    path.write_text("figures: [\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=rf"^{path}:2:1: error: invalid YAML: "):
        load_phrasebook(path)


def test_every_name_the_phrasebook_gives_is_a_criterion_rule_or_aspect(rule_set):
    book = phrasebook()
    criteria = {criterion.criterion_id: criterion for criterion in rule_set.criteria}
    unknown = [name for name in book.criteria if name not in criteria]
    for name, wording in book.criteria.items():
        aspects = dict(criteria[name].aspects) if name in criteria else {}
        unknown += [f"{name}: missing {aspect}" for aspect in wording.missing
                    if aspect not in aspects]
    for name, variants in book.recommendations.items():
        for variant in variants:
            for fact in (*variant.when, *variant.unless):
                criterion = criteria.get(fact.criterion or name)
                if criterion is None:
                    unknown.append(f"{fact.location}: criterion")
                elif fact.kind == "aspect" and fact.name not in dict(criterion.aspects):
                    unknown.append(f"{fact.location}: aspect {fact.name}")
                elif fact.kind in ("rule", "shortfall") and fact.name not in criterion.evidence:
                    unknown.append(f"{fact.location}: rule {fact.name}")
            if variant.answers not in ("status", "shortfall", *dict(criteria[name].aspects)):
                unknown.append(f"{variant.location}: answers {variant.answers}")
    assert unknown == []


def test_every_criterion_has_a_sentence_for_every_status(rule_set):
    book = phrasebook()
    assert {criterion.criterion_id for criterion in rule_set.criteria} == set(book.criteria)
    assert [name for name, wording in book.criteria.items()
            if set(wording.statuses) != {"met", "partial", "not_met", "not_assessed"}] == []
