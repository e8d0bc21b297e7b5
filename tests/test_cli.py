import json
import textwrap

from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import main


def test_validate_accepts_the_shipped_rules():
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(": 29 subjects, 4 pillars, 1 tasker layout: no problems\n")


def test_validate_prints_located_errors_and_exits_1(tmp_path):
    (tmp_path / "topics.yml").write_text(textwrap.dedent("""\
        pillars:
          prevention: {headings: [prevention]}
        subjects:
          plan: {title: Plan, pillar: prevention, keywords: [plan], wieght: 1}
        """))
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"{tmp_path}/topics.yml:4:61: error: unknown key 'wieght' in "
                             "subject 'plan' (expected one of: 'keywords', 'pillar', 'title')\n")


def test_validate_reports_a_missing_rules_directory(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "none")])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"{tmp_path}/none: error: no such rules directory\n"


def test_parse_with_broken_rules_stops_before_reading(tmp_path):
    (tmp_path / "topics.yml").write_text("pillars: [\n")
    result = CliRunner().invoke(main, ["parse", "--rules", str(tmp_path),
                                       str(SAMPLES / "08MEXICO722.txt")])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"{tmp_path}/topics.yml:2:1: error: invalid YAML")


def test_parse_join_reads_the_files_as_one_document():
    result = CliRunner().invoke(main, ["parse", "--join", "--format", "json",
                                       str(SAMPLES / "08MEXICO722.txt"),
                                       str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")])
    assert result.exit_code == 0, result.output
    # undated cables go after dated ones
    assert json.loads(result.stdout)["id"] == "08MEXICO722+08MEXICO_LAGON_VISIT"


def test_help_teaches_by_example():
    result = CliRunner().invoke(main, ["parse", "--help"])
    assert result.exit_code == 0
    assert "tvpa-scorer parse samples/08MEXICO722.txt" in result.stdout
