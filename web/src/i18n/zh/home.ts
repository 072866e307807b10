/** Chinese labels: the home page. */
import type en from '../en/home';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  home: {
    title: '城市外交，开放可溯源',
    lead: '友好城市、友好交流城市与“一带一路”城市合作：每一对关系都附有来源。',
    figures: '数据库概览',
    map: '中国城市的国外友城分布',
    mapSummary: '中国地方在 {{countries}} 个国家共有 {{places}} 个国外友好伙伴城市；点越大，中方伙伴越多。',
    imbalance: '中国友好关系的大洲分布',
    imbalanceNote: '布局分析接口提供之前，由浏览器根据友好关系列表统计。',
    fromAnalysis: '来自布局分析。',
    topCities: '友好关系最多的中国地方',
    tryExamples: '试试',
  },
};

export default zh;
