/**
 * Who may read a record an office keeps (a partnership, a project, an exchange): everyone, the offices of
 * its jurisdiction and those above it, or the national level only. Anonymous readers, exports, search,
 * maps and every analysis see public records only.
 */
import { z } from 'zod';
import { jurisdictionsFor, type Grant } from './permissions.ts';

export const VISIBILITIES = ['public', 'jurisdiction', 'national'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const visibilitySchema = z
  .enum(VISIBILITIES)
  .describe(
    'public: everyone; jurisdiction: the offices over its Chinese places (and those above them); national: nation-wide roles only',
  );

/**
 * What a reader may see beyond public records: every record (a nation-wide grant), or the records of
 * jurisdiction visibility whose Chinese places lie under one of `jurisdictions`.
 */
export type ReadScope =
  { kind: 'public' } | { kind: 'nation' } | { kind: 'jurisdictions'; jurisdictions: readonly string[] };

export const PUBLIC_SCOPE: ReadScope = { kind: 'public' };

/** The read scope of a user's grants (the `records.read-internal` permission and where it reaches). */
export function readScopeOf(grants: readonly Grant[]): ReadScope {
  const jurisdictions = jurisdictionsFor(grants, ['records.read-internal']);
  if (jurisdictions === null) return { kind: 'nation' };
  return jurisdictions.length ? { kind: 'jurisdictions', jurisdictions } : PUBLIC_SCOPE;
}
