"""The names code, rule files and templates share are declared once and checked."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tvpa_scorer.cli import main
from tvpa_scorer.kit.resources import bundled_rules, bundled_templates
from tvpa_scorer.rules.names import MarkName, ModifierName, template_marks


def test_every_mark_the_templates_style_is_declared():
    declared = [name.value for name in ModifierName]
    assert list(template_marks(bundled_templates(), declared)) == []


def test_a_template_styling_an_unknown_mark_is_located(tmp_path):
    (tmp_path / "report.html.j2").write_text("<style>\n  .m-planned {} .m-hedgd { color: red }\n")
    problems = [str(problem) for problem in template_marks(tmp_path, ["planned", "hedged"])]
    assert problems == [
        f"{tmp_path}/report.html.j2:2:20: error: the template styles mark 'hedgd', which is "
        "neither a modifier of context.yml nor a mark the code gives (did you mean 'hedged'?)"]


def test_marks_and_modifiers_never_share_a_name():
    assert {*MarkName} & {*ModifierName} == set()


def test_validate_fails_on_a_modifier_renamed_in_the_rules_only(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules(), rules)
    context = rules / "context.yml"
    context.write_text(context.read_text().replace("\n  planned:\n", "\n  plan:\n", 1))
    result = CliRunner().invoke(main, ["validate", str(rules)])
    assert result.exit_code == 1, result.output
    assert ("error: no modifier 'planned', which the code reads as ModifierName.PLANNED: "
            "declare it, or rename it in tvpa_scorer/rules/names.py too (did you mean "
            "'plan'?)") in result.output
