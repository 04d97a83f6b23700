// The preview page's script (bundled with three.js into dist/viewer/viewer.js): loads the one
// GLB the preview server offers and plays its first animation, with orbit, play/pause and a timeline.
import {
  AnimationMixer,
  Box3,
  Color,
  DirectionalLight,
  GridHelper,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  SkinnedMesh,
  Timer,
  Vector3,
  WebGLRenderer,
  type AnimationAction,
} from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

/** What the page tells scripts (and tests) about itself. */
interface PreviewState {
  ready: boolean;
  /** Frames rendered so far. */
  frame: number;
  time: number;
  duration: number;
  playing: boolean;
  error: string | null;
}

const state: PreviewState = { ready: false, frame: 0, time: 0, duration: 0, playing: false, error: null };
(window as unknown as { __preview: PreviewState }).__preview = state;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stage = $<HTMLDivElement>('stage');
const playButton = $<HTMLButtonElement>('play');
const timeline = $<HTMLInputElement>('timeline');
const clockText = $<HTMLSpanElement>('clock');
const info = $<HTMLSpanElement>('info');

const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(window.devicePixelRatio);
stage.appendChild(renderer.domElement);
const scene = new Scene();
scene.background = new Color(0x1d2127);
scene.add(new HemisphereLight(0xffffff, 0x444444, 2));
const sun = new DirectionalLight(0xffffff, 2);
sun.position.set(2, 4, 3);
scene.add(sun);
const grid = new GridHelper(6, 12, 0x555b66, 0x353a44);
scene.add(grid);
const camera = new PerspectiveCamera(40, 1, 0.01, 1000);
const controls = new OrbitControls(camera, renderer.domElement);
controls.enableDamping = true;

function resize(): void {
  const { clientWidth: w, clientHeight: h } = stage;
  renderer.setSize(w, h);
  camera.aspect = w / Math.max(h, 1);
  camera.updateProjectionMatrix();
}
window.addEventListener('resize', resize);
resize();

let mixer: AnimationMixer | undefined;
let action: AnimationAction | undefined;
const timer = new Timer();
timer.connect(document);

function setPlaying(playing: boolean): void {
  state.playing = playing && Boolean(action);
  playButton.textContent = state.playing ? 'Pause' : 'Play';
}

function seek(time: number): void {
  if (!action || !mixer) return;
  action.time = Math.min(Math.max(time, 0), state.duration);
  mixer.update(0);
}

playButton.addEventListener('click', () => setPlaying(!state.playing));
timeline.addEventListener('input', () => {
  setPlaying(false);
  seek(Number(timeline.value));
});

function frame(timestamp?: number): void {
  timer.update(timestamp);
  if (mixer && action && state.playing) mixer.update(timer.getDelta());
  if (action) {
    state.time = action.time;
    timeline.value = String(action.time);
    clockText.textContent = `${action.time.toFixed(2)} / ${state.duration.toFixed(2)} s`;
  }
  controls.update();
  renderer.render(scene, camera);
  state.frame++;
  requestAnimationFrame(frame);
}

new GLTFLoader().load(
  'model.glb',
  (gltf) => {
    scene.add(gltf.scene);
    const box = new Box3().setFromObject(gltf.scene);
    const center = box.getCenter(new Vector3());
    const size = box.getSize(new Vector3()).length() || 1;
    camera.position.copy(center).add(new Vector3(1.2, 0.55, 1.9).multiplyScalar(size));
    controls.target.copy(center);
    // Files come in metres or centimetres: scale the view, not the model.
    camera.near = size / 200;
    camera.far = size * 100;
    camera.updateProjectionMatrix();
    grid.scale.setScalar(size / 2);
    grid.position.y = box.min.y;
    let joints = 0;
    gltf.scene.traverse((o) => {
      if (o instanceof SkinnedMesh) joints = Math.max(joints, o.skeleton.bones.length);
    });
    const clip = gltf.animations[0];
    if (clip) {
      mixer = new AnimationMixer(gltf.scene);
      action = mixer.clipAction(clip).play();
      state.duration = clip.duration;
      timeline.max = String(clip.duration);
      timeline.disabled = false;
      playButton.disabled = false;
      setPlaying(true);
    }
    info.textContent = [
      clip ? `${clip.name || 'animation'}: ${clip.duration.toFixed(2)} s` : 'no animation in this file',
      joints ? `${joints} joints` : 'no skin',
      gltf.animations.length > 1 ? `playing the first of ${gltf.animations.length} animations` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    state.ready = true;
  },
  undefined,
  (error) => {
    state.error = error instanceof Error ? error.message : String(error);
    info.textContent = `Could not load the GLB: ${state.error}`;
    console.error(error);
  },
);
requestAnimationFrame(frame);
