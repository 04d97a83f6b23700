/**
 * Hiding the API key by construction. Every form the key may travel in is computed once, from
 * the key, when the client is built: one test decides cheaply whether a text may hold any of
 * them (most texts hold none), and only then are they searched for and replaced.
 *
 * The forms: as is; JSON-escaped to any depth (also with `\/` and `\u00XX` escapes); percent-
 * encoded byte by byte in any case and any selection of bytes (UTF-8 or Latin-1, `+` for a space);
 * HTML entities (decimal, hex, and `&quot;` `&amp;` `&lt;` `&gt;` `&apos;`); hex of its bytes in
 * any case; base64 and base64url at each of the 3 alignments it can have inside a larger blob;
 * Latin-1 bytes read as UTF-8, and UTF-8 bytes read as Latin-1.
 */

/** Removes the key from `text`; given `max`, cuts the result to about `max` characters after. */
export type Redact = (text: string, max?: number) => string;

const MARK = '[redacted]';
// Characters no encoder touches (unreserved in URLs, plain in JSON and HTML): a key's longest run
// of them shows as is in every per-character form but the ones that encode every byte.
const PLAIN_RUN = /[A-Za-z0-9._~-]+/g;
// A cut leaving fewer characters of the key than this leaves nothing recognisable.
const PIECE = 4;
const LONGEST = 4096;
// base64 and base64url differ in two characters.
const ALPHABETS: Record<string, string> = { '+': '[+-]', '-': '[+-]', '/': '[/_]', _: '[/_]' };
const NAMED: Record<string, string> = { '"': 'quot', '&': 'amp', '<': 'lt', '>': 'gt', "'": 'apos', '\u00a0': 'nbsp' };

export function redactor(key: string | undefined): Redact {
  if (!key) return (text, max) => limit(text, max, []);
  // Only an app's own client can send a key this long (ours refuses it): found as is, cheaply.
  if (key.length > LONGEST) return (text, max) => limit(text.split(key).join(MARK), max, [key]);
  const utf8 = new TextEncoder().encode(key);
  const latin1 = [...key].every((char) => char.charCodeAt(0) <= 0xff) ? Uint8Array.from(key, (char) => char.charCodeAt(0)) : utf8;
  const byteForms = sameBytes(utf8, latin1) ? [utf8] : [utf8, latin1];
  const base64 = unique(byteForms.flatMap((bytes) => [0, 1, 2].flatMap((align) => base64Forms(bytes, align))));
  // Case matters in these: replaced as exact strings, longest first.
  const exact = unique([...base64, new TextDecoder().decode(latin1), String.fromCharCode(...utf8)])
    .filter((form) => form !== key && form.length >= 8)
    .sort((a, b) => b.length - a.length);
  // Case-blind: the hex digits and escapes; that the key's letters match in either case only hides more.
  const pattern = new RegExp([charsPattern(key), ...byteForms.map(hexOf)].join('|'), 'gi');
  const anchor = key.match(PLAIN_RUN)?.sort((a, b) => b.length - a.length)[0] ?? '';
  const suspect = anchor ? suspectPattern(anchor, base64) : undefined;
  // What a cut could leave of the key at the end of a quote: the start of a form kept whole.
  const starts = unique([key, JSON.stringify(key).slice(1, -1), ...exact]);
  return (text, max) => {
    if (suspect === undefined || suspect.test(text)) {
      for (const form of exact) if (text.includes(form)) text = text.split(form).join(MARK);
      text = text.replace(pattern, MARK);
    }
    return limit(text, max, starts);
  };
}

function limit(text: string, max: number | undefined, starts: readonly string[]): string {
  return max === undefined || text.length <= max ? text : cut(text, max, starts);
}

/** `headers`, or a copy with the key removed from the values that held it. */
export function redactHeaders(headers: Headers, redact: Redact): Headers {
  let copy: Headers | undefined;
  headers.forEach((value, name) => {
    const clean = redact(value);
    if (clean !== value) (copy ??= new Headers(headers)).set(name, clean);
  });
  return copy ?? headers;
}

/**
 * `text` cut to `max` characters, without a piece of the key at the cut: when its end is the
 * start of a form of the key (a partial echo that only the cut made short), that piece is dropped.
 */
