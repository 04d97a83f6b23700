// gltf-validator (Khronos) ships no types: what the tests use of it.
declare module 'gltf-validator' {
  export interface ValidatorReport {
    issues: { numErrors: number; numWarnings: number; messages: { code: string; message: string; pointer?: string }[] };
    info: { animationCount: number; hasSkins: boolean };
  }
  export function validateBytes(data: Uint8Array): Promise<ValidatorReport>;
}
