// Size report (a measurement, not a test): raw, gzip and brotli bytes of
// every file a browser downloads for the widget, and their sum.
//
//   node scripts/size-report.mjs [dist/trd-widget] [--budget size-budget.txt]
//
// With --budget, exits 1 when the brotli total is above the number in that
// file (a size is deterministic, so this is a check, not a timed test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budgetFile = budgetAt >= 0 ? args[budgetAt + 1] : null;
const dir = args.find((a, i) => !a.startsWith('--') && i !== budgetAt + 1) || 'dist/trd-widget';
const files = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile() && /^trd-widget.*\.(js|wasm)$/.test(name))
  .sort();
if (files.length === 0) {
  console.error(`size-report: no files in ${dir}; run \`make build\` first.`);
  process.exit(1);
}

const rows = files.map((name) => {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
const total = rows.reduce(
  (sum, row) => ({ name: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const width = Math.max(...rows.map((row) => row.name.length), 5);
const line = (row) =>
  `${row.name.padEnd(width)}  ${String(row.raw).padStart(8)} B ${kb(row.raw).padStart(11)}  ${String(row.gzip).padStart(8)} B ${kb(row.gzip).padStart(11)}  ${String(row.brotli).padStart(8)} B ${kb(row.brotli).padStart(11)}`;
console.log(`size report for ${dir} (what a browser downloads for the widget)`);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(22)}  ${'gzip -9'.padStart(22)}  ${'brotli -q 11'.padStart(22)}`);
rows.forEach((row) => console.log(line(row)));
console.log(line(total));

if (budgetFile) {
  const budget = Number((readFileSync(budgetFile, 'utf8').match(/^\s*(\d+)/m) || [])[1]);
  if (!Number.isFinite(budget)) {
    console.error(`size-report: ${budgetFile} has no number of bytes.`);
    process.exit(1);
  }
  const verdict = total.brotli <= budget ? 'within' : 'OVER';
  console.log(`budget: ${total.brotli} B brotli of ${budget} B (${budgetFile}): ${verdict}`);
  if (total.brotli > budget) process.exit(1);
}
