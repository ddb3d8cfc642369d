import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { VESSEL_CLASSES } from './categories.ts';
import { FLOATS_PER_VESSEL, type VesselGeometry } from './vesselGeometry.ts';

/**
 * The vessels as one MapLibre custom layer: a WebGL point sprite per vessel, read straight from the store's
 * Float32Array (deck.gl's approach). A batch costs one buffer upload on the next frame; there is no GeoJSON
 * source, so no worker re-tiling, no tile buckets coming back to the main thread, no symbol placement.
 *
 * Zoomed out (below `symbolMinZoom`) each vessel is a small class-coloured circle; from there on a hull
 * pointing along its heading (or a dot when stationary or without a direction), with a dark halo. Stale
 * vessels are dimmed. Shapes are signed distance functions evaluated in the fragment shader.
 */

const VERTEX = `
precision highp float;
attribute vec2 a_pos;
attribute float a_rot;
attribute float a_style;
uniform mat4 u_matrix;
uniform float u_wrap;
uniform float u_size;
uniform float u_pixel_ratio;
varying float v_rot;
varying float v_style;
void main() {
  gl_Position = u_matrix * vec4(a_pos.x + u_wrap, a_pos.y, 0.0, 1.0);
  gl_PointSize = u_size * u_pixel_ratio;
  v_rot = radians(a_rot);
  v_style = a_style;
}`;

const FRAGMENT = `
precision highp float;
uniform float u_symbols;
uniform float u_size;
uniform float u_pixel_ratio;
uniform vec3 u_colors[8];
varying float v_rot;
varying float v_style;

// Half-plane distance, outward normal n through point a.
float edge(vec2 p, vec2 n, vec2 a) { return dot(n, p - a); }

void main() {
  // -1..1 across the sprite, y down (gl_PointCoord).
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  float style = v_style;
  float stale = step(15.5, style);
  style -= stale * 16.0;
  float isDot = step(7.5, style);
  float cls = style - isDot * 8.0;
  vec3 color = u_colors[0];
  for (int i = 1; i < 8; i++) if (abs(cls - float(i)) < 0.5) color = u_colors[i];

  float d;
  float halo;
  if (u_symbols < 0.5) {
    // Overview: a circle filling the sprite, less its dark outline.
    d = length(p) - 0.72;
    halo = 0.28;
  } else if (isDot > 0.5) {
    d = length(p) - 0.4;
    halo = 0.24;
  } else {
    // Screen p to the hull's own frame (bow up): rotate back by the heading (clockwise, y down).
    float c = cos(v_rot);
    float s = sin(v_rot);
    vec2 q = vec2(c * p.x + s * p.y, -s * p.x + c * p.y);
    q.x = abs(q.x);
    // A hull seen from above, pointed bow, square stern: bow (0,-0.76), shoulder (0.4,0), stern corner (0.32,0.72).
    d = max(max(edge(q, vec2(0.885, -0.466), vec2(0.0, -0.76)), edge(q, vec2(0.994, 0.110), vec2(0.4, 0.0))), q.y - 0.72);
    halo = 0.24;
  }
  // To device pixels for a one-pixel antialiased edge.
  float px = u_size * u_pixel_ratio * 0.5;
  float fill = clamp(0.5 - d * px, 0.0, 1.0);
  float outline = clamp(0.5 - (d - halo) * px, 0.0, 1.0);
  float opacity = stale > 0.5 ? 0.35 : 0.95;
  vec3 rgb = mix(vec3(0.012, 0.031, 0.055), color, fill);
  float a = max(fill, outline * 0.85) * opacity;
  if (a <= 0.0) discard;
  gl_FragColor = vec4(rgb * a, a);
}`;

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

function compile(gl: WebGLRenderingContext | WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('vessel layer: createShader failed');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`vessel layer shader: ${gl.getShaderInfoLog(shader) ?? 'unknown error'}`);
  return shader;
}

/** Symbol size in CSS px by zoom, as the old symbol layer's icon-size over a 24 px icon. */
function symbolSize(zoom: number, scale: number): number {
  const stops: [number, number][] = [
    [3, 12],
    [6, 14.9],
    [9, 20.4],
    [12, 26.4],
  ];
  return interpolate(stops, zoom) * scale;
}

/** Overview circle diameter incl. outline in CSS px (radius 1.6 at zoom 3 to 3 at zoom 6, plus the stroke). */
function circleSize(zoom: number, scale: number): number {
  return (
    interpolate(
      [
        [3, 4.4],
        [6, 7.2],
      ],
      zoom,
    ) * scale
  );
}

function interpolate(stops: [number, number][], x: number): number {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return 0;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b && x <= b[0]) return a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
  }
  return last[1];
}

export interface VesselGlStats {
  /** Buffer uploads done (one per frame that followed a change). */
  uploads: number;
  /** Main-thread ms of the last render call (upload + draw calls), and the worst seen since reset. */
  lastRenderMs: number;
  maxRenderMs: number;
  renderMs: number[];
}

