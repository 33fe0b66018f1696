import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { tabView } from '../../background/views';
import { factsFor } from '../../page-report/read-report';
import type { Lang } from '../../i18n/lang';
import { t } from '../../strings';
import { compileMatcher } from '../../match/compile';
import type { TabView } from '../../messages';
import { bundledPack } from '../../rules/bundled';
import type { PageSignals } from '../../model/facts';
import { institutionFooter } from '../../policy/footer';
import { Popup, PopupRoot } from './Popup';
import { tabIdFromSearch } from './load';
import { mount, settle, unmount } from '../testing/mount';
import { uiTranslator } from '../strings';

const pack = bundledPack;
const matcher = compileMatcher(pack);
const GUIDE = 'chrome-extension://test/options.html';
const WEBMAIL = pack.webmail.url.value;

const view = (url: string, lang: Lang = 'fr', signals: Partial<PageSignals> = {}): TabView =>
  tabView(factsFor(matcher, url, { passwordField: false, inboxMarkers: false, ...signals }), pack, lang);

const root = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-verdict]')!;
const webmailLink = (el: HTMLElement) => el.querySelector<HTMLAnchorElement>('a[data-action="open-webmail"]')!;
const fact = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-fact="${name}"] dd`)!;
const badges = (el: Element | null) => el?.querySelectorAll('.to-confirm').length ?? 0;

describe('Popup', () => {
  it.each([
    ['https://webmail.ac-lyon.fr/iwc_static/layout/main.html', {}, 'webmail-inbox', 'ok'],
    ['https://webmail.ac-lyon.fr/iwc_static/layout/login.html', {}, 'webmail-login', 'ok'],
    ['https://drane.ac-lyon.fr/spip/spip.php?page=login', { passwordField: true }, 'portal-login-no-mailbox', 'warning'],
    ['https://portail.ac-lyon.fr/arena/', {}, 'portal', 'info'],
    ['https://inconnu.ac-lyon.fr/', {}, 'academy-unknown', 'info'],
    ['https://example.org/', {}, 'not-academy', 'info'],
  ] as const)('%s → %s', (url, signals, verdict, severity) => {
    const v = view(url, 'fr', signals);
    const el = mount(<Popup view={v} guideUrl={GUIDE} />);
    expect(root(el).dataset.verdict).toBe(verdict);
    expect(root(el).dataset.severity).toBe(severity);
    expect(root(el).getAttribute('lang')).toBe('fr');
    // The way out is always there, first, and right.
    const link = webmailLink(el);
    expect(link.getAttribute('href')).toBe(WEBMAIL);
    expect(link.textContent).toContain('Ouvrir ma messagerie académique');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(root(el).firstElementChild?.contains(link)).toBe(true);
    // Headline and lines, as the background wrote them.
    expect(el.querySelector('h1')!.textContent).toContain(v.headline);
    for (const line of v.lines) expect(el.textContent).toContain(line);
    // The guide is one click away.
    expect(el.querySelector('a[data-action="open-guide"]')!.getAttribute('href')).toBe(GUIDE);
  });

  it("shows the institution's name and support contact in its footer when the policy sets them, and no footer otherwise", () => {
    const v = view('https://drane.ac-lyon.fr/spip/spip.php?page=login', 'fr', { passwordField: true });
    expect(mount(<Popup view={v} guideUrl={GUIDE} />).querySelector('[data-institution]')).toBeNull();
    unmount();
    const institution = institutionFooter({
      institutionName: 'Académie de Lyon',
      supportContact: { label: 'Assistance informatique', phone: '04 00 00 00 00', url: 'https://assistance.ac-lyon.fr/' },
    });
    const footer = mount(<Popup view={{ ...v, ...(institution ? { institution } : {}) }} guideUrl={GUIDE} />).querySelector('[data-institution]')!;
    expect(footer.textContent).toContain('Académie de Lyon');
    expect(footer.textContent).toContain('Assistance informatique');
    expect(footer.querySelector('a[data-support="phone"]')!.getAttribute('href')).toBe('tel:0400000000');
    const help = footer.querySelector('a[href="https://assistance.ac-lyon.fr/"]')!;
    expect(help.getAttribute('target')).toBe('_blank');
  });

  it('shows no "à confirmer" when everything is confirmed (the webmail inbox)', () => {
    const el = mount(<Popup view={view('https://webmail.ac-lyon.fr/iwc_static/layout/main.html')} guideUrl={GUIDE} />);
    expect(el.textContent).not.toContain('à confirmer');
    expect(fact(el, 'credentials').textContent).toBe('oui');
    expect(fact(el, 'mailbox').textContent).toBe('oui');
  });

  it('marks each unconfirmed fact, and only those', () => {
    // DRANE: credentials unknown (guess), no mailbox (multi).
    const drane = mount(<Popup view={view('https://drane.ac-lyon.fr/spip/', 'fr', { passwordField: true })} guideUrl={GUIDE} />);
    expect(fact(drane, 'credentials').textContent).toBe('inconnu à confirmer');
    expect(badges(fact(drane, 'credentials'))).toBe(1);
    expect(fact(drane, 'mailbox').textContent).toBe('non');
    expect(badges(fact(drane, 'mailbox'))).toBe(0);
    unmount();

    // Staff portal: credentials yes (multi), no mailbox (guess).
    const portail = mount(<Popup view={view('https://portail.ac-lyon.fr/arena/')} guideUrl={GUIDE} />);
    expect(fact(portail, 'credentials').textContent).toBe('oui');
    expect(fact(portail, 'mailbox').textContent).toBe('non à confirmer');
    expect(portail.querySelector('.site')!.textContent).toContain('Portail des agents');
    expect(portail.querySelector('.host')!.textContent).toBe('portail.ac-lyon.fr');
  });

  it('tells the role once: in the site facts unless the verdict already says it', () => {
    const drane = mount(<Popup view={view('https://drane.ac-lyon.fr/spip/', 'fr', { passwordField: true })} guideUrl={GUIDE} />);
    expect(fact(drane, 'role').textContent).toBe(pack.portals.find((p) => p.id === 'drane')!.role.fr);
    unmount();
    // The `portal` verdict's lines start with the role.
    const portail = mount(<Popup view={view('https://portail.ac-lyon.fr/arena/')} guideUrl={GUIDE} />);
    expect(portail.querySelector('[data-fact="role"]')).toBeNull();
    expect(portail.textContent!.split(pack.portals.find((p) => p.id === 'staff-portal')!.role.fr).length).toBe(2);
  });

  it('marks the webmail link when its address is not confirmed', () => {
    const confirmed = mount(<Popup view={view('https://example.org/')} guideUrl={GUIDE} />);
    expect(badges(confirmed.querySelector('.webmail'))).toBe(0);
    unmount();
    const unsure = mount(<Popup view={{ ...view('https://example.org/'), webmailConfirmed: false }} guideUrl={GUIDE} />);
    expect(unsure.querySelector('.webmail')!.textContent).toContain('à confirmer');
  });

  it('has no site facts off the directory', () => {
    for (const url of ['https://inconnu.ac-lyon.fr/', 'https://example.org/']) {
      const el = mount(<Popup view={view(url)} guideUrl={GUIDE} />);
      expect(el.querySelector('.site')).toBeNull();
      unmount();
    }
  });

  it('speaks English when the view is in English', () => {
    const el = mount(<Popup view={view('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', 'en', { passwordField: true })} guideUrl={GUIDE} />);
    expect(root(el).getAttribute('lang')).toBe('en');
    expect(root(el).dataset.verdict).toBe('portal-login-no-mailbox');
    expect(webmailLink(el).textContent).toContain('Open my academic mailbox');
    // The pack only guesses that the staff portal holds no mailbox: a hint, not a warning.
    expect(el.querySelector('h1')!.textContent).toContain('You are on Staff portal');
    expect(el.querySelector('h1')!.textContent).toContain('Information:');
    expect(el.textContent).toContain('Your academic mailbox is on webmail.ac-lyon.fr.');
    expect(el.textContent).not.toContain('This site does not give access');
    expect(fact(el, 'mailbox').textContent).toBe('no to be confirmed');
    expect(el.textContent).toContain('Mailbox on this site');
    expect(el.textContent).not.toContain('à confirmer');
    expect(el.textContent).not.toMatch(/Ouvrir|Ce site|Messagerie sur/);
  });

  it('tells the severity in words as well as by colour and icon', () => {
    for (const [url, signals, word] of [
      ['https://webmail.ac-lyon.fr/iwc_static/layout/main.html', {}, t('fr', 'ui_severity_ok')],
      ['https://drane.ac-lyon.fr/spip/spip.php?page=login', { passwordField: true }, t('fr', 'ui_severity_warning')],
      ['https://portail.ac-lyon.fr/arena/', { passwordField: true }, t('fr', 'ui_severity_info')],
      ['https://example.org/', {}, t('fr', 'ui_severity_info')],
    ] as const) {
      const el = mount(<Popup view={view(url, 'fr', signals)} guideUrl={GUIDE} />);
      expect(el.querySelector('h1')!.textContent!.startsWith(word)).toBe(true);
      expect(el.querySelector('.verdict svg[aria-hidden="true"]')).not.toBeNull();
      unmount();
    }
  });
});

describe('PopupRoot', () => {

  it('renders the loaded view and sets the document language and title', async () => {
    const el = mount(<PopupRoot load={async () => view('https://example.org/', 'en')} guideUrl={GUIDE} fallbackLang="fr" />);
    await settle();
    expect(root(el).dataset.verdict).toBe('not-academy');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(t('en', 'actionTitle'));
  });

  it('still offers the webmail when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<PopupRoot load={() => Promise.reject(new Error('no worker'))} guideUrl={GUIDE} fallbackLang="fr" />);
    await settle();
    expect(el.querySelector('[data-state="error"]')).not.toBeNull();
    expect(webmailLink(el).getAttribute('href')).toBe(WEBMAIL);
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(t('fr', 'popup_error'));
    vi.restoreAllMocks();
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N and nothing else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=7')).toBe(7);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tabId=')).toBeNull();
    expect(tabIdFromSearch('?tabId=-3')).toBeNull();
    expect(tabIdFromSearch('?tabId=1e3')).toBeNull();
    expect(tabIdFromSearch('?tabId=99999999999')).toBeNull();
  });
});

describe('Popup extras', () => {
  it('"Signaler un problème" copies the summary it was given, and shows it when the clipboard is refused', async () => {
    const v = { ...view('https://drane.ac-lyon.fr/spip/spip.php?page=login', 'fr', { passwordField: true }), summary: 'Verdict : portal-login-no-mailbox\nSite : drane.ac-lyon.fr' };
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = mount(<Popup view={v} guideUrl={GUIDE} />);
    await act(async () => el.querySelector<HTMLButtonElement>('button[data-action="report"]')!.click());
    expect(writeText).toHaveBeenCalledWith(v.summary);
    expect(el.textContent).toContain('Résumé copié');

    writeText.mockRejectedValueOnce(new Error('denied'));
    const el2 = mount(<Popup view={v} guideUrl={GUIDE} />);
    await act(async () => el2.querySelector<HTMLButtonElement>('button[data-action="report"]')!.click());
    expect(el2.querySelector<HTMLTextAreaElement>('textarea[data-report]')!.value).toBe(v.summary);
  });

  it('no report button when all is well', () => {
    const v = { ...view('https://webmail.ac-lyon.fr/iwc_static/layout/main.html'), summary: 'x' };
    expect(mount(<Popup view={v} guideUrl={GUIDE} />).querySelector('button[data-action="report"]')).toBeNull();
  });

  it('shows the first-login reminder and the outdated-browser line, and links every help page', () => {
    const v: TabView = { ...view('https://example.org/'), reminder: { state: 'urgent', line: 'Faites votre première connexion' }, outdated: 'Mettez à jour votre navigateur' };
    const el = mount(<Popup view={v} guideUrl={GUIDE} />);
    expect(el.querySelector('[data-reminder="urgent"]')!.textContent).toBe('Faites votre première connexion');
    expect(el.querySelector('[data-outdated]')!.textContent).toBe('Mettez à jour votre navigateur');
    for (const [action, page] of [['open-account', 'account.html'], ['open-mail', 'mail.html'], ['open-diagnostics', 'diagnostics.html']])
      expect(el.querySelector(`a[data-action="${action}"]`)!.getAttribute('href')).toBe(`chrome-extension://test/${page}`);
  });
});

