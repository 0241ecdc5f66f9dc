// Reads a word/phrase list into lexicon entries. The format, meant to be edited by people who
// do not program:
//
//   # comment lines (the header names sources and licences)
//   <level> <phrase> [=> what to write instead]
//
// level is "sure", "aimed", "person" or "ok" (see LexiconEntry). In a phrase, words are separated by
// spaces, and each word may be written as
//   a|b|c         alternatives for this word      "mehrfach|zweimal erwähnt"
//   stem[x|y]     the stem alone, or with a suffix "idiot[en|in|innen]"
//   word?         an optional word                "as i already? explained"
//   *end, start*  part of a compound word          "*idiot" (Vollidiot), "drecks*" (Drecksladen)
import type { Language } from "../types.js";
import type { LexiconEntry } from "./lexicon.js";
import { lexiconKey } from "./disguise.js";

export const LEVELS = ["sure", "aimed", "person", "ok"] as const;

/** Parses a list file; throws with the line number on a malformed line. */
export function parseLexicon(source: string, kind: string, language: Language): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [body, hint] = line.split(/\s*=>\s*/, 2);
    const [level, ...words] = body.split(/\s+/);
    if (!(LEVELS as readonly string[]).includes(level) || words.length === 0) {
      throw new Error(`${kind}/${language} list, line ${index + 1}: expected "<${LEVELS.join("|")}> <phrase>", got "${raw}"`);
    }
    forEachExpansion(words, (forms, keys) => {
      entries.push({ phrase: forms.join(" "), words: [...keys], kind, language, level, hint: hint || undefined });
    });
  });
  return entries;
}

/** Entries for words a user adds in config (`extraWords`) or allows (`allowWords`). */
export function userEntries(phrases: readonly string[], kind: string, level: "sure" | "ok"): LexiconEntry[] {
  const languages: Language[] = ["de", "en"];
  return phrases.flatMap((phrase) => {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return languages.map((language) => ({ phrase: words.join(" "), words: words.map(lexiconKey), kind, language, level }));
  });
}

/** All word sequences a phrase pattern stands for. */
export function expandPhrase(slots: readonly string[]): string[][] {
  const phrases: string[][] = [];
  forEachExpansion(slots, (forms) => phrases.push([...forms]));
  return phrases;
}

/**
 * Calls `visit` with each word sequence a phrase pattern stands for (skipping an optional word
 * before its forms, forms in the order written) and the sequence's lexicon keys. The arrays are
 * reused: copy what you keep. Each form's key is computed once, not once per sequence: a line
 * may stand for a thousand entries of a few dozen forms, and lines are expanded during a run.
 */
function forEachExpansion(slots: readonly string[], visit: (forms: readonly string[], keys: readonly string[]) => void): void {
  const expanded = slots.map((slot) => {
    const optional = slot.endsWith("?") && slot.length > 1;
    const forms = expandSlot(optional ? slot.slice(0, -1) : slot);
    return { optional, forms, keys: forms.map(lexiconKey) };
  });
  const forms: string[] = [];
  const keys: string[] = [];
  const expand = (slot: number): void => {
    if (slot === expanded.length) {
      if (forms.length > 0) visit(forms, keys);
      return;
    }
    const { optional, forms: choices, keys: choiceKeys } = expanded[slot];
    if (optional) expand(slot + 1);
    for (let i = 0; i < choices.length; i++) {
      forms.push(choices[i]);
      keys.push(choiceKeys[i]);
      expand(slot + 1);
      forms.pop();
      keys.pop();
    }
  };
  expand(0);
}

/** "a|b" → [a, b]; "idiot[en|in]" → [idiot, idioten, idiotin]. */
function expandSlot(slot: string): string[] {
  const forms: string[] = [];
  for (const alternative of splitTopLevel(slot)) {
    const suffixed = /^(.*)\[([^\]]*)\](.*)$/.exec(alternative);
    if (!suffixed) {
      forms.push(alternative);
      continue;
    }
    const [, stem, suffixes, rest] = suffixed;
    forms.push(stem + rest);
    for (const suffix of suffixes.split("|")) forms.push(stem + suffix + rest);
  }
  return forms;
}

/** Splits on "|" outside square brackets. */
function splitTopLevel(slot: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of slot) {
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "|" && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((part) => part !== "");
}
