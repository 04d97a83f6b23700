import { afterAll, beforeAll, expect, test } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { outcome, publicMethods, signatures, type Role } from './public-methods.js';

// Arguments that throw when read: a throwing getter, a Proxy whose traps throw, a revoked Proxy,
// anywhere inside any argument of any public method. The caller's own TypeError must not escape
// from deep inside a check: a ValidationError naming the argument, and nothing sent.

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

type Hostile = (value: object) => object;
const trap =
  (name: keyof ProxyHandler<object>): Hostile =>
  (value) =>
    new Proxy(value, {
      [name]() {
        throw new RangeError(`the ${name} trap`);
      },
    });
const revoked: Hostile = (value) => {
  const { proxy, revoke } = Proxy.revocable(value, {});
  revoke();
  return proxy;
};
/** The value's copy with every own key a getter that throws. */
const throwingGetters: Hostile = (value) => {
  const copy: object = Array.isArray(value) ? [] : {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      enumerable: true,
      get() {
        throw new TypeError(`the ${key} getter`);
      },
    });
  }
  if (Array.isArray(value)) (copy as unknown[]).length = value.length;
  return copy;
};

/** The ways to spoil `value` that every reader of it must trip over (a plain object's `has` trap need not fire). */
function hostileForms(value: object): [string, Hostile][] {
  const plain = Object.getPrototypeOf(value) === Object.prototype;
  const forms: [string, Hostile][] = [['a revoked Proxy', revoked]];
  if (Array.isArray(value)) forms.push(['a Proxy whose get trap throws', trap('get')]);
  else forms.push(['a Proxy whose getPrototypeOf trap throws', trap('getPrototypeOf')]);
  if (plain) forms.push(['a Proxy whose ownKeys trap throws', trap('ownKeys')]);
  if ((plain || Array.isArray(value)) && Object.keys(value).length > 0) forms.push(['throwing getters', throwingGetters]);
  return forms;
}

/** Every object inside `value` (itself included), as a path of keys, to swap for a hostile one. */
function objectPaths(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const inner = Object.getPrototypeOf(value) === Object.prototype || Array.isArray(value) ? Object.entries(value) : [];
  return [path, ...inner.flatMap(([key, v]) => objectPaths(v, [...path, key]))];
}

function replaced(value: unknown, path: string[], make: Hostile): unknown {
  if (path.length === 0) return make(value as object);
  const [head, ...rest] = path as [string, ...string[]];
  const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) };
  (copy as Record<string, unknown>)[head] = replaced((value as Record<string, unknown>)[head], rest, make);
  return copy;
}

// The GraphQL document is the app's own, not read into a copy: only what is read of it can trip.
const SKIP: Partial<Record<Role, true>> = { path: true, document: true };
const FIELD_OF: Partial<Record<Role, string>> = { transfer: 'options' };

test('a getter or Proxy trap that throws anywhere in any argument is a ValidationError naming it, nothing sent', async () => {
  const table = signatures(t.sandbox.url);
  let tried = 0;
  for (const [name, method] of publicMethods(t.ugc)) {
    const entry = table[name];
    if (!entry) continue;
    const [valid, roles] = entry;
    for (const [i, role] of roles.entries()) {
      if (SKIP[role]) continue;
      for (const path of objectPaths(valid[i])) {
        const target = path.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], valid[i]) as object;
        for (const [how, make] of hostileForms(target)) {
          const args = valid.map((v, j) => (j === i ? replaced(v, path, make) : v));
          const before = t.sandbox.requestCount;
          const err = await outcome(() => method(...args));
          const where = `${name} argument ${i} (${role}) at [${path.join('.')}] as ${how}`;
          expect(err instanceof ValidationError, `${where}: ${String(err)}`).toBe(true);
          expect((err as ValidationError).field.startsWith(FIELD_OF[role] ?? role), `${where}: ${String(err)}`).toBe(true);
          expect((err as ValidationError).message, where).toMatch(/could not be read/);
          expect(t.sandbox.requestCount, where).toBe(before);
          tried++;
        }
      }
    }
  }
  expect(tried).toBeGreaterThan(100);
});

test('a getter is read once: the value checked is the value sent', async () => {
  let reads = 0;
  const params = {
    get id() {
      reads++;
      return reads === 1 ? 'job-checked' : 42;
    },
  };
  const err = await outcome(() => t.ugc.jobs.retrieve(params as { id: string }));
  expect(err).toBeInstanceOf(NotFoundError);
  expect(reads).toBe(1);
  expect(t.sandbox.requests.at(-1)?.variables.jobId).toBe('job-checked');
});

test('frozen caller objects are read as they are, and a Date inside metadata is still refused by name', async () => {
  const metadata = Object.freeze({ when: '2026-01-01', nested: Object.freeze({ list: Object.freeze([1, 2]) }) });
  const job = await t.ugc.jobs.createSingleCam({ takeId: (await newTake()).id, metadata: metadata as never });
  expect(job.metadata).toEqual({ when: '2026-01-01', nested: { list: [1, 2] } });
  const err = await outcome(() => t.ugc.jobs.update({ id: job.id, metadata: { at: new Date(0) } as never }));
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).field).toBe('metadata.at');
});

async function newTake() {
  const file = await t.ugc.files.upload(new Uint8Array([1, 2, 3]), { type: 'mp4' });
  return t.ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
}
