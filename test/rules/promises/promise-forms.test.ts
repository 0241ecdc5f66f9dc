// Forms of unconfirmed commitments (../shared/PROMISES.md) that the clause reader must read the same
// whatever the wording, each beside near-misses that must stay silent: names acting for the sender,
// modal and "be able to" groups, clauses without their subject, reported deliverables, sources.
import { describe, expect, it } from "vitest";
import { findings } from "./promise-findings.js";

describe("a person named in the sender's mail acts for the sender", () => {
  it.each(["Anna will send you the form.", "John Smith will call you back.", "Maria will forward the contract to you."])("reports %s", async (text) => {
    expect(await findings(text)).toHaveLength(1);
  });
  it.each(["FERC will issue its order.", "Anna will be at the meeting.", "Anna will send you the form on Friday, 27 November 2026.", "Tomorrow we will send the form."])(
    "leaves %s alone",
    async (text) => {
      expect(await findings(text)).toEqual([]);
    },
  );
});

describe("modal groups", () => {
  it("reads the verb after 'be able to' and reports the hedge", async () => {
    expect(await findings("We might be able to fit you in tomorrow morning.")).toEqual(["unconfirmed-promise:might"]);
    expect(await findings("We may be able to repair it on Friday, 27 November 2026.")).toHaveLength(0);
  });
  it("'have X ready' is a deliverable, 'have a look' is not", async () => {
    expect(await findings("I should have the draft ready by tomorrow.")).toEqual(["unconfirmed-promise:should"]);
    expect(await findings("We will have the report done next week.")).toEqual(["unconfirmed-promise:next week"]);
    expect(await findings("We'll have lunch on 3 December 2026.")).toEqual([]);
  });
  it("'ought to' before a motion verb is a hedge on the deliverable", async () => {
    expect(await findings("The refund ought to show on your statement in 3-5 business days.")).toEqual(["unconfirmed-promise:ought to"]);
  });
});

describe("clauses without their subject", () => {
  it("keep their own auxiliary instead of the mood of the clause before", async () => {
    expect(await findings("I'm out next week, but will probably give you a call.")).toEqual(["unconfirmed-promise:probably"]);
    expect(await findings("I'm away next week, but will call you.")).toHaveLength(1);
    expect(await findings("I sent you the form yesterday and signed the copy.")).toEqual([]);
  });
  it("a verb first after the sender's own clause is the sender's, not a request", async () => {
    expect(await findings("I'll email the lease tomorrow and post the copies later on.")).toEqual(["unconfirmed-promise:later on"]);
    expect(await findings("I'll email the lease tomorrow and post the copies tomorrow too.")).toEqual([]);
    expect(await findings("Send us the receipt and post the copies later on.")).toEqual([]);
  });
  it("a negated lead clause typed without its apostrophe does not swallow the promise", async () => {
    expect(await findings("Dont worry about the broken handle, we'll sort it.")).toHaveLength(1);
  });
});

describe("vague spans and nouns", () => {
  it("'in a few days' is vague, a counted deadline is not", async () => {
    expect(await findings("Your new card will go out to you in a few days.")).toEqual(["unconfirmed-promise:in a few days"]);
    expect(await findings("Your new card will go out to you in a couple of days.")).toHaveLength(1);
    expect(await findings("Your new card will go out to you within 3 business days.")).toEqual([]);
  });
  it("'meeting' as a noun does not make a delivery a joint plan", async () => {
    expect(await findings("I'll send you the notes from the meeting.")).toHaveLength(1);
    // a plan done together is no deliverable the reader waits for, whatever its time (a weekday in
    // it stays ambiguous-date's); a call given to discuss something is one
    expect(await findings("We will meet soon.")).toEqual([]);
    expect(await findings("I hope we will get to meet in person soon.")).toEqual([]);
    expect(await findings("I'm out next week, but will probably give you a call to discuss it.")).toContain("unconfirmed-promise:probably");
  });
  it("a colon inside a word does not cut the clause", async () => {
    expect(await findings("I will send an e:mail later in the day.")).toEqual([]);
  });
});

