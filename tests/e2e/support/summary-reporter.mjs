// Prints one closing line, "e2e: N passed, N failed", for CI logs and
// scripts/test-summary.sh.
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }
  onTestEnd(test, result) {
    if (result.status === 'passed') this.counts.passed += 1;
    else if (result.status === 'skipped') this.counts.skipped += 1;
    else if (result.retry === test.retries) this.counts.failed += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`e2e: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
  }
  printsToStdio() {
    return true;
  }
}
