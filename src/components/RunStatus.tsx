// One line under a trained figure: loading (download progress, compiling GPU programs), the error with a retry, divergence, why it waits, the backend.
import { useT } from '../state/useText';
import { dataLoadText } from './dataLoadText';
import type { TrainerRuns } from './useTrainerRuns';

const TEXT = {
  loading: { zh: '正在准备训练…', en: 'Preparing the run…' },
  downloading: { zh: '正在下载 MNIST：{pct}%', en: 'Downloading MNIST: {pct}%' },
  compiling: {
    zh: '正在编译 GPU 程序…（软件模拟的 GPU 上可能要几十秒，之后才开始第一步）',
    en: 'Compiling GPU programs… (on a software GPU this can take tens of seconds before the first update)',
  },
  error: { zh: '训练无法继续：{msg}', en: 'Training cannot go on: {msg}' },
  retry: { zh: '重试', en: 'Retry' },
  backend: { zh: '在 {backend} 上训练（Web Worker 中）', en: 'Training on the {backend} (in a Web Worker)' },
  paused: { zh: '已暂停（{backend}，Web Worker 中）。按“播放”继续。', en: 'Paused (on the {backend}, in a Web Worker). Press Play to go on.' },
  offScreen: { zh: '图不在屏幕上，训练暂停；滚动回来就继续。', en: 'Paused while this figure is off screen; it goes on when you scroll back to it.' },
  hiddenTab: { zh: '标签页在后台，训练暂停；回到此页就继续。', en: 'Paused while this tab is in the background; it goes on when you come back.' },
  gpuLost: {
    zh: 'GPU 不再可用（{why}），训练已从最近保存的状态在 CPU 上继续。',
    en: 'The GPU stopped working ({why}), so training went on on the CPU from its last saved state.',
  },
  lost: { zh: '设备丢失', en: 'device lost' },
  failed: { zh: 'GPU 出错', en: 'a GPU error' },
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
      <p className="run-status loading" role="status" data-run="loading" data-phase={run.phase}>
        {run.phase === 'compiling' ? t(TEXT.compiling) : pct === null ? t(TEXT.loading) : t(TEXT.downloading, { pct })}
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
  const status = run.backend;
  const onGpu = (status?.backend ?? run.infos[0]?.backend) === 'webgpu';
  const backend = onGpu ? 'GPU (WebGPU)' : 'CPU';
  const fellBack = status?.backend === 'cpu' && (status.reason === 'device-lost' || status.reason === 'gpu-error');
  let text: string;
  if (run.mode === 'stopped') text = t(TEXT.finished);
  else if (run.waiting === 'off-screen') text = t(TEXT.offScreen);
  else if (run.waiting === 'hidden-tab') text = t(TEXT.hiddenTab);
  else if (run.mode === 'paused' && !run.playing) text = t(TEXT.paused, { backend });
  else text = t(TEXT.backend, { backend });
  return (
    <p className="run-status" role="status" data-run={run.mode} data-backend={onGpu ? 'webgpu' : 'cpu'} data-waiting={run.waiting ?? undefined}>
      {text}
      {fellBack && ` ${t(TEXT.gpuLost, { why: t(status.reason === 'device-lost' ? TEXT.lost : TEXT.failed) })}`}
    </p>
  );
}
