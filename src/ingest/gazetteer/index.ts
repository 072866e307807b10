export { buildGazetteer, distanceKm, type Gazetteer } from './build.ts';
export { buildCountries, DEPENDENT_TERRITORIES } from './countries.ts';
export {
  foldDiacritics,
  hasHan,
  nameKeyForms,
  nameKeys,
  nameTokens,
  pinyinKey,
  pinyinName,
  primaryKey,
  stripChineseSuffix,
  type NameKeyForm,
} from './normalize.ts';
