// Internal links: a link that only colleagues can open tells the customer about the company's
// tools and often where its notes on them are kept ("http://wiki.intranet.local/kunden/lange").
// Read from the URL spans the parser marks (draft.spans of kind "url") and from Windows share
// paths (\\server\share) in the prose. A public link of the organisation
// ("https://www.laden.example/retoure") is what customers are sent every day and never counts.
import { firstIndexWhere, loadWordList, type Draft, type Span } from "../../src/rule-api.js";

/** Why a link cannot be opened from outside. */
export type InternalLinkReason = "non-public-name" | "private-address" | "internal-tool" | "configured";

export interface InternalLink {
  start: number;
  end: number;
  text: string;
  host: string;
  reason: InternalLinkReason;
}

// Top-level names that are never delegated on the public internet (RFC 6762 .local, RFC 8375
// .home.arpa, ICANN's reserved .internal) and those companies use for their own networks.
// ".test", ".example" and ".invalid" are left out: they stand in documentation and templates.
const NON_PUBLIC_TLDS = new Set(["local", "localhost", "localdomain", "internal", "intern", "intranet", "corp", "lan", "home", "private", "priv"]);

let toolLabels: ReadonlySet<string> | undefined;
function internalToolLabels(): ReadonlySet<string> {
  toolLabels ??= new Set(loadWordList(new URL("./data/internal-host-labels.txt", import.meta.url)).map((l) => l.toLowerCase()));
  return toolLabels;
}

