import { schemaFields, schemaPossibleTypes } from './generated/schema-map.js';

// `move-ugc/graphcache`: what @urql/exchange-graphcache needs to normalise Move UGC results
// without warnings. The types are written out structurally, not imported from graphcache, so this
// entry type-checks (skipLibCheck false) in an app that never installs graphcache.

/** A `keys` config: for each object type that has no `id`, a key function returning null. */
export type MoveUgcKeys = { readonly [typename: string]: () => null };

/** A `possibleTypes` config: each interface and union, and the object types it can be. */
export type MoveUgcPossibleTypes = { [abstractType: string]: string[] };

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const embedded = (): null => null;

/**
 * graphcache's `keys` for the Move UGC schema. Pages (`JobsPage`, …), `JobProgress` and the other
 * object types without an `id` are embedded in their parent rather than normalised; without this,
 * graphcache warns "Invalid key" for each of them in development builds. Types with an `id` (jobs,
 * takes, files, volumes, the client) keep graphcache's default key, so a mutation's result updates
 * every query that shows the same object.
 *
 * @example
 * ```ts
 * import { Client } from '@urql/core';
 * import { cacheExchange } from '@urql/exchange-graphcache';
 * import { MoveUgc, moveUgcExchange } from 'move-ugc';
 * import { moveUgcKeys, moveUgcPossibleTypes } from 'move-ugc/graphcache';
 *
 * const urql = new Client({
 *   url: 'https://api.move.ai/ugc/graphql',
 *   exchanges: [cacheExchange({ keys: moveUgcKeys, possibleTypes: moveUgcPossibleTypes }), moveUgcExchange({ apiKey })],
 *   preferGetMethod: false,
 * });
 * const ugc = new MoveUgc({ urql });
 * ```
 */
export const moveUgcKeys: MoveUgcKeys = Object.freeze(
  Object.fromEntries(
    Object.keys(schemaFields)
      .filter((type) => !ROOT_TYPES.has(type) && !(type in schemaPossibleTypes) && !('id' in schemaFields[type]!))
      .map((type) => [type, embedded]),
  ),
);

/**
 * graphcache's `possibleTypes` for the Move UGC schema (`Volume`: `HumanVolume`, `Page`: the page
 * types, …), so fragments on an interface or union match exactly instead of by heuristic (which
 * graphcache warns about in development builds).
 *
 * @example
 * ```ts
 * cacheExchange({ keys: moveUgcKeys, possibleTypes: moveUgcPossibleTypes });
 * ```
 */
export const moveUgcPossibleTypes: MoveUgcPossibleTypes = Object.fromEntries(
  Object.entries(schemaPossibleTypes).map(([abstract, types]) => [abstract, [...types]]),
);
