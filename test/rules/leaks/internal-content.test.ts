import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { findSubjectSignal, greetingCannotAddressRecipients, leakLists, prepareChecks } from "../../../rules/leaks/leaks-signals.js";
import { classifyQuote } from "../../../rules/leaks/leaks-quoted.js";
import { compileMarkers, findMarkers, fullPattern } from "../../../rules/leaks/leaks-markers.js";
import { compilePhrase, indexPhrases, lazyPhraseIndex, matchPhraseAt, subjectPredicateAt } from "../../../rules/leaks/leaks-phrases.js";
import { describeMailboxes } from "../../../rules/leaks/internal-address.js";
import { externalRecipients, isInternalAddress } from "../../../src/recipients.js";
import { tokenize } from "../../../src/text/tokens.js";
import type { QuoteHeader, Recipient } from "../../../src/types.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/leaks/", import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** A plain-text .eml from the shop's support desk. */
function eml(body: string, { to = "Karin Kundin <karin@kunde.example>", cc = "", subject = "Ihre Reklamation" } = {}): string {
  return (
    `From: Sabine Service <sabine@laden.example>\nTo: ${to}\n` +
    (cc ? `Cc: ${cc}\n` : "") +
    `Subject: ${subject}\nDate: Tue, 24 Nov 2026 10:30:00 +0100\n\n${body}`
  );
}

// ---------------------------------------------------------------------------------------
// Building blocks

describe("leak markers", () => {
  const pattern = compileMarkers(leakLists().markers);
  const markersIn = (text: string) => findMarkers(text, pattern).map((hit) => hit.text);

  it("finds markers at the line start, in brackets and before a colon", () => {
    expect(markersIn("Intern: Kulanz nur bis 50 Euro")).toEqual(["Intern"]);
    expect(markersIn("  Nur intern - bitte nicht weitergeben")).toEqual(["Nur intern"]);
    expect(markersIn("Preis [intern] klären")).toEqual(["intern"]);
    expect(markersIn("(internal only) pricing")).toEqual(["internal only"]);
    expect(markersIn("Notiz intern: Chef fragen")).toEqual(["intern"]);
    expect(markersIn("VERTRAULICH")).toEqual(["VERTRAULICH"]);
    expect(markersIn("Do not forward: pricing below")).toEqual(["Do not forward"]);
  });

  it("compiles a list once, and another list on its own", () => {
    expect(compileMarkers(["Intern", "Vertraulich"])).toBe(compileMarkers(["Intern", "Vertraulich"]));
    const own = compileMarkers(["Geheim"]);
    expect(findMarkers("Geheim: Preis", own).map((hit) => hit.text)).toEqual(["Geheim"]);
    expect(findMarkers("Geheim: Preis", pattern)).toEqual([]);
    expect(compileMarkers([" ", ""])).toBeUndefined();
  });

  it("skips the full pattern where the quick check finds nothing, and never where it could match", () => {
    // Each branch of the full pattern, with the quick check's verdict on lower-cased text.
    const full = fullPattern(pattern!);
    const positions = [
      "Intern: Kulanz nur bis 50 Euro",
      "## Vertraulich",
      "Preis (FYI, internal: ask Max) klären",
      "P.S. intern: Chef fragen",
      "<<Anmerkung: vor dem Senden löschen>>",
      "Interner Vermerk - Kunde kennt den Preis",
      "{Kommentar: Text prüfen}",
      "TODO Termin klären",
      "Unter uns: das Gerät hat einen bekannten Fehler",
      "[do not send to the client: cost 12 EUR]",
      "Not for customer: margin 40 %",
      "(nicht an die Kundin - Notiz)",
      "[[note: check]]",
      "Just between us: we knew",
    ];
    for (const text of positions) {
      const lower = text.toLowerCase();
      full.lastIndex = 0;
      expect(full.test(lower), text).toBe(true);
      expect(pattern!.mayMatch.test(lower), text).toBe(true);
    }
    // A reply without markers: the 14,000-character pattern is not needed, hence not compiled.
    const fresh = compileMarkers(["intern", "vertraulich", "nicht weiterleiten"])!;
    expect(findMarkers("Hallo Frau Berg,\n\nwir senden Ihnen die Rechnung bis Freitag, 27.11.2026.\nViele Grüße", fresh)).toEqual([]);
    expect(fresh.lowerCase).toBeUndefined();
    expect(findMarkers("Intern: Kulanz", fresh).map((hit) => hit.text)).toEqual(["Intern"]);
    expect(fresh.lowerCase).toBeDefined();
  });

  it("gives body offsets of the marker itself", () => {
    const text = "Hallo,\n\nIntern: nur bis 50 Euro.";
    const [hit] = findMarkers(text, pattern);
    expect(text.slice(hit.start, hit.end)).toBe("Intern");
  });

  it("keeps exact offsets and the written case when lower case changes a text's length", () => {
    // "İ" lower-cases to two characters; such a text is matched case-insensitively as written.
    const text = "Grüße aus İzmir\nINTERN: nur bis 50 Euro.\nTODO Termin klären";
    const hits = findMarkers(text, pattern);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(["INTERN", "TODO"]);
    expect(hits.map((hit) => hit.text)).toEqual(["INTERN", "TODO"]);
    expect(markersIn("todo Termin klären")).toEqual([]);
    expect(markersIn("İzmir\ntodo Termin klären")).toEqual([]);
  });

  it("leaves ordinary words alone", () => {
    expect(markersIn("Ihre Reklamation wird intern geprüft.")).toEqual([]);
    expect(markersIn("We offer international shipping.")).toEqual([]);
    expect(markersIn("Internet: ab 20 Euro im Monat")).toEqual([]);
    expect(markersIn("Internationaler Versand: kostenlos")).toEqual([]);
    expect(markersIn("Vertraulich behandeln wir Ihre Daten selbstverständlich.")).toEqual([]);
    expect(markersIn("Das ist intern: nein")).toEqual([]);
    expect(markersIn("Ihre Reklamation wird\nintern\ngeprüft.")).toEqual([]);
    expect(markersIn("Do not forward this link, it is personal to you.")).toEqual([]);
  });
});

