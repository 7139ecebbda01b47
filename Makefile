# Two entry points for a newcomer: `make run` and `make test`. Each creates .venv if missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8501
WORKERS ?= 2

.PHONY: run test lint format bench data clean browser nginx serve-cluster

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m assistant serve --port $(PORT)

# WORKERS app processes behind nginx on PORT: sticky chat sessions, round-robin /api/*.
serve-cluster: $(STAMP) nginx
	$(PY) -m assistant serve-cluster --port $(PORT) --workers $(WORKERS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Debian's chromium for the browser tests, when this machine lets us install it.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: chromium is not installed; browser tests will be skipped (apt-get install chromium)"; fi; }

# Debian's nginx for the cluster (serve-cluster and its tests), the same way.
nginx:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	  else echo "note: nginx is not installed; cluster tests will be skipped (apt-get install nginx)"; fi; }

# One worker per core; worksteal keeps both busy when a long sweep test lands last.
test: lint browser nginx
	$(PY) -m pytest -q -ra -n auto --dist worksteal

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMP)
	$(PY) bench/store_open.py
	$(PY) bench/latency.py
	$(PY) bench/load.py 20 30
	$(PY) bench/cluster.py
	$(PY) bench/holdout.py

data: $(STAMP)
	$(PY) -m assistant data build

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
