// What every kernel shares: the Pass and Layer uniforms, the enums (as WGSL constants), the per-model record layouts.
import { ACTIVATION_NAMES, type ActivationName } from '../../engine/nn/activations';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizers/types';
import { STREAM } from '../../engine/rng';
import { defineRecord, defineStruct, wgslConsts } from '../struct';
import activationWgsl from './lib/activation.wgsl?raw';
import numericWgsl from './lib/numeric.wgsl?raw';
import philoxWgsl from './lib/philox.wgsl?raw';
import matmulWgsl from './lib/matmul_reg.wgsl?raw';

/**
 * Per-pass uniform (group 0, one 256-byte slot per pass of a submit, selected by dynamic offset): a pass is one
 * training step or one evaluation chunk of every member of a population (R = `members`; a single run is R = 1).
 * Member m's data sits at m × the strides below; its own step, seed and hyperparameters are in `members` (MEMBER).
 */
export const PASS = defineStruct('Pass', [
  ['rows', 'u32'], // rows of this pass (the largest member's mini-batch, or the chunk); histograms read this many
  ['rowStride', 'u32'], // rows reserved per member in the activation and batch-index buffers (member m's rows at m·rowStride)
  ['train', 'u32'], // 1: training (gathered rows, batch statistics, dropout); 0: evaluation (contiguous rows)
  ['idxOffset', 'u32'], // training: first entry of this step's rows in the batch-index buffer (member m's at + m·rowStride)
  ['firstRow', 'u32'], // evaluation: first data row of the chunk
  ['record', 'u32'], // pass slot: metrics record record·members + m, member record likewise
  ['updateRunning', 'u32'], // 1: batch norm updates its running averages
  ['layers', 'u32'], // dense layers of the model (reduction slots: layers + 1)
  ['control', 'u32'], // word offset of the control words (CTL_*) in a member's state
  ['recordStride', 'u32'], // words per metrics record (metricsLayout)
  ['members', 'u32'], // R
  ['stateStride', 'u32'], // words of one member's state (stateWords)
  ['paramStride', 'u32'], // words of one member's flat parameters / gradient / optimizer arrays (layout.size)
  ['partialStride', 'u32'], // words of one member's reduction partials
] as const);
export type PassValues = Parameters<typeof PASS.write>[2];

/**
 * One member's part of a pass (group 0 `members`, a storage array indexed run.record·run.members + m): its rows,
 * step and seed (dropout masks), whether it trains, and its optimizer hyperparameters; 80 bytes.
 */
export const MEMBER = defineStruct('Member', [
  ['rows', 'u32'], // this member's rows (≤ run.rows)
  ['step', 'u32'], // 0-based training step of this member: selects its dropout masks
  ['seed', 'u32'],
  ['trains', 'u32'], // 0: a stopped member; a training pass leaves its parameters alone
  ['opt', 'u32'], // OPT_* id
  ['lr', 'f32'],
  ['gamma', 'f32'],
  ['rho', 'f32'],
  ['beta1', 'f32'],
  ['beta2', 'f32'],
  ['eps', 'f32'],
  ['c1', 'f32'], // Adam: 1 − β₁ᵗ
  ['c2', 'f32'], // Adam: 1 − β₂ᵗ
  ['weightDecay', 'f32'],
  ['l1', 'f32'],
  ['clipNorm', 'f32'],
  ['clipValue', 'f32'],
  ['pad0', 'u32'],
  ['pad1', 'u32'],
  ['pad2', 'u32'],
] as const);
export type MemberValues = Parameters<typeof MEMBER.write>[2];


/**
 * Per-layer uniform (group 1 `layer`, and `prev` where a kernel finishes the layer below): shapes and offsets
 * into a member's state (parameters, then running statistics); the same for every member.
 */
export const LAYER = defineStruct('Layer', [
  ['k', 'u32'], // fan-in
  ['m', 'u32'], // fan-out (units)
  ['w', 'u32'], // offset of W (k×m, row-major); b follows at w + k·m
  ['b', 'u32'],
  ['gamma', 'u32'],
  ['beta', 'u32'],
  ['runMean', 'u32'],
  ['runVar', 'u32'],
  ['index', 'u32'], // hidden-layer index (dropout counter)
  ['residual', 'u32'], // 1: A_l = … + A_{l−1}
  ['slope', 'f32'], // leaky-ReLU k
  ['bnEps', 'f32'],
  ['bnMomentum', 'f32'],
  ['act', 'u32'], // ACT_* id of this layer's activation
  ['epilogue', 'u32'], // dense forward: EPILOGUE_*
  ['gather', 'u32'], // 1: layer 0, whose input rows are data rows
  ['bn', 'u32'], // BN_* placement of this layer's batch norm
  ['loss', 'u32'], // output layer: LOSS_*
  ['targets', 'u32'], // output layer: TARGETS_*
] as const);
export type LayerValues = Parameters<typeof LAYER.write>[2];

