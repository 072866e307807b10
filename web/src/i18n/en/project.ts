/** English labels: the project pages. */
import type { Project } from '../../api';

export default {
  project: {
    title: 'Cooperation projects',
    lead: 'By the five connectivities, corridor and status.',
    domains: {
      policy: 'Policy coordination',
      facilities: 'Facilities connectivity',
      trade: 'Unimpeded trade',
      finance: 'Financial integration',
      people: 'People-to-people bonds',
      capacity_building: 'Capacity building',
    } satisfies Record<Project['domain'], string>,
    statuses: {
      proposed: 'Proposed',
      planned: 'Planned',
      under_construction: 'Under construction',
      operating: 'Operating',
      completed: 'Completed',
      suspended: 'Suspended',
      cancelled: 'Cancelled',
      unknown: 'Unknown',
    } satisfies Record<Project['status'], string>,
    amount: 'Amount',
    sector: 'Sector',
    milestones: 'Milestones',
    outcomes: 'Outcomes',
    sdg: 'SDG targets',
    participants: 'Participants',
    places: 'Places',
    completed: 'Completed',
    partnership: 'Partnership',
  },
};