/** Host (lower case, without port or user) and path of a URL as written ("www.x.example/a" has no scheme). */
export function splitUrl(url: string): { host: string; path: string } {
  const rest = url.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//i, "");
  const cut = rest.search(/[/?#]/);
  let authority = cut < 0 ? rest : rest.slice(0, cut);
  const path = cut < 0 ? "" : rest.slice(cut);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  const host = authority.startsWith("[") ? authority.slice(0, authority.indexOf("]") + 1) : authority.replace(/:\d*$/, "");
  return { host: host.toLowerCase().replace(/\.$/, ""), path };
}

/** True for loopback, private, link-local and unspecified IPv4 and IPv6 addresses. */
export function isPrivateAddress(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (!host.startsWith("[")) return false;
  const v6 = host.slice(1, -1);
  return v6 === "::1" || v6 === "::" || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
}

/**
 * Why a host (and path) can only be opened from inside, or undefined for a public link.
 * `internalDomains`: the organisation's domains; `internalHosts`: config globs.
 */
export function internalLinkReason(
  host: string,
  path: string,
  internalDomains: readonly string[],
  internalHosts: readonly string[],
): InternalLinkReason | undefined {
  if (!host) return undefined;
  if (internalHosts.some((pattern) => matchesHostPattern(pattern, host, path))) return "configured";
  if (isPrivateAddress(host)) return "private-address";
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith("[")) return undefined;
  const labels = host.split(".");
  // A single-label host ("http://wiki/", "http://lager/") resolves only in the company network.
  if (labels.length === 1) return "non-public-name";
  if (NON_PUBLIC_TLDS.has(labels.at(-1)!) || host.endsWith(".home.arpa")) return "non-public-name";
  if (labels.some((label) => label.includes("intranet"))) return "internal-tool";
  // A tool's name as the first label under the organisation's own domain: jira.laden.example.
  const own = internalDomains.find((domain) => host !== domain && host.endsWith(`.${domain}`));
  if (own && internalToolLabels().has(labels[0])) return "internal-tool";
  if (own && isTestEnvironment(labels.slice(0, -own.split(".").length))) return "internal-tool";
  // The back office of the organisation's own site: www.laden.example/admin/orders/4481.
  const firstSegment = path.split(/[/?#]/)[1]?.toLowerCase() ?? "";
  const ownSite = internalDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  if (ownSite && BACK_OFFICE_SEGMENTS.has(firstSegment)) return "internal-tool";
  // The agents' side of a hosted tool, which only the company's staff can log into.
  if (HOSTED_TOOLS.some(([suffix, prefix]) => (host === suffix || host.endsWith(`.${suffix}`)) && path.toLowerCase().startsWith(prefix))) return "internal-tool";
  return undefined;
}

// Words that name a test copy of a site, not the site customers use: "shop-staging.laden.example",
// "api.staging.laden.example", "uat-portal.laden.example".
const TEST_ENVIRONMENT_WORDS = new Set(["staging", "stage", "preprod", "uat"]);
// Shorter words that also name public sites when they stand first ("dev.laden.example" is often the
// developer portal, "test.laden.example" a public test): a test copy only as a middle label,
// the environment that a host of the site lives in ("shop.dev.laden.example", "api.qa.laden.example").
const MIDDLE_ENVIRONMENT_WORDS = new Set(["dev", "test", "qa", "staging", "stage", "preprod", "uat", "int"]);

/** True when the labels under the organisation's domain name a test copy of its site. */
function isTestEnvironment(subLabels: readonly string[]): boolean {
  return subLabels.some((label, n) =>
    label.split("-").some((part) => TEST_ENVIRONMENT_WORDS.has(part)) || (n > 0 && MIDDLE_ENVIRONMENT_WORDS.has(label)));
}

// First path segments of a site's back office.
const BACK_OFFICE_SEGMENTS = new Set(["admin", "administrator", "wp-admin", "backend", "backoffice", "intern", "internal", "intranet", "staff", "mitarbeiter"]);
// Hosted tools and the paths only their agents open: a ticket's agent view, a team chat's
// archive, a CRM record (the customer portals of the same tools use other paths).
const HOSTED_TOOLS: readonly (readonly [string, string])[] = [
  ["zendesk.com", "/agent"],
  ["freshdesk.com", "/a/"],
  ["slack.com", "/archives"],
  ["atlassian.net", "/browse/"],
  ["atlassian.net", "/wiki/"],
  ["atlassian.net", "/jira/"],
  ["sharepoint.com", "/sites/"],
  ["sharepoint.com", "/teams/"],
  // The same site paths behind a document link's type and redirect: "/:x:/r/sites/Vertrieb/...".
  ["sharepoint.com", "/:x:/r/sites/"],
  ["sharepoint.com", "/:w:/r/sites/"],
  ["sharepoint.com", "/:p:/r/sites/"],
  ["sharepoint.com", "/:b:/r/sites/"],
  ["sharepoint.com", "/:f:/r/sites/"],
  ["app.slack.com", "/client/"],
  ["lightning.force.com", "/"],
  ["my.salesforce.com", "/"],
  ["app.hubspot.com", "/contacts"],
  ["teams.microsoft.com", "/l/message"],
  ["app.asana.com", "/0/"],
  ["monday.com", "/boards/"],
  ["linear.app", "/"],
  // Shop, payment, CRM and help-desk back offices, which need a staff login. (Not Notion or Trello:
  // companies publish help pages and roadmaps there.)
  ["myshopify.com", "/admin"],
  ["admin.shopify.com", "/"],
  ["dashboard.stripe.com", "/"],
  ["app.intercom.com", "/a/"],
  ["secure.helpscout.net", "/"],
  ["freshservice.com", "/a/"],
  ["freshservice.com", "/helpdesk/"],
  ["gorgias.com", "/app/"],
  ["app.pipedrive.com", "/"],
  ["crm.zoho.com", "/crm/"],
  ["crm.zoho.eu", "/crm/"],
  ["odoo.com", "/web"],
  ["app.clickup.com", "/"],
];

/**
 * Matches a config pattern: a host glob, optionally followed by a path glob that must match
 * the start of the path ("jira.example.com", "*.atlassian.net/wiki/spaces/SUP*"). In the host,
 * "*" stands for any characters within one label and "**" for any labels; in the path, "*"
 * stays within one segment and "**" crosses them. A host pattern without a path matches every
 * path on that host.
 */
export function matchesHostPattern(pattern: string, host: string, path: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//, "");
  const slash = p.indexOf("/");
  const hostPattern = slash < 0 ? p : p.slice(0, slash);
  const pathPattern = slash < 0 ? "" : p.slice(slash);
  if (!wildcardMatch(hostPattern, host, ".", false)) return false;
  if (!pathPattern) return true;
  // The path pattern names a prefix: "/wiki/spaces/SUP*" matches "/wiki/spaces/SUPPORT/pages/1".
  return wildcardMatch(pathPattern, path.toLowerCase(), "/", true);
}

/**
 * Glob matching without regular expressions: "*" matches within one part (not across
 * `separator`), "**" across parts. With `prefix`, the pattern need only match a start of the
 * text that ends at a part boundary (or anywhere after a trailing "*"). Dynamic programming
 * over pattern and text positions: time O(pattern x text), no backtracking blow-up.
 */
export function wildcardMatch(pattern: string, text: string, separator: string, prefix: boolean): boolean {
  const tokens: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "*" && pattern[i + 1] === "*") {
      tokens.push("**");
      i++;
    } else tokens.push(pattern[i]);
  }
  // reach[j]: the pattern tokens so far can match text[0, j).
  let reach = new Array<boolean>(text.length + 1).fill(false);
  reach[0] = true;
  for (const token of tokens) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    if (token === "**" || token === "*") {
      for (let j = 0; j <= text.length; j++) {
        if (reach[j]) next[j] = true;
        else if (j > 0 && next[j - 1] && (token === "**" || text[j - 1] !== separator)) next[j] = true;
      }
    } else {
      for (let j = 1; j <= text.length; j++) next[j] = reach[j - 1] && text[j - 1] === token;
    }
    reach = next;
  }
  if (reach[text.length]) return true;
  if (!prefix) return false;
  const endsInStar = tokens.at(-1) === "*" || tokens.at(-1) === "**";
  for (let j = 0; j < text.length; j++) {
    if (reach[j] && (endsInStar || text[j] === separator || text[j] === "?" || text[j] === "#" || tokens.at(-1) === separator)) return true;
  }
  return false;
}