/** Activation ids, in the engine's order. */
export const ACT_IDS = Object.fromEntries(ACTIVATION_NAMES.map((n, i) => [n, i])) as Record<ActivationName, number>;
/** Optimizer ids, in the engine's order. */
export const OPT_IDS = Object.fromEntries(OPTIMIZER_NAMES.map((n, i) => [n, i])) as Record<OptimizerName, number>;
/** Where a hidden layer's batch norm sits. */
export const BN_MODES = { none: 0, before: 1, after: 2 } as const;
/** Dense forward epilogue: store Z only (batch norm follows), or activation + dropout + residual. */
export const EPILOGUES = { store: 0, full: 1 } as const;
/** Losses. */
export const LOSSES = { softmaxCe: 0, mse: 1 } as const;
/** Targets: class labels (u32) or real values (f32 bits). */
export const TARGETS = { labels: 0, values: 1 } as const;

/**
 * Control words after the parameters and running statistics of a member's state (at run.control); then, per hidden
 * layer l, the member's dropout at CTL_STRIDE + DROP_WORDS·l: (threshold ⌈p·2²⁴⌉ as f32, 0 = none; training scale
 * of kept units; evaluation scale), the scales from dropoutScales: inverted (1/(1 − p), 1), book (1, 1 − p).
 */
export const CONTROL = defineRecord('CTL', [
  ['halted', 1], // 1 once a step's loss or parameters were not finite: later updates are skipped
  ['clipScale', 1], // this step's global-norm clipping factor (1: none)
] as const);

/** Dropout words per hidden layer in a member's control words: threshold, training scale, evaluation scale. */
export const DROPOUT_WORDS = 3;

/**
 * Control words of a member's state with `hidden` hidden layers: CONTROL, then DROPOUT_WORDS per hidden layer, then one
 * learning-rate factor per dense layer (TrainHyper.lrFactors; 1 = as the optimizer says, 0 = frozen).
 */
export const controlWords = (hidden: number): number => CONTROL.stride + DROPOUT_WORDS * hidden + hidden + 1;

/** Word offset, within the control words, of dense layer l's learning-rate factor in a model of `hidden` hidden layers. */
export const lrFactorWord = (hidden: number, l: number): number => CONTROL.stride + DROPOUT_WORDS * hidden + l;

/** Partial sums of one reduction workgroup. */
export const PARTIAL = defineRecord('PART', [
  ['g', 2], // scaled Σ g² of the chunk (scale, ssq)
  ['w', 2], // scaled Σ w² (weights only)
  ['wAbs', 1], // Σ |w| (weights only)
  ['nonFinite', 1], // non-finite values seen
] as const);

/** The fixed fields of a pass's metrics record; one word per dense layer for ‖∂L/∂W_l‖, then for ‖W_l‖, follow. */
export const METRICS = defineRecord('REC', [
  ['dataLoss', 1], // training: mean data loss; evaluation: sum over the chunk's rows
  ['correct', 1], // rows whose argmax is the label
  ['loss', 1], // data loss + penalties
  ['gradNorm', 1], // ‖g‖₂ before clipping
  ['lossFinite', 1], // 1 if the loss was finite
  ['paramsFinite', 1], // 1 if every parameter was finite after the update
] as const);

/** Where a model of `layers` dense layers keeps its per-layer norms in a metrics record, and the record's words. */
export function metricsLayout(layers: number): { gradNorms: number; weightNorms: number; stride: number } {
  return { gradNorms: METRICS.stride, weightNorms: METRICS.stride + layers, stride: METRICS.stride + 2 * layers };
}

/** Most reduction slots (dense layers + 1): resolveSpec allows 255 hidden layers. */
export const MAX_SLOTS = 258;

/**
 * The register-tiled matmul (lib/matmul_reg.wgsl): each invocation computes 4·groups rows × `cols` columns of outputs
 * in registers (columns x, x + shape.x, … of its workgroup's block), a workgroup of x × y invocations covers
 * (4·groups·y) rows × (x·cols) columns, no workgroup memory, no barriers. The shape is chosen per adapter
 * (matmulShape) and compiled in; every shape sums the products in the same order, so all give the same results.
 */
export interface MatmulShape {
  /** Invocations per workgroup along the columns, and along the rows. */
  readonly x: number;
  readonly y: number;
  /** Row groups of 4 per invocation. */
  readonly groups: number;
  /** Output columns per invocation. */
  readonly cols: number;
}

/**
 * On a hardware GPU: 4 × 5 invocations of 4 × 5 outputs. x = 4: a SIMD group of 4 invocations reads consecutive words
 * of the right operand; 20 × 20 blocks divide the lessons' widths (100-unit layers, batch 100, 10 classes).
 */
