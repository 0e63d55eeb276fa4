// Reading a seeds folder, in two steps: scanCorpus lists the .txt and .md files and reads and
// hashes those that are new or changed; parseCorpus restores or parses their articles. A file that
// cannot be served is skipped with a warning naming it and the reason; the rest load. This module
// loads no parser: a warm start restores its articles without one (see loadCorpus in load.ts).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from './article.ts';
import type { ParseResult } from './parse-article.ts';
import { dateFromRelatedArticles } from './related-dates.ts';

export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

export interface LoadWarning {
  file: string;
  reason: string;
  /** False for a note about an article that was loaded all the same. */
  skipped?: boolean;
}

export interface LoadOptions {
  maxBytes?: number;
}

export interface LoadedCorpus {
  dir: string;
  articles: Article[];
  warnings: LoadWarning[];
  /** Set when there is nothing to serve at all, with a message for the user. */
  problem?: string;
}

const ARTICLE_FILE = /\.(txt|md)$/i;
// A folder's own documentation (a README describing its files, a licence, a change log) is not
// news: answered from, it competes with the articles it describes.
const FOLDER_DOCUMENT = /^(readme|licen[cs]e|changelog|contributing|code_of_conduct|security)\.(txt|md)$/i;

/** Relative paths (forward slashes) of the article files under `dir`, sorted; hidden entries are skipped. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  // Paths are built from the relative prefix as the walk goes: no path resolution per file.
  const walk = (abs: string, prefix: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (entry.isDirectory()) walk(join(abs, name), `${prefix}${name}/`);
      else if (ARTICLE_FILE.test(name) && (entry.isFile() || entry.isSymbolicLink())) out.push(prefix + name);
    }
  };
  walk(dir, '');
  return out.sort();
}

export type FileRead = { ok: true; bytes: Buffer; hash: string; mtimeMs: number } | { ok: false; reason: string };

/** Reads one article file's bytes, refusing files over the size limit before reading them. */
export function readArticleBytes(dir: string, file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): FileRead {
  const path = join(dir, file);
  try {
    const st = statSync(path);
    const size = st.size;
    if (size > maxBytes)
      return { ok: false, reason: `it is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})` };
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes)
      return {
        ok: false,
        reason: `it is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)})`,
      };
    return { ok: true, bytes, hash: hashBytes(bytes), mtimeMs: st.mtimeMs };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'ENOENT'
            ? 'it is missing, or a link to a file that is gone'
            : code === 'ELOOP'
              ? 'it is a link that loops'
              : 'the system refused to read it';
    return { ok: false, reason: `it cannot be read (${why})` };
  }
}

/** The content hash that names an article's bytes (as parseArticle's hashBytes). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function seedsProblem(dir: string): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return `The seeds folder ${dir} is not a folder.`;
  } catch {
    return `The seeds folder ${dir} does not exist. Create it and put .txt or .md articles in it, or choose another with --seeds DIR or SEEDS_DIR.`;
  }
  return undefined;
}

/** What an earlier load saw of a file: its size, modification time and content hash then. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** A readable file that is no duplicate of another, in path order. */
export interface CorpusFile {
  file: string;
  hash: string;
  stamp: FileStamp;
  /** Undefined when the file was known by its stamp and not read; see `bytesOf`. */
  bytes?: Buffer;
}

export interface CorpusLoadOptions extends LoadOptions {
  /** The article parser (parseArticle), needed unless every article is restored or reused. */
  parse?: (file: string, bytes: Uint8Array, hash: string) => ParseResult;
  /**
   * What an earlier load saw of each file. A file whose size and modification time are unchanged
   * is taken to be unchanged: it is neither read nor hashed again, unless it has to be parsed.
   */
  stamps?: ReadonlyMap<string, FileStamp>;
  /** An article already parsed from these bytes under this name, to reuse instead of parsing again. */
  parsed?: (hash: string, file: string) => Article | undefined;
  /**
   * The articles of exactly these files restored whole (a warm start's snapshot), with the warnings
   * their parsing gave; undefined when they cannot be, and the files are parsed.
   */
  restore?: (files: readonly CorpusFile[]) => { articles: Article[]; warnings: LoadWarning[] } | undefined;
}

export interface Corpus extends LoadedCorpus {
  /** The readable, distinct files: what the next load compares against. */
  files: CorpusFile[];
  /** True when the articles came from `restore`. */
  restored: boolean;
}

/** The first step of a load: the folder's files, read and hashed where new or changed, and what was skipped. */
export interface CorpusScan {
  dir: string;
  problem?: string;
  files: CorpusFile[];
  warnings: LoadWarning[];
}

