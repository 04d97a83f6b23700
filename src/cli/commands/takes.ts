import { Command } from 'commander';
import { contextFor, json, list, UsageError } from '../context.js';
import {
  addGet,
  addUpdate,
  given,
  listColumns,
  listParams,
  printList,
  source,
  window,
  withListOptions,
  type ListOptions,
  type SourceOption,
} from './shared.js';

const EXPAND = 'comma list of: client, sources, videoFile, additionalFiles, volume';
const TAKE_COLUMNS = ['id', 'name', 'takeType', 'created'];
const TAKE_EXPANDED = { client: 'client.name', videoFile: 'videoFile.id', volume: 'volume.id' };

export function takesCommand(): Command {
  const takes = new Command('takes').description('group uploaded videos into takes');

  withListOptions(takes.command('list').description('list takes, newest first'), EXPAND).action(async (o: ListOptions, cmd: Command) => {
    const { ugc, out, signal } = contextFor(cmd);
    await printList(out, ugc.takes.list(listParams(o), { signal }), o.all, listColumns(TAKE_COLUMNS, o.expand, TAKE_EXPANDED));
  });

  addGet(takes, 'take', EXPAND, (ugc) => ugc.takes.retrieve.bind(ugc.takes));

  takes
    .command('create')
    .description('create a single-camera take, or a multi-camera one with --volume')
    .requiredOption('--source <spec>', 'an uploaded video, fileId[:FORMAT[:label[:lens]]]; repeat for each camera', source)
    .option('--volume <id>', 'calibrated volume: makes a multi-camera take')
    .option('--clap <start:end>', 'multi-camera sync: the clap window, in seconds', window('--clap'))
    .option('--timecode', 'multi-camera sync: use embedded timecode')
    .option('--name <name>', 'take name')
    .option('--metadata <json>', 'any JSON to store with the take', json('--metadata'))
    .option('--expand <fields>', EXPAND, list)
    .action(async (o: CreateOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const common = { sources: o.source, ...given({ name: o.name, metadata: o.metadata as never, expand: o.expand }) };
      if (!o.volume) {
        if (o.clap || o.timecode) throw new UsageError('--clap and --timecode apply to multi-camera takes: add --volume <id>');
        return out.result(await ugc.takes.createSingleCam(common, { signal }));
      }
      const syncMethod = o.clap ? { clapWindow: o.clap } : o.timecode ? { timecodeSync: { useTimecode: true } } : undefined;
      out.result(await ugc.takes.createMultiCam({ ...common, volumeId: o.volume, ...given({ syncMethod }) }, { signal }));
    });

  addUpdate(takes, 'take', (ugc) => ugc.takes.update.bind(ugc.takes));

  return takes;
}

interface CreateOptions {
  source: SourceOption[];
  volume?: string;
  clap?: { startTime: number; endTime: number };
  timecode?: boolean;
  name?: string;
  metadata?: unknown;
  expand?: never[];
}
