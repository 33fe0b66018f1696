/** Which tab the popup is about, and its view from the background. */
import { browser } from 'wxt/browser';
import type { TabView } from '../../messages';
import { sendRequest } from '../send';

/** `?tabId=N` (the e2e tests open the popup as a page about a given tab); null when absent or malformed. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab named in the URL, else the active tab of the popup's window. */
export async function targetTabId(search: string = location.search): Promise<number> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

export async function loadTabView(): Promise<TabView> {
  return sendRequest({ type: 'tab-view', tabId: await targetTabId() });
}