// A host name with at least one dot and a path, not part of an address or a longer word.
const BARE_HOST = /(?<![\w@./:\\-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]/gi;
// file:// and the network-share schemes (smb://fileserver/cases/...): only the company network reaches them.
const FILE_URL = /\b(?:file|smb|afp|nfs|cifs):\/\/[^\s<>"'`]+/gi;

// \\server\share: a Windows file share, which only the company network reaches.
const UNC_PATH = /(?<![\w\\])\\\\[A-Za-z0-9][\w.-]{0,62}\\[^\s\\]/g;
// S:\Vertrieb\Kunden\...: a path on a drive letter, a folder on the sender's computer or network drive.
const DRIVE_PATH = /(?<![\w\\:/])[A-Za-z]:\\[^\s\\]+\\[^\s\\]/g;

/** Whether a span array is sorted by start (a Draft's is): looked at once per array. */
const sortedByStart = new WeakMap<readonly Span[], boolean>();

const startsAtOrAfter = (span: Span, offset: number) => span.start >= offset;
const startsAfter = (span: Span, offset: number) => span.start > offset;

/**
 * The spans that may lie within [from, to), in their order: those starting there. A reply thread
 * has a zone and thousands of quote-marker spans per quoted message, and reading every span for
 * every zone made internal-content quadratic (a 5 MB thread: 20 of its 34 s of CPU).
 */
export function spansFrom(spans: readonly Span[], from: number, to: number): readonly Span[] {
  let sorted = sortedByStart.get(spans);
  if (sorted === undefined) {
    sorted = spans.every((span, i) => i === 0 || spans[i - 1].start <= span.start);
    sortedByStart.set(spans, sorted);
  }
  if (!sorted) return spans;
  return spans.slice(firstIndexWhere(spans, startsAtOrAfter, from), firstIndexWhere(spans, startsAfter, to));
}

// Second-level labels under a country code that are no one's name ("co.uk", "com.au").
const GENERIC_SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "gv", "or", "ne", "edu", "ltd", "plc"]);
// Mail providers: a reader writing from one names no organisation of their own.
const MAIL_PROVIDERS = new Set(["gmail", "googlemail", "gmx", "web", "t-online", "aon", "bluewin", "outlook", "hotmail", "live", "yahoo", "icloud", "mail", "posteo", "freenet", "arcor", "protonmail", "proton", "mailbox", "zoho", "aol", "btinternet", "sky", "orange", "free", "wanadoo", "libero", "kabelmail"]);

/**
 * The name of the reader's organisation in each external address's domain: "holt-retail" for
 * karen@holt-retail.example, "nordic-home" for returns@nordic-home.co.uk; none for mail providers.
 */
export function organisationLabels(addresses: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const address of addresses) {
    const parts = address.slice(address.lastIndexOf("@") + 1).toLowerCase().split(".");
    parts.pop();
    if (parts.length > 1 && GENERIC_SECOND_LEVEL.has(parts.at(-1)!)) parts.pop();
    const name = parts.at(-1);
    if (name && name.length >= 4 && !MAIL_PROVIDERS.has(name)) labels.add(name);
  }
  return labels;
}

/**
 * A host named after the reader's organisation is theirs, not ours: their intranet they sent
 * the link to ("intranet.holt-retail.local"), their instance of our service
 * ("autohaus-engel.elbwerk-software.de/admin").
 */
function isReadersHost(host: string, readerLabels: ReadonlySet<string>): boolean {
  if (readerLabels.size === 0 || !host) return false;
  for (const label of host.split(".")) if (readerLabels.has(label)) return true;
  return false;
}

