/**
 * Partner matching: ranked, explained candidates for a place's next partners from the whole gazetteer,
 * and the vetting of a proposed partner. Pure functions over the Dataset and the candidate pool.
 *
 * `prepareMatchingPool` is built once per data version; `rankCandidates` and `vetCandidate` run per request.
 */
export * from './types.ts';
export {
  prepareMatchingPool,
  prepareMatchingPoolInTurns,
  coastDistanceWithin,
  greatCircleKm,
  flightHours,
  type MatchingPool,
  type PoolOptions,
} from './pool.ts';
export { matchingWeights, signedWeights } from './weights.ts';
export { ancestors, seekerFamily, domesticTies, type DomesticTies } from './family.ts';
export { partnerProfile, MIN_OWN_PROFILE, type PartnerProfile, type ProfileArrays } from './profile.ts';
export { seekerDeficits, gapsOf, type Deficits, type Gap, type Gaps } from './deficit.ts';
export {
  seekerContext,
  seekerContextSteps,
  commonNeighbours,
  developmentOf,
  type SeekerContext,
  type SeekerDevelopment,
} from './context.ts';
export {
  candidateFilter,
  componentValues,
  complementOf,
  scoreAll,
  topIndices,
  featuresOf,
  recommendationOf,
  rankCandidates,
  rankCandidatesInTurns,
  vetCandidate,
  vetCandidateInTurns,
  type MatchingResult,
  type VetResult,
} from './rank.ts';
export { explainComponent, warningsFor } from './explain.ts';
