/**
 * The user's own settings (storage.local). They are never overwritten by a
 * change of rules or policy: only the user's actions write them.
 */
import { RECEIVED_ON_KEY } from '../identity/reminder';
import type { LangSetting } from '../i18n/lang';
import { keptPromise } from '../kept-promise';

export interface UserSettings {
  /** Portal ids whose banner the user dismissed, with the date. */
  dismissed: Record<string, string>;
  language: LangSetting;
  /** The day (YYYY-MM-DD) the user says they received their temporary password; nothing else of it. */
  tempPasswordReceivedOn?: string;
}

interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** The area's own change event: the account page writes here too. */
  onChanged?: { addListener(listener: (changes: Record<string, unknown>) => void): void };
}

const DEFAULTS: UserSettings = { dismissed: {}, language: 'auto' };

const KEYS = ['dismissed', 'language', RECEIVED_ON_KEY];

/**
 * Read once per worker life, not on every page view (each read is a trip to the browser's
 * storage): the cache is dropped whenever one of these keys changes, whoever wrote it.
 */
export function userSettings(area: LocalArea) {
  const cached = keptPromise(load);
  area.onChanged?.addListener((changes) => {
    if (KEYS.some((k) => k in changes)) cached.forget();
  });
  async function load(): Promise<UserSettings> {
    const got = await area.get(KEYS);
    const dismissed = got.dismissed && typeof got.dismissed === 'object' ? (got.dismissed as Record<string, string>) : {};
    const language = got.language === 'fr' || got.language === 'en' ? got.language : DEFAULTS.language;
    const receivedOn = got[RECEIVED_ON_KEY];
    return { dismissed, language, ...(typeof receivedOn === 'string' ? { tempPasswordReceivedOn: receivedOn } : {}) };
  }
  const read = (): Promise<UserSettings> => cached.get();
  return {
    read,
    async dismiss(portalId: string, now: Date): Promise<void> {
      const { dismissed } = await read();
      await area.set({ dismissed: { ...dismissed, [portalId]: now.toISOString() } });
      cached.forget();
    },
  };
}
export type UserSettingsStore = ReturnType<typeof userSettings>;
