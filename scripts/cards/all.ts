// Every lesson's card picture: id → a function that computes it from a real run and returns the SVG text.
import { FAST_CARDS } from './fast';
import { playgroundCard } from './playground';
import { TRAINED_CARDS } from './trained';

export const CARDS: Record<string, () => string | Promise<string>> = { ...FAST_CARDS, ...TRAINED_CARDS, playground: playgroundCard };

/** public/cards/<id>.svg */
export const cardPath = (id: string): string => `public/cards/${id}.svg`;
