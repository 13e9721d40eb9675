// "Try this in the playground": each lesson's current setup mapped to playground parameters (a pure function of the values).
import type { ParamValues } from '../../state/params';

type Out = Record<string, number | string>;
const num = (v: ParamValues, name: string, fallback: number) => (typeof v[name] === 'number' ? (v[name] as number) : fallback);
const str = (v: ParamValues, name: string, fallback: string) => (typeof v[name] === 'string' ? (v[name] as string) : fallback);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** A rate as the playground's log slider holds it: 3 significant digits in [1e-4, 10]. */
const rate = (x: number) => Number(clamp(x, 1e-4, 10).toPrecision(3));
const OPTIMIZERS = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam'];
const ACTS = ['sigmoid', 'tanh', 'relu', 'leaky'];
const INITS = ['std1', 'std001', 'xavier', 'he', 'custom'];

/** An overfitting setup: few noisy XOR points on a deep net (the dropout, weight-decay and early-stopping lessons' case). */
const OVERFIT: Out = { data: 'xor', noise: 0.35, train: 0.1, depth: 6, units: 8, lr: 0.01, epochs: 400 };

/** The first selected optimizer of a lesson with an `opt` set and per-optimizer `<name>.lr` (optimizers, saddle). */
function optimizerSetup(v: ParamValues): Out {
  const set = Array.isArray(v.opt) ? (v.opt as readonly string[]) : [];
  const opt = set.find((o) => OPTIMIZERS.includes(o)) ?? 'sgd';
  const out: Out = { opt, data: 'circles' };
  if (opt !== 'adadelta') out.lr = rate(num(v, `${opt}.lr`, 0.01));
  if (opt === 'momentum') out['momentum.gamma'] = clamp(num(v, 'momentum.gamma', 0.9), 0, 0.99);
  if (opt === 'rmsprop') out['rmsprop.gamma'] = clamp(num(v, 'rmsprop.gamma', 0.9), 0, 0.999);
  if (opt === 'adadelta') out.rho = clamp(num(v, 'adadelta.rho', 0.9), 0, 0.999);
  if (opt === 'adam') {
    out.beta1 = clamp(num(v, 'adam.beta1', 0.9), 0, 0.999);
    out.beta2 = clamp(num(v, 'adam.beta2', 0.999), 0, 0.9999);
  }
  return out;
}

/** The activation and initialization of a lesson that has them, on a playground-sized deep net. */
function netSetup(v: ParamValues, layers: number): Out {
  const act = str(v, 'act', 'sigmoid');
  const init = str(v, 'init', 'xavier');
  return {
    act: ACTS.includes(act) ? act : 'sigmoid',
    init: INITS.includes(init) ? init : 'xavier',
    std: rate(clamp(num(v, 'std', 0.3), 0.001, 10)),
    depth: clamp(Math.round(layers), 1, 6),
  };
}

/**
 * The playground parameters (only those that differ from its defaults need be set) for lesson `id` with its current
 * parameter values `v`; null for the playground itself and for an id it does not know.
 */
export function fromLesson(id: string, v: ParamValues): Out | null {
  switch (id) {
    case 'optimizers':
    case 'saddle':
      return optimizerSetup(v);
    case 'optimizers-mnist':
      return { opt: 'adam', lr: rate(num(v, 'adam.lr', 0.001)), data: 'spirals' };
    case 'lr-schedules':
      return { opt: 'sgd', lr: rate(num(v, 'lr', 0.1)), data: 'spirals' };
    case 'data-parallel':
      // Four workers' batch and the linearly scaled learning rate: B·4 rows, η·4.
      return { opt: 'sgd', lr: rate(4 * num(v, 'lr', 0.02)), batch: clamp(4 * Math.round(num(v, 'b', 16)), 1, 200), data: 'circles' };
    case 'initialization':
      return { ...netSetup(v, num(v, 'layers', 5)), opt: 'sgd', lr: rate(num(v, 'lr', 0.01)) };
    case 'gradients':
      return {
        ...netSetup(v, num(v, 'depth', 10)),
        opt: 'sgd',
        lr: rate(num(v, 'lr', 0.1)),
        bn: str(v, 'bn', 'off') === 'off' ? 'off' : str(v, 'bn', 'off'),
        clip: clamp(num(v, 'clip', 0), 0, 10),
        l2: clamp(num(v, 'l2', 0), 0, 0.1),
        data: 'circles',
      };
    case 'dropout':
      return { ...OVERFIT, dropout: clamp(Math.round(num(v, 'p', 0.3) * 20) / 20, 0, 0.8) };
    case 'weight-decay':
      return { ...OVERFIT, l2: clamp(Math.round(num(v, 'mnist.lambda', 0.1) * 1000) / 1000, 0, 0.1) };
    case 'early-stopping':
      return { ...OVERFIT, l2: clamp(Math.round(num(v, 'lambda', 0.01) * 1000) / 1000, 0, 0.1) };
    case 'generalization':
      return { data: 'sine', noise: clamp(Math.round(num(v, 'noise', 0.1) * 100) / 100, 0, 0.5), train: 0.25, epochs: clamp(num(v, 'epochs', 400), 1, 1000) };
    case 'validation':
      return { data: 'sine', noise: 0.3, train: 0.5 };
    case 'minibatch':
      return { opt: 'sgd', lr: rate(num(v, 'lr', 0.2)), batch: clamp(Math.round(num(v, 'b', 8)), 1, 200), data: 'circles' };
    case 'batch-norm':
      return { bn: str(v, 'place', 'before') === 'after' ? 'after' : 'before', depth: 6, act: 'relu', opt: 'sgd', lr: rate(num(v, 'lr', 0.01)), data: 'circles' };
    case 'hyperparameter-search': {
      // The top of each search range: the largest rate and weight decay the search would try.
      return {
        opt: 'sgd',
        lr: rate(10 ** num(v, 'lr.hi', -2)),
        l2: clamp(Math.round(10 ** num(v, 'wd.hi', -4) * 1000) / 1000, 0, 0.1),
        batch: clamp(Math.round(num(v, 'batch', 20)), 1, 200),
      };
    }
    case 'resampling':
      // The playground has no class imbalance: the lesson's optimizer (Adam) on one hidden layer, on the blobs.
      return { opt: 'adam', lr: 0.01, depth: 1, data: 'blobs' };
    case 'augmentation':
      // The playground's 2-D points have no image transforms: the lesson's optimizer (Adam) on one hidden layer, on the spirals.
      return { opt: 'adam', lr: 0.01, depth: 1, data: 'spirals' };
    case 'fine-tuning':
      // The playground has no pre-training: the lesson's network shape (two hidden ReLU layers) and optimizer (Adam), on the blobs.
      return { act: 'relu', depth: 2, opt: 'adam', lr: 0.01, data: 'blobs' };
    case 'backprop':
      return { act: 'sigmoid', init: 'xavier', depth: 1, units: 3, opt: 'sgd', lr: 0.5, data: 'blobs' };
    default:
      return null;
  }
}
