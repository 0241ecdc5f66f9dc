// Address lists in a template's front matter ("to: Anna Berg <anna@example.com>, tom@example.com"),
// read by postal-mime's address parser, the same one that reads .eml headers. Its own module so
// that postal-mime (about 90 KiB) loads only for templates that name recipients.
import { addressParser } from "postal-mime";
import type { Mailbox } from "../types.js";

/** "Anna Berg <anna@example.com>, tom@example.com" -> mailboxes with lower-cased addresses. */
export function parseAddresses(text: string): Mailbox[] {
  return addressParser(text, { flatten: true })
    .filter((a) => typeof a.address === "string")
    .map((a) => ({ name: a.name, address: (a.address ?? "").toLowerCase() }));
}
