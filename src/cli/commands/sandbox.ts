import { Command } from 'commander';
import { createSandbox } from '../../sandbox/index.js';
import { outputFor, positiveInt } from '../context.js';

export function sandboxCommand(): Command {
  return new Command('sandbox')
    .description('run a local, stateful stand-in for the API until Ctrl-C')
    .option('--port <n>', 'port to listen on', positiveInt('--port'), 4000)
    .option('--job-duration-ms <n>', 'how long a job takes to finish', positiveInt('--job-duration-ms'), 3000)
    .action(async (o: { port: number; jobDurationMs: number }, cmd: Command) => {
      const out = outputFor(cmd);
      const sandbox = await createSandbox({ port: o.port, jobDurationMs: o.jobDurationMs });
      if (out.json) out.result({ url: sandbox.url, apiKey: sandbox.apiKey });
      out.line(`Move UGC sandbox on ${sandbox.url}`);
      out.line(`  export MOVE_UGC_ENDPOINT_URL=${sandbox.url}`);
      out.line(`  export MOVE_UGC_API_KEY=${sandbox.apiKey}`);
      out.line('Ctrl-C stops it.');
      await new Promise<void>((resolve) => {
        const stop = () => void sandbox.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
