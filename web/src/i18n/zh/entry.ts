/** Chinese labels: the data-entry page. */
import type en from '../en/entry';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  entry: {
    title: '数据录入',
    lead: '录入友好关系、活动或项目，并注明来源。',
    signInNeeded: '保存记录需要登录具有录入权限的账户。',
    writingAs: '当前录入人：{{name}}',
    scopeHint: '记录将以你的名义保存；服务器会核对记录所涉地点是否在你的角色辖区内。',
    noRole: '你的角色不能录入{{kind}}，请向管理员申请相应角色。',
    tabs: '记录类别',
    partnership: '友好关系',
    event: '活动',
    project: '项目',
    placeA: '中方地点',
    placeB: '伙伴地点',
    pickPlace: '搜索地点',
    chosen: '已选：{{name}}',
    change: '更改',
    signed: '签署日期（年、年-月或年-月-日，如 2015、2015-06、2015-06-18）',
    sourceTitle: '来源标题',
    sourceLocator: '出处位置（页码、网址、段落）',
    sourceUrl: '来源网址',
    nameEn: '名称（英文）',
    nameZh: '名称（中文）',
    starts: '开始日期（年、年-月或年-月-日，如 2015、2015-06、2015-06-18）',
    started: '开始日期（年、年-月或年-月-日，如 2015、2015-06、2015-06-18）',
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
    signedOut: '尚未登录或登录已过期，请重新登录后再保存。',
    forbidden: '你的角色无权保存这条记录。',
  },
};

export default zh;
