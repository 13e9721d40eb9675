// Titles and UI text of the pages that are not lessons (glossary, checklist).
import type { Text } from '../../state/i18n';
import type { PageId } from '../../state/route';

export const PAGE_TITLES: Record<PageId, Text> = {
  glossary: { zh: '术语对照', en: 'Glossary' },
  checklist: { zh: '实践清单', en: 'Practitioner’s checklist' },
};

export const PAGE_TEXT = {
  pagesNav: { zh: '站点页面', en: 'Site pages' },
  /** The checklist's short name in the header. */
  navChecklist: { zh: '实践清单', en: 'Checklist' },
  glossaryIntro: {
    zh: '课程里用到的术语，中文与英文对照，每条附一句定义和演示它的图。课文里带虚线下划线的词链接到这里。',
    en: 'The terms the lessons use, in Chinese and English side by side, each with a short definition and the figures that show it. Dotted-underlined words in the lessons link here.',
  },
  search: { zh: '搜索术语（中文或英文）', en: 'Search terms (Chinese or English)' },
  count: { zh: '显示 {n} / {total} 个术语', en: 'Showing {n} of {total} terms' },
  none: { zh: '没有匹配的术语。', en: 'No term matches.' },
  seeIn: { zh: '演示：', en: 'Shown in: ' },
  general: { zh: '通用术语，本站没有专门演示它的图。', en: 'A general term; no figure on this site demonstrates it.' },
  figure: { zh: '图“{name}”', en: 'figure “{name}”' },
  checklistIntro: {
    zh: '训练时遇到问题，可以按这份清单逐条检查。要点取自 {article} 第 8–11 节（训练样本少、模型稳定性、改进模型的思路、提升系统性能），用我们自己的话写成；每一条都链接到演示它的图，“试一试”按原设置重现演示。',
    en: 'When training goes wrong, go down this list. The points come from sections 8–11 of {article} (few training samples, stability, ways to improve a model, system performance), rewritten in our words; each links to the figure that demonstrates it, and “Try it” reproduces the demonstration with its settings.',
  },
  tryIt: { zh: '试一试', en: 'Try it' },
  noDemo: { zh: '本站没有演示这一条。', en: 'The site has no demonstration of this point.' },
} satisfies Record<string, Text>;
