/** English labels: the source pages. */
import type { Source } from '../../api';

export default {
  source: {
    title: 'Sources',
    lead: 'Every record cites its sources.',
    kinds: {
      document: 'Document',
      dataset: 'Data set',
      web: 'Web page',
      user: 'User entry',
      reference: 'Reference',
    } satisfies Record<Source['kind'], string>,
    retrieved: 'Retrieved',
    records: 'Records citing it',
    url: 'Address',
  },
};
