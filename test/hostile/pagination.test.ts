import { afterEach, describe, expect, test } from 'vitest';
import { MoveUgc, ResponseError, type PagePromise } from '../../src/index.js';
import { MAX_EMPTY_PAGES } from '../../src/core/pagination.js';
import { json, startFaultServer, type Fault, type FaultServer } from '../helpers/fault-server.js';

// A hostile API on 127.0.0.1 whose cursors do not advance: it answers with the cursor it was
// given, or one it gave before. Walking the list must fail with ResponseError after at most one
// repeated page, instead of walking the same pages forever.

const KEY = 'test-key-0123456789';
const CREATED = '2026-01-01T00:00:00.000Z';
const base = { name: null, created: CREATED, metadata: null };
const ITEMS = {
  listJobs: (id: string) => ({ id, ...base, state: 'RUNNING', progress: null }),
  listTakes: (id: string) => ({ id, ...base, takeType: 'SINGLE_CAM', syncMethod: null }),
  listVolumes: (id: string) => ({ id, ...base, areaType: 'NORMAL', humanHeight: 1.8, state: 'RUNNING', progress: null }),
};
type ListField = keyof typeof ITEMS;
const LISTS: { field: ListField; list: (ugc: MoveUgc, nextToken?: string) => PagePromise<{ id: string }> }[] = [
  { field: 'listJobs', list: (u, nextToken) => u.jobs.list(nextToken ? { nextToken } : {}) },
  { field: 'listTakes', list: (u, nextToken) => u.takes.list(nextToken ? { nextToken } : {}) },
  { field: 'listVolumes', list: (u, nextToken) => u.volumes.list(nextToken ? { nextToken } : {}) },
];

/** A page of `field` holding one item `id`, whose next cursor is `after` (raw AWSJSON text, or null). */
const page = (field: ListField, id: string, after: string | null): Fault =>
  json(200, { data: { [field]: { first: 1, after, items: [ITEMS[field](id)] } } });

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function against(script: Fault[]): Promise<MoveUgc> {
  server = await startFaultServer(script);
  return new MoveUgc({ apiKey: KEY, endpoint: server.url, maxRetries: 0, timeoutMs: 5_000 });
}

/** Walks the list with `for await`, collecting ids, and returns them with how the walk ended. */
async function walk(pages: AsyncIterable<{ id: string }>): Promise<{ ids: string[]; err: unknown }> {
  const ids: string[] = [];
  try {
    for await (const item of pages) ids.push(item.id);
    return { ids, err: undefined };
  } catch (err) {
    return { ids, err };
  }
}

describe.each(LISTS)('$field', ({ field, list }) => {
  test('the same cursor back every time: ResponseError after one repeated request', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '"c1"')]);
    const { ids, err } = await walk(list(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect((err as ResponseError).message).toMatch(
      new RegExp(`^${field}: the API sent a next-page cursor it had already sent \\(4 characters\\)`),
    );
    expect(ids).toEqual(['a']);
    expect(server!.requests).toHaveLength(2);
  });

  test('a cycle of cursors (c1, c2, c1): ResponseError before the cycle repeats', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '"c1"'), page(field, 'b', '"c2"'), page(field, 'c', '"c1"')]);
    const { ids, err } = await walk(list(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(ids).toEqual(['a', 'b']);
    expect(server!.requests).toHaveLength(3);
  });

  test('the same cursor re-spaced and with its keys reordered: still a repeat', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '{"k":"c1","n":2}'), page(field, 'b', '{ "n": 2,  "k" : "c1" }')]);
    const { ids, err } = await walk(list(ugc));
    expect(err).toBeInstanceOf(ResponseError);
    expect(ids).toEqual(['a']);
    expect(server!.requests).toHaveLength(2);
  });

  test(
    'fresh cursors with empty pages forever: ResponseError after MAX_EMPTY_PAGES, never an endless walk',
    { timeout: 30_000 },
    async () => {
      let n = 0;
      const emptyPage: Fault = (res) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { [field]: { first: 1, after: JSON.stringify(`c${++n}`), items: [] } } }));
      const ugc = await against([page(field, 'a', '"c0"'), emptyPage]);
      const { ids, err } = await walk(list(ugc));
      expect(err).toBeInstanceOf(ResponseError);
      expect((err as ResponseError).message).toContain(`${MAX_EMPTY_PAGES} empty pages in a row`);
      expect(ids).toEqual(['a']);
      expect(server!.requests.length).toBeLessThanOrEqual(MAX_EMPTY_PAGES + 2);
    },
  );

  test('the cursor the caller gave, sent back: ResponseError after the first page', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '"c0"')]);
    const { ids, err } = await walk(list(ugc, '"c0"'));
    expect(err).toBeInstanceOf(ResponseError);
    expect(ids).toEqual([]);
    expect(server!.requests).toHaveLength(1);
  });

  test('pages() fails the same way', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '"c1"')]);
    const seen: number[] = [];
    const err = await (async () => {
      for await (const p of list(ugc).pages()) seen.push(p.items.length);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ResponseError);
    expect(seen).toEqual([1]);
  });

  test('cursors that advance are followed to the end (the check is not vacuous)', { timeout: 10_000 }, async () => {
    const ugc = await against([page(field, 'a', '"c1"'), page(field, 'b', '"c2"'), page(field, 'c', null)]);
    const { ids, err } = await walk(list(ugc));
    expect(err).toBeUndefined();
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(server!.requests).toHaveLength(3);
  });
});
