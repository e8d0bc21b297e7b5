"""validate reports every kind of rule problem as `path:line:col: error: message`."""

from __future__ import annotations

import shutil
import textwrap

import pytest
import yaml

from tvpa_scorer.evidence.match import Matcher
from tvpa_scorer.evidence.rule_examples import check_examples
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.rules.load import load_rules

CRITERION = textwrap.dedent("""\
    criterion:
      id: shelters
      title: Shelter
      statute: 22 U.S.C. 7106(b)(2)
      pillar: protection
      weight: 3
      topics: [shelters]
      evidence: [shelter-run]
      gap: Ask about shelters.
      recommendation: Open shelters.
      questions: ['How many shelters does the government run?']
    rules:
      - id: shelter-run
        title: The government runs a shelter
        effect: supports
        patterns: ['runs ~{0,3}shelters?']
        examples:
          match: [The ministry runs two shelters.]
          no_match: [The ministry plans to run a shelter.]
    """)


@pytest.fixture
def rules(tmp_path):
    """A rules directory: the shipped shared files, and one small criterion file."""
    directory = tmp_path / "rules"
    (directory / "criteria").mkdir(parents=True)
    for name in ("topics.yml", "context.yml", "quantities.yml", "scoring.yml"):
        shutil.copy(bundled_rules() / name, directory / name)
    (directory / "tiers.yml").write_text(_tier_law_judging_only("shelters"))
    return directory


def _tier_law_judging_only(criterion_id):
    """The shipped tier law, its standards and tests reading the one criterion the directory
    has."""
    tier_law = yaml.safe_load((bundled_rules() / "tiers.yml").read_text())
    for standard in tier_law["standards"].values():
        standard["criteria"] = [criterion_id]
    tier_law["criteria_read"] = dict.fromkeys(tier_law["criteria_read"], criterion_id)
    return yaml.safe_dump(tier_law)


def _problems(directory, text, name="shelters.yml"):
    (directory / "criteria" / name).write_text(text)
    rule_set, problems = load_rules(directory)
    if rule_set is not None:
        problems += check_examples(rule_set, Matcher(rule_set))
    prefix = f"{directory}/"
    return [str(problem).removeprefix(prefix) for problem in problems]


def test_the_small_criterion_is_valid(rules):
    assert _problems(rules, CRITERION) == []


def test_unknown_key_suggests_the_closest(rules):
    assert _problems(rules, CRITERION.replace("  weight: 3", "  weight: 3\n  wieght: 3")) == [
        "criteria/shelters.yml:7:3: error: unknown key 'wieght' in the criterion "
        "(did you mean 'weight'?)"]


def test_missing_required_key(rules):
    assert _problems(rules, CRITERION.replace("  gap: Ask about shelters.\n", "")) == [
        "criteria/shelters.yml:2:3: error: the criterion is missing required key 'gap'"]


def test_missing_questions_are_reported_at_the_criterion(rules):
    text = CRITERION.replace("  questions: ['How many shelters does the government run?']\n", "")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:2:3: error: the criterion is missing required key 'questions'"]


def test_an_empty_questions_list_is_reported_at_the_key(rules):
    text = CRITERION.replace("questions: ['How many shelters does the government run?']",
                             "questions: []")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:11:14: error: questions must not be empty"]


def test_unknown_rule_named_by_a_criterion(rules):
    text = CRITERION.replace("evidence: [shelter-run]", "evidence: [shelter-run, shelter-rnu]")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:8:27: error: unknown rule 'shelter-rnu' "
        "(did you mean 'shelter-run'?)"]


def test_rule_no_criterion_uses(rules):
    text = CRITERION + textwrap.indent(textwrap.dedent("""\
        - id: shelter-spare
          title: Unused
          effect: supports
          patterns: ['spare shelters?']
          examples: {match: [Two spare shelters.], no_match: [None.]}
        """), "  ")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:20:5: error: rule 'shelter-spare' is used by no criterion; "
        "list it under a criterion's evidence or remove it"]


