/**
 * Answers the popup, the guide and the content script. Every input it needs
 * comes through `deps`, so it runs the same in the worker and in unit tests.
 */
import { resolveLang, type Lang } from '../i18n/lang';
import { t } from '../i18n/translate';
import type { Matcher } from '../match/types';
import type { Request, ReplyTo } from '../messages';
import type { Pack } from '../rules/schema';
import type { PageSignals } from '../verdicts/types';
import { showBadge, type ActionApi } from './badge';
import type { TabStore } from './tab-store';
import type { UserSettingsStore } from './user-settings';
import { bannerFor, factsFor, tabView, watchFor } from './views';

export interface Config {
  pack: Pack;
  matcher: Matcher;
}

export interface HandlerDeps {
  config(): Promise<Config>;
  tabs: TabStore;
  settings: UserSettingsStore;
  action: ActionApi;
  uiLanguage(): string;
  /** The tab's URL when the browser lets us see it (academy hosts only). */
  tabUrl(tabId: number): Promise<string | undefined>;
  now(): Date;
}

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

const cleanSignals = (s: Partial<PageSignals> | undefined): PageSignals => ({
  passwordField: s?.passwordField === true,
  inboxMarkers: s?.inboxMarkers === true,
});

export function createHandler(deps: HandlerDeps) {
  async function lang(): Promise<Lang> {
    return resolveLang((await deps.settings.read()).language, deps.uiLanguage());
  }

  async function refreshBadge(tabId: number, url: string, signals: PageSignals): Promise<void> {
    const [{ pack, matcher }, l] = await Promise.all([deps.config(), lang()]);
    const view = tabView(factsFor(matcher, url, signals), pack, l);
    await showBadge(deps.action, tabId, view.severity, `${t(l, 'extShortName')} : ${view.headline}`);
  }

  async function handle<R extends Request>(req: R, sender: Sender): Promise<ReplyTo<R>> {
    type Out = ReplyTo<R>;
    switch (req.type) {
      case 'page': {
        const tabId = sender.tab?.id;
        const [{ pack, matcher }, l, settings] = await Promise.all([deps.config(), lang(), deps.settings.read()]);
        const signals = cleanSignals(req.signals);
        const facts = factsFor(matcher, String(req.url), signals);
        if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
          await deps.tabs.set(tabId, { url: facts.url, signals, at: deps.now().getTime() });
          await refreshBadge(tabId, facts.url, signals);
        }
        return {
          watch: watchFor(facts, pack),
          banner: bannerFor(facts, pack, l, new Set(Object.keys(settings.dismissed))),
        } as Out;
      }
      case 'dismiss':
        await deps.settings.dismiss(String(req.portal), deps.now());
        return { ok: true } as Out;
      case 'tab-view': {
        const [{ pack, matcher }, l] = await Promise.all([deps.config(), lang()]);
        const stored = await deps.tabs.get(req.tabId);
        const url = stored?.url ?? (await deps.tabUrl(req.tabId)) ?? '';
        return tabView(factsFor(matcher, url, stored?.signals), pack, l) as Out;
      }
      case 'guide-view': {
        const [{ pack }, l] = await Promise.all([deps.config(), lang()]);
        return { lang: l, pack } as Out;
      }
      default:
        throw new Error(`unknown request ${JSON.stringify((req as { type?: unknown }).type)}`);
    }
  }

  return { handle, refreshBadge };
}
