/** Chinese labels: the data-entry page. */
import type en from '../en/entry';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  entry: {
    title: '数据录入',
    lead: '录入友好关系、活动或项目，并注明来源。',
    token: '管理令牌',
    tokenHint: '仅保存在当前浏览器标签页中。',
    tokenSave: '使用令牌',
    tokenForget: '清除',
    tokenSet: '本标签页已设置令牌。',
    tokenMissing: '请输入管理令牌以保存记录。',
    tabs: '记录类别',
    partnership: '友好关系',
    event: '活动',
    project: '项目',
    placeA: '中方地点',
    placeB: '伙伴地点',
    pickPlace: '搜索地点',
    chosen: '已选：{{name}}',
    change: '更改',
    signed: '签署日期（YYYY、YYYY-MM 或 YYYY-MM-DD）',
    sourceTitle: '来源标题',
    sourceLocator: '出处位置（页码、网址、段落）',
    sourceUrl: '来源网址',
    nameEn: '名称（英文）',
    nameZh: '名称（中文）',
    starts: '开始日期（YYYY、YYYY-MM 或 YYYY-MM-DD）',
    started: '开始日期（YYYY、YYYY-MM 或 YYYY-MM-DD）',
    place: '地点',
    amount: '金额',
    currency: '币种（ISO 4217）',
    note: '备注',
    save: '保存',
    saving: '保存中…',
    saved: '已保存。',
    open: '查看新记录',
    invalid: '记录未保存，请检查下方标出的字段。',
    required: '（必填）',
    optional: '（选填）',
    unauthorized: '管理令牌被拒绝。',
  },
};

export default zh;
