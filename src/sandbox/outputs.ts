// What a finished job produces in the sandbox: one small file per requested output type.

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
  return new TextEncoder().encode(`move-ugc sandbox output ${type} of ${jobId}\n`);
}
