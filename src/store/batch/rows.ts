/** What a batch carries: one list a kind of record, in the shapes importers and API writes build. */
import type { PlaceKind } from '../../domain/geo.ts';
import type {
  EventKind,
  Level,
  OrganisationKind,
  PartialDate,
  PartnershipStatus,
  PartnershipType,
  ProjectDomain,
  ProjectStatus,
  SourceKind,
} from '../../domain/registry.ts';

export interface SourceRow {
  id: string;
  title: string;
  titleZh?: string | null;
  kind: SourceKind;
  publisher?: string | null;
  url?: string | null;
  licence?: string | null;
  retrieved?: string | null;
  note?: string | null;
  /**
   * Write the row only if the source is new. An importer that names a source after the file it read sets
   * this, so the same content read again under another file name does not rename the source.
   */
  keepExisting?: boolean;
}

export interface SourceLink {
  sourceId: string;
  locator?: string;
}

export interface UserPlaceRow {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameZh?: string | null;
  aliases?: string[];
  countryCode: string;
  parentId?: string | null;
  lat?: number | null;
  lng?: number | null;
  population?: number | null;
  searchKeys: string[];
  /** `source` for a place a list established by its own coordinates; `user` otherwise. */
  origin?: 'user' | 'source';
  /** Where the place is established, linked in record_sources. */
  sources?: SourceLink[];
}

export interface AliasRow {
  alias: string;
  placeId: string;
  sourceId?: string | null;
}

/** What one source says about a partnership. Fields left undefined are not claimed. */
export interface PartnershipClaimRow {
  placeA: string;
  placeB: string;
  sourceId: string;
  locator?: string;
  type?: PartnershipType;
  level?: Level;
  signed?: PartialDate | null;
  status?: PartnershipStatus;
  note?: string | null;
  /** When the tie ended, where the source says so. */
  ended?: PartialDate | null;
  endReason?: string | null;
}

export interface CorridorRow {
  id: string;
  nameEn: string;
  nameZh: string;
  functions: string[];
  note?: string | null;
  countryCodes: string[];
  nodePlaceIds: string[];
  sources: SourceLink[];
}

export interface OrganisationRow {
  id: string;
  abbr?: string | null;
  nameEn: string;
  nameZh?: string | null;
  kind: OrganisationKind;
  topic?: string | null;
  founded?: string | null;
  placeId?: string | null;
  membersNote?: string | null;
  note?: string | null;
  sources: SourceLink[];
}

export interface MembershipRow {
  id: string;
  organisationId: string;
  placeId: string;
  role: string;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  sources: SourceLink[];
}

export interface EventRow {
  id: string;
  kind: EventKind;
  nameEn: string;
  nameZh?: string | null;
  starts?: PartialDate | null;
  endsOn?: string | null;
  placeId?: string | null;
  placeText?: string | null;
  organisationId?: string | null;
  figures?: Record<string, unknown>;
  note?: string | null;
  participants?: { placeId: string; role: string }[];
  sources: SourceLink[];
}

export interface ProjectRow {
  id: string;
  nameEn: string;
  nameZh?: string | null;
  domain: ProjectDomain;
  sector?: string | null;
  corridorId?: string | null;
  status: ProjectStatus;
  started?: PartialDate | null;
  completed?: PartialDate | null;
  amount?: number | null;
  /** The year of the amount (a commitment). */
  amountYear?: number | null;
  currency?: string | null;
  partnershipId?: string | null;
  placeText?: string | null;
  sdgTargets?: string[];
  note?: string | null;
  placeIds?: string[];
  /** Countries the project is in or for, whether or not its places are known. */
  countryCodes?: string[];
  participants?: { name: string; role: string }[];
  milestones?: {
    date?: PartialDate | null;
    description: string;
    due?: string | null;
    done?: string | null;
  }[];
  outcomes?: { measure: string; value?: number | null; unit?: string | null; text?: string | null }[];
  sources: SourceLink[];
}

export interface ObservationRow {
  id: string;
  subjectText: string;
  placeId?: string | null;
  countryCode?: string | null;
  measure: string;
  value: number;
  unit?: string | null;
  asOf?: PartialDate | null;
  details?: Record<string, unknown>;
  note?: string | null;
  sources: SourceLink[];
}

export interface RecordBatch {
  sources?: SourceRow[];
  places?: UserPlaceRow[];
  aliases?: AliasRow[];
  corridors?: CorridorRow[];
  partnerships?: PartnershipClaimRow[];
  organisations?: OrganisationRow[];
  memberships?: MembershipRow[];
  events?: EventRow[];
  projects?: ProjectRow[];
  observations?: ObservationRow[];
}

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type BatchResult = Partial<Record<keyof RecordBatch, WriteCounts>> & {
  /** Ids of the partnerships the batch touched, in input order. */
  partnershipIds: string[];
};

export const emptyCounts = (): WriteCounts => ({ added: 0, updated: 0, unchanged: 0 });
