// The current step of the pass: which node, its rule and the rule with this pass's numbers; on the way back, the weight gradients it completes.
import { useRef } from 'react';
import { Formula } from '../../components/Formula';
import { useFocusWhileOverflowing } from '../../components/useFocusWhileOverflowing';
import { useT } from '../../state/useText';
import type { BackwardValues, ForwardValues } from './model';
import { breakLong, paramLines, type PassStep } from './steps';
import { TEXT } from './text';

interface Props {
  step: PassStep | null;
  f: ForwardValues;
  b: BackwardValues;
}

export function StepPanel({ step, f, b }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useFocusWhileOverflowing(ref);
  if (!step) return <p className="step-panel step-none">{t(TEXT.stepNone)}</p>;
  const extra = paramLines(step, f, b);
  return (
    <div ref={ref} className={`step-panel ${step.phase}`} data-node={step.node} data-phase={step.phase}>
      <p className="step-phase">
        <strong>{t(step.phase === 'forward' ? TEXT.forward : TEXT.backward)}</strong>
        {step.phase === 'backward' && <> · {t(TEXT.chainRule)}</>}
      </p>
      <Formula tex={breakLong(step.rule)} display />
      <Formula tex={breakLong(step.numbers)} display />
      {extra.length > 0 && (
        <>
          <p>{t(TEXT.weightGrads)}</p>
          {extra.map((tex) => (
            <Formula key={tex} tex={tex} display />
          ))}
        </>
      )}
    </div>
  );
}
