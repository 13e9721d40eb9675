// "Run it yourself" under a lesson's figures: how to run the scripts its figures export (presentations hide it).
import { Prose } from './Prose';

export function PythonRun({ title, text }: { title: string; text: string }) {
  return (
    <div className="python-run">
      <h3>{title}</h3>
      <Prose text={text} />
    </div>
  );
}
