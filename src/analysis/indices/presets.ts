/**
 * Preset frameworks: the ASEM Sustainable Connectivity reference build (COINr's example coin), the Belt and Road
 * City Development and Potential indices, and the financial-connectivity grading of Belt and Road countries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoin, type Coin } from './coin.ts';
import { IndexFrameworkError } from './framework.ts';
import { parseIDataCsv, parseIMetaCsv } from './table-io.ts';
import type { BuildStep, Framework, FrameworkNode, UnitRow } from '../../domain/index-framework.ts';

// ---------------------------------------------------------------- ASEM

/** The ASEM reference build, exactly as COINr's build_example_coin(). */
export const ASEM_BUILD_STEPS: BuildStep[] = [
  { step: 'denominate' },
  { step: 'impute', method: 'groupMean', group: 'EurAsia_group' },
  { step: 'screen', by: 'missing', threshold: 0.9 },
  { step: 'treat', winmax: 5, skewThreshold: 2, kurtThreshold: 3.5, transform: 'log' },
  { step: 'normalise', spec: { method: 'minMax', min: 0, max: 100 } },
  { step: 'aggregate', method: 'arithmetic', weights: 'framework' },
];

/** Where the ASEM files are: `data/asem` in the repository, else the shared copy next to the repository. */
export function asemDataDirectory(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const candidates = [join(repoRoot, 'data/asem'), join(repoRoot, '../shared/data/asem')];
  const found = candidates.find((d) => existsSync(join(d, 'iData.csv')) && existsSync(join(d, 'iMeta.csv')));
  if (!found)
    throw new IndexFrameworkError([
      { code: 'ASEM', problem: `iData.csv and iMeta.csv not found in ${candidates.join(' or ')}` },
    ]);
  return found;
}

/** The ASEM framework and data as read from the CSV files. */
export function loadAsemTables(directory = asemDataDirectory()): { framework: Framework; rows: UnitRow[] } {
  const framework = parseIMetaCsv(readFileSync(join(directory, 'iMeta.csv'), 'utf8'), {
    id: 'asem-sustainable-connectivity',
    name: 'ASEM Sustainable Connectivity',
    levelNames: ['Indicator', 'Pillar', 'Sub-index', 'Index'],
    source: 'COINr example data (ASEM_iData, ASEM_iMeta), MIT licence',
  });
  const rows = parseIDataCsv(readFileSync(join(directory, 'iData.csv'), 'utf8'));
  return { framework, rows };
}

/** The ASEM coin, built with the reference steps unless others are given. */
export function buildAsemCoin(steps: BuildStep[] = ASEM_BUILD_STEPS, directory?: string): Coin {
  const { framework, rows } = loadAsemTables(directory);
  return createCoin(framework, rows, steps);
}

// ---------------------------------------------------------------- Belt and Road city indices

function dimensionNodes(
  dimensions: {
    id: string;
    en: string;
    zh: string;
    weight: number;
    criteria: { code: string; en: string; zh?: string }[];
  }[],
  indexCode: string,
  source: string,
): FrameworkNode[] {
  const nodes: FrameworkNode[] = [];
  for (const d of dimensions) {
    for (const c of d.criteria)
      nodes.push({
        code: c.code,
        name: c.en,
        nameZh: c.zh,
        level: 1,
        parent: d.id,
        weight: 1,
        direction: 1,
        type: 'Indicator',
        source,
      });
    nodes.push({
      code: d.id,
      name: d.en,
      nameZh: d.zh,
      level: 2,
      parent: indexCode,
      weight: d.weight,
      type: 'Aggregate',
    });
  }
  return nodes;
}

const GCI_SOURCE =
  'Kearney Global Cities Index metric list (27 metrics in five dimensions, 2018-2019 editions)';

/**
 * Belt and Road City Development Index (“一带一路”城市发展指数): five dimensions weighted 30/30/15/15/10. The source
 * gives dimensions and kinds of criteria only; the 27 criteria follow the Kearney Global Cities Index metric list,
 * whose dimensions and weights the index shares. A framework to be filled with city data.
 */
