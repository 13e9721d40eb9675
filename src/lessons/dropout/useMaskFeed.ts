// The dropout lesson's live masks: asks a training member for its latest dropout masks while it trains.
import { useEffect, useState } from 'react';
import type { DropoutMask } from '../../engine/train';
import type { RunView } from '../../components/run';
import { maskStep } from './model';

/** How often the page asks the dropout worker for its masks while training. */
const MASK_REFRESH_MS = 250;

/** The masks of the dropout run's latest update, with the update they belong to (null before the first). */
export interface MaskFeed {
  step: number;
  masks: DropoutMask[];
}

/** Asks `client` for its masks a few times a second while it trains, and after every step or reset. */
export function useMaskFeed(client: RunView | undefined, seed: number, generation: unknown): MaskFeed | null {
  const [feed, setFeed] = useState<MaskFeed | null>(null);
  useEffect(() => {
    setFeed(null);
    if (!client) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const fetchMasks = () => {
      timer = null;
      const known = client.status.progress?.step ?? 0;
      if (known === 0 || !client.info) {
        setFeed(null);
        return;
      }
      client.dropoutMasks().then(
        (masks) => {
          if (!alive) return;
          // No mask rows (a reset run, or a trainer that has not stepped since it took over, e.g. after a lost GPU): nothing to draw.
          setFeed(masks.length > 0 && masks[0].rows > 0 ? { step: maskStep(masks[0], seed, known), masks } : null);
        },
        () => alive && setFeed(null),
      );
    };
    const off = client.subscribe(() => {
      if (timer === null) timer = setTimeout(fetchMasks, MASK_REFRESH_MS);
    });
    fetchMasks();
    return () => {
      alive = false;
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [client, seed, generation]);
  return feed;
}
