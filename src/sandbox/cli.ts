#!/usr/bin/env node
// `node dist/sandbox/cli.js [options]` is `move-ugc sandbox [options]`: one command, one set of
// checks and help, rather than a second parser that let bad flags through as stack traces.
// The URL is built at run time so the bundler leaves the CLI as its own file, not a second copy.
process.argv.splice(2, 0, 'sandbox');
await import(new URL('../cli.js', import.meta.url).href);
