// Paragraphs of lesson text with inline TeX between $…$, **bold** words, and display TeX for a paragraph that is $$…$$.
import { Fragment } from 'react';
import { Formula } from './Formula';

/** A run of text with **bold** parts. */
function Words({ text }: { text: string }) {
  return (
    <>
      {text.split('**').map((seg, k) => (k % 2 === 1 ? <strong key={k}>{seg}</strong> : <Fragment key={k}>{seg}</Fragment>))}
    </>
  );
}

export function Prose({ text }: { text: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <>
      {paragraphs.map((para, i) => {
        const display = /^\$\$([\s\S]+)\$\$$/.exec(para.trim());
        if (display) return <Formula key={i} tex={display[1]} display />;
        return <p key={i}>{para.split('$').map((seg, j) => (j % 2 === 1 ? <Formula key={j} tex={seg} /> : <Words key={j} text={seg} />))}</p>;
      })}
    </>
  );
}
