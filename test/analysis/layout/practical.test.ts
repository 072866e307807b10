/**
 * Practical cooperation by hand: Shanghai's partners abroad in the hand dataset are Yokohama, Osaka
 * and Kanagawa (JP), Marseille (FR) and Phnom Penh (KH). Projects: two at Phnom Penh (one also at Siem
 * Reap), one in Cambodia without a place, one at Lyon, one at Nairobi.
 */
import { describe, expect, it } from 'vitest';
import { practicalCooperation, selectTies } from '../../../src/analysis/layout/index.ts';
import type { ProjectFact } from '../../../src/domain/dataset.ts';
import { handDataset } from './hand-dataset.ts';

const project = (id: string, placeIds: string[], countryCodes: string[]): ProjectFact => ({
  id,
  domain: 'facilities',
  placeIds,
  countryCodes,
});

describe('practical cooperation beside the ties', () => {
  const dataset = handDataset();
  dataset.projects.push(
    project('p1', ['pp'], ['KH']),
    project('p2', ['pp', 'sr'], ['KH']),
    project('p3', [], ['KH']),
    project('p4', ['lyon'], ['FR']),
    project('p5', ['nairobi'], ['KE']),
    project('p6', ['osaka'], ['JP']),
    // At the municipality Phnom Penh city lies in: reached through the tie with the city.
    project('p7', ['pp-municipality'], ['KH']),
  );
  const pp = dataset.places.get('pp')!;
  dataset.places.set('pp-municipality', { ...pp, id: 'pp-municipality', kind: 'region', parentId: null });
  dataset.places.set('pp', { ...pp, parentId: 'pp-municipality' });
  const result = practicalCooperation(
    dataset,
    selectTies(dataset, { home: { kind: 'place', placeId: 'sh' } }),
  );

  it('names the partners that host projects', () => {
    expect(result.partners).toBe(5);
    expect(result.partnersWithProjects.map((p) => [p.place.id, p.projects])).toEqual([
      ['pp', 2],
      ['osaka', 1],
    ]);
  });

  it('names the places with projects in the partner countries that no tie reaches, not elsewhere', () => {
    expect(result.untiedProjectPlaces.map((p) => [p.place.id, p.projects]).sort()).toEqual([
      ['lyon', 1],
      ['sr', 1],
    ]);
  });

  it('sets projects per country beside ties per country, the home country left out', () => {
    expect(result.byCountry.map((c) => [c.country.code, c.ties, c.projects])).toEqual([
      ['KH', 1, 4],
      ['JP', 3, 1],
      ['FR', 1, 1],
      ['KE', 0, 1],
    ]);
  });
});
