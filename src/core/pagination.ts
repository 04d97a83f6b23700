import { ResponseError } from './errors.js';

/** One page of a list. Pass `nextToken` back to get the next page; null means this was the last. */
export interface Page<T> {
  items: T[];
  /** The page size the server applied. */
  limit: number | null;
  /** The server's opaque cursor, exactly as it sent it. */
  nextToken: string | null;
}

/**
 * What every `list` method returns: await it for one page, or iterate it with `for await` to walk
 * every item of every page. While one page is being consumed the next is already on its way, so a
 * consumer doing work per item does not also wait on the network.
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly [Symbol.toStringTag] = 'PagePromise';
  #first?: Promise<Page<T>>;

  /**
   * `fetchPage(undefined)` fetches the page the call asked for; later calls pass the cursor to
   * follow. `operation` names the list in errors; `firstCursor` gives the cursor the first page was
   * asked with, if any, so a server that answers with it again is caught at once; it is asked only
   * after the first page, whose call is where the caller's params are read.
   */
  constructor(
    private readonly fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
    private readonly operation = 'list',
    private readonly firstCursor: () => unknown = () => undefined,
  ) {}

  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.firstPage().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.firstPage().finally(onfinally);
  }

  /**
   * Every page in turn, starting with the one this call asked for. A server that hands back a
   * cursor already followed would send the same pages forever: that is a ResponseError, raised
   * before the repeated page is handed out.
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.firstPage();
    const first = this.firstCursor();
    const followed = new Set<unknown>([typeof first === 'string' ? sameness(first) : first]);
    let empty = 0;
    for (;;) {
      const token = page.nextToken;
      empty = page.items.length ? 0 : empty + 1;
      // Fresh cursors with nothing behind them never repeat, and a `for await` loop gets no item
      // to stop on: past this many empty pages in a row the walk ends instead of running forever.
      if (token && empty >= MAX_EMPTY_PAGES) {
        throw new ResponseError(
          `${this.operation}: the API sent ${empty} empty pages in a row, each with a new next-page cursor; stopped rather than follow them forever`,
          { operation: this.operation },
        );
      }
      if (token) {
        const seen = sameness(token);
        if (followed.has(seen)) {
          // The cursor is not shown: it is server text, which errors never echo.
          throw new ResponseError(
            `${this.operation}: the API sent a next-page cursor it had already sent (${token.length} characters); following it would repeat pages forever`,
            { operation: this.operation },
          );
        }
        followed.add(seen);
      }
      const next = token ? this.fetchPage(token) : undefined;
      // The prefetch is awaited below; until then, a failure must not count as unhandled.
      next?.catch(() => {});
      yield page;
      if (!next) return;
      page = await next;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  private firstPage(): Promise<Page<T>> {
    return (this.#first ??= this.fetchPage(undefined));
  }
}

/** Empty pages in a row that a walk follows; a filtered list may legitimately send a few. */
export const MAX_EMPTY_PAGES = 100;

/**
 * What makes two cursors the same: their JSON with keys sorted, so a server that re-spaces or
 * reorders a cursor it already sent is still caught. The token itself is what is sent back.
 */
function sameness(token: string): string {
  try {
    return JSON.stringify(JSON.parse(token), (_, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    );
  } catch {
    // Not JSON, or nested too deep to re-serialise: compared as sent.
    return token;
  }
}
