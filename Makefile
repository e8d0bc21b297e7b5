# Two commands do all the set-up on a machine with Python 3.11+ and pip:
#   make demo   installs tvpa-scorer in .venv and scores the bundled Mexico 2008 cables
#   make test   installs the development tools in .venv and runs lint and the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint clean

demo: $(VENV)/.installed
	$(BIN)/tvpa-scorer score samples/08MEXICO722.txt samples/08MEXICO_LAGON_VISIT.txt

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
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
