import { add, euler, IDENTITY, multiply, rotate, type Quat, type Vec3 } from './math.js';
import { JOINTS, jointIndex } from './skeleton.js';

/** Frames per second of the sandbox animation. */
export const FPS = 30;
/** One stride (left and right step), in seconds. */
export const STRIDE_SECONDS = 1;
/** Four strides: the clip loops seamlessly (its last frame equals its first). */
export const FRAME_COUNT = 4 * STRIDE_SECONDS * FPS + 1;

export interface Pose {
  /** Hips position in the figure's space. */
  root: Vec3;
  /** Every joint's rotation relative to its parent, in JOINTS order. */
  rotations: Quat[];
}

const sin = Math.sin;
const cos = Math.cos;

/** A walk in place at time `t` seconds: legs swing, knees bend in the swing, arms counter-swing. */
export function walkPose(t: number): Pose {
  const p = (2 * Math.PI * t) / STRIDE_SECONDS;
  const rotations: Quat[] = JOINTS.map(() => IDENTITY);
  const set = (name: string, q: Quat) => (rotations[jointIndex(name)] = q);

  set('Hips', euler(0, 6 * sin(p), 2 * cos(p)));
  set('Spine', euler(3, -3 * sin(p)));
  set('Chest', euler(2, -4 * sin(p)));
  set('Neck', euler(-2 + 2 * sin(2 * p), 3 * sin(p)));
  set('Head', euler(-3 + 2 * sin(2 * p), 2 * sin(p)));
  for (const [side, phase, out] of [
    ['Left', 0, 1],
    ['Right', Math.PI, -1],
  ] as const) {
    const q = p + phase;
    // Negative pitch swings a limb forward (+Z).
    const thigh = -28 * sin(q);
    const knee = 5 + 55 * ((1 + cos(q)) / 2) ** 2;
    set(`${side}UpperLeg`, euler(thigh));
    set(`${side}LowerLeg`, euler(knee));
    set(`${side}Foot`, euler(-0.55 * (thigh + knee) + 8));
    set(`${side}Toes`, euler(12 * Math.max(0, sin(q))));
    set(`${side}Shoulder`, euler(0, 0, 2 * out * cos(q)));
    set(`${side}UpperArm`, euler(22 * sin(q), 0, 7 * out));
    set(`${side}LowerArm`, euler(-(18 + 22 * ((1 - sin(q)) / 2))));
    set(`${side}Hand`, euler(-8, 0, -4 * out));
  }
  return { root: [0.025 * sin(p), 0.95 + 0.025 * cos(2 * p), 0], rotations };
}

/** Each joint's position in the figure's space for a pose (forward kinematics). */
export function jointPositions(pose: Pose): Vec3[] {
  const world: Quat[] = [];
  const positions: Vec3[] = [];
  JOINTS.forEach((joint, i) => {
    if (joint.parent === null) {
      world.push(pose.rotations[i]!);
      positions.push(pose.root);
      return;
    }
    world.push(multiply(world[joint.parent]!, pose.rotations[i]!));
    positions.push(add(positions[joint.parent]!, rotate(world[joint.parent]!, joint.translation)));
  });
  return positions;
}

/** The whole clip: FRAME_COUNT poses at 1/FPS steps. */
export function walkClip(): Pose[] {
  return Array.from({ length: FRAME_COUNT }, (_, f) => walkPose(f / FPS));
}
