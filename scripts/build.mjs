// Before npm start and npm run ask (and by hand: `node scripts/build.mjs`): compiles the TypeScript
// of src/, commands/ and bench/ to JavaScript in dist/, one file for each, so that a start loads
// plain modules instead of compiling them through tsx's loader on every run (about a second of CPU).
// Types are not checked here (npm test does that); esbuild only strips them. Each relative import of
// a .ts file becomes the .js beside it, and the JSON files the modules read go with them. With
// --if-stale it does nothing when dist/ is newer than every source, so the usual start costs a few
// milliseconds of file stamps. npm start and npm run ask call it in their own process (scripts/start.mjs).
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const stamp = join(out, '.built');
const FOLDERS = ['src', 'commands', 'bench'];

function files(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
}

/**
 * Packages our modules import that load as hundreds of small CommonJS files (discord.js's command
 * builders and API types: a quarter of a second of CPU at every start, most of it Node finding and
 * scanning those files). They are bundled once into dist/vendor/, one ES module each with a shared
 * chunk, which loads in a third of the time; discord.js itself is not affected.
 */
const VENDORED = { '@discordjs/builders': 'discord-builders', 'discord-api-types/v10': 'discord-api-types' };

// Every import of another of our modules stays an import, of its compiled file; packages stay
// imports too, the vendored ones of their bundle.
const ourModulesAsJs = {
  name: 'our-modules-as-js',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
    b.onResolve({ filter: /^(?:@discordjs\/builders|discord-api-types\/v10)$/ }, (args) => {
      const from = dirname(relative(root, args.importer));
      const path = relative(from, join('vendor', `${VENDORED[args.path]}.js`)).replace(/\\/g, '/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
  },
};

/** Builds dist/; with ifStale, only when a source is newer than the last build (a few ms of file stamps). */
export async function build({ ifStale = false } = {}) {
  const sources = FOLDERS.flatMap(files);
  const newest = Math.max(
    ...[...sources, 'package-lock.json', 'scripts/build.mjs'].map((f) => statSync(join(root, f)).mtimeMs),
  );
  const fresh = () => existsSync(stamp) && statSync(stamp).mtimeMs >= newest;
  if (ifStale && fresh()) return;

  // One build at a time: tests start several processes at once, and each runs this first. The others
  // wait for the lock, then find dist/ fresh.
  const lock = join(root, 'dist.lock');
  const locked = () => {
    try {
      mkdirSync(lock);
      return true;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      return false;
    }
  };
  while (!locked()) {
    try {
      // A lock older than any build is one a killed build left.
      if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    await new Promise((r) => setTimeout(r, 100));
    if (ifStale && fresh()) return;
  }

  try {
    // Built aside and then swapped in, so that a process running from dist/ never sees half a build.
    const building = join(root, `dist.tmp-${process.pid}`);
    rmSync(building, { recursive: true, force: true });
    // Loaded only when there is something to build: loading esbuild costs more than the check.
    const { build } = await import('esbuild');
    await build({
      entryPoints: sources.filter((f) => f.endsWith('.ts')),
      outdir: building,
      outbase: root,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [ourModulesAsJs],
      logLevel: 'warning',
    });
    await build({
      entryPoints: Object.entries(VENDORED).map(([pkg, name]) => ({ in: pkg, out: name })),
      outdir: join(building, 'vendor'),
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    for (const f of sources.filter((f) => f.endsWith('.json'))) {
      mkdirSync(dirname(join(building, f)), { recursive: true });
      cpSync(join(root, f), join(building, f));
    }
    writeFileSync(join(building, '.built'), `${new Date().toISOString()}\n`);
    const old = join(root, `dist.old-${process.pid}`);
    if (existsSync(out)) renameSync(out, old);
    renameSync(building, out);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// Run as a script: `node scripts/build.mjs [--if-stale]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await build({ ifStale: process.argv.includes('--if-stale') });
