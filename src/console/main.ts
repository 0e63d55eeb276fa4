// The console: the same commands and handlers as Discord, typed at a prompt or piped in.
//
//   npm run ask -- "/who Marrow"              one command
//   npm run ask -- --json < commands.txt      one JSON answer a line, in order
//   npm run ask -- --explain "/ask …"          how /ask reached its answer
//   npm run ask -- --seeds DIR                another seeds folder
//   npm run ask -- --watch | --no-watch       reload when the seeds folder changes (default: at a terminal)

import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { helpEntries, runCommand } from '../../commands/index.ts';
import { explainAsk } from '../answer/ask.ts';
import type { Answer } from '../answer/answer.ts';
import { answerHelp } from '../answer/help.ts';
import { type LoadedKnowledge, loadKnowledge } from '../knowledge/load-knowledge.ts';
import { createLogger } from '../log.ts';
import { renderReply, replyText } from '../render/discord.ts';
import { renderConsole } from '../render/console.ts';
import { CONSOLE_COMMANDS, parseCommand } from './parse-command.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnowledgeStore } from '../knowledge/store.ts';

type OwnHandler = (store: KnowledgeStore, line: string, json: boolean) => Promise<string>;

/**
 * The commands with no pure handler, answered by the console's own: they change the seeds folder.
 * What only they need (fetching pages, extraction) is imported when first used, so that a start
 * answers without loading it.
 */
const OWN_HANDLERS: ReadonlyMap<string, OwnHandler> = new Map([
  ['add', async (store, line, json) => (await import('./add.ts')).answerAddLine(store, line, json)],
]);

function ownHandler(line: string): OwnHandler | undefined {
  const name = parseCommand(line).name;
  return name === undefined ? undefined : OWN_HANDLERS.get(name);
}

export interface ConsoleArgs {
  json: boolean;
  /** Print how /ask reached its answer: the question's reading, the candidates, their features and scores. */
  explain?: boolean;
  seeds: string;
  commands: string[];
  /** Reload when the seeds folder changes, as the bot does; undefined: when typing at a terminal. */
  watch?: boolean;
}

export function parseArgs(argv: string[], env = process.env): ConsoleArgs {
  const args: ConsoleArgs = { json: false, seeds: env.SEEDS_DIR || 'seeds', commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--explain') args.explain = true;
    else if (a === '--watch') args.watch = true;
    else if (a === '--no-watch') args.watch = false;
    else if (a === '--seeds') args.seeds = argv[++i] ?? args.seeds;
    else if (a.startsWith('--seeds=')) args.seeds = a.slice('--seeds='.length);
    else args.commands.push(a);
  }
  return args;
}

/** `--explain`: how /ask reached its answer; other commands are answered as usual. */
export function explainLine(kb: KnowledgeBase, line: string): string {
  const parsed = parseCommand(line);
  if (!parsed.ok || parsed.name !== 'ask') return answerLine(kb, line, false);
  return `${explainAsk(kb, parsed.options.question ?? '')}\n\n${answerLine(kb, line, false)}`;
}

/** The answer to one typed line. */
function answerOf(kb: KnowledgeBase, line: string, onError?: (e: unknown) => void): Answer {
  const parsed = parseCommand(line);
  let answer: Answer;
  if (!parsed.ok) {
    answer = {
      command: line.trim(),
      found: false,
      problem: 'usage',
      title: 'Cannot run that',
      lead: parsed.error,
      sections: [],
      citations: [],
      ephemeral: true,
    };
  } else {
    // /help lists the commands this console takes: no message commands, for it has no messages.
    answer =
      parsed.name === 'help'
        ? answerHelp(helpEntries(CONSOLE_COMMANDS, false))
        : runCommand(kb, parsed.name, parsed.options, onError);
    answer.command = line.trim();
  }
  return answer;
}

/** The answer as the console shows it: JSON, or readable text; `picture` is where its PNG was written. */
function formatAnswer(kb: KnowledgeBase, line: string, answer: Answer, json: boolean, picture?: string): string {
  // The console has no buttons to press later, so nothing keeps what a Sources button would show.
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
export async function answerLineWithPicture(
  kb: KnowledgeBase,
  line: string,
  json: boolean,
  pictureDir: string,
  onError?: (e: unknown) => void,
): Promise<string> {
  const answer = answerOf(kb, line, onError);
  if (!answer.picture?.events.length) return formatAnswer(kb, line, answer, json);
  const { renderTimelinePicture } = await import('../render/timeline-picture.ts');
  const png = await renderTimelinePicture(answer.picture);
  await mkdir(pictureDir, { recursive: true });
  const slug =
    answer.picture.title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'timeline';
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
  else
    log.info(
      `Loaded ${loaded.kb.articles.length} article${loaded.kb.articles.length === 1 ? '' : 's'} from ${dir} in ${Math.round(performance.now() - started)} ms.`,
    );
  const onError = (e: unknown) => log.error('command failed', { error: e });
  const pictureDir = join(process.env.CACHE_DIR?.trim() || '.cache', 'pictures');
  const out = (s: string) => process.stdout.write(s + '\n');
  // /add saves into the seeds folder and refreshes the store: later commands see the new article.
  const answer = async (line: string) =>
    ownHandler(line)?.(loaded.store, line, args.json) ??
    answerLineWithPicture(loaded.store.current ?? loaded.kb, line, args.json, pictureDir, onError);

  if (args.commands.length) {
    for (const c of args.commands) out(args.explain && !ownHandler(c) ? explainLine(loaded.kb, c) : await answer(c));
    return;
  }
  const interactive = process.stdin.isTTY && !args.json;
  // Like the bot: files added, changed or removed in the seeds folder are read within a second, and
  // each command answers from the latest knowledge base.
  // Live reloading and the watcher are imported here, after the commands given on the command line.
  const { LiveKnowledge } = await import('../discord/live-knowledge.ts');
  const live = new LiveKnowledge(loaded.store, log);
  const watcher =
    (args.watch ?? interactive)
      ? (await import('../discord/watch-seeds.ts')).watchSeeds(dir, (reason) => void live.refresh(reason), log)
      : undefined;
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
    historySize: 200,
  });
  try {
    if (interactive) {
      out(
        'Type a command such as /who Belousov, /timeline, /ask Who did Belousov meet?  (/help lists them; Ctrl+D quits)',
      );
      rl.setPrompt('news> ');
      rl.prompt();
    }
    for await (const line of rl) {
      if (line.trim()) out(await answer(line));
      if (interactive) rl.prompt();
    }
  } finally {
    await watcher?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runConsole(parseArgs(process.argv.slice(2))).catch((e) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
