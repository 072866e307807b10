/** English labels: the country pages. */
export default {
  country: {
    title: 'Ties with {{name}}',
    pick: 'Choose a country',
    lead: 'Which Chinese places are tied to which places of this country, and since when.',
    foreignCity: 'City in {{name}}',
    chinese: 'Chinese partners',
    since: 'Since',
    concentrated: 'Concentrated',
    concentratedHint: 'two or more Chinese partners',
    capitalHeld: 'The capital {{name}} already has a Chinese partner.',
    capitalOpen: 'The capital {{name}} has no Chinese partner yet.',
    capitalUnknown: 'The capital is not identified in the gazetteer.',
    ties: 'Ties',
    cities: 'Cities',
    chineseCities: 'Chinese places',
    filter: 'Filter countries',
    beltAndRoad: 'Along the Belt and Road',
    noRelations: 'No diplomatic relations with the PRC',
    noRelationsNote:
      "{{name}} has no diplomatic relations with the People's Republic of China: no partnership there can be proposed.",
    territory: 'Territory, not a state',
    chineseTies: 'Ties with China',
    chineseTiesHint: 'Ties between places of the country and places in China',
    worldTies: 'All ties (worldwide)',
    worldTiesHint: 'Every tie with a place of the country, with any country',
    domestic: 'This is the domestic country; choose a foreign country.',
    chinaRegion:
      '{{name}} is part of China: its exchanges with other Chinese places are not foreign partnerships, and it is not listed among the countries.',
  },
  coverage: {
    title: 'Stated count beside ours',
    tableTitle: 'Stated counts beside ours, by country',
    stated: 'Stated (AidData, from CIFCA, {{year}})',
    statedShort: 'Stated',
    counted: 'Counted here',
    coverage: 'Coverage',
    dated: '{{dated}} of {{counted}} ties counted here are dated.',
    datedShort: 'Dated',
    signedBy: '{{n}} dated ties were signed by the end of {{year}}.',
    year: 'Year',
    countedSignedBy: 'Dated ties counted here, signed by then',
    totals:
      '{{countries}} countries with a stated figure: {{stated}} ties stated, {{counted}} counted here ({{dated}} dated), coverage {{coverage}}.',
    caveat:
      'Stated: cumulative sister-city and friendship ties between Chinese cities or provinces and the country, from the China International Friendship Cities Association as compiled by AidData at William & Mary (China’s Public Diplomacy datasets, ODC-By 1.0). Counted here: the ties in this database between places of mainland China and places of the country, most of them undated, so the yearly comparison can count only the dated ones.',
  },
};
