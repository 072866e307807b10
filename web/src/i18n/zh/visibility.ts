/** Chinese labels: who may read a record an office keeps. */
import type en from '../en/visibility';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  visibility: {
    label: '可见范围',
    public: '公开',
    jurisdiction: '辖区内部',
    national: '国家层面内部',
    hint: {
      public: '所有人可见：公开页面、搜索、地图、导出和分析。',
      jurisdiction: '仅其中国地点所在辖区（及上级）的外事部门登录后可见。',
      national: '仅全国范围的角色登录后可见。',
    },
    badge: '内部',
    change: '更改可见范围',
    save: '保存',
    busy: '正在保存…',
    saved: '已保存：{{visibility}}。',
    refused: '未保存：您的角色不覆盖此记录。',
  },
};
export default zh;
