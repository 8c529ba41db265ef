# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install demo test lint bench bench-ingest bench-scale eval serve screenshot clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,html,plot,api,spark]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/kuroshio demo

test: install
	$(PY) -m ruff check src tests bench
	$(PY) -m pytest -q

# The REST API and the dashboard over the demo store, on http://127.0.0.1:8000/
serve: install
	test -f kuroshio-demo.duckdb || $(VENV)/bin/kuroshio demo
	$(VENV)/bin/kuroshio serve --db kuroshio-demo.duckdb

# The README's picture of the dashboard, taken by the browser test (needs Chromium).
screenshot: install
	KUROSHIO_SCREENSHOT=docs/images/dashboard.png KUROSHIO_REQUIRE_BROWSER=1 \
		$(PY) -m pytest -q tests/test_web.py -k draws_the_dyad

bench: install
	$(PY) bench/throughput.py

bench-ingest: install
	$(PY) bench/ingest.py

# The cost curve: 1k, 10k and 100k sentences with --jobs 1, --jobs 2 and Spark local[2]
# (about a quarter of an hour on 2 cores; SIZES=1000,10000 for a shorter run).
SIZES ?= 1000,10000,100000
bench-scale: install
	$(PY) bench/scale.py --sizes $(SIZES)

# Scores on the public gold sets, when ../shared/eval is beside the checkout.
EVAL_DIR ?= ../shared/eval
eval: install
	$(VENV)/bin/kuroshio eval $(EVAL_DIR)/universalpetrarch_petr2_gsr.jsonl
	$(VENV)/bin/kuroshio eval $(EVAL_DIR)/plover_gsr_cameo_examples.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis
