// 简体中文 messages of Settings → Your data (same keys as yourData.en.ts).
import type { MessageTree } from '../en';

export const yourDataZhCN: MessageTree['yourData'] = {
  title: '您的数据',
  hint: 'Rapport 保存的全部内容——联系人、公司、往来记录、日历、商机和设置——打包成一个 .zip 文件：每个表一份 CSV 电子表格，联系人另存为 vCard，日历另存为 .ics 文件，并附一份 README 说明每个文件和每一列。不用 Rapport 也能打开，可长期保存。',
  exportEverything: '导出全部数据…',
  exporting: '正在导出…',
  done: '已保存 {{file}}：{{files}} 个文件，{{rows}} 行',
  database: {
    label: '数据库文件',
    hint: '所有数据都保存在这一个文件里。您可以把它移到别的文件夹——另一块硬盘，或备份软件监视的文件夹。',
    showInFolder: '在文件夹中显示',
    noFolderWindow: '此窗口无法打开文件夹；可以复制上面的路径。',
    move: '移动…',
    pinned: '此文件由 RAPPORT_DB（或 --db）指定，Rapport 不会移动它。',
    restartNeeded: '数据库已移到这里。请重新启动 Rapport 以使用新位置——在此之前，更改无法保存。',
    oldCopyKept: '旧副本 {{file}} 会一直保留，直到您删除它。',
    deleteOldCopy: '删除旧副本',
    deleteTitle: '删除旧副本？',
    deleteBody:
      '将删除 {{file}} 及其旁边的 -wal 和 -shm 文件，不会删除其他任何文件。Rapport 当前使用的数据库 {{current}} 不受影响。',
    deleted: '旧副本已删除',
  },
  move: {
    title: '移动数据库',
    folder: '目标文件夹',
    folderHint: '已有文件夹的完整路径，例如 /Volumes/Office/Rapport 或 D:\\Rapport。',
    steps:
      'Rapport 会把数据库复制到 {{folder}}，检查副本（SQLite 自身的检查，以及联系人、公司、商机、日程和往来记录的数量是否一致），然后切换到新位置。',
    stepsNoFolder:
      'Rapport 会把数据库复制到该文件夹，检查副本（SQLite 自身的检查，以及联系人、公司、商机、日程和往来记录的数量是否一致），然后切换到新位置。',
    kept: '原位置的文件保持不变，直到您删除它。备份若使用默认文件夹，今后会保存到新位置旁边的 Backups 文件夹。',
    confirm: '移动数据库',
    moving: '正在复制并检查…',
    restarting: '已移到 {{file}}。Rapport 正在重新启动以使用它…',
    restartYourself: '已移到 {{file}}。请重新启动 Rapport 以使用新位置。',
    failed: '未移动：数据库仍在 {{file}}。',
  },
};
