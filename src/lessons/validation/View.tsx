// The validation lesson: choosing a degree by test vs validation error with a fresh sample as the truth, the book's shuffled
// 20 % hold-out against an unshuffled one, and K-fold cross-validation trained fold by fold, all live.
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { Prose } from '../../components/Prose';
import { TrySection } from '../../components/TrySection';
import { FoldsFigure } from './FoldsFigure';
import { HoldoutFigure } from './HoldoutFigure';
import { SelectFigure } from './SelectFigure';
import { validationParams as P } from './params';
import { TEXT } from './text';
import './validation.css';

export default function ValidationView() {
  const t = useT();
  const { values, setParam } = useLessonParams(P);
  return (
    <article className="lesson lesson-validation">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>
      <SelectFigure values={values} setParam={setParam} />
      <section className="prose">
        <Prose text={t(TEXT.selectAfter)} />
      </section>
      <HoldoutFigure values={values} />
      <FoldsFigure values={values} setParam={setParam} />
      <section className="prose">
        <Prose text={t(TEXT.foldsAfter)} />
      </section>
      <section className="prose">
        <h2>{t(TEXT.pythonTitle)}</h2>
        <Prose text={t(TEXT.pythonRun)} />
      </section>
      <TrySection text={t(TEXT.try)} />
      <AboutLink specs={P} values={values} />
    </article>
  );
}