def test_duplicate_rule_ids(rules):
    text = CRITERION + textwrap.indent(textwrap.dedent("""\
        - id: shelter-run
          title: Again
          effect: supports
          patterns: ['shelters?']
          examples: {match: [Shelters.], no_match: [None.]}
        """), "  ")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:20:5: error: duplicate rule id 'shelter-run' (first defined at "
        f"{rules}/criteria/shelters.yml:13:5)"]


def test_unknown_topic_and_number_kind(rules):
    text = CRITERION.replace("topics: [shelters]", "topics: [shelter]").replace(
        "    effect: supports\n", "    effect: supports\n    numbers: [bed]\n")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:7:12: error: unknown topic 'shelter' (did you mean 'shelters'?)",
        "criteria/shelters.yml:16:15: error: unknown quantity 'bed' (did you mean 'beds'?)"]


def test_unknown_aspect(rules):
    text = CRITERION.replace("    effect: supports\n", "    effect: supports\n    aspect: used\n")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:13: error: rule 'shelter-run' has aspect 'used', which "
        "criterion 'shelters' does not list (expected one of: '(none)')"]


def test_pattern_that_does_not_compile(rules):
    assert _problems(rules, CRITERION.replace("runs ~{0,3}shelters?", "runs (shelters")) == [
        "criteria/shelters.yml:16:16: error: pattern 'runs (shelters' is not a valid pattern: "
        "missing ), unterminated subpattern"]


def test_pattern_that_can_backtrack_catastrophically(rules):
    text = CRITERION.replace("runs ~{0,3}shelters?", r"runs (\w+\s?)+shelters")
    assert _problems(rules, text) == [
        r"criteria/shelters.yml:16:16: error: pattern 'runs (\w+\s?)+shelters' can backtrack "
        "catastrophically: a long repeat holds a variable repeat; bound the outer repeat, "
        "e.g. {0,3}"]


def test_formula_naming_an_unknown_variable(rules):
    text = CRITERION.replace("  gap:", "  status: {met: supprt > 2}\n  gap:")
    problems = _problems(rules, text)
    assert problems == [
        "criteria/shelters.yml:9:17: error: 'supprt > 2' names unknown variable 'supprt' "
        "(known: aspects, aspects_total, figures, mentions, rejected, shortfall, support)"]


def test_examples_that_do_not_behave(rules):
    text = CRITERION.replace("match: [The ministry runs two shelters.]",
                             "match: [The ministry opened two shelters.]").replace(
        "no_match: [The ministry plans to run a shelter.]",
        "no_match: [The ministry runs a shelter.]")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:18:15: error: match example of rule 'shelter-run' does not "
        "fire: 'The ministry opened two shelters.'",
        "criteria/shelters.yml:19:18: error: no_match example of rule 'shelter-run' fires on "
        "'runs a shelter': 'The ministry runs a shelter.'"]


def test_criterion_in_the_wrong_file(rules):
    assert _problems(rules, CRITERION, name="shelter.yml") == [
        "criteria/shelter.yml:2:3: error: criterion 'shelters' must live in shelters.yml"]


def test_yaml_syntax_error(rules):
    assert _problems(rules, "criterion: [\n") == [
        "criteria/shelters.yml:2:1: error: invalid YAML: expected the node content, but found "
        "'<stream end>'"]


def test_weight_must_be_a_number(rules):
    assert _problems(rules, CRITERION.replace("weight: 3", "weight: heavy")) == [
        "criteria/shelters.yml:6:11: error: the weight of criterion 'shelters' must be a "
        "number of 0 or more"]


def test_the_shipped_rules_define_the_criteria_outside_tools_read():
    rule_set, problems = load_rules(bundled_rules())
    assert problems == []
    required = {"victim_screening", "shelters", "national_plan", "interagency_commission",
                "demand_reduction", "law_prohibition", "penalties", "prosecution",
                "official_complicity", "victim_protection", "training", "prevention_awareness",
                "partnerships", "international_cooperation", "migration_monitoring",
                "self_monitoring_data"}
    assert required - {criterion.criterion_id for criterion in rule_set.criteria} == set()


