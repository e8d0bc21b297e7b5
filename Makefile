# Two commands do all the set-up on a machine with Python 3.11+ and pip:
#   make demo     installs tvpa-scorer in .venv and drafts the Mexico 2008 assessment into draft/
#   make test     installs the development tools in .venv and runs lint and the test suite
#   make reports  rebuilds the example assessment in reports/ (tests/test_reports.py checks it)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

MEXICO_2008 := samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt

.PHONY: demo test lint reports clean

demo: $(VENV)/.installed
	$(BIN)/tvpa-scorer score -o draft $(MEXICO_2008)
	@echo "Open draft/mexico-2008.html in a browser, or edit draft/mexico-2008.md."

reports: $(VENV)/.installed
	$(BIN)/tvpa-scorer score --format md --format html -o reports $(MEXICO_2008)

test: $(VENV)/.installed-dev
	$(BIN)/ruff check tvpa_scorer tests
	$(BIN)/tvpa-scorer validate rules
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check tvpa_scorer tests

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	# dependency groups (PEP 735) need pip 25.1 or newer
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet --editable . --group dev
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis draft
