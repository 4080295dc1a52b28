// The WordPress plugin's translations, the WordPress way, built with the
// plugin (scripts/wordpress-plugin.mjs):
//
// - every string passed to __(), esc_html__(), esc_attr__(), _e() or
//   esc_html_e() with the text domain 'trd-widget' in the plugin's PHP and
//   JS, and the block's title and description, go into
//   languages/trd-widget.pot;
// - languages/trd-widget-es.po (kept by hand, in the source) translates
//   them; a string without a translation fails the build, naming it;
// - for each Spanish locale WordPress sites use here (es_ES, es_MX): the
//   .mo file PHP loads, and the JSON file wp_set_script_translations loads
//   for the block editor's script.
//
//   node scripts/wordpress-i18n.mjs <plugin folder>   # also called by wordpress-plugin.mjs
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOMAIN = 'trd-widget';
const EOT = '\u0004';
const LOCALES = ['es_ES', 'es_MX'];
const CALL = /\b(?:__|esc_html__|esc_attr__|_e|esc_html_e)\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*,\s*['"]trd-widget['"]\s*\)/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'widget' ? [] : files(path);
    return ['.php', '.js'].includes(extname(name)) ? [path] : [];
  });
}

/** Every translatable string of the plugin, in order of first use, with where it is. */
export function extract(pluginDir) {
  const found = new Map();
  const add = (text, where) => {
    if (!found.has(text)) found.set(text, []);
    found.get(text).push(where);
  };
  for (const path of files(pluginDir).sort()) {
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(CALL)) {
      const text = match[2].replace(/\\(['"\\])/g, '$1');
      const line = source.slice(0, match.index).split('\n').length;
      add(text, `${relative(pluginDir, path)}:${line}`);
    }
  }
  // WordPress translates a block's title and description with a context
  // (gettext's msgctxt, joined to the msgid by \u0004 in a .mo file).
  const block = JSON.parse(readFileSync(join(pluginDir, 'block', 'block.json'), 'utf8'));
  add(`block title${EOT}${block.title}`, 'block/block.json');
  add(`block description${EOT}${block.description}`, 'block/block.json');
  return found;
}

const poString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function pot(strings) {
  const header = [
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: trd-widget\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: trd-widget\\n"',
  ].join('\n');
  const entries = [...strings].map(([key, where]) => {
    const [context, text] = key.includes(EOT) ? key.split(EOT) : [null, key];
    return `#: ${where.join(' ')}\n${context ? `msgctxt ${poString(context)}\n` : ''}msgid ${poString(text)}\nmsgstr ""`;
  });
  return `${header}\n\n${entries.join('\n\n')}\n`;
}

/** msgid -> msgstr from a .po file (single-line and continued strings). */
export function readPo(text) {
  const unquote = (s) => JSON.parse(s.replace(/\\'/g, "'"));
  const entries = new Map();
  let id = null;
  let str = null;
  let context = null;
  let into = null;
  const flush = () => {
    if (id !== null && id !== '' && str !== null) entries.set(context !== null ? `${context}${EOT}${id}` : id, str);
    id = null;
    str = null;
    context = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('msgctxt ')) {
      flush();
      context = unquote(line.slice(8));
      into = 'context';
    } else if (line.startsWith('msgid ')) {
      if (into !== 'context') flush();
      id = unquote(line.slice(6));
      into = 'id';
    } else if (line.startsWith('msgstr ')) {
      str = unquote(line.slice(7));
      into = 'str';
    } else if (line.startsWith('"')) {
      if (into === 'id') id += unquote(line);
      else if (into === 'str') str += unquote(line);
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) for these translations. */
export function mo(translations, locale) {
  const header = `Language: ${locale}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nPlural-Forms: nplurals=2; plural=(n != 1);\n`;
  const pairs = [['', header], ...[...translations].sort(([a], [b]) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1))];
  const n = pairs.length;
  const ids = pairs.map(([id]) => Buffer.from(id, 'utf8'));
  const strs = pairs.map(([, str]) => Buffer.from(str, 'utf8'));
  const tables = 28 + 16 * n;
  let offset = tables;
  const table = Buffer.alloc(16 * n);
  ids.forEach((b, i) => {
    table.writeUInt32LE(b.length, 8 * i);
    table.writeUInt32LE(offset, 8 * i + 4);
    offset += b.length + 1;
  });
  strs.forEach((b, i) => {
    table.writeUInt32LE(b.length, 8 * n + 8 * i);
    table.writeUInt32LE(offset, 8 * n + 8 * i + 4);
    offset += b.length + 1;
  });
  const head = Buffer.alloc(28);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(28, 12);
  head.writeUInt32LE(28 + 8 * n, 16);
  head.writeUInt32LE(0, 20);
  // No hash table; it would start where the strings do.
  head.writeUInt32LE(tables, 24);
  const zero = Buffer.alloc(1);
  return Buffer.concat([head, table, ...ids.flatMap((b) => [b, zero]), ...strs.flatMap((b) => [b, zero])]);
}

/** The Jed JSON WordPress loads for one script's translations. */
export function scriptJson(translations, locale, used) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const id of used) messages[id] = [translations.get(id)];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

export function translate(pluginDir) {
  const strings = extract(pluginDir);
  const languages = join(pluginDir, 'languages');
  writeFileSync(join(languages, `${DOMAIN}.pot`), pot(strings));
  const translations = readPo(readFileSync(join(languages, `${DOMAIN}-es.po`), 'utf8'));
  const missing = [...strings.keys()].filter((id) => !translations.get(id));
  if (missing.length) {
    throw new Error(`wordpress-i18n: no Spanish in languages/${DOMAIN}-es.po for:\n  ${missing.join('\n  ')}`);
  }
  const wanted = new Map([...strings.keys()].map((id) => [id, translations.get(id)]));
  const editor = 'block/editor.js';
  const inEditor = [...strings].filter(([, where]) => where.some((w) => w.startsWith(`${editor}:`))).map(([id]) => id);
  const hash = createHash('md5').update(editor).digest('hex');
  for (const locale of LOCALES) {
    writeFileSync(join(languages, `${DOMAIN}-${locale}.mo`), mo(wanted, locale));
    writeFileSync(join(languages, `${DOMAIN}-${locale}-${hash}.json`), scriptJson(wanted, locale, inEditor));
  }
  return { strings: strings.size, locales: LOCALES };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/wordpress-i18n.mjs <plugin folder>');
    process.exit(2);
  }
  try {
    const done = translate(dir);
    console.log(`wordpress-i18n: ${done.strings} strings, ${done.locales.join(' and ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
