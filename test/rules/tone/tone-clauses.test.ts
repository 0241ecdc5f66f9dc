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

describe("readClauses: rhetoric, sarcasm and judgements in general form (round 2)", () => {
  const flags = (text: string, language: "de" | "en") => read(text, language).length > 0;
  it("reads the writers counting their explanations, and leaves reminders and deliveries alone", () => {
    for (const text of ["Ich habe Ihnen das jetzt schon dreimal erklärt.", "Ich schreibe es Ihnen zum gefühlt hundertsten Mal: ohne Beleg keine Garantie.", "Muss man Ihnen eigentlich alles zweimal sagen?", "Ich weiß nicht, wie oft ich Ihnen das noch erklären soll."])
      expect(flags(text, "de"), text).toBe(true);
    for (const text of ["I have explained this to you three times now.", "I've told you twice that the form is on page two.", "I don't know how many more times I can explain this."])
      expect(flags(text, "en"), text).toBe(true);
    for (const text of ["Ich habe Ihnen schon zweimal geschrieben, bisher ohne Antwort.", "Wir haben dem Spediteur das schon dreimal erklärt.", "Wir haben Ihnen die Ware zweimal geschickt.", "Wie oft sollen wir die Ware noch schicken?"])
      expect(flags(text, "de"), text).toBe(false);
    for (const text of ["I have written to you three times without an answer.", "We have asked you twice for the signed form.", "I explained the change to the team twice already.", "How many times a year do you service the boilers?"])
      expect(flags(text, "en"), text).toBe(false);
  });
  it("reads doubt that the reader reads or understands, not missing mail or news", () => {
    for (const text of ["Sie haben offensichtlich keine Ahnung, wie eine Rechnung funktioniert.", "Haben Sie die Anleitung überhaupt aufgeschlagen?", "Wissen Sie überhaupt, was eine Umsatzsteuer-ID ist?", "Sind Sie sicher, dass Sie überhaupt qualifiziert sind?", "Lesen ist wohl nicht so Ihre Stärke, oder?"])
      expect(flags(text, "de"), text).toBe(true);
    for (const text of ["You clearly have no idea how invoices work.", "Do you even know what a VAT number is?", "Did you actually read my reply?", "Spelling is not your strong suit, is it?", "Do I really have to spell everything out for you?"])
      expect(flags(text, "en"), text).toBe(true);
    for (const text of ["Sie haben offenbar meine Mail nicht erhalten, ich sende sie erneut.", "Sie wissen offenbar nicht, dass die Frist verlängert wurde.", "Haben Sie überhaupt schon einen Termin?", "Haben Sie eigentlich schon die Rechnung bekommen?", "Das ist nicht Ihre Schuld."])
      expect(flags(text, "de"), text).toBe(false);
    for (const text of ["You apparently didn't get my email, so here it is again.", "Have you actually received the invoice?", "You clearly put a lot of work into this.", "Do I need to send the form again?"])
      expect(flags(text, "en"), text).toBe(false);
  });
  it("reads rating against a child and 'read for once', not safety notes and plain advice", () => {
    expect(flags("Das versteht sogar ein Kind.", "de")).toBe(true);
    expect(flags("Even my intern could have set this up in five minutes.", "en")).toBe(true);
    expect(flags("Lesen Sie doch einfach mal die Anleitung.", "de")).toBe(true);
    expect(flags("Perhaps you should read the manual before writing to us.", "en")).toBe(true);
    expect(flags("Try reading the instructions next time.", "en")).toBe(true);
    expect(flags("Sogar unser Praktikant war begeistert von der Messe.", "de")).toBe(false);
    expect(flags("Even a short delay costs us money.", "en")).toBe(false);
    expect(flags("Lesen Sie bitte die beiliegende Anleitung.", "de")).toBe(false);
    expect(flags("Please read the attached terms before signing.", "en")).toBe(false);
    expect(flags("Ist das wirklich so schwer zu verstehen?", "de")).toBe(true);
    expect(flags("The form is really hard to read on a phone.", "en")).toBe(false);
  });
  it("reads thanks and kindness for a failure as sarcasm, not thanks for news", () => {
    for (const text of ["Danke, dass Sie meine Bestellung verloren haben.", "Vielen Dank auch, dass Sie mich drei Wochen haben warten lassen.", "Wie nett von Ihnen, dass Sie endlich antworten.", "Schön, dass Sie sich nach drei Wochen auch mal melden.", "Respekt, Sie haben es tatsächlich geschafft, zwei Termine zu verpassen.", "Ganz großes Kino, die Buchung ist wieder auf den falschen Namen ausgestellt."])
      expect(read(text, "de").some((f) => f.startsWith("sarcasm")), text).toBe(true);
    for (const text of ["Thanks so much for losing my order.", "How kind of you to finally answer after three weeks.", "Outstanding effort, the flights are booked in the wrong name once more.", "Top marks, Sherlock, the server hasn't booted since you fixed it.", "You really are an organisational genius: ordered twice, cancelled twice."])
      expect(read(text, "en").some((f) => f.startsWith("sarcasm")), text).toBe(true);
    for (const text of ["Vielen Dank, dass Sie so schnell geantwortet haben.", "Danke für den Hinweis, dass das Paket beschädigt ankam.", "Die Kinder reden immer noch von Ihrer Zaubershow, ganz großes Kino!"])
      expect(flags(text, "de"), text).toBe(false);
    for (const text of ["Thanks for letting us know the parcel was damaged.", "How kind of you to send flowers.", "Sure, we can send it again.", "You are a genius, thank you!"])
      expect(flags(text, "en"), text).toBe(false);
  });
  it("reads judgements through 'getting', 'a bunch of' and 'never read a more ...', and denied opinions stay silent", () => {
    expect(flags("Your excuses are getting more pathetic by the day.", "en")).toBe(true);
    expect(flags("Your team is a bunch of amateurs.", "en")).toBe(true);
    expect(flags("I have never read a more ridiculous complaint.", "en")).toBe(true);
    expect(flags("Ihre Argumentation ist an Lächerlichkeit nicht zu überbieten.", "de")).toBe(true);
    expect(flags("What you sent us is completely unusable.", "en")).toBe(true);
    expect(flags("Nobody thinks you're stupid.", "en")).toBe(false);
    expect(flags("It's not that you're incompetent, the form is confusing.", "en")).toBe(false);
    expect(flags("If you think the app is rubbish, leave us one star.", "en")).toBe(false);
    expect(flags("Ich habe noch nie eine bessere Antwort gelesen.", "de")).toBe(false);
  });
});

