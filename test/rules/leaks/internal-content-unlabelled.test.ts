// internal-content, issue 17: internal content that carries no "intern:" label. Notes in any
// bracket or prefix form, asides to colleagues, internal links, internal figures and forwarded
// internal threads; for each, true positives and at least as many near-misses, German and
// English. The cases were written from the kinds of the issue, not from the evaluation drafts.
import { RuleTester } from "../../../src/index.js";
import rule from "../../../rules/leaks/internal-content.js";
import { internalLinkReason, isPrivateAddress, matchesHostPattern, splitUrl, wildcardMatch } from "../../../rules/leaks/leaks-links.js";
import { de, eml, en } from "./support-drafts.js";

/** The case's line 9 (the line under test) is reported, once. */
const onLine9 = (message: RegExp) => [{ line: 9, message }];

const tester = new RuleTester();

// ---------------------------------------------------------------------------------------
// Notes in any bracket or prefix form

tester.run(rule, {
  valid: [
    { name: "de: 'intern' as an adverb", filename: "d.eml", code: de("Wir haben es intern weitergegeben, die Kollegen melden sich.") },
    { name: "de: '(intern geprüft)' in brackets, not a label", filename: "d.eml", code: de("Die Ware wurde (intern geprüft) ohne Befund zurückgeschickt.") },
    { name: "de: 'Hinweis:' for the customer", filename: "d.eml", code: de("Hinweis: Unser Büro ist vom 23. Dezember bis 6. Januar geschlossen.") },
    { name: "de: 'Notiz am Rande:' for the customer", filename: "d.eml", code: de("Notiz am Rande: Unsere Hotline erreichen Sie werktags bis 18 Uhr.") },
    { name: "de: '(Hinweis: ...)' for the customer", filename: "d.eml", code: de("(Hinweis: Die Rechnung liegt dem Paket bei.)") },
    { name: "en: 'Note:' for the customer", filename: "e.eml", code: en("Note: our office is closed on Friday.") },
    { name: "en: 'our internal review found no fault'", filename: "e.eml", code: en("Our internal review found no fault with the device.") },
    { name: "en: a to-do list for the customer", filename: "e.eml", code: en("Your to-do list before the visit: clear the hallway.") },
    { name: "en: a template placeholder", filename: "e.eml", code: en("Your order number is {order_number}.") },
    {
      name: "de: a bracketed note in a mail to colleagues only",
      filename: "d.eml",
      code: eml("Hallo Tom,\n\n[nur intern: hat schon zweimal storniert, keine Kulanz mehr]\n\nGruß\nSabine\n", { to: "Tom Technik <tom@laden.example>" }),
    },
  ],
  invalid: [
    {
      name: "de: '[nur intern: ...]' in brackets, with a colon",
      filename: "d.eml",
      code: de("[nur intern: hat schon zweimal storniert, keine Kulanz mehr]"),
      errors: [
        {
          line: 9,
          message: /^Zeile 9 ist als intern markiert \(„nur intern“\), aber die Mail geht nach außen an Karin Kundin <karin@kunde\.example>/,
          suggestions: [{ desc: "Den internen Teil in Zeile 9 löschen" }, { desc: "karin@kunde.example aus den Empfängern entfernen" }],
        },
      ],
    },
    { name: "de: '(nur intern - ...)'", filename: "d.eml", code: de("(nur intern - Kevin schicken, nicht Stefan)"), errors: onLine9(/markiert \(„nur intern“\)/) },
    { name: "en: '{internal}' as a label", filename: "e.eml", code: en("{internal} customer has two open chargebacks"), errors: onLine9(/is marked internal \("internal"\)/) },
    { name: "en: '<<note: ...>>'", filename: "e.eml", code: en("<<note: check stock with the warehouse first>>"), errors: onLine9(/is marked internal \("note"\)/) },
    { name: "de: '<<Notiz: ...>>'", filename: "d.eml", code: de("<<Notiz: B-Ware aus der Retoure>>"), errors: onLine9(/markiert \(„Notiz“\)/) },
    { name: "de: 'INTERN -' at the line start", filename: "d.eml", code: de("INTERN - Kulanz nur bis 50 EUR"), errors: onLine9(/markiert \(„INTERN“\)/) },
    { name: "de: '//intern:' left as a comment", filename: "d.eml", code: de("//intern: Anfahrt nicht berechnet"), errors: onLine9(/markiert \(„intern“\)/) },
    { name: "de: 'TODO:' left in a reply", filename: "d.eml", code: de("TODO: Rabattstaffel noch klären"), errors: onLine9(/markiert \(„TODO“\)/) },
    { name: "en: 'FYI team:'", filename: "e.eml", code: en("FYI team: third missing item from this picker this week"), errors: onLine9(/speaks to colleagues/) },
    { name: "en: 'Note for sales:'", filename: "e.eml", code: en("*** Note for sales: check stock before confirming ***"), errors: onLine9(/speaks to colleagues/) },
  ],
});

