/** Matching weights: a preset with the user's overrides, and the signed array the scoring loop reads. */
import {
  COMPONENTS,
  COMPONENT_KEYS,
  MatchingInputError,
  PRESETS,
  type ComponentKey,
  type MatchingRequest,
  type MatchingWeights,
} from './types.ts';

/** The preset's weights (default `balanced`) with the request's overrides; throws MatchingInputError. */
export function matchingWeights(request: Pick<MatchingRequest, 'preset' | 'weights'>): MatchingWeights {
  const base = PRESETS[request.preset ?? 'balanced'];
  if (!base) throw new MatchingInputError(`unknown preset "${request.preset}"`);
  const weights = { ...base };
  for (const [key, value] of Object.entries(request.weights ?? {})) {
    if (!(key in COMPONENTS))
      throw new MatchingInputError(`unknown weight "${key}"; one of ${COMPONENT_KEYS.join(', ')}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new MatchingInputError(`weight ${key}: must be a number ≥ 0`);
    weights[key as ComponentKey] = value;
  }
  return weights;
}

/** Weights as an array in COMPONENT_KEYS order, with the sign of each component. */
export function signedWeights(weights: MatchingWeights): Float64Array {
  return Float64Array.from(COMPONENT_KEYS.map((k) => COMPONENTS[k].sign * weights[k]));
}
