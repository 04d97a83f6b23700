// The GLB container (glTF 2.0 binary): a 12-byte header, then a JSON chunk and a BIN chunk, each
// padded to 4 bytes (JSON with spaces, BIN with zeros) as the spec requires.

const MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"
const BIN_CHUNK = 0x004e4942; // "BIN\0"

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeGlb(json: unknown, bin: Uint8Array): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = pad4(text.byteLength);
  const binLength = pad4(bin.byteLength);
  const total = 12 + 8 + jsonLength + 8 + binLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, JSON_CHUNK, true);
  out.fill(0x20, 20, 20 + jsonLength);
  out.set(text, 20);
  const binAt = 20 + jsonLength;
  view.setUint32(binAt, binLength, true);
  view.setUint32(binAt + 4, BIN_CHUNK, true);
  out.set(bin, binAt + 8);
  return out;
}

/** Packs typed arrays into one buffer, each at a 4-byte aligned offset, remembering where. */
export class BinaryBuilder {
  readonly #parts: { offset: number; bytes: Uint8Array }[] = [];
  #length = 0;

  add(data: Float32Array | Uint16Array | Uint8Array): { byteOffset: number; byteLength: number } {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const byteOffset = this.#length;
    this.#parts.push({ offset: byteOffset, bytes });
    this.#length = pad4(byteOffset + bytes.byteLength);
    return { byteOffset, byteLength: bytes.byteLength };
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.#length);
    for (const part of this.#parts) out.set(part.bytes, part.offset);
    return out;
  }
}
