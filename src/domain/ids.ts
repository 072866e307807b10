/**
 * Stable public identifiers. They are derived from what identifies a record (a partnership is its pair
 * of places, an event its date and name), so re-importing the same facts yields the same ids.
 */
import { createHash } from 'node:crypto';

function digest(parts: string[]): string {
  return createHash('sha1').update(parts.join('\u001f')).digest('hex').slice(0, 12);
}

/** Places of a partnership in the stored order (place_a < place_b). */
export function orderPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export const partnershipId = (a: string, b: string) => `pt:${digest(orderPair(a, b))}`;
export const eventId = (date: string | null, nameEn: string) =>
  `ev:${digest([date ?? '', nameEn.trim().toLowerCase()])}`;
export const projectId = (nameEn: string) => `pj:${digest([nameEn.trim().toLowerCase()])}`;
export const organisationId = (abbrOrName: string) => `org:${slug(abbrOrName)}`;
export const membershipId = (organisationId: string, placeId: string, role: string) =>
  `ms:${digest([organisationId, placeId, role])}`;
export const observationId = (subject: string, measure: string, asOf: string | null, sourceId: string) =>
  `ob:${digest([subject, measure, asOf ?? '', sourceId])}`;

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
      .replace(/^-+|-+$/g, '') || digest([text])
  );
}
