/**
 * Generated from the server's OpenAPI document by scripts/generate-api-types.ts (npm run generate:api).
 * Do not edit: change the zod schemas in src/domain and src/api/routes, then regenerate.
 */
export const ENTITY_LABELS = {
  "en": {
    "sources": "Sources",
    "countries": "Countries",
    "places": "Places",
    "place_aliases": "Other names",
    "corridors": "Economic corridors",
    "partnerships": "Partnerships",
    "organisations": "Organisations",
    "memberships": "Memberships",
    "events": "Events",
    "projects": "Projects",
    "observations": "Stated figures",
    "record_sources": "Citations",
    "claims": "What the sources say",
    "coastal_overrides": "Coastal status as stated",
    "place_needs_offers": "Needs and offers",
    "index_definitions": "Composite indices"
  },
  "zh": {
    "sources": "来源",
    "countries": "国家",
    "places": "地点",
    "place_aliases": "其他名称",
    "corridors": "经济走廊",
    "partnerships": "友好关系",
    "organisations": "组织",
    "memberships": "成员关系",
    "events": "活动",
    "projects": "项目",
    "observations": "统计口径数据",
    "record_sources": "引用",
    "claims": "各来源的说法",
    "coastal_overrides": "来源所述沿海属性",
    "place_needs_offers": "需求与优势",
    "index_definitions": "综合指数"
  }
} as const;
