// Lists inside lesson prose: which paragraphs are bulleted or numbered lists, and their items.

/**
 * A paragraph whose every line starts with "- " is a bulleted list, one whose every line starts with "N. " a numbered one
 * (numbered from its first N); any other paragraph is running text, its line breaks spaces.
 */
export function listOf(para: string): { ordered: boolean; start: number; items: string[] } | null {
  const lines = para.trim().split('\n').map((l) => l.trim());
  if (lines.length < 2) return null;
  if (lines.every((l) => l.startsWith('- '))) return { ordered: false, start: 1, items: lines.map((l) => l.slice(2)) };
  const numbered = lines.map((l) => /^(\d+)\.\s+(.*)$/.exec(l));
  if (numbered.every((m) => m !== null)) return { ordered: true, start: Number(numbered[0]![1]), items: numbered.map((m) => m![2]) };
  return null;
}