// The reader's own machine or network named on the link's line: "Open http://localhost:8080 in your
// browser", "the server at 192.168.1.10 in your network", "Rufen Sie auf Ihrem Rechner http://nas/ auf".
// German "Ihr..." with a capital only: "ihrem Rechner" is hers.
const READERS = /(?<!\p{L})(?:your|Your|YOUR|Ihre[mnrs]?|Ihr)[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?/gu;
const MACHINE_ADJECTIVES = new Set(["own", "local", "eigenen", "eigene", "eigenes", "eigener", "lokalen", "lokale", "lokales", "lokaler"]);
const MACHINES = new Set(["browser", "server", "network", "netzwerk", "computer", "rechner", "pc", "laptop", "router", "machine", "device", "gerät", "firewall", "nas", "lan", "wlan", "wifi", "intranet", "installation"]);

/** Looked at up to this far on each side of a link, within its line (a line may be megabytes long). */
const MACHINE_REACH = 160;

function onReadersMachine(prose: string, at: number): boolean {
  const window = prose.slice(Math.max(0, at - MACHINE_REACH), at + MACHINE_REACH);
  const offset = at - Math.max(0, at - MACHINE_REACH);
  const lineStart = window.lastIndexOf("\n", offset) + 1;
  const newline = window.indexOf("\n", offset);
  const line = window.slice(lineStart, newline < 0 ? window.length : newline);
  for (const [, first, second] of line.matchAll(READERS)) {
    const noun = MACHINE_ADJECTIVES.has(first.toLowerCase()) && second ? second : first;
    if (MACHINES.has(noun.toLowerCase())) return true;
  }
  return false;
}

/** Internal links in body offsets [from, to): URL spans, then share paths in the prose. */
export function findInternalLinks(
  draft: Pick<Draft, "body" | "prose" | "spans">,
  from: number,
  to: number,
  internalDomains: readonly string[],
  internalHosts: readonly string[],
  readerLabels: ReadonlySet<string> = new Set(),
): InternalLink[] {
  const links: InternalLink[] = [];
  const theirs = (host: string, reason: InternalLinkReason, at: number) =>
    reason !== "configured" && (isReadersHost(host, readerLabels) || onReadersMachine(draft.prose, at));
  for (const span of spansFrom(draft.spans, from, to)) {
    if (span.kind !== "url" || span.start < from || span.end > to) continue;
    const text = draft.body.slice(span.start, span.end);
    const { host, path } = splitUrl(text);
    const reason = internalLinkReason(host, path, internalDomains, internalHosts);
    if (reason && !theirs(host, reason, span.start)) links.push({ start: span.start, end: span.end, text, host, reason });
  }
  const slice = draft.prose.slice(from, to);
  // A host written without "http://" or "www." is no URL span: "intranet.laden.example/kunden".
  // Only hosts that cannot be public count here (a file name "bericht.pdf" is no host).
  // (Each pattern needs a character most texts lack: checked first, as the URL spans are blanked in the prose.)
  for (const match of slice.includes("/") ? slice.matchAll(BARE_HOST) : []) {
    const start = from + match.index!;
    const text = draft.body.slice(start, start + match[0].length);
    const { host, path } = splitUrl(text);
    const reason = internalLinkReason(host, path, internalDomains, internalHosts);
    if (reason && !theirs(host, reason, start)) links.push({ start, end: start + match[0].length, text, host, reason });
  }
  // file:///S:/Kunden/...: a file on the sender's computer or network drive.
  for (const match of slice.includes(":") ? slice.matchAll(FILE_URL) : []) {
    const start = from + match.index!;
    links.push({ start, end: start + match[0].length, text: draft.body.slice(start, start + match[0].length), host: "", reason: "non-public-name" });
  }
  for (const match of slice.includes("\\\\") ? slice.matchAll(UNC_PATH) : []) {
    const start = from + match.index!;
    let end = start + match[0].length;
    while (end < to && !/\s/.test(draft.prose[end])) end++;
    const text = draft.body.slice(start, end);
    const host = text.slice(2).split("\\")[0].toLowerCase();
    if (!theirs(host, "non-public-name", start)) links.push({ start, end, text, host, reason: "non-public-name" });
  }
  for (const match of slice.includes(":\\") ? slice.matchAll(DRIVE_PATH) : []) {
    const start = from + match.index!;
    let end = start + match[0].length;
    while (end < to && !/\s/.test(draft.prose[end])) end++;
    if (/[.,;:!?)]/.test(draft.prose[end - 1])) end--;
    links.push({ start, end, text: draft.body.slice(start, end), host: "", reason: "non-public-name" });
  }
  return links.sort((a, b) => a.start - b.start);
}
