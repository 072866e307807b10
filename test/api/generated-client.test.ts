/** The web's API types are generated from the server's schemas and kept current: a stale file fails. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_API_TYPES, generatedApiTypes } from '../../scripts/generate-api-types.ts';

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
});
