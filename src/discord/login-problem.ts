// Why logging in to Discord failed, told so the user knows what to fix: the network (the name did
// not resolve, the connection was refused or timed out), the token (Discord refused it), or the
// application's permissions (Discord refused access, or privileged intents are not enabled). The
// token itself is never part of a message.

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const REFUSED = new Set(['ECONNREFUSED']);
const UNREACHABLE = new Set([
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'ABORT_ERR',
]);
const TLS = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|ERR_SSL)/;

export type LoginProblemKind = 'dns' | 'refused' | 'network' | 'tls' | 'token' | 'permissions' | 'other';

/** The error codes, statuses and messages of an error and its causes, nearest first. */
function chain(error: unknown): { code?: string; status?: number; name?: string; message?: string }[] {
  const out = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const x = e as { code?: unknown; status?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    out.push({
      code: typeof x.code === 'string' ? x.code : typeof x.code === 'number' ? String(x.code) : undefined,
      status: typeof x.status === 'number' ? x.status : undefined,
      name: typeof x.name === 'string' ? x.name : undefined,
      message: typeof x.message === 'string' ? x.message : undefined,
    });
    e = x.cause;
  }
  return out;
}

export function loginProblemKind(error: unknown): LoginProblemKind {
  for (const e of chain(error)) {
    if (e.code === 'TokenInvalid' || e.status === 401 || e.code === '4004') return 'token';
    if (e.code === 'DisallowedIntents' || e.status === 403 || e.code === '50001' || e.code === '4014')
      return 'permissions';
    if (e.code && DNS.has(e.code)) return 'dns';
    if (e.code && REFUSED.has(e.code)) return 'refused';
    if (e.code && TLS.test(e.code)) return 'tls';
    if ((e.code && UNREACHABLE.has(e.code)) || e.name === 'AbortError' || e.name === 'TimeoutError') return 'network';
  }
  return 'other';
}

/** One sentence for the log and the console: what failed and what to check. */
export function describeLoginProblem(error: unknown, apiBase?: string): string {
  const host = (() => {
    try {
      return new URL(apiBase ?? 'https://discord.com/api').host;
    } catch {
      return 'discord.com';
    }
  })();
  const where = apiBase ? ' (and DISCORD_API_BASE)' : '';
  const detail = chain(error).find((e) => e.code || e.message);
  const said = detail ? ` (${[detail.code, detail.message].filter(Boolean).join(': ')})` : '';
  switch (loginProblemKind(error)) {
    case 'dns':
      return `could not reach Discord: the name ${host} could not be looked up${said}. Check this machine's network connection and DNS${where}.`;
    case 'refused':
      return `could not reach Discord: the connection to ${host} was refused${said}. Check the network, a proxy or firewall${where}.`;
    case 'network':
      return `could not reach Discord: the connection to ${host} failed or timed out${said}. Check this machine's network connection${where}.`;
    case 'tls':
      return (
        `could not reach Discord securely: the TLS certificate of ${host} was not accepted${said}. ` +
        `Check the system clock, and any proxy that intercepts HTTPS${where}.`
      );
    case 'token':
      return (
        'Discord refused the token (401): it was reset or mistyped. ' +
        'Reset it (developer portal → your application → Bot → Reset Token) and update DISCORD_TOKEN in .env.'
      );
    case 'permissions':
      return (
        `Discord refused access to the application${said}: missing permissions. ` +
        'The bot asks only for the Guilds intent; check that the application is not disabled, ' +
        'and that privileged intents are not requested without being enabled (developer portal → Bot).'
      );
    default:
      return `could not log in to Discord${said}. Check DISCORD_TOKEN${where}.`;
  }
}

/** What a gateway close code that ends the connection for good means, or undefined for one discord.js recovers from. */
export function gatewayCloseProblem(code: number): string | undefined {
  switch (code) {
    case 4004:
      return 'Discord closed the connection: the token was refused (4004). Reset it (developer portal → Bot → Reset Token) and update DISCORD_TOKEN.';
    case 4014:
      return 'Discord closed the connection: a privileged intent is requested but not enabled for this application (4014, missing permissions).';
    case 4013:
      return 'Discord closed the connection: the intents requested are invalid (4013).';
    case 4011:
      return 'Discord closed the connection: the bot is in too many servers for one shard (4011); use npm run start:sharded.';
    default:
      return undefined;
  }
}
