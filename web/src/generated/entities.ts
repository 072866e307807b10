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
    "place_successions": "Administrative changes",
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
    "place_successions": "行政区划调整",
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

export const STATED_MEASURES_ZH: Readonly<Record<string, string>> = {
  "average": "一般",
  "high": "高",
  "fairly high": "较高",
  "poor": "较差",
  "district or town level": "区县及乡镇级",
  "municipal friendly exchange": "市级友好交流城市",
  "municipal sister cities": "市级友好城市",
  "municipal sister cities in Southeast Asia": "东南亚市级友好城市",
  "cities with Chinese sister cities": "与中国结好的城市",
  "cooperation documents signed": "签署的合作文件",
  "countries with financial connectivity graded": "资金融通评级国家",
  "foreign sister cities": "国外友好城市",
  "international sister cities": "国际友好城市",
  "new sister-city pairs 1973-1977": "1973—1977年新增友好城市",
  "new sister-city pairs 2010-2014": "2010—2014年新增友好城市",
  "partner cities (sister cities or friendly exchange)": "友好城市及友好交流城市",
  "partner cities (sister cities or friendly exchange, all levels)": "友好城市及友好交流城市（各级）",
  "sister cities": "友好城市",
  "sister cities in Africa": "非洲友好城市",
  "sister cities in Belt and Road countries": "“一带一路”沿线国家友好城市",
  "sister cities in Europe": "欧洲友好城市",
  "sister province/state pairs": "友好省州",
  "sister-city and friendly-cooperation relations": "友好城市及友好合作关系",
  "sister-city and friendship ties with Chinese places (cumulative)": "与中国地方的友好城市及友好交流关系（累计）",
  "sister-city pairs": "友好城市（对）",
  "sister-city pairs with 61 Belt and Road countries": "与61个“一带一路”沿线国家的友好城市（对）",
  "sister-city pairs, 30 provinces": "友好城市（对，30个省份）"
};

export const PROBLEM_TYPES = {
  "readOnlyToken": "urn:amity:problem:read-only-token",
  "outsideJurisdiction": "urn:amity:problem:outside-jurisdiction",
  "notAssigned": "urn:amity:problem:not-assigned",
  "noOrganisation": "urn:amity:problem:no-organisation",
  "notPermitted": "urn:amity:problem:not-permitted"
} as const;
