export {
  parseName,
  Resolver,
  type Candidate,
  type Resolution,
  type ResolveQuery,
  type UserAlias,
} from './resolver.ts';
export {
  evaluateTwinCities,
  readTwinCities,
  twinCitiesDir,
  type TwinCityEvaluation,
  type TwinCityRow,
} from './twin-cities.ts';