describe("readClauses: more general shapes (round 2, second pass)", () => {
  const flags = (text: string, language: "de" | "en") => read(text, language).length > 0;
  it("reads judgement words before the reader's work, unless hedged, apologised for or denied", () => {
    for (const text of ["Frankly, that's a pathetic excuse.", "This is a ridiculous request.", "Your claim is nothing short of absurd.", "Your complaint borders on the ridiculous.", "What a load of rubbish.", "Your draft reads like it was written by a bored teenager."])
      expect(flags(text, "en"), text).toBe(true);
    for (const text of ["Das ist eine alberne Beschwerde.", "Ihre Forderung grenzt an Unverschämtheit.", "Ihr Angebot liest sich, als hätte es ein Praktikant geschrieben."])
      expect(flags(text, "de"), text).toBe(true);
    for (const text of ["This may be a silly question, but is the shop open?", "Sorry for the stupid question.", "I have a stupid question about the invoice.", "Far from being a lazy request, this saves time.", "We received a ridiculous number of requests.", "Your son sounds like a lovely kid.", "Your design looks like it was made for children."])
      expect(flags(text, "en"), text).toBe(false);
    for (const text of ["Das ist vielleicht eine dumme Frage, aber haben Sie offen?", "Entschuldigen Sie die dumme Frage.", "Unser Garten grenzt an den Wald.", "Ihre Tochter wirkt wie ein fröhliches Kind."])
      expect(flags(text, "de"), text).toBe(false);
  });
  it("reads speed praised for weeks of waiting and love of a failure, not thanks for patience", () => {
    expect(flags("Danke für die schnelle Antwort nach nur vier Wochen.", "de")).toBe(true);
    expect(flags("Vielen Dank für gar nichts.", "de")).toBe(true);
    expect(flags("I just love waiting on hold for an hour.", "en")).toBe(true);
    expect(flags("Thanks for the lightning-fast reply, it only took you three weeks.", "en")).toBe(true);
    expect(flags("Danke für die schnelle Antwort!", "de")).toBe(false);
    expect(flags("Thanks for the quick reply, see you in three weeks.", "en")).toBe(false);
    expect(flags("I'd love to help with the order.", "en")).toBe(false);
    expect(flags("We love how you designed the logo.", "en")).toBe(false);
  });
  it("reads more set shapes of talking down, not the plain sentences beside them", () => {
    for (const text of ["Das hätten Sie wissen müssen.", "Ihnen ist aber schon klar, dass die Frist abgelaufen ist?", "Das steht doch alles in der Anleitung.", "Falls es Ihnen entgangen ist: Die Rechnung liegt bei."])
      expect(flags(text, "de"), text).toBe(true);
    for (const text of ["Perhaps you missed the part where I said no refunds.", "I'm sorry you find this so confusing.", "Let me walk you through this very slowly.", "It's called reading the manual.", "Which bit of no refunds was unclear?"])
      expect(flags(text, "en"), text).toBe(true);
    for (const text of ["Sie hätten uns gern anrufen können.", "Ist Ihnen klar, wann Sie kommen?", "Das steht im Vertrag auf Seite 2.", "Falls Sie Fragen haben, melden Sie sich."])
      expect(flags(text, "de"), text).toBe(false);
    for (const text of ["I'm sorry you had to wait so long.", "Please drive slowly in the car park.", "It's called \"Reset\" in the menu.", "Which bit of the form do I sign?"])
      expect(flags(text, "en"), text).toBe(false);
  });
});
