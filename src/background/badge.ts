/** The toolbar button's badge and title for one tab, from its verdict. */
import type { Severity } from '../model/facts';


export interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
}

export const badgeText = (severity: Severity): string => (severity === 'warning' ? '!' : '');

/** Sets a tab's badge, or every tab's default one when `tabId` is undefined. */
export async function showBadge(action: ActionApi, tabId: number | undefined, text: string, title: string): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setTitle({ tabId, title }),
    text ? action.setBadgeBackgroundColor({ tabId, color: '#b54708' }) : Promise.resolve(),
  ]);
}
