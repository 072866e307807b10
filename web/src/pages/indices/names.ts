/** Node names in the page's language. */
import { useMemo } from 'react';
import { useFormat } from '../../format';
import type { BuildResult, Framework } from '../../indices-api';
import type { NameOf } from './shared';

/** Chinese names of the ASEM framework's aggregates (the bundled iMeta names them in English only). */
const NODE_ZH: Record<string, string> = {
  Index: '可持续互联互通',
  Conn: '互联互通',
  Sust: '可持续性',
  Physical: '基础设施',
  ConEcFin: '经济与金融（互联）',
  Political: '政治',
  Instit: '制度',
  P2P: '人文交流',
  Environ: '环境',
  Social: '社会',
  SusEcFin: '经济与金融（可持续）',
  // The 49 indicators, in the terms of the statistics they come from.
  LPI: '物流绩效指数',
  Flights: '国际航班客座容量',
  Ship: '班轮运输连通性指数',
  Bord: '边境口岸',
  Elec: '电力贸易',
  Gas: '天然气贸易',
  ConSpeed: '平均网速',
  Cov4G: '4G 网络人口覆盖率',
  Goods: '货物贸易',
  Services: '服务贸易',
  FDI: '外国直接投资',
  PRemit: '个人汇款（收入与支出）',
  ForPort: '外国证券投资负债与资产',
  Embs: '使馆网络',
  IGOs: '参加国际政府间组织',
  UNVote: '联合国投票一致度',
  CostImpEx: '进出口成本',
  Tariff: '平均关税税率',
  TBTs: '技术性贸易壁垒',
  TIRcon: '加入《国际公路运输公约》',
  RTAs: '区域贸易协定',
  Visa: '免签或落地签',
  StMob: '高等教育国际学生流动',
  Research: '国际合作科研成果',
  Pat: '有外国共同发明人的专利',
  CultServ: '文化服务贸易',
  CultGood: '文化产品贸易',
  Tourist: '入境游客',
  MigStock: '移民存量',
  Lang: '共同语言使用者',
  Renew: '可再生能源占最终能源消费比重',
  PrimEner: '单位 GDP 一次能源消耗',
  CO2: '人均二氧化碳排放',
  MatCon: '人均国内物质消耗',
  Forest: '森林净损失',
  Poverty: '国际贫困线以下人口',
  Palma: '帕尔马比值',
  TertGrad: '高等教育毕业生',
  FreePress: '新闻自由',
  TolMin: '对少数群体的包容',
  NGOs: '国际非政府组织的存在',
  CPI: '清廉指数',
  FemLab: '女性劳动参与',
  WomParl: '女性议员比例',
  PubDebt: '公共债务占 GDP 比重',
  PrivDebt: '私人债务占 GDP 比重',
  GDPGrow: '人均 GDP 增长率',
  RDExp: '研发支出占 GDP 比重',
  NEET: '未就业、未受教育或培训的青年比例',
};

/** The ASEM groups used for imputation, named in Chinese. */
const GROUP_ZH: Record<string, string> = {
  GDP_group: '按 GDP 分组',
  GDPpc_group: '按人均 GDP 分组',
  Pop_group: '按人口分组',
  EurAsia_group: '按欧洲或亚洲分组',
};

/** The indicators' units, in Chinese. */
const UNIT_ZH: Record<string, string> = {
  'Score 1-5': '得分（1—5）',
  'Thousand seats': '千座',
  Score: '得分',
  'Number of crossings': '口岸数',
  TWh: '太瓦时',
  'Billion tonnes': '十亿吨',
  Mbps: 'Mbps',
  Percent: '%',
  'Trillion USD': '万亿美元',
  'Million USD': '百万美元',
  'Billion USD': '十亿美元',
  Number: '个',
  'Current USD': '美元（现价）',
  'Number of measures (initiated, in force)': '措施数（已发起、已生效）',
  '(1 (yes)/0 (no))': '（1 是／0 否）',
  'Number of bilateral connections': '双边关系数',
  'Number of countries': '国家数',
  'Thousands international students': '千名国际学生',
  'Number of people': '人次',
  'Thousands people': '千人',
  'kg of oil equivalent per $1000 GDP (constant 2011 PPP)':
    '千克油当量／每千美元 GDP（2011 年不变价购买力平价）',
  'Tonnes per capita': '吨／人',
  Ratio: '比值',
  'Number of secretariats per 1,000 inhabitants': '秘书处数／每千居民',
};

/** A grouping variable's name in the page's language (its code in English, as the table has it). */
export function groupName(lang: 'zh' | 'en', code: string): string {
  return lang === 'zh' ? (GROUP_ZH[code] ?? code) : code;
}

/** An indicator's unit in the page's language; a unit not listed shows as the table has it. */
export function unitName(lang: 'zh' | 'en', unit: string): string {
  return lang === 'zh' ? (UNIT_ZH[unit] ?? unit) : unit;
}

/** Names a node by its code: the framework's name in the page's language, else the built level's. */
export function useNodeNames(result: BuildResult | undefined, framework: Framework | null): NameOf {
  const f = useFormat();
  return useMemo(() => {
    const names = new Map<string, { en: string; zh?: string }>();
    for (const l of result?.levels ?? []) for (const n of l.nodes) names.set(n.code, { en: n.name });
    for (const n of framework?.nodes ?? [])
      names.set(n.code, { en: n.name ?? names.get(n.code)?.en ?? n.code, zh: n.nameZh });
    return (code: string) => {
      const n = names.get(code);
      if (!n) return code;
      return f.lang === 'zh' ? n.zh || NODE_ZH[code] || n.en : n.en;
    };
  }, [result, framework, f.lang]);
}
