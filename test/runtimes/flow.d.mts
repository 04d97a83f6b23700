import type * as Sdk from '../../src/index.js';

export interface FlowResult {
  upload: { id: string; name: string | null };
  retrieve: { id: string; take: string | null; createdIsDate: boolean; metadata: unknown };
  list: { items: number };
  forAwait: string[];
  wait: { state: string; outputs: boolean };
  notFound: string;
  timeouts: { errors: (string | undefined)[]; order: number[] };
  webhook: { type: string; jobId: string | undefined; forged: string };
}
export function flow(sdk: typeof Sdk, options: { endpoint: string; apiKey: string }): Promise<FlowResult>;
export function expectedShape(result: FlowResult): Partial<FlowResult>;