export function briCityDevelopmentFramework(): Framework {
  const dims = [
    {
      id: 'business',
      en: 'Business activity',
      zh: '商业活动',
      weight: 0.3,
      criteria: [
        { code: 'bus_global500', en: 'Fortune Global 500 headquarters', zh: '世界500强企业总部' },
        { code: 'bus_services_firms', en: 'Top global services firms', zh: '全球领先服务企业' },
        { code: 'bus_capital_markets', en: 'Capital markets', zh: '资本市场' },
        { code: 'bus_air_freight', en: 'Air freight', zh: '航空货运' },
        { code: 'bus_sea_freight', en: 'Sea freight', zh: '海运' },
        { code: 'bus_icca_conferences', en: 'ICCA international conferences', zh: '国际会议(ICCA)' },
        { code: 'bus_unicorns', en: 'Unicorn companies', zh: '独角兽企业' },
      ],
    },
    {
      id: 'human_capital',
      en: 'Human capital',
      zh: '人力资本',
      weight: 0.3,
      criteria: [
        { code: 'hc_foreign_born', en: 'Foreign-born population', zh: '外国出生人口' },
        { code: 'hc_top_universities', en: 'Top universities', zh: '顶尖大学' },
        { code: 'hc_tertiary_degree', en: 'Population with a tertiary degree', zh: '高等教育人口' },
        { code: 'hc_international_students', en: 'International student population', zh: '国际学生' },
        { code: 'hc_international_schools', en: 'International schools', zh: '国际学校' },
      ],
    },
    {
      id: 'information',
      en: 'Information exchange',
      zh: '信息交流',
      weight: 0.15,
      criteria: [
        { code: 'info_tv_news', en: 'Access to TV news', zh: '电视新闻覆盖' },
        { code: 'info_news_agencies', en: 'News agencies', zh: '新闻机构' },
        { code: 'info_broadband', en: 'Broadband subscribers', zh: '宽带用户' },
        { code: 'info_freedom_expression', en: 'Freedom of expression', zh: '言论自由' },
      ],
    },
    {
      id: 'culture',
      en: 'Cultural experience',
      zh: '文化体验',
      weight: 0.15,
      criteria: [
        { code: 'cul_museums', en: 'Museums', zh: '博物馆' },
        { code: 'cul_performing_arts', en: 'Visual and performing arts', zh: '视觉与表演艺术' },
        { code: 'cul_sporting_events', en: 'Major sporting events', zh: '大型体育赛事' },
        { code: 'cul_international_travellers', en: 'International travellers', zh: '国际游客' },
        { code: 'cul_culinary', en: 'Culinary offerings', zh: '国际餐饮' },
        { code: 'cul_sister_cities', en: 'Sister cities', zh: '友好城市' },
      ],
    },
    {
      id: 'political',
      en: 'Political environment',
      zh: '政治环境',
      weight: 0.1,
      criteria: [
        { code: 'pol_embassies', en: 'Embassies and consulates', zh: '使领馆' },
        { code: 'pol_think_tanks', en: 'Think tanks', zh: '智库' },
        { code: 'pol_international_orgs', en: 'International organisations', zh: '国际组织' },
        { code: 'pol_political_conferences', en: 'Political conferences', zh: '政治会议' },
        {
          code: 'pol_local_institutions',
          en: 'Local institutions with international reach',
          zh: '具有国际影响的本地机构',
        },
      ],
    },
  ];
  return {
    id: 'bri-city-development',
    name: 'Belt and Road City Development Index',
    nameZh: '“一带一路”城市发展指数',
    levelNames: ['Criterion', 'Dimension', 'Index'],
    nodes: [
      ...dimensionNodes(dims, 'bri_development', GCI_SOURCE),
      {
        code: 'bri_development',
        name: 'Belt and Road City Development Index',
        nameZh: '“一带一路”城市发展指数',
        level: 3,
        parent: null,
        type: 'Aggregate',
      },
    ],
    source: `Dimensions and weights: Belt and Road city cooperation report (002), chapter 2. Criteria: ${GCI_SOURCE}.`,
  };
}

const GCO_SOURCE = 'Kearney Global Cities Outlook metric list (13 metrics in four dimensions)';

/**
 * Belt and Road City Potential Index (“一带一路”城市潜力指数): four dimensions of 25% each, criteria following the
 * Kearney Global Cities Outlook. A framework to be filled with city data.
 */
