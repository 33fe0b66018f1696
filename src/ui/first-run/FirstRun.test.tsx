import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { FirstRunView } from '../../messages';
import { FEATURE_STRINGS } from '../../strings';
import { PAGE_ONLY_STRINGS, firstRunTranslator } from './strings';
import { mount, settle } from '../testing/mount';
import { FirstRun, FirstRunRoot } from './FirstRun';

const t = (lang: 'fr' | 'en', key: Parameters<ReturnType<typeof firstRunTranslator>>[0]) => firstRunTranslator(lang)(key);

const GUIDE = 'chrome-extension://test/options.html';
const base: FirstRunView = { lang: 'fr', webmailUrl: 'https://webmail.ac-lyon.fr/', webmailConfirmed: true, language: 'auto', languageByPolicy: false };
const radio = (el: HTMLElement, v: string) => el.querySelector<HTMLInputElement>(`#language input[value="${v}"]`)!;

describe("the pages' own strings (first-run, site access: kept out of the background's catalog)", () => {
  it('each has a French and an English text, and none hides a feature string', () => {
    const features = new Set(FEATURE_STRINGS.flatMap((part) => Object.keys(part)));
    for (const [key, text] of PAGE_ONLY_STRINGS.flatMap((part) => Object.entries(part))) {
      expect(key).toMatch(/^(firstRun|ui_siteAccess)_[A-Za-z0-9_]+$/);
      expect(features.has(key), key).toBe(false);
      expect(text.fr.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});

describe('FirstRun', () => {
  it('says what Aiguilleur does in three lines, and gives the webmail in force', () => {
    const el = mount(<FirstRun view={{ ...base, webmailUrl: 'https://messagerie.ac-lyon.fr/' }} browser="chromium" guideUrl={GUIDE} />);
    expect(el.querySelector('h1')!.textContent).toBe('Bienvenue dans Aiguilleur');
    expect(el.querySelectorAll('#what li')).toHaveLength(3);
    const link = el.querySelector<HTMLAnchorElement>('#webmail a[data-action="open-webmail"]')!;
    expect(link.getAttribute('href')).toBe('https://messagerie.ac-lyon.fr/');
    expect(link.textContent).toBe('messagerie.ac-lyon.fr');
    expect(el.querySelector('#webmail .to-confirm')).toBeNull();
    expect(mount(<FirstRun view={{ ...base, webmailConfirmed: false }} browser="chromium" guideUrl={GUIDE} />).querySelector('#webmail .to-confirm')).not.toBeNull();
  });

  it('shows how to pin the button in both browsers, with a picture each, the one in use first', () => {
    for (const [browser, first] of [
      ['chromium', 'chromium'],
      ['firefox', 'firefox'],
    ] as const) {
      const el = mount(<FirstRun view={base} browser={browser} guideUrl={GUIDE} />);
      const parts = [...el.querySelectorAll<HTMLElement>('#pin [data-browser]')];
      expect(parts.map((p) => p.dataset.browser)).toEqual(first === 'chromium' ? ['chromium', 'firefox'] : ['firefox', 'chromium']);
      for (const p of parts) {
        const svg = p.querySelector('svg[role="img"]')!;
        expect(svg.getAttribute('aria-label')).toBe(p.querySelector('figcaption')!.textContent);
        expect(p.querySelectorAll('ol li')).toHaveLength(2);
      }
    }
    const el = mount(<FirstRun view={base} browser="firefox" guideUrl={GUIDE} />);
    expect(el.querySelector('[data-browser="firefox"]')!.textContent).toContain("«\u00a0Épingler à la barre d'outils\u00a0»");
    expect(el.querySelector('[data-picture="firefox"]')!.textContent).toContain("Épingler à la barre d'outils");
  });

  it('in English, all in English', () => {
    const el = mount(<FirstRun view={{ ...base, lang: 'en', language: 'en' }} browser="chromium" guideUrl={GUIDE} />);
    expect(el.querySelector('.first-run')!.getAttribute('lang')).toBe('en');
    expect(el.querySelector('h1')!.textContent).toBe('Welcome to Aiguilleur');
    expect(el.textContent).toContain(t('en', 'firstRun_chrome2'));
    expect(el.textContent).not.toContain('Ouvrir');
  });

  it("offers the language, the user's choice checked, each language named in its own", () => {
    const choose = vi.fn();
    const el = mount(<FirstRun view={{ ...base, language: 'en', lang: 'en' }} browser="chromium" guideUrl={GUIDE} choose={choose} />);
    expect(radio(el, 'en').checked).toBe(true);
    expect(radio(el, 'fr').parentElement!.querySelector('[lang="fr"]')!.textContent).toBe('Français');
    act(() => radio(el, 'fr').click());
    expect(choose).toHaveBeenCalledWith('fr');
  });

  it("under a policy's language: shown, not offered, and said to be the institution's", () => {
    const el = mount(<FirstRun view={{ ...base, language: 'en', languageByPolicy: true }} browser="chromium" guideUrl={GUIDE} choose={vi.fn()} />);
    expect(el.querySelector<HTMLFieldSetElement>('#language fieldset')!.disabled).toBe(true);
    expect(radio(el, 'fr').checked).toBe(true);
    expect(el.querySelector('#language')!.textContent).toContain(t('fr', 'firstRun_langByPolicy'));
  });

  it('links the guide', () => {
    const el = mount(<FirstRun view={base} browser="chromium" guideUrl={GUIDE} />);
    expect(el.querySelector(`footer a[href="${GUIDE}"]`)).not.toBeNull();
  });
});

describe('FirstRunRoot', () => {
  it('a language picked is saved by the background, and the page shows itself in it', async () => {
    let language: FirstRunView['language'] = 'auto';
    const send = vi.fn(async (req: { type: string; language?: string }) => {
      if (req.type === 'set-language') language = req.language as FirstRunView['language'];
      return { ok: true };
    });
    const load = async (): Promise<FirstRunView> => ({ ...base, language, lang: language === 'en' ? 'en' : 'fr' });
    const el = mount(<FirstRunRoot load={load} send={send} browser="chromium" guideUrl={GUIDE} fallbackLang="fr" />);
    await settle();
    expect(el.querySelector('h1')!.textContent).toBe('Bienvenue dans Aiguilleur');
    act(() => radio(el, 'en').click());
    await settle();
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'set-language', language: 'en' });
    expect(el.querySelector('h1')!.textContent).toBe('Welcome to Aiguilleur');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Welcome to Aiguilleur');
  });

  it('a choice the background could not save is said, and the page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const send = vi.fn(async () => {
      throw new Error('no worker');
    });
    const el = mount(<FirstRunRoot load={async () => base} send={send} browser="chromium" guideUrl={GUIDE} fallbackLang="fr" />);
    await settle();
    act(() => radio(el, 'en').click());
    await settle();
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(t('fr', 'firstRun_langFailed'));
    expect(el.querySelector('h1')!.textContent).toBe('Bienvenue dans Aiguilleur');
    vi.restoreAllMocks();
  });

  it('without the background: the webmail and how to pin still shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<FirstRunRoot load={() => Promise.reject(new Error('no worker'))} browser="firefox" guideUrl={GUIDE} fallbackLang="fr" />);
    await settle();
    expect(el.querySelector('[data-state="error"]')).not.toBeNull();
    expect(el.querySelector('[role="alert"] a')!.getAttribute('href')).toBe('https://webmail.ac-lyon.fr/');
    expect(el.querySelector('#pin [data-browser="firefox"]')).not.toBeNull();
    vi.restoreAllMocks();
  });

  it('the academy sites withheld: said at the top, with the way to give them back', async () => {
    const api = { request: vi.fn(async () => true), watch: () => () => {} };
    const el = mount(<FirstRunRoot load={async () => ({ ...base, siteAccess: 'withheld' })} browser="firefox" guideUrl={GUIDE} fallbackLang="fr" access={api} />);
    await settle();
    expect(el.querySelector('.page-header [data-site-access="withheld"] button[data-action="grant-site-access"]')).not.toBeNull();
  });
});
