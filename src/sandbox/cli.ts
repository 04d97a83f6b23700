#!/usr/bin/env node
// Runs a sandbox until interrupted:
// `node dist/sandbox/cli.js [--port N] [--job-duration-ms N] [--api-key KEY] [--fault SPEC]...`
import { parseArgs } from 'node:util';
import { parseFault } from './faults.js';
import { createSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    'job-duration-ms': { type: 'string', default: '3000' },
    'api-key': { type: 'string' },
    fault: { type: 'string', multiple: true, default: [] },
  },
});
// A key a previous sandbox made, still exported, is kept, so a restart does not break the shell's setup.
const exported = process.env.MOVE_UGC_API_KEY?.startsWith('sandbox-') ? process.env.MOVE_UGC_API_KEY : undefined;
const apiKey = values['api-key'] ?? exported;
const sandbox = await createSandbox({
  port: Number(values.port),
  jobDurationMs: Number(values['job-duration-ms']),
  faults: values.fault.map(parseFault),
  ...(apiKey ? { apiKey } : {}),
});
console.log(`Move UGC sandbox listening on ${sandbox.url}`);
console.log(`  export MOVE_UGC_ENDPOINT_URL=${sandbox.url}`);
console.log(`  export MOVE_UGC_API_KEY=${sandbox.apiKey}`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