describe("reports and sources", () => {
  it("a report without 'that' covers the clause after it", async () => {
    expect(await findings("FedEx informed us the shipment clears customs on 26 November.")).toEqual(["unconfirmed-promise:FedEx informed"]);
    expect(await findings("Royal Mail have told us the card will be redelivered on Monday 30 November.")).toHaveLength(1);
    expect(await findings("FedEx informed us.")).toEqual([]);
  });
  it("'per the X' and 'laut X' name a third party; 'per Post' is a channel", async () => {
    expect(await findings("Per the hosting provider, the migration will be completed overnight on 28 November.")).toEqual(["unconfirmed-promise:Per the hosting provider"]);
    expect(await findings("Per our call, we will complete the migration on 28 November 2026.")).toEqual([]);
    expect(await findings("Unterlagen kommen morgen per Post.", "de")).toEqual([]);
    expect(await findings("Laut Lackiererei ist Ihr Wagen am 2.12.2026 fertig.", "de")).toEqual(["unconfirmed-promise:Laut Lackiererei"]);
    expect(await findings("Laut Rechnung ist Ihr Wagen am 2.12.2026 fertig.", "de")).toEqual([]);
  });
  it("the weather is nobody's deliverable", async () => {
    expect(await findings("The forecast says the rain should clear later this week.")).toEqual([]);
    expect(await findings("The carrier says the parcel should arrive later this week.")).toHaveLength(1);
  });
  it("quoted speech after a report is not the sender's promise", async () => {
    expect(await findings('Your neighbour told our driver "I\'ll take it in for them tomorrow".')).toEqual([]);
  });
  it("a hedge after an adverb opens its own clause", async () => {
    expect(await findings("We are doing everything we can, so hopefully the check will go out by Monday, 30 November.")).toEqual(["unconfirmed-promise:hopefully"]);
  });
  it("an infinitive in a relative clause is not a deliverable's verb", async () => {
    expect(await findings("Save all the places you want to show your friends into a collection.")).toEqual([]);
  });
});

describe("present tense for an arrangement", () => {
  it("the sender's progressive with a time to come, for the reader, is a commitment", async () => {
    expect(await findings("We're servicing the lift in your building next Thursday.")).toHaveLength(1);
    expect(await findings("We're collecting your old boiler on Monday.")).toHaveLength(1);
    expect(await findings("We're sending a plumber out to fix the leak.")).toHaveLength(1);
  });
  it("the sender's own plans and deliveries made now are not", async () => {
    expect(await findings("We're rebranding as Northway Energy next spring.")).toEqual([]);
    expect(await findings("We're taking on two new apprentices in January.")).toEqual([]);
    expect(await findings("He has a question that I am forwarding to you.")).toEqual([]);
    expect(await findings("We are trying to find a reasonable cut-off.")).toEqual([]);
    expect(await findings("I'll get to the office around 2.")).toEqual([]);
    expect(await findings("I'll sit in on the handover meeting next week.")).toEqual([]);
  });
  it("a noun and an action verb after 'so' open the clause", async () => {
    expect(await findings("The plasterer has finished, so our decorators start on Wednesday.")).toHaveLength(1);
  });
  it("the head noun decides whether a passive subject is a party", async () => {
    expect(await findings("The overpaid council tax is going to be credited back in the coming days.")).toEqual(["unconfirmed-promise:in the coming days"]);
  });
});

describe("verbless deliverables with a time", () => {
  it.each([
    ["Reply from me on Monday.", "en"],
    ["More on the garden clearance next week.", "en"],
    ["Rückmeldung zum Schadensfall spätestens Montag.", "de"],
    ["Kurze Nachricht zum Stand der Reparatur möglichst bald.", "de"],
  ] as const)("reports %s", async (text, language) => {
    expect(await findings(text, language)).toHaveLength(1);
  });
  it.each([
    ["Reply from me on Monday, 30 November 2026.", "en"],
    ["Reply to all.", "en"],
    ["Rückmeldung zum Schadensfall.", "de"],
  ] as const)("leaves %s alone", async (text, language) => {
    expect(await findings(text, language)).toEqual([]);
  });
});

describe("German forms", () => {
  it("a separable verb split around its clause", async () => {
    expect(await findings("Unser Webmaster spielt die neue Version am Wochenende ein.", "de")).toHaveLength(1);
    expect(await findings("Unser Webmaster spielt am Wochenende Fussball.", "de")).toEqual([]);
  });
  it("a present verb after a perfect clause is not in the past", async () => {
    expect(await findings("Wir haben Ihre Reklamation geprüft und schicken Ihnen am Donnerstag ein neues Paar Schuhe.", "de")).toHaveLength(1);
    expect(await findings("Wir haben Ihre Reklamation geprüft und an die Technik weitergeleitet.", "de")).toEqual([]);
  });
  it("coming to the reader's event is attending", async () => {
    expect(await findings("Ich komme gern zu Ihrem Tag der offenen Tür.", "de")).toEqual([]);
  });
  it("sources: 'laut X', 'nach Auskunft X', not our own papers", async () => {
    expect(await findings("Laut Reiseveranstalter erhalten Sie die Gutscheine am 30.11.2026.", "de")).toEqual(["unconfirmed-promise:Laut Reiseveranstalter"]);
    expect(await findings("Laut Vertrag erhalten Sie die Gutscheine am 30.11.2026.", "de")).toEqual([]);
    expect(await findings("Nach Auskunft unseres Lieferanten liefern wir Ihnen die Matratze am 4.12.2026.", "de")).toHaveLength(1);
    expect(await findings("According to the registry, your domain transfer will be completed by 27 November 2026.")).toHaveLength(1);
    expect(await findings("According to our records, your transfer will be completed by 27 November 2026.")).toEqual([]);
  });
  it("hedges written in several words", async () => {
    expect(await findings("Mit etwas Glück beginnen wir am 7.12.2026 mit der Montage.", "de")).toHaveLength(1);
    expect(await findings("Ich werde mein Bestes tun, Ihre Rückzahlung noch heute freizugeben.", "de")).toHaveLength(1);
    expect(await findings("Your claim form is complete, and we'll endeavour to pay out by 3 December 2026.")).toHaveLength(1);
  });
});

