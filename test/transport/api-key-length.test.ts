import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { MoveUgc, moveUgcExchange, ValidationError } from '../../src/index.js';

const ENDPOINT = 'https://api.example.com/graphql';

function refusal(build: () => unknown): ValidationError {
  try {
    build();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return err as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('the key is at most 1024 characters (issue Q.5)', () => {
  test('1024 characters are accepted, by the client and by the exchange', () => {
    const key = `mu-${'k'.repeat(1021)}`;
    expect(new MoveUgc({ apiKey: key, endpoint: ENDPOINT }).endpoint).toBe(ENDPOINT);
    expect(typeof moveUgcExchange({ apiKey: key })).toBe('function');
  });

  test.each([
    ['1025 characters', 1025],
    ['1 MB', 1_000_000],
    ['10 MB', 10_000_000],
  ])('%s: ValidationError naming apiKey, without the key in it', (_name, length) => {
    // Distinct text at both ends, so that any piece of the key quoted back is seen.
    const key = `mu-HEAD-${'x'.repeat(length - 16)}-TAIL-mu`;
    for (const build of [() => new MoveUgc({ apiKey: key, endpoint: ENDPOINT }), () => moveUgcExchange({ apiKey: key })]) {
      const err = refusal(build);
      expect(err.field).toBe('apiKey');
      expect(err.message).toBe(`apiKey must be at most 1024 characters, got ${length}; check how it was copied`);
      const shown = `${err.stack} ${inspect(err, { showHidden: true, depth: Infinity })} ${JSON.stringify(err)}`;
      expect(shown).not.toContain('HEAD');
      expect(shown).not.toContain('TAIL');
      expect(shown).not.toContain('xxxxxxxx');
    }
  });

  test('the refusal happens before any request: no fetch is made', () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const err = refusal(() => new MoveUgc({ apiKey: 'k'.repeat(2000), endpoint: ENDPOINT, fetch: counting }));
    expect(err.field).toBe('apiKey');
    expect(calls).toBe(0);
  });
});
