// File names as the terminal formats print them. A name may hold control characters (an escape
// sequence that recolours or clears the terminal, a line break that makes one finding look like
// two files): they are printed as escapes ("\x1b", "\n"), so the name reads as written and
// nothing in it acts on the terminal. Bidirectional controls, which reorder what is shown, too.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function printablePath(name: string): string {
  return name.replace(CONTROL, (ch) => NAMED[ch] ?? escapeCode(ch.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
