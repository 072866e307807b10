/** Chinese labels: the country pages. */
import type en from '../en/country';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  country: {
    title: '与{{name}}的友好关系',
    pick: '选择国家',
    lead: '中国哪些地方与该国哪些地方结好，始于何时。',
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
    beltAndRoad: '“一带一路”',
    domestic: '这是本国，请选择外国。',
    chinaRegion: '{{name}}是中国的一部分：它与中国其他地方的交往不属于对外友好城市关系，也不列入国家名单。',
  },
};

export default zh;
