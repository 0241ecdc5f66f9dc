// Writes a deterministic corpus of drafts and canned-reply templates for the benchmark
// (scripts/bench.ts): German and English, .eml replies (some with quoted history and Cc),
// Markdown templates (some with front matter, lists, code) and plain-text templates with
// placeholders. About two drafts in three are clean; the rest carry one or two of the problems
// mail-lint looks for (vague promises, weekdays without a date, insults, shouting,
// condescension, internal notes in a quoted thread). Every text here is written for mail-lint.
//
//   npx tsx scripts/generate-corpus.ts --out /tmp/mail-lint-corpus --count 10000 [--seed 1]
//
// The same seed and count give byte-identical files, so timings of two runs compare.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type CorpusLanguage = "de" | "en";
export type CorpusFormat = "eml" | "md" | "txt";

export interface CorpusFile {
  /** Path relative to the corpus root, e.g. "en/012/01234-reply.eml". */
  path: string;
  content: string;
  language: CorpusLanguage;
  format: CorpusFormat;
  /** Whether a problem sentence was put in (for the mix statistics, not a label for tuning). */
  seeded: boolean;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Bank {
  firstNames: string[];
  lastNames: string[];
  /** Each product as [nominative, accusative, dative]; English uses the same form thrice. */
  products: [string, string, string][];
  greetings: string[];
  openers: string[];
  clean: string[];
  problems: string[];
  /** Said only in mails that really carry the invoice as an attachment. */
  attachmentNote: string;
  closings: string[];
  quoteIntro: string;
  customerQuestions: string[];
  internalNotes: string[];
  subjects: string[];
  months: string[];
  weekdays: string[];
}

// "{name}", "{last}", "{product}" (also "{productAcc}", "{productDat}"), "{order}", "{date}", "{n}"
// are filled per draft.
const BANKS: Record<CorpusLanguage, Bank> = {
  en: {
    firstNames: ["Jane", "Omar", "Priya", "Lucas", "Emma", "Noah", "Chloe", "Samuel", "Aisha", "Daniel"],
    lastNames: ["Miller", "Khan", "Patel", "Silva", "Brown", "Walker", "Evans", "Cohen", "Nakamura", "Okafor"],
    products: ["the standing desk", "your replacement charger", "the winter jacket", "the coffee grinder", "your new router"].map(
      (p): [string, string, string] => [p, p, p],
    ),
    greetings: ["Hi {name},", "Hello {name},", "Dear {name},", "Good morning {name},"],
    openers: [
      "Thank you for your message about order {order}.",
      "Thanks for getting in touch about {product}.",
      "Many thanks for your patience while we looked into this.",
      "I am sorry that {product} arrived damaged.",
    ],
    clean: [
      "Your order {order} left our warehouse on {date} and the tracking link is in your account.",
      "We refunded {n} EUR to your card today; banks usually need three to five working days.",
      "Our technician will call you on {date} between 9:00 and 11:00.",
      "The replacement for {product} is reserved for you and ships on {date}.",
      "You can return the item free of charge within 30 days using the label in the parcel.",
      "If the problem comes back, please reply to this mail and quote order {order}.",
      "We checked the serial number and the device is still under warranty until {date}.",
      "The discount code is valid until {date} and works for every item in the shop.",
      "Please send us a photo of the label so that we can trace the parcel with the courier.",
      "Our opening hours are Monday to Friday from 8:00 to 18:00.",
      "I have passed your feedback on to the product team, who read every message.",
    ],
    problems: [
      "We will get back to you soon.",
      "Let's talk on Wednesday about the replacement.",
      "The delivery is delayed by about two weeks, says our supplier.",
      "As I already explained several times, the warranty does not cover this.",
      "WE ARE NOT A CHARITY AND THIS IS NOT OUR FAULT!!",
      "Honestly, that is a stupid question.",
      "You will receive a confirmation shortly.",
      "We'll call you on Friday.",
      "Obviously you did not read the manual.",
      "I will send the documents asap.",
    ],
    attachmentNote: "I have attached the invoice for order {order} as a PDF, as you asked.",
    closings: ["Best regards,", "Kind regards,", "Many thanks,", "All the best,"],
    quoteIntro: "On {date}, {name} wrote:",
    customerQuestions: [
      "Where is my parcel? I ordered it two weeks ago.",
      "The charger stopped working after three days. Can I get a new one?",
      "Could you please send me the invoice for my tax return?",
    ],
    internalNotes: [
      "Just refund her and tell her to go away. This customer is a nightmare.",
      "Internal only: do not mention the recall to the customer.",
    ],
    subjects: ["Re: Your order {order}", "Re: Question about {product}", "Your refund for order {order}", "Re: Delivery status"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  },
  de: {
    firstNames: ["Anna", "Jonas", "Leonie", "Mehmet", "Sophie", "Lukas", "Mia", "Paul", "Elif", "Felix"],
    lastNames: ["Berg", "Schneider", "Yilmaz", "Wagner", "Fischer", "Becker", "Hoffmann", "Krüger", "Wolf", "Neumann"],
    products: [
      ["der Schreibtisch", "den Schreibtisch", "dem Schreibtisch"],
      ["Ihr Ersatzladegerät", "Ihr Ersatzladegerät", "Ihrem Ersatzladegerät"],
      ["die Winterjacke", "die Winterjacke", "der Winterjacke"],
      ["die Kaffeemühle", "die Kaffeemühle", "der Kaffeemühle"],
      ["Ihr neuer Router", "Ihren neuen Router", "Ihrem neuen Router"],
    ],
    greetings: ["Hallo {name},", "Guten Tag {name},", "Liebe Frau {last},", "Sehr geehrter Herr {last},"],
    openers: [
      "vielen Dank für Ihre Nachricht zur Bestellung {order}.",
      "danke, dass Sie sich zu {productDat} gemeldet haben.",
      "vielen Dank für Ihre Geduld, während wir das geprüft haben.",
      "es tut mir leid, dass {product} beschädigt angekommen ist.",
    ],
    clean: [
      "Ihre Bestellung {order} hat unser Lager am {date} verlassen; den Sendungslink finden Sie in Ihrem Konto.",
      "Wir haben Ihnen heute {n} EUR erstattet; Banken brauchen dafür meist drei bis fünf Werktage.",
      "Unser Techniker ruft Sie am {date} zwischen 9 und 11 Uhr an.",
      "Der Ersatz für {productAcc} ist für Sie reserviert und wird am {date} verschickt.",
      "Sie können den Artikel innerhalb von 30 Tagen kostenlos mit dem Etikett aus dem Paket zurücksenden.",
      "Falls das Problem wieder auftritt, antworten Sie bitte auf diese Mail und nennen Sie die Bestellung {order}.",
      "Wir haben die Seriennummer geprüft: Das Gerät hat noch bis zum {date} Garantie.",
      "Der Rabattcode gilt bis zum {date} für alle Artikel im Shop.",
      "Bitte schicken Sie uns ein Foto des Etiketts, damit wir das Paket beim Zusteller suchen können.",
      "Unsere Servicezeiten sind Montag bis Freitag von 8 bis 18 Uhr.",
      "Ihr Feedback habe ich an unser Produktteam weitergegeben.",
    ],
    problems: [
      "Wir melden uns zeitnah bei Ihnen.",
      "Wir rufen Sie am Mittwoch an.",
      "Die Lieferung verzögert sich um etwa zwei Wochen, sagt unser Lieferant.",
      "Wie bereits mehrfach erklärt, deckt die Garantie das nicht ab.",
      "WIR SIND KEIN SAFTLADEN!!",
      "Ehrlich gesagt ist das eine dumme Frage.",
      "Sie erhalten in Kürze eine Bestätigung.",
      "Wir besprechen das am Freitag.",
      "Offensichtlich haben Sie die Anleitung nicht gelesen.",
      "Ich schicke Ihnen die Unterlagen baldmöglichst.",
    ],
    attachmentNote: "Die Rechnung zur Bestellung {order} habe ich Ihnen wie gewünscht als PDF angehängt.",
    closings: ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Herzliche Grüße"],
    quoteIntro: "Am {date} schrieb {name}:",
    customerQuestions: [
      "Wo bleibt mein Paket? Ich habe vor zwei Wochen bestellt.",
      "Das Ladegerät funktioniert nach drei Tagen nicht mehr. Bekomme ich ein neues?",
      "Können Sie mir bitte die Rechnung für die Steuererklärung schicken?",
    ],
    internalNotes: [
      "Erstatte ihr einfach das Geld und sag ihr, sie soll uns in Ruhe lassen. Die Kundin nervt.",
      "Nur intern: Den Rückruf bitte nicht gegenüber der Kundin erwähnen.",
    ],
    subjects: ["Re: Ihre Bestellung {order}", "Re: Frage zu {productDat}", "Ihre Erstattung zur Bestellung {order}", "Re: Lieferstatus"],
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
  },
};

// Share of drafts that get one or two problem sentences.
const PROBLEM_SHARE = 0.35;

/** One draft after another; `count` of them, the same for the same seed. */
export function* generateCorpus(options: { count: number; seed?: number }): Generator<CorpusFile> {
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  for (let index = 0; index < options.count; index++) {
    const language: CorpusLanguage = random() < 0.5 ? "de" : "en";
    const roll = random();
    const format: CorpusFormat = roll < 0.4 ? "eml" : roll < 0.7 ? "md" : "txt";
    const seeded = random() < PROBLEM_SHARE;
    const draft = new DraftWriter(BANKS[language], language, random, pick);
    const content = format === "eml" ? draft.eml(seeded) : format === "md" ? draft.markdown(seeded) : draft.text(seeded);
    const name = `${String(index).padStart(6, "0")}-${format === "eml" ? "reply" : "template"}.${format}`;
    yield { path: `${language}/${String(Math.floor(index / 500)).padStart(3, "0")}/${name}`, content, language, format, seeded };
  }
}

/** Builds one draft's text from a language's sentence bank. */
class DraftWriter {
  private readonly first: string;
  private readonly last: string;
  private readonly values: Record<string, string>;

  constructor(
    private readonly bank: Bank,
    private readonly language: CorpusLanguage,
    private readonly random: () => number,
    private readonly pick: <T>(items: readonly T[]) => T,
  ) {
    this.first = pick(bank.firstNames);
    this.last = pick(bank.lastNames);
    this.values = {
      name: this.first,
      last: this.last,
      ...productForms(pick(bank.products)),
      order: String(10000 + Math.floor(random() * 89999)),
      n: String(5 + Math.floor(random() * 400)),
    };
  }

  /** A reply as a mail file: headers, body, signature, sometimes the quoted thread and an invoice. */
  eml(seeded: boolean): string {
    const domain = this.language === "de" ? "laden.example" : "shop.example";
    const customer = `${asciiName(this.first)}.${asciiName(this.last)}@mail.example`;
    const withThread = this.random() < 0.5;
    const leaky = seeded && withThread && this.random() < 0.3;
    const invoice = this.random() < 0.15;
    const headers = [
      `From: Support <support@${domain}>`,
      `To: ${this.first} ${this.last} <${customer}>`,
      ...(this.random() < 0.2 ? [`Cc: team@${domain}`] : []),
      `Subject: ${this.fill(this.pick(this.bank.subjects))}`,
      `Date: ${this.mailDate()}`,
      `Message-ID: <${this.values.order}.${Math.floor(this.random() * 1e6)}@${domain}>`,
      "MIME-Version: 1.0",
    ];
    const text = [...this.body(seeded && !leaky, false, invoice), "", "-- ", "Support", this.language === "de" ? "Laden GmbH" : "Shop Ltd."];
    if (withThread) {
      text.push("", this.fill(this.bank.quoteIntro.replace("{name}", `${this.first} ${this.last} <${customer}>`)));
      if (leaky) text.push(`> ${this.pick(this.bank.internalNotes)}`, ">");
      text.push(...wrap(this.pick(this.bank.customerQuestions), 70).map((line) => `> ${line}`));
    }
    const textPart = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", ...text];
    if (!invoice) return [...headers, ...textPart].join("\r\n") + "\r\n";
    const boundary = `=_part_${this.values.order}`;
    const pdf = Buffer.from(`%PDF-1.4\n% invoice ${this.values.order}\n%%EOF\n`).toString("base64");
    return (
      [
        ...headers,
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        ...textPart,
        `--${boundary}`,
        `Content-Type: application/pdf; name="invoice-${this.values.order}.pdf"`,
        `Content-Disposition: attachment; filename="invoice-${this.values.order}.pdf"`,
        "Content-Transfer-Encoding: base64",
        "",
        pdf,
        `--${boundary}--`,
      ].join("\r\n") + "\r\n"
    );
  }

  /** A Markdown canned reply: sometimes front matter, a list of steps, a code block. */
  markdown(seeded: boolean): string {
    const parts: string[] = [];
    if (this.random() < 0.4) {
      parts.push("---", `subject: ${JSON.stringify(this.fill(this.pick(this.bank.subjects)))}`, `lang: ${this.language}`, "---", "");
    }
    parts.push(...this.body(seeded, true));
    if (this.random() < 0.15) parts.push("", "```", `order-id: {{order_id}}`, "```");
    return parts.join("\n") + "\n";
  }

  /** A plain-text template with ticket-system placeholders. */
  text(seeded: boolean): string {
    return this.body(seeded).join("\n").replace(this.first, "{{first_name}}") + "\n";
  }

  /** Greeting, paragraphs (with the invoice note when one is attached), closing. Problem sentences go in at random places. */
  private body(seeded: boolean, markdown = false, invoice = false): string[] {
    const sentences = [this.fill(this.pick(this.bank.openers))];
    if (invoice) sentences.push(this.fill(this.bank.attachmentNote));
    const count = 2 + Math.floor(this.random() * 7);
    for (let i = 0; i < count; i++) sentences.push(this.fill(this.pick(this.bank.clean)));
    if (seeded) {
      const problems = this.random() < 0.7 ? 1 : 2;
      for (let i = 0; i < problems; i++) {
        sentences.splice(1 + Math.floor(this.random() * sentences.length), 0, this.fill(this.pick(this.bank.problems)));
      }
    }
    const paragraphs: string[][] = [];
    for (const sentence of sentences) {
      if (paragraphs.length === 0 || (paragraphs.at(-1)!.length >= 2 && this.random() < 0.4)) paragraphs.push([]);
      paragraphs.at(-1)!.push(sentence);
    }
    const lines = [this.fill(this.pick(this.bank.greetings)), ""];
    paragraphs.forEach((paragraph, i) => {
      if (markdown && i === paragraphs.length - 1 && paragraph.length > 1 && this.random() < 0.3) {
        lines.push(...paragraph.map((s) => `- ${s}`));
      } else {
        lines.push(...wrap(paragraph.join(" "), 72));
      }
      lines.push("");
    });
    lines.push(this.pick(this.bank.closings), this.language === "de" ? "Ihr Support-Team" : "The support team");
    return lines;
  }

  private fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key === "date" ? this.writtenDate() : (this.values[key] ?? whole)));
  }

  /** A full date with weekday, as a careful writer gives it ("Friday, 4 December 2026"). */
  private writtenDate(): string {
    const day = 1 + Math.floor(this.random() * 28);
    const month = Math.floor(this.random() * 12);
    const date = new Date(Date.UTC(2026, month, day));
    const weekday = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][date.getUTCDay()];
    if (this.language === "de") {
      const wochentag = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"][date.getUTCDay()];
      return `${wochentag}, ${String(day).padStart(2, "0")}.${String(month + 1).padStart(2, "0")}.2026`;
    }
    return `${weekday}, ${day} ${this.bank.months[month]} 2026`;
  }

  private mailDate(): string {
    const day = 1 + Math.floor(this.random() * 28);
    const date = new Date(Date.UTC(2026, Math.floor(this.random() * 12), day, 8 + Math.floor(this.random() * 9), Math.floor(this.random() * 60)));
    return date.toUTCString().replace("GMT", "+0000");
  }
}