describe("leak phrases", () => {
  const text = (prose: string) => ({ tokens: tokenize(prose), prose });
  const fillers = leakLists().fillers;

  it("skips filler words between the words of a phrase", () => {
    const phrase = compilePhrase("kann das jemand übernehmen");
    expect(matchPhraseAt(text("Kann das bitte mal jemand übernehmen?"), 0, phrase, fillers)).toBe(6);
    expect(matchPhraseAt(text("Kann das bitte mal jemand übernehmen?"), 0, phrase)).toBe(-1);
  });

  it("does not cross sentences or paragraphs", () => {
    const phrase = compilePhrase("die kundin nervt");
    expect(matchPhraseAt(text("die Kundin nervt"), 0, phrase)).toBe(3);
    expect(matchPhraseAt(text("die Kundin. Nervt"), 0, phrase)).toBe(-1);
    expect(matchPhraseAt(text("die Kundin\n\nnervt"), 0, phrase)).toBe(-1);
    expect(matchPhraseAt(text("die Kundin\nnervt"), 0, phrase)).toBe(3);
  });

  it("honours the clause end and the one-word wildcard", () => {
    const who = compilePhrase("wer übernimmt den $");
    expect(matchPhraseAt(text("Wer übernimmt den?"), 0, who)).toBe(3);
    expect(matchPhraseAt(text("Wer übernimmt den Transport?"), 0, who)).toBe(-1);
    const subjects = indexPhrases([compilePhrase("frau *")]);
    const predicates = indexPhrases([compilePhrase("nervt")]);
    expect(subjectPredicateAt(text("Frau Meier nervt"), 0, subjects, predicates, fillers)?.after).toBe(3);
    expect(subjectPredicateAt(text("Frau Meier schreibt"), 0, subjects, predicates, fillers)).toBeUndefined();
  });

  it("builds a lazy index only when a subject asks for its predicates, and matches as the eager one", () => {
    let built = 0;
    const subjects = indexPhrases([compilePhrase("frau *")]);
    const predicates = lazyPhraseIndex(() => {
      built++;
      return [compilePhrase("nervt")];
    });
    expect(subjectPredicateAt(text("Herr Meier nervt"), 0, subjects, predicates, fillers)).toBeUndefined();
    expect(built).toBe(0);
    expect(subjectPredicateAt(text("Frau Meier nervt"), 0, subjects, predicates, fillers)?.after).toBe(3);
    expect(subjectPredicateAt(text("Frau Meier schreibt"), 0, subjects, predicates, fillers)).toBeUndefined();
    expect(built).toBe(1);
  });

  it("reads remarks about a person with fillers between subject and predicate", () => {
    const { subjects, predicates } = leakLists();
    expect(subjectPredicateAt(text("this guy is really exhausting."), 0, subjects, predicates, fillers)).toBeDefined();
    expect(subjectPredicateAt(text("The customer is impossible to reach."), 0, subjects, predicates, fillers)).toBeUndefined();
  });
});

