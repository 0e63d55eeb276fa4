// npm start: the Discord bot when DISCORD_TOKEN is set (in the environment or .env), otherwise the
// local console over the same handlers, so anyone can try it without Discord.

import 'dotenv/config';
import { parseArgs, runConsole } from './console/main.ts';

async function main() {
  if (process.env.DISCORD_TOKEN?.trim()) {
    const { startBot } = await import('./discord/bot.ts');
    await startBot(process.env);
  } else {
    process.stderr.write('No DISCORD_TOKEN set: opening the local console (see README to connect to Discord).\n');
    await runConsole(parseArgs(process.argv.slice(2)));
  }
}

main().catch((e) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
