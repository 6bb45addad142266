// 简体中文 messages of Settings → Your data (same keys as yourData.en.ts).
import type { MessageTree } from '../en';

export const yourDataZhCN: MessageTree['yourData'] = {
  title: '您的数据',
  hint: 'Rapport 保存的全部内容——联系人、公司、往来记录、日历、商机和设置——打包成一个 .zip 文件：每个表一份 CSV 电子表格，联系人另存为 vCard，日历另存为 .ics 文件，并附一份 README 说明每个文件和每一列。不用 Rapport 也能打开，可长期保存。',
  exportEverything: '导出全部数据…',
  exporting: '正在导出…',
  done: '已保存 {{file}}：{{files}} 个文件，{{rows}} 行',
};
