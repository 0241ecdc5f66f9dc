// greeting-mismatch: the greeting names someone ("Hallo Tom") who is not among the recipients.
// It happens when a mail is copied from another thread or sent to the wrong Anna, and the reader
// notices at once. Names are compared with the recipients' display names and the parts of their
// addresses (anna.berg@, a.berg@, aberg@), allowing short forms (Bob for Robert, Alex for
// Alexander) and initials. When a recipient is a team mailbox (info@, support@), anyone may
// read the mail, so the rule stays silent.
import {
  loadWordList,
  loadWordListByLanguage,
  type Language,
  type Recipient,
  type Rule,
  type RuleContext,
} from "../../src/rule-api.js";

export interface GreetedPerson {
  /** Body offsets of the name as written (titles excluded). */
  start: number;
  end: number;
  /** The name words as written, particles ("von", "van") excluded. */
  names: string[];
}

// Titles between the greeting and the name: "Liebe Frau Dr. Berg", "Dear Mr and Mrs Evans".
const TITLES = new Set(["frau", "herr", "herrn", "fr", "hr", "dr", "prof", "professor", "professorin", "doktor", "dipl",
  "ing", "mag", "mr", "mrs", "ms", "miss", "mx", "mister", "sir", "dame", "lady", "lord", "rev", "pfarrer", "pastor"]);
const JOINERS = new Set(["und", "and", "&", "+"]);
// Name particles written in lower case: "Frau von der Heide", "Mr van Dyke".
const PARTICLES = new Set(["von", "van", "vom", "zu", "zum", "zur", "der", "den", "de", "del", "della", "di", "da", "du",
  "ten", "ter", "le", "la", "y"]);
const MAX_NAME_WORDS = 3;

interface Lists {
  greetings: string[];
  nonNames: Set<string>;
  roleWords: Set<string>;
  nicknames: Map<string, string[]>;
}
let lists: Lists | undefined;

function loadLists(): Lists {
  if (!lists) {
    const byLanguage = loadWordListByLanguage(new URL("./data/greetings.txt", import.meta.url));
    const nicknames = new Map<string, string[]>();
    for (const line of loadWordList(new URL("./data/nicknames.txt", import.meta.url))) {
      const [short, fulls] = line.split(":");
      const names = fulls.split(",").map((n) => canonical(n.trim()));
      nicknames.set(canonical(short), [...(nicknames.get(canonical(short)) ?? []), ...names]);
    }
    lists = {
      // Longest first, so that "Moin moin" wins over "Moin" and "Good morning" over "Good".
      greetings: [...new Set([...byLanguage.de, ...byLanguage.en])].sort((a, b) => b.length - a.length),
      nonNames: new Set(loadWordList(new URL("./data/greeting-non-names.txt", import.meta.url))),
      roleWords: new Set(loadWordList(new URL("./data/role-accounts.txt", import.meta.url))),
      nicknames,
    };
  }
  return lists;
}

/**
 * A comparison key for names: lower case, accents dropped, and the German transliterations
 * folded (ü = ue = u), so that "Müller", "Mueller" and "muller@" compare equal.
 */
