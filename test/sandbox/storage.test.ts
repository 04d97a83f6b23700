import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createJob, singleCamTake } from './fixtures.js';
import { data } from './raw.js';

// Issue 13 item 11: storage the way S3 serves it.

let sandbox: Sandbox;
let upload: string;
let download: string;
let fileId: string;
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 0 });
  const createFile = await newFile(sandbox);
  fileId = createFile.id;
  upload = createFile.presignedUrl;
  const put = await fetch(upload, { method: 'PUT', body: 'original bytes' });
  expect(put.status).toBe(200);
  download = await urlOf(sandbox, fileId);
});
afterAll(() => sandbox.close());

async function newFile(s: Sandbox): Promise<{ id: string; presignedUrl: string }> {
  return (await data<{ createFile: { id: string; presignedUrl: string } }>(s, 'mutation { createFile(type: "mp4") { id presignedUrl } }'))
    .createFile;
}

async function urlOf(s: Sandbox, id: string): Promise<string> {
  return (await data<{ getFile: { presignedUrl: string } }>(s, 'query($id: ID!) { getFile(fileId: $id) { presignedUrl } }', { id })).getFile
    .presignedUrl;
}

function retouched(signature: string): string {
  return `${signature.startsWith('x') ? 'y' : 'x'}${signature.slice(1)}`;
}

/** Expects an S3-style XML error with this status and code. */
async function expectS3Error(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/xml');
  const xml = await res.text();
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>/);
  expect(xml).toContain(`<Code>${code}</Code>`);
  expect(xml).toMatch(/<Message>[^<]+<\/Message>/);
}

test('URLs are presigned: an expiry and a signature in the query string', () => {
  for (const url of [upload, download]) {
    const q = new URL(url).searchParams;
    expect(Number(q.get('Expires'))).toBeGreaterThan(Date.now() / 1000 + 3_000);
    expect(q.get('Signature')).toMatch(/^[\w-]{20,}$/);
  }
});

test('the download URL reads the bytes', async () => {
  const res = await fetch(download);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('original bytes');
});

describe('refused with 403 and an S3 XML error', () => {
  test('a PUT on a download URL (and the bytes stay as they were)', async () => {
    await expectS3Error(await fetch(download, { method: 'PUT', body: 'overwritten' }), 403, 'SignatureDoesNotMatch');
    expect(await (await fetch(download)).text()).toBe('original bytes');
  });

  test("a PUT on a job output's URL", async () => {
    const jobId = await createJob(sandbox, (await singleCamTake(sandbox)).takeId);
    type Reply = { getJob: { outputs: { file: { presignedUrl: string } }[] } };
    const { getJob } = await data<Reply>(sandbox, 'query($id: ID!) { getJob(jobId: $id) { outputs { file { presignedUrl } } } }', {
      id: jobId,
    });
    const url = getJob.outputs[0]!.file.presignedUrl;
    const before = await (await fetch(url)).arrayBuffer();
    await expectS3Error(await fetch(url, { method: 'PUT', body: 'overwritten' }), 403, 'SignatureDoesNotMatch');
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(Buffer.from(before))).toBe(true);
  });

  test('a GET on an upload URL', async () => {
    await expectS3Error(await fetch(upload), 403, 'SignatureDoesNotMatch');
  });

  test.each([
    // Another first character: a fixed replacement matched the 1 signature in 64 that starts with it.
    ['a tampered signature', (u: URL) => u.searchParams.set('Signature', retouched(u.searchParams.get('Signature')!))],
    ['a tampered expiry', (u: URL) => u.searchParams.set('Expires', String(Number(u.searchParams.get('Expires')) + 3_600))],
    [
      'another file in the path',
      (u: URL) => (u.pathname = u.pathname.replace(/file-[\w-]+$/, 'file-00000000-0000-0000-0000-000000000000')),
    ],
  ])('%s', async (_name, tamper) => {
    const url = new URL(download);
    tamper(url);
    await expectS3Error(await fetch(url), 403, 'SignatureDoesNotMatch');
  });

  test('no signature at all', async () => {
    await expectS3Error(await fetch(download.split('?')[0]!), 403, 'AccessDenied');
  });

  test('an expired URL', async () => {
    const expiring = await createSandbox({ urlExpiresInSeconds: 0 });
    try {
      const createFile = await newFile(expiring);
      await expectS3Error(await fetch(createFile.presignedUrl, { method: 'PUT', body: 'x' }), 403, 'AccessDenied');
      await expectS3Error(await fetch(await urlOf(expiring, createFile.id)), 403, 'AccessDenied');
    } finally {
      await expiring.close();
    }
  });
});

describe('share codes', () => {
  const SHARE = 'mutation($id: String!) { generateShareCode(fileId: $id) { code url expires } }';
  type Share = { generateShareCode: { code: string; url: string; expires: string } };

  test('a share code reads the file until it expires (7 days by default)', async () => {
    const { generateShareCode } = await data<Share>(sandbox, SHARE, { id: fileId });
    expect(Date.parse(generateShareCode.expires)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const res = await fetch(generateShareCode.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('original bytes');
    await expectS3Error(await fetch(generateShareCode.url, { method: 'PUT', body: 'x' }), 405, 'MethodNotAllowed');
  });

  test('an expired share code stops working', async () => {
    const expiring = await createSandbox({ shareCodeExpiresInSeconds: 0 });
    try {
      const createFile = await newFile(expiring);
      expect((await fetch(createFile.presignedUrl, { method: 'PUT', body: 'shared' })).status).toBe(200);
      const { generateShareCode } = await data<Share>(expiring, SHARE, { id: createFile.id });
      await expectS3Error(await fetch(generateShareCode.url), 403, 'AccessDenied');
    } finally {
      await expiring.close();
    }
  });
});
