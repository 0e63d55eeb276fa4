// Watches the seeds folder and asks for a refresh when articles are added, changed or removed. A
// burst of events (an editor saving, a folder copied in) becomes one refresh after a quiet spell.

import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../log.ts';

export const DEBOUNCE_MS = 300;

/**
 * Hidden files and folders (including the store's own `.name.tmp` files while it writes) and the
 * temporary files of editors and downloads never trigger a refresh.
 */
export function isIgnoredPath(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..')) return false; // the root itself
  const parts = rel.split(sep);
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return true;
  const name = parts[parts.length - 1];
  return /~$|^#.*#$|\.(tmp|temp|swp|swx|swo|part|crdownload|download|bak)$/i.test(name);
}

const ARTICLE = /\.(txt|md)$/i;

export interface SeedsWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSeeds(
  root: string,
  onChange: (reason: string) => void,
  log: Logger,
  debounceMs = DEBOUNCE_MS,
): SeedsWatcher {
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (path) => isIgnoredPath(root, path),
    // Keep following a seeds folder that is deleted and created again.
    persistent: true,
  });
  watcher.on('all', (event, path) => {
    // Folders may hold articles; other files are not articles.
    if (!event.endsWith('Dir') && !ARTICLE.test(path)) return;
    changed.add(`${event} ${relative(root, path) || '.'}`);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const reason = [...changed].slice(0, 5).join(', ') + (changed.size > 5 ? `, and ${changed.size - 5} more` : '');
      changed.clear();
      onChange(reason);
    }, debounceMs);
  });
  watcher.on('error', (error) => log.warn('watching the seeds folder failed', { seeds: root, error }));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  void ready.then(() => log.info('watching the seeds folder', { seeds: root }));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