describe('« Cet avertissement est faux » in the popup', () => {
  const DRANE_LOGIN = 'https://drane.ac-lyon.fr/spip/spip.php?page=login';
  const WARNING = { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' } as const;
  const facts = factsFor(matcher, DRANE_LOGIN, { passwordField: true, inboxMarkers: false });
  const warned = tabView(facts, pack, 'fr');
  const silenced = tabView(facts, pack, 'fr', [{ ...WARNING, on: '2026-12-02' }]);

  it('is offered under the warning, and asks the background to silence that warning on that site', () => {
    const act = vi.fn();
    const el = mount(<Popup view={warned} guideUrl={GUIDE} act={act} />);
    const button = el.querySelector<HTMLButtonElement>('.verdict button[data-action="false-warning"]')!;
    expect(button.textContent).toBe('Cet avertissement est faux');
    button.click();
    expect(act).toHaveBeenCalledWith({ type: 'false-warning', ...WARNING });
  });

  it('is not offered where there is no warning to be wrong about', () => {
    for (const url of ['https://portail.ac-lyon.fr/arena/', 'https://webmail.ac-lyon.fr/iwc_static/layout/main.html', 'https://example.org/']) {
      const el = mount(<Popup view={view(url)} guideUrl={GUIDE} act={vi.fn()} />);
      expect(el.querySelector('[data-action="false-warning"]')).toBeNull();
      unmount();
    }
  });

  it('once marked, the site is told neutrally, with a line saying so and the way back', () => {
    const act = vi.fn();
    const el = mount(<Popup view={silenced} guideUrl={GUIDE} act={act} />);
    expect(root(el).dataset.severity).toBe('info');
    expect(el.querySelector('h1')!.textContent).not.toContain('ne donne pas accès');
    expect(el.querySelector('[data-marked-wrong="portal-login-no-mailbox"]')!.textContent).toContain("Le 2 décembre 2026, vous avez indiqué qu'un avertissement d'Aiguilleur était faux sur ce site");
    expect(el.querySelector('[data-action="false-warning"]')).toBeNull();
    el.querySelector<HTMLButtonElement>('button[data-action="restore-warning"]')!.click();
    expect(act).toHaveBeenCalledWith({ type: 'restore-warning', ...WARNING });
  });

  it('PopupRoot sends the request, then shows the view the background gives after it', async () => {
    let marked = false;
    const send = vi.fn(async (req: { type: string }) => {
      marked = req.type === 'false-warning';
      return { ok: true };
    });
    const el = mount(<PopupRoot load={async () => (marked ? silenced : warned)} guideUrl={GUIDE} fallbackLang="fr" send={send} />);
    await settle();
    expect(root(el).dataset.severity).toBe('warning');
    await act(async () => el.querySelector<HTMLButtonElement>('button[data-action="false-warning"]')!.click());
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'false-warning', ...WARNING });
    expect(root(el).dataset.severity).toBe('info');
    expect(el.querySelector('[data-marked-wrong]')).not.toBeNull();
  });
});

