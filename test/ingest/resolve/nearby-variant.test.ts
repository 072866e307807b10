import { describe, expect, it } from 'vitest';
import {
  nearbyVariant,
  variantForms,
  variantRelation,
} from '../../../src/ingest/resolve/tiers/nearby-variant.ts';
import { contextFor } from './gazetteer.ts';

const relation = (a: string, b: string, km = 0) => variantRelation(variantForms(a), variantForms(b), km);

describe('variant names', () => {
  it('knows transliterations and dropped designations', () => {
    expect(relation('Zaporizhzhia', 'Zaporizhia')).toBe('a variant spelling of the name');
    expect(relation('Beit Sahour', 'Bayt Sāḩūr', 1)).toBe('a transliteration of the name');
    expect(relation('Bad Kötzting', 'Kötzting')).toBe('the same name with "bad"');
    expect(relation('Vitoria-Gasteiz', 'Gasteiz / Vitoria')).toBe('the same words');
    // Small words carry nothing.
    expect(variantForms('Reichenbach im Vogtland').key).toBe(variantForms('Reichenbach Vogtland').key);
  });

  it('does not take a neighbour or a part for a variant', () => {
    expect(relation('Aue-Bad Schlema', 'Aue')).toBeNull();
    expect(relation('Istočno Sarajevo', 'Sarajevo')).toBeNull();
    expect(relation('Greater Manchester', 'Manchester')).toBeNull();
    expect(relation('Lasarte-Oria', 'Lasarte', 1)).toBeNull();
  });

  it('wants spelling variants of short names at the very spot', () => {
    expect(relation('Zhodino', 'Zhodina', 2)).toBe('a variant spelling of the name');
    expect(relation('Zhodino', 'Zhodina', 5)).toBeNull();
  });
});

describe('nearby variant tier', () => {
  it('takes the one variant within a few km of the coordinates', () => {
    const r = nearbyVariant(
      contextFor({ name: 'Bad Kötzting', country: 'Germany', lat: 49.1769, lng: 12.855 }),
    );
    expect(r).toMatchObject({ status: 'resolved', place: { id: 'gn:2885070' }, confidence: 0.6 });
    expect(r?.reason).toMatch(/^no exact name in DE; "Kötzting" 0\.0 km from the given coordinates/);
    const z = nearbyVariant(contextFor({ name: 'Zaporizhzhia', country: 'UA', lat: 47.85, lng: 35.1175 }));
    expect(z?.status === 'resolved' && z.place.id).toBe('gn:687700');
  });

  it('needs coordinates, and never gives a town for a region', () => {
    expect(nearbyVariant(contextFor({ name: 'Bad Kötzting', country: 'DE' }))).toBeNull();
    expect(
      nearbyVariant(contextFor({ name: 'Zaporizhzhia Oblast', country: 'UA', lat: 47.85, lng: 35.1175 })),
    ).toBeNull();
    // Farther than the variant radius.
    expect(
      nearbyVariant(contextFor({ name: 'Bad Kötzting', country: 'DE', lat: 49.4, lng: 12.855 })),
    ).toBeNull();
  });
});
