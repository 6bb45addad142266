// 简体中文 names of the customer segments and what to do about each (same keys as segments.en.ts).
import type { MessageTree } from '../en';

export const segmentsZhCN: MessageTree['segments'] = {
  label: '客户分群',
  any: '全部分群',
  none: '尚无购买',
  names: {
    champions: '核心客户',
    loyal: '忠诚客户',
    promising: '潜力客户',
    new: '新客户',
    needsAttention: '需要关注',
    atRisk: '流失风险',
    cantLose: '不能失去',
    hibernating: '沉睡客户',
  },
  advice: {
    champions: '最近买过、常买、买得最多。感谢他们，请他们推荐，新品让他们先试。',
    loyal: '定期购买。保持联系：问候近况，推荐与已购商品相配的东西。',
    promising: '最近买过但还不多。帮他们用好产品，建议下一步。',
    new: '最近 90 天内首次购买。表示欢迎，确认一切顺利。',
    needsAttention: '有一阵没买了，买得也不多。在他们走远之前友好地问候一下。',
    atRisk: '以前买得不少，最近没有了。打个电话，了解发生了什么变化。',
    cantLose: '曾是您最好的客户之一，却沉寂了。现在就亲自联系。',
    hibernating: '买得少，而且是很久以前。偶尔告知近况即可。',
  },
};
