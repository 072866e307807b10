/** Chinese labels: data review, the queue of questions about the ties of a curator's jurisdictions. */
import type en from '../en/stewardship';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  stewardship: {
    title: '数据核查',
    menu: '数据核查',
    lead: '辖区内友好关系数据的待核查问题。可确认当前显示的值、予以更正、将记错地点的友好关系撤下公开显示，或忽略该问题；确认和更正均以您为来源记为一条数据声明。',
    signInFirst: '请登录后核查辖区数据。',
    noPermission: '您的角色无权维护友好关系登记：数据核查需要编辑、协调员或管理员角色。',
    tabs: '核查问题',
    questions: {
      conflicting: '有冲突的来源',
      undated: '缺少签约日期',
      untyped: '类型不明',
      namesake: '同名地点',
      distant: '位置不符',
      heldBack: '未识别的名称',
    },
    questionLeads: {
      conflicting: '以下友好关系的各来源对同一字段记载不一，当前显示的是按数据声明规则选定的值。',
      undated: '以下友好关系的来源均未给出签约日期。',
      untyped: '以下友好关系的来源均未说明是友好城市还是友好交流关系。',
      namesake:
        '以下友好关系的外方伙伴，同时由另一个同名的中国地点持有（如台州与泰州的英文名相同），来源名单中的一方可能被误认作另一方。如属本辖区，请确认；如属另一地点，请将其撤下公开显示。',
      distant:
        '友好城市名单给出的位置与所记地点相距甚远：可能是名单坐标有误，也可能记错了地点。地点无误的请确认；地点有误的请撤下公开显示。按距离由远及近排列。',
      heldBack:
        '友好城市名单将以下名称列为本辖区地点的结好方，但没有地点叫这个名称，或有多个同名地点，因此未作猜测，暂不记录这一友好关系。请指明名称所指的地点，名单中的各行即记为友好关系，以名单和您为来源；不是地点的名称可忽略。按出现次数由多到少排列。',
    },
    empty: {
      conflicting: '辖区内没有来源相互冲突的友好关系。',
      undated: '辖区内的友好关系均有签约日期，或相关问题已处理。',
      untyped: '辖区内的友好关系类型均已明确，或相关问题已处理。',
      namesake: '辖区内没有与同名地点共有的外方伙伴，或相关问题已处理。',
      distant: '辖区内友好关系的名单位置均与所记地点相符，或相关问题已处理。',
      heldBack: '名单中没有与本辖区地点结好而未识别的名称，或相关问题已处理。',
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
      withdraw: '不属本辖区：撤下',
    },
    namesakeAccept: '确认属本辖区',
    confirm: {
      accept: '确认',
      correct: '保存更正',
      dismiss: '忽略此问题',
      withdraw: '撤下公开显示',
    },
    alsoHeld: '同一外方伙伴也由{{place}}持有。',
    listedAt: '名单所列“{{name}}（{{country}}）”位于{{latitude}}、{{longitude}}，距{{place}} {{km}} 公里。',
    north: '北纬{{value}}°',
    south: '南纬{{value}}°',
    east: '东经{{value}}°',
    west: '西经{{value}}°',
    distantAccept: '确认地点无误',
    distantWithdraw: '地点有误：撤下',
    distantAcceptText:
      '确认所记地点无误（是名单坐标有误）？您将被记为这一友好关系的来源之一，此问题随即移出列表。',
    viewOther: '查看该友好关系',
    acceptTieText: '确认这一友好关系属于本辖区？您将被记为其来源之一，此问题随即移出列表。',
    withdrawText:
      '将这一友好关系从公开名单、地图和分析中撤下？记录仍保留在登记中，仅本辖区及上级可见，并附有您的理由和修改历史。',
    withdrawNote: '理由（必填）',
    withdrawNoteHint: '该外方伙伴实际属于哪个地点，以及依据的来源。',
    noteMissing: '请说明撤下的理由。',
    acceptText: '确认“{{value}}”为{{field}}？该值将以您为来源记为一条数据声明，此问题随即移出列表。',
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
      correct: '已更正：{{pair}}。更正的值已以您为来源记录。',
      dismiss: '已忽略：{{pair}}。',
      withdraw: '已撤下公开显示：{{pair}}。',
    },
    workspaceLead:
      '辖区内有待核查的友好关系数据：来源冲突、外方伙伴同时由同名地点持有、名单位置与所记地点不符、名单中未识别的名称、缺少签约日期、类型不明。',
    openReview: '进入数据核查',
    heldBack: {
      list: '未识别的名称',
      inCountry: '（{{country}}）',
      status: { unresolved: '无此名称的地点', ambiguous: '有多个同名地点' },
      listedWith: '名单所列结好方：',
      separator: '、',
      within: '{{parent}}{{place}}',
      actions: { correct: '指明所指地点', dismiss: '忽略' },
      confirm: { correct: '保存', dismiss: '忽略此名称' },
      which: '“{{name}}”指的是哪个地点？',
      search: '在{{country}}查找该地点',
      searchOther: '或在{{country}}查找其他地点',
      placeHint: '请在上方选择，或按任一名称查找。',
      chosen: '已选择：{{place}}',
      placeMissing: '请选择该名称所指的地点。',
      // Chinese has no singular: one sentence for any count.
      correctText_one:
        '名单中的 {{count}} 行将记为友好关系，以名单和您为来源。没有其他地点使用这一名称，系统将记住它，今后导入任何名单时都能识别。',
      correctText_other:
        '名单中的 {{count}} 行将记为友好关系，以名单和您为来源。没有其他地点使用这一名称，系统将记住它，今后导入任何名单时都能识别。',
      correctAmbiguousText_one:
        '名单中的 {{count}} 行将记为友好关系，以名单和您为来源。有多个地点名为“{{name}}”，其他名单不会按此识别。',
      correctAmbiguousText_other:
        '名单中的 {{count}} 行将记为友好关系，以名单和您为来源。有多个地点名为“{{name}}”，其他名单不会按此识别。',
      dismissText: '忽略这一名称？不记录友好关系，名单中的这些行不再列为问题。',
      noteHint: '确认所指地点的依据（协议、外办名单），或该名称不是地点的原因。',
      done: {
        correct_one: '“{{name}}”即{{place}}：已记录 {{count}} 项友好关系。',
        correct_other: '“{{name}}”即{{place}}：已记录 {{count}} 项友好关系。',
        learned: '系统已记住这一名称。',
        dismiss: '已忽略：“{{name}}”。',
      },
      errors: {
        outside: '该名称所在的行或您选择的地点不在您的辖区内。',
        gone: '这一名称已不再待处理：有人已处理。列表已刷新。',
        place: '服务器未接受该地点：请选择名单所列国家的地点。',
      },
    },
    errors: {
      signedOut: '您尚未登录，或会话已结束。请重新登录。',
      forbidden: '您的角色无权进行此操作。',
      outside: '该友好关系不在您的辖区内，您无权核查。',
      notFound: '没有这一友好关系，它可能已被合并或删除。',
      gone: '各来源已不再冲突：有人已处理此问题。列表已刷新。',
      goneNamesake: '已没有其他同名地点持有该伙伴：有人已处理此问题。列表已刷新。',
      noteMissing: '撤下需要填写理由。',
      valueMissing: '更正需要填写正确的值。',
      dateInvalid: '服务器未接受该日期：请按 年-月-日、年-月 或 年份 填写。',
    },
  },
};

export default zh;
