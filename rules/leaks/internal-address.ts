// Who is inside the organisation: the one domain check both leak rules use, for the draft's
// recipients and for the addresses in a quoted message's header alike, and how a finding
// names the outside recipients who would read the mail.
import type { Draft, Language, Mailbox, Recipient, SharedSettings } from "../../src/types.js";

/**
 * The internal domains: config `internalDomains`, or by default the From address's domain.
 * (The engine already fills the default in; this keeps the rule right under any host.)
 */
export function internalDomainsOf(settings: Pick<SharedSettings, "internalDomains">, draft: Pick<Draft, "from">): string[] {
  if (settings.internalDomains.length > 0) return settings.internalDomains.map((d) => d.toLowerCase().replace(/^@/, ""));
  const from = draft.from?.address ?? "";
  return from.includes("@") ? [domainOf(from)] : [];
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

/** True when the address's domain is an internal domain or a subdomain of one. */
export function isInternalAddress(address: string, domains: readonly string[]): boolean {
  if (!address.includes("@")) return false;
  const domain = domainOf(address);
  return domain !== "" && domains.some((d) => domain === d || domain.endsWith("." + d));
}

// Template placeholders: {{customer_email}}, {email}, %EMAIL%.
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{[\w.-]+\}|%[A-Z][A-Z0-9_]*%/;

/**
 * The recipients outside the organisation (not internal, not internal-only), each once. A placeholder recipient in a template
 * ("{{customer_email}}") is outside: a canned reply goes to whoever the customer is. A bare name
 * without an address cannot be classified and is left out. Without any internal domain (no
 * From address, no config `internalDomains`) nobody can be told apart, so nobody counts.
 */
export function externalRecipients(draft: Pick<Draft, "recipients">, domains: readonly string[]): Recipient[] {
  if (domains.length === 0) return [];
  const seen = new Set<string>();
  return draft.recipients.filter((r) => {
    const key = r.address || r.name;
    const classifiable = r.address.includes("@") || PLACEHOLDER.test(key);
    if (r.internal || r.internalOnly || !classifiable || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
