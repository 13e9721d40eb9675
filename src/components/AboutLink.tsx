// "About this link": the lesson's URL parameters, generated from its parameter table.
import { formatValue, type ParamSpec, type ParamValues } from '../app/params';
import { useT } from '../app/useText';

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
  }
}

export function AboutLink({ specs, values }: { specs: readonly ParamSpec[]; values: ParamValues }) {
  const t = useT();
  return (
    <details className="about-link">
      <summary>{t('aboutLink')}</summary>
      <p>{t('aboutLinkIntro')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('paramName')}</th>
              <th scope="col">{t('paramMeaning')}</th>
              <th scope="col">{t('paramRange')}</th>
              <th scope="col">{t('paramDefault')}</th>
              <th scope="col">{t('paramCurrent')}</th>
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
              </tr>
            ))}
            <tr>
              <td>
                <code>lang</code>
              </td>
              <td>{t('paramLangDoc')}</td>
              <td>
                <code>zh | en</code>
              </td>
              <td />
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  );
}
