// A loopback GraphQL endpoint that answers every POST with the same getJob result, so a
// benchmark measures the client and not the server. Runs in its own process (forked by
// overhead.mjs) and reports its URL over IPC.
import { createServer } from 'node:http';

const body = JSON.stringify({
  data: {
    getJob: {
      id: 'job-0f8e4c1a-5b7d-4e2a-9c3f-1d2e3f4a5b6c',
      name: 'bench job',
      created: '2025-01-02T03:04:05.678Z',
      metadata: '{"customer":42,"tags":["a","b"]}',
      state: 'FINISHED',
      progress: { state: 'FINISHED', percentageComplete: 100 },
    },
  },
});
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, headers).end(body));
});
// Longer than any pause of a run, so that a client never reuses a socket the server is just closing.
server.keepAliveTimeout = 600_000;
server.listen(0, '127.0.0.1', 4096, () => {
  const { port } = server.address();
  process.send({ ready: true, url: `http://127.0.0.1:${port}/graphql` });
});
process.on('disconnect', () => process.exit(0));
