/** Credits the bundled open data's licences ask for, wherever the data is shown or exported. */

/** The stated sister-city counts by country (ODC-By 1.0). */
export const AIDDATA_DIPLOMACY_ATTRIBUTION =
  "AidData at William & Mary, China's Public Diplomacy datasets (East Asia and Pacific v1.0, 2018; South and Central Asia v1.0, 2020), ODC-By 1.0";

/** The Chinese-financed projects (ODC-By 1.0). */
export const AIDDATA_FINANCE_ATTRIBUTION =
  'AidData. 2018. China GeocodedResearchRelease Level1 v1.1.0. Williamsburg, VA: AidData at William & Mary. ODC-By 1.0';