/** "Krüger" -> "krueger", for the local part of an address. */
function asciiName(name: string): string {
  return name.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/[^a-z]/g, "");
}

function productForms([nominative, accusative, dative]: [string, string, string]): Record<string, string> {
  return { product: nominative, productAcc: accusative, productDat: dative };
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface WriteSummary {
  files: number;
  bytes: number;
  byFormat: Record<CorpusFormat, number>;
  byLanguage: Record<CorpusLanguage, number>;
  seeded: number;
}

/** Writes the corpus below `outDir`, replacing what was there. */
export function writeCorpus(outDir: string, options: { count: number; seed?: number }): WriteSummary {
  rmSync(outDir, { recursive: true, force: true });
  const summary: WriteSummary = { files: 0, bytes: 0, byFormat: { eml: 0, md: 0, txt: 0 }, byLanguage: { de: 0, en: 0 }, seeded: 0 };
  const made = new Set<string>();
  for (const file of generateCorpus(options)) {
    const target = path.join(outDir, file.path);
    const directory = path.dirname(target);
    if (!made.has(directory)) {
      mkdirSync(directory, { recursive: true });
      made.add(directory);
    }
    writeFileSync(target, file.content);
    summary.files++;
    summary.bytes += Buffer.byteLength(file.content);
    summary.byFormat[file.format]++;
    summary.byLanguage[file.language]++;
    if (file.seeded) summary.seeded++;
  }
  return summary;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(argument("out", "corpus"));
  const count = Number(argument("count", "10000"));
  const seed = Number(argument("seed", "1"));
  const summary = writeCorpus(outDir, { count, seed });
  console.log(
    `${summary.files} drafts (${(summary.bytes / 1e6).toFixed(1)} MB) in ${outDir}: ` +
      `eml ${summary.byFormat.eml}, md ${summary.byFormat.md}, txt ${summary.byFormat.txt}; ` +
      `de ${summary.byLanguage.de}, en ${summary.byLanguage.en}; ${summary.seeded} with problem sentences`,
  );
}
