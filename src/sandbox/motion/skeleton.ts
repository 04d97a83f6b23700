import type { Vec3 } from './math.js';

/** A joint of the sandbox figure: rest offset from its parent (metres, +Y up, facing +Z). */
export interface Joint {
  name: string;
  parent: number | null;
  translation: Vec3;
  /** The block drawn for this joint, in its own space: centre and size. */
  block: { center: Vec3; size: Vec3 };
}

type Side = 'Left' | 'Right';

// Rest pose: standing, arms down, every joint unrotated, so each bind matrix is a translation.
function limbs(side: Side, chest: number, hips: number, first: number): Joint[] {
  const s = side === 'Left' ? 1 : -1; // the figure's left is +X
  const j = (name: string, parent: number, translation: Vec3, center: Vec3, size: Vec3): Joint => ({
    name: `${side}${name}`,
    parent,
    translation,
    block: { center, size },
  });
  return [
    j('Shoulder', chest, [0.05 * s, 0.17, 0], [0.065 * s, 0, 0], [0.13, 0.08, 0.1]),
    j('UpperArm', first, [0.13 * s, 0, 0], [0, -0.14, 0], [0.08, 0.28, 0.08]),
    j('LowerArm', first + 1, [0, -0.28, 0], [0, -0.125, 0], [0.07, 0.25, 0.07]),
    j('Hand', first + 2, [0, -0.25, 0], [0, -0.08, 0.01], [0.05, 0.16, 0.08]),
    j('UpperLeg', hips, [0.1 * s, -0.05, 0], [0, -0.21, 0], [0.12, 0.42, 0.12]),
    j('LowerLeg', first + 4, [0, -0.42, 0], [0, -0.21, 0], [0.1, 0.42, 0.1]),
    j('Foot', first + 5, [0, -0.42, 0], [0, -0.03, 0.05], [0.1, 0.06, 0.2]),
    j('Toes', first + 6, [0, -0.04, 0.15], [0, 0, 0.04], [0.1, 0.04, 0.08]),
  ];
}

/** 21 joints: Hips (the root), spine, neck and head, then each side's arm and leg. */
export const JOINTS: readonly Joint[] = [
  { name: 'Hips', parent: null, translation: [0, 0.95, 0], block: { center: [0, 0, 0], size: [0.3, 0.16, 0.18] } },
  { name: 'Spine', parent: 0, translation: [0, 0.12, 0], block: { center: [0, 0.075, 0], size: [0.26, 0.15, 0.16] } },
  { name: 'Chest', parent: 1, translation: [0, 0.15, 0], block: { center: [0, 0.1, 0], size: [0.36, 0.22, 0.2] } },
  { name: 'Neck', parent: 2, translation: [0, 0.2, 0], block: { center: [0, 0.05, 0], size: [0.08, 0.1, 0.08] } },
  { name: 'Head', parent: 3, translation: [0, 0.1, 0], block: { center: [0, 0.11, 0.01], size: [0.18, 0.22, 0.2] } },
  ...limbs('Left', 2, 0, 5),
  ...limbs('Right', 2, 0, 13),
];

export function jointIndex(name: string): number {
  const i = JOINTS.findIndex((j) => j.name === name);
  if (i < 0) throw new Error(`no joint ${name}`);
  return i;
}

/** Each joint's rest position in the figure's space. */
export function restPositions(): Vec3[] {
  const out: Vec3[] = [];
  for (const joint of JOINTS) {
    const base = joint.parent === null ? [0, 0, 0] : out[joint.parent]!;
    out.push([base[0]! + joint.translation[0], base[1]! + joint.translation[1], base[2]! + joint.translation[2]]);
  }
  return out;
}
