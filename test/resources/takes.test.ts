import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SourceInput, TakeExpand } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { checkExpansions, expectRefused, uploadedSource } from '../helpers/resources.js';

let t: TestSandbox;
let source: SourceInput;
let volumeId: string;
beforeAll(async () => {
  t = await startSandbox({ jobDurationMs: 0 });
  source = await uploadedSource(t, 'cam-a');
  volumeId = (await t.ugc.volumes.createHuman({ sources: [source], humanHeight: 1.8, areaType: 'NORMAL' })).id;
});
afterAll(() => t.sandbox.close());

const BASE = ['created', 'id', 'metadata', 'name', 'syncMethod', 'takeType'];
const EXPANDS: TakeExpand[] = ['client', 'sources', 'videoFile', 'additionalFiles', 'volume'];

describe('takes', () => {
  test('createSingleCam: base fields decoded, each expansion adds exactly its field', async () => {
    const take = await t.ugc.takes.createSingleCam({ sources: [source], name: 'solo', metadata: { a: 1 } });
    expect(take).toMatchObject({ name: 'solo', metadata: { a: 1 }, takeType: 'SINGLE_CAM', syncMethod: null });
    expect(take.created).toBeInstanceOf(Date);
    await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.takes.createSingleCam({ sources: [source], ...(expand && { expand }) }));
  });

  test('createMultiCam: needs a volume, keeps the sync method', async () => {
    const take = await t.ugc.takes.createMultiCam({
      volumeId,
      sources: [source],
      syncMethod: { clapWindow: { startTime: 1, endTime: 2 } },
      expand: ['volume', 'videoFile'],
    });
    expect(take.takeType).toBe('MULTI_CAM');
    expect(take.volume?.id).toBe(volumeId);
    expect(take.videoFile?.id).toBe(source.fileId);
    expect(take.syncMethod).toEqual({ clapWindow: { startTime: 1, endTime: 2 }, timecodeSync: null });
    await checkExpansions(BASE, EXPANDS, (expand) =>
      t.ugc.takes.createMultiCam({ volumeId, sources: [source], ...(expand && { expand }) }),
    );
  });

  test('retrieve and update, with and without each expansion', async () => {
    const { id } = await t.ugc.takes.createSingleCam({ sources: [source] });
    await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.takes.retrieve({ id, ...(expand && { expand }) }));
    await checkExpansions(BASE, EXPANDS, (expand) => t.ugc.takes.update({ id, name: 'renamed', ...(expand && { expand }) }));
    const updated = await t.ugc.takes.update({ id, metadata: { b: [1, 2] }, expand: ['client'] });
    expect(updated).toMatchObject({ name: 'renamed', metadata: { b: [1, 2] } });
    expect(updated.client.created).toBeInstanceOf(Date);
  });

  test('list: pages, walks every take with for await, expands', async () => {
    const all: string[] = [];
    for await (const take of t.ugc.takes.list({ limit: 2, sortBy: 'ASC' })) all.push(take.id);
    const page = await t.ugc.takes.list({ limit: 2, sortBy: 'ASC' });
    expect(page.items.map((x) => x.id)).toEqual(all.slice(0, 2));
    const next = await t.ugc.takes.list({ limit: 2, sortBy: 'ASC', nextToken: page.nextToken! });
    expect(next.items.map((x) => x.id)).toEqual(all.slice(2, 4));
    const listed = await t.ugc.takes.list({ limit: 1 });
    await checkExpansions(BASE, EXPANDS, async (expand) => (await t.ugc.takes.list({ limit: 1, ...(expand && { expand }) })).items[0]!);
    expect(listed.items).toHaveLength(1);
  });

  test('bad parameters are refused before any request', async () => {
    await expectRefused(t, () => t.ugc.takes.createSingleCam({ sources: [] }), /sources must hold at least one/);
    await expectRefused(t, () => t.ugc.takes.createSingleCam({ sources: [{ ...source, format: 'MKV' as 'MP4' }] }), /sources\[0\]\.format/);
    await expectRefused(t, () => t.ugc.takes.createMultiCam({ volumeId: '', sources: [source] }), /volumeId/);
    await expectRefused(
      t,
      () =>
        t.ugc.takes.createMultiCam({
          volumeId,
          sources: [source],
          syncMethod: { clapWindow: { startTime: 0, endTime: 1 }, timecodeSync: { useTimecode: true } },
        }),
      /syncMethod must set exactly one/,
    );
    await expectRefused(t, () => t.ugc.takes.retrieve({ id: 'take-1', expand: ['outputs' as TakeExpand] }), /expand\[0\]/);
    await expectRefused(t, () => t.ugc.takes.list({ limit: 0 }), /limit/);
  });
});
