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
    alsoAt: '另在以下地点（未对应到地名库中的地点）：{{places}}',
    roles: {
      'funding agency': '资助机构',
      'co-financing agency': '联合融资机构',
      'implementing agency': '实施机构',
    },
    inCountry: '在{{name}}的合作项目',
    all: '全部项目',
    noneInCountry: '该国尚无项目记录。',
    countInCountry_one:
      '本库记录{{n}}个项目（含AidData追踪的2000—2014年中国资助项目），按开始日期排列的前几项：',
    countInCountry_other:
      '本库记录{{n}}个项目（含AidData追踪的2000—2014年中国资助项目），按开始日期排列的前几项：',
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
