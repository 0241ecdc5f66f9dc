// Reads the header lines mail clients write above quoted and forwarded mail, in German and
// English: attribution lines ("On Tue, Nov 24, 2026 at 10:12 AM Anna Berg <anna@example.com>
// wrote:", "Am 24.11.2026 um 10:12 schrieb Anna Berg:"), Outlook's separators and
// From/Sent/To/Subject (Von/Gesendet/An/Betreff) blocks, and forward banners. Turns them into a
// QuoteHeader: who wrote the quoted mail, to whom, when, about what.
//
// Dates are parsed by the small parser below, not by chrono-node: this module runs for every
// draft, and start-up time is what a pre-commit hook user waits for. Every regular expression
// here is anchored or free of nested quantifiers, and runs on one line or a few joined lines.
import type { CalendarDay, Mailbox, QuoteHeader } from "../types.js";
import { monthNumbers } from "../text/months.js";

// ---------------------------------------------------------------------------------------
// Banners and separators

/** Longest attribution we accept (joined over at most three lines); longer text is prose. */
export const MAX_ATTRIBUTION_LENGTH = 320;

const FORWARD_BANNER =
  /^(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Weitergeleitete Nachricht)\s*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Beginn der weitergeleiteten Nachricht:)$/i;
const ORIGINAL_MESSAGE = /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht)\s*-{2,}$/i;
// New Outlook draws a line of underscores (32 of them) above the From/Von block.
const UNDERSCORE_SEPARATOR = /^_{10,}$/;

/** "---------- Forwarded message ---------", "Begin forwarded message:", German forms. */
export function isForwardBanner(line: string): boolean {
  return FORWARD_BANNER.test(line.trim());
}

/** "-----Original Message-----", "-----Ursprüngliche Nachricht-----", "----- Original Message -----". */
export function isOriginalMessageSeparator(line: string): boolean {
  return ORIGINAL_MESSAGE.test(line.trim());
}

/** The underscore line new Outlook puts above a From/Von block. */
export function isUnderscoreSeparator(line: string): boolean {
  return UNDERSCORE_SEPARATOR.test(line.trim());
}

/** The RFC 3676 signature delimiter "-- " (many clients strip the trailing space). */
export function isSignatureDelimiter(line: string): boolean {
  return line === "-- " || line.trimEnd() === "--";
}

// ---------------------------------------------------------------------------------------
// Header fields (Outlook blocks, forwarded-message headers)

export type QuoteField = "from" | "date" | "to" | "cc" | "bcc" | "subject" | "other";

const FIELD_NAMES: Record<string, QuoteField> = {
  from: "from",
  von: "from",
  sent: "date",
  gesendet: "date",
  date: "date",
  datum: "date",
  to: "to",
  an: "to",
  cc: "cc",
  kopie: "cc",
  bcc: "bcc",
  subject: "subject",
  betreff: "subject",
  "reply-to": "other",
  "antwort an": "other",
  importance: "other",
  wichtigkeit: "other",
  "priorität": "other",
  attachments: "other",
  anlagen: "other",
};

// Labels start with a capital letter as clients write them ("From:", "Von:", "CC:"); HTML mail
// turned into text sometimes keeps bold markers ("*From:*"). Values may follow a tab (Thunderbird).
const FIELD_LABEL =
  /^\*{0,2}(From|Von|Sent|Gesendet|Date|Datum|To|An|Cc|CC|Kopie|Bcc|BCC|Subject|Betreff|Reply-To|Antwort an|Importance|Wichtigkeit|Priorität|Attachments|Anlagen)\*{0,2}:\*{0,2}(?:[ \t]+|$)/;

export interface FieldLine {
  field: QuoteField;
  value: string;
}

/** A header field line ("From: Anna Berg <anna@example.com>", "Betreff:\tAngebot"), or undefined. */
export function parseFieldLine(line: string): FieldLine | undefined {
  const match = FIELD_LABEL.exec(line);
  if (!match) return undefined;
  return { field: FIELD_NAMES[match[1].toLowerCase()], value: line.slice(match[0].length).trim() };
}

