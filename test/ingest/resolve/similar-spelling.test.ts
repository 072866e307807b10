import { describe, expect, it } from 'vitest';
import { similarSpelling } from '../../../src/ingest/resolve/tiers/similar-spelling.ts';
import { POLATSK, contextFor } from './gazetteer.ts';

describe('similar spelling tier', () => {
  it('takes the one place in the country spelt alike but for vowels', () => {
    const r = similarSpelling(contextFor({ name: 'Polotzk', country: 'Belarus' }));
    expect(r).toMatchObject({ status: 'resolved', place: { id: 'gn:623317' }, confidence: 0.6 });
    expect(r?.reason).toBe(
      'no exact name in BY; the only place with a similar spelling is "Polatsk"; city, population 82k.',
    );
  });

  it('needs a country, a name of six letters or more, and one candidate only', () => {
    expect(similarSpelling(contextFor({ name: 'Polotzk' }))).toBeNull();
    expect(similarSpelling(contextFor({ name: 'Polotzk', country: 'Ukraine' }))).toBeNull();
    expect(similarSpelling(contextFor({ name: 'Pragu', country: 'CZ' }))).toBeNull();
    const twin = { ...POLATSK, id: 'gn:test', nameEn: 'Polotsk', aliases: [], lat: 52, lng: 27 };
    const both = [POLATSK, twin];
    expect(similarSpelling(contextFor({ name: 'Polotzk', country: 'BY' }, both))).toBeNull();
    // Coordinates keep the one within 30 km.
    const near = similarSpelling(contextFor({ name: 'Polotzk', country: 'BY', lat: 55.5, lng: 28.8 }, both));
    expect(near?.status === 'resolved' && near.place.id).toBe('gn:623317');
  });
});