export function canonical(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u");
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The people a greeting line names. `line` is prose (placeholders blanked), `offset` its body
 * offset. Returns [] when the line is no greeting or greets a group ("Hallo zusammen").
 */
export function parseGreeting(line: string, offset: number): GreetedPerson[] {
  const { greetings, nonNames, roleWords } = loadLists();
  const people: GreetedPerson[] = [];
  let pos = 0;
  const skipSpaces = () => {
    while (pos < line.length && /[ \t]/.test(line[pos])) pos++;
  };
  const greetingAt = () => {
    // Only as much of the line as the longest greeting and the letter after it: slicing to the
    // line's end for every "all"/"team" made a long line of them quadratic.
    const rest = line.slice(pos, pos + greetings[0].length + 1).toLowerCase();
    const greeting = greetings.find((g) => rest.startsWith(g.toLowerCase()) && !/[\p{L}]/u.test(rest[g.length] ?? ""));
    return greeting?.length ?? 0;
  };
  const wordAt = (): Word | undefined => {
    const match = /^[\p{L}][\p{L}\p{M}'’-]*\.?|^[&+]/u.exec(line.slice(pos));
    return match ? { text: match[0], start: pos, end: pos + match[0].length } : undefined;
  };

  skipSpaces();
  let greetingLength = greetingAt();
  while (greetingLength > 0) {
    pos += greetingLength;
    skipSpaces();
    if (line[pos] === ",") pos++; // "Hallo, Anna!"
    // One or more people joined by "und"/"and": "Hallo Anna und Tom", "Dear Mr and Mrs Evans".
    for (;;) {
      skipSpaces();
      let word = wordAt();
      while (word && (TITLES.has(word.text.replace(/\.$/, "").toLowerCase()) || JOINERS.has(word.text.toLowerCase()))) {
        pos = word.end;
        skipSpaces();
        word = wordAt();
      }
      const names: Word[] = [];
      while (word && names.length < MAX_NAME_WORDS) {
        const bare = word.text.replace(/\.$/, "");
        if (!/^\p{Lu}/u.test(bare) && !PARTICLES.has(bare)) break;
        names.push({ text: bare, start: word.start, end: word.start + bare.length });
        pos = word.end;
        // The next word belongs to the name only when spaces alone separate them.
        const gap = /^[ \t]+/.exec(line.slice(pos))?.[0].length ?? 0;
        if (word.text.endsWith(".") || gap === 0) break;
        pos += gap;
        word = wordAt();
      }
      while (names.length > 0 && PARTICLES.has(names[names.length - 1].text)) names.pop();
      const named = names.filter((n) => !PARTICLES.has(n.text));
      // "Liebe Kundin", "Hi all", "Dear Acme Team", "Sehr geehrte Damen und Herren": no person to check.
      const generic = named.some((n) => nonNames.has(n.text.toLowerCase()) || roleWords.has(n.text.toLowerCase()));
      if (named.length > 0 && !generic) {
        people.push({ start: offset + names[0].start, end: offset + names[names.length - 1].end, names: named.map((n) => n.text) });
      }
      skipSpaces();
      const joiner = wordAt();
      if (!joiner || !JOINERS.has(joiner.text.toLowerCase())) break;
      pos = joiner.end;
    }
    // "Sehr geehrte Frau Berg, sehr geehrter Herr Meier,": a second greeting on the line.
    skipSpaces();
    if (line[pos] !== ",") break;
    pos++;
    skipSpaces();
    greetingLength = greetingAt();
  }
  return people;
}

/** Whether a recipient is a team or company mailbox, which any named person may read. */
export function isRoleRecipient(recipient: Pick<Recipient, "name" | "address">): boolean {
  const { roleWords } = loadLists();
  const local = recipient.address.split("@")[0] ?? "";
  const localWords = local.toLowerCase().split(/[._+\d-]+/).filter(Boolean);
  if (localWords.some((w) => roleWords.has(w)) || roleWords.has(local.toLowerCase())) return true;
  if (recipient.name === "") return localWords.join("").length < 2;
  return recipient.name.toLowerCase().split(/[\s,()"]+/).some((w) => roleWords.has(w));
}

/** Whether a greeted name (any of its words) fits a recipient's display name or address. */
export function nameFitsRecipient(names: readonly string[], recipient: Pick<Recipient, "name" | "address">): boolean {
  const { nicknames } = loadLists();
  const displayWords = recipient.name.split(/[\s,()"]+/).flatMap((w) => [w, ...w.split("-")]).map(canonical).filter((w) => w.length >= 2);
  const local = recipient.address.split("@")[0] ?? "";
  const localPieces = local.split(/[._+\d-]+/).map(canonical).filter(Boolean);
  const localLetters = canonical(local.replace(/[^\p{L}]/gu, ""));

  const fitsWord = (word: string): boolean => {
    if (word.length < 2) return false;
    if (displayWords.some((d) => d === word || (word.length >= 3 && d.length >= 3 && d.slice(0, 3) === word.slice(0, 3)))) {
      return true;
    }
    if (localPieces.includes(word)) return true;
    if (word.length >= 3 && localLetters.includes(word)) return true;
    // Initials: "Hallo Anna" to a.berg@, "Liebe Frau Berg" to ab@.
    return localPieces.some((piece) => piece.length <= 3 && piece.includes(word[0]));
  };
  return names.some((name) => {
    const parts = name.split("-").concat(name.includes("-") ? [name] : []).map(canonical);
    return parts.some((word) => {
      if (fitsWord(word)) return true;
      // Short forms both ways: "Hi Bob" to Robert, "Hi Robert" to Bob.
      if ((nicknames.get(word) ?? []).some(fitsWord)) return true;
      return displayWords.concat(localPieces).some((w) => (nicknames.get(w) ?? []).includes(word));
    });
  });
}

/** The first non-blank line of the authored text, with its body offset. */
function firstLine(prose: string, start: number, end: number): { text: string; offset: number } | undefined {
  const text = prose.slice(start, end);
  const match = /\S[^\n]*/.exec(text);
  return match ? { text: match[0], offset: start + match.index } : undefined;
}

function message(person: string, language: Language, recipients: readonly Recipient[]): string {
  const shown = recipients.slice(0, 3).map((r) => r.name || r.address).join(", ") + (recipients.length > 3 ? ", …" : "");
  return language === "de"
    ? `Die Anrede nennt „${person}“, aber so heißt keiner der Empfänger (${shown}). Wer mit fremdem Namen angesprochen wird, merkt, dass die Mail kopiert oder falsch adressiert ist: prüfen Sie Anrede und Empfänger.`
    : `The greeting names "${person}", but no recipient has that name (${shown}). A reader greeted with someone else's name sees a copied or misaddressed mail: check the greeting and the recipients.`;
}

const rule: Rule = {
  meta: {
    id: "greeting-mismatch",
    category: "hygiene",
    description: "The greeting names someone who is not among the recipients.",
    docs: "https://github.com/mail-lint/mail-lint/blob/main/docs/rules/greeting-mismatch.md",
    defaultSeverity: "warn",
    languages: ["de", "en"],
    scope: "mail",
    schema: { type: "object", properties: {}, additionalProperties: false },
    defaultOptions: {},
    help:
      "\"Hallo Tom\" in a mail to Anna is the copy-paste slip readers notice first: it tells them the mail was " +
      "written for someone else. The greeting's names are compared with the To and Cc recipients' display names " +
      "and addresses (short forms like Bob/Robert and initials like a.berg@ count as a match). Fix the greeting, " +
      "or the recipients. Drafts without To recipients and mails to team addresses (info@, support@) are not checked.",
  },
  create(context: RuleContext) {
    const { draft } = context;
    const addressed = draft.recipients.filter((r) => r.field === "to" || r.field === "cc");
    if (!addressed.some((r) => r.field === "to") || addressed.some(isRoleRecipient)) return;
    const zone = context.zones()[0];
    if (!zone) return;
    const line = firstLine(draft.prose, zone.start, zone.end);
    if (!line) return;
    for (const person of parseGreeting(line.text, line.offset)) {
      if (addressed.some((r) => nameFitsRecipient(person.names, r))) continue;
      const written = draft.body.slice(person.start, person.end);
      context.report({
        message: message(written, context.languageAt(person.start), addressed.filter((r) => r.field === "to")),
        start: person.start,
        end: person.end,
      });
    }
  },
};

export default rule;
