import { describe, expect, test } from 'vitest';
import { TimeoutError, type MoveUgc } from '../../src/index.js';
import { hang, jobData, json, type Fault } from '../helpers/fault-server.js';
import { COUNT_TIMEOUTS, isolated } from '../helpers/isolated.js';
import { KEY, rejection, serve } from './harness.js';

// Every attempt's deadline rides on one shared timer (src/core/deadlines.ts), moved only when a
// new deadline comes first. These check that each call still stops at its own deadline, in any
// order of starting, and that the timer holds the process open only while an attempt is in flight.

/**
 * A client that has made one call, and a server that hangs from then on. Its first call loads
 * code and opens a connection, which under load can take longer than the gaps between the
 * deadlines below: calls started together after it start their attempts together.
 */
async function warmedUp() {
  const served = await serve([json(200, jobData('job-0')), hang()], { maxRetries: 0 });
  await served.ugc.jobs.retrieve({ id: 'job-0' });
  return served;
}

/** Calls that each time out against a hanging server, and the order their timeouts settle in. */
function timingOut(ugc: MoveUgc, timeoutsMs: number[]) {
  const settled: number[] = [];
  const calls = timeoutsMs.map((timeoutMs) =>
    rejection(ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs })).then((err) => {
      settled.push(timeoutMs);
      return err;
    }),
  );
  return { calls, settled };
}

describe('deadlines on one timer', () => {
  test('calls started longest timeout first each time out at their own deadline, shortest first', async () => {
    const { server, ugc } = await warmedUp();
    const { calls, settled } = timingOut(ugc, [900, 600, 300]);
    const errors = await Promise.all(calls);
    for (const err of errors) expect(err).toBeInstanceOf(TimeoutError);
    expect(errors.map((e) => e.message)).toEqual([900, 600, 300].map((ms) => `getJob timed out after ${ms} ms`));
    expect(settled).toEqual([300, 600, 900]);
    expect(server.requests).toHaveLength(4);
    await server.close();
  });

  test('after an event loop stalled past every deadline, the calls still settle earliest deadline first', async () => {
    const { server, ugc } = await warmedUp();
    const { calls, settled } = timingOut(ugc, [900, 600, 300]);
    await server.requestArrived(4);
    const until = performance.now() + 1_000;
    while (performance.now() < until); // the stall: no timer can fire during it
    for (const err of await Promise.all(calls)) expect(err).toBeInstanceOf(TimeoutError);
    expect(settled).toEqual([300, 600, 900]);
    await server.close();
  });

  test('a short timeout started while a long one waits still fires; the long call is not cut short', async () => {
    const { server, ugc } = await serve([hang()], { maxRetries: 0 });
    const long = ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 60_000 });
    await server.requestArrived(1);
    const short = await rejection(ugc.jobs.retrieve({ id: 'job-2' }, { timeoutMs: 200 }));
    expect(short).toBeInstanceOf(TimeoutError);
    // The hanging request is closed by the server: the long call ends as a connection failure,
    // not as a timeout it was never given.
    await server.close();
    const err = await rejection(long);
    expect(err).not.toBeInstanceOf(TimeoutError);
  });

  test('the timer keeps the process alive only while an attempt is in flight', async () => {
    // The second response is held until the count during the call has been taken.
    let release = () => undefined as void;
    const held: Fault = (res, timers) => void (release = () => json(200, jobData())(res, timers));
    const { server } = await serve([json(200, jobData('job-0')), held]);
    // Counted in a process that runs only the SDK: here vitest and other tests hold timers too.
    const child = isolated(`
      import { MoveUgc } from './dist/index.js';
      ${COUNT_TIMEOUTS}
      const ugc = new MoveUgc({ apiKey: ${JSON.stringify(KEY)}, endpoint: ${JSON.stringify(server.url)} });
      await ugc.jobs.retrieve({ id: 'job-0' });
      const idle = timeouts();
      process.once('message', () => process.send({ idle, during: timeouts() }));
      await ugc.jobs.retrieve({ id: 'job-1' }, { timeoutMs: 60_000 });
      process.send({ after: timeouts() });
      process.disconnect();`);
    await child.alive(server.requestArrived(2));
    child.send('count');
    const { idle, during } = await child.next<{ idle: number; during: number }>();
    release();
    const { after } = await child.next<{ after: number }>();
    // Relative to the counts around it, not equal to idle + 1: undici's own 1 s keep-alive tick
    // comes and goes between them, in the child too.
    expect(during).toBeGreaterThan(after);
    expect(after).toBeLessThanOrEqual(idle);
    // Nothing else holds it: it exits by itself once the call is done.
    expect(await child.exit).toMatchObject({ code: 0, stderr: '' });
  });
});
