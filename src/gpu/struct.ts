// Buffer layouts defined once: a field list yields the WGSL struct text, the byte offsets and a writer.

/** A 4-byte scalar field type; every layout here is made of them. */
export type ScalarType = 'f32' | 'u32' | 'i32';

/**
 * A WGSL struct of 4-byte scalars, laid out in declaration order (every scalar is 4-aligned, so the
 * WGSL offsets are 4·index). `size` is rounded up to 16 bytes, as a uniform binding needs.
 */
export interface StructLayout<K extends string> {
  readonly name: string;
  /** `struct Name { a: f32, b: u32, … }` */
  readonly wgsl: string;
  /** Byte offset of each field. */
  readonly offsets: Readonly<Record<K, number>>;
  readonly types: Readonly<Record<K, ScalarType>>;
  /** Bytes, a multiple of 16. */
  readonly size: number;
  /** Writes every field of `values` at `byteOffset` of `view` (little-endian). */
  write(view: DataView, byteOffset: number, values: Readonly<Record<K, number>>): void;
}

/** Declares a struct from [name, type] pairs; the WGSL text and the offsets both come from this list. */
export function defineStruct<K extends string>(name: string, fields: readonly (readonly [K, ScalarType])[]): StructLayout<K> {
  const offsets = {} as Record<K, number>;
  const types = {} as Record<K, ScalarType>;
  fields.forEach(([field, type], i) => {
    if (field in offsets) throw new Error(`struct ${name}: duplicate field ${field}`);
    offsets[field] = 4 * i;
    types[field] = type;
  });
  const size = Math.max(16, Math.ceil((4 * fields.length) / 16) * 16);
  const wgsl = `struct ${name} {\n${fields.map(([f, t]) => `  ${f}: ${t},`).join('\n')}\n}\n`;
  return {
    name,
    wgsl,
    offsets,
    types,
    size,
    write(view, byteOffset, values) {
      for (const [field, type] of fields) {
        const at = byteOffset + offsets[field];
        const v = values[field];
        if (type === 'f32') view.setFloat32(at, v, true);
        else if (type === 'u32') view.setUint32(at, v >>> 0, true);
        else view.setInt32(at, v | 0, true);
      }
    },
  };
}

/**
 * A record of f32 words in a storage buffer: named fields, each `count` words long (count may depend
 * on the model, e.g. one word per layer). `wgsl` declares `const PREFIX_FIELD: u32 = offset;` for every
 * field and `PREFIX_STRIDE` — the kernels index `array<f32>` with them, TypeScript reads with `offsets`.
 */
export interface RecordLayout<K extends string> {
  /** Word offset of each field inside one record. */
  readonly offsets: Readonly<Record<K, number>>;
  /** Words per record. */
  readonly stride: number;
  readonly wgsl: string;
}

/** Declares a record; `fields` are [name, words] in order. */
export function defineRecord<K extends string>(prefix: string, fields: readonly (readonly [K, number])[]): RecordLayout<K> {
  const offsets = {} as Record<K, number>;
  let at = 0;
  const lines: string[] = [];
  for (const [field, count] of fields) {
    offsets[field] = at;
    lines.push(`const ${prefix}_${constName(field)}: u32 = ${at}u;`);
    at += count;
  }
  lines.push(`const ${prefix}_STRIDE: u32 = ${at}u;`);
  return { offsets, stride: at, wgsl: lines.join('\n') + '\n' };
}

/** camelCase → CAMEL_CASE, for generated WGSL constants. */
export function constName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
}

/** `const PREFIX_NAME: u32 = value;` lines for a table of named integers (enums shared by TS and WGSL). */
export function wgslConsts(prefix: string, table: Readonly<Record<string, number>>): string {
  return Object.entries(table)
    .map(([name, v]) => `const ${prefix}_${constName(name)}: u32 = ${v}u;`)
    .join('\n') + '\n';
}
