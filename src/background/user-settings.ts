/**
 * The user's own settings (storage.local). They are never overwritten by a
 * change of rules or policy: only the user's actions write them. Each key is read
 * back on its own and a malformed value (or entry) is dropped alone: one bad entry
 * never costs the user their other settings.
 */
import { markWrong, parseFalseWarnings, restoreWarning, type FalseWarning } from '../diagnostics/false-warnings';
import { RECEIVED_ON_KEY } from '../identity/reminder';
import type { LangSetting } from '../i18n/lang';
import { keptPromise } from '../kept-promise';

export interface UserSettings {
  /** Portal ids whose banner the user dismissed, with the date. */
  dismissed: Record<string, string>;
  /** The warnings the user marked wrong (« Cet avertissement est faux »), each on one site. */
  falseWarnings: FalseWarning[];
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

const DEFAULTS: UserSettings = { dismissed: {}, falseWarnings: [], language: 'auto' };

const FALSE_WARNINGS_KEY = 'falseWarnings';
const KEYS = ['dismissed', FALSE_WARNINGS_KEY, 'language', RECEIVED_ON_KEY];

/** Dismissals: portal id → date string; anything else dropped entry by entry. */
function parseDismissed(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

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
    const language = got.language === 'fr' || got.language === 'en' ? got.language : DEFAULTS.language;
    const receivedOn = got[RECEIVED_ON_KEY];
    return {
      dismissed: parseDismissed(got.dismissed),
      falseWarnings: parseFalseWarnings(got[FALSE_WARNINGS_KEY]),
      language,
      ...(typeof receivedOn === 'string' ? { tempPasswordReceivedOn: receivedOn } : {}),
    };
  }
  const read = (): Promise<UserSettings> => cached.get();
  const writeFalseWarnings = async (list: FalseWarning[]) => {
    await area.set({ [FALSE_WARNINGS_KEY]: list });
    cached.forget();
  };
  return {
    read,
    async dismiss(portalId: string, now: Date): Promise<void> {
      const { dismissed } = await read();
      await area.set({ dismissed: { ...dismissed, [portalId]: now.toISOString() } });
      cached.forget();
    },
    /** « Cet avertissement est faux »: this verdict is no longer a warning on this host. */
    async markWrong(host: string, verdict: string, now: Date): Promise<void> {
      await writeFalseWarnings(markWrong((await read()).falseWarnings, host, verdict, now));
    },
    /** The user's language choice; anything but 'fr', 'en', 'auto' is refused. */
    async setLanguage(language: string): Promise<void> {
      if (language !== 'fr' && language !== 'en' && language !== 'auto') throw new Error(`not a language setting: ${JSON.stringify(language)}`);
      await area.set({ language });
      cached.forget();
    },
    /** Undoes markWrong: the warning is told again on that host. */
    async restoreWarning(host: string, verdict: string): Promise<void> {
      await writeFalseWarnings(restoreWarning((await read()).falseWarnings, host, verdict));
    },
  };
}
export type UserSettingsStore = ReturnType<typeof userSettings>;
