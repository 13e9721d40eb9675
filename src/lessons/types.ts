// What every lesson declares: metadata for the index, its parameter table, and a lazily loaded view.
import type { ComponentType } from 'react';
import type { Text } from '../state/i18n';
import type { ParamSpec } from '../state/params';

export interface LessonMeta {
  /** URL id: "#/<id>". */
  id: string;
  title: Text;
  /** One line for the index card. */
  summary: Text;
  /** The articles and sections the lesson teaches, by title and author (see ./sources). */
  seedTopic: Text;
  /** The lesson's URL parameters. */
  params: readonly ParamSpec[];
  /**
   * Whether the lesson's text or figures show formulas: KaTeX is then fetched alongside the view, which appears typeset.
   * false for a lesson whose only formulas are in its terms' tooltips (those fetch KaTeX when one opens).
   */
  formulas: boolean;
  /** Whether the lesson trains on MNIST: as it opens, its training workers start and load MNIST beside the view's code. */
  mnist: boolean;
  /** Loads the view; called when the lesson is opened (code splitting). */
  load: () => Promise<{ default: ComponentType }>;
}
