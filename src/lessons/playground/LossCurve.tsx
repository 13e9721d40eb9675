// The playground's loss curves: training and test loss at every epoch end, with the curves table.
import { useCallback, useMemo } from 'react';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { Figure } from '../../components/Figure';
import { fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import type { PlaygroundValues } from './params';
import { pythonExport } from './python';
import { TEXT } from './text';

const COLUMNS = ['epoch', 'train_loss', 'test_loss'] as const;
/** Height / width of the curves: a strip above the heat map, as in TensorFlow Playground. */
const ASPECT = 0.28;

export function LossCurve({ run, values }: { run: RunView | undefined; values: PlaygroundValues }) {
  const epochs = values.epochs;
  const t = useT();
  const sources = useMemo(() => (run ? [run] : []), [run]);
  const series = useMemo<RingSeries[]>(
    () =>
      run
        ? [
            { ring: () => run.epochs, x: 'epoch', xOffset: 1, y: 'trainLoss', label: t(TEXT.seriesTrain), style: SERIES[0], split: 'train' },
            { ring: () => run.epochs, x: 'epoch', xOffset: 1, y: 'validationLoss', label: t(TEXT.seriesTest), style: SERIES[1], split: 'test' },
          ]
        : [],
    [run, t],
  );
  const read = useCallback(() => {
    const rows: { epoch: number; train_loss: number; test_loss: number }[] = [];
    if (!run) return rows;
    const r = run.epochs;
    for (let i = 0; i < r.length; i++) rows.push({ epoch: r.get('epoch', i) + 1, train_loss: r.get('trainLoss', i), test_loss: r.get('validationLoss', i) });
    return rows;
  }, [run]);
  const rows = useRingRows(sources, read, 300);
  return (
    <Figure id="playground/curves" caption={t(TEXT.curvesCaption)} columns={COLUMNS} rows={rows} format={fmt6} python={pythonExport(values, 'curves')}>
      <RingLineChart series={series} sources={sources} yScale="log" xLabel={t(TEXT.epoch)} yLabel={t(TEXT.loss)} xMax={epochs} aspect={ASPECT} />
    </Figure>
  );
}
