import { ValidationError } from '../index.js';

/**
 * What a fault does to a GraphQL call it hits:
 * - `unavailable`: HTTP 503, as a gateway in trouble answers.
 * - `rate-limited`: HTTP 429 with `Retry-After` (`retryAfterSeconds`, default 1).
 * - `reset`: the connection is reset before any answer.
 * - `slow-body`: the real answer, its body trickling at `bytesPerSecond` (default 64).
 * - `lagging-output-urls`: not a call fault; the jobs it hits list their outputs without URLs on
 *   the first read after FINISHED (`nth`/`rate` count jobs, in creation order).
 */
export type SandboxFaultKind = 'unavailable' | 'rate-limited' | 'reset' | 'slow-body' | 'lagging-output-urls';

export interface SandboxFault {
  kind: SandboxFaultKind;
  /** Operations it applies to, by operation name or root field (`getJob`); default every one. */
  operations?: readonly string[];
  /** Hit only the Nth matching call(s), counting from 1. */
  nth?: number | readonly number[];
  /** Hit this fraction (0 to 1) of matching calls, drawn from `faultSeed` so a run repeats. Default 1. */
  rate?: number;
  retryAfterSeconds?: number;
  bytesPerSecond?: number;
}

export const FAULT_KINDS: readonly SandboxFaultKind[] = ['unavailable', 'rate-limited', 'reset', 'slow-body', 'lagging-output-urls'];

/** Decides which calls (or jobs) each configured fault hits. */
export class FaultPlan {
  readonly #faults: { fault: SandboxFault; seen: number }[];
  #random: () => number;

  constructor(faults: readonly SandboxFault[] = [], seed = 1) {
    faults.forEach(check);
    this.#faults = faults.map((fault) => ({ fault, seen: 0 }));
    this.#random = mulberry32(seed);
  }

  /** Whether any fault applies to calls (if none, calls need not be looked at). */
  get affectsCalls(): boolean {
    return this.#faults.some((e) => e.fault.kind !== 'lagging-output-urls');
  }

  /** The call fault (if any) for a GraphQL call touching these operation names. */
  forCall(names: readonly string[]): SandboxFault | undefined {
    return this.#first((f) => f.kind !== 'lagging-output-urls' && (!f.operations || f.operations.some((o) => names.includes(o))));
  }

  /** Whether a newly created job's output URLs lag one read. */
  lagsOutputs(): boolean {
    return this.#first((f) => f.kind === 'lagging-output-urls') !== undefined;
  }

  #first(matches: (f: SandboxFault) => boolean): SandboxFault | undefined {
    let hit: SandboxFault | undefined;
    for (const entry of this.#faults) {
      if (!matches(entry.fault)) continue;
      entry.seen++;
      if (!hit && this.#hits(entry.fault, entry.seen)) hit = entry.fault;
    }
    return hit;
  }

  #hits(fault: SandboxFault, n: number): boolean {
    if (fault.nth !== undefined) return (typeof fault.nth === 'number' ? [fault.nth] : fault.nth).includes(n);
    return fault.rate === undefined || this.#random() < fault.rate;
  }
}

function check(fault: SandboxFault, i: number): void {
  const field = `faults[${i}]`;
  if (!FAULT_KINDS.includes(fault.kind)) throw new ValidationError(`${field}.kind`, `must be one of ${FAULT_KINDS.join(', ')}`);
  const nths = fault.nth === undefined ? [] : typeof fault.nth === 'number' ? [fault.nth] : fault.nth;
  if (nths.some((n) => !Number.isInteger(n) || n < 1)) throw new ValidationError(`${field}.nth`, 'must be whole numbers from 1');
  if (fault.rate !== undefined && !(fault.rate >= 0 && fault.rate <= 1))
    throw new ValidationError(`${field}.rate`, 'must be between 0 and 1');
  for (const key of ['retryAfterSeconds', 'bytesPerSecond'] as const) {
    const value = fault[key];
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      throw new ValidationError(`${field}.${key}`, 'must be a positive number');
  }
}

/** A small seeded PRNG: the same seed draws the same faults. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Parses a CLI fault spec: `KIND[:op1,op2][@RATE|#N]`, e.g. `unavailable:getJob#2`,
 * `rate-limited@0.1`, `lagging-output-urls`.
 */
export function parseFault(spec: string): SandboxFault {
  const m = /^([a-z-]+)(?::([\w,]+))?(?:@([\d.]+)|#([\d,]+))?$/.exec(spec.trim());
  if (!m) throw new ValidationError('--fault', `"${spec}" is not KIND[:operations][@rate|#nth], e.g. unavailable:getJob#2`);
  const fault: SandboxFault = { kind: m[1] as SandboxFaultKind };
  if (m[2]) fault.operations = m[2].split(',');
  if (m[3]) fault.rate = Number(m[3]);
  if (m[4]) fault.nth = m[4].split(',').map(Number);
  check(fault, 0);
  return fault;
}