// ---------------------------------------------------------------------------------------
// Asides to colleagues

tester.run(rule, {
  valid: [
    { name: "de: the customer's name in the greeting", filename: "d.eml", code: eml("Karin, kannst du mir die Rechnung noch einmal schicken?\n\nDanke!\n") },
    {
      name: "en: the recipient addressed by first name mid-mail",
      filename: "e.eml",
      code: eml("Dear Karin,\n\nthanks for your order.\nKarin - please check the delivery address below.\n\nBest,\nSabine\n", { subject: "Order" }),
    },
    { name: "de: a colleague introduced formally to the customer", filename: "d.eml", code: de("Anna, unsere Technikerin, meldet sich morgen bei Ihnen.") },
    { name: "de: a place and date line", filename: "d.eml", code: de("Berlin, den 3. Dezember 2026") },
    { name: "de: a label with 'bitte' and 'Sie'", filename: "d.eml", code: de("Rücksendung: bitte legen Sie den Retourenschein bei.") },
    { name: "en: 'Note:' with please", filename: "e.eml", code: en("Note - please bring the receipt to the store.") },
    { name: "de: 'Team:' listing a team in an offer", filename: "d.eml", code: de("Team: zwei Entwickler und eine Projektleiterin für drei Monate.") },
    { name: "en: 'All:' without words for colleagues", filename: "e.eml", code: en("All: items ship from our warehouse in Leipzig.") },
    { name: "de: a relative clause 'die nervt'", filename: "d.eml", code: de("Das ist eine Wartezeit, die nervt, das verstehen wir.") },
    { name: "en: he complains about the noise (a neighbour)", filename: "e.eml", code: en("Your neighbour says he complains about the noise only at night.") },
    {
      name: "de: an aside in a mail to colleagues only",
      filename: "d.eml",
      code: eml("Hallo Tom,\n\ndie Lieferung ist raus.\n@Max: bitte keine Gutschrift, der nervt nur.\n\nGruß\nSabine\n", { to: "Tom Technik <tom@laden.example>" }),
    },
    {
      name: "en: a customer's quoted text addressing their own colleague",
      filename: "e.eml",
      code: eml("Dear Karin,\n\nthe parts are on their way.\n\nBest,\nSabine\n\nOn Mon, 23 Nov 2026, Karin Kundin <karin@kunde.example> wrote:\n> Hi,\n> Peter - please check the delivery with them.\n", { subject: "Parts" }),
    },
  ],
  invalid: [
    {
      name: "de: '@Max: ...'",
      filename: "d.eml",
      code: de("@Max: bitte keine Gutschrift, der nervt nur."),
      errors: [
        {
          line: 9,
          message: /^Zeile 9 richtet sich an Kollegen, nicht an die Empfänger \(„@Max: bitte keine Gutschrift, der nervt nur“\)/,
          suggestions: [{ desc: "„@Max: bitte keine Gutschrift, der nervt nur“ in Zeile 9 löschen" }, { desc: "karin@kunde.example aus den Empfängern entfernen" }],
        },
      ],
    },
    { name: "de: 'Max, kannst du ...'", filename: "d.eml", code: de("Max, kannst du ihr die Tracking-Nummer schicken?"), errors: onLine9(/richtet sich an Kollegen/) },
    { name: "en: 'Anna - please check ...'", filename: "e.eml", code: en("Anna - please check the stock before we confirm."), errors: onLine9(/speaks to colleagues/) },
    { name: "en: 'Team, could one of you ...'", filename: "e.eml", code: en("Team, could one of you look at the logs tonight?"), errors: onLine9(/speaks to colleagues, not to the recipients \("Team, could one of you look at the logs tonight"\)/) },
    { name: "de: 'Leute: ...'", filename: "d.eml", code: de("Leute: die hat schon dreimal reklamiert, aufpassen."), errors: onLine9(/richtet sich an Kollegen/) },
    { name: "en: 'Escalations list: ...'", filename: "e.eml", code: en("Escalations list: second outage at this customer, needs a post-mortem."), errors: onLine9(/speaks to colleagues/) },
    { name: "de: 'Der nervt nur, ...'", filename: "d.eml", code: de("Der nervt nur, bitte nicht mehr durchstellen."), errors: onLine9(/redet in der dritten Person über jemanden \(„Der nervt“\)/) },
    { name: "en: 'he complains about everything'", filename: "e.eml", code: en("Careful, he complains about everything."), errors: onLine9(/talks about someone in the third person \("he complains about everything"\)/) },
    {
      name: "en: a colleague's quoted message greeting the sender by name",
      filename: "e.eml",
      code: eml("Hi Karin,\n\nthe refund has been approved.\n\nBest,\nSabine\n\nOn Mon, 23 Nov 2026, Tom Technik <tom@laden.example> wrote:\n> Sabine, ok to refund, but only this once.\n", { subject: "Refund" }),
      errors: [{ line: 14, message: /^The quoted history from line 13 speaks to colleagues, not to the recipients \("Sabine, ok to refund, but only this once"\)/ }],
    },
  ],
});

