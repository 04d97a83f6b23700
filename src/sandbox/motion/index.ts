import { buildGlb } from './gltf.js';
import { JOINTS } from './skeleton.js';
import { FPS, jointPositions, walkClip, type Pose } from './walk.js';

/** The sandbox's real outputs: one walk cycle as a skinned GLB and as per-frame joint JSON. */
export interface SandboxMotion {
  glb: Uint8Array;
  motionData: Uint8Array;
}

let cached: SandboxMotion | undefined;

/** Made on first use and shared: every job's MAIN_GLB and MOTION_DATA hold the same bytes. */
export function sandboxMotion(): SandboxMotion {
  if (!cached) {
    const clip = walkClip();
    cached = { glb: buildGlb(clip), motionData: new TextEncoder().encode(JSON.stringify(motionData(clip))) };
  }
  return cached;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * MOTION_DATA: the same joints, frames and rotations as the GLB's animation. Rotations are local
 * (relative to the parent joint) quaternions [x, y, z, w]; positions are joint centres in the
 * figure's space (metres, +Y up, facing +Z).
 */
export function motionData(clip: readonly Pose[]) {
  return {
    generator: 'move-ugc sandbox',
    note: 'A procedurally generated walk cycle made by the move-ugc sandbox, not a capture. It matches the MAIN_GLB animation.',
    fps: FPS,
    frameCount: clip.length,
    duration: (clip.length - 1) / FPS,
    loop: true,
    units: 'meters',
    upAxis: 'Y',
    joints: JOINTS.map((j) => ({
      name: j.name,
      parent: j.parent === null ? null : JOINTS[j.parent]!.name,
      restTranslation: j.translation,
    })),
    frames: clip.map((pose, frame) => ({
      frame,
      time: round(frame / FPS),
      rootTranslation: pose.root.map(round),
      rotations: pose.rotations.map((q) => q.map(round)),
      positions: jointPositions(pose).map((p) => p.map(round)),
    })),
  };
}

export type MotionData = ReturnType<typeof motionData>;
