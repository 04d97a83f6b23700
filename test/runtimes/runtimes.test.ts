import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectedShape, type FlowResult } from './flow.mjs';

// One flow (test/runtimes/flow.mjs) on every runtime the README promises, each an npm-installed
// binary (bun, deno, workerd, which `npm run test:matrix` installs; no install script needed) or Debian's Chromium, against
// a sandbox on 127.0.0.1. Node, Bun and Deno import the built package by name (its exports
// conditions as each runtime resolves them); workerd and Chromium run an esbuild bundle of it.
const root = resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';

/** The platform package's binary, from the matrix's tools (.tmp/matrix) or the project's own node_modules. */
function binary(candidates: string[]): string | undefined {
  return [join(root, '.tmp/matrix/node_modules'), join(root, 'node_modules')]
    .flatMap((modules) => candidates.map((c) => join(modules, c)))
    .find((p) => existsSync(p) && statSync(p).size > 1_000_000);
}
const BUN = binary(['@oven/bun-linux-x64/bin/bun', '@oven/bun-linux-x64-baseline/bin/bun', 'bun/bin/bun.exe']);
const DENO = binary(['@deno/linux-x64-glibc/deno', 'deno/deno']);
const WORKERD = binary(['@cloudflare/workerd-linux-64/bin/workerd', 'workerd/bin/workerd']);
/** A title that says why the test was skipped when its runtime is absent. */
const titled = (title: string, tool: string, found: string | undefined) =>
  found ? title : `${title} SKIPPED (${tool} is absent: \`npm run test:matrix\` installs it into .tmp/matrix)`;

/** The flow's JSON from the line the runner printed. */
function resultFrom(output: string): FlowResult {
  const line = output.split('\n').find((l) => l.includes('FLOW_RESULT '));
  if (!line) throw new Error(`the runtime printed no result:\n${output}`);
  return JSON.parse(line.slice(line.indexOf('FLOW_RESULT ') + 'FLOW_RESULT '.length)) as FlowResult;
}

function expectFlow(result: FlowResult) {
  expect(result).toMatchObject(expectedShape(result));
  expect(result.retrieve.take).toMatch(/^take-/);
  expect(result.forAwait).toContain(result.retrieve.id);
  expect(new Set(result.forAwait).size).toBe(result.forAwait.length);
}

const RUNNER = `import * as sdk from 'move-ugc';
import { flow } from './flow.mjs';
const [endpoint, apiKey] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
console.log('FLOW_RESULT ' + JSON.stringify(await flow(sdk, { endpoint, apiKey })));
`;

/** `move-ugc` and the flow bundled as `conditions` pick; `main` runs them (`run(endpoint, apiKey)`). */
async function bundleFor(conditions: string[], main: string): Promise<string> {
  const contents = `import * as sdk from 'move-ugc';\nimport { flow } from './flow.mjs';\nconst run = (endpoint, apiKey) => flow(sdk, { endpoint, apiKey });\n${main}`;
  const result = await build({
    stdin: { contents, resolveDir: dir, sourcefile: 'entry.js' },
    bundle: true,
    platform: 'browser',
    conditions,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: build first (npm test runs tsup)');
  // getClient's body trickles (flow.mjs: every call settles at its own timeout, on each runtime).
  sandbox = await createSandbox({ jobDurationMs: 0, faults: [{ kind: 'slow-body', operations: ['getClient'], bytesPerSecond: 1 }] });
  // An app folder whose node_modules/move-ugc is this checkout: package.json exports, built dist.
  dir = mkdtempSync(join(tmpdir(), 'move-ugc-runtimes-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'move-ugc'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runtime-app', private: true, type: 'module' }));
  copyFileSync(join(import.meta.dirname, 'flow.mjs'), join(dir, 'flow.mjs'));
  writeFileSync(join(dir, 'run.mjs'), RUNNER);
});

