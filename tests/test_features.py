"""The feature files in tests/features are the specification; steps live in tests/steps."""

from pytest_bdd import scenarios

scenarios("features")
