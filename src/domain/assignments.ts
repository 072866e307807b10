/**
 * A tie assigned to an organisation (a department, a university, a firm): the organisation records the
 * projects and exchanges under it, and a department contributor records only under such ties.
 */
import { z } from 'zod';

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

export const assignmentsSchema = z.object({ items: z.array(assignmentSchema) });
