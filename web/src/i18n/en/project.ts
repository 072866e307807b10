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
      unspecified: 'Unspecified',
    } satisfies Record<Project['domain'], string>,
    statuses: {
      proposed: 'Proposed',
      planned: 'Planned',
      under_construction: 'Under construction',
      in_progress: 'In progress',
      operating: 'Operating',
      completed: 'Completed',
      suspended: 'Suspended',
      cancelled: 'Cancelled',
      unknown: 'Unknown',
    } satisfies Record<Project['status'], string>,
    inYear: '(committed in {{year}})',
    alsoAt: 'Also at, not linked to a place of the gazetteer: {{places}}',
    roles: {
      'funding agency': 'funding agency',
      'co-financing agency': 'co-financing agency',
      'implementing agency': 'implementing agency',
    },
    inCountry: 'Cooperation projects in {{name}}',
    all: 'All projects',
    noneInCountry: 'No project in this country is recorded.',
    countInCountry_one:
      '{{n}} project is recorded here, among them the Chinese-financed projects of 2000–2014 tracked by AidData; the first by start date:',
    countInCountry_other:
      '{{n}} projects are recorded here, among them the Chinese-financed projects of 2000–2014 tracked by AidData; the first by start date:',
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
