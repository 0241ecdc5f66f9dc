// The commonest English promise ("We will send you the invoice") is read without compromise
// (readPlainCommitmentEn in rules/promises/commitments.ts). That reader may only say what
// compromise says: checked on our own sentences, on every English future sentence of the
// benchmark corpus generator and, where ../shared is present, of the Enron e-mail data.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCommitmentWithNlp, readPlainCommitmentEn, type SentenceText } from "../../../rules/promises/commitments.js";
import { promiseLexicon } from "../../../rules/promises/lexicon.js";
import { tokenize } from "../../../src/text/tokens.js";
import { generateCorpus } from "../../../scripts/generate-corpus.js";

const SHARED = fileURLToPath(new URL("../../../../shared/data/parakweet_email_intent/", import.meta.url));
const FUTURE = /\b(?:will|shall|going to|gonna)\b|['’]ll\b/i;
const lexicon = promiseLexicon();

function view(text: string): SentenceText {
  return { start: 0, end: text.length, text, language: "en", tokens: tokenize(text) };
}

/** Sentences where the plain reader answers and compromise answers differently. */
async function disagreements(sentences: Iterable<string>): Promise<{ answered: number; differ: string[] }> {
  let answered = 0;
  const differ: string[] = [];
  for (const text of new Set(sentences)) {
    if (!FUTURE.test(text)) continue;
    const plain = readPlainCommitmentEn(view(text), lexicon);
    if (!plain) continue;
    answered++;
    const nlp = await readCommitmentWithNlp(view(text), lexicon);
    if (JSON.stringify(nlp) !== JSON.stringify(plain)) differ.push(`${text} -> ${JSON.stringify(plain)} vs ${JSON.stringify(nlp)}`);
  }
  return { answered, differ };
}

describe("readPlainCommitmentEn", () => {
  it("reads the sender's plain promises, with the span compromise gives", async () => {
    const promises = [
      "We will send you the invoice.",
      "I'll call you tomorrow.",
      "You will receive a confirmation shortly.",
      "We'll ship it on Monday.",
      "I will also check the order.",
      "Sure, we will refund the fee.",
      "You will get a refund by Friday.",
      "I will forward your message to the team.",
    ];
    for (const text of promises) {
      const plain = readPlainCommitmentEn(view(text), lexicon);
      expect(plain, text).not.toBeNull();
      expect(plain, text).toEqual(await readCommitmentWithNlp(view(text), lexicon));
    }
    expect(readPlainCommitmentEn(view("We'll ship it on Monday."), lexicon)).toMatchObject({ start: 0, end: 10, text: "We'll ship" });
  });

  it("leaves every other shape to compromise", () => {
    const others = [
      "We will not charge you twice.", // negation: a promise may follow later
      "We'll need your address.", // a need
      "I'll be glad to help.", // a feeling
      "I will probably send it.", // an adverb it does not know
      "I'll get back to you.", // a phrasal verb
      "I'll call again on Friday.", // compromise's span runs on
      "If you pay today, we will ship it.", // the subject does not open the sentence
      "You will love it.", // the reader is not receiving anything
      "You will hear from us soon.", // a phrasal verb again
      "Your parcel will arrive on Monday.", // a thing as the subject
      "We will soon send it.",
      "I'll at least leave a message.",
    ];
    for (const text of others) expect(readPlainCommitmentEn(view(text), lexicon), text).toBeNull();
  });

  it("also reads a promise wrapped across lines, which compromise misses", async () => {
    const { lintText } = await import("../../../src/index.js");
    const text = "Hello Anna,\n\nthank you for your order. You will\nreceive a confirmation shortly.\n";
    const result = await lintText(text, { filePath: "reply.txt", now: new Date("2026-11-23T10:00:00Z"), config: { language: "en" } });
    expect(result.messages.filter((m) => m.ruleId === "unconfirmed-promise")).toMatchObject([{ line: 4, column: 24, endColumn: 31 }]);
    expect(await readCommitmentWithNlp(view("You will\nreceive a confirmation shortly."), lexicon)).toBeNull();
  });

  it("agrees with compromise on every English future sentence of the benchmark corpus", async () => {
    const sentences: string[] = [];
    for (const file of generateCorpus({ count: 600, seed: 11 })) {
      if (file.language !== "en") continue;
      for (const line of file.content.split(/(?<=[.!?])\s+|\n/)) sentences.push(line.trim());
    }
    const { answered, differ } = await disagreements(sentences);
    expect(differ).toEqual([]);
    expect(answered).toBeGreaterThan(5);
  });

  it.skipIf(!existsSync(SHARED))("agrees with compromise on every future sentence of the Enron e-mail data", async () => {
    const sentences = ["train.tsv", "test.tsv"].flatMap((name) =>
      readFileSync(SHARED + name, "utf8")
        .split("\n")
        .slice(1)
        .map((line) => line.split("\t").slice(1).join("\t")),
    );
    const { answered, differ } = await disagreements(sentences);
    expect(differ).toEqual([]);
    expect(answered).toBeGreaterThan(50);
  }, 60_000);
});
