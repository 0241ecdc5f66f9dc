// The sentence readers behind the tone v2 findings (rules/tone/tone-clauses.ts) and the
// judgement morphology (rules/tone/tone-morphology.ts), read without a draft.
import { lexiconKey } from "../../../src/rule-api.js";
import { tokenize } from "../../../src/text/tokens.js";
import { readClauses } from "../../../rules/tone/tone-clauses.js";
import { judgementForm } from "../../../rules/tone/tone-morphology.js";

function read(text: string, language: "de" | "en") {
  return readClauses(tokenize(text), text, language, text.length, undefined).map((f) => `${f.reason}:${text.slice(f.start, f.end)}`);
}

describe("judgementForm", () => {
  it("knows German forms by their endings", () => {
    expect(judgementForm(lexiconKey("blöd"), "de", false)).toBe("positive");
    expect(judgementForm(lexiconKey("blödeste"), "de", false)).toBe("superlative");
    expect(judgementForm(lexiconKey("dümmere"), "de", false)).toBe("comparative");
    expect(judgementForm(lexiconKey("dümmer"), "de", false)).toBe("comparative");
    expect(judgementForm(lexiconKey("dämlichsten"), "de", false)).toBe("superlative");
    expect(judgementForm(lexiconKey("unverschämtere"), "de", false)).toBe("comparative");
    expect(judgementForm(lexiconKey("frecher"), "de", false)).toBe("positive");
  });
  it("knows English comparison", () => {
    expect(judgementForm("dumbest", "en", false)).toBe("superlative");
    expect(judgementForm("laziest", "en", false)).toBe("superlative");
    expect(judgementForm("ruder", "en", false)).toBe("comparative");
    expect(judgementForm("absurd", "en", false)).toBe("positive");
  });
  it("admits words about people only for people", () => {
    expect(judgementForm("slow", "en", false)).toBeUndefined();
    expect(judgementForm("slow", "en", true)).toBe("positive");
    expect(judgementForm("blind", "de", false)).toBeUndefined();
  });
  it("leaves other words alone", () => {
    for (const word of ["bloedsinn", "frechheit", "drei", "faust", "duemm"]) expect(judgementForm(word, "de", false)).toBeUndefined();
    expect(judgementForm("dummy", "en", false)).toBeUndefined();
    expect(judgementForm("stupidity", "en", false)).toBeUndefined();
  });
});

describe("readClauses", () => {
  it("reads subject + verb + judgement", () => {
    expect(read("Ihr Einwand ist absurd.", "de")).toEqual(["judgement:ist absurd"]);
    expect(read("Your request is frankly ridiculous.", "en")).toEqual(["judgement:is frankly ridiculous"]);
    expect(read("Sind Sie eigentlich blind?", "de")).toEqual(["judgement:Sind Sie eigentlich blind"]);
  });
  it("stays silent on things, negations and the writers", () => {
    expect(read("Die Lieferzeit ist absurd.", "de")).toEqual([]);
    expect(read("Ihre Frage ist nicht dumm.", "de")).toEqual([]);
    expect(read("Your draft is by no means amateurish.", "en")).toEqual([]);
    expect(read("I am hopeless with spreadsheets.", "en")).toEqual([]);
    expect(read("Wir sind zu langsam gewesen.", "de")).toEqual([]);
    expect(read("The slow courier is late.", "en")).toEqual([]);
  });
  it("reads mock praise only with a failure", () => {
    expect(read("Na super, jetzt ist die Bestellung schon wieder storniert.", "de")).toEqual(["sarcasm:Na super"]);
    expect(read("Super, die Terrasse ist fertig.", "de")).toEqual([]);
    expect(read("Great, thanks, the invoice is correct now.", "en")).toEqual([]);
  });
  it("reads pet names set off by commas", () => {
    expect(read("Honey, that's not how warranties work.", "en")).toEqual(["pet-name:Honey"]);
    expect(read("We sell honey, jam and bread.", "en")).toEqual([]);
  });
});
