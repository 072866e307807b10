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
    beltAndRoad: 'Belt and Road',
    domestic: 'This is the domestic country; choose a foreign country.',
    chinaRegion:
      '{{name}} is part of China: its exchanges with other Chinese places are not foreign partnerships, and it is not listed among the countries.',
  },
};
