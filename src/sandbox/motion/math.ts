// Just enough 3D math for a skeleton: quaternions are [x, y, z, w] as glTF stores them.

export type Vec3 = [number, number, number];
export type Quat = [number, number, number, number];

export const IDENTITY: Quat = [0, 0, 0, 1];

export function multiply(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

function axisAngle(axis: 0 | 1 | 2, degrees: number): Quat {
  const half = (degrees * Math.PI) / 360;
  const q: Quat = [0, 0, 0, Math.cos(half)];
  q[axis] = Math.sin(half);
  return q;
}

/** Rotation about Y (yaw), then X (pitch), then Z (roll), in degrees, as one quaternion. */
export function euler(pitch: number, yaw = 0, roll = 0): Quat {
  return multiply(multiply(axisAngle(1, yaw), axisAngle(0, pitch)), axisAngle(2, roll));
}

export function rotate(q: Quat, v: Vec3): Vec3 {
  const [x, y, z, w] = q;
  // v + 2w(q×v) + 2q×(q×v)
  const cx = y * v[2] - z * v[1];
  const cy = z * v[0] - x * v[2];
  const cz = x * v[1] - y * v[0];
  return [v[0] + 2 * (w * cx + y * cz - z * cy), v[1] + 2 * (w * cy + z * cx - x * cz), v[2] + 2 * (w * cz + x * cy - y * cx)];
}

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
