// Static server for the demo and the end-to-end tests. Node only, no
// dependencies, loopback only.
//
//   node scripts/serve.mjs [--port 8080] [--dist dist]
//   node scripts/serve.mjs --port 4174 --root target/cdn [--cors]
//
// With --root, the folder is served as it is and nothing else (a stand-in
// for a CDN on another origin); --cors adds Access-Control-Allow-Origin: *
// as public CDNs send it.
//
// Routes:
//   /                         the demo clinic page (dist/index.html) and dist/*
//   /e2e/<page>               host pages from tests/e2e/hosts/; pages named
//                             csp-*.html are served with a strict
//                             Content-Security-Policy header
//   /vendor/cms/assets/trd-widget/*
//                             the widget folder under a deep path, to prove it
//                             finds its files relative to its own URL
//   /missing/trd-widget/*     the widget folder with its .wasm answering 404
//   /spa/*                    the React host app: target/spa/app.js (bundled
//                             by the e2e setup), every other path its
//                             index.html (client-side routes)
//   /css/bootstrap.min.css    Bootstrap's own CSS from node_modules
//   /css/tailwind.css         Tailwind's output for the Tailwind host page
//                             (built by the e2e setup from node_modules)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.PORT || '8080'));
const dist = join(root, option('dist', 'dist'));
const hosts = join(root, 'tests', 'e2e', 'hosts');
const staticRoot = args.includes('--root') ? join(root, option('root', '.')) : null;
const cors = args.includes('--cors');

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to [base folder, path inside it], or null for 404. */
function route(path) {
  if (staticRoot) return [staticRoot, path.slice(1)];
  if (path.startsWith('/e2e/')) return [hosts, path.slice('/e2e/'.length)];
  if (path.startsWith('/vendor/cms/assets/trd-widget/'))
    return [dist, 'trd-widget/' + path.slice('/vendor/cms/assets/trd-widget/'.length)];
  if (path === '/spa/app.js') return [join(root, 'target', 'spa'), 'app.js'];
  if (path === '/spa' || path.startsWith('/spa/')) return [join(root, 'tests', 'e2e', 'spa'), 'index.html'];
  if (path === '/css/bootstrap.min.css') return [join(root, 'node_modules', 'bootstrap', 'dist', 'css'), 'bootstrap.min.css'];
  if (path === '/css/tailwind.css') return [join(root, 'target', 'tailwind'), 'tailwind.css'];
  if (path.startsWith('/missing/trd-widget/')) {
    if (path.endsWith('.wasm')) return null;
    return [dist, 'trd-widget/' + path.slice('/missing/trd-widget/'.length)];
  }
  return [dist, path === '/' ? 'index.html' : path.slice(1)];
}

async function handle(request, response) {
  const url = new URL(request.url, 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = null;
  }
  const target = path && route(path);
  if (!target) return notFound(response);
  const [base, relative] = target;
  const file = normalize(join(base, relative));
  if (!file.startsWith(base + sep)) return notFound(response);
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(response);
    const body = await readFile(file);
    const headers = {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (base === hosts && /(^|\/)csp-[^/]*\.html$/.test(relative)) {
      headers['Content-Security-Policy'] = STRICT_CSP;
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    notFound(response);
  }
}

function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found\n');
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => notFound(response));
});
server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address();
  console.log(`trd-widget demo: http://localhost:${bound}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
