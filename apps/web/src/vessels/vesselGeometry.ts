/** Floats per vessel in the GPU buffer: Mercator x, Mercator y, rotation (degrees), style (see `packStyle`). */
export const FLOATS_PER_VESSEL = 4;

/** Class index (0-7) in the low bits, then 8 when drawn as a dot, 16 when stale: one float, read by the shader. */
export function packStyle(cls: number, dot: number, stale: number): number {
  return cls + dot * 8 + stale * 16;
}

/** Web Mercator x in 0..1 (what MapLibre's `mainMatrix` projects). */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web Mercator y in 0..1, north at 0. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

/**
 * Every held vessel as four floats in one dense Float32Array, the layout the WebGL layer uploads as is:
 * a batch writes numbers in place, allocates nothing per vessel and leaves nothing for the garbage collector,
 * and the map gets one buffer upload instead of 20,000 GeoJSON features to re-tile. Slots are dense: a removal
 * moves the last vessel into the hole.
 */
export class VesselGeometry {
  data = new Float32Array(1024 * FLOATS_PER_VESSEL);
  /** MMSI in each slot (float64: MMSIs are 9 digits). */
  mmsiAt = new Float64Array(1024);
  private readonly slots = new Map<number, number>();
  count = 0;
  /** Bumped on every change: the layer uploads when it differs from what it drew. */
  version = 0;

  slotOf(mmsi: number): number | undefined {
    return this.slots.get(mmsi);
  }

  /** Writes (or adds) one vessel. */
  set(mmsi: number, x: number, y: number, rot: number, style: number): void {
    let slot = this.slots.get(mmsi);
    if (slot === undefined) {
      slot = this.count++;
      if (slot >= this.mmsiAt.length) this.grow();
      this.slots.set(mmsi, slot);
      this.mmsiAt[slot] = mmsi;
    }
    const o = slot * FLOATS_PER_VESSEL;
    const d = this.data;
    d[o] = x;
    d[o + 1] = y;
    d[o + 2] = rot;
    d[o + 3] = style;
    this.version++;
  }

  remove(mmsi: number): void {
    const slot = this.slots.get(mmsi);
    if (slot === undefined) return;
    this.slots.delete(mmsi);
    const last = --this.count;
    if (slot !== last) {
      const moved = this.mmsiAt[last] ?? -1;
      this.data.copyWithin(slot * FLOATS_PER_VESSEL, last * FLOATS_PER_VESSEL, (last + 1) * FLOATS_PER_VESSEL);
      this.mmsiAt[slot] = moved;
      this.slots.set(moved, slot);
    }
    this.version++;
  }

  clear(): void {
    this.slots.clear();
    this.count = 0;
    this.version++;
  }

  private grow(): void {
    const data = new Float32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
    const mmsiAt = new Float64Array(this.mmsiAt.length * 2);
    mmsiAt.set(this.mmsiAt);
    this.mmsiAt = mmsiAt;
  }
}