function cut(text: string, max: number, starts: readonly string[]): string {
  let kept = text.slice(0, max);
  for (const form of starts) {
    const from = Math.max(0, kept.length - form.length + 1);
    for (let at = kept.indexOf(form[0]!, from); at !== -1 && at <= kept.length - PIECE; at = kept.indexOf(form[0]!, at + 1)) {
      if (form.startsWith(kept.slice(at))) {
        kept = kept.slice(0, at);
        break;
      }
    }
  }
  return `${kept}…`;
}

/** One test that every text holding a form of the key passes: the plain run, or its encodings. */
function suspectPattern(anchor: string, base64: readonly string[]): RegExp {
  const head = [...anchor.slice(0, 4)];
  const code = (char: string) => char.charCodeAt(0);
  const alternatives = [
    escape(anchor),
    // Percent-encoded, JSON \u-escaped (at any depth) and HTML numeric entities, every character.
    head.map((char) => `%${hexDigits(code(char))}`).join(''),
    // Each backslash run is preceded by a literal start, so a long run is scanned once, not once per backslash.
    head.map((char, i) => `${i === 0 ? '\\\\' : '\\\\+'}u00${hexDigits(code(char))}`).join(''),
    head.map((char) => `&#(?:0*${code(char)}|[xX]0*${hexDigits(code(char))});`).join(''),
    // Hex of the bytes: the plain run's bytes are in it.
    [...anchor.slice(0, 8)].map((char) => hexDigits(code(char))).join(''),
    // The base64 forms: their first 12 characters (std and url alphabets alike).
    ...unique(base64.map((form) => Array.from(form.slice(0, 12), (char) => ALPHABETS[char] ?? char).join(''))),
  ];
  return new RegExp(alternatives.join('|'));
}

/**
 * Matches the key with each character in any of its per-character spellings. Every run of
 * backslashes (JSON escaping, at any depth) is taken whole: a lookahead captures it and a
 * backreference consumes it, so nothing backtracks into it, and none starts inside another run.
 * A hostile text of a million backslashes then costs its length, not its square. A run of
 * backslashes in the key is one run in the pattern, whatever its length.
 */
function charsPattern(key: string): string {
  let group = 0;
  const run = () => `(?<!\\\\)(?=(\\\\+))\\${++group}`;
  const utf8 = new TextEncoder();
  const parts: string[] = [];
  let previous = '';
  for (const char of key) {
    if (char === '\\' && previous === '\\') continue;
    previous = char;
    const code = char.charCodeAt(0);
    const hex = code.toString(16);
    const spellings = [`${run()}u0*${hex}`, `&#0*${code};`, `&#x0*${hex};`];
    spellings.push(char === '\\' ? run() : escape(char));
    spellings.push(Array.from(utf8.encode(char), (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
    if (code > 0x7f && code <= 0xff) spellings.push(`%${hex}`, '\uFFFD', escape(String.fromCharCode(...utf8.encode(char))));
    if (char === '"' || char === '/') spellings.push(`${run()}${escape(char)}`);
    if (char === ' ') spellings.push('\\+');
    if (NAMED[char]) spellings.push(`&${NAMED[char]};`);
    parts.push(`(?:${spellings.join('|')})`);
  }
  return parts.join('');
}

/** Hex of `bytes` (matched in either case: the pattern is case-blind). */
function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The base64 and base64url characters of `bytes` that stay the same wherever they sit in a
 * larger blob whose length before them is `align` (mod 3): the characters at the edges also
 * carry bits of the neighbouring bytes, so they are left out.
 */
function base64Forms(bytes: Uint8Array, align: number): string[] {
  const padded = new Uint8Array(align + bytes.length);
  padded.set(bytes, align);
  const all = btoa(String.fromCharCode(...padded));
  const first = Math.ceil((8 * align) / 6);
  const end = Math.floor((8 * (align + bytes.length)) / 6);
  const std = all.slice(first, end);
  return [std, std.replace(/\+/g, '-').replace(/\//g, '_')];
}

function hexDigits(code: number): string {
  return Array.from(code.toString(16).padStart(2, '0'), (digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join(
    '',
  );
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A deep copy of JSON-shaped data with its strings and keys redacted; `Date`s stay `Date`s. */
export function redactedCopy(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((item) => redactedCopy(item, redact));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[redact(key)] = redactedCopy(item, redact);
  return copy;
}
