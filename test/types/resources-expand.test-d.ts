import { describe, expectTypeOf, test } from 'vitest';
import type { JsonValue, MoveUgc, Page, Take, UgcFile, Volume } from '../../src/index.js';

declare const ugc: MoveUgc;

describe('expand decides the result type of every resource', () => {
  test('takes', async () => {
    const plain = await ugc.takes.retrieve({ id: 't' });
    expectTypeOf(plain).toEqualTypeOf<Take>();
    // @ts-expect-error -- sources was not expanded
    void plain.sources;
    expectTypeOf(plain.created).toEqualTypeOf<Date>();
    expectTypeOf(plain.metadata).toEqualTypeOf<JsonValue>();
    const full = await ugc.takes.createSingleCam({
      sources: [{ fileId: 'f', deviceLabel: 'c', format: 'MP4' }],
      expand: ['sources', 'videoFile'],
    });
    expectTypeOf(full).toHaveProperty('sources');
    expectTypeOf(full).toHaveProperty('videoFile');
    // @ts-expect-error -- volume was not expanded
    void full.volume;
    expectTypeOf(await ugc.takes.list({ expand: ['client'] })).toEqualTypeOf<Page<Take<'client'>>>();
    // @ts-expect-error -- not a take expansion
    void ugc.takes.retrieve({ id: 't', expand: ['rig'] });
  });

  test('volumes', async () => {
    const volume = await ugc.volumes.retrieve({ id: 'v', expand: ['outputs'] });
    expectTypeOf(volume).toHaveProperty('outputs');
    // @ts-expect-error -- sources was not expanded
    void volume.sources;
    expectTypeOf(volume).toEqualTypeOf<Volume<'outputs'>>();
    // @ts-expect-error -- areaType must be NORMAL or LARGE
    void ugc.volumes.createHuman({ sources: [], humanHeight: 1.8, areaType: 'HUGE' });
  });

  test('files', async () => {
    const file = await ugc.files.retrieve({ id: 'f' });
    expectTypeOf(file).toEqualTypeOf<UgcFile>();
    // @ts-expect-error -- client was not expanded
    void file.client;
    const withClient = await ugc.files.update({ id: 'f', name: 'n', expand: ['client'] });
    expectTypeOf(withClient).toHaveProperty('client');
  });
});
