import { cacheExchange, Client, fetchExchange, type Exchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { GetJobDocument, ListJobsDocument } from '../../src/documents.js';
import { MoveUgc, moveUgcDecodeExchange, moveUgcExchange, type JsonValue } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// One job read every way an app can read it: the facade, ugc.request, ugc.urql, an app's own
// client running moveUgcExchange, and one running urql's fetchExchange behind
// moveUgcDecodeExchange, with and without a cache in front. Each hands out the same shape:
// Dates and parsed AWSJSON, as the generated types say.

let t: TestSandbox;
let jobId: string;
const metadata = { shot: 'A7', takes: [1, 2, { best: true }] };

beforeAll(async () => {
  t = await startSandbox();
  jobId = (await t.ugc.jobs.createSingleCam({ takeId: await t.singleCamTake(), name: 'one shape', metadata })).id;
});
afterAll(() => t.sandbox.close());

const appClient = (exchanges: Exchange[], headers?: Record<string, string>) =>
  new Client({ url: t.sandbox.url, exchanges, preferGetMethod: false, fetchOptions: headers && { headers } });
const ours = () => moveUgcExchange({ apiKey: t.sandbox.apiKey });
const stock = () => ({ authorization: t.sandbox.apiKey });

function expectDecoded(job: { id: string; created: Date | null; metadata: JsonValue | null } | null | undefined, how: string) {
  expect(job?.id, how).toBe(jobId);
  expect(job?.created, how).toBeInstanceOf(Date);
  expect(Number.isNaN(job?.created?.getTime()), how).toBe(false);
  expect(job?.metadata, how).toEqual(metadata);
}

describe('one decoded shape through every client', () => {
  it('the facade, ugc.request and ugc.urql agree', async () => {
    const viaFacade = await t.ugc.jobs.retrieve({ id: jobId });
    const viaRequest = (await t.ugc.request(GetJobDocument, { jobId })).getJob;
    const viaUrql = (await t.ugc.urql.query(GetJobDocument, { jobId }).toPromise()).data?.getJob;
    expectTypeOf(viaUrql!.created).toEqualTypeOf<Date | null>();
    expectTypeOf(viaRequest.metadata).toEqualTypeOf<JsonValue | null>();
    for (const [how, job] of Object.entries({ viaFacade, viaRequest, viaUrql })) expectDecoded(job, how);
    expect(viaRequest.created?.getTime()).toBe(viaFacade.created?.getTime());
    expect(viaUrql?.created?.getTime()).toBe(viaFacade.created?.getTime());
  });

  it('an app’s client with moveUgcExchange, and with moveUgcDecodeExchange before fetchExchange, cached or not', async () => {
    const clients = {
      ours: appClient([ours()]),
      oursCached: appClient([cacheExchange, ours()]),
      stock: appClient([moveUgcDecodeExchange, fetchExchange], stock()),
      stockCached: appClient([cacheExchange, moveUgcDecodeExchange, fetchExchange], stock()),
    };
    for (const [how, client] of Object.entries(clients)) {
      expectDecoded((await client.query(GetJobDocument, { jobId }).toPromise()).data?.getJob, how);
      // A second read: from the cache where there is one; it holds the decoded data.
      const again = await client.query(GetJobDocument, { jobId }).toPromise();
      expectDecoded(again.data?.getJob, `${how}, again`);
    }
  });

  it('the facade over an app’s decoding client decodes once', async () => {
    for (const exchanges of [
      [cacheExchange, moveUgcDecodeExchange, fetchExchange],
      [moveUgcDecodeExchange, fetchExchange],
    ]) {
      const ugc = new MoveUgc({ urql: appClient(exchanges, stock()) });
      expectDecoded(await ugc.jobs.retrieve({ id: jobId }), 'retrieve');
      expectDecoded((await ugc.request(GetJobDocument, { jobId })).getJob, 'request');
    }
  });

  it('the facade over a stock fetchExchange client decodes itself', async () => {
    const ugc = new MoveUgc({ urql: appClient([fetchExchange], stock()) });
    expectDecoded(await ugc.jobs.retrieve({ id: jobId }), 'retrieve');
  });

  it('a page’s cursor stays the text the API sent, and goes back as is', async () => {
    await t.ugc.jobs.createSingleCam({ takeId: await t.singleCamTake() });
    const first = (await t.ugc.urql.query(ListJobsDocument, { first: 1 }).toPromise()).data?.listJobs;
    expect(typeof first?.after).toBe('string');
    expectDecoded(first?.items?.find((j) => j?.id === jobId) ?? (await t.ugc.jobs.retrieve({ id: jobId })), 'page item');
    const next = await t.ugc.urql.query(ListJobsDocument, { first: 1, after: first?.after as string }).toPromise();
    expect(next.error).toBeUndefined();
    expect(next.data?.listJobs?.items?.[0]?.created).toBeInstanceOf(Date);
  });
});
