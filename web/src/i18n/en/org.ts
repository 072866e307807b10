/** English labels: the organisation pages. */
import type { Organisation } from '../../api';

export default {
  org: {
    title: 'Organisations',
    lead: 'City networks, forums, institutions, funds and banks.',
    kinds: {
      city_network: 'City network',
      forum: 'Forum',
      institution: 'Institution',
      fund_or_bank: 'Fund or bank',
      other: 'Other',
      foreign_affairs_office: 'Foreign affairs office',
      coordinator: 'National coordinator',
      department: 'Department',
      university: 'University',
      firm: 'Firm',
      think_tank: 'Think tank',
      foreign_partner: 'Foreign partner',
    } satisfies Record<Organisation['kind'], string>,
    founded: 'Founded',
    topic: 'Topic',
    membersNote: 'About the members',
    noMembers: 'none recorded',
  },
};