export function briCityPotentialFramework(): Framework {
  const dims = [
    {
      id: 'wellbeing',
      en: 'Personal well-being',
      zh: '居民幸福感',
      weight: 0.25,
      criteria: [
        { code: 'wb_safety', en: 'Safety', zh: '安全' },
        { code: 'wb_healthcare', en: 'Health care', zh: '医疗健康' },
        { code: 'wb_inequality', en: 'Inequality (Gini; lower is better)', zh: '不平等(基尼系数)' },
        { code: 'wb_environment', en: 'Environmental performance', zh: '环保表现' },
      ],
    },
    {
      id: 'economics',
      en: 'Economics',
      zh: '经济状况',
      weight: 0.25,
      criteria: [
        {
          code: 'eco_long_term_investment',
          en: 'Long-term investment (foreign direct investment)',
          zh: '长期投资',
        },
        { code: 'eco_gdp', en: 'GDP', zh: '地区生产总值' },
        { code: 'eco_gdp_per_capita', en: 'GDP per capita', zh: '人均地区生产总值' },
      ],
    },
    {
      id: 'innovation',
      en: 'Innovation',
      zh: '科技创新',
      weight: 0.25,
      criteria: [
        { code: 'inn_patents', en: 'Patents per capita', zh: '人均专利' },
        { code: 'inn_private_investment', en: 'Private investment (venture capital)', zh: '私人投资' },
        { code: 'inn_incubators', en: 'University-sponsored incubators', zh: '大学孵化器' },
      ],
    },
    {
      id: 'governance',
      en: 'Governance',
      zh: '城市治理',
      weight: 0.25,
      criteria: [
        { code: 'gov_transparency', en: 'Transparency', zh: '透明度' },
        { code: 'gov_bureaucracy', en: 'Quality of bureaucracy', zh: '政府治理质量' },
        { code: 'gov_ease_business', en: 'Ease of doing business', zh: '经商便利度' },
      ],
    },
  ];
  const nodes = dimensionNodes(dims, 'bri_potential', GCO_SOURCE);
  nodes.find((n) => n.code === 'wb_inequality')!.direction = -1;
  return {
    id: 'bri-city-potential',
    name: 'Belt and Road City Potential Index',
    nameZh: '“一带一路”城市潜力指数',
    levelNames: ['Criterion', 'Dimension', 'Index'],
    nodes: [
      ...nodes,
      {
        code: 'bri_potential',
        name: 'Belt and Road City Potential Index',
        nameZh: '“一带一路”城市潜力指数',
        level: 3,
        parent: null,
        type: 'Aggregate',
      },
    ],
    source: `Dimensions and weights: Belt and Road city cooperation report (002), chapter 2. Criteria: ${GCO_SOURCE}.`,
  };
}

/**
 * Financial connectivity of Belt and Road countries with China (“一带一路”国家与中国资金融通程度): three levels
 * (financial cooperation, credit system, financial environment) of eight indicators, graded into four tiers.
 */
export function financialConnectivityFramework(): Framework {
  const ind = (code: string, en: string, zh: string, parent: string, direction = 1): FrameworkNode => ({
    code,
    name: en,
    nameZh: zh,
    level: 1,
    parent,
    direction,
    weight: 1,
    type: 'Indicator',
  });
  return {
    id: 'bri-financial-connectivity',
    name: 'Financial connectivity of Belt and Road countries with China',
    nameZh: '“一带一路”国家与中国资金融通程度',
    levelNames: ['Indicator', 'Area', 'Index'],
    nodes: [
      ind('fc_currency_swap', 'Currency swap cooperation', '货币互换合作', 'cooperation'),
      ind('fc_regulatory', 'Financial regulation cooperation', '金融监管合作', 'cooperation'),
      ind('fc_investment_bank', 'Investment bank cooperation', '投资银行合作', 'cooperation'),
      ind('fc_credit_convenience', 'Credit convenience', '信贷便利度', 'credit'),
      ind('fc_credit_regulation', 'Credit market regulation', '信用市场规范度', 'credit'),
      ind('fc_reserves', 'Total reserves', '总储备量', 'environment'),
      ind('fc_public_debt', 'Public debt (lower is better)', '公共债务规模', 'environment', -1),
      ind('fc_currency_soundness', 'Currency soundness', '货币稳健性', 'environment'),
      {
        code: 'cooperation',
        name: 'Financial cooperation',
        nameZh: '金融合作',
        level: 2,
        parent: 'fc_index',
        type: 'Aggregate',
      },
      {
        code: 'credit',
        name: 'Credit system',
        nameZh: '信贷体系',
        level: 2,
        parent: 'fc_index',
        type: 'Aggregate',
      },
      {
        code: 'environment',
        name: 'Financial environment',
        nameZh: '金融环境',
        level: 2,
        parent: 'fc_index',
        type: 'Aggregate',
      },
      {
        code: 'fc_index',
        name: 'Financial connectivity',
        nameZh: '资金融通程度',
        level: 3,
        parent: null,
        type: 'Aggregate',
      },
    ],
    source: 'Belt and Road city cooperation report (002): three levels, eight indicators, four grades',
  };
}

/** The four grades of financial connectivity and the published distribution over 63 countries (10/12/22/19). */
export const FINANCIAL_CONNECTIVITY_TIERS = {
  labels: [
    { en: 'high', zh: '高' },
    { en: 'fairly high', zh: '较高' },
    { en: 'average', zh: '一般' },
    { en: 'poor', zh: '较差' },
  ],
  publishedCounts: [10, 12, 22, 19],
  /** Shares from the top that reproduce the published distribution when used as tier quantiles. */
  topShares: [10 / 63, 22 / 63, 44 / 63],
} as const;

/** Build steps for a framework filled with data: min-max 0-100 and weighted arithmetic mean. */
export const DEFAULT_CITY_INDEX_STEPS: BuildStep[] = [
  { step: 'treat', winmax: 5 },
  { step: 'normalise', spec: { method: 'minMax', min: 0, max: 100 } },
  { step: 'aggregate', method: 'arithmetic', weights: 'framework' },
];
