// Protocol helpers: column names, request recognition, error mapping; the session's answer to a stray message.
import { describe, expect, it } from 'vitest';
import { EPOCH_COLUMNS, STEP_BASE_COLUMNS, isRequest, stepColumns, toErrorInfo, type Response } from '../../src/worker/shared/protocol';
import { TrainerSession } from '../../src/worker/thread/session';

describe('worker protocol', () => {
  it('stepColumns(layers) lists the base metrics, then one gradNorm and one weightNorm per dense layer', () => {
    expect(stepColumns(2)).toEqual([...STEP_BASE_COLUMNS, 'gradNorm0', 'gradNorm1', 'weightNorm0', 'weightNorm1']);
    expect(new Set([...stepColumns(3), ...EPOCH_COLUMNS]).size).toBeGreaterThan(stepColumns(3).length);
  });

  it('isRequest(value) accepts known types with a numeric id only', () => {
    expect(isRequest({ type: 'start', id: 1 })).toBe(true);
    expect(isRequest({ type: 'start' })).toBe(false);
    expect(isRequest({ type: 'launch', id: 1 })).toBe(false);
    expect(isRequest(null)).toBe(false);
    expect(isRequest('start')).toBe(false);
  });

  it('toErrorInfo(error) maps RangeError to "invalid" and keeps the message', () => {
    expect(toErrorInfo(new RangeError('bad lr'))).toEqual({ code: 'invalid', message: 'bad lr' });
    expect(toErrorInfo(new Error('oops'))).toEqual({ code: 'internal', message: 'oops' });
    expect(toErrorInfo('text', 'worker')).toEqual({ code: 'worker', message: 'text' });
  });

  it('TrainerSession.handle(stray message) answers with an "invalid" error message instead of throwing', () => {
    const posted: Response[] = [];
    const session = new TrainerSession({
      post: (m) => posted.push(m),
      now: () => 0,
      yieldTo: () => {},
      delay: () => {},
      loadMnist: () => Promise.reject(new Error('unused')),
      close: () => {},
    });
    expect(() => session.handle({ hello: 1 })).not.toThrow();
    expect(posted).toEqual([{ type: 'error', error: { code: 'invalid', message: 'not a trainer request' } }]);
  });
});
