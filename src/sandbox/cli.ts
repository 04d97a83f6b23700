#!/usr/bin/env node
// Runs a sandbox until interrupted: `node dist/sandbox/cli.js [--port N] [--job-duration-ms N]`.
import { parseArgs } from 'node:util';
import { createSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    'job-duration-ms': { type: 'string', default: '3000' },
    'api-key': { type: 'string' },
  },
});
const sandbox = await createSandbox({
  port: Number(values.port),
  jobDurationMs: Number(values['job-duration-ms']),
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
});
console.log(`Move UGC sandbox listening on ${sandbox.url}`);
console.log(`  export MOVE_UGC_ENDPOINT_URL=${sandbox.url}`);
console.log(`  export MOVE_UGC_API_KEY=${sandbox.apiKey}`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
