import { InvalidArgumentError, type Command } from 'commander';
import { schemaEnums } from '../../documents.js';
import type { MoveUgc, Page, PagePromise } from '../../index.js';
import type { Output } from '../output.js';
import { contextFor, json, list, positiveInt, UsageError } from '../context.js';
import { safeText } from '../safe-text.js';
import { displayWidth } from '../table.js';

/** Options every `list` command takes. */
export interface ListOptions {
  limit?: number;
  nextToken?: string;
  sort?: string;
  all?: boolean;
  expand?: string[];
}

export function withListOptions(command: Command, expandable: string): Command {
  return command
    .option('--limit <n>', 'page size', positiveInt('--limit'))
    .option('--next-token <token>', 'continue from an earlier page')
    .option('--sort <order>', 'asc or desc (default: newest first)', sortOrder)
    .option('--all', 'every page, not just the first')
    .option('--expand <fields>', expandable, list);
}

export function listParams(o: ListOptions) {
  return {
    ...(o.limit ? { limit: o.limit } : {}),
    ...(o.nextToken ? { nextToken: o.nextToken } : {}),
    ...(o.sort ? { sortBy: o.sort as 'ASC' | 'DESC' } : {}),
    ...(o.expand ? { expand: o.expand as never[] } : {}),
  };
}

/**
 * The table columns for a list: the usual ones plus one per `--expand` field, so expanding shows
 * something. `shown` picks the part of an expanded object that fits a cell (`take` -> `take.id`).
 */
export function listColumns(base: string[], expand: string[] | undefined, shown: Record<string, string>): string[] {
  return [...base, ...(expand ?? []).map((field) => shown[field] ?? field)];
}

/** Prints one page (with the token for the next) or, with --all, every item of every page. */
export async function printList<T>(out: Output, pages: PagePromise<T>, all: boolean | undefined, columns: string[]): Promise<void> {
  if (all) {
    const list = out.list(columns);
    for await (const page of pages.pages()) await list.add(page.items);
    return list.end();
  }
  const page: Page<T> = await pages;
  if (out.json) return out.result(page);
  out.result(page.items, columns);
  if (page.nextToken) for (const line of continuation(page.nextToken, out.width)) out.line(line);
}

/**
 * The option that fetches the next page, to paste into a POSIX shell: the token is server text,
 * so it is single-quoted with each `'` closed, escaped and reopened, and printed only if it would
 * reach the terminal unchanged (a token with controls stripped would fetch a different page).
 * The option is pasted whole, so it is never cut: when `more: <option>` is wider than the terminal,
 * the option gets a line of its own. That line fits unless the token alone is too wide, which no
 * layout can help: the sandbox's cursors (AWSJSON naming a job id and a time) take 89 columns.
 */
export function continuation(token: string, width: number | undefined): string[] {
  if (safeText(token) !== token) return ['more: the next-page cursor has characters a terminal cannot show; see --json'];
  const option = `--next-token '${token.replaceAll("'", "'\\''")}'`;
  const line = `more: ${option}`;
  if (width === undefined || displayWidth(line) <= width) return [line];
  return ['more: for the next page, add this option:', option];
}

function sortOrder(value: string): string {
  return enumValue('--sort', schemaEnums.SortDirection, value);
}

/**
 * An enum value in any case (`main_fbx`, `Main_Fbx`), returned in the API's one spelling
 * (`MAIN_FBX`), which is also how the CLI prints it.
 */
export function enumValue<T extends string>(option: string, values: readonly T[], value: string): T {
  const upper = value.trim().toUpperCase() as T;
  if (values.includes(upper)) return upper;
  throw new InvalidArgumentError(`${option}: ${value} is not one of ${values.join(', ')} (any case)`);
}

/** A comma list of enum values, e.g. `--outputs main_fbx,render_video`. */
export function enumList<T extends string>(option: string, values: readonly T[]) {
  return (value: string): T[] => list(value).map((v) => enumValue(option, values, v));
}

/** `--source fileId[:FORMAT[:deviceLabel[:lens]]]`, repeatable. */
export function source(value: string, previous: SourceOption[] = []): SourceOption[] {
  const [fileId, format = 'MP4', deviceLabel = `camera-${previous.length + 1}`, lens] = value.split(':');
  if (!fileId) throw new InvalidArgumentError(`--source must be fileId[:FORMAT[:label[:lens]]], got ${value}`);
  return [
    ...previous,
    {
      fileId,
      format: enumValue('--source format', schemaEnums.SourceFormat, format),
      deviceLabel,
      ...(lens ? { cameraSettings: { lens } } : {}),
    },
  ];
}

export interface SourceOption {
  fileId: string;
  format: 'MP4' | 'MOV' | 'AVI' | 'MOVE';
  deviceLabel: string;
  cameraSettings?: { lens: string };
}

/** `start:end` in seconds. */
export function window(option: string) {
  return (value: string): { startTime: number; endTime: number } => {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value);
    if (!m) throw new InvalidArgumentError(`${option} must be start:end in seconds, e.g. 1.5:10, got ${value}`);
    if (Number(m[2]) <= Number(m[1])) throw new InvalidArgumentError(`${option} must end after it starts, got ${value}`);
    return { startTime: Number(m[1]), endTime: Number(m[2]) };
  };
}

/** Keeps only the options the user gave, so the SDK sees exactly what was asked. */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Retrieve = (params: { id: string; expand?: never[] }, options: { signal: AbortSignal }) => Promise<unknown>;
type Update = (params: { id: string; name?: string; metadata?: never }, options: { signal: AbortSignal }) => Promise<unknown>;

/** `<noun> get <id> [--expand …]`, the same for every resource. */
export function addGet(parent: Command, noun: string, expandable: string, retrieve: (ugc: MoveUgc) => Retrieve): void {
  parent
    .command('get <id>')
    .description(`show one ${noun}`)
    .option('--expand <fields>', expandable, list)
    .action(async (id: string, o: { expand?: never[] }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await retrieve(ugc)({ id, ...given({ expand: o.expand }) }, { signal }));
    });
}

/** `<noun> update <id> [--name] [--metadata]`, the same for every resource. */
export function addUpdate(parent: Command, noun: string, update: (ugc: MoveUgc) => Update): void {
  parent
    .command('update <id>')
    .description(`rename a ${noun} or replace its metadata`)
    .option('--name <name>', 'new name')
    .option('--metadata <json>', 'replaces the metadata; {} clears it', json('--metadata'))
    .action(async (id: string, o: { name?: string; metadata?: unknown }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      if (o.name === undefined && o.metadata === undefined) throw new UsageError('give --name and/or --metadata');
      out.result(await update(ugc)({ id, ...given({ name: o.name, metadata: o.metadata as never }) }, { signal }));
    });
}
