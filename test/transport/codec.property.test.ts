import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeResult, ValidationError } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';
import { encodeJson } from '../../src/core/scalars.js';
import { badJson } from './arbitraries.js';

// Metadata travels as AWSJSON text: encodeJson writes it, decodeResult (driven by the schema)
// reads it back wherever the document selects an AWSJSON field.

/** JSON has one zero: -0 is written as 0, so the round trip is compared against that. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  return value;
}

test('any JSON value survives encodeJson then decodeResult unchanged', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const wire = encodeJson(value, 'metadata');
      const data = { getJob: { id: 'job-1', name: null, metadata: wire, created: null, state: null, progress: null } };
      const decoded = decodeResult(GetJobDocument, data).getJob.metadata as unknown;
      expect(decoded).toStrictEqual(withoutNegativeZero(value));
    }),
    { numRuns: 300 },
  );
});

test('cycles, BigInt, functions, symbols, undefined, NaN, Infinity and class instances are refused with their path', () => {
  fc.assert(
    fc.property(badJson, ({ value, path }) => {
      let err: unknown;
      try {
        encodeJson(value, 'metadata');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).field).toBe(`metadata${path}`);
    }),
    { numRuns: 300 },
  );
});