describe("the academy's sites withheld by the user", () => {
  /** The browser's permissions: whether the sites are granted, what a request answers, and who listens. */
  function fakeAccess(answer: () => Promise<boolean>) {
    const state = { granted: false, listeners: new Set<() => void>(), requests: 0 };
    const api = {
      request: vi.fn(async () => {
        state.requests++;
        const ok = await answer();
        if (ok) {
          state.granted = true;
          for (const l of state.listeners) l();
        }
        return ok;
      }),
      watch(changed: () => void) {
        state.listeners.add(changed);
        return () => void state.listeners.delete(changed);
      },
    };
    return { api, state };
  }
  const withheld = (granted: boolean): TabView => ({ ...view('https://drane.ac-lyon.fr/spip/'), ...(granted ? {} : { siteAccess: 'withheld' as const }) });
  const notice = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-site-access="withheld"]');

  it('says so under the webmail button, which still works, and offers to give the access back', () => {
    const { api } = fakeAccess(async () => true);
    const el = mount(<Popup view={withheld(false)} guideUrl={GUIDE} access={api} />);
    expect(notice(el)!.textContent).toContain(uiTranslator('fr')('ui_siteAccess_heading'));
    expect(notice(el)!.textContent).toContain('fonctionne toujours');
    expect(el.querySelector('.webmail')!.nextElementSibling).toBe(notice(el));
    expect(webmailLink(el).getAttribute('href')).toBe(WEBMAIL);
    expect(el.querySelector('button[data-action="grant-site-access"]')!.textContent).toBe(uiTranslator('fr')('ui_siteAccess_grant'));
  });

  it("a tab it cannot see is not told « not an academy site » (a guess); a verdict on what it did see stays", () => {
    const { api } = fakeAccess(async () => true);
    const blind = mount(<Popup view={{ ...view('https://example.org/'), siteAccess: 'withheld' }} guideUrl={GUIDE} access={api} />);
    expect(blind.querySelector('.verdict')).toBeNull();
    expect(blind.textContent).not.toContain(view('https://example.org/').headline);
    expect(notice(blind)!.querySelector('h1')!.textContent).toBe(uiTranslator('fr')('ui_siteAccess_heading')); // the page's one heading
    const seen = mount(<Popup view={withheld(false)} guideUrl={GUIDE} access={api} />);
    expect(seen.querySelector('.verdict h1')!.textContent).toContain(withheld(false).headline);
  });

  it('says nothing of it when the access is there', () => {
    const { api } = fakeAccess(async () => true);
    expect(notice(mount(<Popup view={withheld(true)} guideUrl={GUIDE} access={api} />))).toBeNull();
  });

  it('the click asks the browser at once (a user gesture), then the popup shows the view with access back', async () => {
    const { api, state } = fakeAccess(async () => true);
    const el = mount(<PopupRoot load={async () => withheld(state.granted)} guideUrl={GUIDE} fallbackLang="fr" access={api} />);
    await settle();
    expect(notice(el)).not.toBeNull();
    act(() => el.querySelector<HTMLButtonElement>('button[data-action="grant-site-access"]')!.click());
    expect(api.request).toHaveBeenCalledTimes(1); // inside the click, before any await
    await settle();
    await settle();
    expect(notice(el)).toBeNull();
    expect(root(el).dataset.verdict).toBe('portal');
  });

  it('a refusal is said, and so is a request the browser would not make; the notice stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [answer, outcome, text] of [
      [async () => false, 'refused', 'ui_siteAccess_refused'],
      [() => Promise.reject(new Error('blocked by policy')), 'failed', 'ui_siteAccess_failed'],
    ] as const) {
      const { api } = fakeAccess(answer);
      const el = mount(<Popup view={withheld(false)} guideUrl={GUIDE} access={api} />);
      await act(async () => el.querySelector<HTMLButtonElement>('button[data-action="grant-site-access"]')!.click());
      await settle();
      const said = el.querySelector<HTMLElement>(`[data-site-access-outcome="${outcome}"]`);
      expect(said?.textContent).toBe(uiTranslator('fr')(text));
      expect(notice(el)).not.toBeNull();
    }
    vi.restoreAllMocks();
  });

  it('follows the browser: access withdrawn in its settings while the popup is open, the notice appears', async () => {
    const { api, state } = fakeAccess(async () => true);
    state.granted = true;
    const el = mount(<PopupRoot load={async () => withheld(state.granted)} guideUrl={GUIDE} fallbackLang="fr" access={api} />);
    await settle();
    expect(notice(el)).toBeNull();
    state.granted = false;
    act(() => state.listeners.forEach((l) => l()));
    await settle();
    expect(notice(el)).not.toBeNull();
    unmount();
    expect(state.listeners.size).toBe(0); // stops listening when closed
  });
});
