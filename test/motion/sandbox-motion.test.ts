import { AnimationMixer, SkinnedMesh, Vector3, type Bone } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { sandboxMotion, type MotionData } from '../../src/sandbox/motion/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { isSandboxStandIn, SANDBOX_REAL_OUTPUTS } from '../../src/sandbox/outputs.js';

interface Accessor {
  bufferView: number;
  byteOffset?: number;
  componentType: number;
  count: number;
  type: string;
}
interface GltfJson {
  asset: { version: string };
  nodes: { name?: string; mesh?: number; skin?: number }[];
  meshes: { primitives: { attributes: Record<string, number> }[] }[];
  skins: { joints: number[]; inverseBindMatrices: number }[];
  animations: {
    samplers: { input: number; output: number; interpolation: string }[];
    channels: { sampler: number; target: { node: number; path: string } }[];
  }[];
  accessors: Accessor[];
  bufferViews: { byteOffset?: number; byteLength: number }[];
  buffers: { byteLength: number }[];
}

/** Reads a GLB by the spec, checking the container as it goes. */
function parseGlb(bytes: Uint8Array): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('glTF');
  expect(view.getUint32(4, true)).toBe(2);
  expect(view.getUint32(8, true)).toBe(bytes.byteLength);
  const jsonLength = view.getUint32(12, true);
  expect(view.getUint32(16, true)).toBe(0x4e4f534a);
  expect(jsonLength % 4).toBe(0);
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength))) as GltfJson;
  const binAt = 20 + jsonLength;
  const binLength = view.getUint32(binAt, true);
  expect(view.getUint32(binAt + 4, true)).toBe(0x004e4942);
  expect(binAt + 8 + binLength).toBe(bytes.byteLength);
  expect(json.buffers[0]!.byteLength).toBeLessThanOrEqual(binLength);
  return { json, bin: bytes.subarray(binAt + 8, binAt + 8 + binLength) };
}

function floats(glb: { json: GltfJson; bin: Uint8Array }, index: number): Float32Array {
  const accessor = glb.json.accessors[index]!;
  expect(accessor.componentType).toBe(5126);
  const view = glb.json.bufferViews[accessor.bufferView]!;
  const width = { SCALAR: 1, VEC3: 3, VEC4: 4, MAT4: 16 }[accessor.type]!;
  const start = glb.bin.byteOffset + (view.byteOffset ?? 0) + (accessor.byteOffset ?? 0);
  return new Float32Array(glb.bin.buffer.slice(start, start + accessor.count * width * 4));
}

function loadWithThree(bytes: Uint8Array): Promise<GLTF> {
  const copy = bytes.slice().buffer;
  return new Promise((resolve, reject) => new GLTFLoader().parse(copy, '', resolve, reject));
}

/** Matchers for numbers equal to `values` to `digits` decimals (float32 in the GLB, rounded in the JSON). */
const near = (values: ArrayLike<number>, digits = 5): unknown[] => Array.from(values, (v) => expect.closeTo(v, digits) as unknown);

const { glb, motionData } = sandboxMotion();
const motion = JSON.parse(new TextDecoder().decode(motionData)) as MotionData;

