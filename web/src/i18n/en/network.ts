/** English labels: the partnership network page. */
export default {
  network: {
    title: 'Partnership network',
    lead: 'All twinned places and their ties, worldwide; choose a city to see the network around it.',
    backToNational: 'Back to the whole network',
    overview: 'The network at a glance',
    figures: {
      places: 'Places',
      placesHint: 'Cities and regions with at least one tie.',
      ties: 'Ties',
      tiesHint: 'Pairs of places tied to each other.',
      connected: 'In the main web',
      connectedHint:
        'Share of places that can reach one another through ties; the rest form {{groups}} separate groups in all.',
      communities: 'Communities',
      communitiesHint:
        'Groups of places tied more among themselves than to others (modularity {{modularity}}; above 0.3 is a clear division).',
      clustering: 'Clustering',
      clusteringHint: 'How often two partners of a place are partners of each other too (0 never, 1 always).',
      intercontinental: 'Across continents',
      intercontinentalHint: 'Share of ties between places on different continents.',
      bridges: 'Bridges',
      bridgesHint: 'Ties whose loss would cut a place or group off from the rest.',
    },
    countries: 'Countries tied by their cities',
    countriesSummary:
      '{{countries}} countries; {{drawn}} of {{pairs}} country pairs drawn (the {{strongest}} strongest and each country’s strongest), thickness by ties; colours are {{communities}} communities of countries; the {{labelled}} most tied countries are named where there is room, the others on hover. Click a country to open it.',
    countryTip: '{{name}}: {{ties}} ties with {{partners}} countries; community {{community}}',
    pairTip: '{{a}} – {{b}}: {{ties}} ties',
    china:
      'China (with Hong Kong, Macao and Taiwan): ties with {{partners}} countries, {{ties}} ties in all; in community {{community}}.',
    downloadGexf: 'Download the network (GEXF, for Gephi)',
    downloadNodes: 'Every place with its measures',
    hubs: 'Hubs of the network',
    hubsBy: {
      degree: 'Places with the most partners.',
      betweenness: 'Places that most often lie on the shortest path between two others (value × 1).',
      pagerank: 'Places tied to places that are themselves well tied (value × 1,000).',
    },
    glossary: 'What the measures mean',
    measures: {
      degree: { name: 'Degree', explain: 'The number of distinct partners a place has.' },
      betweenness: {
        name: 'Betweenness',
        explain:
          'How often a place lies on the shortest chain of ties between two other places: a broker between groups.',
      },
      pagerank: {
        name: 'Influence (PageRank)',
        explain:
          'A place counts more when its partners are themselves much tied, as search engines rank pages.',
      },
      community: {
        name: 'Community',
        explain: 'A group of places tied more closely among themselves than to the rest (Louvain method).',
      },
      modularity: {
        name: 'Modularity',
        explain: 'How sharply the network divides into communities: 0 no division, towards 1 sharp.',
      },
      clustering: {
        name: 'Clustering',
        explain: 'The share of a place’s partner pairs that are partners of each other too.',
      },
      component: {
        name: 'Connected group',
        explain: 'Places that can reach one another through a chain of ties.',
      },
      bridge: {
        name: 'Bridge',
        explain: 'A tie whose loss would split a group in two.',
      },
      density: {
        name: 'Density',
        explain: 'Ties as a share of all possible pairs: a world of twinned cities is sparse.',
      },
    },
  },
};
