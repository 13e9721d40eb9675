// The regression part's shared pieces: its set, optimum and three paths from the lesson's parameters, their names and styles.
import { useMemo } from 'react';
import type { useT } from '../../state/useText';
import { SERIES } from '../../components/palette';
import { comparedSizes, leastSquares, minibatchPath, regressionData, type Path, type RegressionData } from './model';
import type { MinibatchValues } from './params';
import { TEXT } from './text';

/** Styles of the batch-1, mini-batch and full-batch paths. */
export const PATH_STYLES = [SERIES[0], SERIES[1], SERIES[2]];

/** The regression set, its least-squares optimum and the three paths for the lesson's parameters. */
export function useRegression(values: MinibatchValues): { data: RegressionData; optimum: [number, number]; paths: Path[] } {
  const { b, lr, epochs, noise, seed } = values;
  const data = useMemo(() => regressionData(seed, noise), [seed, noise]);
  const optimum = useMemo(() => leastSquares(data), [data]);
  const paths = useMemo(() => comparedSizes(b).map((B) => minibatchPath(data, B, lr, epochs, seed)), [data, b, lr, epochs, seed]);
  return { data, optimum, paths };
}

/** The path names of the legend, tables and readouts: SGD (batch 1), mini-batch b, full batch n. */
export const pathName = (t: ReturnType<typeof useT>, p: Path, k: number) => t([TEXT.sgdName, TEXT.miniName, TEXT.fullName][k], { b: p.batchSize });
