// 简体中文 messages of the funnel's dashboard screens (same keys as dashboard.en.ts).
import type { MessageTree } from '../en';

export const dashboardZhCN: MessageTree['dashboard'] = {
  title: 'dashboard',
};
