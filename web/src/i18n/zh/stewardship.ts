/** Chinese labels: data review, the queue of questions about the ties of a curator's jurisdictions. */
import type en from '../en/stewardship';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  stewardship: {
    title: '数据核查',
    menu: '数据核查',
    lead: '辖区内友好关系数据的待核查问题。可确认当前显示的值、更正或忽略该问题；确认和更正均以你为来源记为一条数据声明。',
    signInFirst: '请登录后核查辖区数据。',
    noPermission: '你的角色无权维护友好关系登记：数据核查需要编辑、协调员或管理员角色。',
    tabs: '核查问题',
    questions: {
      conflicting: '有冲突的来源',
      undated: '缺少签约日期',
      untyped: '类型不明',
    },
    questionLeads: {
      conflicting: '以下友好关系的各来源对同一字段记载不一，当前显示的是按数据声明规则选定的值。',
      undated: '以下友好关系的来源均未给出签约日期。',
      untyped: '以下友好关系的来源均未说明是友好城市还是友好交流关系。',
    },
    empty: {
      conflicting: '辖区内没有来源相互冲突的友好关系。',
      undated: '辖区内的友好关系均有签约日期，或相关问题已处理。',
      untyped: '辖区内的友好关系类型均已明确，或相关问题已处理。',
    },
    open: '待处理 {{count}} 项',
    open_one: '待处理 {{count}} 项',
    open_other: '待处理 {{count}} 项',
    list: '待核查的友好关系',
    pair: '{{a}}—{{b}}',
    signedOn: '签约于 {{date}}',
    notSigned: '签约日期不详',
    fields: {
      signed: '签约日期',
      type: '类型',
      status: '状态',
    },
    disagree: '来源记载不一：{{field}}',
    source: '来源',
    says: '记载',
    shown: '当前显示',
    notShown: '未采用',
    actions: {
      accept: '确认当前值',
      correct: '更正',
      dismiss: '忽略',
    },
    confirm: {
      accept: '确认',
      correct: '保存更正',
      dismiss: '忽略此问题',
    },
    acceptText: '确认“{{value}}”为{{field}}？该值将以你为来源记为一条数据声明，此问题随即移出列表。',
    dismissText: '不修改记录，将此问题移出列表？无法查明时可忽略。',
    correction: {
      signed: '更正后的签约日期',
      type: '更正后的类型',
      status: '更正后的状态',
    },
    signedHint: '格式为 年-月-日（如 1973-11-30）；只知年月或年份时，可填 1973-11 或 1973。',
    signedInvalid: '请填写不晚于今天的日期，格式为 年-月-日、年-月 或 年份。',
    choose: '请选择…',
    valueMissing: '请选择更正后的值。',
    note: '备注（可选）',
    noteHint: '更正值的出处，或无法查明的原因。',
    cancel: '取消',
    busy: '正在保存…',
    done: {
      accept: '已确认：{{pair}}。',
      correct: '已更正：{{pair}}。更正的值已以你为来源记录。',
      dismiss: '已忽略：{{pair}}。',
    },
    workspaceLead: '辖区内有待核查的友好关系数据：来源冲突、缺少签约日期、类型不明。',
    openReview: '进入数据核查',
    errors: {
      signedOut: '你尚未登录，或会话已结束。请重新登录。',
      forbidden: '你的角色无权进行此操作。',
      outside: '该友好关系不在你的辖区内，你无权核查。',
      notFound: '没有这一友好关系，它可能已被合并或删除。',
      gone: '各来源已不再冲突：有人已处理此问题。列表已刷新。',
      valueMissing: '更正需要填写正确的值。',
      dateInvalid: '服务器未接受该日期：请按 年-月-日、年-月 或 年份 填写。',
    },
  },
};

export default zh;
