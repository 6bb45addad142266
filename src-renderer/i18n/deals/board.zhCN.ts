// 简体中文 messages of the funnel's board screens (same keys as board.en.ts).
import type { MessageTree } from '../en';

export const boardZhCN: MessageTree['board'] = {
  title: 'board',
};
