/** English labels: the home page. */
export default {
  home: {
    title: 'City diplomacy, open and traceable',
    lead: 'Sister cities (友好城市), friendly exchanges, Belt and Road city cooperation: every tie with its sources.',
    figures: 'The registry at a glance',
    map: 'China’s partner cities worldwide',
    mapSummary:
      '{{places}} foreign partner cities of Chinese places in {{countries}} countries; the larger the point, the more Chinese partners.',
    imbalance: 'China’s partnerships by continent',
    imbalanceNote: 'Counted in the browser from the partnership list until the layout analysis is available.',
    fromAnalysis: 'From the layout analysis.',
    topCities: 'Chinese places with the most ties',
    tryExamples: 'Try',
  },
};
