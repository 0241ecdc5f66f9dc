import { buildDraft } from "../../src/draft.ts";
const enc = new TextEncoder();
for (const n of [10, 100, 1000]) {
let open = "", close = "";
for (let i = 0; i < n; i++) { open += `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`; close = `\r\n--b${i}--\r\n` + close; }
const bytes = enc.encode(`From: a@b.c\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n${open}--b${n}\r\nContent-Type: text/plain\r\n\r\nWe will send it soon.\r\n--b${n}--${close}`);
const t0 = performance.now();
const d = await buildDraft("x.eml", bytes, { internalDomains: [], internalOnlyRecipients: [] });
console.log(n, JSON.stringify(d.body.slice(0, 80)), (performance.now() - t0).toFixed(0));
}
