// How a leak finding names the outside recipients who would read the mail. Who is inside the
// organisation is the engine's to say (context.recipients), for the draft's recipients and for
// the addresses in a quoted message's header alike.
import type { Language, Mailbox } from "../../src/rule-api.js";

/** "Jana Kunde <jana@kunde.example>" or the bare address. */
export function mailboxLabel(mailbox: Mailbox): string {
  if (!mailbox.address) return mailbox.name;
  return mailbox.name && mailbox.name !== mailbox.address ? `${mailbox.name} <${mailbox.address}>` : mailbox.address;
}

/** The bare address, or the name when there is no address. */
export function bareAddress(mailbox: Mailbox): string {
  return mailbox.address || mailbox.name;
}

/** Names up to three mailboxes: "a@x, b@y and 2 more" / "a@x, b@y und 2 weitere". */
export function describeMailboxes(
  mailboxes: readonly Mailbox[],
  language: Language,
  label: (mailbox: Mailbox) => string = mailboxLabel,
): string {
  const shown = mailboxes.slice(0, 3).map(label);
  const rest = mailboxes.length - shown.length;
  const and = language === "de" ? "und" : "and";
  if (rest > 0) return `${shown.join(", ")} ${and} ${rest} ${language === "de" ? "weitere" : "more"}`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} ${and} ${shown.at(-1)}`;
}
