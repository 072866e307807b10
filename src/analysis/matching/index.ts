/**
 * Partner matching: ranked, explained candidates for a place's next partners from the whole gazetteer,
 * and the vetting of a proposed partner. Pure functions over the Dataset and the candidate pool.
 *
 * `prepareMatchingPool` is built once per data version; `rankCandidates` and `vetCandidate` run per request.
 */
export * from './types.ts';
export {
  prepareMatchingPool,
  coastDistanceWithin,
  greatCircleKm,
  flightHours,
  type MatchingPool,
  type PoolOptions,
} from './pool.ts';
export {
  MatchingInputError,
  matchingWeights,
  seekerContext,
  candidateFilter,
  componentValues,
  complementOf,
  scoreAll,
  signedWeights,
  topIndices,
  featuresOf,
  recommendationOf,
  rankCandidates,
  vetCandidate,
  type CandidateFilter,
  type MatchingRequest,
  type MatchingResult,
  type SeekerContext,
  type VetResult,
} from './rank.ts';
export { explainComponent, warningsFor } from './explain.ts';
