import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../strings';
import type { GuideView } from '../../messages';
import { bundledPack } from '../../rules/bundled';
import type { Pack } from '../../rules/schema';
import { formatPackDate, Guide, GuideRoot, groupByKind } from './Guide';
import { mount, settle } from '../testing/mount';

const pack = bundledPack;

const guide = (lang: GuideView['lang'] = 'fr', p: Pack = pack) => mount(<Guide view={{ lang, pack: p }} />);
const row = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-portal="${id}"]`)!;
const fact = (el: HTMLElement, id: string, name: string) => row(el, id).querySelector<HTMLElement>(`[data-fact="${name}"] dd`)!;

describe('Guide', () => {
  it('has a row for every portal of the pack, and nothing else', () => {
    const el = guide();
    const rows = [...el.querySelectorAll<HTMLElement>('#directory [data-portal]')].map((r) => r.dataset.portal);
    expect(rows.sort()).toEqual(pack.portals.map((p) => p.id).sort());
    for (const p of pack.portals) expect(row(el, p.id).querySelector('h4')!.textContent).toBe(p.name.fr);
  });

  it('puts the webmail first, in its own group', () => {
    const el = guide();
    const first = el.querySelector<HTMLElement>('#directory [data-portal]')!;
    expect(first.dataset.portal).toBe(pack.webmail.portal);
    expect(el.querySelector<HTMLElement>('#directory [data-kind]')!.dataset.kind).toBe('webmail');
    expect(groupByKind(pack)[0]!.portals[0]!.id).toBe(pack.webmail.portal);
  });

  it('groups by kind in pack order, each kind once', () => {
    const kinds = groupByKind(pack).map((g) => g.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.slice(0, 3)).toEqual(['webmail', 'rectorate', 'staff-portal']);
    const el = guide();
    expect(el.querySelectorAll('#directory h3').length).toBe(kinds.length);
  });

  it('advises typing the webmail address, shown as a big link', () => {
    const el = guide();
    const link = el.querySelector<HTMLAnchorElement>('#webmail a[data-action="open-webmail"]')!;
    expect(link.getAttribute('href')).toBe(pack.webmail.url.value);
    expect(link.textContent).toBe('webmail.ac-lyon.fr');
    // The académie is named from the pack, not from the code.
    expect(el.textContent).toContain("Les sites de l'Académie de Lyon se ressemblent");
    expect(el.querySelector('#webmail')!.textContent).toContain("plutôt que de la chercher dans un moteur de recherche");
    expect(el.querySelector('#webmail')!.textContent).toContain('prenom.nom@ac-lyon.fr');
    // The webmail URL is confirmed by several sources.
    expect(el.querySelector('#webmail .webmail-address .to-confirm')).toBeNull();
  });

  it('shows addresses readably: home, subdomains, path prefixes', () => {
    const el = guide();
    expect(fact(el, 'webmail', 'address').querySelector('a')!.getAttribute('href')).toBe('https://webmail.ac-lyon.fr/');
    expect(fact(el, 'drane', 'address').textContent).toContain('drane.ac-lyon.fr/spip/');
    expect(fact(el, 'disciplinary', 'address').textContent).toContain('*.enseigne.ac-lyon.fr');
    expect(fact(el, 'disciplinary', 'address').textContent).toContain('www2.ac-lyon.fr/enseigne');
    const dsden01 = [...fact(el, 'dsden-01', 'address').querySelectorAll('code')].map((c) => c.textContent);
    expect(dsden01).toEqual(['edu01.ac-lyon.fr', '*.edu01.ac-lyon.fr', 'www.ac-lyon.fr/dsden01']);
    expect(row(el, 'dsden-01').querySelector('[data-fact="address"] dt')!.textContent).toBe('Adresses');
    expect(row(el, 'webmail').querySelector('[data-fact="address"] dt')!.textContent).toBe('Adresse');
  });

  it('names the department when a site has one', () => {
    const el = guide();
    expect(fact(el, 'dsden-42', 'department').textContent).toBe('Loire (42)');
    expect(row(el, 'webmail').querySelector('[data-fact="department"]')).toBeNull();
  });

  it('marks every unconfirmed fact with "à confirmer", and no confirmed one', () => {
    const el = guide();
    for (const p of pack.portals) {
      const address = p.home ?? p.urls;
      const expected = {
        address: address.confidence !== 'multi',
        credentials: p.sharesAcademicCredentials.confidence !== 'multi',
        mailbox: p.hasMailbox.confidence !== 'multi',
      };
      for (const [name, unsure] of Object.entries(expected)) {
        expect(fact(el, p.id, name).querySelector('.to-confirm') !== null, `${p.id} ${name}`).toBe(unsure);
      }
    }
    expect(row(el, 'webmail').textContent).not.toContain('à confirmer');
    expect(fact(el, 'drane', 'credentials').textContent).toBe('inconnu à confirmer');
    expect(fact(el, 'drane', 'mailbox').textContent).toBe('non');
  });

  it('lists the sources of every fact, with how sure they are', () => {
    const el = guide();
    for (const p of pack.portals) {
      const details = row(el, p.id).querySelector('details.sources')!;
      expect(details.querySelector('summary')!.textContent).toBe('Sources et fiabilité');
      const items = [...details.querySelectorAll('li')].map((li) => li.textContent);
      for (const s of [...(p.home ?? p.urls).sources, ...p.sharesAcademicCredentials.sources, ...p.hasMailbox.sources]) {
        expect(items, p.id).toContain(s);
      }
    }
    const drane = row(el, 'drane').querySelector('[data-sources="credentials"] dt')!.textContent;
    expect(drane).toBe('Identifiants académiques\u00a0: déduction, sans source directe');
  });

  it('ends with the pack version and date', () => {
    const footer = guide().querySelector('footer')!.textContent;
    expect(footer).toContain(pack.packVersion);
    expect(footer).toContain(formatPackDate(pack.updated, 'fr'));
    expect(formatPackDate('2026-11-24', 'fr')).toBe('24 novembre 2026');
    expect(formatPackDate('2026-11-24', 'en')).toBe('24 November 2026');
  });

  it('speaks English when the view is in English', () => {
    const el = guide('en');
    expect(el.querySelector('.guide')!.getAttribute('lang')).toBe('en');
    expect(el.querySelector('h1')!.textContent).toBe(t('en', 'guide_title'));
    expect(row(el, 'webmail').querySelector('h4')!.textContent).toBe('Academic webmail');
    expect(fact(el, 'drane', 'credentials').textContent).toBe('unknown to be confirmed');
    expect(el.textContent).toContain('rather than looking it up in a search engine');
    expect(el.textContent).not.toContain('à confirmer');
    expect(el.querySelector('footer')!.textContent).toContain('24 November 2026');
  });

  it('keeps headings in order: h1, then h2 sections, h3 kinds, h4 sites', () => {
    const el = guide();
    const levels = [...el.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe('GuideRoot', () => {

  it('renders the loaded guide and sets the document language and title', async () => {
    const el = mount(<GuideRoot load={async () => ({ lang: 'en', pack })} fallbackLang="fr" />);
    await settle();
    expect(el.querySelector('[data-state="ready"]')).not.toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(t('en', 'guide_title'));
  });

  it('keeps the webmail advice when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<GuideRoot load={() => Promise.reject(new Error('no worker'))} fallbackLang="fr" />);
    await settle();
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(t('fr', 'guide_error'));
    expect(el.querySelector('a[data-action="open-webmail"]')!.getAttribute('href')).toBe(pack.webmail.url.value);
    vi.restoreAllMocks();
  });

  it('is one page: the other help pages and what the options page adds sit in its column, above its footer', async () => {
    const added = <section id="added">the institution</section>;
    const inColumn = (el: HTMLElement) => {
      const main = el.querySelector('.page.guide > main')!;
      expect([...main.children].slice(-3).map((c) => c.id)).toEqual(['more', 'forwarding-advice', 'added']);
      expect(main.querySelector('#forwarding')!.textContent).toBe('Pourquoi ne pas transférer vers Gmail\u202f?');
      expect(el.children.length).toBe(1);
    };
    const ready = mount(<GuideRoot load={async () => ({ lang: 'fr', pack, outdated: 'Mettez à jour Chromium' })} fallbackLang="fr">{added}</GuideRoot>);
    await settle();
    inColumn(ready);
    expect(ready.querySelector('.page.guide > main [data-outdated]')!.textContent).toBe('Mettez à jour Chromium');
    expect(ready.querySelector('.page.guide > :last-child')!.className).toBe('page-footer');

    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = mount(<GuideRoot load={() => Promise.reject(new Error('no worker'))} fallbackLang="fr">{added}</GuideRoot>);
    await settle();
    vi.restoreAllMocks();
    inColumn(failed);
  });
});

describe('the warnings marked wrong, in the guide', () => {
  const wrong = { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02', site: 'DRANE — numérique éducatif' };

  it('are listed with their site and day, each with its way back', () => {
    const restore = vi.fn();
    const el = mount(<Guide view={{ lang: 'fr', pack, falseWarnings: [wrong] }} restore={restore} />);
    const item = el.querySelector<HTMLElement>('#false-warnings [data-false-warning="drane.ac-lyon.fr portal-login-no-mailbox"]')!;
    expect(item.textContent).toContain('DRANE — numérique éducatif');
    expect(item.textContent).toContain('drane.ac-lyon.fr');
    expect(item.textContent).toContain('signalé le 2 décembre 2026');
    item.querySelector<HTMLButtonElement>('button[data-action="restore-warning"]')!.click();
    expect(restore).toHaveBeenCalledWith({ type: 'restore-warning', host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' });
  });

  it('take no room when there are none', () => {
    expect(mount(<Guide view={{ lang: 'fr', pack, falseWarnings: [] }} />).querySelector('#false-warnings')).toBeNull();
  });

  it('GuideRoot restores, then lists what the background says is left', async () => {
    let list = [wrong];
    const send = vi.fn(async () => {
      list = [];
      return { ok: true };
    });
    const el = mount(<GuideRoot load={async () => ({ lang: 'fr', pack, falseWarnings: list })} fallbackLang="fr" send={send} />);
    await settle();
    await act(async () => el.querySelector<HTMLButtonElement>('#false-warnings button[data-action="restore-warning"]')!.click());
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'restore-warning', host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox' });
    expect(el.querySelector('#false-warnings')).toBeNull();
  });
});
