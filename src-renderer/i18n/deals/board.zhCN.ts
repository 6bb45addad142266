// 简体中文 messages of the deals board, list and deal pages (same keys as board.en.ts).
import type { MessageTree } from '../en';

export const boardZhCN: MessageTree['board'] = {
  title: '商机',
  defaultPipeline: { sales: '销售' },
  stage: {
    lead: '线索',
    qualified: '已确认需求',
    proposal: '方案报价',
    negotiation: '谈判',
    won: '赢单',
    lost: '输单',
  },
  lostReason: {
    price: '价格',
    competitor: '选择了竞争对手',
    noBudget: '没有预算',
    noDecision: '迟迟未决定',
    timing: '时机不对',
    other: '其他',
  },
};
