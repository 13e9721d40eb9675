// A compute kernel: WGSL whose binding declarations are parsed into its bind group layout, a labelled pipeline (cached per device), bind-by-name.

/** One `@group(g) @binding(b) var<…> name: type;` declaration of a WGSL module. */
export interface BindingDecl {
  group: number;
  binding: number;
  name: string;
  kind: 'uniform' | 'storage' | 'read-only-storage';
}

const BINDING_RE = /@group\((\d+)\)\s*@binding\((\d+)\)\s*var<\s*(uniform|storage)\s*(?:,\s*(read|read_write))?\s*>\s*(\w+)\s*:/g;

/** The buffer bindings declared in WGSL source, in source order (the single source of the bind group layouts). */
export function parseBindings(code: string): BindingDecl[] {
  const out: BindingDecl[] = [];
  for (const m of code.matchAll(BINDING_RE)) {
    const [, group, binding, space, access, name] = m;
    const kind = space === 'uniform' ? 'uniform' : access === 'read_write' ? 'storage' : 'read-only-storage';
    out.push({ group: Number(group), binding: Number(binding), name, kind });
  }
  return out;
}

/** Group 0 of every kernel: the per-pass uniform (binding 0, dynamic offset: one slot per pass of a submit) and the member records (binding 1). */
export const PASS_GROUP = 0;
/** Group 1: the kernel's own buffers. */
export const OWN_GROUP = 1;

/** A buffer or a window of one. */
export type BufferResource = GPUBuffer | { buffer: GPUBuffer; offset?: number; size?: number };

/** A compiled kernel. `bind` makes its group-1 bind group from buffers named as in the WGSL. */
export class Kernel {
  readonly bindings: BindingDecl[];

  constructor(
    readonly label: string,
    readonly pipeline: GPUComputePipeline,
    private readonly ownLayout: GPUBindGroupLayout,
    bindings: BindingDecl[],
  ) {
    this.bindings = bindings.filter((b) => b.group === OWN_GROUP);
  }

  /** The group-1 bind group; every declared binding must be given, and nothing else. */
  bind(device: GPUDevice, label: string, resources: Readonly<Record<string, BufferResource>>): GPUBindGroup {
    const names = new Set(Object.keys(resources));
    const entries = this.bindings.map((b): GPUBindGroupEntry => {
      const r = resources[b.name];
      if (!r) throw new Error(`${this.label}: binding ${b.name} not given (${label})`);
      names.delete(b.name);
      return { binding: b.binding, resource: 'destroy' in r ? { buffer: r } : r };
    });
    if (names.size) throw new Error(`${this.label}: unknown bindings ${[...names].join(', ')} (${label})`);
    return device.createBindGroup({ label: `${this.label}: ${label}`, layout: this.ownLayout, entries });
  }

  /** Records one dispatch: pass uniform slot (dynamic offset) + own bind group + workgroup counts. */
  dispatch(pass: GPUComputePassEncoder, passGroup: GPUBindGroup, passOffset: number, own: GPUBindGroup, x: number, y = 1, z = 1): void {
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(PASS_GROUP, passGroup, [passOffset]);
    pass.setBindGroup(OWN_GROUP, own);
    pass.dispatchWorkgroups(x, y, z);
  }
}

interface DeviceCache {
  passLayout: GPUBindGroupLayout;
  kernels: Map<string, Promise<Kernel>>;
}
const caches = new WeakMap<GPUDevice, DeviceCache>();

function cacheFor(device: GPUDevice): DeviceCache {
  let c = caches.get(device);
  if (!c) {
    const passLayout = device.createBindGroupLayout({
      label: 'pass uniform (dynamic offset) and member records',
      entries: [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform', hasDynamicOffset: true } },
        { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'read-only-storage' } },
      ],
    });
    c = { passLayout, kernels: new Map() };
    caches.set(device, c);
  }
  return c;
}

/** The layout of group 0 (the pass uniform and the member records) on this device, for the pass bind group. */
export function passLayout(device: GPUDevice): GPUBindGroupLayout {
  return cacheFor(device).passLayout;
}

/**
 * Compiles (or reuses, per device) the kernel for `code` with override `constants`. Group 0 must be the
 * pass uniform and the member records (as shader() declares them); group 1 is laid out from the WGSL declarations.
 */
export function getKernel(
  device: GPUDevice,
  label: string,
  code: string,
  constants: Readonly<Record<string, number>> = {},
): Promise<Kernel> {
  const cache = cacheFor(device);
  const key = `${label}\n${JSON.stringify(constants)}\n${code}`;
  let kernel = cache.kernels.get(key);
  if (!kernel) {
    kernel = compile(device, cache.passLayout, label, code, constants);
    cache.kernels.set(key, kernel);
    kernel.catch(() => cache.kernels.delete(key));
  }
  return kernel;
}

async function compile(
  device: GPUDevice,
  passGroupLayout: GPUBindGroupLayout,
  label: string,
  code: string,
  constants: Readonly<Record<string, number>>,
): Promise<Kernel> {
  const bindings = parseBindings(code);
  for (const b of bindings) {
    const passOk = (b.binding === 0 && b.kind === 'uniform') || (b.binding === 1 && b.kind === 'read-only-storage');
    if (b.group === PASS_GROUP && !passOk) throw new Error(`${label}: group 0 holds only the pass uniform and the member records`);
    if (b.group !== PASS_GROUP && b.group !== OWN_GROUP) throw new Error(`${label}: unexpected group ${b.group}`);
  }
  const own = bindings.filter((b) => b.group === OWN_GROUP);
  const ownLayout = device.createBindGroupLayout({
    label: `${label}: bindings`,
    entries: own.map((b) => ({ binding: b.binding, visibility: GPUShaderStage.COMPUTE, buffer: { type: b.kind } })),
  });
  const module = device.createShaderModule({ label, code });
  try {
    const pipeline = await device.createComputePipelineAsync({
      label,
      layout: device.createPipelineLayout({ label: `${label}: layout`, bindGroupLayouts: [passGroupLayout, ownLayout] }),
      compute: { module, entryPoint: 'main', constants: { ...constants } },
    });
    return new Kernel(label, pipeline, ownLayout, bindings);
  } catch (e) {
    const info = await module.getCompilationInfo().catch(() => null);
    const messages = info?.messages.filter((m) => m.type === 'error').map((m) => `${m.lineNum}:${m.linePos} ${m.message}`) ?? [];
    throw new Error(`${label}: ${messages.length ? messages.join('; ') : String(e)}`, { cause: e });
  }
}
