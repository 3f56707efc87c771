# Every target bootstraps itself: the first run creates .venv and installs the project.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

CHROMIUM ?= $(shell command -v chromium || echo /usr/bin/chromium)

.PHONY: serve build check-content test browser clean bench

NODE_STAMP := node_modules/.installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# npm tools (pinned in package.json, locked in package-lock.json) for checks and benchmarks.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

serve: $(STAMP)
	$(PY) build.py serve

build: $(STAMP)
	$(PY) build.py build

check-content: $(STAMP)
	$(PY) build.py check

# Browser tests use Debian's Chromium; install it when missing (needs root or sudo).
browser:
	@test -x $(CHROMIUM) || { echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest

# Build times against Hugo, dev-server and reload times, peak memory (see bench/). Not part of
# `make test`. Installs Debian's hugo when missing (without Go: --no-install-recommends).
bench: $(STAMP) browser
	@command -v hugo >/dev/null || { echo "installing Debian's hugo for the benchmark"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends hugo >/dev/null; }
	CHROMIUM=$(CHROMIUM) $(PY) bench/build_bench.py

clean:
	rm -rf _site dist
