/** English labels: the event pages. */
import type { EventRecord } from '../../api';

export default {
  event: {
    title: 'Events and exchanges',
    lead: 'Forums, expos, visits, signings.',
    kinds: {
      forum: 'Forum',
      expo: 'Expo',
      visit: 'Visit',
      signing: 'Signing',
      opening: 'Opening',
      summit: 'Summit',
      exchange: 'Exchange',
      other: 'Other',
    } satisfies Record<EventRecord['kind'], string>,
    participants: 'Participants',
    figures: 'Figures',
    ends: 'Ends',
  },
};
