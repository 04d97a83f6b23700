import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SourceInput, VolumeExpand } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { checkExpansions, expectRefused, uploadedSource } from '../helpers/resources.js';

let t: TestSandbox;
let sources: SourceInput[];
beforeAll(async () => {
  t = await startSandbox({ jobDurationMs: 0 });
  sources = [await uploadedSource(t, 'left'), await uploadedSource(t, 'right')];
});
afterAll(() => t.sandbox.close());

const BASE = ['areaType', 'created', 'humanHeight', 'id', 'metadata', 'name', 'progress', 'state'];
const EXPANDS: VolumeExpand[] = ['client', 'sources', 'outputs', 'clipWindow'];
const params = { humanHeight: 1.75, areaType: 'LARGE' as const };

test('createHuman: the inputs come back, decoded, and each expansion adds exactly its field', async () => {
  const volume = await t.ugc.volumes.createHuman({
    sources,
    ...params,
    clipWindow: { startTime: 1, endTime: 4 },
    syncMethod: { timecodeSync: { useTimecode: true } },
    name: 'hall',
    metadata: { floor: 2 },
    expand: ['clipWindow', 'sources'],
  });
  expect(volume).toMatchObject({ name: 'hall', metadata: { floor: 2 }, humanHeight: 1.75, areaType: 'LARGE' });
  expect(volume.created).toBeInstanceOf(Date);
  expect(volume.clipWindow).toEqual({ startTime: 1, endTime: 4 });
  expect(volume.sources?.map((s) => s.deviceLabel)).toEqual(['left', 'right']);
  await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.volumes.createHuman({ sources, ...params, ...(expand && { expand }) }));
});

test('retrieve: a finished volume has a calibration output; every expansion', async () => {
  const { id } = await t.ugc.volumes.createHuman({ sources, ...params });
  const volume = await t.ugc.volumes.retrieve({ id, expand: ['outputs', 'client'] });
  expect(volume.state).toBe('FINISHED');
  expect(volume.progress).toEqual({ state: 'FINISHED', percentageComplete: 100 });
  expect(volume.outputs?.[0]).toMatchObject({ key: 'calibration', format: 'json' });
  expect(volume.client.id).toMatch(/^client-/);
  await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.volumes.retrieve({ id, ...(expand && { expand }) }));
});

test('list: pages and iterates, with each expansion', async () => {
  const all: string[] = [];
  for await (const v of t.ugc.volumes.list({ limit: 1 })) all.push(v.id);
  expect(new Set(all).size).toBe(all.length);
  expect(all.length).toBeGreaterThanOrEqual(2);
  await checkExpansions(BASE, EXPANDS, async (expand) => (await t.ugc.volumes.list({ limit: 1, ...(expand && { expand }) })).items[0]!);
});

test('bad parameters are refused before any request', async () => {
  await expectRefused(t, () => t.ugc.volumes.createHuman({ sources, ...params, humanHeight: 0 }), /humanHeight/);
  await expectRefused(
    t,
    () => t.ugc.volumes.createHuman({ sources, ...params, areaType: 'HUGE' as 'LARGE' }),
    /areaType must be one of LARGE, NORMAL/,
  );
  await expectRefused(
    t,
    () => t.ugc.volumes.createHuman({ sources, ...params, clipWindow: { startTime: 3, endTime: 1 } }),
    /clipWindow\.endTime/,
  );
  await expectRefused(t, () => t.ugc.volumes.createHuman({ sources: [{ ...sources[0]!, fileId: '' }], ...params }), /sources\[0\]\.fileId/);
  await expectRefused(t, () => t.ugc.volumes.retrieve({ id: 'v', expand: ['take' as VolumeExpand] }), /expand\[0\]/);
});
