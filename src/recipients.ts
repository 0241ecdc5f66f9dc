// Who is inside the organisation: the one place that classifies addresses, for the draft's
// recipients (src/draft.ts), for the addresses in a quoted message's header and for the rules
// that ask which recipients would read a leak (context.recipients, src/engine/run-rules.ts).
import picomatch from "picomatch";
import type { Mailbox, Recipient, RecipientField, SourceRange } from "./types.js";
import { containsPlaceholder } from "./parse/non-prose.js";

/** Config `internalDomains` (lower case, without a leading "@"), or by default the From address's domain. */
export function internalDomainsOf(configured: readonly string[], from: Mailbox | undefined): string[] {
  if (configured.length > 0) return configured.map((d) => d.toLowerCase().replace(/^@/, ""));
  const address = from?.address ?? "";
  return address.includes("@") ? [domainOf(address)] : [];
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

/** True when the address's domain is one of `domains` (as internalDomainsOf gives them) or a subdomain of one. */
export function isInternalAddress(address: string, domains: readonly string[]): boolean {
  if (!address.includes("@")) return false;
  const domain = domainOf(address);
  return domain !== "" && domains.some((d) => domain === d || domain.endsWith("." + d));
}

export interface ParsedRecipient {
  field: RecipientField;
  mailbox: Mailbox;
  range?: SourceRange;
}

/** The draft's recipients, each marked internal (by domain) and internal-only (config globs). */
export function classifyRecipients(
  parsed: readonly ParsedRecipient[],
  domains: readonly string[],
  internalOnlyPatterns: readonly string[],
): Recipient[] {
  const isInternalOnly = internalOnlyPatterns.length > 0 ? picomatch([...internalOnlyPatterns], { nocase: true }) : () => false;
  return parsed.map(({ field, mailbox, range }) => ({
    ...mailbox,
    field,
    internal: isInternalAddress(mailbox.address, domains),
    internalOnly: mailbox.address !== "" && isInternalOnly(mailbox.address),
    ...(range ? { range } : {}),
  }));
}

/**
 * The recipients outside the organisation (not internal, not internal-only), each once. A
 * placeholder recipient in a template ("{{customer_email}}", "%customer_email%") is outside: a
 * canned reply goes to whoever the customer is. A bare name without an address cannot be
 * classified and is left out. Without any internal domain (no From address, no config
 * `internalDomains`) nobody can be told apart, so nobody counts.
 */
export function externalRecipients(recipients: readonly Recipient[], domains: readonly string[]): Recipient[] {
  if (domains.length === 0) return [];
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.address || r.name;
    const classifiable = r.address.includes("@") || containsPlaceholder(key);
    if (r.internal || r.internalOnly || !classifiable || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
