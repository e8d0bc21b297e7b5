"""The review server: only its own page, on 127.0.0.1, holding the session's token, may write."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support import SAMPLES
from tvpa_scorer import api
from tvpa_scorer.cli import main
from tvpa_scorer.corpus.store import AssessmentStore, default_store
from tvpa_scorer.review.server import LOOPBACK, ReviewServer
from tvpa_scorer.review.session import ReviewSession

MEXICO = [str(SAMPLES / "08MEXICO722.txt"), str(SAMPLES / "08MEXICO_LAGON_VISIT.txt")]
STATUS_CHANGE = {"criterion": "prosecution", "verdict": "status", "status": "partial",
                 "reason": "state courts convicted traffickers"}


@pytest.fixture
def server():
    submissions, problems = api.read(MEXICO)
    assert (len(submissions), problems) == (1, [])
    session = ReviewSession(submissions[0], default_store(), None, None)
    serving = ReviewServer(session)
    thread = threading.Thread(target=serving.serve_forever, daemon=True)
    thread.start()
    yield serving
    serving.shutdown()
    serving.server_close()


def request(server, method, path, body=None, **headers):
    connection = http.client.HTTPConnection(LOOPBACK, server.port, timeout=30)
    headers.setdefault("Host", f"{LOOPBACK}:{server.port}")
    data = None if body is None else json.dumps(body).encode()
    if data is not None:
        headers.setdefault("Content-Type", "application/json")
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    answer = response.status, response.read().decode("utf-8"), dict(response.getheaders())
    connection.close()
    return answer


def kept():
    with AssessmentStore(default_store()) as store:
        return [(item.criterion_id, item.verdict.value) for item in store.decisions("Mexico",
                                                                                    2008)]


def test_the_server_listens_on_the_loopback_address_only(server):
    assert server.server_address[0] == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.port}/?token={server.session.token}"


def test_a_post_without_the_token_is_refused_and_nothing_is_kept(server):
    status, body, _ = request(server, "POST", "/decisions", STATUS_CHANGE)
    assert (status, json.loads(body)) == (403, {"error": "no X-Review-Token of this session"})
    status, _, _ = request(server, "POST", "/decisions", STATUS_CHANGE,
                           **{"X-Review-Token": "a guess"})
    assert status == 403
    assert kept() == []


def test_a_post_with_the_token_is_kept(server):
    status, body, _ = request(server, "POST", "/decisions", STATUS_CHANGE,
                              **{"X-Review-Token": server.session.token})
    assert status == 200, body
    assert json.loads(body)["decision"]["label"] == \
        "analyst: partial, reason state courts convicted traffickers"
    assert kept() == [("prosecution", "status")]


def test_a_decision_taken_back_is_kept_no_more(server):
    token = {"X-Review-Token": server.session.token}
    assert request(server, "POST", "/decisions", STATUS_CHANGE, **token)[0] == 200
    status, body, _ = request(server, "POST", "/decisions",
                              {"criterion": "prosecution", "verdict": "withdrawn",
                               "passage": None}, **token)
    assert (status, json.loads(body)) == (200, {"withdrawn": True})
    assert kept() == []


def test_a_post_from_another_origin_is_refused_even_with_the_token(server):
    status, body, _ = request(server, "POST", "/decisions", STATUS_CHANGE,
                              Origin="http://attacker.example",
                              **{"X-Review-Token": server.session.token})
    assert (status, json.loads(body)) == (403, {"error": "writes come only from the review page"})
    assert kept() == []


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:80", "127.0.0.1",
                                  "localhost:1"])
def test_a_request_naming_another_host_is_refused(server, host):
    status, body, _ = request(server, "GET", f"/?token={server.session.token}", Host=host)
    assert (status, json.loads(body)) == (
        421, {"error": f"this server answers only 127.0.0.1:{server.port}"})
    status, _, _ = request(server, "POST", "/decisions", STATUS_CHANGE, Host=host,
                           **{"X-Review-Token": server.session.token})
    assert status == 421
    assert kept() == []


def test_the_page_needs_the_token_of_its_address_and_carries_it_for_the_script(server):
    status, _, _ = request(server, "GET", "/")
    assert status == 403
    status, page, headers = request(server, "GET", f"/?token={server.session.token}",
                                    Host=f"localhost:{server.port}")
    assert status == 200, page
    assert f'<meta name="review-token" content="{server.session.token}">' in page
    assert '<script src="/review.js" defer></script>' in page
    assert 'data-criterion="national_plan" data-anchor="q-08MEXICO722-' in page
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"


def test_the_decisions_are_read_only_with_the_token(server):
    assert request(server, "GET", "/decisions")[0] == 403
    status, body, _ = request(server, "GET", "/decisions",
                              **{"X-Review-Token": server.session.token})
    assert (status, json.loads(body)) == (
        200, {"country": "Mexico", "report_year": 2008, "decisions": []})


@pytest.mark.parametrize(("body", "message"), [
    ({"criterion": "shelter", "verdict": "accepted"}, "no criterion 'shelter' in this draft"),
    ({"criterion": "shelters", "verdict": "accepted", "anchor": "q-nowhere-1-2"},
     "the draft cites no passage 'q-nowhere-1-2' under shelters"),
    ({"criterion": "shelters", "verdict": "status", "status": "great", "reason": "because"},
     "unknown status 'great': met, partial, not_met or not_assessed"),
    ({"criterion": "shelters", "verdict": "status", "status": "met", "reason": " "},
     "say why the status is another: a status change needs a reason"),
    ({"criterion": "shelters", "verdict": "added", "cable": "08MEXICO722", "start": 10,
      "end": 40, "quote": "words the cable never says"},
     "the quote is not in 08MEXICO722: select the text in the cable itself"),
])
def test_a_decision_the_draft_cannot_take_is_refused_in_one_line(server, body, message):
    status, answer, _ = request(server, "POST", "/decisions", body,
                                **{"X-Review-Token": server.session.token})
    assert (status, json.loads(answer)) == (400, {"error": message})


def test_ctrl_c_stops_the_command_cleanly_with_exit_0():
    command = Path(sys.executable).with_name("tvpa-scorer")
    running = subprocess.Popen([str(command), "review", MEXICO[0]], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    first = running.stdout.readline()
    assert first.startswith("Reviewing the Mexico 2008 draft at http://127.0.0.1:"), first
    running.send_signal(signal.SIGINT)
    _, errors = running.communicate(timeout=60)
    assert (running.returncode, errors.splitlines()[-1]) == (0, "stopped")
    assert "Traceback" not in errors


def test_review_of_cables_of_two_country_years_asks_which_one():
    result = CliRunner().invoke(main, ["review", "--export", "out.yml", MEXICO[0],
                                       str(SAMPLES / "05HARARE339.txt")])
    assert result.exit_code == 2, result.output
    assert "the cables are of 2 country-years: " in result.stderr
    assert "Review one at a time: pick it with --country (and --year)" in result.stderr


def test_export_of_a_cable_read_from_standard_input_says_it_needs_the_file(tmp_path):
    result = CliRunner().invoke(main, ["review", "--export", str(tmp_path / "out.yml"),
                                       "--country", "Mexico", "--year", "2008", "-"],
                                input=(SAMPLES / "08MEXICO722.txt").read_text())
    assert result.exit_code == 2, result.output
    assert result.stderr == ("<stdin>: error: the label file needs the cable's file; give the "
                             "cables as files, not on standard input\n")
    assert not (tmp_path / "out.yml").exists()
