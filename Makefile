# Parley: the generation pipeline and the checks. `make test` is what CI runs (.ci/run).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(abspath node_modules/.bin):$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

SPEC ?= openapi.yaml
GENERATED ?= generated/parley_client
PY_SOURCES := tests tools overlay server bench examples
HOST ?= 127.0.0.1
PORT ?= 8000
DB ?= .parley/parley.db
CONTRACT_REPORT ?= .parley/contract-report

RELEASED_SPEC = $(wildcard api/released/openapi-*.yaml)

.PHONY: help venv generate check-generated lint-spec lint test demo serve contract bench docs
.PHONY: spec-diff api-diff check-release release-snapshot

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

venv: $(VENV)/.installed ## Create .venv and install parley with its dev extras.

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: venv ## Regenerate generated/parley_client from openapi.yaml, then say what changed in it.
	@before=$$(mktemp -d) && trap 'rm -rf "$$before"' EXIT && { cp -R $(GENERATED) "$$before/old" 2>/dev/null || true; } && \
	echo "tools/generate.sh $(SPEC) $(GENERATED)" && tools/generate.sh $(SPEC) $(GENERATED) && \
	python tools/generated_summary.py "$$before/old" $(GENERATED)

check-generated: venv ## Fail if generated/ differs from what openapi.yaml generates.
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	tools/generate.sh $(SPEC) "$$tmp/parley_client" > "$$tmp/log" 2>&1 || { cat "$$tmp/log"; exit 1; }; \
	if diff -r -x __pycache__ $(GENERATED) "$$tmp/parley_client"; then \
	  echo "check-generated: $(GENERATED) matches $(SPEC)"; \
	else \
	  echo "check-generated: $(GENERATED) is stale; run 'make generate' and commit the result" >&2; exit 1; \
	fi

lint-spec: venv node_modules/.installed ## Validate openapi.yaml (openapi-spec-validator, redocly).
	openapi-spec-validator $(SPEC)
	redocly lint $(SPEC) --format=stylish

lint: venv ## ruff and mypy --strict.
	ruff check $(PY_SOURCES)
	ruff format --check $(PY_SOURCES)
	mypy --strict $(GENERATED)
	mypy --strict overlay/parley server/parley_server
	mypy --strict tools

spec-diff: venv ## Changes to openapi.yaml since the last release, or since BASE=<git ref>; exit 1 if one breaks clients.
	@if [ -n "$(BASE)" ]; then \
	  old=$$(mktemp) && trap 'rm -f "$$old"' EXIT && git show "$(BASE):openapi.yaml" > "$$old" \
	    || { echo "spec-diff: cannot read openapi.yaml at $(BASE)" >&2; exit 2; }; \
	  python tools/spec_diff.py --old-label "$(BASE):openapi.yaml" "$$old" $(SPEC); \
	else \
	  python tools/spec_diff.py $(RELEASED_SPEC) $(SPEC); \
	fi

api-diff: venv ## Changes to the public Python API since the last release, or since BASE=<git ref> (griffe).
	@python tools/api_diff.py $(if $(BASE),--base "$(BASE)")

check-release: venv ## Fail on a breaking change since the last release that the version does not allow.
	@python tools/release_check.py

release-snapshot: venv ## At a release: keep this version's spec and Python API in api/released/.
	@python tools/release_snapshot.py

test: lint-spec check-generated check-release lint ## Everything CI runs.
	pytest

demo: venv ## Start a reference server on a free port and run examples/tour.py against it.
	python tools/demo.py

serve: venv ## Run the reference server on $(HOST):$(PORT) with the SQLite file $(DB).
	parley-server --host $(HOST) --port $(PORT) --db $(DB)

contract: venv ## Contract-test a server: BASE_URL=... API_KEY=... [ADMIN_KEY=...] [SECOND_KEY=...] [ARGS=...]
	@test -n "$(BASE_URL)" -a -n "$(API_KEY)" || { echo "usage: make contract BASE_URL=http://127.0.0.1:8000 API_KEY=... [ADMIN_KEY=...] [SECOND_KEY=...] [ARGS='--include threads']" >&2; exit 2; }
	@PARLEY_API_KEY="$(API_KEY)" PARLEY_ADMIN_KEY="$(ADMIN_KEY)" PARLEY_SECOND_KEY="$(SECOND_KEY)" \
	  parley-contract --base-url "$(BASE_URL)" --report-dir $(CONTRACT_REPORT) $(ARGS)

docs: venv ## Rewrite docs/api.md from the package, then check every link of README.md and docs/.
	python tools/api_reference.py
	python tools/doc_links.py

bench: venv ## Run the benchmarks (figures recorded in bench/RESULTS.md).
	python bench/import_time.py
	python bench/request_overhead.py
	python bench/stream_decode.py
	python bench/stream_linear.py
	python bench/stream_memory.py
	python bench/bulk_decode.py
	python bench/load_abuse.py
	python bench/spec_diff.py
