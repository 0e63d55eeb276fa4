// Fetching a web page for /add url:, as a careful client: only http and https; only public
// addresses, checked for every address a name resolves to and again after every redirect (followed
// by hand, at most five); the connection pinned to the address that was checked, so a second DNS
// answer cannot send it elsewhere (DNS rebinding); at most 5 MB, read as it arrives and never
// buffered whole first; at most 15 s for everything; only HTML or plain text.

import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';

export const PAGE_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 } as const;

/** A page we will not take, with the reason written for the person who asked for it. */
export class PageRefused extends Error {}

export interface FetchPageOptions {
  /** ALLOW_PRIVATE_URLS=true: for tests against a local server only. */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** How a host name is resolved to addresses; the system's resolver unless a test gives its own. */
  resolveHost?: (host: string) => Promise<{ address: string; family: number }[]>;
  /** Which addresses may be fetched: public ones (isPublicAddress) unless a test says otherwise. */
  addressAllowed?: (address: string) => boolean;
}

export interface FetchedPage {
  /** The address the page finally came from, after redirects. */
  url: string;
  kind: 'html' | 'text';
  body: string;
}

/** Reads the options from the environment: ALLOW_PRIVATE_URLS, and a shorter timeout for tests. */
export function pageOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): FetchPageOptions {
  const timeout = Number(env.ADD_URL_TIMEOUT_MS);
  return { allowPrivate: env.ALLOW_PRIVATE_URLS === 'true', timeoutMs: timeout > 0 ? timeout : undefined };
}

/** Whether an address is one the public internet can reach: not loopback, private, link-local, multicast, reserved… */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  // "::ffff:127.0.0.1" is IPv4 in IPv6 clothing: judge the IPv4 address.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

const formatMB = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;

/** The addresses a host stands for, each checked; throws PageRefused for any that is not public. */
async function checkedAddresses(
  host: string,
  options: FetchPageOptions,
): Promise<{ address: string; family: number }[]> {
  const { resolveHost, allowPrivate } = options;
  const allowed = options.addressAllowed ?? isPublicAddress;
  const bare = host.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(bare)) addresses = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addresses = resolveHost ? await resolveHost(bare) : await dnsLookup(bare, { all: true, verbatim: true });
    } catch {
      throw new PageRefused(`I could not find the site ${bare}: its name does not resolve.`);
    }
  }
  if (!addresses.length) throw new PageRefused(`I could not find the site ${bare}: its name does not resolve.`);
  if (!allowPrivate) {
    const inner = addresses.find((a) => !allowed(a.address));
    if (inner)
      throw new PageRefused(`${bare} points to a private or local address (${inner.address}), so I will not fetch it.`);
  }
  return addresses;
}

/** An agent whose every connection goes to `address`, whatever the name resolves to by then. */
function pinnedAgent(address: string, family: number): Agent {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  return new Agent({ connect: { lookup }, connections: 1 });
}

/** Fetches a page by its address, or throws PageRefused saying why not. */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? PAGE_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? PAGE_LIMITS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? PAGE_LIMITS.maxRedirects;
  const signal = AbortSignal.timeout(timeoutMs);
  const tooSlow = () =>
    new PageRefused(`The page took longer than ${Math.round(timeoutMs / 100) / 10} s to arrive, so I gave up.`);

  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new PageRefused('That is not a web address. Give the whole address, starting with https://.');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new PageRefused(
        `Only http and https addresses can be added; ${url.protocol.replace(/:$/, '')}: is not allowed${hop ? ' (the page redirected there)' : ''}.`,
      );
    }
    if (url.username || url.password)
      throw new PageRefused('Addresses with a user name or password in them are not accepted.');
    const [first] = await withDeadline(checkedAddresses(url.hostname, options), signal, tooSlow);
    const agent = pinnedAgent(first.address, first.family);
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': 'newsdesk-bot/0.1 (+/add url)',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        },
        // Node's fetch takes an undici dispatcher; the pinned agent carries the checked address.
        ...({ dispatcher: agent } as object),
      });
    } catch (error) {
      await agent.close().catch(() => undefined);
      if (signal.aborted) throw tooSlow();
      throw new PageRefused(`I could not reach ${url.host} (${describeNetworkError(error)}).`);
    }
    try {
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= maxRedirects)
          throw new PageRefused(`The page redirected more than ${maxRedirects} times, so I stopped following it.`);
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PageRefused(
          `The site answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}, not a page I can read.`,
        );
      }
      const type = (response.headers.get('content-type') ?? '').toLowerCase();
      const mime = type.split(';')[0].trim();
      const kind =
        mime === 'text/html' || mime === 'application/xhtml+xml' ? 'html' : mime === 'text/plain' ? 'text' : undefined;
      if (!kind) {
        await response.body?.cancel().catch(() => undefined);
        throw new PageRefused(
          `That address gives ${mime ? describeType(mime) : 'something with no content type'}, not a web page; only HTML and plain text can be added.`,
        );
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new PageRefused(
          `The page is larger than ${formatMB(maxBytes)} (${formatMB(declared)}), so I did not download it.`,
        );
      }
      const bytes = await readLimited(response, maxBytes, signal, tooSlow);
      return { url: url.href, kind, body: decode(bytes, type) };
    } finally {
      await agent.close().catch(() => undefined);
    }
  }
}

/** Reads a body chunk by chunk, stopping as soon as it passes the limit. */
async function readLimited(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  tooSlow: () => PageRefused,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new PageRefused(`The page is larger than ${formatMB(maxBytes)}, so I stopped reading it.`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PageRefused) throw error;
    if (signal.aborted) throw tooSlow();
    throw new PageRefused('The connection broke while the page was arriving. Please try again.');
  }
  return Buffer.concat(chunks);
}

function withDeadline<T>(work: Promise<T>, signal: AbortSignal, tooSlow: () => PageRefused): Promise<T> {
  if (signal.aborted) return Promise.reject(tooSlow());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(tooSlow());
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Decodes with the charset the server or the page names; UTF-8 otherwise. */
function decode(bytes: Uint8Array, contentType: string): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function describeType(mime: string): string {
  if (mime.startsWith('image/')) return `an image (${mime})`;
  if (mime.startsWith('video/') || mime.startsWith('audio/')) return `a recording (${mime})`;
  if (mime === 'application/pdf') return 'a PDF';
  return mime;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'its security certificate is not valid';
    default:
      return 'the connection failed';
  }
}
