#!/usr/bin/env bash
# Adds up what every suite of `make test` ran, from its logs, and prints one
# closing line: "total: N passed, N failed".
set -euo pipefail
logs=${1:-target/test-logs}
passed=0 failed=0
# cargo test and wasm-bindgen-test: "test result: ok. N passed; M failed; ..."
while read -r p f; do
  passed=$((passed + p)) failed=$((failed + f))
done < <(grep -hoE 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$logs"/native.log "$logs"/browser.log | awk '{print $4, $6}')
# Each runner's own summary line, "<name>: N passed, M failed": Playwright's
# (tests/e2e/support/summary-reporter.mjs) for the e2e suite and the random
# walk, the other engines (tests/engines/run.mjs) and the FHIR validator
# (scripts/fhir-validate.py).
for pair in e2e:e2e walk:e2e engines:engines fhir:fhir; do
  log=${pair%%:*} name=${pair##*:}
  if read -r p f < <(grep -hoE "^$name: [0-9]+ passed, [0-9]+ failed" "$logs/$log.log" | awk '{print $2, $4}'); then
    passed=$((passed + p)) failed=$((failed + f))
  else
    echo "test-summary: no $name summary in $logs/$log.log" >&2
    exit 1
  fi
done
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
