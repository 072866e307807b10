/** Chinese labels: the project pages. */
import type en from '../en/project';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  project: {
    title: '合作项目',
    lead: '按“五通”领域、走廊和状态浏览。',
    domains: {
      policy: '政策沟通',
      facilities: '设施联通',
      trade: '贸易畅通',
      finance: '资金融通',
      people: '民心相通',
      capacity_building: '能力建设',
      unspecified: '未分类',
    },
    statuses: {
      proposed: '拟议',
      planned: '规划中',
      under_construction: '在建',
      in_progress: '实施中',
      operating: '运营中',
      completed: '已完成',
      suspended: '暂停',
      cancelled: '取消',
      unknown: '未知',
    },
    inYear: '（{{year}}年承诺）',
    amountInYear: '{{value}}（{{year}}年）',
    alsoAt: '另在以下地点（未对应到地名库中的地点）：',
    roles: {
      'funding agency': '资助机构',
      'co-financing agency': '联合融资机构',
      'implementing agency': '实施机构',
    },
    inCountry: '在{{name}}的合作项目',
    all: '全部项目',
    downloadNote: '该国全部合作项目（最多1000项），非仅本页所列10项。',
    noneInCountry: '该国尚无项目记录。',
    countInCountry_one:
      '本库记录{{n}}个项目（含AidData追踪的2000—2014年中国资助项目），按开始日期排列的前几项：',
    countInCountry_other:
      '本库记录{{n}}个项目（含AidData追踪的2000—2014年中国资助项目），按开始日期排列的前几项：',
    sectors: {
      Education: '教育',
      Health: '卫生',
      'Population Policies / Programmes and Reproductive Health': '人口政策与生殖健康',
      'Water Supply and Sanitation': '供水与卫生设施',
      'Government and Civil Society': '政府与公民社会',
      'Other Social infrastructure and services': '其他社会基础设施与服务',
      'Transport and Storage': '交通运输与仓储',
      Communications: '通信',
      'Energy Generation and Supply': '能源生产与供应',
      'Banking and Financial Services': '银行与金融服务',
      'Business and Other Services': '商业及其他服务',
      'Agriculture, Forestry and Fishing': '农林渔业',
      'Industry, Mining, Construction': '工业、采矿与建筑',
      'Trade and Tourism': '贸易与旅游',
      'General Environmental Protection': '环境保护',
      'Women in Development': '妇女与发展',
      'Other Multisector': '其他多部门',
      'General Budget Support': '一般预算支持',
      'Developmental Food Aid/Food Security Assistance': '发展性粮食援助与粮食安全',
      'Non-food commodity assistance': '非粮食商品援助',
      'Action Relating to Debt': '债务相关行动',
      'Emergency Response': '紧急救援',
      'Support to Non-governmental Organizations (NGOs) and Government Organizations':
        '支持非政府组织与政府组织',
      'Unallocated / Unspecified': '未分类',
    },
    amount: '金额',
    sector: '行业',
    milestones: '里程碑',
    outcomes: '成果',
    sdg: '可持续发展目标',
    participants: '参与方',
    places: '地点',
    completed: '完成',
    partnership: '友好关系',
  },
};

export default zh;
