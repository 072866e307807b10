/** Chinese labels: the source pages. */
import type en from '../en/source';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  source: {
    title: '来源',
    lead: '每条记录都注明来源。',
    kinds: { document: '文献', dataset: '数据集', web: '网页', user: '用户录入', reference: '参考数据' },
    retrieved: '获取日期',
    records: '引用记录',
    url: '网址',
  },
};

export default zh;