describe("internal addresses and quote headers", () => {
  const domains = ["laden.example"];
  const header = (author: string, to: string[], style: QuoteHeader["style"] = "outlook"): QuoteHeader => ({
    style,
    author: { name: "", address: author },
    to: to.map((address) => ({ name: "", address })),
    cc: [],
    start: 0,
    end: 10,
  });
  const customer = { name: "", address: "karin@kunde.example", field: "to", internal: false, internalOnly: false } as Recipient;

  it("counts subdomains as internal, and look-alike domains as external", () => {
    expect(isInternalAddress("chef@laden.example", domains)).toBe(true);
    expect(isInternalAddress("chef@eu.laden.example", domains)).toBe(true);
    expect(isInternalAddress("chef@notladen.example", domains)).toBe(false);
    expect(isInternalAddress("Christian Chef", domains)).toBe(false);
  });

  it("marks a whole message internal only when its header shows colleagues writing to colleagues", () => {
    const quoteRecipients = { external: [customer], isInternal: (address: string) => isInternalAddress(address, domains) };
    expect(classifyQuote(header("chef@laden.example", ["sabine@laden.example"]), quoteRecipients).kind).toBe("internal-thread");
    expect(classifyQuote(header("chef@laden.example", ["karin@kunde.example"]), quoteRecipients).kind).toBe("internal-author");
    // "On ... X wrote:" shows no recipients: the author alone is not enough.
    expect(classifyQuote(header("chef@laden.example", [], "on-wrote"), quoteRecipients).kind).toBe("internal-author");
    // A forward is deliberate: read for what it says, not for its header.
    expect(classifyQuote(header("chef@laden.example", ["sabine@laden.example"], "forward"), quoteRecipients).kind).toBe(
      "internal-author",
    );
    expect(classifyQuote(header("karin@kunde.example", ["sabine@laden.example"]), quoteRecipients)).toMatchObject({
      kind: "external-author",
      isRecipient: true,
    });
    expect(classifyQuote(undefined, quoteRecipients).kind).toBe("unknown");
  });

  it("reads a group greeting as internal only for one single personal external recipient", () => {
    const roles = leakLists().roleAddresses;
    const colleague = { ...customer, address: "tom@laden.example", internal: true };
    expect(greetingCannotAddressRecipients([customer], roles)).toBe(true);
    expect(greetingCannotAddressRecipients([customer, colleague], roles)).toBe(false);
    expect(greetingCannotAddressRecipients([{ ...customer, address: "info@kunde.example" }], roles)).toBe(false);
    expect(greetingCannotAddressRecipients([{ ...customer, address: "team-nord@kunde.example" }], roles)).toBe(false);
  });

  it("counts addresses and template placeholders as external recipients, and only when domains are known", () => {
    const to = (address: string, name = "", internal = false) => ({ name, address, field: "to", internal, internalOnly: false }) as Recipient;
    const recipients = [to("karin@kunde.example"), to("karin@kunde.example"), to("", "{{customer_email}}"), to("", "Karin Kundin"), to("tom@laden.example", "", true)];
    expect(externalRecipients(recipients, domains).map((r) => r.address || r.name)).toEqual(["karin@kunde.example", "{{customer_email}}"]);
    expect(externalRecipients(recipients, [])).toEqual([]);
  });

  it("names at most three recipients", () => {
    const people = ["a", "b", "c", "d", "e"].map((n) => ({ name: "", address: `${n}@x.example` }));
    expect(describeMailboxes(people.slice(0, 2), "en")).toBe("a@x.example and b@x.example");
    expect(describeMailboxes(people, "de")).toBe("a@x.example, b@x.example, c@x.example und 2 weitere");
  });

  it("finds markers and code names in the subject after reply prefixes", () => {
    const checks = prepareChecks({ recipients: [customer] }, { codeNames: ["Falcon"] });
    expect(findSubjectSignal("AW: WG: [intern] Reklamation", checks)?.text).toBe("intern");
    expect(findSubjectSignal("Re: Falcon launch dates", checks)).toMatchObject({ kind: "code-name", text: "Falcon" });
    expect(findSubjectSignal("Re: International orders", checks)).toBeUndefined();
    // In English, "Intern:" may announce a trainee; in brackets it is still a marker.
    expect(findSubjectSignal("Intern: Jane starts on Monday", checks, "en")).toBeUndefined();
    expect(findSubjectSignal("[Intern] pricing", checks, "en")?.text).toBe("Intern");
    expect(findSubjectSignal("Intern: Preisgrenze", checks, "de")?.text).toBe("Intern");
  });
});

