/** The toolbar button's badge and title for one tab, from its verdict. */
import type { Severity } from '../verdicts/types';


export interface ActionApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
}

export const badgeText = (severity: Severity): string => (severity === 'warning' ? '!' : '');

/** What each tab's badge shows now, per action API, so that an unchanged badge costs no browser call (it is set on every page report). */
const shownBy = new WeakMap<ActionApi, Map<number | undefined, string>>();
const shownFor = (action: ActionApi) => {
  let m = shownBy.get(action);
  if (!m) shownBy.set(action, (m = new Map()));
  return m;
};

/** Forgets what a tab's badge showed: a new document may have reset it. */
export const forgetBadge = (action: ActionApi, tabId: number) => void shownFor(action).delete(tabId);

/** Sets a tab's badge, or every tab's default one when `tabId` is undefined. */
export async function showBadge(action: ActionApi, tabId: number | undefined, text: string, title: string): Promise<void> {
  const shown = shownFor(action);
  const key = `${text}\u0000${title}`;
  if (shown.get(tabId) === key) return;
  shown.set(tabId, key);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setTitle({ tabId, title }),
    text ? action.setBadgeBackgroundColor({ tabId, color: '#b54708' }) : Promise.resolve(),
  ]);
}
