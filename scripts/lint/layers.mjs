// ESLint rule "layers/direction": a file in src/<layer> imports only its own layer or lower ones; only app imports the lesson catalogue.
import path from 'node:path';

/** The layers of src, lowest first (files directly in src, e.g. main.tsx, belong to app). */
export const LAYERS = ['engine', 'gpu', 'worker', 'state', 'components', 'lessons', 'app'];

/** The layer of an absolute path inside `srcDir`, or null outside it. */
export function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  // src/<layer>/… and src/<layer> itself (an index import) are that layer; files directly in src are app's.
  return LAYERS.includes(parts[0]) ? parts[0] : 'app';
}

/** True when `target` (absolute, extension optional) is the lesson catalogue src/lessons/index. */
function isCatalogue(target, srcDir) {
  const rel = path.relative(srcDir, target).split(path.sep).join('/');
  return rel === 'lessons' || rel === 'lessons/index' || /^lessons\/index\.tsx?$/.test(rel);
}

const direction = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go from a layer of src to its own or a lower one: ' + LAYERS.join(' ← ') },
    schema: [],
    messages: {
      upward: 'src/{{from}} may not import src/{{to}}: layers import only their own or lower ones ({{order}}).',
      catalogue: 'Only src/app imports the lesson catalogue (src/lessons/index); src/{{from}} gets what it needs passed in.',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcDir = path.resolve(context.cwd ?? process.cwd(), 'src');
    const from = layerOf(path.resolve(file), srcDir);
    if (from === null) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(path.resolve(file)), spec);
      const to = layerOf(target, srcDir);
      if (to === null) return;
      if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
        context.report({ node, messageId: 'upward', data: { from, to, order: LAYERS.join(' ← ') } });
      } else if (from !== 'app' && isCatalogue(target, srcDir)) {
        context.report({ node, messageId: 'catalogue', data: { from } });
      }
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      // new URL('./x.worker.ts', import.meta.url): a worker entry is an import too.
      NewExpression: (node) => {
        const [first, second] = node.arguments;
        if (node.callee.name === 'URL' && first?.type === 'Literal' && second?.type === 'MemberExpression' && second.object.type === 'MetaProperty') {
          check(first, first.value);
        }
      },
    };
  },
};

export default { rules: { direction } };
