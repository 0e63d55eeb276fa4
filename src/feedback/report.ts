// npm run feedback [-- --log FILE]: the commands whose answers were most often marked not helpful.

import 'dotenv/config';
import { join, resolve } from 'node:path';
import { DEFAULT_FEEDBACK_LOG, readFeedback, tallyByCommand } from './feedback-log.ts';

export function feedbackReport(path: string): string {
  const entries = readFeedback(path);
  if (entries.length === 0) return `No feedback yet in ${path}.\n`;
  const rows = tallyByCommand(entries);
  const width = Math.max(7, ...rows.map((r) => r.command.length + 1));
  const lines = [
    `Feedback in ${path}: ${entries.length} press${entries.length === 1 ? '' : 'es'}, most often not helpful first`,
    '',
    `${'command'.padEnd(width)}  not helpful  helpful`,
  ];
  for (const r of rows) {
    const name = /\s/.test(r.command) ? r.command : `/${r.command}`;
    lines.push(`${name.padEnd(width)}  ${String(r.notHelpful).padStart(11)}  ${String(r.helpful).padStart(7)}`);
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--log');
  const path = resolve(
    i >= 0 && args[i + 1]
      ? args[i + 1]
      : process.env.FEEDBACK_LOG?.trim() ||
          (process.env.CACHE_DIR?.trim() ? join(process.env.CACHE_DIR.trim(), 'feedback.jsonl') : DEFAULT_FEEDBACK_LOG),
  );
  process.stdout.write(feedbackReport(path));
}
