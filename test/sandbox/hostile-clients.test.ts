import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { data, post } from './raw.js';

// What a client of the sandbox can do to it with nothing but the API key, found by an adversarial
// pass: each of these once crashed the process, stalled every other client or served wrong data.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 0 });
});
afterAll(() => sandbox.close());

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('the request log', () => {
  test('is bounded in bytes, not only in entries, and always keeps the newest request', async () => {
    // Ten 1 MiB bodies: kept whole, they would be 10 MiB of log (and parsed variables many times more).
    const padding = `# ${'x'.repeat(1024 * 1024)}\n`;
    for (let i = 0; i < 10; i++) await data(sandbox, `${padding}query Big${i} { client { id } }`);
    const kept = sandbox.requests.filter((r) => /query Big\d/.test(r.query));
    const bytes = kept.reduce((sum, r) => sum + r.query.length, 0);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(10);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(sandbox.requests.at(-1)?.query).toMatch(/query Big9 /);
  });
});

describe('resolvers per request (AppSync allows 10 000)', () => {
  test('an operation with more root fields than that is refused whole, before any of it runs', async () => {
    const file = (await data<{ createFile: { id: string } }>(sandbox, 'mutation { createFile(type: "mp4") { id } }')).createFile;
    const sources = `[{ fileId: "${file.id}", deviceLabel: "cam", format: MP4 }]`;
    const count = async () =>
      (await data<{ listTakes: { items: unknown[] } }>(sandbox, '{ listTakes(first: 100000) { items { id } } }')).listTakes.items.length;
    const before = await count();
    // 10 001 root fields cannot fit in the 20 000 tokens a document may hold: refused as parsed.
    const reply = await post(sandbox, `mutation { ${aliases(10_001, `createSingleCamTake(sources: ${sources}) { id }`)} }`);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]).toMatchObject({ errorType: 'BadRequestException' });
    expect(String(reply.body.errors![0]!.message)).toMatch(/more than 20000 tokens/);
    expect(reply.body.data ?? null).toBeNull();
    // Not one take was made: a mutation is never half done.
    expect(await count()).toBe(before);
  });

  test('nested resolvers count too: aliased lists stop at the limit, reported once', async () => {
    const file = (await data<{ createFile: { id: string } }>(sandbox, 'mutation { createFile(type: "mp4") { id } }')).createFile;
    const sources = Array.from({ length: 50 }, (_, i) => ({ fileId: file.id, deviceLabel: `cam${i}`, format: 'MP4' }));
    const take = (
      await data<{ createSingleCamTake: { id: string } }>(
        sandbox,
        'mutation($s: [SourceInput!]) { createSingleCamTake(sources: $s) { id } }',
        {
          s: sources,
        },
      )
    ).createSingleCamTake;
    // Each alias: the take, its list of sources, then a `file` and its `client` per source (102).
    const reply = await post(sandbox, `{ ${aliases(200, `getTake(takeId: "${take.id}") { sources { file { client { id } } } }`)} }`);
    const limitErrors = (reply.body.errors ?? []).filter((e) => /more than 10000 resolvers/.test(String(e.message)));
    expect(limitErrors).toHaveLength(1);
    expect(String(limitErrors[0]!.message)).toMatch(/\(\d+ fields not resolved\)/);
    // And the sandbox goes on answering.
    expect((await data<{ client: { id: string } }>(sandbox, '{ client { id } }')).client.id).toMatch(/^client-/);
  });

  test('a request under the limit runs whole', async () => {
    const reply = await post<Record<string, { id: string }>>(sandbox, `{ ${aliases(3_000, 'client { id }')} }`);
    expect(reply.body.errors).toBeUndefined();
    expect(Object.keys(reply.body.data!)).toHaveLength(3_000);
  });
});

describe('the clock', () => {
  test('records made faster than one a millisecond carry real times and keep their creation order', async () => {
    const made = await data<Record<string, { id: string; created: string }>>(
      sandbox,
      `mutation { ${aliases(1_500, 'createFile(type: "mp4") { id created }')} }`,
    );
    const file = made.a0!.id;
    const sources = `[{ fileId: "${file}", deviceLabel: "cam", format: MP4 }]`;
    const takes = await data<Record<string, { id: string; created: string }>>(
      sandbox,
      `mutation { ${aliases(30, `createSingleCamTake(sources: ${sources}) { id created }`)} }`,
    );
    const last = takes.a29!;
    // Each stamp used to be a millisecond past the last, across all records: seconds ahead after a
    // burst. Stamped before the answer, it cannot be later than now (however slow the machine).
    expect(Date.parse(last.created)).toBeLessThanOrEqual(Date.now());
    const ids = Object.values(takes).map((t) => t.id);
    const listed = await data<{ listTakes: { items: { id: string }[] } }>(
      sandbox,
      '{ listTakes(first: 1000, sortDirection: ASC) { items { id } } }',
    );
    const order = listed.listTakes.items.map((t) => t.id).filter((id) => ids.includes(id));
    expect(order).toEqual(ids);
  });
});

