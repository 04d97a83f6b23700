import type { MoveUgc } from 'move-ugc';
import { GetJobDocument, ListJobsDocument } from 'move-ugc/documents';
import { createContext, StrictMode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider, useQuery, type UseQueryExecute } from 'urql';
import { connect, readSettings, type Settings } from './ugc.js';

const POLL_MS = 500;
const ENDED = new Set(['FINISHED', 'FAILED']);

interface PageState {
  ugc: MoveUgc;
  settings: Settings;
  /** Bumped after a facade call that the queries on the page should see. */
  version: number;
  refresh: () => void;
}
const Page = createContext<PageState | null>(null);

function usePage(): PageState {
  const page = useContext(Page);
  if (!page) throw new Error('usePage() outside <App>');
  return page;
}

/** Asks the API again (past any cache) whenever `version` moves on. */
function useRefetchOn(version: number, reexecute: UseQueryExecute): void {
  const seen = useRef(version);
  useEffect(() => {
    if (version === seen.current) return;
    seen.current = version;
    reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
}

/** A facade call for a button: whether it is running, and what it threw (a MoveUgcError). */
function useAction(action: () => Promise<void>): [run: () => void, busy: boolean, failure: Error | null] {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const run = () => {
    setBusy(true);
    setFailure(null);
    action().then(
      () => setBusy(false),
      (error: unknown) => {
        setFailure(error as Error);
        setBusy(false);
      },
    );
  };
  return [run, busy, failure];
}

function App({ settings }: { settings: Settings }) {
  const ugc = useMemo(() => connect(settings), [settings]);
  const [jobId, setJobId] = useState(settings.jobId);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const page = useMemo(() => ({ ugc, settings, version, refresh }), [ugc, settings, version, refresh]);
  const link = (cache: Settings['cache']) => {
    const params = new URLSearchParams(location.search);
    params.set('cache', cache);
    return `?${params.toString()}`;
  };
  const created = (id: string) => {
    const params = new URLSearchParams(location.search);
    params.set('job', id);
    history.replaceState(null, '', `?${params.toString()}`);
    setJobId(id);
    refresh();
  };
  return (
    // urql's hooks run on the SDK's client: its key, retries and typed errors.
    <Provider value={ugc.urql}>
      <Page.Provider value={page}>
        <h1>Move UGC jobs ({settings.cache === 'graphcache' ? 'graphcache' : 'no cache'})</h1>
        <nav>
          <a href={link('none')}>without a cache</a> · <a href={link('graphcache')}>with graphcache</a>
        </nav>
        {jobId ? <JobView jobId={jobId} /> : <CreateJob onCreated={created} />}
        <RecentJobs />
      </Page.Provider>
    </Provider>
  );
}

function JobView({ jobId }: { jobId: string }) {
  const { ugc, settings, version, refresh } = usePage();
  const [result, reexecute] = useQuery({ query: GetJobDocument, variables: { jobId } });
  const job = result.data?.getJob;
  const ended = job?.state != null && ENDED.has(job.state);
  // Until the job ends, ask again every POLL_MS; network-only, so a cache does not answer instead.
  useEffect(() => {
    if (ended) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [ended, reexecute]);
  useRefetchOn(version, reexecute);

  const [renames, setRenames] = useState(0);
  const [rename, busy, failure] = useAction(async () => {
    await ugc.jobs.update({ id: jobId, name: `Warm-up ${renames + 1}` });
    setRenames(renames + 1);
    // graphcache writes the job the mutation returns over its cached copy, which updates every
    // query showing it; without a cache, the page asks again.
    if (settings.cache === 'none') refresh();
  });

  // The class the facade would have thrown (NotFoundError, AuthenticationError, …), not urql's CombinedError.
  const error = ugc.errorOf(result);
  if (error) return <p role="alert">{`${error.name}: ${error.message}`}</p>;
  if (!job) return <p>Loading…</p>;
  // Decoded by the SDK's exchange, in the cache too: a Date, as the generated type says.
  const created = job.created;
  const percent = job.progress?.percentageComplete ?? 0;
  return (
    <section data-testid="job">
      <h2 data-testid="job-name">{job.name ?? job.id}</h2>
      <dl>
        <dt>id</dt>
        <dd data-testid="job-id">{job.id}</dd>
        <dt>created</dt>
        <dd>
          {created ? (
            <time data-testid="job-created" dateTime={created.toISOString()}>
              {created.toLocaleString()}
            </time>
          ) : (
            '—'
          )}
        </dd>
        <dt>state</dt>
        <dd data-testid="job-state">{job.state}</dd>
        <dt>progress</dt>
        <dd>
          <progress max={100} value={percent} /> <span data-testid="job-progress">{percent}</span>%
        </dd>
      </dl>
      <button onClick={rename} disabled={busy}>
        Rename to “Warm-up {renames + 1}”
      </button>
      {failure && <p role="alert">{`${failure.name}: ${failure.message}`}</p>}
    </section>
  );
}

function CreateJob({ onCreated }: { onCreated: (id: string) => void }) {
  const { ugc } = usePage();
  const [create, busy, failure] = useAction(async () => {
    // The sandbox takes a file that was never uploaded; against the API, ugc.files.upload first.
    const file = await ugc.files.create({ type: 'mp4' });
    const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
    const job = await ugc.jobs.createSingleCam({ takeId: take.id, name: 'Warm-up' });
    onCreated(job.id);
  });
  return (
    <section>
      <button onClick={create} disabled={busy}>
        Create a job
      </button>
      {failure && <p role="alert">{`${failure.name}: ${failure.message}`}</p>}
    </section>
  );
}

function RecentJobs() {
  const { ugc, version } = usePage();
  const [result, reexecute] = useQuery({ query: ListJobsDocument, variables: { first: 5 } });
  useRefetchOn(version, reexecute);
  const error = ugc.errorOf(result);
  return (
    <section>
      <h2>Recent jobs</h2>
      {error ? (
        <p role="alert">{`${error.name}: ${error.message}`}</p>
      ) : (
        <ul data-testid="recent-jobs">
          {(result.data?.listJobs?.items ?? []).map((job) =>
            job ? (
              <li key={job.id} title={job.id}>
                {job.name ?? job.id}: {job.state}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App settings={readSettings(location.search)} />
  </StrictMode>,
);
