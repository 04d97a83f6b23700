/** Receives one finished debug line at a time. @internal */
export type Logger = (line: string) => void;

// Header values that are safe to print; every other value (the key, and any secret a caller adds
// in `headers`) is replaced, so a debug log can be pasted into a bug report as it is.
const PRINTABLE_HEADERS = new Set(['accept', 'content-type']);

/** Wraps a sink so every line is prefixed and has the key removed before the sink sees it. */
export function createLogger(sink: Logger, redact: (text: string) => string): Logger {
  return (line) => sink(redact(`move-ugc: ${line}`));
}

/** Request headers (a plain object) for a log line, values hidden except the harmless ones. */
export function describeHeaders(headers: unknown): string {
  if (!headers || typeof headers !== 'object') return '{}';
  const entries = Object.entries(headers as Record<string, unknown>);
  return `{${entries.map(([name, value]) => `${name}: ${PRINTABLE_HEADERS.has(name.toLowerCase()) ? String(value) : '[redacted]'}`).join(', ')}}`;
}
