// The "Things to try" section that closes every lesson: a shared title over the lesson's own suggestions.
import { useT } from '../state/useText';
import { Prose } from './Prose';

export function TrySection({ text }: { text: string }) {
  const t = useT();
  return (
    <section className="prose">
      <h2>{t('thingsToTry')}</h2>
      <Prose text={text} />
    </section>
  );
}
