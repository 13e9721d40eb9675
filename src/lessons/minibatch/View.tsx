// The minibatch lesson: batch, mini-batch and stochastic paths on a two-parameter loss, then batch sizes raced live on MNIST.
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { AboutLink } from '../../components/AboutLink';
import { Prose } from '../../components/Prose';
import { TrySection } from '../../components/TrySection';
import { DistanceSection } from './DistanceSection';
import { minibatchParams as P } from './params';
import { PathsSection } from './PathsSection';
import { RunsSection } from './RunsSection';
import { TEXT } from './text';
import './minibatch.css';

export default function MinibatchView() {
  const t = useT();
  const { values } = useLessonParams(P);
  return (
    <article className="lesson lesson-minibatch">
      <section className="prose">
        <Prose text={t(TEXT.intro)} />
      </section>
      <PathsSection />
      <DistanceSection />
      <RunsSection />
      <section className="prose">
        <Prose text={t(TEXT.powers)} />
      </section>
      <TrySection text={t(TEXT.try)} />
      <AboutLink specs={P} values={values} />
    </article>
  );
}
