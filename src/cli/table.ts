// Tables sized for the terminal they land on: a row wider than the screen wraps into a jumble, so
// cells are cut (with an ellipsis) to fit, widest columns first; `--wide` turns this off.

/**
 * The width to fit: COLUMNS when set (a user or test asking for a width), else the terminal's.
 * Undefined when stdout is no terminal: a script reading a pipe or file gets every character.
 */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number | undefined {
  const columns = Number(process.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return stream.isTTY && stream.columns > 0 ? stream.columns : undefined;
}

// East Asian wide and fullwidth blocks and emoji take two cells; combining marks take none.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{Mn}\p{Me}]/u;

function charWidth(char: string): number {
  if (ZERO.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/** Columns a string takes on a terminal (text already free of escape sequences). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The text cut to at most `width` columns, ending in `…` when anything was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** The text padded with spaces to `width` columns. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export const GAP = 2;
// Narrower than this a column shows too little to be worth keeping whole-width neighbours for.
const MIN_COLUMN = 4;

/**
 * Column widths that fit `limit` (when given): the widest column gives up one column at a time,
 * so short columns (states, counts) stay whole while long ones (names, dates) are cut. A column
 * is cut no narrower than its header while ids can still give; ids (`keep`), which people copy,
 * are cut only after that; headers are cut last.
 */
export function fitWidths(natural: number[], limit: number | undefined, floors: number[], keep: ReadonlySet<number> = new Set()): number[] {
  const widths = [...natural];
  if (limit === undefined) return widths;
  let total = widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const all = widths.map((_, i) => i);
  const others = all.filter((i) => !keep.has(i));
  const headerFloor = (i: number) => Math.max(MIN_COLUMN, floors[i]!);
  for (const [pool, floor] of [
    [others, headerFloor],
    [[...keep], headerFloor],
    [all, () => MIN_COLUMN],
  ] as const) {
    while (total > limit) {
      const open = pool.filter((i) => widths[i]! > floor(i));
      if (!open.length) break;
      const widest = open.reduce((best, i) => (widths[i]! > widths[best]! ? i : best));
      widths[widest]!--;
      total--;
    }
  }
  return widths;
}

/**
 * One row: each cell padded to its width, trailing spaces dropped. With `cut`, a longer cell is cut
 * to it; without (--wide, or a pipe), it is whole and pushes the rest of its row right.
 */
export function formatRow(row: string[], widths: number[], cut: boolean): string {
  return row
    .map((v, i) => pad(cut ? truncate(v, widths[i]!) : v, widths[i]!))
    .join(' '.repeat(GAP))
    .trimEnd();
}

// Headers a person reads: `progress.percentageComplete` is PROGRESS, `take.id` is TAKE.
const LABELS: Record<string, string> = { 'inputs.numberOfActors': 'actors', takeType: 'type', areaType: 'area' };

export function header(path: string): string {
  return (LABELS[path] ?? path.split('.')[0]!).toUpperCase();
}

/** Columns that hold ids: cut last, since a cut id cannot be pasted into the next command. */
export function idColumns(paths: string[]): Set<number> {
  return new Set(paths.flatMap((p, i) => (p === 'id' || p.endsWith('.id') ? [i] : [])));
}
