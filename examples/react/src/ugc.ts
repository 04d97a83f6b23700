import { cacheExchange } from '@urql/exchange-graphcache';
import { MoveUgc, moveUgcExchange } from 'move-ugc';
import { moveUgcKeys, moveUgcPossibleTypes } from 'move-ugc/graphcache';
import { Client } from 'urql';

/** Where the page's client talks to, from its URL: `?endpoint=…&apiKey=…&cache=graphcache`. */
export interface Settings {
  endpoint: string;
  apiKey: string;
  /** `graphcache`: a normalised cache in front of the SDK's exchange; otherwise none. */
  cache: 'none' | 'graphcache';
  /** A job to show; without one, the page offers to create it. */
  jobId: string | null;
}

export function readSettings(search: string): Settings {
  const params = new URLSearchParams(search);
  return {
    endpoint: params.get('endpoint') ?? 'http://127.0.0.1:4000/graphql',
    apiKey: params.get('apiKey') ?? '',
    cache: params.get('cache') === 'graphcache' ? 'graphcache' : 'none',
    jobId: params.get('job'),
  };
}

/**
 * The SDK's client, whose `ugc.urql` the hooks use. Its own urql Client has no cache (every query
 * asks the API). With graphcache, the app builds the Client: graphcache first, the SDK's exchange
 * last, in place of fetchExchange; `moveUgcKeys` tells graphcache which types have no `id`, so it
 * embeds them (job progress, pages) instead of warning. The facade's calls then run through the
 * cache too: a mutation's result updates every query showing the same job.
 */
export function connect({ endpoint, apiKey, cache }: Settings): MoveUgc {
  if (cache === 'none') return new MoveUgc({ apiKey, endpoint });
  const urql = new Client({
    url: endpoint,
    exchanges: [cacheExchange({ keys: moveUgcKeys, possibleTypes: moveUgcPossibleTypes }), moveUgcExchange({ apiKey })],
    preferGetMethod: false,
  });
  return new MoveUgc({ urql });
}
