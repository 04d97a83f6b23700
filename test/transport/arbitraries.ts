import fc from 'fast-check';

/** A value JSON cannot hold faithfully, as a leaf. */
const badLeaf = fc.oneof(
  fc.bigInt(),
  fc.func(fc.integer()),
  fc.string().map((s) => Symbol(s)),
  fc.constant(undefined),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constantFrom(new Date(0), new Map(), new Set(), new Uint8Array(2)),
);

type Step = { key: string } | { index: number; before: unknown[] };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 6 })
    .filter((k) => k !== '__proto__')
    .map((key) => ({ key })),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }).map((before) => ({ index: before.length, before })),
);

/** Wraps `leaf` in objects and arrays along `steps`; returns the value and the leaf's path. */
function nest(steps: Step[], leaf: unknown): { value: unknown; path: string } {
  let value = leaf;
  for (const s of [...steps].reverse()) value = 'key' in s ? { [s.key]: value } : [...s.before, value];
  const path = steps.map((s) => ('key' in s ? `.${s.key}` : `[${s.index}]`)).join('');
  return { value, path };
}

/** A bad value somewhere inside otherwise plain JSON, with its path relative to the root. */
export const badJson: fc.Arbitrary<{ value: unknown; path: string }> = fc.oneof(
  fc.tuple(fc.array(step, { maxLength: 4 }), badLeaf).map(([steps, leaf]) => nest(steps, leaf)),
  // A cycle: the innermost object points back at the root.
  fc.array(step, { minLength: 1, maxLength: 4 }).map((steps) => {
    const holder: Record<string, unknown> = {};
    const { value, path } = nest(steps, holder);
    holder.self = value;
    return { value, path: `${path}.self` };
  }),
);

/** Bad metadata as a facade receives it (top-level `undefined` means "unchanged", so it is left out). */
export const badMetadata = badJson.map((b) => b.value).filter((v) => v !== undefined);
