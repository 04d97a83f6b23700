#!/usr/bin/env node
import type { Command } from 'commander';
import { abortOnInterrupt } from './context.js';
import { program } from './program.js';
import { report, usageHint } from './report.js';

abortOnInterrupt();
// `move-ugc … | head` closes the pipe early: the reader has what it wanted, so stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
const root = program();
applyToAll(root, (c) => {
  c.exitOverride().showHelpAfterError(usageHint(c).trimEnd());
});
let running: Command = root;
root.hook('preAction', (_root, action) => {
  running = action;
});
try {
  await root.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error, running);
}

function applyToAll(command: Command, fn: (c: Command) => void): void {
  fn(command);
  for (const sub of command.commands) applyToAll(sub, fn);
}
