// Reading a seeds folder: every .txt and .md file under it, each checked, parsed and given spans.
// A file that cannot be served is skipped with a warning naming it and the reason; the rest load.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Article } from './article.ts';
import { hashBytes, parseArticle } from './parse-article.ts';
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

/** Relative paths (forward slashes) of the article files under `dir`, sorted; hidden entries are skipped. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ARTICLE_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export type FileRead = { ok: true; bytes: Buffer; hash: string } | { ok: false; reason: string };

/** Reads one article file's bytes, refusing files over the size limit before reading them. */
export function readArticleBytes(dir: string, file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): FileRead {
  const path = join(dir, file);
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, reason: `it is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})` };
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes) return { ok: false, reason: `it is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)})` };
    return { ok: true, bytes, hash: hashBytes(bytes) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a folder, not a file'
        : code === 'ENOENT' ? 'it is missing, or a link to a file that is gone'
          : code === 'ELOOP' ? 'it is a link that loops'
            : 'the system refused to read it';
    return { ok: false, reason: `it cannot be read (${why})` };
  }
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

/** Loads every article under `dir`. Duplicates (same bytes) keep the first file in path order. */
export function loadCorpus(dir: string, options: LoadOptions = {}): LoadedCorpus {
  const problem = seedsProblem(dir);
  if (problem) return { dir, articles: [], warnings: [], problem };
  const warnings: LoadWarning[] = [];
  const articles: Article[] = [];
  const byHash = new Map<string, string>();
  for (const file of listArticleFiles(dir)) {
    const read = readArticleBytes(dir, file, options.maxBytes);
    if (!read.ok) {
      warnings.push({ file, reason: read.reason, skipped: true });
      continue;
    }
    const first = byHash.get(read.hash);
    if (first) {
      warnings.push({ file, reason: `it is an exact duplicate of ${first}`, skipped: true });
      continue;
    }
    const parsed = parseArticle(file, read.bytes, read.hash);
    if (!parsed.ok) {
      warnings.push({ file, reason: parsed.reason, skipped: true });
      continue;
    }
    for (const note of parsed.notes) warnings.push({ file, reason: note, skipped: false });
    byHash.set(read.hash, file);
    articles.push(parsed.article);
  }
  const result: LoadedCorpus = { dir, articles: dateFromRelatedArticles(articles), warnings };
  if (articles.length === 0) {
    result.problem = warnings.length
      ? `No article in ${dir} could be loaded (${warnings.length} file${warnings.length === 1 ? '' : 's'} skipped).`
      : `The seeds folder ${dir} has no .txt or .md articles yet.`;
  }
  return result;
}

export function formatWarning(w: LoadWarning): string {
  return w.skipped === false ? `${w.file}: ${w.reason}` : `skipped ${w.file}: ${w.reason}`;
}
