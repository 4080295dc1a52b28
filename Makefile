# trd-widget: the two commands in the README.
#
#   make demo   install what is missing, build a release, serve the demo clinic page
#   make test   install what is missing, then every check: format, lints, native
#               tests, browser tests (wasm-bindgen-test in Chromium), the release
#               build, the size report, and the end-to-end tests (Playwright + axe-core)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# wasm-opt from npm's binaryen must come first: Trunk takes the first on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

PORT ?= 8080
LOGS := target/test-logs

# The steps of `make test` depend on each other's output in the order listed
# (the e2e tests on the build): never run them in parallel, even with -j.
.NOTPARALLEL:

.PHONY: gallery walk bench demo test setup-build setup-test build serve lint supply-chain test-native test-browser size test-fhir test-e2e test-engines

demo: setup-build build serve

test: setup-test lint supply-chain test-native build test-browser size test-fhir test-e2e test-engines walk
	@scripts/test-summary.sh $(LOGS)

# Not part of `make test`: a screenshot of every screen and state (both
# languages, 390 and 1280 px, light, dark and forced colors) in
# target/gallery/, with an index.html that shows them side by side; the
# WordPress settings page and block editor in English and Spanish in
# target/gallery/wordpress/; and the
# main flows' stops in Chromium, WebKit and Gecko side by side in
# target/engines/index.html.
gallery: setup-test build
	trap 'scripts/wordpress.sh stop' EXIT; \
	scripts/wordpress.sh start > /dev/null; \
	npx playwright test -c tests/e2e/gallery.config.mjs
	node tests/engines/run.mjs --gallery
	@echo "gallery: open target/gallery/index.html"

# Not part of `make test`: prints timing figures against SurveyJS and a
# plain-script floor (scripts/bench.mjs; BENCH_RUNS=9 by default).
bench: setup-test build
	node scripts/bench.mjs

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test
	@rm -rf $(LOGS) && mkdir -p $(LOGS)

# The split build that ships (scripts/build-split.mjs: a first load and
# packs loaded when first needed; `trunk serve` keeps the unsplit dev
# loop). The clinician review page (dist/review.html) is written natively
# from the same content files and catalogues the widget compiles in.
build:
	cargo run --quiet --example option_lists
	node scripts/build-split.mjs
	node scripts/third-party.mjs dist/trd-widget/THIRD-PARTY.txt
	cargo run --quiet --example review_page -- dist/review.html
	cargo run --quiet --example fhir -- questionnaire dist/fhir/Questionnaire-phq9.json
	node scripts/wordpress-plugin.mjs

serve:
	node scripts/serve.mjs --port $(PORT)

lint:
	cargo fmt --check
	leptosfmt --check --quiet src
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

# Licences, banned crates and sources of every Rust dependency (deny.toml),
# and known vulnerabilities in what the npm package ships. RustSec
# advisories are not checked: cargo-deny fetches them from GitHub, which
# these machines cannot reach.
supply-chain:
	cargo deny --log-level error check licenses bans sources
	@echo "cargo deny: licenses, bans and sources ok; advisories not checked (the RustSec database is on GitHub, unreachable here)"
	npm audit --omit=dev

test-native:
	@mkdir -p $(LOGS)
	cargo test 2>&1 | tee $(LOGS)/native.log

# wasm-bindgen-test-runner drives Debian's Chromium through ChromeDriver, headless.
test-browser:
	@mkdir -p $(LOGS)
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee $(LOGS)/browser.log

# The seeded random walks (tests/e2e/walk/): three fixed seeds and one new
# seed each run, printed first, 2,500 steps each; each must reach every
# screen, both languages and every form's error state. Replay or lengthen
# one with `make walk WALK_SEED=1234 WALK_STEPS=100000`.
walk:
	@mkdir -p $(LOGS)
	$(if $(WALK_STEPS),WALK_STEPS=$(WALK_STEPS)) $(if $(WALK_SEED),WALK_SEED=$(WALK_SEED)) \
	npx playwright test -c tests/e2e/walk.config.mjs 2>&1 | tee $(LOGS)/walk.log

# The FHIR bundles the widget downloads (both languages, item 9 at 0 and
# above 0) and the shipped Questionnaire, checked by an outside validator
# (fhir.resources from PyPI, R4B) and the SDC/US Core links between them.
test-fhir:
	@mkdir -p $(LOGS)
	rm -rf target/fhir
	cargo run --quiet --example fhir -- samples target/fhir
	$(HOME)/.cache/trd-widget/fhir-venv/bin/python scripts/fhir-validate.py target/fhir/*.json dist/fhir/Questionnaire-phq9.json 2>&1 | tee $(LOGS)/fhir.log

# The main flows in Safari's and Firefox's engines (Debian's WebKitGTK
# under Xvfb and Firefox ESR), with their screenshots in target/engines/.
test-engines:
	@mkdir -p $(LOGS)
	node tests/engines/run.mjs 2>&1 | tee $(LOGS)/engines.log

size:
	node scripts/size-report.mjs dist/trd-widget --budget size-budget.txt --readme README.md

# The plugin's tests need the real WordPress: scripts/wordpress.sh runs
# MariaDB and WordPress from target/wordpress/ on 127.0.0.1:8081 and stops
# them when the tests end, whatever the outcome.
test-e2e:
	@mkdir -p $(LOGS)
	rm -rf target/a11y
	trap 'scripts/wordpress.sh stop' EXIT; \
	scripts/wordpress.sh start > $(LOGS)/wordpress.log; \
	npx playwright test -c tests/e2e/playwright.config.mjs 2>&1 | tee $(LOGS)/e2e.log
	node scripts/a11y-report.mjs target/a11y | tee $(LOGS)/a11y.log
