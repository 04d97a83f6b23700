// A GraphQL endpoint in a process of its own, so the test's saturated event loop cannot slow
// it: `hang` never answers, `answer` answers every POST with one getJob result. Reports its URL
// over IPC, and on 'count' the requests it has read.
import { createServer } from 'node:http';

const mode = process.argv[2];
const body = JSON.stringify({
  data: { getJob: { id: 'job-1', name: null, metadata: null, created: '2026-01-01T00:00:00.000Z', state: 'FINISHED', progress: null } },
});
let count = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    count++;
    if (mode === 'answer') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
});
server.keepAliveTimeout = 120_000;
server.listen(0, '127.0.0.1', 4096, () => process.send({ url: `http://127.0.0.1:${server.address().port}/graphql` }));
process.on('message', (m) => m === 'count' && process.send({ count }));
process.on('disconnect', () => process.exit(0));
