// One urql Client for your app and the SDK: your exchanges see every SDK call, and the SDK's HTTP
// policy (key, timeouts, retries, typed errors) runs as the last exchange of your pipeline.
import { Client, fetchExchange, mapExchange } from '@urql/core';
import { MoveUgc, moveUgcExchange } from 'move-ugc';
import { GetJobDocument } from 'move-ugc/documents';

const apiKey = process.env.MOVE_UGC_API_KEY!;

const urql = new Client({
  url: 'https://api.move.ai/ugc/graphql',
  exchanges: [
    // Yours first (devtools, logging, auth refresh): here, a line per operation.
    mapExchange({ onOperation: (op) => console.log('urql', op.kind, op.key) }),
    // Ours last, in place of fetchExchange.
    moveUgcExchange({ apiKey, maxRetries: 3, logLevel: 'warn', logger: console }),
  ],
  preferGetMethod: false,
});

const ugc = new MoveUgc({ urql });
const job = await ugc.jobs.retrieve({ id: 'job-…' }, { onResponse: (r) => console.log('request id', r.requestId) });

// The same client runs your own queries (wire form: metadata as JSON text, ISO timestamps).
const result = await urql.query(GetJobDocument, { jobId: job.id }).toPromise();
console.log(result.data?.getJob?.state);

// A client on urql's stock fetchExchange works too: typed errors and decoded results, no retries.
const stock = new Client({
  url: 'https://api.move.ai/ugc/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
  fetchOptions: { headers: { authorization: apiKey } },
});
const viaStock = new MoveUgc({ urql: stock, timeoutMs: 30_000 });
console.log((await viaStock.jobs.retrieve({ id: job.id })).created?.toISOString());

// Or let the SDK build its client and share that one: `ugc.urql` is a urql Client.
const own = new MoveUgc({ apiKey });
const again = await own.urql.query(GetJobDocument, { jobId: job.id }).toPromise();
console.log(again.data?.getJob?.id);
