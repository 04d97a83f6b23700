import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Hints name a command to run next. From a clone or through npx, `move-ugc` is not on the shell's
// PATH (command not found), so hints say `npx move-ugc …` unless `move-ugc` there is this CLI.

let cached: string | undefined;

/** How to run this CLI from the user's shell: `move-ugc` when installed on PATH, else `npx move-ugc`. */
export function cliName(): string {
  return (cached ??= onPath() ? 'move-ugc' : 'npx move-ugc');
}

/**
 * npm (npx, `npm run`, `npm exec`) puts node_modules/.bin on PATH for the child only, so a match
 * there says nothing about the shell afterwards: npm_command marks such a start.
 */
function onPath(env = process.env): boolean {
  if (env.npm_command) return false;
  const self = real(process.argv[1]);
  if (!self) return false;
  const names = process.platform === 'win32' ? ['move-ugc.cmd', 'move-ugc.exe', 'move-ugc'] : ['move-ugc'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of dir ? names : []) {
      const found = real(join(dir, name));
      if (!found) continue;
      // The first `move-ugc` on PATH is what the shell runs: it must be this one.
      return found === self || (process.platform === 'win32' && executable(found));
    }
  }
  return false;
}

function real(path: string | undefined): string | undefined {
  try {
    return path ? realpathSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
