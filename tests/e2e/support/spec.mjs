// Reads the PHQ-9 wording from the clinical spec's PHQ-9 sections (pinned in
// tests/fixtures and checked against ../shared by the native tests), so the
// end-to-end tests compare what a visitor sees with the source of truth,
// not with a copy of the widget's own data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const spec = readFileSync(fileURLToPath(new URL('../../fixtures/clinical-spec-phq9.md', import.meta.url)), 'utf8');

function section(from, to) {
  const start = spec.indexOf(from);
  const end = spec.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`clinical spec has no section ${from}`);
  return spec.slice(start, end);
}

function numberedRows(text) {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()))
    .filter((cells) => /^[1-9]$/.test(cells[0]))
    .map((cells) => cells[1]);
}

function quoteAfter(text, marker) {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(marker));
  const quote = lines.slice(at + 1).find((line) => line.startsWith('> '));
  return quote.slice(2).replace(/^\*\*|\*\*$/g, '');
}

const spanish = section('### 1.7', '### 1.8');

export const PHQ9 = {
  en: {
    stem: quoteAfter(section('### 1.2', '### 1.3'), '### 1.2'),
    items: numberedRows(section('### 1.3', '### 1.4')),
    options: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
    difficulty: quoteAfter(section('### 1.5', '### 1.6'), '### 1.5'),
    attribution: quoteAfter(section('### 1.6', '### 1.7'), '**English:**'),
  },
  es: {
    stem: quoteAfter(spanish, '**Instructions:**'),
    items: numberedRows(spanish),
    options: spanish
      .split('\n')
      .find((line) => line.startsWith('**Response options:**'))
      .replace('**Response options:**', '')
      .split('·')
      .map((part) => part.split('=')[0].trim()),
    difficulty: quoteAfter(spanish, '**Difficulty question:**'),
    attribution: quoteAfter(section('### 1.6', '### 1.7'), '**Spanish (USA):**'),
  },
};

if (PHQ9.en.items.length !== 9 || PHQ9.es.items.length !== 9) {
  throw new Error('could not read nine PHQ-9 items per language from the clinical spec');
}
