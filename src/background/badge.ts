/** The toolbar button's badge and title for one tab, from its verdict. */
import type { Severity } from '../verdicts/types';

export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export const badgeText = (severity: Severity): string => (severity === 'warning' ? '!' : '');

export async function showBadge(action: ActionApi, tabId: number, severity: Severity, title: string): Promise<void> {
  const text = badgeText(severity);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setTitle({ tabId, title }),
    text ? action.setBadgeBackgroundColor({ tabId, color: '#b54708' }) : Promise.resolve(),
  ]);
}
