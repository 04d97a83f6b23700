import { styleText } from 'node:util';
import { safeText, terminalJson } from './safe-text.js';
import { displayWidth, fitWidths, formatRow, header, idColumns, terminalWidth } from './table.js';

// Everything the CLI prints goes through here: tables and key/value views for people, plain JSON
// for scripts (--json), colour only on a terminal and never under NO_COLOR. Tables fit the
// terminal's width (table.ts) unless --wide.

export interface Output {
  json: boolean;
  /** Prints API objects: JSON when --json, else a table (arrays) or a key/value view. */
  result(value: unknown, columns?: string[]): void;
  /** A human line on stdout (suppressed under --json, whose stdout is for data only). */
  line(text: string): void;
  /** A notice on stderr. */
  note(text: string): void;
  table(rows: Record<string, unknown>[], columns: string[]): void;
  /**
   * A list printed as its pages arrive, so an API that keeps sending pages costs time, not memory:
   * the same JSON array `result` would print, or one table whose widths the first page sets.
   */
  list(columns: string[]): ListWriter;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  /** True when stderr is an interactive terminal: progress bars render there. */
  interactive: boolean;
  /** The columns lines should fit: undefined with --wide or a pipe, which get every character. */
  width: number | undefined;
}

export interface ListWriter {
  /** Prints these items; resolves once stdout has taken them (a slow reader slows the walk). */
  add(items: readonly unknown[]): Promise<void>;
  end(): Promise<void>;
}

export function colourEnabled(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function createOutput(json: boolean, wide = false): Output {
  const limit = wide ? undefined : terminalWidth();
  const cut = limit !== undefined;
  const widthsOf = (cols: string[], cells: string[][]) =>
    fitWidths(
      naturalWidths(cols, cells),
      limit,
      cols.map((c) => header(c).length),
      idColumns(cols),
    );
  const headerRow = (cols: string[], widths: number[]) => out.bold(formatRow(cols.map(header), widths, cut));
  const colour = colourEnabled(process.stdout);
  const noteColour = colourEnabled(process.stderr);
  const style = (format: Parameters<typeof styleText>[0]) => (text: string) => (colour ? styleText(format, text) : text);
  const out: Output = {
    json,
    interactive: Boolean(process.stderr.isTTY) && !json,
    width: limit,
    bold: style('bold'),
    dim: style('dim'),
    red: style('red'),
    green: style('green'),
    result(value, columns) {
      if (json) return void process.stdout.write(`${terminalJson(value, 2)}\n`);
      if (Array.isArray(value)) return out.table(value as Record<string, unknown>[], columns ?? defaultColumns(value));
      out.table(
        Object.entries(flatten(value)).map(([field, v]) => ({ field, value: v })),
        ['field', 'value'],
      );
    },
    line(text) {
      if (!json) process.stdout.write(`${text}\n`);
    },
    note(text) {
      // Styles follow stdout; a note goes to stderr, which may be a log file while stdout is a terminal.
      // eslint-disable-next-line no-control-regex
      process.stderr.write(`${colour && !noteColour ? text.replace(/\x1b\[[\d;]*m/g, '') : text}\n`);
    },
    table(rows, cols) {
      if (rows.length === 0) return out.line(out.dim('(none)'));
      const cells = cellsOf(rows, cols);
      const widths = widthsOf(cols, cells);
      out.line(headerRow(cols, widths));
      for (const row of cells) out.line(formatRow(row, widths, cut));
    },
    list(cols) {
      let count = 0;
      let widths: number[] | undefined;
      return {
        async add(items) {
          let text = '';
          if (json) {
            // Each item as JSON.stringify(items, null, 2) would place it: one level in, comma-led.
            for (const item of items) text += `${count++ ? ',' : '['}\n  ${terminalJson(item, 2).replaceAll('\n', '\n  ')}`;
          } else if (items.length) {
            const cells = cellsOf(items as Record<string, unknown>[], cols);
            if (!widths) text += `${headerRow(cols, (widths = widthsOf(cols, cells)))}\n`;
            for (const row of cells) text += `${formatRow(row, widths, cut)}\n`;
            count += items.length;
          }
          if (text) await write(text);
        },
        async end() {
          if (json) await write(count ? '\n]\n' : '[]\n');
          else if (!count) out.line(out.dim('(none)'));
        },
      };
    },
  };
  return out;
}

/** Writes to stdout and waits for it to drain when its buffer is full (or to close: EPIPE ends the run). */
function write(text: string): Promise<void> {
  const stdout = process.stdout;
  if (stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stdout.off('drain', done).off('close', done);
      resolve();
    };
    stdout.once('drain', done).once('close', done);
  });
}

function cellsOf(rows: Record<string, unknown>[], cols: string[]): string[][] {
  return rows.map((r) => cols.map((c) => cell(pick(r, c))));
}

function naturalWidths(cols: string[], cells: string[][]): number[] {
  return cols.map((c, i) => Math.max(header(c).length, ...cells.map((row) => displayWidth(row[i]!))));
}

function defaultColumns(rows: unknown[]): string[] {
  const first = rows[0];
  if (!first || typeof first !== 'object') return ['value'];
  return Object.keys(first).filter((k) => {
    const v = (first as Record<string, unknown>)[k];
    return v === null || typeof v !== 'object' || v instanceof Date;
  });
}

/** Nested objects as dotted keys, so a key/value view shows everything on one level. */
function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || value instanceof Date) {
    into[prefix || 'value'] = value;
    return into;
  }
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    into[prefix] = value.join(', ');
    return into;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (k === 'metadata') into[key] = v === null ? null : JSON.stringify(v);
    else flatten(v, key, into);
  }
  return into;
}

function pick(row: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row);
}

/** One table cell: API text made safe for a terminal, lists and small objects summarised on one line. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '-';
  // To the minute, in UTC: what a person scans a list for, in 17 columns rather than 24 (--json has it all).
  if (value instanceof Date) return `${value.toISOString().slice(0, 16).replace('T', ' ')}Z`;
  if (typeof value === 'string') return safeText(value);
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map((v) => cell(label(v))).join(',');
  return safeText(JSON.stringify(value) ?? '-');
}

/** What names an expanded object in a one-line cell: an output's key, a source's label, else its id. */
function label(value: unknown): unknown {
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const o = value as Record<string, unknown>;
  if ('startTime' in o && 'endTime' in o) return `${String(o.startTime)}:${String(o.endTime)}`;
  // An output's key is its output type: printed as --outputs takes it (MAIN_FBX, not main_fbx).
  if (typeof o.key === 'string') return o.key.toUpperCase();
  return o.deviceLabel ?? o.name ?? o.id ?? o;
}

/** Bytes in SI units, as disks and networks count them: 300000 is 300 kB, 2100000 is 2.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let n = bytes / 1000;
  let i = 0;
  // 999_950 rounds to "1000 kB" at one decimal: move up a unit before rounding shows it.
  while (n >= 999.5 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${n < 9.95 ? n.toFixed(1) : Math.round(n)} ${units[i]}`;
}
