import { Command, InvalidArgumentError } from 'commander';
import { MoveUgcError } from '../../index.js';
import { createSandbox, parseFault, type SandboxFault } from '../../sandbox/index.js';
import { CliError, interruptExitCode, interruptSignal, outputFor, positiveInt, type GlobalOptions } from '../context.js';

export function sandboxCommand(): Command {
  return new Command('sandbox')
    .description('run a local, stateful stand-in for the API until Ctrl-C')
    .option('--port <n>', 'port to listen on', positiveInt('--port', 65_535), 4000)
    .option('--job-duration-ms <n>', 'how long a job takes to finish', positiveInt('--job-duration-ms'), 3000)
    .option('--fault <spec>', 'inject a fault, KIND[:operations][@rate|#nth], e.g. unavailable:getJob#2 (repeatable)', addFault)
    .option('--api-key <key>', 'the key clients must send (default: see below)')
    .option('--json', 'print the URL and key as JSON')
    .addHelpText(
      'after',
      [
        '',
        'The key is --api-key if given, else MOVE_UGC_API_KEY if it holds a sandbox key',
        '(sandbox-...), so a restarted sandbox keeps the key you exported; otherwise a',
        'new one is made.',
        'Fault kinds: unavailable (503), rate-limited (429), reset, slow-body,',
        'lagging-output-urls.',
      ].join('\n'),
    )
    .action(async (o: { port: number; jobDurationMs: number; fault?: SandboxFault[] }, cmd: Command) => {
      const faults = o.fault ?? [];
      const out = outputFor(cmd);
      const sandbox = await createSandbox({ port: o.port, jobDurationMs: o.jobDurationMs, faults, ...keyOption(cmd) }).catch(
        (error: unknown) => {
          throw listenProblem(error, o.port) ?? error;
        },
      );
      if (out.json) out.result({ url: sandbox.url, apiKey: sandbox.apiKey });
      out.line(`Move UGC sandbox on ${sandbox.url}`);
      out.line(`  export MOVE_UGC_ENDPOINT_URL=${sandbox.url}`);
      out.line(`  export MOVE_UGC_API_KEY=${sandbox.apiKey}`);
      for (const f of faults) out.line(`  fault: ${JSON.stringify(f)}`);
      out.line('Ctrl-C stops it.');
      const signal = interruptSignal();
      await new Promise<void>((resolve) =>
        signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      // close() drops open connections (keep-alive ones too) rather than waiting for clients to leave.
      await sandbox.close();
      out.note('Sandbox stopped.');
      // Exit now, with the shell's code for the signal: nothing else is left to finish.
      process.exit(interruptExitCode());
    });
}

/** A port the sandbox cannot have, told in one line that names the option to change. */
function listenProblem(error: unknown, port: number): CliError | undefined {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  if (syscall !== 'listen' && code !== 'EADDRINUSE') return undefined;
  if (code === 'EADDRINUSE') return new CliError(`port ${port} is already in use: stop what uses it, or pick another with --port <n>`);
  if (code === 'EACCES') return new CliError(`port ${port} needs privileges this user lacks: pick one above 1023 with --port <n>`);
  return undefined;
}

/** The key to keep: the one asked for, or one a previous sandbox made and the shell still exports. */
function keyOption(cmd: Command): { apiKey?: string } {
  const chosen = cmd.optsWithGlobals<GlobalOptions>().apiKey;
  if (chosen) return { apiKey: chosen };
  const exported = process.env.MOVE_UGC_API_KEY;
  return exported?.startsWith('sandbox-') ? { apiKey: exported } : {};
}

function addFault(spec: string, faults: SandboxFault[] = []): SandboxFault[] {
  try {
    return [...faults, parseFault(spec)];
  } catch (err) {
    throw new InvalidArgumentError(err instanceof MoveUgcError ? err.message : String(err));
  }
}
