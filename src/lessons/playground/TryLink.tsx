// "Try this in the playground": a link under every lesson's tools that opens the playground with that lesson's current setup.
import { useStore } from '../../state/store';
import { defaults, encode } from '../../state/params';
import { useT } from '../../state/useText';
import { fromLesson } from './fromLesson';
import { playgroundParams } from './params';

/** Playground links from other lessons. */
const LINK_TEXT = {
  tryIt: { zh: '在练习台中试试这一课的设置', en: 'Try this in the playground' },
  tryItNote: { zh: '（二维数据上的小网络，带上本课当前的设置）', en: '(a small network on 2-D data, with this lesson’s current settings)' },
} as const;

export function TryInPlayground() {
  const t = useT();
  const lessonId = useStore((s) => s.lessonId);
  const params = useStore((s) => s.params);
  const lang = useStore((s) => s.lang);
  const mapped = lessonId ? fromLesson(lessonId, params) : null;
  if (!mapped) return null;
  const query = encode(playgroundParams, { ...defaults(playgroundParams), ...mapped });
  const href = `#/playground?${query ? `${query}&` : ''}lang=${lang}`;
  return (
    <p className="try-playground">
      <a href={href} data-action="try-playground">
        {t(LINK_TEXT.tryIt)}
      </a>{' '}
      {t(LINK_TEXT.tryItNote)}
    </p>
  );
}