export const MATMUL_HARDWARE: MatmulShape = { x: 4, y: 5, groups: 1, cols: 5 };
/**
 * On a software adapter (SwiftShader): 4 × 1 invocations of 20 × 25 outputs (5 row groups), a 20 × 100 block.
 * SwiftShader turns every storage read at a computed index into 4 scalar loads, each behind its own branch, so the
 * reads, not the products, set the time: here each read of the right operand feeds 20 products and each read of the
 * left one 25 (in the hardware shape: 4 and 5). Same-page A/B on SwiftShader (bench/kernelAb.ts, 3 pairs): 4 × 50
 * outputs per invocation (`x2y2c50`) took 0.75× the hardware shape's time at R = 64, and this shape 0.74× that
 * (`x4y1g5c25`; 0.76× at R = 1, 0.73× at R = 16), with the same losses.
 */
export const MATMUL_SOFTWARE: MatmulShape = { x: 4, y: 1, groups: 5, cols: 25 };

/** The matmul shape for an adapter: the software one on a fallback (software) adapter. */
export function matmulShape(fallbackAdapter: boolean): MatmulShape {
  return fallbackAdapter ? MATMUL_SOFTWARE : MATMUL_HARDWARE;
}

/** Workgroups covering an output of `rows`×`cols` with the matmul of `shape`: [x (columns), y (rows)]. */
export function matmulGrid(shape: MatmulShape, rows: number, cols: number): [number, number] {
  return [Math.ceil(cols / (shape.x * shape.cols)), Math.ceil(rows / (4 * shape.groups * shape.y))];
}

/**
 * The matmul library for `shape`: its constants, macRow written out for its row groups and columns (constant indices
 * keep c in registers), then lib/matmul_reg.wgsl.
 */
export function matmulLib(shape: MatmulShape): string {
  const { groups: G, cols: C } = shape;
  const rows = Array.from({ length: G }, (_, g) => `  let a${g} = leftRows(p, ${g}u);`);
  const products = Array.from({ length: C }, (_, j) => [
    `  let b${j} = vec4<f32>(rightCol(p, ${j}u));`,
    ...Array.from({ length: G }, (_, g) => `  (*c)[${g * C + j}] = fma(a${g}, b${j}, (*c)[${g * C + j}]);`),
  ]).flat();
  return [
    `const MATMUL_X: u32 = ${shape.x}u;\nconst MATMUL_Y: u32 = ${shape.y}u;\nconst MATMUL_GROUPS: u32 = ${G}u;\nconst MATMUL_COLS: u32 = ${C}u;`,
    `const MATMUL_ROWS: u32 = ${4 * G}u;\nconst MATMUL_ACC: u32 = ${G * C}u;`,
    '/** c += leftRows(p, ·) ⊗ rightCol(p, ·). */',
    'fn macRow(p: u32, c: ptr<function, array<vec4<f32>, MATMUL_ACC>>) {',
    '  leftStart(p);',
    ...rows,
    ...products,
    '}',
    matmulWgsl,
  ].join('\n');
}

/** Batch-norm kernels: BN_LANES columns × BN_LANES row lanes per workgroup. */
export const BN_LANES = 16;

/** Invocations per workgroup of the reduction and optimizer kernels (each writes its own partial record). */
export const REDUCE_THREADS = 64;

const ENUMS =
  `const BN_LANES: u32 = ${BN_LANES}u;\nconst REDUCE_THREADS: u32 = ${REDUCE_THREADS}u;\n` +
  wgslConsts('ACT', ACT_IDS) +
  wgslConsts('OPT', OPT_IDS) +
  wgslConsts('BN', BN_MODES) +
  wgslConsts('EPILOGUE', EPILOGUES) +
  wgslConsts('LOSS', LOSSES) +
  wgslConsts('TARGETS', TARGETS) +
  wgslConsts('STREAM', STREAM) +
  `const MAX_SLOTS: u32 = ${MAX_SLOTS}u;\nconst DROP_WORDS: u32 = ${DROPOUT_WORDS}u;\n` +
  CONTROL.wgsl +
  PARTIAL.wgsl +
  METRICS.wgsl;

/** The WGSL libraries a kernel may include. */
export const LIB = { activation: activationWgsl, numeric: numericWgsl, philox: philoxWgsl } as const;

/**
 * Structs + enums + record layouts + the pass binding (`run`; `pass` is reserved in WGSL), then the given libraries
 * and the kernel body. Nothing model-specific: every kernel compiles once per device.
 */
export function shader(body: string, libs: readonly (keyof typeof LIB)[] = [], extra = ''): string {
  const run =
    '@group(0) @binding(0) var<uniform> run: Pass; // this pass: rows, strides, model sizes\n' +
    '@group(0) @binding(1) var<storage, read> members: array<Member>; // per pass and member: rows, step, seed, hyperparameters\n' +
    'fn memberOf(m: u32) -> Member { return members[run.record * run.members + m]; }\n';
  return [PASS.wgsl, MEMBER.wgsl, LAYER.wgsl, ENUMS, extra, run, ...libs.map((l) => LIB[l]), body].join('\n');
}
