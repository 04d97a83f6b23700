import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { GetJobDocument, ListJobsDocument, type GetJobQuery } from '../../src/documents.js';
import { moveUgcDecodeExchange, ResponseError } from '../../src/index.js';
import { json, startFaultServer } from '../helpers/fault-server.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Apps run the exported documents through their own urql Client: the documents must behave as
// ordinary DocumentNodes there although the SDK builds them from their compact text.
let t: TestSandbox;
let jobId: string;

beforeAll(async () => {
  t = await startSandbox();
  const takeId = await t.singleCamTake();
  jobId = (await t.ugc.jobs.createSingleCam({ takeId, name: 'via urql', metadata: { n: 1 } })).id;
});
afterAll(() => t.sandbox.close());

const clientFor = (exchanges = [moveUgcDecodeExchange, fetchExchange]) =>
  new Client({
    url: t.sandbox.url,
    exchanges,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization: t.sandbox.apiKey } },
  });

describe('typed documents with an app’s own urql Client', () => {
  it('GetJobDocument returns typed data, expansions included on request', async () => {
    const result = await clientFor().query(GetJobDocument, { jobId, withTake: true }).toPromise();
    expect(result.error).toBeUndefined();
    expectTypeOf(result.data).toEqualTypeOf<GetJobQuery | undefined>();
    const job = result.data?.getJob;
    expect(job?.id).toBe(jobId);
    expect(job?.name).toBe('via urql');
    // Decoded by moveUgcDecodeExchange, as the generated types say.
    expect(job?.metadata).toEqual({ n: 1 });
    expect(job?.created).toBeInstanceOf(Date);
    expect(job?.take?.id).toEqual(expect.any(String));
    expect(job?.client).toBeUndefined();
  });

  it('works through urql’s document cache, which rewrites the AST to add __typename', async () => {
    const result = await clientFor([cacheExchange, moveUgcDecodeExchange, fetchExchange]).query(ListJobsDocument, { first: 5 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.listJobs?.items?.map((j) => j?.id)).toContain(jobId);
    // The document cache asked for __typename, which the generated types do not declare.
    expect((result.data?.listJobs as { __typename?: string } | null | undefined)?.__typename).toBe('JobsPage');
    expect(result.data?.listJobs?.items?.[0]?.created).toBeInstanceOf(Date);
  });

  it('without moveUgcDecodeExchange, data is as the wire sent it', async () => {
    const result = await clientFor([fetchExchange]).query(GetJobDocument, { jobId }).toPromise();
    expect(typeof (result.data?.getJob?.created as unknown)).toBe('string');
  });

  it('data that does not fit its document becomes the result’s ResponseError', async () => {
    const server = await startFaultServer([
      json(200, {
        data: { getJob: { id: jobId, name: null, metadata: null, created: 'last Tuesday', state: 'FINISHED', progress: null } },
      }),
    ]);
    try {
      const result = await new Client({ url: server.url, exchanges: [moveUgcDecodeExchange, fetchExchange], preferGetMethod: false })
        .query(GetJobDocument, { jobId })
        .toPromise();
      expect(result.data).toBeUndefined();
      expect(result.error?.networkError).toBeInstanceOf(ResponseError);
      expect(result.error?.networkError?.message).toMatch(/getJob\.created: expected AWSDateTime/);
    } finally {
      await server.close();
    }
  });

  it('prints with graphql-js to the text the SDK sends', () => {
    expect(print(GetJobDocument)).toContain('fragment JobFields on Job');
    const [operation, ...fragments] = GetJobDocument.definitions.map((d) => d.kind);
    expect(operation).toBe('OperationDefinition');
    expect(fragments.length).toBeGreaterThan(0);
    expect(new Set(fragments)).toEqual(new Set(['FragmentDefinition']));
  });
});
