import type { TypedDocumentNode } from '@urql/core';
import type { RequestOptions } from '../core/http.js';
import { PagePromise, type Page } from '../core/pagination.js';
import type { Transport } from '../core/transport.js';
import { schemaEnums } from '../generated/schema-map.js';
import type { SortDirection } from '../generated/graphql.js';
import { expandVariables } from '../core/expand.js';
import { checkCall, optionalInt, optionalMetadata, optionalOneOf, optionalString, requireString } from '../core/validate.js';

// Parameter handling that several resources share.

/** What every update takes. */
export const UPDATE_KEYS = ['id', 'name', 'metadata', 'expand'];

/** Checks `{ id, name?, metadata?, expand? }` (keys checked by `checkCall`) and returns the update mutation's variables. */
export function updateVariables<E extends string>(p: Record<string, unknown>, expand: Readonly<Record<E, string>>) {
  return { id: requireString(p.id, 'id'), ...nameAndMetadata(p), ...expandVariables(p.expand, expand) };
}

/** The optional `name` and `metadata` every writable object takes, as wire variables. */
export function nameAndMetadata(p: Record<string, unknown>) {
  return { name: optionalString(p.name, 'name'), metadata: optionalMetadata(p.metadata) };
}

/** Paging parameters every paginated `list` takes. */
export interface ListParams<E extends string> {
  /** Page size, at least 1. */
  limit?: number | undefined;
  /** A `nextToken` from an earlier page. */
  nextToken?: string | undefined;
  /** Order by creation time; the API defaults to newest first. */
  sortBy?: SortDirection | undefined;
  expand?: readonly E[] | undefined;
}

export const LIST_KEYS = ['limit', 'nextToken', 'sortBy', 'expand'];

/** The wire variables for a page: `cursor` (from the page before) wins over the caller's `nextToken`. */
export function pageVariables(p: Record<string, unknown>, cursor: string | undefined) {
  return {
    first: optionalInt(p.limit, 'limit', 1),
    after: cursor ?? optionalString(p.nextToken, 'nextToken'),
    sortDirection: optionalOneOf(p.sortBy, 'sortBy', schemaEnums.SortDirection),
  };
}

/** The page of a list response (decoded by the exchange, the cursor a string as sent). */
export function pageOf<T>(data: object, field: string): Page<T> {
  const list = (data as Record<string, { items?: readonly unknown[] | null; first?: number | null; after?: string | null } | null>)[field];
  return {
    items: (list?.items ?? []).filter((item) => item !== null) as T[],
    limit: list?.first ?? null,
    nextToken: list?.after ?? null,
  };
}

/**
 * A cursor-paged list call: checks `params` (the common list keys plus `extraKeys`) and the options
 * before each page, sends the page's variables with `variables(params)`, and decodes the page.
 */
export function listPages<T>(
  transport: Transport,
  // `never`: any list document's variables type fits; `variables` is trusted to build them.
  document: TypedDocumentNode<object, never>,
  field: string,
  params: object,
  options: RequestOptions | undefined,
  variables: (p: Record<string, unknown>) => Record<string, unknown>,
  extraKeys: readonly string[] = [],
): PagePromise<T> {
  // Read once, on the first page: every page is asked with what was checked, and a getter in
  // `params` is not run again per page.
  let checked: [Record<string, unknown>, RequestOptions | undefined] | undefined;
  return new PagePromise(
    async (cursor) => {
      const [p, o] = (checked ??= checkCall(params, [...LIST_KEYS, ...extraKeys], options));
      const data = await transport.execute(document, { ...pageVariables(p, cursor), ...variables(p) } as never, o);
      return pageOf<T>(data, field);
    },
    field,
    () => checked?.[0].nextToken,
  );
}
