// How names and quoted texts are compared: case- and diacritic-insensitive, curly and straight
// apostrophes alike, possessive ’s, full stops and a leading "the" ignored.

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** "China’s Defence Ministry" and "china's defence ministry" → "china defence ministry". */
export function normName(s: string): string {
  const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  return stripMarks(s)
    .replace(/[‘’ʼ`´]/g, "'")
    .toLowerCase()
    .replace(/\./g, '') // "U.S." = "US"
    .replace(/[^\p{L}\p{N}']+$/u, '') // "Belousov’s," → "belousov's"
    .replace(/'s?(?=\s|$)/g, '') // possessive: "China's", "parties'"
    .replace(/\s+/g, ' ')
    .replace(edges, '')
    .replace(/^the /, '');
}

/** For comparing what was said: quote marks and apostrophes dropped, case and spacing ignored. */
export function normSaid(s: string): string {
  return stripMarks(s)
    .toLowerCase()
    .replace(/[“”„"‘’'`´«»]/g, '')
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, '');
}

export const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);
