# Every target bootstraps itself: the first run creates .venv and installs the project.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

CHROMIUM ?= $(shell command -v chromium || echo /usr/bin/chromium)

.PHONY: serve build bundle docset zeal debian-packages check-content claims lint test fuzz browser java hugo constant-libraries runtimes snippet-versions clients servers measure-servers measure check screenshots bench-search bench clean

NODE_STAMP := node_modules/.installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,measure]'
	touch $(STAMP)

# npm tools (pinned in package.json, locked in package-lock.json) for checks and benchmarks.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: the quality gates need Node.js 20+ with npm (not found on PATH)" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

serve: $(STAMP)
	$(PY) build.py serve

build: $(STAMP)
	$(PY) build.py build

bundle: $(STAMP)
	$(PY) build.py bundle

# The Dash/Zeal docset, its .tgz, docset.json and README into dist/docset/ (docs/docset.md).
docset: $(STAMP)
	$(PY) build.py docset

check-content: $(STAMP)
	$(PY) build.py check

# A report, not a gate: sentences that name a product with no source (docs/content.md).
claims: $(STAMP)
	$(PY) build.py claims

# Browser tests use Debian's Chromium; install it when missing (needs root or sudo).
browser:
	@test -x $(CHROMIUM) || { echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The Nu HTML Checker (checks/validator.py) runs on Java 17+; install Debian's when missing.
java:
	@command -v java >/dev/null || { echo "installing Debian's Java runtime for the HTML checker"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; }

# tests/test_docset_zeal.py opens the docset in Debian's Zeal on a virtual display (Xvfb, xauth);
# install the ones missing.
ZEAL_PACKAGES := zeal xvfb xauth
zeal:
	@missing=$$(for p in $(ZEAL_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  test -z "$$missing" || { echo "installing Debian's $$missing for the docset test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; }

# Hugo builds the benchmark's equivalent site: tests/test_bench_sites.py checks in make test that it
# still does the same work as ours, and make bench times it. Debian's hugo, without Go (--no-install-recommends).
hugo:
	@command -v hugo >/dev/null || { echo "installing Debian's hugo for the benchmark and its tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends hugo >/dev/null; }

# ruff (lint, then format check) and mypy (--strict on statussite/ and measure/ but its driver scripts,
# looser on checks/ and bench/), as
# configured in pyproject.toml; the first step of make test, so CI fails on a new error.
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy statussite checks bench measure --exclude measure/drivers

# tests/test_constants.py loads every library whose constants the code pages show, at the
# release Debian installs: Go, a JDK (java runs the check's source file), Ruby's Rack, PHP's
# Symfony HttpFoundation, Perl's HTTP::Status and the Rust http crate's source. The npm and PyPI
# ones come with node_modules and .venv. Installs only the Debian packages that are missing.
CONSTANT_PACKAGES := golang-go default-jdk-headless ruby ruby-rack php-cli php-symfony-http-foundation libhttp-message-perl librust-http-dev
constant-libraries:
	@missing=$$(for package in $(CONSTANT_PACKAGES); do dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q 'install ok installed' || echo $$package; done); \
	if [ -n "$$missing" ]; then echo "installing Debian's $$missing for the constants tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; fi

# The snippet tests (tests/test_snippets.py) run Go, nginx and PHP snippets with Debian's
# packages; install the ones missing (Python frameworks come from pyproject.toml, Express from
# package-lock.json).
RUNTIMES := go:golang-go nginx:nginx php:php-cli
runtimes:
	@missing=""; for pair in $(RUNTIMES); do command -v $${pair%%:*} >/dev/null || missing="$$missing $${pair#*:}"; done; \
	  test -z "$$missing" || { echo "installing Debian's$$missing for the snippet tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; }

# Record the framework versions the snippets are tested with (content/snippets/versions.yml),
# measured from what is installed; tests/test_snippets.py fails when the file is out of date.
snippet-versions: $(STAMP) $(NODE_STAMP) runtimes
	$(PY) -m measure.snippet_versions

# The HTTP clients `make measure` runs (measure/clients.py), from Debian's packages when missing:
# Firefox ESR (driven by puppeteer-core from package-lock.json) and WebKitGTK's WebDriver with the
# virtual display its MiniBrowser needs (xvfb, xauth) among them.
CLIENT_PACKAGES := golang-go default-jdk-headless php-cli php-curl ruby curl wget firefox-esr webkit2gtk-driver xvfb xauth
clients: browser
	@missing=$$(for p in $(CLIENT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  test -z "$$missing" || { echo "installing Debian's $$missing for the client measurements"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; }

# Every client against the loopback test server; rewrites content/clients/*.json (docs/measurement.md).
measure: $(STAMP) $(NODE_STAMP) clients
	CHROMIUM=$(CHROMIUM) $(PY) -m measure.run

# The servers and proxies `make measure-servers` runs (measure/subjects/), from Debian's packages
# when missing, installed with a policy-rc.d that keeps their services from starting (removed
# afterwards); any service that started anyway is stopped. uvicorn comes with .venv.
SERVER_PACKAGES := nginx apache2 haproxy varnish squid caddy trafficserver gunicorn golang-go php-cli nodejs
SERVER_SERVICES := nginx apache2 haproxy varnish varnishncsa squid caddy trafficserver
servers:
	@missing=$$(for p in $(SERVER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  test -z "$$missing" || { echo "installing Debian's $$missing for the server measurements"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  printf '#!/bin/sh\nexit 101\n' | $$SUDO tee /usr/sbin/policy-rc.d >/dev/null && $$SUDO chmod +x /usr/sbin/policy-rc.d; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; \
	  status=$$?; $$SUDO rm -f /usr/sbin/policy-rc.d; \
	  for s in $(SERVER_SERVICES); do $$SUDO service $$s stop >/dev/null 2>&1 || true; done; exit $$status; }

# Every Debian package the tests and gates use, in one apt-get run: on a fresh machine .ci/run starts
# it beside the Python and npm installs, which saves the minutes of one apt-get run per group (each
# target above still installs its own packages when they are missing, for make test run by hand).
DEBIAN_PACKAGES := chromium default-jre-headless hugo $(ZEAL_PACKAGES) $(CONSTANT_PACKAGES) nginx $(CLIENT_PACKAGES) $(SERVER_PACKAGES)
debian-packages:
	@missing=$$(for p in $(sort $(DEBIAN_PACKAGES)); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  test -z "$$missing" || { echo "installing Debian's" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  printf '#!/bin/sh\nexit 101\n' | $$SUDO tee /usr/sbin/policy-rc.d >/dev/null && $$SUDO chmod +x /usr/sbin/policy-rc.d; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing >/dev/null; \
	  status=$$?; $$SUDO rm -f /usr/sbin/policy-rc.d; \
	  for s in $(SERVER_SERVICES); do $$SUDO service $$s stop >/dev/null 2>&1 || true; done; exit $$status; }

# Every server and proxy against the loopback upstream; rewrites content/servers/*.json and prints
# the total time (docs/servers.md).
measure-servers: $(STAMP) servers
	$(PY) -m measure.servers_run

# The tests that run real programs: every "Send it" snippet in its framework, and the staleness
# tests that rerun every measured client, browser engine, server and proxy; minutes spent mostly
# waiting (start-ups, timeouts, retries). They run beside the rest of the suite and the gates, on
# the second core, and their output is shown once both are done (17 min of CI became about 14).
MEASURED_TESTS := tests/test_snippets.py tests/test_clients_fresh.py tests/test_servers_fresh.py
test: $(STAMP) $(NODE_STAMP) browser java hugo constant-libraries runtimes clients servers zeal
	$(MAKE) --no-print-directory lint
	@mkdir -p .test-logs; \
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest -p no:cacheprovider --basetemp=.test-logs/measured $(MEASURED_TESTS) > .test-logs/measured.log 2>&1 & measured=$$!; \
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest $(addprefix --ignore=,$(MEASURED_TESTS)) && $(MAKE) --no-print-directory check; rest=$$?; \
	wait $$measured; again=$$?; \
	echo "== $(MEASURED_TESTS), run beside the suite and the gates:"; cat .test-logs/measured.log; \
	test $$rest -eq 0 -a $$again -eq 0

# A long run of the content fuzz test (make test runs a short, fixed one); prints the cases tried.
FUZZ_EXAMPLES ?= 1000
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -s tests/test_fuzz_content.py

# Quality gates over a fresh build (checks/): Nu HTML Checker, links and anchors, axe in light
# and dark, layout (page width, tap targets, stray backticks) at 360 and 1440 px in light and
# dark, Lighthouse on three pages, page weight; then the link gate over the docset's pages.
# Exits non-zero if any gate finds anything.
DOCSET_PAGES := dist/docset/HTTP_Status_Codes.docset/Contents/Resources/Documents
check: $(STAMP) $(NODE_STAMP) browser java
	$(PY) build.py build --out _site
	CHROMIUM=$(CHROMIUM) $(PY) -m checks _site
	$(PY) build.py docset --out dist/docset
	$(PY) -m checks $(DOCSET_PAGES) --gate links

# Home, a class page, the 404 code page and the not-found page, 360 and 1440 px wide, light
# and dark, into screenshots/ for review.
screenshots: $(STAMP) browser
	$(PY) build.py build --out _site
	CHROMIUM=$(CHROMIUM) $(PY) -m checks.screenshots _site screenshots

# Search quality, speed and size over tests/search_queries.tsv, beside MiniSearch.
bench-search: $(STAMP) $(NODE_STAMP) browser
	CHROMIUM=$(CHROMIUM) $(PY) bench/search_bench.py

# Full builds and the edit loop against Hugo's and `hugo server`'s, peak memory, save-to-reload
# and the build's profile (docs/benchmarks.md). Not part of `make test`; a few minutes.
bench: $(STAMP) browser hugo
	CHROMIUM=$(CHROMIUM) $(PY) bench/build_bench.py

clean:
	rm -rf _site dist screenshots