// ---------------------------------------------------------------------------------------
// Internal links

tester.run(rule, {
  valid: [
    { name: "de: the organisation's public shop", filename: "d.eml", code: de("Die Rücksendung melden Sie unter https://www.laden.example/retoure an.") },
    { name: "en: the organisation's public docs", filename: "e.eml", code: en("The manual is at https://docs.laden.example/kettle/manual.pdf") },
    { name: "en: a public site", filename: "e.eml", code: en("Track it at https://www.dhl.example/track?id=123") },
    { name: "en: an e-mail address", filename: "e.eml", code: en("Write to returns@laden.example for a label.") },
    { name: "en: a public address on a host that only matches in another path", filename: "e.eml", code: en("Open a ticket at https://laden.atlassian.net/servicedesk/customer/portal/1"), },
    { name: "de: a documentation address (.example)", filename: "d.eml", code: de("Siehe http://beispiel.example/hilfe") },
    {
      name: "de: an intranet link in a mail to colleagues only",
      filename: "d.eml",
      code: eml("Hallo Tom,\n\nDetails siehe http://wiki.intranet.local/kunden/lange\n\nGruß\nSabine\n", { to: "Tom Technik <tom@laden.example>" }),
    },
  ],
  invalid: [
    {
      name: "de: a .local host",
      filename: "d.eml",
      code: de("Details siehe http://wiki.intranet.local/kunden/lange"),
      errors: [
        {
          line: 9,
          message: /^Zeile 9 verlinkt einen Rechner, der nur im Firmennetz einen Namen hat \(„http:\/\/wiki\.intranet\.local\/kunden\/lange“\)/,
          suggestions: [{ desc: "„http://wiki.intranet.local/kunden/lange“ in Zeile 9 löschen" }, { desc: "karin@kunde.example aus den Empfängern entfernen" }],
        },
      ],
    },
    { name: "en: a single-label host", filename: "e.eml", code: en("See http://wiki/support/clock-skew for the fix."), errors: onLine9(/links to a host that has a name only inside/) },
    { name: "en: a private address", filename: "e.eml", code: en("Logs: http://10.20.0.5:8080/logs/123"), errors: onLine9(/links to a private network address/) },
    { name: "de: loopback", filename: "d.eml", code: de("Vorschau: http://127.0.0.1:3000/vorschau"), errors: onLine9(/private Netzadresse/) },
    { name: "de: a tool under the own domain", filename: "d.eml", code: de("Ticket: https://jira.laden.example/browse/REP-2291"), errors: onLine9(/internes Werkzeug/) },
    { name: "en: a .corp host", filename: "e.eml", code: en("Status is at https://ops.acme.corp/projects/42"), errors: onLine9(/name only inside/) },
    {
      name: "en: a configured internal host with a path glob",
      filename: "e.eml",
      code: en("Workaround: https://laden.atlassian.net/wiki/spaces/SUPPORT/pages/1"),
      settings: { internalHosts: ["*.atlassian.net/wiki/spaces/SUP*"] },
      errors: onLine9(/internal host \(setting internalHosts\)/),
    },
    { name: "de: a Windows share", filename: "d.eml", code: de("Fotos liegen unter \\\\fileserver\\kunden\\meier"), errors: onLine9(/einen Rechner/) },
  ],
});

// ---------------------------------------------------------------------------------------
// Internal figures

