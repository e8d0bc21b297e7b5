import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer.cli import COMMANDS, main
from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.reports.render import TemplateError

# the console script installed beside the interpreter running the tests
_SCORER = str(Path(sys.executable).with_name("tvpa-scorer"))


def test_validate_accepts_the_shipped_rules():
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(" examples: no problems\n")


def test_validate_prints_located_errors_and_exits_1(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules(), rules)
    plan = rules / "criteria" / "national_plan.yml"
    plan.write_text(plan.read_text().replace("  weight: 2\n", "  wieght: 2\n", 1))
    result = CliRunner().invoke(main, ["validate", str(rules)])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        f"{plan}:5:3: error: the criterion is missing required key 'weight'",
        f"{plan}:9:3: error: unknown key 'wieght' in the criterion (did you mean 'weight'?)",
        f"{rules}: 2 problems"]


def test_validate_warns_of_an_unread_concept_and_fails_on_it_only_when_strict(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules(), rules)
    lexicon = rules / "lexicon.yml"
    lexicon.write_text(lexicon.read_text() + "  lighthouse: {terms: [lighthouse]}\n")
    lenient = CliRunner().invoke(main, ["validate", str(rules)])
    strict = CliRunner().invoke(main, ["validate", "--strict", str(rules)])
    assert (lenient.exit_code, strict.exit_code) == (0, 1), lenient.output + strict.output
    warning = lenient.stdout.splitlines()[0]
    assert warning.startswith(f"{lexicon}:") and warning.endswith(
        ": warning: concept 'lighthouse' is named by no rule; use it in a frame or remove it")
    assert lenient.stdout.endswith(" examples: no errors\n")


def test_validate_reports_a_missing_rules_directory_and_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "none")])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"{tmp_path}/none: error: no such rules directory\n"


def test_parse_with_broken_rules_stops_before_reading(tmp_path):
    (tmp_path / "topics.yml").write_text("pillars: [\n")
    result = CliRunner().invoke(main, ["parse", "--rules", str(tmp_path),
                                       str(SAMPLES / "08MEXICO722.txt")])
    assert result.exit_code == 2, result.output
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


def test_score_json_follows_the_contract():
    result = CliRunner().invoke(main, ["score", "--format", "json",
                                       str(SAMPLES / "08MEXICO722.txt")])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["cables"], document["country"], document["report_year"]) == (
        ["08MEXICO722"], "Mexico", 2008)
    finding = next(item for item in document["findings"] if item["criterion"] == "shelters")
    assert {"criterion", "status", "score", "evidence", "rejected", "numbers", "gaps"} <= set(
        finding)
    assert {"cable", "paragraph", "key", "start", "end", "quote", "supports", "modifiers"} <= set(
        finding["evidence"][0])
    assert {"vetoed_by"} <= set(finding["rejected"][0])
    assert {"what", "value", "unit", "quote"} <= set(finding["numbers"][0])


def test_score_reads_standard_input():
    result = CliRunner().invoke(main, ["score", "--format", "json", "--year", "2009", "-"],
                                input="1. (U) The Ministry of Labor operates two shelters for "
                                      "trafficking victims.\n")
    assert result.exit_code == 0, result.output
    findings = {item["criterion"]: item["status"] for item in
                json.loads(result.stdout)["findings"]}
    assert (findings["shelters"], findings["national_plan"]) == ("partial", "not_assessed")


def test_score_reports_an_unreadable_cable_and_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["score", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"{tmp_path}/missing.txt: error: no such file\n"


MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
ZIMBABWE_2005 = str(SAMPLES / "05HARARE339.txt")
TASKER = str(SAMPLES / "taskers" / "08STATE2731.txt")


def test_score_never_pools_two_country_years_it_would_print_as_one():
    result = CliRunner().invoke(main, ["score", "--no-store", *MEXICO, ZIMBABWE_2005])
    assert result.exit_code == 2, result.output
    assert ("Error: the cables are of 2 country-years: Mexico 2008 (2 cables); Zimbabwe 2005 "
            "(1 cable). Pick one with --country (and --year), or draft each with -o DIR"
            ) in result.stderr


def test_score_drafts_each_country_year_into_a_directory(tmp_path):
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", "-o",
                                       str(tmp_path), *MEXICO, ZIMBABWE_2005])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"{tmp_path}/mexico-2008.json",
                                          f"{tmp_path}/zimbabwe-2005.json"]


def test_score_country_picks_that_country_s_cables_and_says_what_it_left_out():
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", "--country",
                                       "mexico", *MEXICO, ZIMBABWE_2005])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"{ZIMBABWE_2005}: warning: a cable of Zimbabwe, not of Mexico: "
                             "left out\n")
    assert json.loads(result.stdout)["cables"] == ["08MEXICO722", "08MEXICO_LAGON_VISIT"]


def test_score_skips_the_tasker_with_a_note():
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", TASKER,
                                       *MEXICO])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{TASKER}: warning: a message from the Department to all "
                                    "posts (a tasker), not a country's submission: skipped\n")
    assert json.loads(result.stdout)["country"] == "Mexico"


