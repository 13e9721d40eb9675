// The controls beside the race: a learning-rate slider per optimizer, the extra racers, the curve's smoothing, the book's rates.
import { Hideable } from '../../components/Hideable';
import { EnumSelect } from '../../components/EnumSelect';
import type { EnumParam } from '../../state/params';
import { Slider } from '../../components/Slider';
import { useT } from '../../state/useText';
import { BOOK_LRS, optimizersMnistParams as P, type OptimizersMnistValues } from './params';
import { EXTRA_RACERS, RACER_LABEL, type Racer } from './race';
import { TEXT } from './text';

/** The URL parameters of the learning rates, by racer. */
export const LR_PARAM = {
  sgd: 'sgd.lr',
  momentum: 'momentum.lr',
  adagrad: 'adagrad.lr',
  adam: 'adam.lr',
  rmsprop: 'rmsprop.lr',
} as const satisfies Partial<Record<Racer, string>>;
type LrRacer = keyof typeof LR_PARAM;
const LR_RACERS = Object.keys(LR_PARAM) as LrRacer[];

interface Props {
  values: OptimizersMnistValues;
  racing: readonly Racer[];
  setParam(name: string, value: number | string | readonly string[]): void;
}

export function RaceControls({ values, racing, setParam }: Props) {
  const t = useT();
  const extras = values.extra;
  const curveSpec = P.find((p) => p.name === 'curve') as EnumParam;
  const extraSpec = P.find((p) => p.name === 'extra')!;
  const toggle = (r: string, on: boolean) => setParam('extra', EXTRA_RACERS.filter((x) => (x === r ? on : extras.includes(x))));
  return (
    <div className="race-controls">
      <h3>{t(TEXT.lrTitle)}</h3>
      {LR_RACERS.map((r) => {
        const spec = P.find((p) => p.name === LR_PARAM[r])!;
        return spec.kind === 'number' ? (
          <Slider key={r} spec={spec} value={values[LR_PARAM[r]]} onChange={(v) => setParam(spec.name, v)} disabled={!racing.includes(r)} />
        ) : null;
      })}
      {racing.includes('adadelta') && <p className="muted race-note">{t(TEXT.adadeltaNoLr)}</p>}
      <Hideable param="sgd.lr">
        <button type="button" data-action="book-lrs" onClick={() => LR_RACERS.forEach((r) => setParam(LR_PARAM[r], BOOK_LRS[r]))}>
          {t(TEXT.bookLrs)}
        </button>
      </Hideable>
      <p className="muted race-note race-lr-note" data-embed-omit>
        {t(TEXT.lrNote)}
      </p>
      <Hideable param="extra">
        <fieldset className="race-extras">
          <legend>{t(extraSpec.label)}</legend>
          {EXTRA_RACERS.map((r) => (
            <label key={r}>
              <input type="checkbox" data-toggle={r} checked={extras.includes(r)} onChange={(e) => toggle(r, e.currentTarget.checked)} /> {RACER_LABEL[r]}
            </label>
          ))}
        </fieldset>
      </Hideable>
      <EnumSelect spec={curveSpec} value={values.curve} onChange={(v) => setParam('curve', v)} />
    </div>
  );
}
