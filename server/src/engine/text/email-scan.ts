// E-mail addresses found by reading around each "@", in time linear in the text. The regular
// expressions these replace (`[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}` over a whole document,
// `\S+@\S+\.\S+` over a bullet) try every start position and re-read the same run of word
// characters from each: 100 KB of "1-2" took 5.8 s, 400 KB 85 s (issue 13).

const isLocal = (c: number) => isWord(c) || c === 46 /* . */ || c === 43 /* + */ || c === 45; /* - */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a domain follows the "@" at `at`: `[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}`
 * read from at + 1 (labels of word characters and dashes, then a dot and two or more letters).
 * Reads at most up to the next character that cannot be in a domain, so the reads of all the
 * "@"s of a text together cover each character at most once.
 */
function hasDomain(text: string, at: number): boolean {
  let label = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (label === 0) return false; // an empty label ends the domain
      // "." then two letters: a top-level domain after one or more labels.
      if (isLetter(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i + 2))) return true;
      label = 0;
    } else if (isWord(c) || c === 45) label++;
    else return false;
  }
  return false;
}

/** True when `text` has an e-mail address (as `[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}` finds one). */
export function hasEmailAddress(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && isLocal(text.charCodeAt(at - 1)) && hasDomain(text, at)) return true;
  }
  return false;
}

/**
 * Whether a whitespace-free token reads as an address as `\S+@\S+\.\S+` would match it whole: an
 * "@" after its first character and a later "." with at least one character on each side.
 */
export function isAddressToken(tok: string): boolean {
  const at = tok.indexOf('@', 1);
  if (at < 0) return false;
  const dot = tok.lastIndexOf('.');
  return dot > at + 1 && dot < tok.length - 1;
}
