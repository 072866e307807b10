/** Chinese labels: the analysis page. */
import type en from '../en/analysis';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  analysis: {
    stated: '来源所述',
    title: '分析',
    overview: '全国概览',
    network: '城市关系网络',
    layout: '大洲布局',
    rankings: '各省友好关系排名',
    rankingsCity: '各城市友好关系排名',
    by: '排名单位',
    province: '省级',
    city: '城市',
    ties: '关系数',
    countries: '国家数',
    continents: '大洲数',
    imbalance: '与基准相比的不均衡',
    benchmark: '基准',
    benchmarks: {
      'equal-continents': '各大洲均等',
      'urban-population': '城市人口',
      countries: '国家数量',
      'belt-and-road': '“一带一路”国家',
      corridor: '经济走廊',
    },
    dissimilarity: '相异指数',
    dissimilarityHint: '需要调整多少比例的关系才能与基准一致（0 为无需，1 为全部）。',
    observed: '实际',
    expected: '期望',
    difference: '差值',
    gaps: '差距最大的国家',
    profile: '伙伴类型',
    profileKinds: { capital: '首都', largest: '最大城市', second: '第二城市', other: '其他' },
    layoutWhat: '布局分析',
    imbalanceWhat: '不均衡分析',
    rankingsWhat: '排名',
    networkWhat: '网络分析',
    pickPlace: '选择地点',
    nodes: '{{nodes}} 个地点，{{edges}} 对关系，{{communities}} 个社群',
    hubTip: '{{name}}：{{degree}} 个伙伴 · 第 {{community}} 社群',
    hubLine: '{{degree}} 个伙伴 · 第 {{community}} 社群',
    hubsHint:
      '伙伴数：该地点在全部友好城市关系中的不同伙伴；社群：在整个网络中彼此联系比对外联系更紧密的一组地点，图中同色。',
    hubs: '连接最多的地点',
  },
};

export default zh;
