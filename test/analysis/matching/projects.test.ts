/**
 * Practical cooperation as a matching component: cooperation projects recorded at a candidate raise
 * it when the weighting asks for them (the corridor-nodes preset, or a weight given), and say so.
 */
import { describe, expect, it } from 'vitest';
import { prepareMatchingPool, rankCandidates } from '../../../src/analysis/matching/index.ts';
import { matchingCandidates, matchingDataset } from './matching-dataset.ts';

function world(projectsAtNairobi: number) {
  const dataset = matchingDataset();
  for (let k = 0; k < projectsAtNairobi; k++)
    dataset.projects.push({ id: `p${k}`, domain: 'facilities', placeIds: ['nairobi'], countryCodes: ['KE'] });
  return { dataset, pool: prepareMatchingPool(dataset, matchingCandidates()) };
}

const nairobiOf = (projects: number, request: Partial<Parameters<typeof rankCandidates>[2]> = {}) => {
  const { dataset, pool } = world(projects);
  return rankCandidates(pool, dataset, { seekerId: 'sh', limit: 50, ...request }).items.find(
    (r) => r.place.id === 'nairobi',
  )!;
};

describe('cooperation projects in matching', () => {
  it('count for a candidate with projects, explained in both languages', () => {
    const nairobi = nairobiOf(3, { preset: 'corridor-nodes' });
    expect(nairobi.features.projects).toBe(3);
    expect(nairobi.components.projects).toBeCloseTo(1 - Math.exp(-1), 4);
    const why = nairobi.explanation.find((e) => e.key === 'projects')!;
    expect(why.contribution).toBeGreaterThan(0);
    expect(why.zh).toBe('当地有3个本库记录的合作项目（含AidData追踪的中国资助项目）');
    expect(why.en).toMatch(/^3 cooperation projects recorded there/);
  });

  it('raise the candidate’s score by the weight given, and nothing without projects', () => {
    const without = nairobiOf(0, { weights: { projects: 2 } });
    const withProjects = nairobiOf(3, { weights: { projects: 2 } });
    expect(without.components.projects).toBe(0);
    expect(withProjects.score - without.score).toBeGreaterThan(0);
    // The balanced preset leaves the component off, as its back-test set it.
    expect(nairobiOf(3).explanation.some((e) => e.key === 'projects')).toBe(false);
  });
});
