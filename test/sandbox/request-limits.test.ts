import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { post } from './raw.js';

// Issue Q item 1: 20 000 aliased copies of an introspection selection (4.4 MiB) killed the sandbox
// (out of memory); 5 000 took 22.7 s and answered 107-206 MB. Now the document is bounded as it is
// parsed (tokens), then counted before it runs (every field, introspection's included), and the
// response is bounded in size: each refusal is one AppSync-shaped error.

const SELECTION =
  '__schema { queryType { name kind } mutationType { name kind } types { name kind description fields(includeDeprecated: true) { name description args { name type { name kind } } type { name kind ofType { name kind } } } } }';
const copies = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${SELECTION}`).join(' ')} }`;
const SANDBOX = fileURLToPath(new URL('../../dist/sandbox/index.js', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  apiKey: string;
  /** The child's resident set now and at its peak, in bytes. */
  memory(): Promise<{ rss: number; maxRss: number }>;
}

/** The built sandbox in a process of its own, so its memory is measured alone. */
async function childSandbox(): Promise<Child> {
  const code = `
    import { createSandbox } from ${JSON.stringify(SANDBOX)};
    const sandbox = await createSandbox();
    process.on('message', () => process.send({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 }));
    process.on('disconnect', () => sandbox.close().then(() => process.exit(0)));
    process.send({ url: sandbox.url, apiKey: sandbox.apiKey });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the sandbox's process exited (${String(code)}) before it served: is dist/ built (npx tsup)?`);
  });
  const [ready] = (await Promise.race([once(child, 'message'), exited])) as [{ url: string; apiKey: string }];
  exited.catch(() => {});
  return {
    process: child,
    ...ready,
    memory: async () => {
      child.send('memory');
      return ((await once(child, 'message')) as [{ rss: number; maxRss: number }])[0];
    },
  };
}

describe('in a sandbox of its own process', () => {
  let child: Child;
  beforeAll(async () => {
    child = await childSandbox();
  });
  afterAll(() => child.process.disconnect());

  const send = async (query: string) => {
    const res = await fetch(child.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: child.apiKey },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { errorType?: string; message: string }[] } };
  };

  test('20 000 aliased introspection selections get one error, memory stays bounded, and others are answered meanwhile', async () => {
    // Warm up first, so the baseline holds what any request costs.
    expect((await send(getIntrospectionQuery())).body.errors).toBeUndefined();
    const before = await child.memory();
    const query = copies(20_000);
    expect(query.length).toBeGreaterThan(4 * 1024 * 1024);

    const started = performance.now();
    const [attack, small] = await Promise.all([
      send(query),
      send('{ __typename }').then((reply) => ({ ...reply, ms: performance.now() - started })),
    ]);
    console.log(
      `concurrent { __typename } answered after ${small.ms.toFixed(0)} ms; the attack after ${(performance.now() - started).toFixed(0)} ms`,
    );

    expect(small.body).toEqual({ data: { __typename: 'Query' } });
    expect(attack.status).toBe(200);
    expect(attack.body.data ?? null).toBeNull();
    expect(attack.body.errors).toHaveLength(1);
    expect(attack.body.errors![0]!.errorType).toBe('BadRequestException');
    expect(attack.body.errors![0]!.message).toMatch(/more than 20000 tokens/);

    const after = await child.memory();
    const grew = after.maxRss - Math.max(before.rss, before.maxRss);
    console.log(
      `the sandbox's peak RSS grew by ${(Math.max(0, grew) / 2 ** 20).toFixed(0)} MiB (peak ${(after.maxRss / 2 ** 20).toFixed(0)} MiB)`,
    );
    // Unbounded, this request took gigabytes; refused, it costs the body and little else.
    expect(grew).toBeLessThan(150 * 1024 * 1024);
    // And the sandbox still serves.
    expect((await send('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('in process', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox();
  });
  afterAll(() => sandbox.close());

  const oneRefusal = (reply: Awaited<ReturnType<typeof post>>, message: RegExp) => {
    expect(reply.status).toBe(200);
    expect(reply.body.data ?? null).toBeNull();
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]!.errorType).toBe('BadRequestException');
    expect(reply.body.errors![0]!.message).toMatch(message);
  };

  test('a short document whose introspection would be large is counted before it runs: 20 full introspections', async () => {
    const full = getIntrospectionQuery();
    const field = full.slice(full.indexOf('__schema'), full.indexOf('fragment FullType')).trim().replace(/}$/, '');
    const introspections = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} } ${full.slice(full.indexOf('fragment FullType'))}`;
    oneRefusal(await post(sandbox, introspections(20)), /more than 50000 fields/);
    // Eight are under the limit, and answered whole.
    const eight = await post(sandbox, introspections(8));
    expect(eight.body.errors).toBeUndefined();
    expect(Object.keys(eight.body.data!)).toHaveLength(8);
  });

  test('fragments that double at each level stop at the limit; a cycle is a validation error', async () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    oneRefusal(await post(sandbox, `{ ...F30 } fragment F0 on Query { __typename } ${levels}`), /more than 50000 fields/);
    const cycle = await post(sandbox, '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(cycle.body.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    // A fragment on the wrong introspection type is validation's to refuse, not a crash of the count.
    const wrong = await post(sandbox, '{ __type(name: "Query") { ... on __Schema { types { name } } } }');
    expect(wrong.status).toBe(200);
    expect(wrong.body.errors?.[0]?.message).toMatch(/can never be of type "__Schema"/);
  });

  test('a selection nested more than 100 deep is refused', async () => {
    const deep = `{ ${'... on Query { '.repeat(150)}__typename${' }'.repeat(150)} }`;
    oneRefusal(await post(sandbox, deep), /nests more than 100/);
  });

  test('a response over 5 MiB is one error, not 6 MB of JSON', async () => {
    const description = 'd'.repeat(1024 * 1024);
    const upserts = Array.from(
      { length: 6 },
      (_, i) => `w${i}: upsertWebhookEndpoint(uid: "big${i}", url: "http://127.0.0.1:9/", description: $d) { description }`,
    );
    const reply = await post(sandbox, `mutation($d: String) { ${upserts.join(' ')} }`, { d: description });
    oneRefusal(reply, /larger than 5242880 bytes/);
    const four = await post(sandbox, `mutation($d: String) { ${upserts.slice(0, 4).join(' ')} }`, { d: description });
    expect(four.body.errors).toBeUndefined();
  });
});
