/**
 * Every pair's ribbon, drawn by the GPU in one instanced call: a MapLibre custom layer (WebGL2).
 * Each instance is a pair (`core/pair-instances.ts`); the curve (`core/bowed-arc.ts`), the width,
 * the strands in domain colours and the dashes are computed in the shaders from the pair's two ends
 * and a few numbers. Only the pairs drawn are given to the GPU (a filter or a cap rebuilds that
 * list from arrays made once per dataset); hover dimming is a uniform. Nothing is tiled.
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { MIN_STRAND_PX, STRAND_GAP, zoomScale } from '../core/link-drawing';
import { capPairs, INSTANCE_FLOATS, type PairInstances } from '../core/pair-instances';
import { hexToRgb } from './marker-images';

/**
 * Segments of each curve: they stray from the true curve by 1/4,000 of the link's length at most
 * (bow × length × (1/24)²), a pixel for a link 4,000 pixels long.
 */
const SEGMENTS = 24;
/**
 * Where many links are drawn (thin and faint), 12: a pixel off the true curve per 1,000 pixels of
 * length, and half the vertices (the shaders' cost under a software renderer).
 */
const DENSE_SEGMENTS = 12;
/** With at most this many links drawn, each is opaque; dashes are drawn up to the second. */
const FEW_LINKS = 300;
/** With more links drawn, ribbons are this share of their width (still wider with more domains). */
const DENSE_WIDTH = 0.4;
const DASHED_LINKS = 1000;

const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_unit;
uniform float u_bow;
uniform float u_world;
uniform float u_byValue;
uniform uint u_ticked;
uniform float u_thin;
uniform vec3 u_colors[32];
uniform vec3 u_neutral;
uniform float u_ratio;
uniform float u_gap;
uniform float u_minStrand;
in vec2 a_template;
in vec4 a_ends;
in vec4 a_look;
in uint a_mask;
in float a_visible;
out float v_across;
out float v_along;
out float v_half;
flat out uint v_mask;
flat out float v_style;
flat out float v_strands;
flat out vec3 v_colour;

vec2 curve(float t, vec2 p0, vec2 p1, vec2 p2) {
  float u = 1.0 - t;
  return u * u * p0 + 2.0 * u * t * p1 + t * t * p2;
}

vec2 screen(vec4 clip) {
  return clip.xy / clip.w * u_viewport * 0.5;
}