/** Builds the QuoteHeader of an Outlook block or a forwarded message's header lines. */
export function headerFromFields(
  style: "outlook" | "forward",
  fields: readonly FieldLine[],
  start: number,
  end: number,
): QuoteHeader {
  const header: QuoteHeader = { style, to: [], cc: [], start, end };
  for (const { field, value } of fields) {
    if (field === "from" && !header.author) {
      const author = parseMailbox(value);
      if (author) header.author = author;
    } else if (field === "date" && header.dateText === undefined && value !== "") {
      header.dateText = value;
      const date = parseHeaderDate(value);
      if (date) header.date = date;
    } else if (field === "to") header.to = header.to.concat(parseMailboxList(value));
    else if (field === "cc") header.cc = header.cc.concat(parseMailboxList(value));
    else if (field === "subject" && header.subject === undefined) header.subject = value;
  }
  return header;
}

// ---------------------------------------------------------------------------------------
// Attribution lines ("On ... wrote:", "Am ... schrieb ...:")

export interface Attribution {
  author?: Mailbox;
  dateText?: string;
  date?: Date;
}

const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp])\.?\s?[Mm]\b\.?)?/g;
const ZONE_AFTER_TIME =
  /^\s?(?:[+-]\d{2}:?\d{2}|\(?(?:GMT|UTC|UT|CET|CEST|MEZ|MESZ|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|WET|WEST|EET|EEST)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)(?![\p{L}\d])/u;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * Parses an attribution line (already joined if it was wrapped, white space collapsed) into
 * author and date; undefined when the text is not one. The On/Am forms must contain a digit
 * (a date), so that "On Monday Tom wrote:" in prose is not taken for a header.
 */
export function parseAttribution(text: string): Attribution | undefined {
  if (text.length > 4 * MAX_ATTRIBUTION_LENGTH) return undefined;
  const line = text.replace(/\s+/g, " ").replace(/<\s/g, "<").replace(/\s>/g, ">").trim();
  if (line.length > MAX_ATTRIBUTION_LENGTH || !line.endsWith(":")) return undefined;

  // Plain string operations, not ".+?" patterns: linear whatever the line holds.
  if (line.startsWith("Am ")) {
    const verb = line.indexOf(" schrieb ");
    const dateText = line.slice(3, verb);
    if (verb > 3 && /\d/.test(dateText)) return attribution(dateText, line.slice(verb + 9, -1));
  }
  if (line.startsWith("On ") && line.endsWith(" wrote:")) {
    const rest = line.slice(3, -7);
    if (/\d/.test(rest)) return attribution(...splitDateAndAuthor(rest));
  }
  const schriebAm = line.indexOf(" schrieb am ");
  if (schriebAm > 0) {
    const dateText = line.slice(schriebAm + 12, -1);
    if (/\d/.test(dateText)) return attribution(dateText, line.slice(0, schriebAm));
  }
  // "Anna Berg <anna@example.com> wrote:" without a date: only with an address, so that
  // "Here is what the customer wrote:" stays prose.
  for (const verb of ["> wrote:", "> schrieb:"]) {
    if (line.endsWith(verb) && ANGLE_ADDRESS.test(line)) return attribution(undefined, line.slice(0, -verb.length + 1));
  }
  return undefined;
}

function attribution(dateText: string | undefined, authorText: string | undefined): Attribution {
  const result: Attribution = {};
  const author = authorText === undefined ? undefined : parseMailbox(authorText);
  if (author) result.author = author;
  const cleanDate = dateText?.trim().replace(/,$/, "");
  if (cleanDate) {
    result.dateText = cleanDate;
    const date = parseHeaderDate(cleanDate);
    if (date) result.date = date;
  }
  return result;
}

/**
 * English attributions run date and name together: "Tue, Nov 24, 2026 at 10:12 AM Anna Berg
 * <anna@example.com>", "11/24/26 10:12 AM, Anna Berg", "24 Nov 2026, at 10:12, Anna Berg". The
 * date ends after the last time (with its AM/PM and zone); without a time, after the last year,
 * or at the last comma.
 */
function splitDateAndAuthor(rest: string): [string | undefined, string | undefined] {
  let cut = -1;
  for (const time of rest.matchAll(TIME)) cut = (time.index ?? 0) + time[0].length;
  if (cut >= 0) {
    const zone = ZONE_AFTER_TIME.exec(rest.slice(cut));
    if (zone) cut += zone[0].length;
  } else {
    for (const year of rest.matchAll(YEAR)) cut = (year.index ?? 0) + year[0].length;
  }
  if (cut < 0) {
    const comma = rest.lastIndexOf(", ");
    if (comma < 0) return [undefined, undefined];
    cut = comma;
  }
  const author = rest.slice(cut).replace(/^[\s,]+/, "");
  return [rest.slice(0, cut), author || undefined];
}

// ---------------------------------------------------------------------------------------
// Mailboxes

const ANGLE_ADDRESS = /<\s*(?:mailto:)?([^<>\s@]+@[^<>\s]+?)\s*>/i;
// Outlook 2010-2016 plain text: "Anna Berg [mailto:anna@example.com]".
const MAILTO_ADDRESS = /\[mailto:([^[\]\s@]+@[^[\]\s]+)\]/i;
const BARE_ADDRESS = /^(?:mailto:)?[^\s@<>()[\]]+@[^\s@<>()[\]]+$/i;

/**
 * "Anna Berg <anna@example.com>", "\"Berg, Anna\" <anna@example.com>", "anna@example.com",
 * "Anna Berg [mailto:anna@example.com]", or a bare name ("Anna Berg", address ""). The address
 * is lower-cased; the name is "" when only an address is given.
 */
export function parseMailbox(text: string): Mailbox | undefined {
  const trimmed = trimChars(text, " \t;,");
  if (trimmed === "") return undefined;
  const enclosed = ANGLE_ADDRESS.exec(trimmed) ?? MAILTO_ADDRESS.exec(trimmed);
  if (enclosed) {
    const address = enclosed[1].toLowerCase();
    const name = cleanName(trimmed.slice(0, enclosed.index) + " " + trimmed.slice(enclosed.index + enclosed[0].length));
    return { name: name.toLowerCase() === address ? "" : name, address };
  }
  if (BARE_ADDRESS.test(trimmed) && trimmed.includes(".", trimmed.indexOf("@"))) {
    return { name: "", address: trimmed.replace(/^mailto:/i, "").toLowerCase() };
  }
  const name = cleanName(trimmed);
  return name === "" ? undefined : { name, address: "" };
}

function cleanName(text: string): string {
  return trimChars(text.replace(/\s+/g, " "), ` "'“”„‘’`);
}

/** Removes the given characters from both ends (a loop: "[;,]+$" would be quadratic on long runs). */
function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (chars.includes(text[start]) || /\s/.test(text[start]))) start++;
  while (end > start && (chars.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return text.slice(start, end);
}

/**
 * A recipient list. Outlook separates with ";" and writes names as "Berg, Anna", so a list with
 * a ";" is split only there. Otherwise a comma separates mailboxes when the part before it
 * holds an address or two words ("Anna Berg, Tom <tom@x.de>"), but not in "Berg, Anna <...>".
 */
export function parseMailboxList(text: string): Mailbox[] {
  const list: Mailbox[] = [];
  for (const part of splitMailboxes(text)) {
    const mailbox = parseMailbox(part);
    if (mailbox) list.push(mailbox);
  }
  return list;
}

/** Splits a recipient list outside quotes and angle brackets, in one pass (lists can be long). */
function splitMailboxes(text: string): string[] {
  const separator = text.includes(";") ? ";" : ",";
  const parts: string[] = [];
  let partStart = 0;
  let inQuotes = false;
  let inAngle = false;
  // For "," lists: whether the part so far holds an address, or two words ("Anna Berg").
  let hasAddress = false;
  let wordEnded = false;
  let hasTwoWords = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "<" && !inQuotes) inAngle = true;
    else if (ch === ">" && !inQuotes) inAngle = false;
    if (ch === "@") hasAddress = true;
    if (ch === separator && !inQuotes && !inAngle && (separator === ";" || hasAddress || hasTwoWords)) {
      parts.push(text.slice(partStart, i));
      partStart = i + 1;
      hasAddress = wordEnded = hasTwoWords = false;
    } else if (ch === " " || ch === "\t") {
      if (i > partStart && !/\s/.test(text[i - 1])) wordEnded = true;
    } else if (wordEnded) hasTwoWords = true;
  }
  parts.push(text.slice(partStart));
  return parts;
}

