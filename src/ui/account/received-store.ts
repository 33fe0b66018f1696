/**
 * The one thing the account page keeps: the day the user received their temporary
 * password (`YYYY-MM-DD` in storage.local), for the first-login reminder.
 */
import { parseDay, RECEIVED_ON_KEY } from '../../identity/reminder';

export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ReceivedStore {
  /** The saved day, or null when none (or when what is stored is not a day). */
  read(): Promise<string | null>;
  /** Saves a `YYYY-MM-DD` day; null forgets it. */
  write(day: string | null): Promise<void>;
}

export function receivedStore(area: LocalArea): ReceivedStore {
  return {
    async read() {
      const got = (await area.get(RECEIVED_ON_KEY))[RECEIVED_ON_KEY];
      return typeof got === 'string' && parseDay(got) ? got : null;
    },
    async write(day) {
      if (day === null) return area.remove(RECEIVED_ON_KEY);
      if (!parseDay(day)) throw new Error('not a YYYY-MM-DD day');
      return area.set({ [RECEIVED_ON_KEY]: day });
    },
  };
}
