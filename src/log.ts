// Logs go to stderr, so stdout carries only answers. The bot writes one JSON object a line
// (structured, for machines); the console writes short readable lines. Secrets never reach a log:
// anything that looks like a Discord token is masked.

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const TOKEN_LIKE = /[A-Za-z\d_-]{20,}\.[A-Za-z\d_-]{5,}\.[A-Za-z\d_-]{20,}/g;

export function redact(s: string): string {
  return s.replace(TOKEN_LIKE, '[redacted]');
}

function serialise(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: redact(value.message), stack: value.stack ? redact(value.stack) : undefined };
  return value;
}

export function createLogger(
  format: 'json' | 'text' = (process.env.LOG_FORMAT as 'json' | 'text') ?? 'text',
  minimum: Level = (process.env.LOG_LEVEL as Level) ?? 'info',
): Logger {
  const write = (level: Level, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < (ORDER[minimum] ?? 20)) return;
    if (format === 'json') {
      const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message: redact(message) };
      for (const [k, v] of Object.entries(fields ?? {})) entry[k] = serialise(v);
      process.stderr.write(redact(JSON.stringify(entry)) + '\n');
    } else {
      const extra =
        fields && Object.keys(fields).length
          ? ' ' +
            Object.entries(fields)
              .map(([k, v]) => `${k}=${v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v)}`)
              .join(' ')
          : '';
      process.stderr.write(redact(`${level === 'info' ? '' : level + ': '}${message}${extra}`) + '\n');
    }
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
