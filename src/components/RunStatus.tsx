// One line under a trained figure: loading (with download progress), the error with a retry, divergence, the backend.
import { useT } from '../state/useText';
import { dataLoadText } from './dataLoadText';
import type { TrainerRuns } from './useTrainerRuns';

const TEXT = {
  loading: { zh: '正在准备训练…', en: 'Preparing the run…' },
  downloading: { zh: '正在下载 MNIST：{pct}%', en: 'Downloading MNIST: {pct}%' },
  error: { zh: '训练无法继续：{msg}', en: 'Training cannot go on: {msg}' },
  retry: { zh: '重试', en: 'Retry' },
  backend: { zh: '在 {backend} 上训练（Web Worker 中）', en: 'Training on the {backend} (in a Web Worker)' },
  finished: { zh: '训练完成。按“播放”重新开始。', en: 'Training finished. Press Play to start over.' },
} as const;

export function RunStatus({ run, divergedText }: { run: TrainerRuns; divergedText?: string | null }) {
  const t = useT();
  if (run.mode === 'error' && run.error) {
    const data = dataLoadText(run.error);
    return (
      <div className="run-status notice" role="alert" data-run="error" data-code={run.error.code} data-load-code={run.error.loadCode}>
        {data ? t(data.text, data.vars) : t(TEXT.error, { msg: run.error.message })}{' '}
        <button type="button" onClick={run.retry}>
          {t(TEXT.retry)}
        </button>
      </div>
    );
  }
  if (run.mode === 'loading') {
    const pct = run.loading && run.loading.total > 0 ? Math.round((100 * run.loading.received) / run.loading.total) : null;
    return (
      <p className="run-status loading" role="status" data-run="loading">
        {pct === null ? t(TEXT.loading) : t(TEXT.downloading, { pct })}
      </p>
    );
  }
  if (divergedText) {
    return (
      <p className="run-status diverged-note" role="status" data-run="diverged">
        {divergedText}
      </p>
    );
  }
  const backend = run.infos[0]?.backend === 'webgpu' ? 'GPU (WebGPU)' : 'CPU';
  return (
    <p className="run-status" role="status" data-run={run.mode}>
      {run.mode === 'stopped' ? t(TEXT.finished) : t(TEXT.backend, { backend })}
    </p>
  );
}
