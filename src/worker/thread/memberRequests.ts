// The session's answers to the requests that name one member of its population (evaluate, masks, histograms, params, batch-norm trace).
import { batchNormTrace } from '../../engine/experiments/batchNormTrace';
import { unitOutputs } from '../../engine/experiments/unitOutputs';
import { confusionCounts } from '../../engine/nn/confusion';
import { softmaxConfidence } from '../../engine/nn/confidence';
import { augmentSamples } from '../../engine/train/augmentSamples';
import { subset, type Population, type TrainData } from '../../engine/train';
import { UNIT_OUTPUT_POINTS, type RequestOf } from '../shared/protocol';

/** The request types answered per member. */
export type MemberRequest = RequestOf<'evaluate' | 'dropoutMasks' | 'histograms' | 'getParams' | 'batchNormTrace' | 'unitOutputs' | 'confusion' | 'predictions' | 'augmentSamples'>;

/**
 * The result of a member request and the buffers to transfer with it. Throws RangeError on a member out of range
 * (and, for batchNormTrace, on a member without batch norm or a layer out of range; for unitOutputs, on points that are
 * not a Float32Array of whole rows or more than UNIT_OUTPUT_POINTS of them; for confusion, on a split that is absent or not labelled; for predictions, on an absent split).
 */
export async function answerMember(trainer: Population, data: TrainData, message: MemberRequest): Promise<[unknown, Transferable[]]> {
  const member = message.member ?? 0;
  if (!Number.isInteger(member) || member < 0 || member >= trainer.size) throw new RangeError(`no member ${member} in a population of ${trainer.size}`);
  switch (message.type) {
    case 'evaluate':
      return [(await trainer.evaluate(message.splits))[member], []];
    case 'dropoutMasks': {
      const masks = await trainer.dropoutMasks(member);
      return [masks, masks.map((m) => m.mask.buffer)];
    }
    case 'histograms': {
      const hists = await trainer.histograms(member, message.options);
      return [hists, hists.map((h) => h.counts.buffer)];
    }
    case 'getParams': {
      const params = await trainer.getParams(member);
      return [params, [params.buffer]];
    }
    case 'batchNormTrace': {
      // The member's last training mini-batch, through its current weights (after that batch's update).
      const [state, rows] = await Promise.all([trainer.getState(member), trainer.lastBatch(member)]);
      if (rows.length === 0) throw new RangeError('no mini-batch yet: take a step first');
      const batch = subset(data.train, rows);
      const trace = batchNormTrace(trainer.specs[member], state.params, state.running, batch.x, batch.n, message.layer, message.singles ?? 0);
      return [{ ...trace, rows: Array.from(rows), labels: Array.from(batch.y), step: state.step, epoch: state.epoch }, []];
    }
    case 'unitOutputs': {
      const spec = trainer.specs[member];
      const { points } = message;
      if (!(points instanceof Float32Array)) throw new RangeError('points must be a Float32Array');
      const m = points.length / spec.inputSize;
      if (!Number.isInteger(m)) throw new RangeError(`points length ${points.length} is not a multiple of the input size ${spec.inputSize}`);
      if (m > UNIT_OUTPUT_POINTS) throw new RangeError(`at most ${UNIT_OUTPUT_POINTS} points, got ${m}`);
      const state = await trainer.getState(member);
      const out = unitOutputs(spec, state.params, state.running, points, m, state.hyper);
      return [{ ...out, params: state.params, step: state.step }, [...out.hidden.map((h) => h.buffer), out.output.buffer, state.params.buffer]];
    }
    case 'confusion': {
      const spec = trainer.specs[member];
      const name = message.split ?? 'test';
      const split = data[name];
      if (!split || !(split.y instanceof Uint8Array)) throw new RangeError(`no labelled ${name} split for a confusion matrix`);
      const state = await trainer.getState(member);
      const { output } = unitOutputs(spec, state.params, state.running, split.x, split.n, state.hyper);
      const counts = confusionCounts(output, split.y, split.n, spec.outputSize);
      return [{ counts, classes: spec.outputSize, step: state.step }, [counts.buffer]];
    }
    case 'predictions': {
      const spec = trainer.specs[member];
      const name = message.split ?? 'train';
      const split = data[name];
      if (!split) throw new RangeError(`no ${name} split to predict`);
      const state = await trainer.getState(member);
      const { output } = unitOutputs(spec, state.params, state.running, split.x, split.n, state.hyper);
      // unitOutputs gives softmax probabilities for 'softmax-ce'; the raw outputs of 'mse' go through a softmax here.
      const { predicted, confidence } = softmaxConfidence(output, split.n, spec.outputSize, spec.loss === 'softmax-ce');
      const labels = split.y instanceof Uint8Array ? Uint8Array.from(split.y) : null;
      return [{ predicted, confidence, labels, step: state.step }, [predicted.buffer, confidence.buffer, ...(labels ? [labels.buffer] : [])]];
    }
    case 'augmentSamples': {
      if (!(Number.isInteger(message.count) && message.count >= 1 && message.count <= 64)) throw new RangeError(`count must be an integer in [1, 64], got ${message.count}`);
      const state = await trainer.getState(member);
      const out = augmentSamples(trainer.specs[member], data, state, message.count);
      return [out, [out.rows.buffer, out.labels.buffer, out.original.buffer, out.augmented.buffer]];
    }
  }
}
