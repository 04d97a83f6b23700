import type { Vec3 } from './math.js';
import { JOINTS, restPositions } from './skeleton.js';

/** A skinned mesh: one block per joint, every vertex bound to that joint alone. */
export interface FigureMesh {
  positions: Float32Array;
  normals: Float32Array;
  colors: Float32Array;
  joints: Uint8Array;
  weights: Float32Array;
  indices: Uint16Array;
}

// Each face: its normal and two edge directions u, v with u × v = normal, so corners listed
// -u-v, +u-v, +u+v, -u+v wind counter-clockwise seen from outside, as glTF expects.
const FACES: [Vec3, Vec3, Vec3][] = [
  [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  [
    [-1, 0, 0],
    [0, 0, 1],
    [0, 1, 0],
  ],
  [
    [0, 1, 0],
    [0, 0, 1],
    [1, 0, 0],
  ],
  [
    [0, -1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ],
  [
    [0, 0, 1],
    [1, 0, 0],
    [0, 1, 0],
  ],
  [
    [0, 0, -1],
    [0, 1, 0],
    [1, 0, 0],
  ],
];

function colorOf(name: string): Vec3 {
  const shade = /Hand|Foot|Toes|Head/.test(name) ? 0.8 : 1;
  const base: Vec3 = name.startsWith('Left') ? [0.2, 0.62, 0.72] : name.startsWith('Right') ? [0.93, 0.55, 0.22] : [0.78, 0.8, 0.84];
  return [base[0] * shade, base[1] * shade, base[2] * shade];
}

export function buildFigure(): FigureMesh {
  const rest = restPositions();
  const count = JOINTS.length * FACES.length * 4;
  const mesh: FigureMesh = {
    positions: new Float32Array(count * 3),
    normals: new Float32Array(count * 3),
    colors: new Float32Array(count * 3),
    joints: new Uint8Array(count * 4),
    weights: new Float32Array(count * 4),
    indices: new Uint16Array(JOINTS.length * FACES.length * 6),
  };
  let v = 0;
  let i = 0;
  JOINTS.forEach((joint, j) => {
    const { center, size } = joint.block;
    const color = colorOf(joint.name);
    for (const [n, u, w] of FACES) {
      for (const [su, sw] of [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ] as const) {
        for (let k = 0; k < 3; k++) {
          const offset = (n[k]! + su * u[k]! + sw * w[k]!) * (size[k]! / 2);
          mesh.positions[v * 3 + k] = rest[j]![k]! + center[k]! + offset;
          mesh.normals[v * 3 + k] = n[k]!;
          mesh.colors[v * 3 + k] = color[k]!;
        }
        mesh.joints[v * 4] = j;
        mesh.weights[v * 4] = 1;
        v++;
      }
      const first = v - 4;
      mesh.indices.set([first, first + 1, first + 2, first, first + 2, first + 3], i);
      i += 6;
    }
  });
  return mesh;
}
