import { Command, InvalidArgumentError } from 'commander';
import type { JobExpand, OutputType } from '../../index.js';
import { contextFor, json, list, positiveInt, UsageError } from '../context.js';

const JOB_COLUMNS = ['id', 'name', 'state', 'progress.percentageComplete', 'created'];

export function jobsCommand(): Command {
  const jobs = new Command('jobs').description('create, inspect, wait for and download processing jobs');

  jobs
    .command('list')
    .description('list jobs, newest first')
    .option('--limit <n>', 'page size', positiveInt('--limit'))
    .option('--next-token <token>', 'continue from an earlier page')
    .option('--take-id <id>', 'only jobs of this take')
    .option('--sort <order>', 'asc or desc')
    .option('--all', 'every page, not just the first')
    .option('--expand <fields>', 'client,take,outputs,rig,inputs', list)
    .action(async (o: { limit?: number; nextToken?: string; takeId?: string; sort?: string; all?: boolean; expand?: JobExpand[] }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const params = {
        ...(o.limit ? { limit: o.limit } : {}),
        ...(o.nextToken ? { nextToken: o.nextToken } : {}),
        ...(o.takeId ? { takeId: o.takeId } : {}),
        ...(o.sort ? { sortBy: o.sort.toUpperCase() as 'ASC' | 'DESC' } : {}),
        ...(o.expand ? { expand: o.expand } : {}),
      };
      if (o.all) {
        const items = [];
        for await (const job of ugc.jobs.list(params, { signal })) items.push(job);
        return out.result(items, JOB_COLUMNS);
      }
      const page = await ugc.jobs.list(params, { signal });
      if (out.json) return out.result(page);
      out.result(page.items, JOB_COLUMNS);
      if (page.nextToken) out.line(`next page: --next-token '${page.nextToken}'`);
    });

  jobs
    .command('get <id>')
    .description('show one job')
    .option('--expand <fields>', 'client,take,outputs,rig,inputs', list)
    .action(async (id: string, o: { expand?: JobExpand[] }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await ugc.jobs.retrieve({ id, ...(o.expand ? { expand: o.expand } : {}) }, { signal }));
    });

  jobs
    .command('create <takeId>')
    .description('start processing a take (single camera, or multi camera with --actors)')
    .option('--actors <n>', 'number of actors: makes a multi-camera job', positiveInt('--actors'))
    .option('--rig <name>', 'rig for a multi-camera job (see `rigs list`)')
    .option('--name <name>', 'job name')
    .option('--metadata <json>', 'any JSON to store with the job', json('--metadata'))
    .option('--outputs <types>', 'e.g. MAIN_FBX,RENDER_VIDEO', list)
    .option('--clip <start:end>', 'process only this window, in seconds', clipWindow)
    .option('--expand <fields>', 'client,take,outputs,rig,inputs', list)
    .action(async (takeId: string, o: CreateOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const params = {
        takeId,
        ...(o.name !== undefined ? { name: o.name } : {}),
        ...(o.metadata !== undefined ? { metadata: o.metadata as never } : {}),
        ...(o.outputs ? { outputs: o.outputs } : {}),
        ...(o.clip ? { clipWindow: o.clip } : {}),
        ...(o.expand ? { expand: o.expand } : {}),
      };
      if (o.rig && !o.actors) throw new UsageError('--rig applies to multi-camera jobs: add --actors <n>');
      const job = o.actors
        ? await ugc.jobs.createMultiCam({ ...params, numberOfActors: o.actors, ...(o.rig ? { rig: o.rig } : {}) }, { signal })
        : await ugc.jobs.createSingleCam(params, { signal });
      out.result(job);
    });

  jobs
    .command('update <id>')
    .description('rename a job or replace its metadata')
    .option('--name <name>', 'new name')
    .option('--metadata <json>', 'replaces the metadata; {} clears it', json('--metadata'))
    .action(async (id: string, o: { name?: string; metadata?: unknown }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      if (o.name === undefined && o.metadata === undefined) throw new UsageError('give --name and/or --metadata');
      const job = await ugc.jobs.update(
        { id, ...(o.name !== undefined ? { name: o.name } : {}), ...(o.metadata !== undefined ? { metadata: o.metadata as never } : {}) },
        { signal },
      );
      out.result(job);
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

function clipWindow(value: string): { startTime: number; endTime: number } {
  const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value);
  if (!m) throw new InvalidArgumentError(`--clip must be start:end in seconds, e.g. 1.5:10, got ${value}`);
  return { startTime: Number(m[1]), endTime: Number(m[2]) };
}
