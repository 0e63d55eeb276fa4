// Before npm start and npm run ask (and by hand: `node scripts/build.mjs`): compiles the TypeScript
// of src/, commands/ and bench/ to JavaScript in dist/, one file for each, so that a start loads
// plain modules instead of compiling them through tsx's loader on every run (about a second of CPU).
// Types are not checked here (npm test does that); esbuild only strips them. Each relative import of
// a .ts file becomes the .js beside it, and the JSON files the modules read go with them. With
// --if-stale it does nothing when dist/ is newer than every source, so the usual start costs a few
// milliseconds of file stamps.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

const sources = FOLDERS.flatMap(files);
const newest = Math.max(
  ...[...sources, 'package-lock.json', 'scripts/build.mjs'].map((f) => statSync(join(root, f)).mtimeMs),
);
const fresh = () => existsSync(stamp) && statSync(stamp).mtimeMs >= newest;
const ifStale = process.argv.includes('--if-stale');
if (ifStale && fresh()) process.exit(0);

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
  if (ifStale && fresh()) process.exit(0);
}

// Every import of another of our modules stays an import, of its compiled file; packages stay imports too.
const ourModulesAsJs = {
  name: 'our-modules-as-js',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
  },
};

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
