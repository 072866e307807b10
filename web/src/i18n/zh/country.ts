/** Chinese labels: the country pages. */
import type en from '../en/country';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  country: {
    title: '与{{name}}的友好关系',
    pick: '选择国家',
    lead: '中国哪些地方与该国家或地区的哪些地方结好，始于何时。',
    foreignCity: '{{name}}城市',
    chinese: '中方伙伴',
    since: '始于',
    concentrated: '集中',
    concentratedHint: '有两个及以上中方伙伴',
    capitalHeld: '首都{{name}}已有中方伙伴。',
    capitalOpen: '首都{{name}}尚无中方伙伴。',
    capitalUnknown: '地名库中未能确定该国首都。',
    ties: '关系',
    cities: '城市',
    chineseCities: '中方地方',
    filter: '筛选国家',
    beltAndRoad: '“一带一路”沿线',
    noRelations: '未与我国建交',
    noRelationsNote: '{{name}}未与中华人民共和国建交，不能提出在该国结好。',
    territory: '地区（非主权国家）',
    chineseTies: '与我国的友好关系',
    chineseTiesHint: '该国家或地区的地方与我国地方之间的友好关系',
    worldTies: '全部友好关系（全球）',
    worldTiesHint: '该国家或地区的地方与各国地方的全部友好关系',
    domestic: '这是本国，请选择外国。',
    chinaRegion: '{{name}}是中国的一部分：它与中国其他地方的交往不属于对外友好城市关系，也不列入国家名单。',
  },
  coverage: {
    title: '官方统计与本库计数',
    tableTitle: '各国官方统计与本库计数',
    stated: '官方统计（AidData，源自全国友协，{{year}}年）',
    statedShort: '官方统计',
    counted: '本库计数',
    coverage: '覆盖率',
    dated: '本库计数的{{counted}}对关系中，{{dated}}对有缔结日期。',
    datedShort: '有日期',
    signedBy: '截至{{year}}年底缔结的有日期关系：{{n}}对。',
    year: '年份',
    countedSignedBy: '本库截至当年缔结的有日期关系',
    totals:
      '有官方统计的国家{{countries}}个：官方统计{{stated}}对，本库计数{{counted}}对（其中{{dated}}对有日期），覆盖率{{coverage}}。',
    caveat:
      '官方统计：中国城市或省份与该国累计结成的友好城市和友好交流关系数，来自中国国际友好城市联合会，经威廉与玛丽学院AidData整理（中国公共外交数据集，ODC-By 1.0）。本库计数：本数据库中中国内地地方与该国地方之间的关系，多数没有日期，因此逐年比较只能计入有日期的关系。',
  },
};

export default zh;
