// Drafts from a shop's support desk to one customer, for the internal-content tests: the line
// under test stands between an ordinary opening and closing.

/** A plain-text .eml from the shop's support desk to one customer (or to `to`). */
export function eml(body: string, { to = "Karin Kundin <karin@kunde.example>", cc = "", subject = "Ihre Bestellung" } = {}): string {
  return (
    `From: Sabine Service <sabine@laden.example>\nTo: ${to}\n` +
    (cc ? `Cc: ${cc}\n` : "") +
    `Subject: ${subject}\nDate: Tue, 24 Nov 2026 10:30:00 +0100\n\n${body}`
  );
}

/** A German reply with `line` as its line 9. */
export const de = (line: string) => eml(`Hallo Frau Kundin,\n\nIhre Bestellung ist unterwegs.\n${line}\nBei Fragen sind wir gern für Sie da.\n\nViele Grüße\nSabine Service\n`);

/** An English reply with `line` as its line 9. */
export const en = (line: string) =>
  eml(`Dear Ms Kundin,\n\nyour order is on its way.\n${line}\nLet us know if you have any questions.\n\nKind regards,\nSabine Service\n`, { subject: "Your order" });

/** The sender of the drafts to Karen Holt, as a header line. */
export const FROM = "From: Tom Baker <tom.baker@laden.example>\n";
/** A customer outside the organisation. */
export const KAREN = "Karen Holt <karen.holt@clientco.example>";

/** A reply of Tom Baker's to Karen Holt (or to `to`, with `cc`) about order 4471, `line` in its middle. */
export function mail(language: "en" | "de", line: string, { to = KAREN, cc = "" } = {}): string {
  const body =
    language === "en"
      ? `Hi Karen,\n\nthanks for getting back to us about order 4471.\n${line}\nLet us know if anything else comes up.\n\nBest regards,\nTom Baker\nCustomer Service, Laden Ltd\n`
      : `Hallo Frau Holt,\n\ndanke für Ihre Nachricht zur Bestellung 4471.\n${line}\nMelden Sie sich gern, wenn noch etwas offen ist.\n\nViele Grüße\nTom Baker\nKundenservice, Laden GmbH\n`;
  const subject = language === "en" ? "Re: your order 4471" : "AW: Ihre Bestellung 4471";
  return `${FROM}To: ${to}\n${cc ? `Cc: ${cc}\n` : ""}Subject: ${subject}\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n${body}`;
}