describe('the sandbox MAIN_GLB', () => {
  const parsed = parseGlb(glb);
  const { json } = parsed;

  test('is a glTF 2.0 binary with a skinned humanoid of at least 15 joints and one looping animation', () => {
    expect(json.asset.version).toBe('2.0');
    const skin = json.skins[0]!;
    expect(skin.joints.length).toBeGreaterThanOrEqual(15);
    expect(json.accessors[skin.inverseBindMatrices]).toMatchObject({ type: 'MAT4', count: skin.joints.length });
    const names = skin.joints.map((j) => json.nodes[j]!.name);
    for (const name of ['Hips', 'Head', 'LeftUpperArm', 'RightHand', 'LeftFoot', 'RightUpperLeg']) expect(names).toContain(name);
    const skinned = json.nodes.find((n) => n.skin === 0 && n.mesh !== undefined)!;
    expect(Object.keys(json.meshes[skinned.mesh!]!.primitives[0]!.attributes)).toEqual(
      expect.arrayContaining(['POSITION', 'NORMAL', 'JOINTS_0', 'WEIGHTS_0']),
    );

    const [animation] = json.animations;
    const rotated = animation!.channels.filter((c) => c.target.path === 'rotation').map((c) => c.target.node);
    expect(new Set(rotated)).toEqual(new Set(skin.joints));
    const times = floats(parsed, animation!.samplers[0]!.input);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBeGreaterThanOrEqual(2);
    // Looping: every channel ends where it starts.
    for (const sampler of animation!.samplers) {
      const values = floats(parsed, sampler.output);
      const width = values.length / times.length;
      expect(Array.from(values.subarray(-width))).toEqual(near(values.subarray(0, width)));
    }
  });

  test('passes the Khronos glTF validator with no errors or warnings', async () => {
    const { validateBytes } = await import('gltf-validator');
    const report = await validateBytes(glb);
    expect(report.issues.messages.filter((m) => m.code !== 'UNUSED_OBJECT')).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
    expect(report.issues.numWarnings).toBe(0);
    expect(report.info).toMatchObject({ hasSkins: true, animationCount: 1 });
  });

  test('three.js loads it: a skinned mesh whose bones move as MOTION_DATA says', async () => {
    const gltf = await loadWithThree(glb);
    let mesh: SkinnedMesh | undefined;
    gltf.scene.traverse((o) => {
      if (o instanceof SkinnedMesh) mesh = o;
    });
    expect(mesh!.skeleton.bones.map((b) => b.name)).toEqual(motion.joints.map((j) => j.name));
    const clip = gltf.animations[0]!;
    expect(clip.duration).toBeCloseTo(motion.duration, 5);

    const mixer = new AnimationMixer(gltf.scene);
    mixer.clipAction(clip).play();
    const foot = motion.joints.findIndex((j) => j.name === 'LeftFoot');
    const worldOf = (bone: Bone) => bone.getWorldPosition(new Vector3()).toArray();
    const seen: number[][] = [];
    for (const frame of [0, 8, 15]) {
      mixer.setTime(frame / motion.fps);
      gltf.scene.updateMatrixWorld(true);
      const position = worldOf(mesh!.skeleton.bones[foot]!);
      expect(position).toEqual(near(motion.frames[frame]!.positions[foot]!, 4));
      seen.push(position);
    }
    expect(seen[0]).not.toEqual(seen[2]);
  });
});

describe('the sandbox MOTION_DATA', () => {
  test('has the joints, fps, frames and rotations of the GLB animation', () => {
    const parsed = parseGlb(glb);
    const skin = parsed.json.skins[0]!;
    expect(motion.joints.map((j) => j.name)).toEqual(skin.joints.map((j) => parsed.json.nodes[j]!.name));
    const animation = parsed.json.animations[0]!;
    const times = floats(parsed, animation.samplers[0]!.input);
    expect(motion.frameCount).toBe(times.length);
    expect(motion.frames).toHaveLength(times.length);
    expect(motion.duration).toBeCloseTo(times.at(-1)!, 5);
    expect(motion.fps).toBe(30);
    motion.joints.forEach((_, j) => {
      const channel = animation.channels.find((c) => c.target.path === 'rotation' && c.target.node === skin.joints[j])!;
      const values = floats(parsed, animation.samplers[channel.sampler]!.output);
      for (const frame of [0, 7, 45]) {
        expect(motion.frames[frame]!.rotations[j]).toEqual(near(values.subarray(frame * 4, frame * 4 + 4)));
      }
    });
  });
});

describe('sandbox outputs', () => {
  let sandbox: Sandbox;
  let ugc: MoveUgc;
  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: 0 });
    ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  });
  afterAll(() => sandbox.close());

  test('MAIN_GLB and MOTION_DATA are the real files, made once; other formats say they are stand-ins', async () => {
    expect(sandboxMotion()).toBe(sandboxMotion());
    expect(SANDBOX_REAL_OUTPUTS).toEqual(['MAIN_GLB', 'MOTION_DATA']);
    expect(isSandboxStandIn('MAIN_FBX')).toBe(true);
    expect(isSandboxStandIn('MAIN_GLB')).toBe(false);

    const file = await ugc.files.create({ type: 'mp4' });
    const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
    const fetched: Record<string, Uint8Array> = {};
    for (let run = 0; run < 2; run++) {
      const job = await ugc.jobs.createSingleCam({ takeId: take.id, outputs: ['MAIN_GLB', 'MOTION_DATA', 'MAIN_FBX'] });
      const done = await ugc.jobs.wait({ id: job.id, intervalMs: 10 });
      for (const output of done.outputs ?? []) {
        const url = (await ugc.files.retrieve({ id: output!.file.id })).presignedUrl!;
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        if (output!.key === 'main_fbx')
          expect(new TextDecoder().decode(bytes)).toMatch(/^move-ugc sandbox stand-in for MAIN_FBX of job-\S+: not a real fbx file/);
        else if (fetched[output!.key!]) expect(bytes).toEqual(fetched[output!.key!]);
        else fetched[output!.key!] = bytes;
      }
    }
    expect(fetched.main_glb).toEqual(glb);
    expect(fetched.motion_data).toEqual(motionData);
  });
});
