// An English word list, to tell a name from a common word where capitals prove nothing: at the
// start of a sentence "Revenue" is a word and "Valhydro" a name.

import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