export function scanCorpus(dir: string, options: CorpusLoadOptions = {}): CorpusScan {
  const problem = seedsProblem(dir);
  if (problem) return { dir, problem, files: [], warnings: [] };
  const listed = listArticleFiles(dir);
  const documents = listed.filter((f) => FOLDER_DOCUMENT.test(f.slice(f.lastIndexOf('/') + 1)));
  const scanned = scanFiles(
    dir,
    listed.filter((f) => !documents.includes(f)),
    options,
  );
  const skipped = documents.map((file) => ({
    file,
    reason: "it is the folder's own documentation, not an article",
    skipped: true,
  }));
  return { dir, files: scanned.files, warnings: inFileOrder([...skipped, ...scanned.warnings]) };
}

/** The second step: the scanned files' articles, restored or parsed, their dates settled across articles. */
export function parseCorpus(scan: CorpusScan, options: CorpusLoadOptions = {}): Corpus {
  const { dir, files } = scan;
  if (scan.problem) return { dir, articles: [], warnings: [], problem: scan.problem, files, restored: false };
  const restored = options.restore?.(files);
  let articles: Article[];
  let warnings: LoadWarning[];
  if (restored) {
    articles = restored.articles;
    warnings = inFileOrder([...scan.warnings, ...restored.warnings]);
  } else {
    const parsed: Article[] = [];
    const parseWarnings: LoadWarning[] = [];
    for (const f of files) {
      const known = options.parsed?.(f.hash, f.file);
      if (known) {
        parsed.push(known);
        continue;
      }
      if (!options.parse) throw new Error('parseCorpus needs a parser for the articles it cannot restore');
      const result = options.parse(f.file, bytesOf(dir, f), f.hash);
      if (!result.ok) {
        parseWarnings.push({ file: f.file, reason: result.reason, skipped: true });
        continue;
      }
      for (const note of result.notes) parseWarnings.push({ file: f.file, reason: note, skipped: false });
      parsed.push(result.article);
    }
    articles = dateFromRelatedArticles(parsed);
    warnings = inFileOrder([...scan.warnings, ...parseWarnings]);
  }
  return { dir, articles, warnings, problem: corpusProblem(dir, articles, warnings), files, restored: !!restored };
}

/** Lists what can be served: each file read and hashed unless its stamp says it is unchanged. */
function scanFiles(
  dir: string,
  names: string[],
  options: CorpusLoadOptions,
): { files: CorpusFile[]; warnings: LoadWarning[] } {
  const files: CorpusFile[] = [];
  const warnings: LoadWarning[] = [];
  const byHash = new Map<string, string>();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  for (const file of names) {
    let entry: CorpusFile | undefined;
    const known = options.stamps?.get(file);
    if (known) {
      try {
        const st = statSync(join(dir, file));
        if (st.isFile() && st.size === known.size && st.mtimeMs === known.mtimeMs && st.size <= maxBytes)
          entry = { file, hash: known.hash, stamp: known };
      } catch {
        /* read below, which says why it cannot be */
      }
    }
    if (!entry) {
      const read = readArticleBytes(dir, file, maxBytes);
      if (!read.ok) {
        warnings.push({ file, reason: read.reason, skipped: true });
        continue;
      }
      entry = {
        file,
        hash: read.hash,
        stamp: { size: read.bytes.length, mtimeMs: read.mtimeMs, hash: read.hash },
        bytes: read.bytes,
      };
    }
    const first = byHash.get(entry.hash);
    if (first) {
      warnings.push({ file, reason: `it is an exact duplicate of ${first}`, skipped: true });
      continue;
    }
    byHash.set(entry.hash, file);
    files.push(entry);
  }
  return { files, warnings };
}

/** A file's bytes: as read, or read now for a file known by its stamp. */
export function bytesOf(dir: string, f: CorpusFile): Buffer {
  if (f.bytes) return f.bytes;
  const path = join(dir, f.file);
  const { mtimeMs } = statSync(path);
  const bytes = readFileSync(path);
  const hash = hashBytes(bytes);
  // Changed since it was listed, in the same size and time: these bytes are what is loaded.
  if (hash !== f.hash) Object.assign(f, { hash, stamp: { size: bytes.length, mtimeMs, hash } });
  return (f.bytes = bytes);
}

function inFileOrder(warnings: LoadWarning[]): LoadWarning[] {
  return warnings
    .map((w, i) => [w, i] as const)
    .sort(([a, i], [b, j]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : i - j))
    .map(([w]) => w);
}

/** Why nothing can be served, or undefined when something can. */
export function corpusProblem(
  dir: string,
  articles: readonly Article[],
  warnings: readonly LoadWarning[],
): string | undefined {
  if (articles.length) return undefined;
  const skipped = warnings.filter((w) => w.skipped !== false).length;
  return skipped
    ? `No article in ${dir} could be loaded (${skipped} file${skipped === 1 ? '' : 's'} skipped).`
    : `The seeds folder ${dir} has no .txt or .md articles yet.`;
}

export function formatWarning(w: LoadWarning): string {
  return w.skipped === false ? `${w.file}: ${w.reason}` : `skipped ${w.file}: ${w.reason}`;
}
