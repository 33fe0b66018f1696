/**
 * The user's own settings (storage.local). They are never overwritten by a
 * change of rules or policy: only the user's actions write them.
 */
import { RECEIVED_ON_KEY } from '../identity/reminder';
import type { LangSetting } from '../i18n/lang';

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
}

const DEFAULTS: UserSettings = { dismissed: {}, language: 'auto' };

export function userSettings(area: LocalArea) {
  return {
    async read(): Promise<UserSettings> {
      const got = await area.get(['dismissed', 'language', RECEIVED_ON_KEY]);
      const dismissed = got.dismissed && typeof got.dismissed === 'object' ? (got.dismissed as Record<string, string>) : {};
      const language = got.language === 'fr' || got.language === 'en' ? got.language : DEFAULTS.language;
      const receivedOn = got[RECEIVED_ON_KEY];
      return { dismissed, language, ...(typeof receivedOn === 'string' ? { tempPasswordReceivedOn: receivedOn } : {}) };
    },
    async dismiss(portalId: string, now: Date): Promise<void> {
      const { dismissed } = await this.read();
      await area.set({ dismissed: { ...dismissed, [portalId]: now.toISOString() } });
    },
  };
}
export type UserSettingsStore = ReturnType<typeof userSettings>;
