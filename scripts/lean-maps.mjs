// Drops the source-map segments that point into node_modules or src/generated: the bundled
// third-party code is minified and not ours to debug, the generated documents are data, and their
// per-token mappings were most of the maps' bytes. Our own code keeps its mappings (sources without
// embedded contents), so stack traces still name src/ lines.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from '@jridgewell/sourcemap-codec';

/** Rewrites the maps under `dir` that `include(path)` accepts. */
export function leanMaps(dir, include = () => true) {
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!file.endsWith('.map') || !include(file)) continue;
    const map = JSON.parse(readFileSync(file, 'utf8'));
    const thirdParty = new Set(map.sources.flatMap((s, i) => (s.includes('node_modules/') || s.includes('src/generated/') ? [i] : [])));
    if (!thirdParty.size) continue;
    // Keep our sources, renumbered; segments into third-party sources go.
    const renumber = new Map();
    const sources = [];
    map.sources.forEach((s, i) => {
      if (!thirdParty.has(i)) renumber.set(i, sources.push(s) - 1);
    });
    const lines = decode(map.mappings).map((line) =>
      line
        .filter((seg) => seg.length === 1 || !thirdParty.has(seg[1]))
        .map((seg) => (seg.length === 1 ? seg : [seg[0], renumber.get(seg[1]), ...seg.slice(2)])),
    );
    writeFileSync(file, JSON.stringify({ ...map, sources, mappings: encode(lines), sourcesContent: undefined }));
  }
}