def test_every_shipped_rule_has_a_match_and_a_no_match_example():
    rule_set, _ = load_rules(bundled_rules())
    assert [rule.rule_id for rule in rule_set.rules.values()
            if not (rule.examples.match and rule.examples.no_match)] == []


def test_a_comment_that_cuts_a_pattern_short(rules):
    text = CRITERION.replace("    patterns: ['runs ~{0,3}shelters?']",
                             "    patterns:\n      - runs # shelters")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:17:9: error: pattern 'runs' is followed by ' #', which starts a "
        "YAML comment and cuts the pattern short; quote the pattern"]


def test_a_pattern_whose_optional_ending_is_not_optional(rules):
    text = CRITERION.replace("runs ~{0,3}shelters?", "runs ~{0,3}shelters ~{0,2}(for victims)?")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:16: error: pattern 'runs ~{0,3}shelters ~{0,2}(for victims)?' "
        "ends in an optional part after a space, which the text must still supply; put the "
        "space inside the optional part, as 'men( victims)?'"]


def test_a_pattern_asking_for_two_spaces(rules):
    text = CRITERION.replace("runs ~{0,3}shelters?", "runs (two )? shelters")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:16: error: pattern 'runs (two )? shelters' asks for two spaces "
        "where a group ending in a space is followed by another space; drop one of them"]


# ---- the lexicon and frames -----------------------------------------------------------

FRAME_CRITERION = CRITERION.replace(
    "patterns: ['runs ~{0,3}shelters?']", "frame: {act: operate, place: shelter}")
LEXICON = textwrap.dedent("""\
    concepts:
      operate: {pos: verb, terms: [operate, run]}
      shelter: {pos: noun, terms: [shelter, safe house]}
    """)


def test_a_frame_of_lexicon_concepts_is_valid_and_its_examples_run(rules):
    (rules / "lexicon.yml").write_text(LEXICON)
    assert _problems(rules, FRAME_CRITERION) == []


def test_a_frame_naming_an_unknown_concept_suggests_the_closest(rules):
    (rules / "lexicon.yml").write_text(LEXICON)
    text = FRAME_CRITERION.replace("place: shelter}", "place: shelters}")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:34: error: unknown concept 'shelters' (did you mean "
        "'shelter'?)",
        "lexicon.yml:3:3: warning: concept 'shelter' is named by no rule; use it in a frame or "
        "remove it"]


REQUIRES_CONCEPT = FRAME_CRITERION.replace(
    "frame: {act: operate, place: shelter}",
    "frame: {act: operate, place: shelter}\n    requires: ['@victim or @trafficking']").replace(
    "match: [The ministry runs two shelters.]",
    "match: [The ministry runs two shelters for trafficked women.]")
LEXICON_WITH_VICTIMS = LEXICON + "  victim: {terms: [victim, trafficked women]}\n" \
    "  trafficking: {terms: [trafficking]}\n"


def test_requires_may_name_concepts_any_of_which_the_sentence_must_name(rules):
    (rules / "lexicon.yml").write_text(LEXICON_WITH_VICTIMS)
    text = REQUIRES_CONCEPT.replace("no_match: [The ministry plans to run a shelter.]",
                                    "no_match: [The ministry runs two shelters for the homeless.]")
    assert _problems(rules, text) == []


def test_a_required_concept_the_lexicon_lacks_suggests_the_closest(rules):
    (rules / "lexicon.yml").write_text(LEXICON_WITH_VICTIMS)
    assert _problems(rules, REQUIRES_CONCEPT.replace("@victim or", "@victims or")) == [
        "criteria/shelters.yml:17:16: error: unknown concept 'victims' (did you mean "
        "'victim'?)",
        "lexicon.yml:4:3: warning: concept 'victim' is named by no rule; use it in a frame or "
        "remove it"]


