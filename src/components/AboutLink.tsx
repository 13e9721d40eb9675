// "About this link": the lesson's URL parameters, generated from its parameter table (with the hyperparameter each one sets), then the app's own keys.
import { formatValue, type ParamSpec, type ParamValues } from '../state/params';
import { useStore } from '../state/store';
import { useT } from '../state/useText';
import type { UiKey } from '../state/strings';
import { ScrollBox } from './ScrollBox';

function rangeOf(p: ParamSpec): string {
  switch (p.kind) {
    case 'number':
    case 'int':
      return `${p.min} … ${p.max}${p.scale === 'log' ? ' (log)' : ''}`;
    case 'enum':
      return p.options.map((o) => o.value).join(' | ');
    case 'set':
      return p.options.map((o) => o.value).join(',');
    case 'vec2':
      return `${p.min[0]}…${p.max[0]}, ${p.min[1]}…${p.max[1]}`;
    case 'points':
      return `x,y,c;… (|x|, |y| ≤ ${p.bound}, c = 0…${p.classes - 1}, ≤ ${p.max})`;
  }
}

/** The engine hyperparameter a parameter is bound to (ParamSpec.hyper), e.g. "weightDecay" or "momentum: lr"; "" if none. */
function engineOf(p: ParamSpec): string {
  if (p.kind !== 'number' && p.kind !== 'int' && p.kind !== 'enum') return '';
  if (p.hyper === undefined) return '';
  return p.hyperGroup ? `${p.hyperGroup}: ${p.hyper}` : p.hyper;
}

export function AboutLink({ specs, values }: { specs: readonly ParamSpec[]; values: ParamValues }) {
  const t = useT();
  const present = useStore((s) => s.present);
  const embed = useStore((s) => s.embed);
  const hide = useStore((s) => s.hide);
  const figure = useStore((s) => s.figure);
  const lang = useStore((s) => s.lang);
  const figureNames = useStore((s) => s.figures).map((id) => id.slice(id.indexOf('/') + 1));
  /** The app-level keys every lesson understands: [key, meaning, values, current]. */
  const appKeys: [string, UiKey, string, string, Record<string, string>?][] = [
    ['hide', 'paramHideDoc', specs.map((p) => p.name).join(','), hide.join(',')],
    ['figure', 'paramFigureDoc', figureNames.join(' | '), figure ?? '', { names: figureNames.join(', ') }],
    ['embed', 'paramEmbedDoc', '0 | 1', embed ? '1' : ''],
    ['present', 'paramPresentDoc', '0 | 1', present ? '1' : ''],
    ['lang', 'paramLangDoc', 'zh | en', lang],
  ];
  return (
    <details className="about-link">
      <summary>{t('aboutLink')}</summary>
      <p>{t('aboutLinkIntro')}</p>
      <ScrollBox className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('paramName')}</th>
              <th scope="col">{t('paramMeaning')}</th>
              <th scope="col">{t('paramRange')}</th>
              <th scope="col">{t('paramDefault')}</th>
              <th scope="col">{t('paramCurrent')}</th>
              <th scope="col">{t('paramEngine')}</th>
            </tr>
          </thead>
          <tbody>
            {specs.map((p) => (
              <tr key={p.name}>
                <td>
                  <code>{p.name}</code>
                </td>
                <td>{t(p.doc)}</td>
                <td>
                  <code>{rangeOf(p)}</code>
                </td>
                <td>
                  <code>{formatValue(p, p.default)}</code>
                </td>
                <td>
                  <code>{values[p.name] === undefined ? '' : formatValue(p, values[p.name])}</code>
                </td>
                <td>{engineOf(p) && <code>{engineOf(p)}</code>}</td>
              </tr>
            ))}
            {appKeys.map(([key, doc, range, current, vars]) => (
              <tr key={key} data-app-key={key}>
                <td>
                  <code>{key}</code>
                </td>
                <td>{t(doc, vars)}</td>
                <td>
                  <code>{range}</code>
                </td>
                <td />
                <td>
                  <code>{current}</code>
                </td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
