// Text from an HTML-only message, rendered by postal-mime itself.
//
// postal-mime renders HTML as text only for a message that also has a text/plain part, and
// its htmlToText is not exported. So the message is parsed once more as the second part of
// a multipart/mixed whose first part is an empty text/plain: postal-mime then joins that
// empty text and the HTML part's text with "\n", and the HTML's text is what follows it.

import PostalMime from "postal-mime";

/** A boundary that occurs nowhere in the message. */
function uniqueBoundary(latin1: string): string {
  for (let attempt = 0; ; attempt++) {
    const boundary = `mail-lint-html-${attempt.toString(36)}-${latin1.length.toString(36)}`;
    if (!latin1.includes(boundary)) return boundary;
  }
}

export async function htmlBodyText(bytes: Uint8Array): Promise<string> {
  const boundary = uniqueBoundary(new TextDecoder("latin1").decode(bytes));
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain\r\n\r\n--${boundary}\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const wrapped = new Uint8Array(head.length + bytes.length + tail.length);
  wrapped.set(head, 0);
  wrapped.set(bytes, head.length);
  wrapped.set(tail, head.length + bytes.length);
  const text = (await PostalMime.parse(wrapped)).text ?? "";
  return text.startsWith("\n") ? text.slice(1) : text;
}
