"""rules/schema.json lets editors check criterion files; it must agree with the loader."""

from __future__ import annotations

import json

import jsonschema
import yaml

from tvpa_scorer.kit.resources import bundled_rules
from tvpa_scorer.rules.load import CRITERION_KEYS, RULE_KEYS

SCHEMA = json.loads((bundled_rules() / "schema.json").read_text())


def test_every_shipped_criterion_file_follows_the_schema():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    paths = sorted(bundled_rules().glob("criteria/*.yml"))
    errors = {path.name: [error.message for error in validator.iter_errors(
        yaml.safe_load(path.read_text()))] for path in paths}
    assert {name: found for name, found in errors.items() if found} == {}


def test_schema_names_exactly_the_keys_the_loader_accepts():
    definitions = SCHEMA["$defs"]
    assert set(definitions["criterion"]["properties"]) == set(CRITERION_KEYS)
    assert set(definitions["rule"]["properties"]) == set(RULE_KEYS)


def test_schema_refuses_an_unknown_key():
    document = {"criterion": {"id": "x", "wieght": 1}}
    messages = [error.message for error in
                jsonschema.Draft202012Validator(SCHEMA).iter_errors(document)]
    assert "Additional properties are not allowed ('wieght' was unexpected)" in messages
