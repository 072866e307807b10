/** English labels: the comparison page. */
export default {
  compare: {
    title: 'Compare cities',
    lead: 'Two to four cities side by side.',
    add: 'Add a city',
    remove: 'Remove {{name}}',
    needTwo: 'Choose at least two cities to compare.',
    max: 'At most four cities.',
    shared: 'Partners shared by all',
    sharedNone: 'No partner is shared by all of them.',
    pairs: 'Shared partners per pair',
    shares: 'Continent shares',
    sharesSummary: 'Share of partners by continent for each city.',
    total: 'Partners',
  },
};
