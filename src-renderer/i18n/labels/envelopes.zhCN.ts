// 简体中文 messages of the envelopes page and of the tabs between label sheets and envelopes (same keys as
// envelopes.en.ts; the type enforces it).
import type { MessageTree } from '../en';

export const envelopesZhCN: MessageTree['mailingLabels']['envelopes'] = {
  title: '信封',
  summary_one: '{{formatted}} 个信封',
  summary_other: '{{formatted}} 个信封',
  tabs: {
    label: '打印内容',
    sheets: '标签纸',
    envelopes: '信封',
  },
  size: {
    heading: '信封尺寸',
    names: { us10: '#10', dl: 'DL', c5: 'C5', c6: 'C6' },
    uses: {
      us10: '美式商务信封',
      dl: 'A4 纸三折',
      c5: 'A4 纸对折',
      c6: 'A4 纸折两次',
    },
    mm: '{{width}} × {{height}} 毫米',
    inches: '{{width}} × {{height}} 英寸',
  },
  preview: {
    heading: '预览',
    label: '{{size}} 信封预览，{{position}}',
    position: '第 {{n}} 个，共 {{total}} 个',
    previous: '上一个信封',
    next: '下一个信封',
    stamp: '邮票',
    none: '第一位收件人的地址会显示在这里。',
    hintUs: '按实际比例绘制。地址位于信封中下部，便于邮局机器识读。',
    hintIso: '按实际比例绘制。地址位于开窗信封的窗口处（DIN 5008），普通信封和开窗信封都适用。',
  },
  who: {
    legend: '给谁打印信封',
    per: '每个信封对应',
  },
  lines: {
    heading: '信封内容',
  },
  returnAddress: {
    heading: '寄件人地址',
    lines: '您的地址',
    placeholder: '200120\n上海市浦东新区世纪大道1号\n瑞宝贸易有限公司',
    hint: '以小字印在左上角。保存在设置中，标签也会用到。',
    print: '打印寄件人地址',
    save: '保存',
    saving: '正在保存…',
    saved: '已保存',
    tooMany: '最多 6 行',
    tooLong: '每行最多 120 个字符',
  },
  save: {
    button: '保存为 PDF',
    saving: '正在保存…',
    envelopes_one: '{{formatted}} 个信封',
    envelopes_other: '{{formatted}} 个信封',
    done: '已保存 {{file}}：{{envelopes}}',
    doneLeftOut: '已保存 {{file}}：{{envelopes}}。另有 {{leftOut}} 个收件人因地址不完整未打印。',
    clipped_one: '有 {{count}} 处地址即使用最小字号也放不下：请缩短该地址（或寄件人地址）。',
    clipped_other: '有 {{count}} 处地址即使用最小字号也放不下：请缩短这些地址（或寄件人地址）。',
  },
  empty: {
    title: '没有可打印信封的人',
    body: '这里选中的人还没有邮寄地址。请为联系人添加地址，或选择其他收件人。',
    action: '前往联系人',
  },
};