def test_score_of_the_tasker_alone_has_nothing_to_draft():
    result = CliRunner().invoke(main, ["score", "--no-store", TASKER])
    assert result.exit_code == 2, result.output
    assert result.stderr.endswith("error: no country's submission to draft among the inputs\n")


@pytest.mark.parametrize(("option", "message"), [
    (["--country", "Narnia"], "Invalid value for '--country': 'Narnia' is no country of the "
                              "tier table"),
    (["--country", "Mexcio"], "(did you mean 'Mexico'?)"),
    (["--year", "1999"], "Invalid value for '--year': 1999 is not in the range 2001<=x<=")])
def test_score_takes_only_a_known_country_and_a_report_year_of_the_law(option, message):
    result = CliRunner().invoke(main, ["score", "--no-store", *option, ZIMBABWE_2005])
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_score_warns_when_the_year_given_is_not_the_one_the_cable_dates_it_to():
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", "--year",
                                       "2006", ZIMBABWE_2005])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"{ZIMBABWE_2005}: warning: its date makes it part of the 2005 "
                             "report; drafted for 2006, as --year says\n")
    assert json.loads(result.stdout)["report_year"] == 2006


def test_a_paragraph_on_the_weather_grounds_no_tier():
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "json", "-"],
                                input="It rained in the capital on Tuesday, and the roads to "
                                      "the coast flooded.\n")
    assert result.exit_code == 0, result.output
    tier = json.loads(result.stdout)["tier"]
    assert tier["recommended"] == "insufficient"
    assert tier["reasons"][0]["text"].startswith(
        "No tier: the cables bear on only 0% of the criteria's weight (under 25%)")


def test_score_json_carries_the_tier_contract():
    result = CliRunner().invoke(main, ["score", "--format", "json", *MEXICO])
    assert result.exit_code == 0, result.output
    tier = json.loads(result.stdout)["tier"]
    assert {"recommended", "previous", "move", "standards_met", "significant_efforts",
            "watch_list_triggers", "downgrade", "confidence", "pillars", "reasons"} <= set(tier)
    assert tier["recommended"] in ("1", "2", "2WL", "3")
    assert (tier["previous"], tier["previous_year"]) == ("2WL", 2007)
    assert set(tier["pillars"]) == {"prosecution", "protection", "prevention"}
    assert set(tier["watch_list_triggers"]) == {"victims_rising", "no_increasing_efforts",
                                                "future_commitments"}


def test_score_writes_every_format_into_a_directory_and_prints_the_paths(tmp_path):
    result = CliRunner().invoke(main, ["score", "-o", str(tmp_path), *MEXICO])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(tmp_path / f"mexico-2008.{ext}")
                                          for ext in ("md", "html", "json")]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "mexico-2008.html", "mexico-2008.json", "mexico-2008.md"]