describe('the GraphQL endpoint refusing a request', () => {
  test('answers in AppSync shape: an errors list with errorType, never an empty body', async () => {
    const put = await fetch(sandbox.url, { method: 'PUT', headers: { authorization: sandbox.apiKey } });
    expect(put.status).toBe(405);
    const refusal = (await put.json()) as { errors: { errorType: string; message: string }[] };
    expect(refusal.errors).toHaveLength(1);
    expect(refusal.errors[0]!.errorType).toBe('MalformedHttpRequestException');
    expect(refusal.errors[0]!.message).toBe('Method Not Allowed');
    const deep = await fetch(sandbox.url, {
      method: 'POST',
      headers: { authorization: sandbox.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `${'{ a '.repeat(100_000)}${'}'.repeat(100_000)}` }),
    });
    const body = (await deep.json()) as { errors: { errorType: string; message: string }[] };
    expect(body.errors[0]!.errorType).toBe('MalformedHttpRequestException');
    expect(body.errors[0]!.message).not.toMatch(/call stack/i);
  });
});

describe('webhook endpoints', () => {
  test('a secret nothing could sign with is refused at upsert', async () => {
    const reply = await post(
      sandbox,
      'mutation { upsertWebhookEndpoint(uid: "hook-1", url: "http://127.0.0.1:9/hook", events: ["job.finished"], secret: "not-a-svix-secret") { uid } }',
    );
    expect(reply.body.errors?.[0]).toMatchObject({ errorType: 'BadRequestException' });
    expect(String(reply.body.errors?.[0]?.message)).toMatch(/secret must be "whsec_"/);
  });
});

describe('storage', () => {
  async function uploaded(bytes: string): Promise<{ id: string; get: string; put: string }> {
    const { id, presignedUrl: put } = (
      await data<{ createFile: { id: string; presignedUrl: string } }>(sandbox, 'mutation { createFile(type: "mp4") { id presignedUrl } }')
    ).createFile;
    expect((await fetch(put, { method: 'PUT', body: bytes })).status).toBe(200);
    const get = (await data<{ getFile: { presignedUrl: string } }>(sandbox, `{ getFile(fileId: "${id}") { presignedUrl } }`)).getFile
      .presignedUrl;
    return { id, get, put };
  }

  test('serves one byte range as S3 does: 206, a suffix, 416 past the end, and the whole file for a backwards span', async () => {
    const { get } = await uploaded('0123456789');
    const ranged = (range: string) => fetch(get, { headers: { range } });
    const part = await ranged('bytes=2-5');
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-5/10', '2345']);
    const suffix = await ranged('bytes=-3');
    expect([suffix.status, await suffix.text()]).toEqual([206, '789']);
    const open = await ranged('bytes=7-');
    expect([open.status, await open.text()]).toEqual([206, '789']);
    const past = await ranged('bytes=10-');
    expect([past.status, past.headers.get('content-range')]).toEqual([416, 'bytes */10']);
    expect(await past.text()).toMatch(/<Code>InvalidRange<\/Code>/);
    const backwards = await ranged('bytes=5-2');
    expect([backwards.status, await backwards.text()]).toEqual([200, '0123456789']);
    expect(backwards.headers.get('accept-ranges')).toBe('bytes');
  });

  test('a GET racing a re-upload gets one version whole, its length as declared', async () => {
    const small = 'a'.repeat(10);
    const large = 'b'.repeat(3_000_000);
    const { get, put } = await uploaded(large);
    const reads: Promise<{ declared: number; body: string }>[] = [];
    const puts: Promise<number>[] = [];
    for (let round = 0; round < 40; round++) {
      puts.push(fetch(put, { method: 'PUT', body: round % 2 ? large : small }).then((res) => res.status));
      reads.push(fetch(get).then(async (res) => ({ declared: Number(res.headers.get('content-length')), body: await res.text() })));
    }
    for (const { declared, body } of await Promise.all(reads)) {
      expect(body.length).toBe(declared);
      expect([small, large]).toContain(body);
    }
    expect(new Set(await Promise.all(puts))).toEqual(new Set([200]));
  });

  test('a single PUT over 5 GiB is refused up front (EntityTooLarge), without reading it', async () => {
    const { put } = await uploaded('x');
    const url = new URL(put);
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, { method: 'PUT', headers: { 'content-length': String(6 * 1024 ** 3) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/<Code>EntityTooLarge<\/Code>/);
  });
});
