import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { ValidationError } from '../core/errors.js';
import { checkDestination, diskError, nodeDownload } from './node-download.js';
import { nodePutBody, nodePutFile } from './node-put.js';
import { downloadFile, downloadJobOutputs } from './node-downloads.js';
import type { Platform } from './types.js';

/** Node: uploads and downloads over sockets of their own (node:net, node:tls), with local files. */
export const platform: Platform = {
  async uploadSize(path) {
    const problem = (why: string) => new ValidationError('source', `${JSON.stringify(path)} ${why}`);
    const stat = await fs.stat(path).catch((err: NodeJS.ErrnoException) => {
      throw problem(err.code === 'ENOENT' ? 'does not exist' : `cannot be read (${err.code ?? err.message})`);
    });
    if (stat.isDirectory()) throw problem('is a directory, not a file');
    if (!stat.isFile()) throw problem('is not a regular file');
    // Opening proves it readable now, rather than after the file record is made.
    await fs.open(path, 'r').then(
      (handle) => handle.close(),
      (err: NodeJS.ErrnoException) => {
        throw problem(`cannot be read (${err.code ?? err.message})`);
      },
    );
    return stat.size;
  },
  putFile: (_fetch, url, path, size, control) => nodePutFile(url, path, size, control),
  putBody: (_fetch, url, body, size, control) => nodePutBody(url, body, size, control),
  download: (url, destination, control) => nodeDownload(url, destination, control),
  downloadFile: (...args) => downloadFile(platform, ...args),
  downloadJobOutputs: (...args) => downloadJobOutputs(platform, ...args),
  async prepareDirectory(directory, names, overwrite) {
    const dir = resolve(directory);
    await fs.mkdir(dir, { recursive: true }).catch((err: unknown) => {
      throw diskError(err, dir);
    });
    const paths = names.map((name) => join(dir, name));
    for (const path of paths) {
      if (resolve(path, '..') !== dir) throw new ValidationError('name', `${JSON.stringify(path)} would land outside ${dir}`);
      await checkDestination(path, overwrite);
    }
    return paths;
  },
};
