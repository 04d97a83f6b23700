import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createJob, singleCamTake } from './fixtures.js';
import { data, post } from './raw.js';

// Issue 13 items 2-8: what the official Python SDK and AppSync expect of the API.

let sandbox: Sandbox;
let takeId: string;
let fileId: string;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 0 });
  ({ takeId, fileId } = await singleCamTake(sandbox));
});
afterAll(() => sandbox.close());

const JOB_OUTPUTS = 'query($id: ID!) { getJob(jobId: $id) { state outputs { key file { id metadata presignedUrl } } } }';

test('2. the client has a portal URL and JSON metadata from the start', async () => {
  const { client } = await data<{ client: { portal: string; metadata: string } }>(sandbox, '{ client { portal metadata } }');
  expect(JSON.parse(client.metadata)).toEqual({});
  expect(new URL(client.portal).protocol).toBe('http:');
  expect((await fetch(client.portal)).status).toBe(200);
});

test('3 and 5. outputs carry JSON metadata and, by default, their URLs on the first read after FINISHED', async () => {
  const jobId = await createJob(sandbox, takeId);
  type Reply = { getJob: { state: string; outputs: { key: string; file: { metadata: string; presignedUrl: string | null } }[] } };
  const { getJob } = await data<Reply>(sandbox, JOB_OUTPUTS, { id: jobId });
  expect(getJob.state).toBe('FINISHED');
  expect(getJob.outputs.map((o) => o.key)).toEqual(['main_fbx']);
  for (const o of getJob.outputs) {
    expect(JSON.parse(o.file.metadata)).toEqual({});
    expect(o.file.presignedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/file-/);
  }
});

test("3. a volume's calibration output carries JSON metadata", async () => {
  const { createVolumeWithHuman } = await data<{ createVolumeWithHuman: { id: string } }>(
    sandbox,
    'mutation($fileId: String!) { createVolumeWithHuman(areaType: NORMAL, humanHeight: 1.8, sources: [{ deviceLabel: "a", fileId: $fileId, format: MP4 }]) { id } }',
    { fileId },
  );
  type Reply = { getVolume: { outputs: { file: { metadata: string } }[] } };
  const { getVolume } = await data<Reply>(
    sandbox,
    'query($id: ID!) { getVolume(id: $id) { ... on HumanVolume { outputs { file { metadata } } } } }',
    {
      id: createVolumeWithHuman.id,
    },
  );
  expect(getVolume.outputs).toHaveLength(1);
  expect(JSON.parse(getVolume.outputs[0]!.file.metadata)).toEqual({});
});

describe('4. null or absent leaves a field unchanged, in every update mutation', () => {
  test.each([
    ['updateJob', 'Job'],
    ['updateTake', 'Take'],
    ['updateFile', 'File'],
  ])('%s', async (mutation) => {
    const id = mutation === 'updateJob' ? await createJob(sandbox, takeId) : mutation === 'updateTake' ? takeId : fileId;
    const update = `mutation($id: String!, $name: String, $metadata: AWSJSON) { ${mutation}(id: $id, name: $name, metadata: $metadata) { name metadata } }`;
    const set = await data<Record<string, { name: string; metadata: string }>>(sandbox, update, { id, name: 'kept', metadata: '{"a": 1}' });
    expect(set[mutation]).toEqual({ name: 'kept', metadata: '{"a": 1}' });
    // What the Python SDK sends for `update(id, metadata=...)`: the name as null.
    const metadataOnly = await data<Record<string, { name: string; metadata: string }>>(sandbox, update, {
      id,
      name: null,
      metadata: '{"b": 2}',
    });
    expect(metadataOnly[mutation]).toEqual({ name: 'kept', metadata: '{"b": 2}' });
    const nameOnly = await data<Record<string, { name: string; metadata: string }>>(sandbox, update, { id, name: 'renamed' });
    expect(nameOnly[mutation]).toEqual({ name: 'renamed', metadata: '{"b": 2}' });
    const cleared = await data<Record<string, { name: string; metadata: string }>>(sandbox, update, { id, metadata: '{}' });
    expect(cleared[mutation]).toEqual({ name: 'renamed', metadata: '{}' });
  });
});

