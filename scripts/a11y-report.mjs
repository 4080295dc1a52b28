// Prints axe-core's results from the accessibility matrix
// (tests/e2e/specs/a11y-matrix.spec.mjs writes one file per language,
// width and mode to target/a11y/): for each stop of the tour, how many runs,
// their violations, how many rules passed, and the rules axe could not
// decide (left for a person: usually colour contrast over a picture).
import { readdirSync, readFileSync } from 'node:fs';

const dir = process.argv[2] || 'target/a11y';
const runs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
if (runs.length === 0) {
  console.error(`a11y-report: nothing in ${dir}; run the end-to-end tests first`);
  process.exit(1);
}
const rows = new Map();
for (const run of runs) {
  for (const [stop, report] of Object.entries(run.stops)) {
    const row = rows.get(stop) || { runs: 0, violations: 0, passes: [], incomplete: new Set() };
    row.runs += 1;
    row.violations += report.violations.length;
    row.passes.push(report.passes);
    report.incomplete.forEach((id) => row.incomplete.add(id));
    rows.set(stop, row);
  }
}
const modes = [...new Set(runs.map((r) => `${r.lang} ${r.width}px ${r.mode}`))].sort();
console.log(`axe-core, ${runs.length} runs of the tour (${modes.join('; ')})`);
console.log('| stop | runs | violations | rules passed | undecided (for a person) |');
console.log('|---|---:|---:|---:|---|');
let total = 0;
let violations = 0;
for (const [stop, row] of rows) {
  total += row.runs;
  violations += row.violations;
  const [lo, hi] = [Math.min(...row.passes), Math.max(...row.passes)];
  console.log(`| ${stop} | ${row.runs} | ${row.violations} | ${lo === hi ? lo : `${lo}-${hi}`} | ${[...row.incomplete].sort().join(', ') || '-'} |`);
}
console.log(`| all | ${total} | ${violations} | | |`);