def test_a_concept_no_rule_names_is_a_warning(rules):
    (rules / "lexicon.yml").write_text(LEXICON + "  victim: {terms: [victim]}\n")
    assert _problems(rules, FRAME_CRITERION) == [
        "lexicon.yml:4:3: warning: concept 'victim' is named by no rule; use it in a frame or "
        "remove it"]


def test_a_term_under_two_concepts_is_reported_where_it_repeats(rules):
    (rules / "lexicon.yml").write_text(LEXICON.replace("[shelter, safe house]",
                                                       "[shelter, safe house, run]"))
    assert _problems(rules, FRAME_CRITERION) == [
        "lexicon.yml:3:53: error: term 'run' of concept 'shelter' is already a term of "
        "concept 'operate' (line 2); a term belongs to one concept"]


def test_a_retired_scope_is_a_warning_so_older_rules_still_load(rules):
    text = CRITERION.replace("    effect: supports\n",
                             "    effect: supports\n    scope: [shelters]\n", 1)
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:12: warning: 'scope' is no longer read: every rule now reads "
        "every answer; remove 'scope'"]


# ---- rules kept only to show why nothing counted --------------------------------------

KEPT_WHEN_VETOED = CRITERION.replace(
    "evidence: [shelter-run]", "evidence: [shelter-run, shelter-named]") + textwrap.indent(
    textwrap.dedent("""\
      - id: shelter-named
        title: A shelter named as planned
        effect: supports
        patterns: ['shelters?']
        kept_when_vetoed_by: [planned]
        examples:
          match: [The ministry plans to open a shelter.]
          no_match: [The ministry runs two shelters.]
    """), "  ")


def test_a_rule_kept_when_vetoed_has_its_examples_found_and_vetoed(rules):
    assert _problems(rules, KEPT_WHEN_VETOED) == []


def test_a_rule_kept_when_vetoed_fails_an_example_it_would_count(rules):
    text = KEPT_WHEN_VETOED.replace("no_match: [The ministry runs two shelters.]",
                                    "no_match: [The ministry will open a shelter.]")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:27:18: error: no_match example of rule 'shelter-named' fires "
        "on 'shelter': 'The ministry will open a shelter.'"]


def test_a_rule_kept_when_vetoed_by_an_unknown_modifier_suggests_the_closest(rules):
    text = KEPT_WHEN_VETOED.replace("[planned]", "[planed]")
    assert _problems(rules, text) == [
        "criteria/shelters.yml:24:27: error: unknown modifier 'planed' (did you mean "
        "'planned'?)"]


def test_a_not_yet_phrase_that_does_not_compile_is_located_in_the_context_file(rules):
    context = rules / "context.yml"
    text = context.read_text()
    context.write_text(text.replace("not_yet:\n", "not_yet:\n  - (still pending\n", 1))
    line = text[:text.index("not_yet:\n")].count("\n") + 2
    assert _problems(rules, CRITERION) == [
        f"context.yml:{line}:5: error: a not-yet phrase '(still pending' is not a valid "
        "pattern: missing ), unterminated subpattern"]


def _line_of(text, fragment):
    return text[:text.index(fragment)].count("\n") + 1


def test_a_modifier_renamed_in_the_context_file_but_not_in_the_code_is_located(rules):
    context = rules / "context.yml"
    text = context.read_text()
    context.write_text(text.replace("\n  hedged:\n", "\n  hedging:\n", 1))
    first_modifier = _line_of(text, "\nmodifiers:\n") + 2
    assert _problems(rules, CRITERION) == [
        f"context.yml:{first_modifier}:3: error: no modifier 'hedged', which the code reads as "
        "ModifierName.HEDGED: declare it, or rename it in tvpa_scorer/rules/names.py too "
        "(did you mean 'hedging'?)"]


def test_a_modifier_may_not_take_the_name_of_a_mark_the_code_gives(rules):
    context = rules / "context.yml"
    text = context.read_text()
    context.write_text(text.replace("\n  asked:\n", "\n  historical:\n", 1))
    line = _line_of(text, "\n  asked:\n") + 1
    assert _problems(rules, CRITERION) == [
        f"context.yml:{line}:3: error: modifier 'historical' takes the name of a mark the code "
        "gives; choose another"]


