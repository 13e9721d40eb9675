// The racers' learning rates from the URL values, through the parameter table's bindings (N.lr → lr in group N).
import { hyperFrom, type BoundValues } from '../../state/hyperFrom';
import { optimizersMnistParams } from './params';
import { RACERS, type LearningRates, type Racer } from './race';

/** Each racer's bound learning rate (AdaDelta has none, so it has no entry). */
export function learningRates(values: BoundValues<typeof optimizersMnistParams, Racer>): LearningRates {
  const out: LearningRates = {};
  for (const r of RACERS) {
    const { lr } = hyperFrom(optimizersMnistParams, values, r);
    if (lr !== undefined) out[r] = lr;
  }
  return out;
}
