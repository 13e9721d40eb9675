// How a lesson page is shown: the full page, a presentation, or one embedded figure.
export type LessonMode = 'normal' | 'present' | 'embed';
