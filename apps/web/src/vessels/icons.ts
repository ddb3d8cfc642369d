/**
 * Vessel symbols drawn in code: the basemap is offline and there is no sprite sheet. Each image is a signed
 * distance field (SDF) in the alpha channel, so one image is tinted per class with `icon-color` and gets a
 * dark `icon-halo` for contrast on water and land alike.
 */

/** Image pixels per CSS pixel: drawn at 2x so the symbols stay crisp on 4K walls and HiDPI laptops. */
export const ICON_PIXEL_RATIO = 2;
export const ARROW_ICON = 'vessel-arrow';
export const DOT_ICON = 'vessel-dot';

/** MapLibre's SDF convention (as its TinySDF glyphs): alpha 0.75 on the edge, 1/8 per pixel of distance. */
const SDF_RADIUS = 8;
const SDF_CUTOFF = 0.25;

export interface SdfImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Draw = (ctx: CanvasRenderingContext2D, size: number) => void;

/**
 * Rasterises a shape at 4x supersampling for a coverage mask, then computes the signed distance of each
 * output pixel to the shape's edge by brute force (the images are tiny: 48 px, once per page load).
 */
function sdfFromShape(size: number, draw: Draw): SdfImage {
  const SS = 4;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * SS;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas context');
  ctx.scale(SS, SS);
  ctx.fillStyle = '#fff';
  draw(ctx, size);
  const hi = ctx.getImageData(0, 0, size * SS, size * SS).data;
  // Coverage per output pixel (0..1).
  const cover = new Float32Array(size * size);
  for (let y = 0; y < size * SS; y++) {
    for (let x = 0; x < size * SS; x++) {
      const a = hi[(y * size * SS + x) * 4 + 3] ?? 0;
      const i = Math.floor(y / SS) * size + Math.floor(x / SS);
      cover[i] = (cover[i] ?? 0) + a / 255 / (SS * SS);
    }
  }
  const inside = (x: number, y: number): boolean => (cover[y * size + x] ?? 0) >= 0.5;
  const data = new Uint8Array(size * size * 4);
  const R = SDF_RADIUS;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const isIn = inside(x, y);
      let best = R;
      for (let dy = -R; dy <= R; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= size) continue;
        for (let dx = -R; dx <= R; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= size) continue;
          if (inside(xx, yy) !== isIn) {
            const d = Math.hypot(dx, dy);
            if (d < best) best = d;
          }
        }
      }
      // Half a pixel: the edge lies between the two pixels whose inside-ness differs.
      const signed = isIn ? -(best - 0.5) : best - 0.5;
      const alpha = 1 - (signed / R + SDF_CUTOFF);
      const o = (y * size + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = 255;
      data[o + 3] = Math.max(0, Math.min(255, Math.round(alpha * 255)));
    }
  }
  return { width: size, height: size, data };
}

/** A hull seen from above, bow up: pointed bow, straight sides, square stern. Reads as "heading" at 10 px. */
function drawArrow(ctx: CanvasRenderingContext2D, s: number): void {
  const cx = s / 2;
  ctx.beginPath();
  ctx.moveTo(cx, s * 0.12); // bow
  ctx.lineTo(cx + s * 0.2, s * 0.5);
  ctx.lineTo(cx + s * 0.16, s * 0.86);
  ctx.lineTo(cx - s * 0.16, s * 0.86);
  ctx.lineTo(cx - s * 0.2, s * 0.5);
  ctx.closePath();
  ctx.fill();
}

function drawDot(ctx: CanvasRenderingContext2D, s: number): void {
  ctx.beginPath();
  ctx.arc(s / 2, s / 2, s * 0.2, 0, Math.PI * 2);
  ctx.fill();
}

let cache: { arrow: SdfImage; dot: SdfImage } | null = null;

/** 24 CSS px images (48 image px at pixel ratio 2), computed once per page. */
export function vesselIcons(): { arrow: SdfImage; dot: SdfImage } {
  cache ??= { arrow: sdfFromShape(24 * ICON_PIXEL_RATIO, drawArrow), dot: sdfFromShape(24 * ICON_PIXEL_RATIO, drawDot) };
  return cache;
}
