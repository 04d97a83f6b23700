// Replaced with package.json's version at build time (tsup and vitest `define`).
declare const __MOVE_UGC_VERSION__: string | undefined;

/** This package's version, e.g. `0.1.0`. */
export const VERSION: string = typeof __MOVE_UGC_VERSION__ === 'string' ? __MOVE_UGC_VERSION__ : '0.0.0-dev';

/** `move-ugc/<version> <runtime>/<version>`: sent as `x-move-ugc-client` (and `user-agent` where a runtime allows it). */
export function clientHeaders(): Record<string, string> {
  const g = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    EdgeRuntime?: unknown;
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
  };
  let runtime: string;
  let server = true;
  if (g.Deno?.version?.deno) runtime = `deno/${g.Deno.version.deno}`;
  else if (g.Bun?.version) runtime = `bun/${g.Bun.version}`;
  else if (typeof g.EdgeRuntime === 'string') runtime = 'edge-runtime';
  else if (g.navigator?.userAgent === 'Cloudflare-Workers') runtime = 'workerd';
  else if (g.process?.versions?.node) runtime = `node/${g.process.versions.node}`;
  else [runtime, server] = ['browser', false];
  const value = `move-ugc/${VERSION} ${runtime}`;
  // Browsers forbid setting user-agent; elsewhere it names the SDK as other SDKs do.
  return server ? { 'x-move-ugc-client': value, 'user-agent': value } : { 'x-move-ugc-client': value };
}
