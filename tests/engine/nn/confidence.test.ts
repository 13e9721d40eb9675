// softmaxConfidence: the argmax class and its softmax probability, by hand.
import { describe, expect, it } from 'vitest';
import { softmaxConfidence } from '../../../src/engine/nn/confidence';

describe('softmaxConfidence(scores, n, c)', () => {
  it('reads class 1 at e/(1 + e + 1) from logits (0, 1, 0), 1/3 and the lowest class for a tie', () => {
    const { predicted, confidence } = softmaxConfidence([0, 1, 0, 2, 2, 2], 2, 3);
    expect(Array.from(predicted)).toEqual([1, 0]);
    expect(confidence[0]).toBeCloseTo(Math.E / (2 + Math.E), 6);
    expect(confidence[1]).toBeCloseTo(1 / 3, 6);
  });
  it('stays finite for large logits (computed from z − z_max)', () => {
    const { confidence } = softmaxConfidence([1000, 0], 1, 2);
    expect(confidence[0]).toBe(1);
  });
  it('with probabilities = true reads the largest probability as it is', () => {
    const { predicted, confidence } = softmaxConfidence([0.1, 0.7, 0.2], 1, 3, true);
    expect(predicted[0]).toBe(1);
    expect(confidence[0]).toBeCloseTo(0.7, 6);
  });
});
