import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RuleTester } from "../../../src/index.js";
import rule, { internalOnlyRecipients, isReply, namedInternalOnly, recipientRange } from "../../../rules/leaks/internal-recipients.js";
import type { Recipient } from "../../../src/types.js";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/leaks/${name}`, import.meta.url)), "utf8");
const settings = { internalOnlyRecipients: ["*-internal@shop.example", "intern@shop.example"] };

/** A plain-text .eml from the shop's support desk with the given recipient header lines. */
function eml(recipientLines: string, subject = "Your order 4711", extraHeaders = ""): string {
  return `From: Sam Support <sam@shop.example>\n${recipientLines}\nSubject: ${subject}\n${extraHeaders}\nHello,\n\nyour order has shipped.\n`;
}

/** "To: a1@x, a2@x, ..." with n addresses of the given domain. */
const many = (n: number, domain: string) =>
  Array.from({ length: n }, (_, i) => `p${i + 1}@${domain}`).join(", ");

describe("internal-recipients helpers", () => {
  const recipient = (address: string, internalOnly: boolean): Recipient => ({
    name: "",
    address,
    field: "cc",
    internal: address.endsWith("@shop.example"),
    internalOnly,
  });

  it("knows a reply by its headers or its subject", () => {
    expect(isReply({ references: [], subject: "Re: Order" })).toBe(true);
    expect(isReply({ references: [], subject: "AW: Bestellung" })).toBe(true);
    expect(isReply({ references: [], inReplyTo: "<a@b>", subject: "Order" })).toBe(true);
    expect(isReply({ references: [], subject: "Regarding your order" })).toBe(false);
  });

  it("lists each internal-only address once", () => {
    const list = [recipient("intern@shop.example", true), recipient("intern@shop.example", true), recipient("jane@x.example", false)];
    expect(internalOnlyRecipients({ recipients: list }).map((r) => r.address)).toEqual(["intern@shop.example"]);
  });

  it("falls back to the header field's range when the address has none", () => {
    const range = { start: { line: 3, column: 1 }, end: { line: 3, column: 20 } };
    expect(recipientRange(recipient("intern@shop.example", true), [{ name: "cc", value: "", range }])).toEqual(range);
  });
});

new RuleTester().run(rule, {
  valid: [
    { name: "internal-only list, but no external recipient", filename: "draft.eml", settings, code: eml("To: intern@shop.example\nCc: tom@shop.example") },
    { name: "external recipient, no internal-only one", filename: "draft.eml", settings, code: eml("To: jane@customer.example\nCc: tom@shop.example") },
    // (an address whose own name says "internal" is internal-only without config: see internal-content-v3.test.ts)
    { name: "glob that does not match", filename: "draft.eml", settings, code: eml("To: jane@customer.example\nCc: support@shop.example") },
    { name: "template without recipients", settings, code: "Hello,\n\nyour order has shipped.\n" },
    { name: "30 recipients, but not a reply", filename: "draft.eml", code: eml(`To: ${many(30, "customer.example")}`, "Newsletter") },
    { name: "a reply to 30 colleagues only", filename: "draft.eml", code: eml(`To: ${many(30, "shop.example")}`, "Re: Party") },
    { name: "a reply to exactly 25 recipients", filename: "draft.eml", code: eml(`To: ${many(25, "customer.example")}`, "Re: Order") },
    {
      name: "audience warning turned off",
      filename: "draft.eml",
      options: { maxRecipients: 0 },
      code: eml(`To: ${many(30, "customer.example")}`, "Re: Order"),
    },
  ],
  invalid: [
    {
      name: "an internal-only list in Cc of a mail to a customer",
      filename: "draft.eml",
      settings,
      code: fixture("internal-list-cc.eml"),
      errors: [
        {
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 52,
          severity: 2,
          message:
            /^Support Internal <support-internal@shop\.example> is an internal-only recipient, but this mail also goes to Jane Customer <jane\.customer@gmail\.example>.*Remove support-internal@shop\.example from Cc/,
        },
      ],
    },
    {
      name: "an exact internal-only address in Bcc, German text",
      filename: "draft.eml",
      settings,
      code:
        "From: sam@shop.example\nTo: karin@kunde.example\nBcc: intern@shop.example\nSubject: Ihre Bestellung\n\n" +
        "Sehr geehrte Frau Kundin,\n\nIhre Bestellung ist unterwegs. Wir melden uns morgen.\n",
      errors: [{ line: 3, column: 6, message: /^intern@shop\.example ist ein rein interner Empfänger.*karin@kunde\.example.*aus Bcc/ }],
    },
    {
      name: "two internal-only lists",
      filename: "draft.eml",
      settings,
      code: eml("To: jane@customer.example, sales-internal@shop.example\nCc: intern@shop.example"),
      errors: [{ line: 2, column: 28, endColumn: 55 }, { line: 3, column: 5 }],
    },
    {
      name: "a reply to a large audience",
      filename: "draft.eml",
      code: eml(`To: ${many(26, "customer.example")}`, "Re: Order"),
      errors: [{ line: 2, severity: 1, message: /^This reply goes to 26 recipients \(more than 25\), 26 of them outside/ }],
    },
    {
      name: "a reply to a large audience, with a lower limit",
      filename: "draft.eml",
      options: { maxRecipients: 3 },
      code: eml("To: a@customer.example, b@customer.example\nCc: c@shop.example, d@shop.example", "Order", "In-Reply-To: <x@customer.example>\n"),
      errors: [{ line: 3, column: 21, severity: 1, message: /4 recipients \(more than 3\), 2 of them outside/ }],
    },
  ],
});

describe("internal-only lists named so", () => {
  const ours = (address: string): Recipient => ({ name: "", address, field: "cc", internal: true, internalOnly: false });
  it("reads compounds, distribution lists and lists for some only", () => {
    for (const local of ["teamintern", "allemployees", "mitarbeiterinfo", "belegschaftsinfo", "verteiler-lager", "dl-support", "management-only", "leitung-nur", "company-wide", "firmenweit"]) {
      expect(namedInternalOnly(ours(`${local}@shop.example`)), local).toBe(true);
    }
  });
  it("leaves addresses outsiders write to, and people's names", () => {
    for (const local of ["international", "internationalsales", "internships", "interns", "support", "team", "crew", "nur.yilmaz", "only.smith", "sales-leads", "staffroom"]) {
      expect(namedInternalOnly(ours(`${local}@shop.example`)), local).toBe(false);
    }
  });
});
