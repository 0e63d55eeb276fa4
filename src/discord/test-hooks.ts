// TEST-ONLY switches, read from the environment, that let the end-to-end test reach paths a healthy
// bot rarely takes. Never set them in production; the bot logs a warning when one is set.
//
//   NEWS_BOT_TEST_THROW=who            every /who throws inside the router
//   NEWS_BOT_TEST_THROW=who=Kaboom     only /who whose option value is "Kaboom" throws
//                                      (several, comma-separated: who=Kaboom,timeline)
//   NEWS_BOT_TEST_LOAD_DELAY_MS=1500   the first load counts as unfinished until this long after
//                                      the gateway is ready, so early commands are deferred

import type { CommandOptions } from '../../commands/command.ts';

export interface TestHooks {
  throwWhen: { command: string; value?: string }[];
  loadDelayMs: number;
}

export function readTestHooks(env: NodeJS.ProcessEnv): TestHooks {
  const throwWhen = (env.NEWS_BOT_TEST_THROW ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [command, ...value] = s.split('=');
      return value.length ? { command, value: value.join('=') } : { command };
    });
  const delay = Number(env.NEWS_BOT_TEST_LOAD_DELAY_MS ?? 0);
  return { throwWhen, loadDelayMs: Number.isFinite(delay) && delay > 0 ? delay : 0 };
}

export function anyTestHook(hooks: TestHooks): boolean {
  return hooks.throwWhen.length > 0 || hooks.loadDelayMs > 0;
}

/** Throws the deliberate test failure when a hook matches this command. */
export function throwIfHooked(hooks: TestHooks, command: string, options: CommandOptions): void {
  const hit = hooks.throwWhen.some(
    (h) => h.command === command && (h.value === undefined || Object.values(options).includes(h.value)),
  );
  if (hit) throw new Error(`deliberate failure for /${command} (NEWS_BOT_TEST_THROW, test-only)`);
}
