import { randomUUID } from 'node:crypto';
import { badInput, notFound } from './errors.js';

// The sandbox's in-memory state. Records hold what the API stores; views (resolvers.ts) derive
// the rest, such as a job's state, from the clock when they are read.

export interface FileRecord {
  id: string;
  type: string;
  name: string | null;
  metadata: string | null;
  created: string;
  /** Generated content (job and volume outputs). */
  bytes?: Uint8Array;
  /** Uploaded content, kept on disk so large uploads cost the sandbox no memory. */
  path?: string;
  size?: number;
}

export interface SourceRecord {
  deviceLabel: string;
  fileId: string;
  format: string;
  cameraSettings: { lens: string } | null;
}

export interface TakeRecord {
  id: string;
  name: string | null;
  metadata: string | null;
  created: string;
  takeType: 'SINGLE_CAM' | 'MULTI_CAM';
  sources: SourceRecord[];
  volumeId: string | null;
  syncMethod: unknown;
}

export interface JobRecord {
  id: string;
  takeId: string;
  name: string | null;
  metadata: string | null;
  created: string;
  createdMs: number;
  rig: string | null;
  inputs: { numberOfActors: number | null; clipWindow: unknown; options: Record<string, unknown> | null };
  outputTypes: string[];
  outputs?: OutputRecord[];
  /** Set by metadata `{"sandbox":{"fail":true}}`: the job ends FAILED instead of FINISHED. */
  fail: boolean;
  /** The end state, fixed the first time anything (a read or the job's timer) observes it. */
  ended?: 'FINISHED' | 'FAILED';
  /** Whether the first read after FINISHED lists outputs without URLs (the `lagging-output-urls` fault). */
  lagsOutputs: boolean;
}

export interface OutputRecord {
  key: string;
  format: string;
  fileId: string;
}

export interface VolumeRecord {
  id: string;
  name: string | null;
  metadata: string | null;
  created: string;
  createdMs: number;
  areaType: string;
  humanHeight: number;
  clipWindow: unknown;
  syncMethod: unknown;
  sources: SourceRecord[];
  outputs?: OutputRecord[];
  fail: boolean;
}

export interface WebhookRecord {
  uid: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  metadata: string | null;
}

export interface ShareCodeRecord {
  code: string;
  fileId: string;
  created: string;
  expires: string;
}

export interface ClientRecord {
  id: string;
  name: string;
  metadata: string | null;
  created: string;
}

export type Kind = 'file' | 'take' | 'job' | 'volume';

export class Store {
  readonly files = new Map<string, FileRecord>();
  readonly takes = new Map<string, TakeRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly volumes = new Map<string, VolumeRecord>();
  readonly webhooks = new Map<string, WebhookRecord>();
  readonly shareCodes = new Map<string, ShareCodeRecord>();
  readonly client: ClientRecord;
  constructor(readonly now: () => number = Date.now) {
    this.client = { id: `client-${randomUUID()}`, name: 'Sandbox client', metadata: '{}', created: this.stamp().iso };
  }

  newId(kind: Kind): string {
    return `${kind}-${randomUUID()}`;
  }

  // The clock as it is: records made in one millisecond share a stamp (lists keep their creation
  // order, see paginate), where bumping each stamp past the last ran the clock ahead under load.
  stamp(): { ms: number; iso: string } {
    const ms = this.now();
    return { ms, iso: new Date(ms).toISOString() };
  }

  file(id: string): FileRecord {
    const f = this.files.get(id);
    if (!f) throw notFound('File', id);
    return f;
  }

  take(id: string): TakeRecord {
    const t = this.takes.get(id);
    if (!t) throw notFound('Take', id);
    return t;
  }

  job(id: string): JobRecord {
    const j = this.jobs.get(id);
    if (!j) throw notFound('Job', id);
    return j;
  }

  volume(id: string): VolumeRecord {
    const v = this.volumes.get(id);
    if (!v) throw notFound('Volume', id);
    return v;
  }
}

/**
 * A page of `records` ordered by creation time. The cursor is AWSJSON naming the last item, spaced as
 * DynamoDB keys usually come back; like AppSync, which parses AWSJSON before a resolver sees it, any equivalent JSON is accepted.
 */
export function paginate<T extends { id: string; created: string }>(
  records: Iterable<T>,
  args: { first?: number | null; after?: string | null; sortDirection?: string | null },
): { items: T[]; first: number; after: string | null } {
  const first = args.first ?? 10;
  if (first < 1) throw badInput('first must be at least 1');
  // A stable sort of records held in creation order: ties within one millisecond keep that order.
  const sorted = [...records].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  if (args.sortDirection !== 'ASC') sorted.reverse();
  let start = 0;
  if (args.after != null) {
    const key = decodeCursor(args.after);
    start = sorted.findIndex((r) => r.id === key.id && r.created === key.created) + 1;
    if (start === 0) throw badInput('after is not a cursor this list produced');
  }
  const items = sorted.slice(start, start + first);
  const last = items[items.length - 1];
  const more = start + first < sorted.length;
  return { items, first, after: more && last ? `{"id": ${JSON.stringify(last.id)}, "created": ${JSON.stringify(last.created)}}` : null };
}

function decodeCursor(after: string): { id: string; created: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(after);
  } catch {
    throw badInput('after is not a cursor this list produced');
  }
  const { id, created } = (parsed ?? {}) as { id?: unknown; created?: unknown };
  if (typeof id !== 'string' || typeof created !== 'string') throw badInput('after is not a cursor this list produced');
  return { id, created };
}
