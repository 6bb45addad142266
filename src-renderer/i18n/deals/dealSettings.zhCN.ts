// 简体中文 messages of the funnel's dealSettings screens (same keys as dealSettings.en.ts).
import type { MessageTree } from '../en';

export const dealSettingsZhCN: MessageTree['dealSettings'] = {
  title: 'dealSettings',
};
