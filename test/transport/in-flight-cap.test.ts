import { expect, test } from 'vitest';
import { AbortError, TimeoutError } from '../../src/index.js';
import { hang, jobData, json } from '../helpers/fault-server.js';
import { rejection, serve } from './harness.js';

// At most 256 attempts of a client are in flight (src/core/slots.ts); a call past them waits its
// turn, and that wait still ends at its signal and its deadline, with nothing sent.

const CAP = 256;

test('a call waiting for a slot ends at its signal or its deadline, unsent; a freed slot goes to the next in line', async () => {
  const { server, ugc } = await serve([hang()], { timeoutMs: 60_000, maxRetries: 0 });
  const controller = new AbortController();
  const holding = Array.from({ length: CAP }, () => rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal })));
  await server.requestArrived(CAP);

  const late = await rejection(ugc.jobs.retrieve({ id: 'job-2' }, { deadlineMs: 200 }));
  expect(late).toBeInstanceOf(TimeoutError);
  expect(late).toMatchObject({ attempts: 0, message: 'getJob timed out: its deadline of 200 ms passed (0 attempts)' });

  const waiter = new AbortController();
  const aborted = rejection(ugc.jobs.retrieve({ id: 'job-3' }, { signal: waiter.signal }));
  waiter.abort();
  expect(await aborted).toBeInstanceOf(AbortError);

  const next = ugc.jobs.retrieve({ id: 'job-4' }, { timeoutMs: 60_000 });
  expect(server.requests).toHaveLength(CAP);
  controller.abort();
  for (const err of await Promise.all(holding)) expect(err).toBeInstanceOf(AbortError);
  // The aborted holders freed their slots: the one call still waiting was sent.
  await server.requestArrived(CAP + 1);
  expect(server.requests).toHaveLength(CAP + 1);
  await server.close();
  await rejection(next);
});

test('slots are per client: one client at its cap does not hold up another', async () => {
  const { server, ugc } = await serve([hang()], { timeoutMs: 60_000, maxRetries: 0 });
  const controller = new AbortController();
  const holding = Array.from({ length: CAP }, () => rejection(ugc.jobs.retrieve({ id: 'job-1' }, { signal: controller.signal })));
  await server.requestArrived(CAP);
  const other = await serve([json(200, jobData('job-9'))]);
  await expect(other.ugc.jobs.retrieve({ id: 'job-9' })).resolves.toMatchObject({ id: 'job-9' });
  controller.abort();
  await Promise.all(holding);
});
