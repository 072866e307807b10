export { buildGazetteer, placeDistance, type Gazetteer } from './build.ts';
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
export { placeRecord, type PlaceFields } from './place.ts';
