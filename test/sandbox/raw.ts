import type { Sandbox } from '../../src/sandbox/index.js';

export interface RawReply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Record<string, unknown>[] };
}

/** POSTs a GraphQL request to the sandbox with plain fetch, so what is asserted is the wire. */
export async function post<T = Record<string, unknown>>(
  sandbox: Sandbox,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawReply<T>> {
  const res = await fetch(sandbox.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: sandbox.apiKey, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as RawReply<T>['body'] };
}

/** Like `post`, but fails the test on any GraphQL error and returns `data`. */
export async function data<T = Record<string, unknown>>(
  sandbox: Sandbox,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const reply = await post<T>(sandbox, query, variables);
  if (reply.status !== 200 || reply.body.errors?.length || !reply.body.data)
    throw new Error(`request failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data;
}
