// Paragraphs of lesson text with inline TeX between $…$.
import { Fragment } from 'react';
import { Formula } from './Formula';

export function Prose({ text }: { text: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <>
      {paragraphs.map((para, i) => (
        <p key={i}>
          {para.split('$').map((seg, j) => (j % 2 === 1 ? <Formula key={j} tex={seg} /> : <Fragment key={j}>{seg}</Fragment>))}
        </p>
      ))}
    </>
  );
}
