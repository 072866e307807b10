/** Chinese labels: the comparison page. */
import type en from '../en/compare';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  compare: {
    title: '城市比较',
    lead: '二至四个城市并列比较。',
    add: '添加城市',
    remove: '移除{{name}}',
    needTwo: '请至少选择两个城市进行比较。',
    max: '最多四个城市。',
    shared: '共同伙伴',
    sharedNone: '它们没有共同的伙伴。',
    pairs: '两两共同伙伴数',
    shares: '大洲占比',
    sharesSummary: '各城市伙伴的大洲占比。',
    total: '伙伴数',
  },
};

export default zh;