void main() {
  // Only the ticked domains are drawn as strands (all of them when none of the pair's is ticked).
  uint mask = a_mask & u_ticked;
  if (mask == 0u) mask = a_mask;
  // The bits set, counted in parallel (GLSL ES 3.00 has no bitCount).
  uint c = mask - ((mask >> 1u) & 0x55555555u);
  c = (c & 0x33333333u) + ((c >> 2u) & 0x33333333u);
  c = (((c + (c >> 4u)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24u;
  float n = float(c);
  v_mask = mask;
  v_style = a_look.y;
  // As core/link-drawing.ts's ribbonWidth: 3 px for one domain, 4 px a domain up to 16.
  // Thinner where many links are drawn (u_thin), so that they do not fill the map with ink.
  float byDomains = max(1.5, (n <= 1.0 ? 3.0 : min(16.0, 4.0 * n)) * u_thin);
  float width = u_byValue > 0.5 ? a_look.w : byDomains;
  float half_ = width * u_unit * 0.5;
  // Strands only where they can be told apart (core/link-drawing.ts, strandsReadable): each
  // MIN_STRAND_PX CSS pixels wide at least; else the ribbon is one neutral colour. A ribbon of
  // one colour gets it here, once, rather than in each of its fragments.
  bool readable = n < 1.5 || (2.0 * half_ / n) * (1.0 - u_gap) >= u_minStrand * u_ratio - 0.001;
  v_strands = readable ? max(1.0, n) : 1.0;
  v_colour = u_neutral;
  if (readable && n < 1.5) {
    // The one domain: the lowest bit set (the first colour when the pair cites none).
    uint low = mask & (~mask + 1u);
    v_colour = u_colors[low == 0u ? 0 : int(log2(float(low)) + 0.5)];
  }
  if (a_visible < 0.5 || a_look.x <= 0.0 || width <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    v_across = 0.0; v_along = 0.0; v_half = 0.0;
    return;
  }
  vec2 p0 = a_ends.xy;
  vec2 p2 = a_ends.zw;
  vec2 d = p2 - p0;
  vec2 p1 = (p0 + p2) * 0.5 + 2.0 * u_bow * vec2(d.y, -d.x);
  float t = a_template.x;
  vec2 at = curve(t, p0, p1, p2);
  vec2 tangent = 2.0 * (1.0 - t) * (p1 - p0) + 2.0 * t * (p2 - p1);
  vec4 clip = u_matrix * vec4(at, 0.0, 1.0);
  vec2 direction = screen(u_matrix * vec4(at + tangent * 0.001, 0.0, 1.0)) - screen(clip);
  float len = length(direction);
  vec2 normal = len > 0.0 ? vec2(-direction.y, direction.x) / len : vec2(0.0, 1.0);
  // Half a device pixel more on each side, for the soft edge drawn in the fragment shader (which
  // is transparent further out: no fragment is made to be thrown away).
  float reach = half_ + 0.5;
  clip.xy += normal * a_template.y * reach / (u_viewport * 0.5) * clip.w;
  v_across = a_template.y * reach;
  v_half = half_;
  // The curve's length in device pixels (chord and control polygon, Gravesen's estimate).
  float chord = length(d);
  float polygon = length(p1 - p0) + length(p2 - p1);
  v_along = t * (2.0 * chord + polygon) / 3.0 * u_world;
  gl_Position = clip;
}
`;

const FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform vec3 u_colors[32];
uniform float u_unit;
uniform float u_opacity;
uniform float u_gap;
uniform float u_dashes;
in float v_across;
in float v_along;
in float v_half;
flat in uint v_mask;
flat in float v_style;
flat in float v_strands;
flat in vec3 v_colour;
out vec4 fragColor;

void main() {
  float alpha = clamp(v_half + 0.5 - abs(v_across), 0.0, 1.0);
  if (alpha <= 0.0) discard;
  vec3 colour = v_colour;
  if (v_strands > 1.5) {
    // Which strand across the ribbon, and which domain it is: the k-th bit set in the mask.
    float n = v_strands;
    float position = clamp((v_across / max(v_half, 0.001)) * 0.5 + 0.5, 0.0, 0.9999) * n;
    float strand = floor(position);
    if (strand < n - 1.0 && position - strand > 1.0 - u_gap) discard;
    int wanted = int(strand);
    int seen = -1;
    int domain = 0;
    for (int bit = 0; bit < 32; bit++) {
      if (((v_mask >> uint(bit)) & 1u) == 1u) {
        seen++;
        if (seen == wanted) { domain = bit; break; }
      }
    }
    colour = u_colors[domain];
  }
  // Dashes for talks and intent (8 px on, 5 off), dots where no status is given (2.5 on, 4 off),
  // unless so many links are drawn that the dashes would run into each other.
  if (v_style > 0.5 && u_dashes > 0.5) {
    float on = (v_style < 1.5 ? 8.0 : 2.5) * u_unit;
    float off = (v_style < 1.5 ? 5.0 : 4.0) * u_unit;
    if (mod(v_along, on + off) > on) discard;
  }
  float a = alpha * u_opacity;
  fragColor = vec4(colour * a, a);
}
`;

/**
 * The opacity of each link when `drawn` are on the map: 1 for a few hundred, falling with their
 * number, so that where many cross the map darkens (structure) instead of filling with ink.
 */
export function densityOpacity(drawn: number): number {
  return Math.min(1, Math.max(0.12, Math.sqrt(FEW_LINKS / 2 / Math.max(1, drawn))));
}

interface Resources {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  template: WebGLBuffer;
  instances: WebGLBuffer;
  masks: WebGLBuffer;
  visibility: WebGLBuffer;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

/** How many pairs the view holds and how many of them are drawn (fewer under a cap). */
export interface DrawnCount {
  /** Pairs that pass the filters (in view, under a cap). */
  shown: number;
  drawn: number;
}

const EMPTY: PairInstances = {
  count: 0,
  geometry: new Float32Array(0),
  masks: new Uint32Array(0),
  order: new Uint32Array(0),
  boxes: new Float32Array(0),
};

export class ArcLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private resources: Resources | null = null;
  private data: PairInstances = EMPTY;
  /** The pairs' geometry and masks in drawing order (weakest first). */
  private ordered = { geometry: new Float32Array(0), masks: new Uint32Array(0) };
  /** Per pair: passes the filters; is drawn (under the cap, in view). Per instance: is drawn. */
  private visible = new Uint8Array(0);
  private drawnPairs = new Uint8Array(0);
  /**
   * The drawn pairs only, in drawing order: what the GPU is given, so that a cap of 1,500 on
   * 200,000 pairs runs the shaders 1,500 times, not 200,000. Rebuilt when the drawn set changes.
   */
  private compact = {
    geometry: new Float32Array(0),
    masks: new Uint32Array(0),
    ones: new Uint8Array(0),
    count: 0,
  };
  private cap = Infinity;
  /** The view in Mercator units (west, north, east, south), for a cap. */
  private view: [number, number, number, number] | null = null;
  private counted: DrawnCount = { shown: 0, drawn: 0 };
  private colors = new Float32Array(32 * 3);
  private neutral: [number, number, number] = [0.3, 0.33, 0.38];
  private byValue = false;
  private ticked = 0xffffffff;
  private opacity = 1;
  /** What has changed since the buffers were last written. */
  private dirty = { instances: true, visibility: true };
  /** A filter, a cap or a view changed: which pairs are drawn is worked out once, shortly. */
  private stale = false;

  constructor(
    readonly id: string,
    private readonly bow: number,
    private readonly onCount: (count: DrawnCount) => void = () => {},
  ) {}

  /** A new dataset's pairs, all visible until told otherwise. */
  setPairs(data: PairInstances): void {
    this.data = data;
    const geometry = new Float32Array(data.geometry.length);
    const masks = new Uint32Array(data.count);
    data.order.forEach((pair, k) => {
      geometry.set(
        data.geometry.subarray(pair * INSTANCE_FLOATS, (pair + 1) * INSTANCE_FLOATS),
        k * INSTANCE_FLOATS,
      );
      masks[k] = data.masks[pair] ?? 0;
    });
    this.ordered = { geometry, masks };
    this.visible = new Uint8Array(data.count).fill(1);
    this.drawnPairs = new Uint8Array(data.count);
    this.compact = {
      geometry: new Float32Array(data.geometry.length),
      masks: new Uint32Array(data.count),
      ones: new Uint8Array(data.count).fill(1),
      count: 0,
    };
    this.dirty = { instances: true, visibility: true };
    this.recount();
  }

  /** Which pairs pass the filters (1) or not (0), one byte per pair. */
  setVisibility(visible: Uint8Array): void {
    this.visible.set(visible.subarray(0, this.visible.length));
    this.recount();
  }

  /**
   * At most `cap` pairs drawn, the strongest among those in `view` (Mercator units: west, north,
   * east, south); Infinity draws every pair that passes the filters.
   */
  setCap(cap: number, view: [number, number, number, number] | null): void {
    if (cap === this.cap && (cap === Infinity || sameView(view, this.view))) return;
    this.cap = cap;
    this.view = view;
    this.recount();
  }

  /** The pairs drawn, one byte per pair (1: drawn). */
  drawn(): Uint8Array {
    this.settle();
    return this.drawnPairs;
  }

  count(): DrawnCount {
    this.settle();
    return this.counted;
  }

  /** The colours of the dataset's domains, in taxonomy order (at most 32). */
  setColors(colors: readonly string[], neutral: string): void {
    this.colors.fill(0);
    colors.slice(0, 32).forEach((hex, d) => {
      const [r, g, b] = hexToRgb(hex);
      this.colors.set([r / 255, g / 255, b / 255], d * 3);
    });
    const [r, g, b] = hexToRgb(neutral);
    this.neutral = [r / 255, g / 255, b / 255];
    this.map?.triggerRepaint();
  }

  /** Ribbons as wide as their pair's value, or as their number of domains. */
  setWidthByValue(byValue: boolean): void {
    if (byValue === this.byValue) return;
    this.byValue = byValue;
    this.map?.triggerRepaint();
  }

  /** The ticked domains, as a mask: a ribbon shows only their strands. */
  setTicked(mask: number): void {
    if (mask >>> 0 === this.ticked) return;
    this.ticked = mask >>> 0;
    this.map?.triggerRepaint();
  }

  widthByValue(): boolean {
    return this.byValue;
  }

  setOpacity(opacity: number): void {
    if (opacity === this.opacity) return;
    this.opacity = opacity;
    this.map?.triggerRepaint();
  }

  getOpacity(): number {
    return this.opacity;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    this.resources = null;
    this.dirty = { instances: true, visibility: true };
  }

  onRemove(): void {
    const gl = this.gl;
    const r = this.resources;
    if (gl && r && !gl.isContextLost()) {
      gl.deleteProgram(r.program);
      gl.deleteVertexArray(r.vao);
      for (const buffer of [r.template, r.instances, r.masks, r.visibility])
        gl.deleteBuffer(buffer);
    }
    this.resources = null;
    this.map = null;
    this.gl = null;
  }

  /** After a lost WebGL context comes back, everything is made again at the next frame. */
  contextRestored(): void {
    this.resources = null;
    this.dirty = { instances: true, visibility: true };
  }

  /**
   * Asks for the drawn pairs to be worked out again: once for all the changes a store update
   * makes (a filter sets both the pairs shown and the cap), before the next frame or read.
   */
  private recount(): void {
    if (this.stale) return;
    this.stale = true;
    queueMicrotask(() => {
      this.settle();
    });
  }

  /** Which pairs are drawn: those that pass the filters, the strongest first up to the cap. */
  private settle(): void {
    if (!this.stale) return;
    this.stale = false;
    const { shown, drawn } = capPairs(
      this.data,
      this.visible,
      this.cap,
      this.view,
      this.drawnPairs,
    );
    const { count, order } = this.data;
    const { geometry, masks } = this.ordered;
    const out = this.compact.geometry;
    let n = 0;
    for (let k = 0; k < count; k++) {
      if (this.drawnPairs[order[k] ?? 0] !== 1) continue;
      // Element by element: a subarray per pair costs more than the copy at 200,000 pairs.
      const from = k * INSTANCE_FLOATS;
      const to = n * INSTANCE_FLOATS;
      for (let f = 0; f < INSTANCE_FLOATS; f++) out[to + f] = geometry[from + f] ?? 0;
      this.compact.masks[n] = masks[k] ?? 0;
      n++;
    }
    this.compact.count = n;
    this.dirty.instances = true;
    const changed = shown !== this.counted.shown || drawn !== this.counted.drawn;
    this.counted = { shown, drawn };
    if (changed) this.onCount(this.counted);
    this.map?.triggerRepaint();
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (this.data.count === 0 || !this.map) return;
    this.settle();
    const r = (this.resources ??= this.create(gl));
    const n = this.compact.count;
    if (this.dirty.instances) {
      gl.bindBuffer(gl.ARRAY_BUFFER, r.instances);
      gl.bufferData(
        gl.ARRAY_BUFFER,
        this.compact.geometry.subarray(0, n * INSTANCE_FLOATS),
        gl.DYNAMIC_DRAW,
      );
      gl.bindBuffer(gl.ARRAY_BUFFER, r.masks);
      gl.bufferData(gl.ARRAY_BUFFER, this.compact.masks.subarray(0, n), gl.DYNAMIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, r.visibility);
      gl.bufferData(gl.ARRAY_BUFFER, this.compact.ones.subarray(0, n), gl.DYNAMIC_DRAW);
      this.dirty = { instances: false, visibility: false };
    }
    if (n === 0) return;
    const ratio = this.map.getPixelRatio();
    const zoom = this.map.getZoom();
    const drawn = this.counted.drawn;
    const density = densityOpacity(drawn);
    const u = r.uniforms;
    gl.useProgram(r.program);
    gl.uniformMatrix4fv(u.u_matrix ?? null, false, options.defaultProjectionData.mainMatrix);
    gl.uniform2f(u.u_viewport ?? null, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u.u_unit ?? null, ratio * zoomScale(zoom));
    gl.uniform1f(u.u_ratio ?? null, ratio);
    gl.uniform1f(u.u_bow ?? null, this.bow);
    gl.uniform1f(u.u_world ?? null, 512 * 2 ** zoom * ratio);
    gl.uniform1f(u.u_byValue ?? null, this.byValue ? 1 : 0);
    gl.uniform1ui(u.u_ticked ?? null, this.ticked);
    gl.uniform1f(u.u_thin ?? null, drawn <= FEW_LINKS ? 1 : DENSE_WIDTH);
    gl.uniform3fv(u.u_colors ?? null, this.colors);
    gl.uniform3f(u.u_neutral ?? null, ...this.neutral);
    gl.uniform1f(u.u_opacity ?? null, this.opacity * density);
    gl.uniform1f(u.u_gap ?? null, STRAND_GAP);
    gl.uniform1f(u.u_minStrand ?? null, MIN_STRAND_PX);
    gl.uniform1f(u.u_dashes ?? null, drawn <= DASHED_LINKS ? 1 : 0);
    gl.bindVertexArray(r.vao);
    // The template holds a fine strip, then a coarse one for dense views.
    if (drawn <= FEW_LINKS) gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, (SEGMENTS + 1) * 2, n);
    else {
      const first = (SEGMENTS + 1) * 2;
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, first, (DENSE_SEGMENTS + 1) * 2, n);
    }
    gl.bindVertexArray(null);
  }

  private create(gl: WebGL2RenderingContext): Resources {
    const program = linkProgram(gl, VERTEX, FRAGMENT);
    // (WebGL2's types say these never fail; a lost context is handled by `contextRestored`.)
    const buffer = () => gl.createBuffer();
    const vao = gl.createVertexArray();
    const template = buffer();
    const instances = buffer();
    const masks = buffer();
    const visibility = buffer();
    gl.bindVertexArray(vao);
    // The template: strips along the curve, t from 0 to 1, one vertex on each side; the fine one
    // then the coarse one.
    const strip = new Float32Array((SEGMENTS + 1 + DENSE_SEGMENTS + 1) * 4);
    let at0 = 0;
    for (const segments of [SEGMENTS, DENSE_SEGMENTS]) {
      for (let i = 0; i <= segments; i++, at0 += 4) {
        strip.set([i / segments, -1, i / segments, 1], at0);
      }
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, template);
    gl.bufferData(gl.ARRAY_BUFFER, strip, gl.STATIC_DRAW);
    const at = (name: string) => gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(at('a_template'));
    gl.vertexAttribPointer(at('a_template'), 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, instances);
    const stride = INSTANCE_FLOATS * 4;
    for (const [name, size, offset] of [
      ['a_ends', 4, 0],
      ['a_look', 4, 16],
    ] as const) {
      gl.enableVertexAttribArray(at(name));
      gl.vertexAttribPointer(at(name), size, gl.FLOAT, false, stride, offset);
      gl.vertexAttribDivisor(at(name), 1);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, masks);
    gl.enableVertexAttribArray(at('a_mask'));
    gl.vertexAttribIPointer(at('a_mask'), 1, gl.UNSIGNED_INT, 0, 0);
    gl.vertexAttribDivisor(at('a_mask'), 1);
    gl.bindBuffer(gl.ARRAY_BUFFER, visibility);
    gl.enableVertexAttribArray(at('a_visible'));
    // Not normalized: a byte of 1 reads as 1.0.
    gl.vertexAttribPointer(at('a_visible'), 1, gl.UNSIGNED_BYTE, false, 0, 0);
    gl.vertexAttribDivisor(at('a_visible'), 1);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    const uniforms: Resources['uniforms'] = {};
    for (const name of [
      'u_matrix',
      'u_viewport',
      'u_unit',
      'u_bow',
      'u_world',
      'u_colors',
      'u_neutral',
      'u_ratio',
      'u_byValue',
      'u_ticked',
      'u_thin',
      'u_opacity',
      'u_gap',
      'u_minStrand',
      'u_dashes',
    ]) {
      uniforms[name] = gl.getUniformLocation(program, name);
    }
    return { program, vao, template, instances, masks, visibility, uniforms };
  }
}

function linkProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): WebGLProgram {
  const compile = (type: number, source: string) => {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL could not make a shader for the links');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
      throw new Error(`The links' shader did not compile: ${gl.getShaderInfoLog(shader) ?? ''}`);
    }
    return shader;
  };
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, vertex));
  gl.attachShader(program, compile(gl.FRAGMENT_SHADER, fragment));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`The links' program did not link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return program;
}

function sameView(a: readonly number[] | null, b: readonly number[] | null): boolean {
  return a === b || (a !== null && b !== null && a.every((v, i) => v === b[i]));
}
