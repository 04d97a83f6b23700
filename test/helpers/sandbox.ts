import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export interface TestSandbox {
  sandbox: Sandbox;
  ugc: MoveUgc;
  /** Sends a raw GraphQL request with the sandbox key, for test setup that must not depend on the SDK. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Creates an uploaded file and a single-camera take over raw GraphQL; returns the take id. */
  singleCamTake(): Promise<string>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await createSandbox({ jobDurationMs: 0, ...options });
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url, maxRetries: 0 });
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(sandbox.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: sandbox.apiKey },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`setup query failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const singleCamTake = async () => {
    const { createFile } = await graphql<{ createFile: { id: string } }>('mutation { createFile(type: "mp4") { id } }');
    const { createSingleCamTake } = await graphql<{ createSingleCamTake: { id: string } }>(
      'mutation($fileId: String!) { createSingleCamTake(sources: [{ deviceLabel: "cam", fileId: $fileId, format: MP4 }]) { id } }',
      { fileId: createFile.id },
    );
    return createSingleCamTake.id;
  };
  return { sandbox, ugc, graphql, singleCamTake };
}
