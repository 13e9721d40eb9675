// Typed parameter tables and the URL query codec: defaults omitted, bad values clamped with notices.
import type { HyperUpdate } from '../engine/train/types';
import type { Text } from './i18n';

interface ParamBase {
  /** Name used in the URL, e.g. "sgd.lr". */
  name: string;
  /** Short label beside the control. */
  label: Text;
  /** What the parameter means, for "about this link". */
  doc: Text;
}

type HyperField<K extends keyof HyperUpdate> = NonNullable<HyperUpdate[K]>;
/** Engine hyperparameters (HyperUpdate) a number or int parameter may set: lr, gamma, batchSize, weightDecay, dropout, … */
export type NumberHyperKey = { [K in keyof HyperUpdate]-?: number extends HyperField<K> ? K : never }[keyof HyperUpdate];
/** Engine hyperparameters an enum parameter may set: optimizer, dropoutVariant, rebalance. */
export type ChoiceHyperKey = { [K in keyof HyperUpdate]-?: HyperField<K> extends string ? K : never }[keyof HyperUpdate];
/**
 * The engine binding of a parameter (read by hyperFrom): the URL value becomes hyperparameter `hyper`. A parameter with a
 * `hyperGroup` (e.g. "momentum" for momentum.lr → lr) is read only when hyperFrom is asked for that group; one without,
 * only when it is asked for no group.
 */
interface Bound<K> {
  hyper?: K;
  hyperGroup?: string;
}
export interface NumberParam extends ParamBase, Bound<NumberHyperKey> {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  scale: 'linear' | 'log';
  /** Slider granularity: step for linear scales, significant digits for log scales. */
  step?: number;
  digits?: number;
}
export interface IntParam extends ParamBase, Bound<NumberHyperKey> {
  kind: 'int';
  default: number;
  min: number;
  max: number;
  scale?: 'linear' | 'log';
}
export interface Choice {
  value: string;
  label: Text;
}
export interface EnumParam extends ParamBase, Bound<ChoiceHyperKey> {
  kind: 'enum';
  default: string;
  options: readonly Choice[];
}
export interface SetParam extends ParamBase {
  kind: 'set';
  default: readonly string[];
  options: readonly Choice[];
  /** The fewest options a value may hold (default 0); a URL with fewer gets the default, with a notice. */
  min?: number;
}
export interface Vec2Param extends ParamBase {
  kind: 'vec2';
  default: readonly [number, number];
  min: readonly [number, number];
  max: readonly [number, number];
}
/**
 * A list of labelled points, flat as [x₀, y₀, c₀, x₁, y₁, c₁, …]; in a URL "x,y,c;x,y,c" (e.g. "0.5,-0.25,1;0,0,0").
 * Coordinates are clamped to [−bound, bound] and rounded to `digits` decimals, c to an integer class in [0, classes − 1];
 * at most `max` points are kept.
 */
export interface PointsParam extends ParamBase {
  kind: 'points';
  default: readonly number[];
  bound: number;
  classes: number;
  max: number;
  digits: number;
}
export type ParamSpec = NumberParam | IntParam | EnumParam | SetParam | Vec2Param | PointsParam;

export type ValueOf<P extends ParamSpec> = P extends NumberParam | IntParam
  ? number
  : P extends EnumParam
    ? string
    : P extends SetParam
      ? readonly string[]
      : P extends PointsParam
        ? readonly number[]
        : readonly [number, number];
export type ParamValue = number | string | readonly string[] | readonly [number, number] | readonly number[];
/** The values of a parameter table, keyed by name, typed by kind. */
export type ValuesOf<T extends readonly ParamSpec[]> = { [P in T[number] as P['name']]: ValueOf<P> };
export type ParamValues = Record<string, ParamValue>;

export type NoticeKind = 'unknown-key' | 'malformed' | 'out-of-range' | 'not-integer' | 'unknown-option';
/** One change decode made to a URL: what was given and what is used instead. */
export interface Notice {
  kind: NoticeKind;
  key: string;
  given: string;
  used: string;
}