// ---------------------------------------------------------------------------------------
// The rule

new RuleTester().run(rule, {
  valid: [
    { name: "same internal thread, sent only to colleagues", filename: "draft.eml", code: fixture("thread-to-colleagues-only.eml") },
    {
      name: "reply to an external thread without internal content (markers deeper in the customer's own mail)",
      filename: "draft.eml",
      code: fixture("external-thread.eml"),
    },
    {
      name: "complaint 'wird intern geprüft'",
      filename: "draft.eml",
      code: eml("Sehr geehrte Frau Kundin,\n\nIhre Reklamation wird intern geprüft. Wir melden uns bis Freitag.\n"),
    },
    {
      name: "international shipping, Internet",
      filename: "draft.eml",
      code: eml("Hi Karin,\n\nwe offer international shipping.\nInternet: our shop is open 24/7.\n", { subject: "International orders" }),
    },
    {
      name: "template without recipients",
      code: "Intern: Kulanz nur bis 50 Euro.\n\nHallo zusammen,\ndie Kundin nervt. Kann das jemand übernehmen?\n",
    },
    {
      name: "template with a recipient, but no internal domain known (no From, no config)",
      filename: "reply.md",
      code: "---\nto: karin@kunde.example\n---\nIntern: Kulanz nur bis 50 Euro.\n",
    },
    {
      name: "template whose recipient is a bare name",
      filename: "reply.md",
      settings: { internalDomains: ["laden.example"] },
      code: "---\nto: Karin Kundin\n---\nIntern: Kulanz nur bis 50 Euro.\n",
    },
    {
      name: "internal note in a mail that only goes to colleagues",
      filename: "draft.eml",
      code: eml("Hallo zusammen,\n\nIntern: die Kundin nervt.\n", { to: "Tom <tom@laden.example>", cc: "team@eu.laden.example" }),
    },
    {
      name: "'Hallo zusammen' to a customer and a colleague in Cc",
      filename: "draft.eml",
      code: eml("Hallo zusammen,\n\nanbei die Termine.\n", { cc: "Tom <tom@laden.example>" }),
    },
    {
      name: "'Hallo zusammen' to a shared customer mailbox",
      filename: "draft.eml",
      code: eml("Hallo zusammen,\n\nanbei die Termine.\n", { to: "info@kunde.example" }),
    },
    {
      name: "formal salutation among peers, and a company team",
      filename: "draft.eml",
      code: eml("Sehr geehrte Kolleginnen und Kollegen,\n\nHallo Team Meier, wir melden uns.\n"),
    },
    {
      name: "legal disclaimer marked CONFIDENTIAL",
      filename: "draft.eml",
      code: eml(
        "Hi Karin,\n\nyour order has shipped.\n\nCONFIDENTIAL: This e-mail is intended only for the addressee. If you received\nthis e-mail in error, please delete it.\n",
      ),
    },
    {
      name: "a colleague's earlier answer to the customer, quoted Gmail-style",
      filename: "draft.eml",
      code: eml(
        "Hi Karin,\n\nto add to Tom's answer: the parcel left today.\n\nOn Mon, Nov 23, 2026 at 4:00 PM Tom Lager <tom@laden.example> wrote:\n> Dear Karin,\n> your replacement ships tomorrow.\n> Tom\n",
      ),
    },
    {
      name: "an Outlook block from a colleague to the customer",
      filename: "draft.eml",
      code: eml(
        "Hallo Frau Kundin,\n\nergänzend zu meinem Kollegen: der Versand ist kostenlos.\n\n-----Ursprüngliche Nachricht-----\nVon: Tom Lager <tom@laden.example>\nGesendet: Montag, 23. November 2026 16:00\nAn: Karin Kundin <karin@kunde.example>\nCc: Sabine Service <sabine@laden.example>\nBetreff: Ihre Reklamation\n\nDer Ersatz geht morgen raus.\n",
      ),
    },
    {
      name: "instructions about a third person in the text written now",
      filename: "draft.eml",
      code: eml("Hi Karin,\n\nplease tell him to bring the receipt. The customer is impossible to reach by phone, says our courier.\n"),
    },
    {
      name: "questions a customer may well be asked",
      filename: "draft.eml",
      code: eml("Hallo Frau Kundin,\n\nwer übernimmt den Transport? Can someone from your team take a look at the invoice?\n"),
    },
    {
      name: "an English team list with an intern, and a job title",
      filename: "draft.eml",
      code: eml("Dear Joe,\n\nyour project team:\nLead: Tom Baker\nIntern: Jane Doe\n\nBest\nTom Baker\nIntern\n", { to: "joe@client.example" }),
    },
    {
      name: "'confidential' ignored by option",
      filename: "draft.eml",
      options: { ignoreMarkers: ["confidential"] },
      code: eml("Dear Karin,\n\nConfidential: your new login details are below.\n"),
    },
    {
      name: "a deliberately forwarded colleague's message without internal content",
      filename: "draft.eml",
      code: eml(
        "Hi Karin,\n\nsee our technician's answer below.\n\n---------- Forwarded message ---------\nFrom: Tom Technik <tom@laden.example>\nDate: Mon, Nov 23, 2026 at 4:00 PM\nSubject: Kettle\nTo: Sabine Service <sabine@laden.example>\n\nThe thermostat is faulty; a replacement solves it.\n",
      ),
    },
    {
      name: "the customer's own 'Vertraulich:' quoted back to them",
      filename: "draft.eml",
      code: eml(
        "Hallo Frau Kundin,\n\ndanke, wir haben die Kontonummer.\n\nAm 24.11.2026 um 09:12 schrieb Karin Kundin <karin@kunde.example>:\n> Vertraulich: meine Kontonummer ist DE00 1234.\n",
      ),
    },
  ],
  invalid: [
    {
      name: "reply-all in English: a colleague's remark in the Gmail-style quote",
      filename: "draft.eml",
      code: fixture("reply-all-en.eml"),
      errors: [
        {
          line: 17,
          column: 8,
          endLine: 17,
          endColumn: 18,
          message: /^The quoted history from line 16 .*"refund her".*Jane Customer <jane\.customer@gmail\.example>.*Delete the quoted history from line 16/,
          // Line 16 is the "On ... wrote:" line: the whole quote goes, or the customer does.
          suggestions: [{ desc: "Delete the quoted history from line 16" }, { desc: "Remove jane.customer@gmail.example from the recipients" }],
        },
      ],
    },
    {
      name: "reply-all in German: an internal Outlook 'Ursprüngliche Nachricht' block",
      filename: "draft.eml",
      code: fixture("reply-all-de.eml"),
      errors: [
        {
          line: 15,
          column: 1,
          message: /^Der zitierte Verlauf ab Zeile 15 ist interne Korrespondenz \(Christian Chef <christian@laden\.example> an Sabine Service <sabine@laden\.example>\).*karin\.kundin@web\.example/,
          suggestions: [{ desc: "Den zitierten Verlauf ab Zeile 15 löschen" }, { desc: "karin.kundin@web.example aus den Empfängern entfernen" }],
        },
      ],
    },
    {
      name: "internal note in the authored text",
      filename: "draft.eml",
      code: fixture("internal-note-authored.eml"),
      errors: [
        {
          line: 10,
          column: 1,
          endColumn: 7,
          message: /^Zeile 10 ist als intern markiert \(„Intern“\).*karin\.kundin@web\.example/,
          suggestions: [{ desc: "Den internen Teil in Zeile 10 löschen" }, { desc: "karin.kundin@web.example aus den Empfängern entfernen" }],
        },
      ],
    },
    {
      name: "a message for colleagues sent to a customer",
      filename: "draft.eml",
      code: fixture("note-for-colleagues.eml"),
      errors: [
        { line: 6, column: 1, message: /spricht Kollegen an \(„Hallo zusammen“\)/ },
        { line: 8, column: 1, message: /in der dritten Person über jemanden \(„die Kundin nervt“\)/ },
        { line: 9, column: 1, message: /bittet Kollegen.*„Kann das bitte jemand übernehmen“/ },
      ],
    },
    {
      name: "English note for colleagues: greeting, request and remark, one finding per line",
      filename: "draft.eml",
      code: eml("Hi team,\n\ncan someone take this one? This guy is exhausting.\n", { to: "Joe Client <joe@client.example>" }),
      errors: [
        { line: 6, column: 1, message: /^Line 6 addresses colleagues \("Hi team"\).*joe@client\.example/ },
        { line: 8, column: 1, message: /^Line 8 asks colleagues to take the case \("can someone take this one"\)/ },
      ],
    },
    {
      name: "bracketed marker and a marker in the subject",
      filename: "draft.eml",
      code: eml("Hallo Frau Kundin,\n\nIhr Angebot: 120 Euro [intern] Preis noch mit Chef klären.\n", { subject: "AW: [INTERN] Angebot" }),
      errors: [
        {
          line: 3,
          column: 1,
          message: /^Der Betreff ist als intern markiert \(„INTERN“\)/,
          suggestions: [{ desc: "„INTERN“ aus dem Betreff entfernen" }, { desc: "karin@kunde.example aus den Empfängern entfernen" }],
        },
        {
          line: 8,
          column: 24,
          endColumn: 30,
          suggestions: [{ desc: "Den internen Teil in Zeile 8 löschen" }, { desc: "karin@kunde.example aus den Empfängern entfernen" }],
        },
      ],
    },
    {
      name: "Markdown emphasis, an all-caps heading and an English bracketed marker",
      filename: "reply.md",
      code: "---\nto: joe@client.example\nfrom: tom@laden.example\n---\nDear Joe,\n\n**Internal:** max. 10 % discount.\n\nCONFIDENTIAL\n\nPricing [intern] to be confirmed.\n",
      errors: [{ line: 7, column: 3 }, { line: 9, column: 1 }, { line: 11, column: 10 }],
    },
    {
      name: "code name and extra marker from the options",
      filename: "draft.eml",
      options: { codeNames: ["Project Falcon"], markers: ["nur team"] },
      code: eml("Dear Karin,\n\nyour kettle will be replaced by the Project Falcon model.\nNur Team: Lager fragen.\n"),
      errors: [
        { line: 8, column: 37, endColumn: 51, message: /internal code name "Project Falcon"/ },
        { line: 9, column: 1, message: /is marked internal \("Nur Team"\)/ },
      ],
    },
    {
      name: "an English Outlook block: colleague to colleague",
      filename: "draft.eml",
      code: eml(
        "Dear Karin,\n\nyour refund is on its way.\n\n-----Original Message-----\nFrom: Chris Boss <chris@laden.example>\nSent: Monday, November 23, 2026 4:00 PM\nTo: Sabine Service <sabine@laden.example>\nSubject: FW: Kettle\n\nFine, refund it.\n",
        { subject: "Re: Kettle" },
      ),
      errors: [{ line: 10, column: 1, message: /^The quoted history from line 10 is an internal conversation \(Chris Boss <chris@laden\.example> to Sabine Service/ }],
    },
    {
      name: "a colleague's Gmail-style message asking the team",
      filename: "draft.eml",
      code: eml(
        "Hallo Frau Kundin,\n\nwir kümmern uns darum.\n\nAm 24.11.2026 um 09:12 schrieb Tom Lager <tom@laden.example>:\n> Hallo zusammen,\n> wer übernimmt die?\n",
      ),
      errors: [{ line: 11, column: 3, message: /^Der zitierte Verlauf ab Zeile 10 spricht Kollegen an \(„Hallo zusammen“\) in Zeile 11/ }],
    },
    {
      name: "a quoted 'Intern:' note of unknown origin",
      filename: "draft.eml",
      code: eml("Hallo Frau Kundin,\n\nder Ersatz ist unterwegs.\n\n> Intern: Kulanz nur bis 50 Euro.\n"),
      errors: [{ line: 10, column: 3, message: /^Der zitierte Verlauf ab Zeile 10 ist als intern markiert/ }],
    },
    {
      name: "a Markdown template with an external recipient in its front matter",
      filename: "reply.md",
      code: "---\nto: karin@kunde.example\nfrom: sabine@laden.example\n---\nHallo Frau Kundin,\n\nIntern: nur bis 50 Euro.\n",
      errors: [{ line: 7, column: 1 }],
    },
    {
      name: "a canned reply to a placeholder recipient",
      filename: "reply.md",
      settings: { internalDomains: ["laden.example"] },
      code: '---\nto: "{{customer_email}}"\n---\nHallo {{first_name}},\n\nIntern: Kulanz nur bis 50 Euro.\n',
      errors: [
        {
          line: 6,
          column: 1,
          message: /^Zeile 6 ist als intern markiert.*an \{\{customer_email\}\}/,
          // The placeholder stands for the customer's address, and is named as written.
          suggestions: [{ desc: "Den internen Teil in Zeile 6 löschen" }, { desc: "{{customer_email}} aus den Empfängern entfernen" }],
        },
      ],
    },
    {
      name: "a canned reply to a %placeholder% recipient in lower case (the placeholder pattern of the whole tool)",
      filename: "reply.txt",
      settings: { internalDomains: ["laden.example"] },
      code: '---\nto: "%customer_email%"\n---\nHallo %first_name%,\n\nIntern: Kulanz nur bis 50 Euro.\n',
      errors: [{ line: 6, column: 1, message: /^Zeile 6 ist als intern markiert.*an %customer_email%/ }],
    },
    {
      name: "configured internal domains with subdomains",
      filename: "draft.eml",
      settings: { internalDomains: ["laden.example"] },
      code:
        "From: Sabine <sabine@mail.laden.example>\nTo: karin@kunde.example\nSubject: Re: Kettle\n\nDear Karin,\n\ndone.\n\n" +
        "-----Original Message-----\nFrom: boss@laden.example\nSent: Monday, November 23, 2026 4:00 PM\nTo: team@eu.laden.example\nSubject: Kettle\n\nRefund it.\n",
      errors: [{ line: 9, column: 1, message: /internal conversation/ }],
    },
  ],
});

// ---------------------------------------------------------------------------------------
// Properties

describe("internal-content properties", () => {
  const words = ["Intern:", "[intern]", "Hallo zusammen,", "die Kundin nervt", "can someone take this one?", "International", "wird", "intern", "geprüft", "\n", "\n\n", "> ", "Vertraulich", "tell her", "Kollegen"];
  const body = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((parts) => parts.join(" "));

  it("never reports a mail that only goes to colleagues", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const code = eml(text, { to: "Tom <tom@laden.example>", cc: "team@eu.laden.example" });
        expect(await RuleTester.messagesFor(rule, { code, filename: "draft.eml" })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("finds markers only as whole words from the list", () => {
    const pattern = compileMarkers(leakLists().markers);
    const known = new Set(leakLists().markers.map((m) => m.toLowerCase()));
    fc.assert(
      fc.property(body, (text) => {
        for (const hit of findMarkers(text, pattern)) {
          expect(known.has(hit.text.toLowerCase().replace(/\s+/g, " "))).toBe(true);
          expect(text.slice(hit.start, hit.end)).toBe(hit.text);
          expect(/\p{L}/u.test(text[hit.end] ?? "")).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Precision on public data (report only; the lists were not tuned on these files)

const SHARED = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));

describe.skipIf(!existsSync(SHARED))("internal-content on public data (../shared/data)", () => {
  it("stays silent on the real-world .eml files", async () => {
    const dir = path.join(SHARED, "eml_fixtures/files");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".eml"))) {
      const messages = await RuleTester.messagesFor(rule, { code: readFileSync(path.join(dir, file), "latin1"), filename: file });
      expect(messages.map((m) => `${file}:${m.line} ${m.message}`)).toEqual([]);
    }
  });

  it("reads almost no Enron business sentence as internal when sent to one external person (test split)", async () => {
    const rows = readFileSync(path.join(SHARED, "parakweet_email_intent/test.tsv"), "utf8").split("\n").slice(1).filter(Boolean);
    let fired = 0;
    for (const row of rows) {
      const sentence = row.slice(row.indexOf("\t") + 1);
      const code = `From: me@ours.example\nTo: Pat Person <pat.person@theirs.example>\nSubject: x\n\n${sentence}\n`;
      if ((await RuleTester.messagesFor(rule, { code, filename: "x.eml" })).length > 0) fired++;
    }
    expect(rows.length).toBeGreaterThan(900);
    expect(fired / rows.length).toBeLessThan(0.005);
  });
});
