import { Command, InvalidArgumentError } from 'commander';
import { contextFor, json, list } from '../context.js';
import { schemaEnums } from '../../documents.js';
import {
  addGet,
  enumValue,
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

const EXPAND = 'comma list of: client, sources, outputs, clipWindow';

export function volumesCommand(): Command {
  const volumes = new Command('volumes').description('calibrate multi-camera capture volumes');

  withListOptions(volumes.command('list').description('list volumes, newest first'), EXPAND).action(
    async (o: ListOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const columns = listColumns(['id', 'name', 'state', 'areaType', 'created'], o.expand, { client: 'client.name' });
      await printList(out, ugc.volumes.list(listParams(o), { signal }), o.all, columns);
    },
  );

  addGet(volumes, 'volume', EXPAND, (ugc) => ugc.volumes.retrieve.bind(ugc.volumes));

  volumes
    .command('create')
    .description('calibrate a volume from videos of a person of known height')
    .requiredOption('--source <spec>', 'a calibration video, fileId[:FORMAT[:label[:lens]]]; repeat for each camera', source)
    .requiredOption('--human-height <metres>', 'height of the person in the videos', metres)
    .option('--area-type <type>', 'NORMAL or LARGE, any case', (v: string) => enumValue('--area-type', schemaEnums.AreaType, v), 'NORMAL')
    .option('--clap <start:end>', 'sync the cameras on this clap window, in seconds', window('--clap'))
    .option('--timecode', 'sync the cameras on embedded timecode')
    .option('--clip <start:end>', 'use only this window, in seconds', window('--clip'))
    .option('--name <name>', 'volume name')
    .option('--metadata <json>', 'any JSON to store with the volume', json('--metadata'))
    .option('--expand <fields>', EXPAND, list)
    .action(async (o: CreateOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      const syncMethod = o.clap ? { clapWindow: o.clap } : o.timecode ? { timecodeSync: { useTimecode: true } } : undefined;
      const volume = await ugc.volumes.createHuman(
        {
          sources: o.source,
          humanHeight: o.humanHeight,
          areaType: o.areaType,
          ...given({ syncMethod, clipWindow: o.clip, name: o.name, metadata: o.metadata as never, expand: o.expand }),
        },
        { signal },
      );
      out.result(volume);
    });

  return volumes;
}

interface CreateOptions {
  source: SourceOption[];
  humanHeight: number;
  areaType: 'NORMAL' | 'LARGE';
  clap?: { startTime: number; endTime: number };
  timecode?: boolean;
  clip?: { startTime: number; endTime: number };
  name?: string;
  metadata?: unknown;
  expand?: never[];
}

function metres(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`--human-height must be a positive number of metres, got ${value}`);
  return n;
}
