// Node's TextDecoder decodes windows-1252 (and the labels WHATWG maps to it: iso-8859-1,
// latin1, us-ascii) like ISO-8859-1 since v20.18.3 / v22.13.0: bytes 0x80-0x9F come out as
// C1 control characters instead of "€", "„", "“", "–" (nodejs/node#56542, #60888). Outlook
// mail is full of them. The repair maps each C1 character to its windows-1252 character; it
// keeps the length (one UTF-16 unit for one), so body offsets and source maps stay valid.
// C1 controls never belong in mail text, so the repair is safe on text from any charset.

/** windows-1252 characters for bytes 0x80-0x9F; "" where windows-1252 keeps the C1 control. */
const C1_TO_WINDOWS_1252 = [
  "€", "", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
  "", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
];

export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => C1_TO_WINDOWS_1252[char.charCodeAt(0) - 0x80] || char);
}
