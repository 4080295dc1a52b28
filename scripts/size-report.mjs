// Size report (a measurement, not a test): raw, gzip and brotli bytes of
// every file a browser downloads for the widget, then what a visitor
// fetches when (issue 17): the first load (before the intro works), the
// PHQ-9 path (to the result), what each later screen adds the first time it
// opens, with its requests, and the total.
//
//   node scripts/size-report.mjs [dist/trd-widget] [--budget size-budget.txt] [--readme README.md]
//
// With --readme, the table of what a visitor fetches in README's "Size"
// section (between its size-report markers) is rewritten from this
// measurement, so the README's figures are never typed by hand (`make
// size`, part of `make test`, does this).
// With --budget, exits 1 when the first load, the PHQ-9 path or the total
// is above its line in that file (a size is deterministic, so this is a
// check, not a timed test). The split build writes dist/split.json, which
// says which pack each group of screens needs; without it (an unsplit
// build) there are only the files and the total.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budgetFile = budgetAt >= 0 ? args[budgetAt + 1] : null;
const readmeAt = args.indexOf('--readme');
const readmeFile = readmeAt >= 0 ? args[readmeAt + 1] : null;
const dir = args.find((a, i) => !a.startsWith('--') && i !== budgetAt + 1 && i !== readmeAt + 1) || 'dist/trd-widget';
const files = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile() && /^trd-widget.*\.(js|wasm|bin)$/.test(name))
  .sort();
if (files.length === 0) {
  console.error(`size-report: no files in ${dir}; run \`make build\` first.`);
  process.exit(1);
}

const measure = (name) => {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
const rows = files.map(measure);
const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
const sum = (name, list) =>
  list.reduce(
    (acc, file) => ({ name, raw: acc.raw + byName[file].raw, gzip: acc.gzip + byName[file].gzip, brotli: acc.brotli + byName[file].brotli }),
    { name, raw: 0, gzip: 0, brotli: 0 },
  );

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const lines = [];
const show = (row, note = '') => lines.push({ row, note });
rows.forEach((row) => show(row));
const measured = { total: sum('total', files) };
// README's table: what a visitor fetches, brotli bytes, requests.
const readmeRows = [];

const splitPath = join(dirname(dir), 'split.json');
if (existsSync(splitPath)) {
  const split = JSON.parse(readFileSync(splitPath, 'utf8'));
  const first = [split.script, split.main];
  const phq9 = [...new Set([...first, ...split.needs.answers].map((p) => split.packs[p] || p))];
  measured['first-load'] = sum('first load (before the intro works)', first);
  measured['phq9-path'] = sum('PHQ-9 path (to the result)', phq9);
  show(measured['first-load'], `${first.length} requests`);
  show(measured['phq9-path'], `+${phq9.length - first.length} request, fetched ahead while the questions are answered`);
  readmeRows.push(['**first load**, before the intro works (goal ≤ 120 KB, read as 120,000 B)', `**${measured['first-load'].brotli.toLocaleString('en-US')}**`, String(first.length)]);
  readmeRows.push(['**PHQ-9 path** to the result (goal ≤ 160 KB); the review and result pack is fetched while the questions are answered', `**${measured['phq9-path'].brotli.toLocaleString('en-US')}**`, `+${phq9.length - first.length}`]);
  for (const [group, screen, words] of [
    ['staging', 'staging', 'opening the treatment history, after the PHQ-9'],
    ['learn', 'explainers', 'opening the explainers, after the PHQ-9'],
    ['summary', 'summary', 'opening the summary for the doctor, after the PHQ-9'],
    ['storage', 'remember (opt-in)', 'remembering (opt-in; at mount only when something was remembered)'],
  ]) {
    const extra = split.needs[group].map((p) => split.packs[p]).filter((f) => !phq9.includes(f));
    const added = sum(`+ ${screen}, after the PHQ-9`, extra);
    show(added, `+${extra.length} request${extra.length === 1 ? '' : 's'} the first time`);
    readmeRows.push([words, `+${added.brotli.toLocaleString('en-US')}`, `+${extra.length}`]);
  }
}
show(measured.total);
readmeRows.push(['everything', measured.total.brotli.toLocaleString('en-US'), `${files.length} files`]);

const width = Math.max(...lines.map(({ row }) => row.name.length), 5);
const line = ({ row, note }) =>
  `${row.name.padEnd(width)}  ${String(row.raw).padStart(8)} B ${kb(row.raw).padStart(11)}  ${String(row.gzip).padStart(8)} B ${kb(row.gzip).padStart(11)}  ${String(row.brotli).padStart(8)} B ${kb(row.brotli).padStart(11)}${note ? `  (${note})` : ''}`;
console.log(`size report for ${dir} (what a browser downloads for the widget)`);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(22)}  ${'gzip -9'.padStart(22)}  ${'brotli -q 11'.padStart(22)}`);
lines.forEach((l) => console.log(line(l)));

if (budgetFile) {
  const budgets = Object.fromEntries(
    [...readFileSync(budgetFile, 'utf8').matchAll(/^([a-z0-9-]+)\s+(\d+)\s*$/gm)].map(([, key, n]) => [key, Number(n)]),
  );
  let over = false;
  for (const key of ['first-load', 'phq9-path', 'total']) {
    if (!(key in budgets)) {
      console.error(`size-report: ${budgetFile} has no "${key} <bytes>" line.`);
      process.exit(1);
    }
    if (!measured[key]) {
      console.error(`size-report: ${key} cannot be measured here (no split.json beside ${dir}); run \`make build\`.`);
      process.exit(1);
    }
    const verdict = measured[key].brotli <= budgets[key] ? 'within' : 'OVER';
    over ||= verdict === 'OVER';
    console.log(`budget ${key}: ${measured[key].brotli} B brotli of ${budgets[key]} B (${budgetFile}): ${verdict}`);
  }
  if (over) process.exit(1);
}

if (readmeFile) {
  const begin = '<!-- size-report: this table is written by scripts/size-report.mjs (make size); do not edit -->\n';
  const end = '<!-- /size-report -->';
  const text = readFileSync(readmeFile, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) {
    console.error(`size-report: ${readmeFile} has no size-report markers.`);
    process.exit(1);
  }
  const table = ['| what a visitor fetches | bytes, brotli | requests |', '|---|---:|---:|', ...readmeRows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const next = text.slice(0, from + begin.length) + table + '\n' + text.slice(to);
  if (next !== text) {
    writeFileSync(readmeFile, next);
    console.log(`size-report: ${readmeFile} updated with this measurement`);
  }
}
