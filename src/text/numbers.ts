/** Numbers written out as words, with their values: one home for reading "four in ten" or "three weeks ago". */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of a figure ("10") or a number word ("ten"); -1 when the word is not a number. */
export function numberValue(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const key = word.toLowerCase();
  // Own keys only: "constructor in …" must not read as a number through the object's prototype.
  return Object.hasOwn(CARDINAL_WORDS, key) ? CARDINAL_WORDS[key] : -1;
}
