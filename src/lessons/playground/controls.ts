// The playground's parameter specs by name, typed for the control that shows them.
import type { EnumParam, IntParam, NumberParam, SetParam } from '../../state/params';
import { playgroundParams as P, type PlaygroundParam } from './params';

const byName = new Map(P.map((p) => [p.name as string, p]));

/** The number or int spec `name` (for a Slider). */
export const numSpec = (name: PlaygroundParam) => byName.get(name) as NumberParam | IntParam;
/** The enum spec `name` (for an EnumSelect). */
export const enumSpec = (name: PlaygroundParam) => byName.get(name) as EnumParam;
/** The set spec `name` (the input features). */
export const setSpec = (name: PlaygroundParam) => byName.get(name) as SetParam;