tester.run(rule, {
  valid: [
    { name: "de: the customer's price", filename: "d.eml", code: de("Der Austausch kostet 86 EUR pro Leuchte.") },
    { name: "de: a discount for the customer", filename: "d.eml", code: de("Bei Zahlung in 10 Tagen gewähren wir 3 % Skonto.") },
    { name: "de: the reader's margin", filename: "d.eml", code: de("Ihre Marge liegt bei diesem Modell bei 30 %.") },
    { name: "de: margin without a figure", filename: "d.eml", code: de("Wir haben leider kaum Spielraum beim Preis.") },
    { name: "de: 'ek' lower case in a word", filename: "d.eml", code: de("Die Lieferung ek 12 wurde verschickt.") },
    { name: "en: the customer's price", filename: "e.eml", code: en("The total would be 217 EUR net.") },
    { name: "en: a reseller's commission", filename: "e.eml", code: en("Your commission on each sale is 8 %.") },
    { name: "en: the customer's purchase price", filename: "e.eml", code: en("You paid a purchase price of 120 EUR, which we refund in full.") },
  ],
  invalid: [
    {
      name: "de: purchase price and margin",
      filename: "d.eml",
      code: de("unser Einkaufspreis liegt bei 12 EUR, wir verkaufen mit 80 % Marge, daher kein Rabatt."),
      errors: [
        {
          line: 9,
          message: /^Zeile 9 nennt interne Zahlen wie Einkaufspreis, Marge oder eigene Kosten \(„unser Einkaufspreis liegt bei 12 EUR, wir verkaufen mit 80 % …“\)/,
          suggestions: [
            { desc: "„unser Einkaufspreis liegt bei 12 EUR, wir verkaufen mit 80 % …“ in Zeile 9 löschen" },
            { desc: "karin@kunde.example aus den Empfängern entfernen" },
          ],
        },
      ],
    },
    { name: "de: 'EK'", filename: "d.eml", code: de("Der EK liegt bei 40 EUR, mehr Rabatt geht nicht."), errors: onLine9(/interne Zahlen/) },
    { name: "de: 'unser Einstandspreis'", filename: "d.eml", code: de("Unser Einstandspreis ist 55 EUR."), errors: onLine9(/interne Zahlen/) },
    { name: "de: our commission", filename: "d.eml", code: de("Vom Veranstalter bekommen wir 12 % Provision."), errors: onLine9(/interne Zahlen/) },
    { name: "en: 'our cost on this unit'", filename: "e.eml", code: en("Our cost on this unit is 40 EUR, so no discount."), errors: onLine9(/names internal figures/) },
    { name: "en: margin", filename: "e.eml", code: en("We are at roughly 24% margin on this order."), errors: onLine9(/names internal figures/) },
    { name: "en: 'it costs us'", filename: "e.eml", code: en("Internally it costs us about 4 USD per 100 GB."), errors: onLine9(/names internal figures/) },
  ],
});

// ---------------------------------------------------------------------------------------
// Forwarded internal threads

const forwardedThread = (intro: string, first: string, second: string) =>
  eml(
    `${intro}\n\n---------- Forwarded message ---------\nFrom: Tom Technik <tom@laden.example>\nDate: Mon, Nov 23, 2026 at 4:00 PM\nSubject: Kettle\nTo: Sabine Service <sabine@laden.example>\n\n${first}\n\nOn Mon, 23 Nov 2026 at 09:00, Sabine Service <sabine@laden.example> wrote:\n> ${second}\n`,
  );

