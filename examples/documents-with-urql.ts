// The SDK's typed documents work with your own GraphQL client too.
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { MoveUgc, moveUgcDecodeExchange } from 'move-ugc';
import { GetJobDocument, ListJobsDocument } from 'move-ugc/documents';

const key = process.env.MOVE_UGC_API_KEY!;

// Your own urql client: the API takes the key as-is in the authorization header, over POST.
// moveUgcDecodeExchange, just before fetchExchange, decodes results as the SDK does.
const urql = new Client({
  url: 'https://api.move.ai/ugc/graphql',
  exchanges: [cacheExchange, moveUgcDecodeExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: { headers: { authorization: key } },
});

const result = await urql.query(GetJobDocument, { jobId: 'job-…', withOutputs: true }).toPromise();
if (result.error) throw result.error;
const job = result.data?.getJob;
// Decoded: metadata is a JSON value and timestamps are Dates, as the generated types say.
console.log(job?.state, job?.created?.toISOString(), job?.metadata, job?.outputs?.length);

// Or run the same documents through the SDK: same key, retries and typed errors, decoded results.
const ugc = new MoveUgc({ apiKey: key });
const { getJob } = await ugc.request(GetJobDocument, { jobId: 'job-…', withOutputs: true });
console.log(getJob?.metadata, getJob?.created?.toISOString());

const { listJobs } = await ugc.request(ListJobsDocument, { first: 10, withTake: true });
for (const job of listJobs?.items ?? []) console.log(job?.id, job?.take?.name);
