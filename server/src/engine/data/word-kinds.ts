// The data byte stored per word of the spelling dictionary (scripts/build-dictionary.ts writes it,
// engine/spelling/spelling.ts reads it): how common the word is in the low four bits (SUBTLEXus band, 0 =
// unknown, 15 = the commonest), and in the high four, which kind of list it came from.
export const WORD_KIND = { english: 0x10, tech: 0x20, company: 0x40, person: 0x80 } as const;
export const FREQUENCY_MASK = 0x0f;
/** The lowest frequency band of the dictionary's second graph, its common words (scripts/build-dictionary.ts). */
export const COMMON_BAND = 5;
