/** What the web takes from the server is generated from its schemas and descriptors, and kept current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_API_TYPES,
  GENERATED_ENTITY_LABELS,
  generatedApiTypes,
  generatedEntityLabels,
} from '../../scripts/generate-api-types.ts';

describe('generated web client types', () => {
  it('match what the server documents now (npm run generate:api rewrites them)', async () => {
    const text = await generatedApiTypes();
    expect(readFileSync(GENERATED_API_TYPES, 'utf8') === text, 'web/src/generated/api.ts is stale').toBe(
      true,
    );
    // The record shapes are named components the web imports, one place shape among them.
    for (const name of ['PlaceSummary', 'Partnership', 'PartnershipDetail', 'MatchingResult', 'Layout'])
      expect(text).toContain(`        ${name}: {`);
  }, 60_000);

  it("give the web the records' labels from the entity descriptors", () => {
    const text = generatedEntityLabels();
    expect(
      readFileSync(GENERATED_ENTITY_LABELS, 'utf8') === text,
      'web/src/generated/entities.ts is stale',
    ).toBe(true);
    expect(text).toContain('"partnerships": "友好关系"');
  });
});
