// KaTeX with its stylesheet: the chunk ./loadTex fetches the first time a page needs a formula.
import katex from 'katex';
import 'katex/dist/katex.min.css';

export default katex;