def test_score_leaves_no_file_behind_when_a_template_fails(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise TemplateError("report.html.j2:3:1: error: template syntax: unexpected '}'")

    monkeypatch.setattr("tvpa_scorer.reports.drafting.render", broken)
    result = CliRunner().invoke(main, ["score", "--no-store", "-o", str(tmp_path), "--format", "md",
                                       "--format", "html", *MEXICO])
    assert result.exit_code == 2, result.output
    assert result.stderr == "report.html.j2:3:1: error: template syntax: unexpected '}'\n"
    assert list(tmp_path.iterdir()) == []


def test_score_replaces_a_report_whole(tmp_path):
    report = tmp_path / "mexico-2008.md"
    report.write_text("an older draft")
    result = CliRunner().invoke(main, ["score", "-o", str(tmp_path), "--format", "md", *MEXICO])
    assert result.exit_code == 0, result.output
    assert report.read_text().startswith("> **Draft for review")
    assert [path.name for path in tmp_path.iterdir()] == ["mexico-2008.md"]


def test_score_prints_one_format_at_a_time():
    result = CliRunner().invoke(main, ["score", "--format", "md", "--format", "html", *MEXICO])
    assert result.exit_code == 2, result.output
    assert "give one --format when printing; use -o DIR to write several" in result.stderr


def test_score_html_shows_a_cable_script_as_text():
    cable = ("1. (U) The Ministry of Labor operates two shelters for trafficking victims. "
             "<script>alert('x')</script>\n")
    result = CliRunner().invoke(main, ["score", "--format", "html", "--year", "2009", "-"],
                                input=cable)
    assert result.exit_code == 0, result.output
    assert "<script>alert('x')</script>" not in result.stdout
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in result.stdout


def test_score_uses_a_history_file_over_the_built_in_one(tmp_path):
    history = tmp_path / "tiers.csv"
    history.write_text("country,report_year,tier\nMexico,2007,3\n")
    result = CliRunner().invoke(main, ["score", "--format", "json", "--history", str(history),
                                       *MEXICO])
    assert result.exit_code == 0, result.output
    tier = json.loads(result.stdout)["tier"]
    assert (tier["previous"], tier["previous_year"]) == ("3", 2007)


def test_score_drafts_against_a_special_case_year_without_a_move(tmp_path):
    # a special case (e.g. Egypt 2003) has no rank, so there is no up or down to report
    history = tmp_path / "tiers.csv"
    history.write_text("country,report_year,tier\nMexico,2007,special\n")
    result = CliRunner().invoke(main, ["score", "--no-store", "--format", "md", "--format",
                                       "html", "--format", "json", "-o", str(tmp_path),
                                       "--history", str(history), *MEXICO])
    assert result.exit_code == 0, result.output
    assert "previous Special case (2007 report)." in (tmp_path / "mexico-2008.md").read_text()
    assert "(previous: Special case, 2007 report)" in (tmp_path / "mexico-2008.html").read_text()
    tier = json.loads((tmp_path / "mexico-2008.json").read_text())["tier"]
    assert (tier["previous"], tier["move"]) == ("special", None)


@pytest.mark.parametrize(("content", "problem"), [
    ("country,report_year,tier\nMexico,2007,2W\n",
     "2:1: error: tier '2W' is not one of 1, 2, 2WL, 3, special"),
    ("country,report_year,tier\nMexico,07,2\n",
     "2:1: error: report_year '07' is not a year such as 2008"),
    ("name,year\nMexico,2007\n",
     "1:1: error: tier history needs the columns country, report_year, tier; missing country, "
     "report_year, tier"),
])
def test_score_reports_a_bad_history_file_where_the_problem_is(tmp_path, content, problem):
    history = tmp_path / "tiers.csv"
    history.write_text(content)
    result = CliRunner().invoke(main, ["score", "--history", str(history), *MEXICO])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"{history}:{problem}\n"


def test_gaps_lists_the_cross_referenced_question_and_follow_ups():
    result = CliRunner().invoke(main, ["gaps", *MEXICO])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Evidence gaps: Mexico, 2008 report\n")
    assert "answered only with a cross-reference (\"See question 34 and 35.\")" in result.stdout
    assert "### Follow-up questions for post" in result.stdout


def test_gaps_json_ties_each_follow_up_to_its_criterion_and_statute():
    result = CliRunner().invoke(main, ["gaps", "--format", "json", *MEXICO])
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    demand = next(item for item in review["criteria"] if item["criterion"] == "demand_reduction")
    pointer = next(gap for gap in demand["gaps"] if gap["kind"] == "cross_reference_only")
    assert pointer["question"].startswith("For all posts: As part of a new criteria added")
    assert pointer["citations"][0]["citation"] == "08MEXICO722 ¶40 Q.G"
    assert {item["statute"] for item in review["checklist"]
            if item["criterion"] == "demand_reduction"} == {"22 U.S.C. 7106(b)(12)"}


def test_gaps_json_lists_a_passage_no_rule_judged_for_the_reviewer_to_read():
    text = "The shelter in Mombasa has a library and a garden tended by residents."
    result = CliRunner().invoke(main, ["gaps", "--format", "json", "--year", "2009", "-"],
                                input=text)
    assert result.exit_code == 0, result.output
    shelters = next(item for item in json.loads(result.stdout)["criteria"]
                    if item["criterion"] == "shelters")
    unjudged = next(gap for gap in shelters["gaps"] if gap["kind"] == "unjudged")
    assert [cited["quote"] for cited in unjudged["citations"]] == [text]


def test_gaps_csv_reads_back_with_one_header():
    result = CliRunner().invoke(main, ["gaps", "--format", "csv", *MEXICO])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert set(rows[0]) == {"criterion", "statute", "status", "kind", "text", "question",
                            "quote", "citation", "start", "end", "rank"}
    assert {row["kind"] for row in rows} >= {"cross_reference_only", "missing_figures",
                                             "follow_up"}


def test_score_gives_the_same_findings_whatever_the_hash_seed():
    # Python orders sets by a hash seed that changes from run to run; a sentence two rules
    # find must be quoted by the same one in every run
    cables = [str(SAMPLES / name) for name in ("08MEXICO722.txt", "08MEXICO_LAGON_VISIT.txt")]
    outputs = {subprocess.run([_SCORER, "score", "--no-store",
                               "--format", "json", *cables],
                              env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1


def test_the_command_list_says_what_each_command_says_of_itself():
    for name, (_, _, line) in COMMANDS.items():
        command = main.get_command(None, name)
        opening = " ".join(command.help.split("\n\n")[0].split())
        assert opening.startswith(line.removesuffix(".")), name


def test_help_loads_no_command_module():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from tvpa_scorer.cli import main; "
         "main(['--help'], standalone_mode=False); "
         "print(sorted(name for name in sys.modules if name.startswith(('pandas', 'jinja2', "
         "'tvpa_scorer.evidence', 'tvpa_scorer.commands.assessing'))))"],
        capture_output=True, text=True, check=True).stdout
    assert loaded.splitlines()[-1] == "[]"
