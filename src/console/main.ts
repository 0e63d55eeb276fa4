// The console: the same commands and handlers as Discord, typed at a prompt or piped in.
//
//   npm run ask -- "/who Belousov"            one command
//   npm run ask -- --json < commands.txt      one JSON answer a line, in order
//   npm run ask -- --seeds DIR                another seeds folder

import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runCommand } from '../../commands/index.ts';
import type { Answer } from '../answer/answer.ts';
import { type LoadedKnowledge, loadKnowledge } from '../knowledge/load-knowledge.ts';
import { createLogger } from '../log.ts';
import { renderReply, replyText } from '../render/discord.ts';
import { renderConsole } from '../render/console.ts';
import { renderTimelinePicture } from '../render/timeline-picture.ts';
import { parseCommand } from './parse-command.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

export interface ConsoleArgs {
  json: boolean;
  seeds: string;
  commands: string[];
}

export function parseArgs(argv: string[], env = process.env): ConsoleArgs {
  const args: ConsoleArgs = { json: false, seeds: env.SEEDS_DIR || 'seeds', commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--seeds') args.seeds = argv[++i] ?? args.seeds;
    else if (a.startsWith('--seeds=')) args.seeds = a.slice('--seeds='.length);
    else args.commands.push(a);
  }
  return args;
}

/** The answer to one typed line. */
function answerOf(kb: KnowledgeBase, line: string, onError?: (e: unknown) => void): Answer {
  const parsed = parseCommand(line);
  if (!parsed.ok) return { command: line.trim(), found: false, title: 'Cannot run that', lead: parsed.error, sections: [], citations: [], ephemeral: true };
  const answer = runCommand(kb, parsed.name, parsed.options, onError);
  answer.command = line.trim();
  return answer;
}

/** The answer as the console shows it: JSON, or readable text; `picture` is where its PNG was written. */
function formatAnswer(kb: KnowledgeBase, line: string, answer: Answer, json: boolean, picture?: string): string {
  const reply = renderReply(answer, { hashOf: (file) => kb.articles.find((a) => a.file === file)?.hash });
  if (!json) return renderConsole(answer) + (picture ? `Picture: ${picture}\n` : '');
  return JSON.stringify({
    command: line.trim(),
    found: answer.found,
    text: replyText(reply),
    reply,
    citations: answer.citations.map((c) => ({ file: c.file, start: c.start, end: c.end, quote: c.quote })),
    ...(picture ? { picture } : {}),
  });
}

/** Answers one line as the console shows it: JSON, or readable text. */
export function answerLine(kb: KnowledgeBase, line: string, json: boolean, onError?: (e: unknown) => void): string {
  return formatAnswer(kb, line, answerOf(kb, line, onError), json);
}

/**
 * The same, writing an answer's picture (/timeline … picture:True) as a PNG file in `pictureDir`
 * and telling its path.
 */
export async function answerLineWithPicture(kb: KnowledgeBase, line: string, json: boolean, pictureDir: string, onError?: (e: unknown) => void): Promise<string> {
  const answer = answerOf(kb, line, onError);
  if (!answer.picture?.events.length) return formatAnswer(kb, line, answer, json);
  const png = await renderTimelinePicture(answer.picture);
  await mkdir(pictureDir, { recursive: true });
  const slug = answer.picture.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
  const path = resolve(pictureDir, `${slug}-${createHash('sha256').update(png).digest('hex').slice(0, 8)}.png`);
  await writeFile(path, png);
  return formatAnswer(kb, line, answer, json, path);
}

export async function runConsole(args: ConsoleArgs): Promise<void> {
  const log = createLogger('text');
  const dir = resolve(args.seeds);
  const started = performance.now();
  const loaded: LoadedKnowledge = await loadKnowledge(dir, log);
  if (loaded.problem) log.warn(loaded.problem);
  else log.info(`Loaded ${loaded.kb.articles.length} article${loaded.kb.articles.length === 1 ? '' : 's'} from ${dir} in ${Math.round(performance.now() - started)} ms.`);
  const kb = loaded.kb;
  const onError = (e: unknown) => log.error('command failed', { error: e });
  const pictureDir = join(process.env.CACHE_DIR?.trim() || '.cache', 'pictures');
  const out = (s: string) => process.stdout.write(s + '\n');

  if (args.commands.length) {
    for (const c of args.commands) out(await answerLineWithPicture(kb, c, args.json, pictureDir, onError));
    return;
  }
  const interactive = process.stdin.isTTY && !args.json;
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive, historySize: 200 });
  if (interactive) {
    out('Type a command such as /who Belousov, /timeline, /ask Who did Belousov meet?  (/help lists them; Ctrl+D quits)');
    rl.setPrompt('news> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) out(await answerLineWithPicture(kb, line, args.json, pictureDir, onError));
    if (interactive) rl.prompt();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runConsole(parseArgs(process.argv.slice(2))).catch((e) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
