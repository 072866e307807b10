/**
 * A tie assigned to an organisation (a department, a university, a firm): the organisation records the
 * projects and exchanges under it, and a department contributor records only under such ties.
 */
import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from './registry.ts';

/**
 * The kinds of organisation that carry out cooperation and so may be assigned a tie; not city
 * networks, forums, banks, foreign partners or the offices that keep the registry.
 */
export const ASSIGNABLE_KINDS = [
  'department',
  'university',
  'firm',
  'think_tank',
  'institution',
  'other',
] as const satisfies readonly OrganisationKind[];

export const assignmentSchema = z
  .object({
    organisation: z.object({
      id: z.string(),
      nameEn: z.string(),
      nameZh: z.string().nullable(),
      kind: z.string(),
    }),
    assignedBy: z.string().describe('the login of whoever assigned it'),
    assignedAt: z.string(),
  })
  .meta({ id: 'PartnershipAssignment' });
export type Assignment = z.infer<typeof assignmentSchema>;

export const assignmentsSchema = z.object({
  items: z.array(assignmentSchema),
  assignableKinds: z
    .array(z.enum(ORGANISATION_KINDS))
    .describe('the kinds of organisation a tie may be assigned to'),
});
export type Assignments = z.infer<typeof assignmentsSchema>;
