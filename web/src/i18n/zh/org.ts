/** Chinese labels: the organisation pages. */
import type en from '../en/org';
import type { Widen } from '../types';

const zh: Widen<typeof en> = {
  org: {
    title: '组织',
    lead: '城市网络、论坛、机构、基金与银行。',
    kinds: {
      city_network: '城市网络',
      forum: '论坛',
      institution: '机构',
      fund_or_bank: '基金或银行',
      other: '其他',
      foreign_affairs_office: '外事办公室',
      coordinator: '全国协调机构',
      department: '职能部门',
      university: '高校',
      firm: '企业',
      think_tank: '智库',
      foreign_partner: '外方合作伙伴',
    },
    founded: '成立',
    topic: '主题',
    membersNote: '成员说明',
    noMembers: '未录入',
  },
};

export default zh;
