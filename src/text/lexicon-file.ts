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
    for (const phrase of expandPhrase(words)) {
      entries.push({ phrase: phrase.join(" "), words: phrase.map(lexiconKey), kind, language, level, hint: hint || undefined });
    }
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
  let phrases: string[][] = [[]];
  for (const slot of slots) {
    const optional = slot.endsWith("?") && slot.length > 1;
    const forms = expandSlot(optional ? slot.slice(0, -1) : slot);
    const next: string[][] = [];
    for (const phrase of phrases) {
      if (optional) next.push(phrase);
      for (const form of forms) next.push([...phrase, form]);
    }
    phrases = next;
  }
  return phrases.filter((phrase) => phrase.length > 0);
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
