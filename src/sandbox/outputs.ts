import { sandboxMotion } from './motion/index.js';

// What a finished job produces in the sandbox: one file per requested output type. MAIN_GLB and
// MOTION_DATA are real (a generated walk cycle); every other format is a labelled text stand-in.

export const SINGLE_CAM_DEFAULT_OUTPUTS = [
  'RENDER_VIDEO',
  'MAIN_FBX',
  'MAIN_USDC',
  'MAIN_USDZ',
  'MAIN_BLEND',
  'MOTION_DATA',
  'RENDER_OVERLAY_VIDEO',
];
export const MULTI_CAM_DEFAULT_OUTPUTS = ['MAIN_FBX', 'MAIN_USDC', 'MAIN_USDZ', 'MAIN_BLEND', 'MOTION_DATA'];

/** Output types whose sandbox files are real content (a walk cycle); the rest are text stand-ins. */
export const SANDBOX_REAL_OUTPUTS: readonly string[] = ['MAIN_GLB', 'MOTION_DATA'];

/**
 * True when the sandbox's file for this output type is a text stand-in, not the real format.
 *
 * @example
 * ```ts
 * isSandboxStandIn('MAIN_FBX'); // true: a line of text saying so
 * isSandboxStandIn('MAIN_GLB'); // false: a glTF 2.0 walk cycle
 * ```
 */
export function isSandboxStandIn(type: string): boolean {
  return !SANDBOX_REAL_OUTPUTS.includes(type.toUpperCase());
}

const FORMATS: Record<string, string> = {
  RENDER_VIDEO: 'mp4',
  RENDER_OVERLAY_VIDEO: 'mp4',
  MOTION_DATA: 'json',
  SYNC_DATA: 'json',
  // A volume's calibration result.
  CALIBRATION: 'json',
};

/** File format of an output type: the suffix of MAIN_x, a zip for ALL_x (every actor's files). */
export function outputFormat(type: string): string {
  if (FORMATS[type]) return FORMATS[type];
  if (type.startsWith('MAIN_')) return type.slice(5).toLowerCase();
  return 'zip';
}

export function outputBytes(jobId: string, type: string): Uint8Array {
  if (type === 'MAIN_GLB') return sandboxMotion().glb;
  if (type === 'MOTION_DATA') return sandboxMotion().motionData;
  return new TextEncoder().encode(
    `move-ugc sandbox stand-in for ${type} of ${jobId}: not a real ${outputFormat(type)} file. ` +
      `Only ${SANDBOX_REAL_OUTPUTS.join(' and ')} hold real content in the sandbox.\n`,
  );
}