def test_a_flag_modifier_that_nothing_reads_is_a_warning(rules):
    context = rules / "context.yml"
    text = context.read_text()
    context.write_text(text + "  escorted:\n    effect: flag\n    phrases: [escorted by]\n")
    line = text.count("\n") + 1
    assert _problems(rules, CRITERION) == [
        f"context.yml:{line}:3: warning: modifier 'escorted' is a flag, which changes no verdict, "
        "and neither the code nor a report reads it: make it a veto, flip or discount, or remove "
        "it"]


def test_a_criterion_the_tier_law_reads_must_exist(rules):
    tiers = rules / "tiers.yml"
    text = tiers.read_text()
    tiers.write_text(text.replace("  national_plan: shelters", "  national_plan: national_plan"))
    line = _line_of(text, "  national_plan: shelters")
    assert _problems(rules, CRITERION) == [
        f"tiers.yml:{line}:18: error: unknown criterion 'national_plan' (expected one of: "
        "'shelters')"]


# A criterion's follow-up questions: a text, or one asked only when the cables speak of it.
PLAIN = "  questions: ['How many shelters does the government run?']\n"
CONDITIONAL = """\
  questions:
    - How many shelters does the government run?
    - ask: How many children did the army release?
      when:
        terms: [child soldiers?]
        topics: [shelters]
"""


def _criterion_questions(directory, text):
    (directory / "criteria" / "shelters.yml").write_text(text)
    rule_set, problems = load_rules(directory)
    assert [str(problem) for problem in problems] == []
    return rule_set.criteria[0].questions


def test_a_plain_question_is_asked_without_condition(rules):
    (question,) = _criterion_questions(rules, CRITERION)
    assert (question.text, question.terms, question.topics, question.conditional) == (
        "How many shelters does the government run?", (), frozenset(), False)


def test_a_question_with_terms_and_topics_is_conditional(rules):
    plain, conditional = _criterion_questions(rules, CRITERION.replace(PLAIN, CONDITIONAL))
    assert (plain.conditional, conditional.text, conditional.topics, conditional.conditional) == (
        False, "How many children did the army release?", frozenset({"shelters"}), True)
    assert [bool(term.search("UNICEF counted 300 child soldiers.")) for term in
            conditional.terms] == [True]


def test_an_unknown_key_in_a_question_suggests_the_closest(rules):
    text = CRITERION.replace(PLAIN, CONDITIONAL.replace("      when:", "      wen:"))
    assert _problems(rules, text) == [
        "criteria/shelters.yml:14:7: error: unknown key 'wen' in a question of criterion "
        "'shelters' (did you mean 'when'?)",
        "criteria/shelters.yml:13:7: error: a question of criterion 'shelters' is missing "
        "required key 'when'"]


def test_a_condition_naming_nothing_is_reported_at_when(rules):
    text = CRITERION.replace(PLAIN, CONDITIONAL.replace(
        "        terms: [child soldiers?]\n        topics: [shelters]\n", "").replace(
        "      when:", "      when: {}"))
    assert _problems(rules, text) == [
        "criteria/shelters.yml:14:13: error: 'when' needs terms the cables must say or topics "
        "an answer must be filed under"]


def test_an_unknown_topic_in_a_condition_suggests_the_closest(rules):
    text = CRITERION.replace(PLAIN, CONDITIONAL.replace("topics: [shelters]",
                                                        "topics: [shelter]"))
    assert _problems(rules, text) == [
        "criteria/shelters.yml:16:18: error: unknown topic 'shelter' (did you mean 'shelters'?)"]


def test_a_bad_term_is_reported_where_it_stands(rules):
    text = CRITERION.replace(PLAIN, CONDITIONAL.replace("[child soldiers?]",
                                                        "['child (soldiers']"))
    assert _problems(rules, text) == [
        "criteria/shelters.yml:15:17: error: term 'child (soldiers' is not a valid pattern: "
        "missing ), unterminated subpattern"]