afterAll(async () => {
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the same flow on every runtime', () => {
  const args = () => ['run.mjs', sandbox.url, sandbox.apiKey];

  test('Node', async () => {
    const { stdout } = await exec(process.execPath, args(), { cwd: dir });
    expectFlow(resultFrom(stdout));
  });

  test.skipIf(!BUN)(titled('Bun', 'bun', BUN), async () => {
    const { stdout } = await exec(BUN!, args(), { cwd: dir, env: { ...process.env, BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } });
    expectFlow(resultFrom(stdout));
  });

  // @urql/core reads process.env.NODE_ENV (its dev warnings), so Deno needs that one variable;
  // the SDK itself reads no variable when every option is given (MOVE_UGC_* are never granted here).
  test.skipIf(!DENO)(
    titled('Deno, with network access to 127.0.0.1 and NODE_ENV only (no other environment, no file access)', 'deno', DENO),
    async () => {
      const { stdout } = await exec(
        DENO!,
        ['run', '--no-prompt', '--no-lock', '--node-modules-dir=manual', '--allow-net=127.0.0.1', '--allow-env=NODE_ENV', ...args()],
        { cwd: dir, env: { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1' } },
      );
      expectFlow(resultFrom(stdout));
    },
  );

  test.skipIf(!DENO)(
    titled('Deno without --allow-env: a ValidationError saying which permission urql needs, not a bare NotCapable', 'deno', DENO),
    async () => {
      const run = exec(DENO!, ['run', '--no-prompt', '--no-lock', '--node-modules-dir=manual', '--allow-net=127.0.0.1', ...args()], {
        cwd: dir,
        env: { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1' },
      });
      const failure: unknown = await run.then(
        () => 'it ran',
        (e: unknown) => e,
      );
      expect((failure as { stderr?: string }).stderr).toContain('ValidationError');
      expect((failure as { stderr?: string }).stderr).toContain('--allow-env=NODE_ENV');
    },
  );

  test.skipIf(!WORKERD)(titled('Cloudflare workerd (conditions workerd, worker, browser)', 'workerd', WORKERD), async () => {
    const bundle = await bundleFor(
      ['workerd', 'worker', 'browser'],
      `export default { async test(_ctrl, env) { console.log('FLOW_RESULT ' + JSON.stringify(await run(env.ENDPOINT, env.API_KEY))); } };`,
    );
    writeFileSync(join(dir, 'worker.js'), bundle);
    // The worker reaches only loopback: its outbound network allows local addresses.
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .flowWorker),
    (name = "loopback", network = (allow = ["local", "private"])),
  ],
);
const flowWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ENDPOINT", text = ${JSON.stringify(sandbox.url)}),
    (name = "API_KEY", text = ${JSON.stringify(sandbox.apiKey)}),
  ],
  globalOutbound = "loopback",
);
`,
    );
    const { stdout, stderr } = await exec(WORKERD!, ['test', '--verbose', 'config.capnp'], { cwd: dir }).catch(
      (err: { stdout: string; stderr: string }) => {
        throw new Error(`workerd test failed:\n${err.stdout}\n${err.stderr}`);
      },
    );
    expectFlow(resultFrom(`${stdout}\n${stderr}`));
  });

  test.skipIf(!existsSync(CHROMIUM))(
    `Chromium${existsSync(CHROMIUM) ? '' : ' SKIPPED (/usr/bin/chromium is absent: apt-get install chromium)'} (condition browser, page on another origin)`,
    async () => {
      const script = await bundleFor(['browser'], 'window.runFlow = run;');
      const page: Server = createServer((req, res) => {
        if (req.url === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><title>flow</title><script type="module" src="/app.js"></script>');
      });
      await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const tab = await browser.newPage();
        await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
        await tab.waitForFunction(() => 'runFlow' in window);
        const result = await tab.evaluate(
          ({ endpoint, apiKey }) =>
            (window as unknown as { runFlow: (e: string, k: string) => Promise<unknown> }).runFlow(endpoint, apiKey),
          { endpoint: sandbox.url, apiKey: sandbox.apiKey },
        );
        expectFlow(result as FlowResult);
      } finally {
        await browser.close();
        page.close();
      }
    },
  );
}, 120_000);
