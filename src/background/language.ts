/** The language the background speaks: the institution's policy, else the user's choice, else the browser's. */
import { resolveLang, type Lang } from '../i18n/lang';
import type { InstitutionState } from '../policy/runtime';
import type { UserSettingsStore } from './user-settings';

export function languageOf(config: () => Promise<Pick<InstitutionState, 'language'>>, settings: UserSettingsStore, uiLanguage: () => string) {
  return async (): Promise<Lang> => {
    const [cfg, user] = await Promise.all([config(), settings.read()]);
    return resolveLang(cfg.language ?? user.language, uiLanguage());
  };
}
