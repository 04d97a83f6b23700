import { Client as UrqlClient } from '@urql/core';
import type { MoveUgc } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';

// The public methods of a MoveUgc, found on the instance (so a method added later is covered
// without an edit), and a table of valid arguments for each, naming each argument's role.

export type AnyMethod = (...args: unknown[]) => unknown;

export function publicMethods(ugc: MoveUgc): [string, AnyMethod][] {
  const out: [string, AnyMethod][] = [['request', (...args) => (ugc.request as AnyMethod)(...args)]];
  for (const [prop, resource] of Object.entries(ugc)) {
    if (resource === null || typeof resource !== 'object' || resource instanceof UrqlClient) continue;
    const proto: object | null = Object.getPrototypeOf(resource) as object | null;
    if (proto === null || proto === Object.prototype) continue;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = (resource as Record<string, unknown>)[name];
      if (name !== 'constructor' && typeof method === 'function')
        out.push([`${prop}.${name}`, (...args) => (method as AnyMethod).apply(resource, args)]);
    }
  }
  return out;
}

/** Settles the call (a list's PagePromise included) and returns what it was rejected with. */
export async function outcome(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (err) {
    return err;
  }
}

export type Role = 'params' | 'options' | 'transfer' | 'document' | 'variables' | 'source' | 'path' | 'file';

const SOURCES = [{ fileId: 'file-1', deviceLabel: 'cam', format: 'MP4', cameraSettings: { lens: 'goprohero10-medium' } }];
/** The usual shape: `(params, options)`. */
const api = (params: unknown): [unknown[], Role[]] => [
  [params, {}],
  ['params', 'options'],
];
export const signatures = (sandboxUrl: string): Record<string, [unknown[], Role[]]> => ({
  request: [
    [GetJobDocument, { jobId: 'job-1' }, {}],
    ['document', 'variables', 'options'],
  ],
  'jobs.createSingleCam': api({ takeId: 'take-1' }),
  'jobs.createMultiCam': api({ takeId: 'take-1', numberOfActors: 1 }),
  'jobs.retrieve': api({ id: 'job-1' }),
  'jobs.update': api({ id: 'job-1' }),
  'jobs.list': api({}),
  'jobs.wait': [[{ id: 'job-1' }], ['params']],
  'jobs.downloadOutputs': [
    [{ id: 'job-1' }, 'out', {}],
    ['params', 'path', 'transfer'],
  ],
  'client.retrieve': [[{}], ['options']],
  'client.update': api({ metadata: {} }),
  'files.create': api({ type: 'mp4' }),
  'files.retrieve': api({ id: 'file-1' }),
  'files.update': api({ id: 'file-1' }),
  'files.createShareCode': api({ fileId: 'file-1' }),
  'files.upload': [
    [new Uint8Array([1, 2, 3]), { type: 'mp4' }],
    ['source', 'params'],
  ],
  'files.download': [
    [{ id: 'file-1', presignedUrl: sandboxUrl }, 'out.bin', {}],
    ['file', 'path', 'transfer'],
  ],
  'takes.createSingleCam': api({ sources: SOURCES }),
  'takes.createMultiCam': api({ sources: SOURCES, volumeId: 'volume-1' }),
  'takes.retrieve': api({ id: 'take-1' }),
  'takes.update': api({ id: 'take-1' }),
  'takes.list': api({}),
  'volumes.createHuman': api({ sources: SOURCES, humanHeight: 1.8, areaType: 'NORMAL' }),
  'volumes.retrieve': api({ id: 'volume-1' }),
  'volumes.list': api({}),
  'rigs.list': [[{}], ['options']],
  'cameraSettings.list': [[{}], ['options']],
  'webhooks.upsert': api({ uid: 'hook-1', url: 'https://example.com/hook', events: ['ugc.job.state.completed'] }),
});
