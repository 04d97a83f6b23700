import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { TransferError } from '../core/errors.js';

// Where a storage redirect may lead. A presigned URL comes from the API, but a redirect comes
// from whoever answers it: it must not walk the client into the machine's own network (a cloud
// metadata service at 169.254.169.254, a router at 10.x) or down from https to plain http.

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const INTERNAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(net, bits, 'ipv6');
}

/** `[::1]` -> `::1`; an IPv4-mapped IPv6 address -> its IPv4 form. */
function bare(host: string): string {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped ? mapped[1]! : h;
}

function isLoopback(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** True for a literal address of the local machine or the local network. */
function isInternal(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && (isLoopback(address) || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6'));
}

/** Whether the download started on this machine, where loopback redirects are its own business. */
function onLoopback(url: URL): boolean {
  const host = bare(url.hostname);
  return host === 'localhost' || isLoopback(host);
}

/** Whether a redirect that started at `origin` may connect to `address`. */
export function addressAllowed(address: string, origin: URL): boolean {
  const a = bare(address);
  if (!isInternal(a)) return true;
  return isLoopback(a) && onLoopback(origin);
}

/**
 * Throws unless a redirect from `from` to `to` is allowed: http(s) only, never from https to
 * http, and never to a literal internal address (see addressAllowed). Host names are checked when
 * they resolve (guardedLookup), so the check holds for the address actually connected to.
 */
export function refuseRedirect(from: URL, to: URL, origin: URL): void {
  const refuse = (why: string) => new TransferError(`Download refused a redirect to ${to.protocol}//${to.host}: ${why}`);
  if (to.protocol !== 'http:' && to.protocol !== 'https:') throw refuse('not an http(s) URL');
  if ((from.protocol === 'https:' || origin.protocol === 'https:') && to.protocol === 'http:')
    throw refuse('it leaves https for plain http');
  const host = bare(to.hostname);
  if (host === bare(origin.hostname)) return;
  if (host === 'localhost' ? !onLoopback(origin) : isIP(host) !== 0 && !addressAllowed(host, origin)) {
    throw refuse('a loopback, private or link-local address');
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for redirect hops that fails, before any connection, when a name resolves to an address that is not allowed. */
export function guardedLookup(origin: URL) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const sameHost = bare(hostname) === bare(origin.hostname);
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = sameHost ? undefined : addresses.find((a) => !addressAllowed(a.address, origin));
      if (bad || addresses.length === 0) {
        return callback(
          new TransferError(`Download refused a redirect to ${hostname}: it resolves to ${bad?.address ?? 'no address'}`),
          [],
        );
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
