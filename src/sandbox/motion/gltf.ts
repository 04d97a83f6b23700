import { BinaryBuilder, encodeGlb } from './glb.js';
import { buildFigure } from './figure.js';
import { JOINTS, restPositions } from './skeleton.js';
import { FPS, type Pose } from './walk.js';

const FLOAT = 5126;
const UNSIGNED_BYTE = 5121;
const UNSIGNED_SHORT = 5123;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;

type AccessorType = 'SCALAR' | 'VEC3' | 'VEC4' | 'MAT4';

/** The sandbox's MAIN_GLB: the block figure, its 21-joint skin, and the clip as one looping animation. */
export function buildGlb(clip: readonly Pose[]): Uint8Array {
  const bin = new BinaryBuilder();
  const bufferViews: object[] = [];
  const accessors: object[] = [];
  const accessor = (
    data: Float32Array | Uint16Array | Uint8Array,
    type: AccessorType,
    extra: { target?: number; bounds?: boolean } = {},
  ): number => {
    const componentType = data instanceof Float32Array ? FLOAT : data instanceof Uint16Array ? UNSIGNED_SHORT : UNSIGNED_BYTE;
    const width = { SCALAR: 1, VEC3: 3, VEC4: 4, MAT4: 16 }[type];
    bufferViews.push({ buffer: 0, ...bin.add(data), ...(extra.target ? { target: extra.target } : {}) });
    accessors.push({
      bufferView: bufferViews.length - 1,
      componentType,
      count: data.length / width,
      type,
      ...(extra.bounds ? bounds(data, width) : {}),
    });
    return accessors.length - 1;
  };

  const figure = buildFigure();
  const attributes = {
    POSITION: accessor(figure.positions, 'VEC3', { target: ARRAY_BUFFER, bounds: true }),
    NORMAL: accessor(figure.normals, 'VEC3', { target: ARRAY_BUFFER }),
    COLOR_0: accessor(figure.colors, 'VEC3', { target: ARRAY_BUFFER }),
    JOINTS_0: accessor(figure.joints, 'VEC4', { target: ARRAY_BUFFER }),
    WEIGHTS_0: accessor(figure.weights, 'VEC4', { target: ARRAY_BUFFER }),
  };
  const indices = accessor(figure.indices, 'SCALAR', { target: ELEMENT_ARRAY_BUFFER });

  // Rest joints are unrotated, so each inverse bind matrix undoes a translation (column-major).
  const inverseBind = new Float32Array(JOINTS.length * 16);
  restPositions().forEach((p, j) => {
    inverseBind.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -p[0], -p[1], -p[2], 1], j * 16);
  });
  const inverseBindMatrices = accessor(inverseBind, 'MAT4');

  const times = accessor(
    Float32Array.from(clip, (_, f) => f / FPS),
    'SCALAR',
    { bounds: true },
  );
  const samplers: object[] = [];
  const channels: object[] = [];
  const channel = (node: number, path: 'rotation' | 'translation', values: Float32Array, type: AccessorType) => {
    samplers.push({ input: times, output: accessor(values, type), interpolation: 'LINEAR' });
    channels.push({ sampler: samplers.length - 1, target: { node, path } });
  };
  const jointNode = (j: number) => j + 1;
  channel(jointNode(0), 'translation', Float32Array.from(clip.flatMap((pose) => pose.root)), 'VEC3');
  JOINTS.forEach((_, j) => channel(jointNode(j), 'rotation', Float32Array.from(clip.flatMap((pose) => pose.rotations[j]!)), 'VEC4'));

  const nodes = [
    { name: 'Figure', mesh: 0, skin: 0 },
    ...JOINTS.map((joint, j) => {
      const children = JOINTS.flatMap((child, c) => (child.parent === j ? [jointNode(c)] : []));
      return { name: joint.name, translation: joint.translation, ...(children.length ? { children } : {}) };
    }),
  ];
  const json = {
    asset: {
      version: '2.0',
      generator: 'move-ugc sandbox',
      extras: { note: 'A procedurally generated walk cycle made by the move-ugc sandbox, not a capture.' },
    },
    scene: 0,
    scenes: [{ name: 'Sandbox walk', nodes: [0, jointNode(0)] }],
    nodes,
    meshes: [{ name: 'Figure', primitives: [{ attributes, indices, material: 0 }] }],
    materials: [{ name: 'Figure', pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 0.75 } }],
    skins: [{ name: 'Skeleton', inverseBindMatrices, joints: JOINTS.map((_, j) => jointNode(j)), skeleton: jointNode(0) }],
    animations: [{ name: 'Walk', samplers, channels }],
    buffers: [{ byteLength: 0 }],
    bufferViews,
    accessors,
  };
  const bytes = bin.bytes();
  json.buffers[0]!.byteLength = bytes.byteLength;
  return encodeGlb(json, bytes);
}

// glTF requires min/max on positions and animation inputs; taken from the float32 values stored.
function bounds(data: Float32Array | Uint16Array | Uint8Array, width: number): { min: number[]; max: number[] } {
  const min = Array<number>(width).fill(Infinity);
  const max = Array<number>(width).fill(-Infinity);
  data.forEach((value, i) => {
    const k = i % width;
    min[k] = Math.min(min[k]!, value);
    max[k] = Math.max(max[k]!, value);
  });
  return { min, max };
}
