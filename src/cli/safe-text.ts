// Text from the API (names, ids, states, error messages) reaches a person's terminal. A terminal
// obeys escape sequences anywhere in its input, so a hostile or broken server could retitle the
// window, clear the screen, plant a hyperlink or hide text. Everything the API says is passed
// through `safeText` before it is printed for people; `--json` output is JSON-escaped instead.

// ESC [ … final (CSI), ESC ] … BEL or ST (OSC, e.g. titles and OSC 8 links), ESC P/X/^/_ … ST (DCS,
// SOS, PM, APC), their 8-bit forms, then any two-byte ESC sequence.
const SEQUENCES = new RegExp(
  [
    '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?',
    '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[\\s\\S]*?(?:\\x07|\\x1b\\\\|\\x9c|$)',
    '\\x1b[\\x20-\\x7e]?',
  ].join('|'),
  'g',
);
// DEL and the C1 controls, the bidirectional marks, embeddings, overrides and isolates that reorder
// what is shown, invisible characters that hide where text differs (zero-width space and joiners,
// the byte-order mark) and the Unicode line and paragraph separators.
const INVISIBLE = '\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff';
// Those and the C0 controls, for text shown to people.
const CONTROLS = new RegExp(`[\\x00-\\x1f${INVISIBLE}]`, 'g');
// Those as `\uXXXX` inside JSON strings: still the exact value once parsed, but inert on a
// terminal (JSON.stringify escapes the C0 controls itself).
const JSON_UNSAFE = new RegExp(`[${INVISIBLE}]`, 'g');

/** `JSON.stringify` with every character that could act on a terminal escaped. */
export function terminalJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

let secret: string | undefined;

/** The key this run uses: `safeText` removes it from what it cleans (see there). */
export function hideInText(key: string | undefined): void {
  secret = key?.trim() || undefined;
}

/**
 * The text with every escape sequence removed and other control characters shown as spaces. The
 * key goes last: a server may echo it broken up by a zero-width space or an escape sequence, which
 * the library's redaction cannot match and removing those characters here would join up again.
 */
export function safeText(text: string): string {
  const clean = text.replace(SEQUENCES, '').replace(CONTROLS, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
  return secret && clean.includes(secret) ? clean.split(secret).join('[redacted]') : clean;
}
