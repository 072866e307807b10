import { PROJECTS } from '../../domain/entities/projects.ts';
import type { ProjectRow } from './rows.ts';
import { dateOf, precisionOf, recordWriter } from './writer.ts';

export const projectsWriter = recordWriter(
  PROJECTS,
  (p: ProjectRow) => ({
    id: p.id,
    name_en: p.nameEn,
    name_zh: p.nameZh ?? null,
    domain: p.domain,
    sector: p.sector ?? null,
    corridor_id: p.corridorId ?? null,
    status: p.status,
    started_on: dateOf(p.started),
    started_precision: precisionOf(p.started),
    completed_on: dateOf(p.completed),
    completed_precision: precisionOf(p.completed),
    amount: p.amount ?? null,
    amount_year: p.amountYear ?? null,
    currency: p.currency ?? null,
    partnership_id: p.partnershipId ?? null,
    place_text: p.placeText ?? null,
    sdg_targets: p.sdgTargets ?? [],
    note: p.note ?? null,
  }),
  {
    project_places: (p) =>
      [...new Set(p.placeIds ?? [])].map((placeId) => ({ project_id: p.id, place_id: placeId })),
    project_countries: (p) =>
      [...new Set(p.countryCodes ?? [])].map((code) => ({ project_id: p.id, country_code: code })),
    project_participants: (p) =>
      (p.participants ?? []).map((x) => ({ project_id: p.id, name: x.name, role: x.role })),
    project_milestones: (p) =>
      (p.milestones ?? []).map((m, i) => ({
        project_id: p.id,
        seq: i + 1,
        happened_on: dateOf(m.date),
        precision: precisionOf(m.date),
        description: m.description,
        due_on: m.due ?? null,
        done_on: m.done ?? null,
      })),
    project_outcomes: (p) =>
      (p.outcomes ?? []).map((o) => ({
        project_id: p.id,
        measure: o.measure,
        value: o.value ?? null,
        unit: o.unit ?? null,
        text_value: o.text ?? null,
      })),
  },
);
