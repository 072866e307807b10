/** Chinese labels: the partnership network page. */
import type en from '../en/network';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  network: {
    title: '友好城市关系网络',
    lead: '全球所有结好地点及其关系；选择一个城市可查看其周边网络。',
    backToNational: '返回整体网络',
    overview: '网络概况',
    figures: {
      places: '地点',
      placesHint: '至少有一对友好关系的城市和地区。',
      ties: '关系',
      tiesHint: '相互结好的地点对数。',
      connected: '主网络覆盖',
      connectedHint: '可通过关系链相互到达的地点所占比例；全网共分为 {{groups}} 个互不相连的部分。',
      communities: '社群',
      communitiesHint: '内部联系比对外联系更紧密的地点群体（模块度 {{modularity}}；高于 0.3 即划分明显）。',
      clustering: '聚集程度',
      clusteringHint: '一个地点的两个伙伴彼此也是伙伴的频率（0 为从不，1 为总是）。',
      intercontinental: '跨洲关系',
      intercontinentalHint: '位于不同大洲的地点之间的关系所占比例。',
      bridges: '桥',
      bridgesHint: '一旦中断就会使某个地点或群体与其余部分断开的关系。',
    },
    countries: '以城市关系相连的国家',
    countriesSummary:
      '共 {{countries}} 个国家；在 {{pairs}} 对国家中绘出 {{drawn}} 对（关系最多的 {{strongest}} 对及每个国家关系最多的一对），线条粗细表示关系数；颜色表示 {{communities}} 个国家社群；关系最多的 {{labelled}} 个国家在空间允许处标注名称，其余悬停可见。点击国家可打开该国页面。',
    countryTip: '{{name}}：与 {{partners}} 个国家共有 {{ties}} 对关系；第 {{community}} 社群',
    pairTip: '{{a}}—{{b}}：{{ties}} 对关系',
    china:
      '中国（含香港、澳门、台湾）：与 {{partners}} 个国家结有关系，共 {{ties}} 对；属第 {{community}} 社群。',
    downloadGexf: '下载网络（GEXF，可用 Gephi 打开）',
    downloadNodes: '全部地点及其指标',
    hubs: '网络枢纽',
    hubsBy: {
      degree: '伙伴最多的地点。',
      betweenness: '最常位于其他两地之间最短关系链上的地点（数值 × 1）。',
      pagerank: '与本身联系广泛的地点结好的地点（数值 × 1000）。',
    },
    glossary: '指标说明',
    measures: {
      degree: { name: '度（伙伴数）', explain: '一个地点拥有的不同伙伴的数量。' },
      betweenness: {
        name: '中介中心性',
        explain: '一个地点位于其他两地之间最短关系链上的频率，体现其在不同群体之间的桥梁作用。',
      },
      pagerank: {
        name: '影响力（PageRank）',
        explain: '伙伴本身联系越广泛，该地点的影响力越高，与搜索引擎为网页排序的方法相同。',
      },
      community: {
        name: '社群',
        explain: '内部联系比与其余地点联系更紧密的一组地点（Louvain 方法）。',
      },
      modularity: {
        name: '模块度',
        explain: '网络划分为社群的清晰程度：0 为没有划分，越接近 1 越清晰。',
      },
      clustering: {
        name: '聚集程度（聚类系数）',
        explain: '一个地点的伙伴两两之间也互为伙伴的比例。',
      },
      component: {
        name: '连通部分',
        explain: '可以通过关系链相互到达的地点。',
      },
      bridge: {
        name: '桥',
        explain: '一旦中断就会把一个群体一分为二的关系。',
      },
      density: {
        name: '密度',
        explain: '实际关系占所有可能地点对的比例：全球友城网络十分稀疏。',
      },
    },
  },
};

export default zh;