tester.run(rule, {
  valid: [
    {
      name: "en: one forwarded answer of a colleague, shared on purpose",
      filename: "e.eml",
      code: eml("Hi Karin,\n\nsee our technician's answer below.\n\n---------- Forwarded message ---------\nFrom: Tom Technik <tom@laden.example>\nDate: Mon, Nov 23, 2026 at 4:00 PM\nSubject: Kettle\nTo: Sabine Service <sabine@laden.example>\n\nThe thermostat is faulty; a replacement solves it.\n"),
    },
    {
      name: "en: a forwarded thread with the customer in it",
      filename: "e.eml",
      code: eml("Hi Karin,\n\nsee below.\n\n---------- Forwarded message ---------\nFrom: Tom Technik <tom@laden.example>\nDate: Mon, Nov 23, 2026 at 4:00 PM\nSubject: Kettle\nTo: Sabine Service <sabine@laden.example>\n\nThe thermostat is faulty.\n\nOn Mon, 23 Nov 2026 at 09:00, Karin Kundin <karin@kunde.example> wrote:\n> My kettle does not heat.\n"),
    },
    {
      name: "de: an internal thread forwarded to a colleague",
      filename: "d.eml",
      code: eml("Hallo Tom,\n\nzur Info.\n\n---------- Forwarded message ---------\nFrom: Tom Technik <tom@laden.example>\nDate: Mon, Nov 23, 2026 at 4:00 PM\nSubject: Kettle\nTo: Sabine Service <sabine@laden.example>\n\nThermostat defekt.\n\nOn Mon, 23 Nov 2026 at 09:00, Sabine Service <sabine@laden.example> wrote:\n> Was ist mit dem Kocher?\n", { to: "Tom Technik <tom@laden.example>" }),
    },
  ],
  invalid: [
    {
      name: "en: a forwarded thread between colleagues only",
      filename: "e.eml",
      code: forwardedThread("Hi Karin,\n\nsee below.", "The thermostat is faulty.", "What is wrong with the kettle?"),
      errors: [{ line: 10, message: /^The quoted history from line 10 is an internal conversation \(Tom Technik <tom@laden\.example> to Sabine Service <sabine@laden\.example>\)/ }],
    },
    {
      name: "de: a forwarded thread between colleagues only",
      filename: "d.eml",
      code: forwardedThread("Hallo Frau Kundin,\n\nanbei der Stand.", "Thermostat defekt, Austausch nötig.", "Was ist mit dem Wasserkocher?"),
      errors: [{ line: 10, message: /^Der zitierte Verlauf ab Zeile 10 ist interne Korrespondenz/ }],
    },
  ],
});

// ---------------------------------------------------------------------------------------
// Building blocks of the link check

describe("internal links", () => {
  it("splits a URL into host and path", () => {
    expect(splitUrl("https://user@Wiki.Intranet.LOCAL:8080/a/b?c")).toEqual({ host: "wiki.intranet.local", path: "/a/b?c" });
    expect(splitUrl("www.laden.example")).toEqual({ host: "www.laden.example", path: "" });
    expect(splitUrl("http://[::1]:3000/x")).toEqual({ host: "[::1]", path: "/x" });
  });

  it("knows private and loopback addresses", () => {
    for (const host of ["10.0.0.1", "127.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.1.1", "[::1]", "[fd12:3456::1]", "[fe80::1]"]) {
      expect(isPrivateAddress(host), host).toBe(true);
    }
    for (const host of ["8.8.8.8", "172.32.0.1", "192.169.0.1", "[2001:db8::1]", "laden.example"]) expect(isPrivateAddress(host), host).toBe(false);
  });

  it("tells internal hosts from public ones", () => {
    const reason = (host: string, path = "/", hosts: string[] = []) => internalLinkReason(host, path, ["laden.example"], hosts);
    expect(reason("printer")).toBe("non-public-name");
    expect(reason("nas.home.arpa")).toBe("non-public-name");
    expect(reason("git.lan")).toBe("non-public-name");
    expect(reason("confluence.laden.example")).toBe("internal-tool");
    expect(reason("acme-intranet.example.com")).toBe("internal-tool");
    expect(reason("www.laden.example")).toBeUndefined();
    expect(reason("shop.laden.example")).toBeUndefined();
    expect(reason("jira.other.example")).toBeUndefined();
    expect(reason("example.com")).toBeUndefined();
    expect(reason("jira.example.com", "/browse/X", ["jira.example.com"])).toBe("configured");
  });

  it("matches host and path globs", () => {
    expect(matchesHostPattern("jira.example.com", "jira.example.com", "/browse/X-1")).toBe(true);
    expect(matchesHostPattern("jira.example.com", "jira.example.com.evil.example", "/")).toBe(false);
    expect(matchesHostPattern("*.atlassian.net/wiki/spaces/SUP*", "acme.atlassian.net", "/wiki/spaces/SUPPORT/pages/1")).toBe(true);
    expect(matchesHostPattern("*.atlassian.net/wiki/spaces/SUP*", "acme.atlassian.net", "/wiki/spaces/SALES")).toBe(false);
    expect(matchesHostPattern("*.atlassian.net", "a.b.atlassian.net", "/")).toBe(false);
    expect(matchesHostPattern("**.atlassian.net", "a.b.atlassian.net", "/")).toBe(true);
    expect(matchesHostPattern("https://git.example.com/team", "git.example.com", "/team/repo")).toBe(true);
    expect(matchesHostPattern("git.example.com/team", "git.example.com", "/teams")).toBe(false);
  });

  it("matches globs in linear-ish time on long input", () => {
    const started = performance.now();
    expect(wildcardMatch("*a*a*a*a*a*a*b", "a".repeat(5000), "/", false)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
