# Two commands do all set-up on a fresh clone (see README):
#   make report   writes the report for the demo corpus into ./crossfact-report
#   make test     lint, type-check and run the tests
# Both create or reuse .venv/ and install crossfact (pinned) into it.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.crossfact-installed

.PHONY: report test bench gold clean-venv

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/crossfact -o crossfact-report

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy crossfact corpus claims comparison reports
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean-venv:
	rm -rf $(VENV)