test('5. lagging output URLs are an opt-in fault: the first read after FINISHED has none, the next has them', async () => {
  const lagging = await createSandbox({ jobDurationMs: 0, faults: [{ kind: 'lagging-output-urls' }] });
  try {
    const jobId = await createJob(lagging, (await singleCamTake(lagging)).takeId);
    type Reply = { getJob: { outputs: { file: { presignedUrl: string | null } }[] } };
    const first = await data<Reply>(lagging, JOB_OUTPUTS, { id: jobId });
    const second = await data<Reply>(lagging, JOB_OUTPUTS, { id: jobId });
    expect(first.getJob.outputs.map((o) => o.file.presignedUrl)).toEqual([null]);
    expect(second.getJob.outputs[0]!.file.presignedUrl).toMatch(/\/files\//);
  } finally {
    await lagging.close();
  }
});

test('6. upserting an endpoint again keeps its secret (and what else it is not given) unless a new one is given', async () => {
  const upsert = `mutation($uid: String!, $url: String!, $events: [String!], $secret: String, $description: String) {
    upsertWebhookEndpoint(uid: $uid, url: $url, events: $events, secret: $secret, description: $description) { secret description url events } }`;
  type Reply = { upsertWebhookEndpoint: { secret: string; description: string | null; url: string; events: string[] } };
  const first = await data<Reply>(sandbox, upsert, {
    uid: 'keep',
    url: 'http://127.0.0.1:9/a',
    events: ['ugc.job.state.completed'],
    description: 'd',
  });
  const again = await data<Reply>(sandbox, upsert, { uid: 'keep', url: 'http://127.0.0.1:9/b' });
  expect(again.upsertWebhookEndpoint).toEqual({ ...first.upsertWebhookEndpoint, url: 'http://127.0.0.1:9/b' });
  const secret = `whsec_${Buffer.from('another secret of thirty-two byte').toString('base64')}`;
  const rotated = await data<Reply>(sandbox, upsert, { uid: 'keep', url: 'http://127.0.0.1:9/b', secret });
  expect(rotated.upsertWebhookEndpoint.secret).toBe(secret);
});

describe('7. cursors: any JSON equivalent to one the list produced is accepted', () => {
  const LIST = 'query($after: AWSJSON) { listJobs(takeId: null, first: 2, sortDirection: ASC, after: $after) { after items { id } } }';
  type Page = { listJobs: { after: string | null; items: { id: string }[] } };

  test('re-spaced and re-ordered cursors give the same next page; foreign ones are refused', async () => {
    for (let i = 0; i < 3; i++) await createJob(sandbox, takeId);
    const page1 = await data<Page>(sandbox, LIST);
    const cursor = page1.listJobs.after!;
    const parsed = JSON.parse(cursor) as { id: string; created: string };
    const exact = await data<Page>(sandbox, LIST, { after: cursor });
    const reordered = await data<Page>(sandbox, LIST, { after: JSON.stringify({ created: parsed.created, id: parsed.id }) });
    const spaced = await data<Page>(sandbox, LIST, { after: JSON.stringify(parsed, null, 2) });
    expect(exact.listJobs.items.length).toBeGreaterThan(0);
    expect(reordered).toEqual(exact);
    expect(spaced).toEqual(exact);
    const foreign = await post(sandbox, LIST, { after: JSON.stringify({ id: 'job-made-up', created: parsed.created }) });
    expect(foreign.body.errors?.[0]?.errorType).toBe('BadRequestException');
    expect(foreign.body.errors?.[0]?.message).toMatch(/cursor/);
  });
});

describe('8. errors the way AppSync sends them', () => {
  test.each(['application/graphql-response+json', 'application/json', 'application/graphql-response+json, application/json;q=0.9', '*/*'])(
    'a validation error is HTTP 200 with application/json when the client accepts %s',
    async (accept) => {
      const reply = await post(sandbox, '{ client { noSuchField } }', {}, { accept });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body.errors?.[0]?.message).toMatch(/noSuchField/);
    },
  );

  test('not found: errorType MoveNotFoundError, data and errorInfo null, locations with sourceName, path', async () => {
    const reply = await post(sandbox, 'query($id: ID!) {\n  getJob(jobId: $id) { id }\n}', { id: 'job-missing' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors).toEqual([
      {
        path: ['getJob'],
        data: null,
        errorType: 'MoveNotFoundError',
        errorInfo: null,
        locations: [{ line: 2, column: 3, sourceName: null }],
        message: reply.body.errors?.[0]?.message,
      },
    ]);
    expect(reply.body.errors?.[0]?.message).toContain('job-missing');
  });
});
