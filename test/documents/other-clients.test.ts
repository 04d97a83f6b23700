import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateFileDocument,
  CreateSingleCamJobDocument,
  CreateSingleCamTakeDocument,
  GetJobDocument,
  ListJobsDocument,
  UpdateJobDocument,
} from '../../src/documents.js';
import { decodeResult } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Clients we did not write, Apollo Client and graphql-request, run the exported typed documents
// against the sandbox: its answers must suit them as AppSync's do (Apollo's cache normalises by
// __typename and id, pages follow nextToken, errors keep AppSync's errorType).
let t: TestSandbox;
let jobIds: string[];

beforeAll(async () => {
  t = await startSandbox();
  const takeId = await t.singleCamTake();
  jobIds = [];
  for (let i = 0; i < 3; i++) jobIds.push((await t.ugc.jobs.createSingleCam({ takeId, name: `job ${i}` })).id);
});
afterAll(() => t.sandbox.close());

const MISSING = 'job-00000000-0000-0000-0000-000000000000';

describe('Apollo Client 4 against the sandbox', () => {
  const apollo = () =>
    new ApolloClient({
      link: new HttpLink({ uri: t.sandbox.url, headers: { authorization: t.sandbox.apiKey } }),
      cache: new InMemoryCache(),
    });

  it('a mutation updates the job that its normalised cache then answers from', async () => {
    const client = apollo();
    const jobId = jobIds[0]!;
    const first = await client.query({ query: GetJobDocument, variables: { jobId, withTake: true } });
    expect(first.data?.getJob?.id).toBe(jobId);
    expect(first.data?.getJob?.take?.id).toEqual(expect.any(String));

    const updated = await client.mutate({
      mutation: UpdateJobDocument,
      variables: { id: jobId, name: 'renamed by Apollo', metadata: JSON.stringify({ by: 'apollo' }) },
    });
    expect(updated.data?.updateJob.name).toBe('renamed by Apollo');
    // Read back from the cache only: the mutation's result was normalised into the same Job entry.
    const cached = await client.query({ query: GetJobDocument, variables: { jobId, withTake: true }, fetchPolicy: 'cache-only' });
    expect(cached.data?.getJob?.name).toBe('renamed by Apollo');
    // Apollo hands out the wire's strings; decodeResult gives the shape the generated types promise.
    expect(typeof (cached.data?.getJob?.metadata as unknown)).toBe('string');
    const decoded = decodeResult(GetJobDocument, cached.data);
    expect(decoded.getJob?.metadata).toEqual({ by: 'apollo' });
    expect(decoded.getJob?.created).toBeInstanceOf(Date);
    // And the server holds it too.
    expect((await t.ugc.jobs.retrieve({ id: jobId })).name).toBe('renamed by Apollo');
  });

  it('walks every page of listJobs by nextToken', async () => {
    const client = apollo();
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { data } = await client.query({ query: ListJobsDocument, variables: { first: 1, after }, fetchPolicy: 'network-only' });
      seen.push(...(data?.listJobs?.items ?? []).map((job) => job!.id));
      // A cursor is AWSJSON typed as JsonValue; it stays the wire's string, to be sent back as is.
      after = data?.listJobs?.after as string | null | undefined;
      if (!after) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...jobIds].sort());
  });

  it('an unknown job is a CombinedGraphQLErrors carrying AppSync’s errorType', async () => {
    const error: unknown = await apollo()
      .query({ query: GetJobDocument, variables: { jobId: MISSING } })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    const [entry] = (error as CombinedGraphQLErrors).errors;
    expect(entry?.message).toContain(MISSING);
    expect((entry as { errorType?: string }).errorType).toBe('MoveNotFoundError');
  });
});

describe('graphql-request 7 against the sandbox', () => {
  const client = () => new GraphQLClient(t.sandbox.url, { headers: { authorization: t.sandbox.apiKey } });

  it('file, take and job made with the typed documents, read back with expansions', async () => {
    const gql = client();
    const { createFile } = await gql.request(CreateFileDocument, { type: 'mp4', name: 'from graphql-request' });
    expect(createFile.presignedUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const { createSingleCamTake } = await gql.request(CreateSingleCamTakeDocument, {
      sources: [{ deviceLabel: 'phone', fileId: createFile.id, format: 'MP4' }],
      withSources: true,
    });
    expect(createSingleCamTake.sources?.[0]?.file?.id).toBe(createFile.id);
    const { createSingleCamJob } = await gql.request(CreateSingleCamJobDocument, {
      takeId: createSingleCamTake.id,
      outputs: ['MAIN_FBX', 'RENDER_VIDEO'],
    });
    const { getJob } = await gql.request(GetJobDocument, { jobId: createSingleCamJob.id, withTake: true, withInputs: true });
    expect(getJob?.take?.id).toBe(createSingleCamTake.id);
    const { getJob: decoded } = decodeResult(GetJobDocument, { getJob });
    expect(decoded?.created).toBeInstanceOf(Date);
    expect(Number.isNaN(decoded?.created?.getTime())).toBe(false);
  });

  it('an unknown job is a ClientError whose response keeps AppSync’s errorType', async () => {
    const error: unknown = await client()
      .request(GetJobDocument, { jobId: MISSING })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(error).toBeInstanceOf(ClientError);
    const [entry] = (error as ClientError).response.errors ?? [];
    expect(entry?.message).toContain(MISSING);
    expect((entry as { errorType?: string } | undefined)?.errorType).toBe('MoveNotFoundError');
  });

  it('a wrong key is refused with HTTP 401 before any data', async () => {
    const wrong = new GraphQLClient(t.sandbox.url, { headers: { authorization: 'not-the-key' } });
    const error: unknown = await wrong.request(GetJobDocument, { jobId: jobIds[0]! }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.status).toBe(401);
    expect((error as ClientError).response.data).toBeUndefined();
  });
});
