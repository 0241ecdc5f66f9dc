// Drafts from a shop's support desk to one customer, for the internal-content tests: the line
// under test is line 9 of the .eml, between an ordinary opening and closing.

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