describe("arrangements and reported speech", () => {
  it("scheduled, due, booked: an arrangement is a commitment", async () => {
    expect(await findings("Your order is scheduled to ship next week.")).toEqual(["unconfirmed-promise:next week"]);
    expect(await findings("The courier is due to collect the parcel on Friday.")).toHaveLength(1);
    expect(await findings("Der Techniker ist für Donnerstag eingeplant.", "de")).toHaveLength(1);
    expect(await findings("Der Techniker ist für Donnerstag, 26.11.2026, eingeplant.", "de")).toEqual([]);
    expect(await findings("I am scheduled to be up in Calgary on 16 December 2026.")).toEqual([]);
  });
  it("'he said he would' reports a promise; 'I thought that I would' does not", async () => {
    expect((await findings("The technician said he would come back on Tuesday.")).length).toBeGreaterThan(0);
    expect(await findings("I thought that I would send a quick note to say hello.")).toEqual([]);
  });
  it("'let me check' is the sender's own step, not a request that makes the rest an offer", async () => {
    expect(await findings("Let me check with the warehouse and I'll come back to you.")).toHaveLength(1);
    expect(await findings("Let me know and I'll come back to you.")).toEqual([]);
  });
  it("'could' is a suggestion, even with a hedge", async () => {
    expect(await findings("Maybe we could send them on a nice dinner.")).toEqual([]);
    expect(await findings("I'm fairly confident we can get this done by tomorrow.")).toHaveLength(1);
  });
  it("a deliverable 'will be with you' after a hedge that frames the sentence", async () => {
    expect(await findings("Fingers crossed, the delivery will be with you by Friday, 27 November.")).toHaveLength(1);
  });
  it("an elided passive or motion verb with its own auxiliary", async () => {
    expect(await findings("The replacement part has been ordered and will be fitted once it arrives.")).toHaveLength(1);
    expect(await findings("Your refund has been approved and should reach your account within a few days.")).toHaveLength(1);
    expect(await findings("The part has been ordered and fitted.")).toEqual([]);
  });
  it("named colleagues in German, indefinite roles", async () => {
    expect(await findings("Herr Wagner ruft Sie im Laufe der Woche an.", "de")).toHaveLength(1);
    expect(await findings("Ein Techniker meldet sich in den nächsten Tagen bei Ihnen.", "de")).toHaveLength(1);
    expect(await findings("Herr Wagner war gestern hier.", "de")).toEqual([]);
  });
  it("'Expect a call from us' announces a delivery", async () => {
    expect(await findings("Expect a call from us next week.")).toHaveLength(1);
    expect(await findings("Expect delays over the holidays.")).toEqual([]);
  });
});

describe("near-misses that stay silent", () => {
  it.each([
    ["Der Handwerker Ihres Vermieters kommt am Dienstag.", "de"],
    ["Ich hoffe, Sie hatten ein schönes Wochenende.", "de"],
    ["Ihr Nachbar hat gesagt, er nimmt das Paket an.", "de"],
    ["Wir kommen gern auf Ihr Angebot zurück.", "de"],
    ["Ich gebe Ihnen recht.", "de"],
    ["Ich bin nächste Woche auf einer Messe.", "de"],
    ["Meine Kollegin ist ab Montag im Urlaub.", "de"],
    ["Your landlord's plumber is coming on Tuesday.", "en"],
    ["Hereby we confirm your order.", "en"],
    ["Prices will go up in January.", "en"],
    ["The office will be closed on Monday.", "en"],
    ["Our new branch opens in spring.", "en"],
    ["I'll be on holiday next week.", "en"],
  ] as const)("%s", async (text, language) => {
    expect(await findings(text, language)).toEqual([]);
  });
  it("a hedge verb before an infinitive with 'zu' still hedges it", async () => {
    expect(await findings("Wir hoffen, die Reparatur bis Freitag abzuschliessen.", "de")).toContain("unconfirmed-promise:Wir hoffen");
    expect(await findings("The new boiler goes in on Thursday.")).toHaveLength(1);
  });
});
