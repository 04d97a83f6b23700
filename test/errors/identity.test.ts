import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// An app can hold two copies of the SDK (its ESM build imported, its CJS build required by a
// dependency), and a minifier renames classes. Errors keep their name and their `instanceof`
// through both. Runs on the built package (`npm test` builds first).

type Module = typeof import('../../src/index.js');
type ErrorClass = new (...args: never[]) => Error;

const root = join(import.meta.dirname, '../..');
let esm: Module;
let cjs: Module;

beforeAll(async () => {
  esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Module;
  cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as Module;
});

/** One instance of each error class the package exports, made by `sdk`. */
function everyError(sdk: Module): Record<string, Error> {
  const context = { operation: 'getJob' };
  return {
    MoveUgcError: new sdk.MoveUgcError('m', context),
    ValidationError: new sdk.ValidationError('field', 'is wrong'),
    AuthenticationError: new sdk.AuthenticationError('m', context),
    PermissionError: new sdk.PermissionError('m', context),
    RateLimitError: new sdk.RateLimitError('m', context, 1000),
    ServerError: new sdk.ServerError('m', context),
    ConnectionError: new sdk.ConnectionError('m', context),
    TimeoutError: new sdk.TimeoutError('m', context),
    AbortError: new sdk.AbortError('m', context, 'stop'),
    ResponseError: new sdk.ResponseError('m', context),
    ApiError: new sdk.ApiError([{ message: 'm' }], context),
    NotFoundError: new sdk.NotFoundError([{ message: 'm', errorType: 'MoveNotFoundError' }], context),
    TransferError: new sdk.TransferError('m', { status: 500 }),
    JobFailedError: new sdk.JobFailedError({ id: 'job-1' } as never),
    WebhookVerificationError: new sdk.WebhookVerificationError('invalid_secret', 'm'),
  };
}

/** The classes `name` is an instance of: itself, its SDK ancestors and Error. */
const ancestors = (name: string) => [...new Set([name, ...(name === 'NotFoundError' ? ['ApiError'] : []), 'MoveUgcError'])];

describe('two copies of the package in one process (ESM and CJS)', () => {
  it('are two copies', () => {
    expect(esm.ValidationError).not.toBe(cjs.ValidationError);
  });

  for (const [from, to] of [
    ['cjs', 'esm'],
    ['esm', 'cjs'],
  ] as const) {
    it(`an error from the ${from} copy is an instance of the ${to} copy's class, its ancestors' and no other`, () => {
      const source = from === 'cjs' ? cjs : esm;
      const target = (to === 'cjs' ? cjs : esm) as unknown as Record<string, ErrorClass>;
      const errors = everyError(source);
      const classes = Object.keys(errors);
      expect(classes.every((name) => typeof target[name] === 'function')).toBe(true);
      for (const [name, err] of Object.entries(errors)) {
        expect(err.name).toBe(name);
        const matches = classes.filter((other) => err instanceof target[other]!);
        expect(matches.sort(), name).toEqual(ancestors(name).sort());
        expect(err).toBeInstanceOf(Error);
      }
    });
  }

  it('a real error thrown by one copy is caught by the other\u2019s class', () => {
    let caught: unknown;
    try {
      new cjs.MoveUgc({ nope: 1 } as never);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(esm.ValidationError);
    expect(caught).toBeInstanceOf(esm.MoveUgcError);
    expect(caught).not.toBeInstanceOf(esm.ApiError);
    expect((caught as Error).name).toBe('ValidationError');
  });

  it('a subclass outside the SDK keeps its name and its own instanceof', () => {
    class QuotaError extends esm.ValidationError {}
    const err = new QuotaError('quota', 'is used up');
    expect(err.name).toBe('QuotaError');
    expect(err).toBeInstanceOf(QuotaError);
    expect(err).toBeInstanceOf(esm.ValidationError);
    expect(err).toBeInstanceOf(cjs.ValidationError);
    expect(err).toBeInstanceOf(cjs.MoveUgcError);
    expect(new esm.ValidationError('f', 'p')).not.toBeInstanceOf(QuotaError);
    expect(new cjs.ValidationError('f', 'p')).not.toBeInstanceOf(QuotaError);
  });

  it('look-alikes and hostile values are not SDK errors, and never make instanceof throw', () => {
    class ValidationError extends Error {}
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [new ValidationError('x'), new Error('x'), {}, null, undefined, 'ValidationError', 1, revoked.proxy, trap]) {
      expect(value instanceof esm.ValidationError).toBe(false);
      expect(value instanceof esm.MoveUgcError).toBe(false);
    }
  });
});

describe('a minified bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'move-ugc-minified-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps err.name, though the minifier renamed the class', async () => {
    const entry = `import { MoveUgc, MoveUgcError, ValidationError } from ${JSON.stringify(join(root, 'dist/index.js'))};
try {
  new MoveUgc({ nope: 1 });
} catch (err) {
  console.log(JSON.stringify({ name: err.name, className: err.constructor.name, sdk: err instanceof MoveUgcError, validation: err instanceof ValidationError }));
}`;
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, 'app.mjs');
    writeFileSync(file, result.outputFiles[0]!.contents);
    const out = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out.className).not.toBe('ValidationError');
    expect(out).toEqual({ name: 'ValidationError', className: out.className, sdk: true, validation: true });
  });
});
