/** The toolbar button's badge and title: per tab from its verdict, and every tab's default one. */
import type { Lang } from '../i18n/lang';
import type { LoadFailure, Severity } from '../model/facts';
import { featureEnabled } from '../policy/layers';
import type { InstitutionState } from '../policy/runtime';
import { t } from '../strings';
import { coalescePerKey } from './coalesce';
import { reminderView } from './reminder';
import type { TabState } from './tab-state';
import type { UserSettingsStore } from './user-settings';
import { tabView } from './views';

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

export interface BadgeDeps {
  config(): Promise<InstitutionState>;
  lang(): Promise<Lang>;
  settings: UserSettingsStore;
  state: TabState;
  action: ActionApi;
  now(): Date;
  /** A settled verdict on an academy host was shown (the support report lists the last ones). */
  shown(host: string, verdict: string, at: number, failure: LoadFailure | undefined): Promise<void>;
}

export function badges(deps: BadgeDeps) {
  const reminderOf = async (cfg: InstitutionState, l: Lang) =>
    featureEnabled(cfg, 'reminders') ? reminderView(cfg.pack, (await deps.settings.read()).tempPasswordReceivedOn, deps.now(), l) : null;

  async function paint(tabId: number): Promise<void> {
    const [cfg, l] = await Promise.all([deps.config(), deps.lang()]);
    const [{ facts, settled }, reminder, settings] = await Promise.all([deps.state.read(tabId, cfg.matcher), reminderOf(cfg, l), deps.settings.read()]);
    // A warning the user marked wrong on this site paints no `!` there (tabView silences it).
    const view = tabView(facts, cfg.pack, l, settings.falseWarnings);
    // A page still loading, not yet reported, has no verdict to record.
    if (settled && facts.classification.academy && facts.classification.host)
      await deps.shown(facts.classification.host, view.verdict, deps.now().getTime(), facts.failure);
    const title = [`${t(l, 'extShortName')}${t(l, 'colon')}${view.headline}`, ...(reminder ? [reminder.line] : [])].join('\n');
    // A warning about the page outranks the first-login reminder.
    await showBadge(deps.action, tabId, badgeText(view.severity) || (reminder?.badge ?? ''), title);
  }

  return {
    // Several events refresh one tab's badge at once (the landing's load, its page report, the
    // journey landing): the last write must come from the last read.
    refresh: coalescePerKey(paint),
    /** The default badge of every tab: the first-login reminder, if any. */
    async refreshDefault(): Promise<void> {
      const [cfg, l] = await Promise.all([deps.config(), deps.lang()]);
      const reminder = await reminderOf(cfg, l);
      await showBadge(deps.action, undefined, reminder?.badge ?? '', [t(l, 'actionTitle'), ...(reminder ? [reminder.line] : [])].join('\n'));
    },
  };
}
export type Badges = ReturnType<typeof badges>;
