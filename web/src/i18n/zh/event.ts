/** Chinese labels: the event pages. */
import type en from '../en/event';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  event: {
    title: '活动与交流',
    lead: '论坛、博览会、访问、签约。',
    kinds: {
      forum: '论坛',
      expo: '博览会',
      visit: '访问',
      signing: '签约',
      opening: '开幕',
      summit: '峰会',
      exchange: '交流',
      other: '其他',
    },
    participants: '参与方',
    figures: '数据',
    ends: '结束',
  },
};

export default zh;
