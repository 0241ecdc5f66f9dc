// Undoes the disguises people use to slip a swearword past a filter, so that one lexicon entry
// ("arschloch") finds "Arschloch", "ARSCHLOECHER"-style spellings, "sh1t", "idiooooot",
// "𝐢𝐝𝐢𝐨𝐭" and masked forms like "A****loch". Everything here works on single words; the
// lexicon matcher (lexicon.ts) decides which words to join first ("i d i o t", "F% $!").
import { normalizeWord } from "./normalize.js";

/** Characters that stand for a hidden letter: "f***", "A****loch", "F%$!", "sh#t". */
export const MASK_CHARS = "*#@$%!";
const MASK = new Set(MASK_CHARS);
const MASKED = /[*#@$%!]/;

// Digits and symbols read as letters ("sh1t", "4rsch", "@ss", "$hit").
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s", "!": "i" };

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

/**
 * The lexicon key of a word: compatibility-normalised (fullwidth and mathematical letters),
 * lower case, ß→ss, look-alike letters folded, umlauts spelled out (so "Arschlöcher" and
 * "Arschloecher" share a key), typographic apostrophe as "'".
 */
export function lexiconKey(word: string): string {
  // Fast path for the common case: plain ASCII letters only need lower-casing.
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  let out = "";
  for (const ch of normalizeWord(word.normalize("NFKC"))) out += ch === "’" ? "'" : (UMLAUTS[ch] ?? ch);
  return out;
}

/** True when the word hides letters behind mask symbols ("f***", "A****loch", "F%$!"). */
export function isMasked(word: string): boolean {
  if (!MASKED.test(word)) return false;
  let masks = 0;
  let letters = 0;
  for (const ch of word) {
    if (MASK.has(ch)) masks++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  return masks > 0 && letters > 0;
}

/**
 * Whether `key` (a lexicon key) fits the masked word: same length, every visible letter in place,
 * every mask symbol standing for exactly one letter. "f***" fits "fuck", "a****loch" "arschloch".
 */
export function fitsMask(masked: string, key: string): boolean {
  const chars = [...lexiconKey(masked)];
  const target = [...key];
  // Keys spell "ß" as "ss", but a writer masks the word as spelt: "Sch***e" is "Scheiße".
  if (chars.length === target.length - 1 && key.includes("ss")) return fitsMask(masked, key.replace("ss", "ß"));
  if (chars.length !== target.length) return false;
  for (let i = 0; i < chars.length; i++) {
    if (MASK.has(chars[i])) continue;
    if (chars[i] !== target[i]) return false;
  }
  return true;
}

/** The index key under which masked words are looked up: first letter and length. */
export function maskShape(word: string): string | undefined {
  const chars = [...lexiconKey(word)];
  if (chars.length === 0 || MASK.has(chars[0])) return undefined;
  return `${chars[0]}${chars.length}`;
}

/** "sh1t" → "shit", "4rschl0ch" → "arschloch"; undefined when nothing was folded. */
export function foldLeetspeak(key: string): string | undefined {
  if (!/[0-9@$!]/.test(key) || !/[\p{L}]/u.test(key)) return undefined;
  let out = "";
  for (const ch of key) out += LEET[ch] ?? ch;
  return /^[\p{L}'’-]+$/u.test(out) ? out : undefined;
}

/** True when a letter is repeated three or more times in a row ("idiooooot", "scheiiiße"). */
export function isStretched(key: string): boolean {
  for (let i = 2; i < key.length; i++) {
    if (key[i] === key[i - 1] && key[i] === key[i - 2] && key[i].toLowerCase() !== key[i].toUpperCase()) return true;
  }
  return false;
}

/**
 * Every run of a repeated letter collapsed to one: "idiooooot" → "idiot", "vollidiot" → "volidiot".
 * Used for stretched words only, matched against the skeletons of lexicon entries, because
 * collapsing ordinary words would merge "misst" (measures) with "mist".
 */
export function skeleton(key: string): string {
  // A loop, not key.replace(/(.)\1+/gu, "$1"): the regular expression overflowed the stack on a
  // long run of one letter (a 5 MB word of "x", and three tone rules crashed). Same result: line
  // ends, which "." does not match, are never collapsed.
  let out = "";
  let previous = "";
  for (const ch of key) {
    if (ch !== previous || LINE_END.has(ch)) out += ch;
    previous = ch;
  }
  return out;
}

const LINE_END = new Set(["\n", "\r", "\u2028", "\u2029"]);
