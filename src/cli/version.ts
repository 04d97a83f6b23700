// Bundled into dist/cli.js at build time, so `move-ugc --version` needs no file lookup at run time.
import pkg from '../../package.json' with { type: 'json' };

export const version: string = pkg.version;
