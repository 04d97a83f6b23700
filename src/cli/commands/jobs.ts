import { resolve } from 'node:path';
import { Command } from 'commander';
import { schemaEnums } from '../../documents.js';
import type { JobExpand, OutputType } from '../../index.js';
import { contextFor, json, list, positiveInt, UsageError } from '../context.js';
import { downloadOutputs, printDownloads, waitForJob } from './job-flow.js';
import {
  addGet,
  addUpdate,
  enumList,
  given,
  listColumns,
  listParams,
  printList,
  window,
  withListOptions,
  type ListOptions,
} from './shared.js';

const JOB_COLUMNS = ['id', 'name', 'state', 'progress.percentageComplete', 'created'];
const EXPAND = 'comma list of: client, take, outputs, rig, inputs';
const OUTPUTS_HELP =
  `comma list of output types, in any case: ${schemaEnums.OutputType.join(', ')}. ` +
  "(default: the API's standard set; for one camera RENDER_VIDEO, MAIN_FBX, MAIN_USDC, MAIN_USDZ, MAIN_BLEND, MOTION_DATA, RENDER_OVERLAY_VIDEO)";
const JOB_EXPANDED = { client: 'client.name', take: 'take.id', rig: 'rig.name', inputs: 'inputs.numberOfActors' };

export function jobsCommand(): Command {
  const jobs = new Command('jobs').description('create, inspect, wait for and download processing jobs');

  withListOptions(jobs.command('list').description('list jobs, newest first'), EXPAND)
    .option('--take-id <id>', 'only jobs of this take')
    .action(async (o: ListOptions & { takeId?: string }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const columns = listColumns(JOB_COLUMNS, o.expand, JOB_EXPANDED);
      await printList(out, ugc.jobs.list({ ...listParams(o), ...given({ takeId: o.takeId }) }, { signal }), o.all, columns);
    });

  addGet(jobs, 'job', EXPAND, (ugc) => ugc.jobs.retrieve.bind(ugc.jobs));

  jobs
    .command('create <takeId>')
    .description('start processing a take (single camera, or multi camera with --actors)')
    .option('--actors <n>', 'number of actors: makes a multi-camera job', positiveInt('--actors'))
    .option('--rig <name>', 'rig for a multi-camera job (see `rigs list`)')
    .option('--name <name>', 'job name')
    .option('--metadata <json>', 'any JSON to store with the job', json('--metadata'))
    .option('--outputs <types>', OUTPUTS_HELP, enumList('--outputs', schemaEnums.OutputType))
    .option('--clip <start:end>', 'process only this window, in seconds', window('--clip'))
    .option('--expand <fields>', EXPAND, list)
    .action(async (takeId: string, o: CreateOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      if (o.rig && !o.actors) throw new UsageError('--rig applies to multi-camera jobs: add --actors <n>');
      const params = {
        takeId,
        ...given({ name: o.name, metadata: o.metadata as never, outputs: o.outputs, clipWindow: o.clip, expand: o.expand }),
      };
      const job = o.actors
        ? await ugc.jobs.createMultiCam({ ...params, numberOfActors: o.actors, ...given({ rig: o.rig }) }, { signal })
        : await ugc.jobs.createSingleCam(params, { signal });
      out.result(job);
    });

  addUpdate(jobs, 'job', (ugc) => ugc.jobs.update.bind(ugc.jobs));

  jobs
    .command('wait <id>')
    .description('wait until a job is FINISHED (exit 1 if it FAILED)')
    .option('--interval-ms <n>', 'poll interval', positiveInt('--interval-ms'))
    .option('--timeout-ms <n>', 'give up after this long', positiveInt('--timeout-ms'))
    .action(async (id: string, o: { intervalMs?: number; timeoutMs?: number }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await waitForJob(ugc, out, { id, signal, ...given(o) }));
    });

  jobs
    .command('download <id>')
    .description('download every output of a FINISHED job')
    .option('--out <dir>', 'directory to write into', 'move-ugc-output')
    .option('--overwrite', 'replace files already in the directory (otherwise nothing is downloaded)')
    .action(async (id: string, o: { out: string; overwrite?: boolean }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const files = await downloadOutputs(ugc, out, id, o.out, signal, o.overwrite);
      if (out.json) return out.result(files);
      printDownloads(out, files, resolve(o.out));
    });

  return jobs;
}

interface CreateOptions {
  actors?: number;
  rig?: string;
  name?: string;
  metadata?: unknown;
  outputs?: OutputType[];
  clip?: { startTime: number; endTime: number };
  expand?: JobExpand[];
}
