/** The words of a report in its two languages: headings, table columns and the registry's vocabularies. */
import type { AdminLevel } from '../../domain/levels.ts';
import {
  PARTNERSHIP_TYPE_ZH,
  type EventKind,
  type PartnershipStatus,
  type ProjectDomain,
  type ProjectStatus,
} from '../../domain/registry.ts';

export type ReportLanguage = 'zh' | 'en';
export const REPORT_LANGUAGES = ['zh', 'en'] as const;

type Words = Record<ReportLanguage, string>;

const LEVEL: Record<string, Words> = {
  province: { zh: '省级', en: 'province level' },
  city: { zh: '市级', en: 'city level' },
  district: { zh: '区县级', en: 'district or county level' },
  unknown: { zh: '未注明', en: 'not stated' },
};

const STATUS: Record<PartnershipStatus, Words> = {
  listed: { zh: '在册（状态未知）', en: 'listed (status unknown)' },
  proposed: { zh: '拟议', en: 'proposed' },
  active: { zh: '有效', en: 'active' },
  dormant: { zh: '休眠', en: 'dormant' },
  suspended: { zh: '暂停', en: 'suspended' },
  ended: { zh: '终止', en: 'ended' },
};

const TYPE: Record<string, Words> = {
  sister_city: { zh: PARTNERSHIP_TYPE_ZH.sister_city, en: 'sister city' },
  friendly_exchange: { zh: PARTNERSHIP_TYPE_ZH.friendly_exchange, en: 'friendly exchange' },
  other: { zh: PARTNERSHIP_TYPE_ZH.other, en: 'other' },
  unknown: { zh: PARTNERSHIP_TYPE_ZH.unknown, en: 'unknown' },
};

const EVENT_KIND: Record<EventKind, Words> = {
  forum: { zh: '论坛', en: 'forum' },
  expo: { zh: '博览会', en: 'expo' },
  visit: { zh: '访问', en: 'visit' },
  signing: { zh: '签约', en: 'signing' },
  opening: { zh: '开幕', en: 'opening' },
  summit: { zh: '峰会', en: 'summit' },
  exchange: { zh: '交流', en: 'exchange' },
  other: { zh: '其他', en: 'other' },
};

const PROJECT_DOMAIN: Record<ProjectDomain, Words> = {
  policy: { zh: '政策沟通', en: 'policy coordination' },
  facilities: { zh: '设施联通', en: 'facilities connectivity' },
  trade: { zh: '贸易畅通', en: 'unimpeded trade' },
  finance: { zh: '资金融通', en: 'financial integration' },
  people: { zh: '民心相通', en: 'people-to-people bonds' },
  capacity_building: { zh: '能力建设', en: 'capacity building' },
  unspecified: { zh: '未分类', en: 'unspecified' },
};

const PROJECT_STATUS: Record<ProjectStatus, Words> = {
  proposed: { zh: '拟议', en: 'proposed' },
  planned: { zh: '规划中', en: 'planned' },
  under_construction: { zh: '在建', en: 'under construction' },
  in_progress: { zh: '实施中', en: 'in progress' },
  operating: { zh: '运营中', en: 'operating' },
  completed: { zh: '已完成', en: 'completed' },
  suspended: { zh: '暂停', en: 'suspended' },
  cancelled: { zh: '取消', en: 'cancelled' },
  unknown: { zh: '未知', en: 'unknown' },
};

const ADMIN_LEVEL: Record<AdminLevel, Words> = {
  province_level: { zh: '省级', en: 'province-level' },
  prefecture_level: { zh: '地级', en: 'prefecture-level' },
  county_level_city: { zh: '县级市', en: 'county-level city' },
  district: { zh: '市辖区', en: 'district' },
  county: { zh: '县', en: 'county' },
  region: { zh: '一级行政区', en: 'region' },
  city: { zh: '城市', en: 'city' },
};

/** A word of a vocabulary in the report's language; the code itself where the vocabulary lacks it. */
function word(table: Record<string, Words>, key: string | null, lang: ReportLanguage): string {
  return table[key ?? 'unknown']?.[lang] ?? key ?? '';
}

export const vocabulary = {
  level: (key: string | null, lang: ReportLanguage) => word(LEVEL, key, lang),
  adminLevel: (key: AdminLevel, lang: ReportLanguage) => ADMIN_LEVEL[key][lang],
  status: (key: string, lang: ReportLanguage) => word(STATUS, key, lang),
  type: (key: string, lang: ReportLanguage) => word(TYPE, key, lang),
  eventKind: (key: string, lang: ReportLanguage) => word(EVENT_KIND, key, lang),
  projectDomain: (key: string, lang: ReportLanguage) => word(PROJECT_DOMAIN, key, lang),
  projectStatus: (key: string, lang: ReportLanguage) => word(PROJECT_STATUS, key, lang),
};
