# The project's verbs. `make help` lists them. Every target sets up .venv itself.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000
KEY ?= sk_test_local
DB ?= reports/serve.db
URL ?= http://127.0.0.1:$(PORT)
SECONDS ?= 60

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint typecheck test unit demo serve contract bench clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11 or newer); set PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv with the package and the dev tools

generate: $(STAMP) ## regenerate generated/ from openapi.yaml, codegen/ and overrides/
	$(PY) codegen/regenerate.py

check-generated: $(STAMP) ## fail if generated/ differs from a fresh regeneration
	$(PY) codegen/regenerate.py --check

lint: $(STAMP) ## ruff on everything hand-written and generated
	$(PY) -m ruff check codegen overrides tests bench generated
	$(PY) -m ruff format --check codegen overrides tests bench generated

typecheck: $(STAMP) ## mypy --strict (overrides are checked as installed in generated/)
	$(PY) -m mypy generated/lightfield_opportunities codegen tests bench

test: $(STAMP) check-generated lint typecheck ## every check and every test
	$(PY) -m pytest

unit: $(STAMP) ## the fast tests only
	$(PY) -m pytest tests/unit tests/property

demo: $(STAMP) check-generated ## start the reference server, drive all five operations, contract-check it
	$(PY) -m tests.demo

serve: $(STAMP) ## run the reference server: make serve PORT=8000 KEY=sk_test DB=path.db
	$(PY) -m tests.server --port $(PORT) --key $(KEY) --db $(DB)

contract: $(STAMP) ## schemathesis against any server: make contract URL=... KEY=... [WRITES=1]
	$(PY) -m tests.contract.cli --url $(URL) --key $(KEY) --seconds $(SECONDS) $(if $(WRITES),--allow-writes,)

bench: $(STAMP) ## benchmarks against the official SDK (installs the bench extra)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) -m bench

clean: ## remove .venv and reports
	rm -rf $(VENV) reports .hypothesis .schemathesis .mypy_cache .ruff_cache .pytest_cache
