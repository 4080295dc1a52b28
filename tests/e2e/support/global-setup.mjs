// Fails fast, with the fix, when the release build is missing; then packs
// the project with `npm pack`, exactly as it would be published, and
// unpacks it into target/cdn/ for the CDN stand-ins to serve. Bundles the
// React host app (tests/e2e/spa/) with esbuild into target/spa/, and builds
// the Tailwind host page's CSS with Tailwind itself (theme, preflight and
// the utilities that page uses) into target/tailwind/tailwind.css.
import { existsSync, readdirSync, rmSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compile } from 'tailwindcss';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export default async function globalSetup() {
  const folder = fileURLToPath(new URL('../../../dist/trd-widget/', import.meta.url));
  const hasWasm = existsSync(folder) && readdirSync(folder).some((f) => /^trd-widget_bg-[0-9a-f]{16}\.wasm$/.test(f));
  if (!existsSync(`${folder}trd-widget.js`) || !hasWasm) {
    throw new Error(`${folder} is incomplete: run \`make build\` (or \`make test\`) first.`);
  }
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  const cdn = `${repo}target/cdn`;
  rmSync(cdn, { recursive: true, force: true });
  mkdirSync(cdn, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', cdn], { cwd: repo, encoding: 'utf8' }),
  );
  execFileSync('tar', ['-xzf', `${cdn}/${packed[0].filename}`, '-C', cdn]);
  process.env.TRD_PACKAGE_FILES = JSON.stringify(packed[0].files.map((f) => f.path));
  await build({
    entryPoints: [`${repo}tests/e2e/spa/app.jsx`],
    outfile: `${repo}target/spa/app.js`,
    bundle: true,
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  const tailwind = await compile(
    '@layer theme, base, components, utilities;\n' +
      '@import "tailwindcss/theme.css" layer(theme);\n' +
      '@import "tailwindcss/preflight.css" layer(base);\n' +
      '@import "tailwindcss/utilities.css" layer(utilities);\n',
    {
      base: repo,
      loadStylesheet: async (id, base) => {
        const path = require.resolve(id, { paths: [base] });
        return { path, base: path.replace(/\/[^/]+$/, ''), content: readFileSync(path, 'utf8') };
      },
    },
  );
  const page = readFileSync(`${repo}tests/e2e/hosts/framework-tailwind.html`, 'utf8');
  const candidates = [...page.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
  mkdirSync(`${repo}target/tailwind`, { recursive: true });
  writeFileSync(`${repo}target/tailwind/tailwind.css`, tailwind.build(candidates));
}