export class VesselGlLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  visible = true;
  readonly stats: VesselGlStats = { uploads: 0, lastRenderMs: 0, maxRenderMs: 0, renderMs: [] };
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private buffer: WebGLBuffer | null = null;
  private uploadedVersion = -1;
  private uploadedCapacity = 0;
  private readonly colors: Float32Array;

  constructor(
    readonly id: string,
    private readonly geometry: VesselGeometry,
    private readonly scale: number,
    private readonly symbolMinZoom: number,
  ) {
    this.colors = new Float32Array(8 * 3);
    VESSEL_CLASSES.forEach((c, i) => {
      this.colors.set(hexToRgb(c.color), i * 3);
    });
  }

  /** Current sprite size in CSS px (for hit testing). */
  spriteSize(zoom: number): number {
    return zoom < this.symbolMinZoom ? circleSize(zoom, this.scale) : symbolSize(zoom, this.scale);
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram();
    if (!program) throw new Error('vessel layer: createProgram failed');
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`vessel layer link: ${gl.getProgramInfoLog(program) ?? 'unknown error'}`);
    this.program = program;
    this.buffer = gl.createBuffer();
    this.uploadedVersion = -1;
    this.uploadedCapacity = 0;
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (this.buffer) gl.deleteBuffer(this.buffer);
    if (this.program) gl.deleteProgram(this.program);
    this.buffer = null;
    this.program = null;
    this.map = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const map = this.map;
    const program = this.program;
    const geometry = this.geometry;
    if (!map || !program || !this.buffer || !this.visible || geometry.count === 0) return;
    const t0 = performance.now();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    if (this.uploadedVersion !== geometry.version) {
      // Whole buffer each time: 20,000 vessels are 320 kB, one memcpy; tracking dirty ranges would cost more.
      if (this.uploadedCapacity !== geometry.data.length) {
        gl.bufferData(gl.ARRAY_BUFFER, geometry.data, gl.DYNAMIC_DRAW);
        this.uploadedCapacity = geometry.data.length;
      } else {
        gl.bufferSubData(gl.ARRAY_BUFFER, 0, geometry.data.subarray(0, geometry.count * FLOATS_PER_VESSEL));
      }
      this.uploadedVersion = geometry.version;
      this.stats.uploads++;
    }
    gl.useProgram(program);
    const stride = FLOATS_PER_VESSEL * 4;
    const aPos = gl.getAttribLocation(program, 'a_pos');
    const aRot = gl.getAttribLocation(program, 'a_rot');
    const aStyle = gl.getAttribLocation(program, 'a_style');
    gl.enableVertexAttribArray(aPos);
    gl.vertexAttribPointer(aPos, 2, gl.FLOAT, false, stride, 0);
    gl.enableVertexAttribArray(aRot);
    gl.vertexAttribPointer(aRot, 1, gl.FLOAT, false, stride, 8);
    gl.enableVertexAttribArray(aStyle);
    gl.vertexAttribPointer(aStyle, 1, gl.FLOAT, false, stride, 12);

    const zoom = map.getZoom();
    const symbols = zoom >= this.symbolMinZoom;
    gl.uniformMatrix4fv(gl.getUniformLocation(program, 'u_matrix'), false, options.defaultProjectionData.mainMatrix);
    gl.uniform1f(gl.getUniformLocation(program, 'u_size'), this.spriteSize(zoom));
    gl.uniform1f(gl.getUniformLocation(program, 'u_pixel_ratio'), map.getPixelRatio());
    gl.uniform1f(gl.getUniformLocation(program, 'u_symbols'), symbols ? 1 : 0);
    gl.uniform3fv(gl.getUniformLocation(program, 'u_colors'), this.colors);
    gl.disable(gl.DEPTH_TEST);
    gl.enable(gl.BLEND);
    // MapLibre draws with premultiplied alpha; the fragment shader outputs it.
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    const uWrap = gl.getUniformLocation(program, 'u_wrap');
    // The world repeats sideways (renderWorldCopies): draw each copy in view.
    const bounds = map.getBounds();
    const first = Math.floor((bounds.getWest() + 180) / 360);
    const last = Math.floor((bounds.getEast() + 180) / 360);
    for (let wrap = first; wrap <= last; wrap++) {
      gl.uniform1f(uWrap, wrap);
      gl.drawArrays(gl.POINTS, 0, geometry.count);
    }
    gl.disableVertexAttribArray(aPos);
    gl.disableVertexAttribArray(aRot);
    gl.disableVertexAttribArray(aStyle);
    const ms = performance.now() - t0;
    this.stats.lastRenderMs = ms;
    this.stats.maxRenderMs = Math.max(this.stats.maxRenderMs, ms);
    if (this.stats.renderMs.length < 10_000) this.stats.renderMs.push(ms);
  }
}