/** The default value of every parameter in a table. */
export function defaults<T extends readonly ParamSpec[]>(specs: T): ValuesOf<T> {
  const out: ParamValues = {};
  for (const p of specs) out[p.name] = p.default;
  return out as ValuesOf<T>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** −0 and +0 are the same value in a URL. */
const noNegZero = (x: number) => (x === 0 ? 0 : x);

function parseNumber(s: string): number | null {
  const t = s.trim();
  if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? noNegZero(x) : null;
}

/** Formats a value the way it appears in a URL. */
export function formatValue(p: ParamSpec, v: ParamValue): string {
  switch (p.kind) {
    case 'number':
    case 'int':
    case 'enum':
      return String(v);
    case 'set':
      return (v as readonly string[]).join(',');
    case 'vec2':
      return (v as readonly number[]).map(String).join(',');
    case 'points': {
      const xs = v as readonly number[];
      const out: string[] = [];
      for (let i = 0; i + 2 < xs.length; i += 3) out.push(`${xs[i]},${xs[i + 1]},${xs[i + 2]}`);
      return out.join(';');
    }
  }
}

/** Decodes a point list (see PointsParam): the points kept and whether anything had to change. */
function decodePoints(p: PointsParam, raw: string): { value: number[]; changed: NoticeKind | null } {
  const value: number[] = [];
  let changed: NoticeKind | null = null;
  const scale = 10 ** p.digits;
  for (const item of raw.split(';')) {
    if (item.trim() === '') continue;
    const parts = item.split(',').map(parseNumber);
    if (parts.length !== 3 || parts.some((x) => x === null)) {
      changed = 'malformed';
      continue;
    }
    if (value.length / 3 >= p.max) {
      changed ??= 'out-of-range';
      continue;
    }
    const [x, y, c] = parts as number[];
    const snap = (t: number) => noNegZero(Math.round(clamp(t, -p.bound, p.bound) * scale) / scale);
    const k = clamp(Math.round(c), 0, p.classes - 1);
    if (snap(x) !== x || snap(y) !== y || k !== c) changed ??= 'out-of-range';
    value.push(snap(x), snap(y), k);
  }
  return { value, changed };
}

export function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Decodes one raw URL value; returns the value to use and, when it had to change, a notice. */
export function decodeValue(p: ParamSpec, raw: string): { value: ParamValue; notice?: Notice } {
  const note = (kind: NoticeKind, value: ParamValue) => ({
    value,
    notice: { kind, key: p.name, given: raw, used: formatValue(p, value) },
  });
  switch (p.kind) {
    case 'number':
    case 'int': {
      const x = parseNumber(raw);
      if (x === null) return note('malformed', p.default);
      const c = noNegZero(clamp(x, p.min, p.max));
      if (c !== x) return note('out-of-range', p.kind === 'int' ? Math.round(c) : c);
      if (p.kind === 'int' && !Number.isInteger(x)) return note('not-integer', Math.round(x));
      return { value: x };
    }
    case 'enum': {
      const v = raw.trim();
      return p.options.some((o) => o.value === v) ? { value: v } : note('unknown-option', p.default);
    }
    case 'set': {
      const given = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const known = p.options.map((o) => o.value).filter((v) => given.includes(v));
      const unknown = given.filter((v) => !p.options.some((o) => o.value === v));
      // Only unknown names (e.g. opt=e5) would select nothing at all: fall back to the default instead.
      if (known.length < (p.min ?? 0)) return note(unknown.length ? 'unknown-option' : 'out-of-range', p.default);
      if (unknown.length) return note('unknown-option', known.length ? known : p.default);
      return { value: known };
    }
    case 'vec2': {
      const parts = raw.split(',');
      const xs = parts.map(parseNumber);
      if (parts.length !== 2 || xs[0] === null || xs[1] === null) return note('malformed', p.default);
      const v: [number, number] = [
        noNegZero(clamp(xs[0], p.min[0], p.max[0])),
        noNegZero(clamp(xs[1], p.min[1], p.max[1])),
      ];
      return v[0] !== xs[0] || v[1] !== xs[1] ? note('out-of-range', v) : { value: v };
    }
    case 'points': {
      const { value, changed } = decodePoints(p, raw);
      return changed ? note(changed, value) : { value };
    }
  }
}

/**
 * Reads a lesson's parameters from a query string. Unknown keys (other than `reserved` app-level
 * ones such as `lang`) are ignored; malformed or out-of-range values are replaced by the nearest
 * valid value. Every change is reported as a notice.
 */
export function decode<T extends readonly ParamSpec[]>(
  specs: T,
  query: URLSearchParams,
  reserved: readonly string[] = [],
): { values: ValuesOf<T>; notices: Notice[] } {
  const values: ParamValues = defaults(specs);
  const notices: Notice[] = [];
  const byName = new Map<string, ParamSpec>(specs.map((p) => [p.name, p]));
  for (const [key, raw] of query) {
    const p = byName.get(key);
    if (!p) {
      if (!reserved.includes(key)) notices.push({ kind: 'unknown-key', key, given: raw, used: '' });
      continue;
    }
    const { value, notice } = decodeValue(p, raw);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as ValuesOf<T>, notices };
}

/**
 * Writes the non-default parameters, in table order, as a query string (without "?"). Parameters
 * named in `always` (e.g. the seed of a shared link) are written even when they hold their default.
 */
export function encode<T extends readonly ParamSpec[]>(specs: T, values: ValuesOf<T> | ParamValues, always: readonly string[] = []): string {
  const q = new URLSearchParams();
  const vals = values as ParamValues;
  for (const p of specs) {
    const v = vals[p.name] ?? (always.includes(p.name) ? p.default : undefined);
    if (v !== undefined && (always.includes(p.name) || !sameValue(v, p.default))) q.set(p.name, formatValue(p, v));
  }
  // Commas and semicolons are legal in a query; keep them readable so links can be written by hand.
  return q.toString().replace(/%2C/g, ',').replace(/%3B/g, ';');
}

/** Snaps a slider value: to `step` on linear scales, to `digits` significant digits on log scales. */
export function quantize(p: NumberParam | IntParam, x: number): number {
  if (p.kind === 'int') return clamp(Math.round(x), p.min, p.max);
  const c = clamp(x, p.min, p.max);
  if (p.scale === 'log') return Number(c.toPrecision(p.digits ?? 3));
  const step = p.step ?? (p.max - p.min) / 100;
  const q = Math.round((c - p.min) / step) * step + p.min;
  // Remove float noise such as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return noNegZero(clamp(Number(q.toFixed(decimals)), p.min, p.max));
}