// ---------------------------------------------------------------------------------------
// Dates

const MONTHS = monthNumbers(["de", "en"]);

// Offsets in minutes of the zone abbreviations mail clients print.
const ZONE_OFFSETS: Record<string, number> = {
  gmt: 0, utc: 0, ut: 0, z: 0, wet: 0, west: 60, bst: 60, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120,
  eest: 180, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/;
const WORD = /[A-Za-zÄÖÜäöü]+/g;
const DAY_BEFORE_MONTH = /(?:^|\D)(\d{1,2})\.?\s*$/;
const DAY_AFTER_MONTH = /^\.?\s*(\d{1,2})(?!\d)/;
const NUMERIC_ZONE = /(?:^|[\s(])(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?(?=$|[\s)])/;
const NAMED_ZONE = /\b(GMT|UTC|UT|WET|WEST|BST|CET|MEZ|CEST|MESZ|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/;

/**
 * Parses the date formats mail clients write in quote headers: RFC 2822 ("Tue, 24 Nov 2026
 * 10:12:00 +0100"), "24.11.2026 10:12", "24.11.26 um 10:12", "11/24/26 10:12 AM", "Tuesday,
 * November 24, 2026 10:12 AM", "Dienstag, 24. November 2026 10:12", Gmail's "Tue, Nov 24, 2026
 * at 10:12 AM" and "Di., 24. Nov. 2026 um 10:12 Uhr", Apple's "24 Nov 2026, at 10:12". A year is
 * required. With a zone (+0100, GMT+1, CET, MEZ) the instant is exact; without one the time is
 * read as local time of the machine running the linter, as the mail client did when writing it.
 */
export function parseHeaderDate(text: string): Date | undefined {
  const day = calendarDayOf(text);
  if (!day) return undefined;
  const time = timeOf(text);
  if (time === null) return undefined;
  const { hours, minutes, seconds, timeEnd } = time ?? { hours: 0, minutes: 0, seconds: 0, timeEnd: 0 };
  const offset = time ? zoneOffsetOf(text.slice(timeEnd)) : undefined;
  if (offset === undefined) return new Date(day.year, day.month - 1, day.day, hours, minutes, seconds);
  return new Date(Date.UTC(day.year, day.month - 1, day.day, hours, minutes, seconds) - offset * 60_000);
}

function calendarDayOf(text: string): CalendarDay | undefined {
  let match = ISO_DATE.exec(text);
  if (match) return validDay(+match[1], +match[2], +match[3]);
  match = DOTTED_DATE.exec(text);
  if (match) return validDay(fullYear(match[3]), +match[2], +match[1]);
  match = SLASH_DATE.exec(text);
  if (match) {
    // Thunderbird and Outlook in US English write M/D/Y; a first number above 12 must be the day.
    const [first, second] = [+match[1], +match[2]];
    return first > 12 ? validDay(fullYear(match[3]), second, first) : validDay(fullYear(match[3]), first, second);
  }
  return namedMonthDay(text);
}

/** "24. Nov. 2026", "24 November 2026", "Nov 24, 2026", "November 24, 2026". */
function namedMonthDay(text: string): CalendarDay | undefined {
  for (const word of text.matchAll(WORD)) {
    const month = MONTHS.get(word[0].toLowerCase());
    if (month === undefined) continue;
    const wordStart = word.index ?? 0;
    const wordEnd = wordStart + word[0].length;
    const before = DAY_BEFORE_MONTH.exec(text.slice(Math.max(0, wordStart - 6), wordStart));
    const after = DAY_AFTER_MONTH.exec(text.slice(wordEnd, wordEnd + 6));
    const day = before ? +before[1] : after ? +after[1] : undefined;
    const yearMatch = /\b(?:19|20)\d{2}\b/.exec(text.slice(wordEnd));
    if (day === undefined || !yearMatch) return undefined;
    return validDay(+yearMatch[0], month, day);
  }
  return undefined;
}

function fullYear(digits: string): number {
  const year = +digits;
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function validDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? undefined : { year, month, day };
}

interface ClockTime {
  hours: number;
  minutes: number;
  seconds: number;
  timeEnd: number;
}

/** The first clock time; undefined when there is none, null when it is impossible (25:70). */
function timeOf(text: string): ClockTime | undefined | null {
  TIME.lastIndex = 0;
  const match = TIME.exec(text);
  TIME.lastIndex = 0;
  if (!match) return undefined;
  let hours = +match[1];
  const minutes = +match[2];
  const seconds = match[3] ? +match[3] : 0;
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    if (meridiem === "a" && hours === 12) hours = 0;
    if (meridiem === "p" && hours < 12) hours += 12;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return { hours, minutes, seconds, timeEnd: (match.index ?? 0) + match[0].length };
}

/** Zone offset in minutes from text after the time: "+0100", "GMT+1", "(CET)", "MESZ". */
function zoneOffsetOf(text: string): number | undefined {
  const numeric = NUMERIC_ZONE.exec(text);
  if (numeric) {
    // "+0100" and "+01:00" give hours and minutes; "GMT+1" gives hours only.
    const minutes = +numeric[2] * 60 + (numeric[3] ? +numeric[3] : 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = NAMED_ZONE.exec(text);
  return named ? ZONE_OFFSETS[named[1].toLowerCase()] : undefined;
}
