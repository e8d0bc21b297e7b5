import io
import json

from tvpa_scorer.kit.json_stream import write_json


def _written(value):
    out = io.StringIO()
    write_json(value, out.write)
    return out.getvalue()


def test_records_go_one_a_line_and_the_whole_is_valid_json():
    value = {"id": "08MEXICO722", "answers": [{"key": "E"}, {"key": "F"}], "tags": ["MX"]}
    text = _written(value)
    assert text == '{"id":"08MEXICO722","answers":[\n{"key":"E"},\n{"key":"F"}\n],"tags":["MX"]}'
    assert json.loads(text) == value


def test_non_ascii_text_is_kept():
    assert _written({"text": "¶27 Ministère"}) == '{"text":"¶27 Ministère"}'
