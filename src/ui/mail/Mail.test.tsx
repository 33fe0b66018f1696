import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { GuideView } from '../../messages';
import { bundledPack } from '../../rules/bundled';
import type { Pack } from '../../rules/schema';
import { Mail, MailRoot } from './Mail';
import { mount } from '../testing/mount';

const pack = bundledPack;

const cell = (el: HTMLElement, name: string) => el.querySelector<HTMLElement>(`[data-setting="${name}"]`)!;

function fill(el: HTMLElement, id: string, value: string) {
  const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

function check(el: HTMLElement, values: Record<string, string>) {
  for (const [id, v] of Object.entries(values)) fill(el, id, v);
  act(() => {
    el.querySelector('form.checker')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  return el.querySelector<HTMLElement>('.check-results')!;
}

const RIGHT = {
  'check-incoming-host': 'imap.ac-lyon.fr',
  'check-incoming-port': '993',
  'check-incoming-encryption': 'ssl-tls',
  'check-outgoing-host': 'smtps.ac-lyon.fr',
  'check-outgoing-port': '587',
  'check-outgoing-encryption': 'starttls',
  'check-identifier': 'jean.dupont@ac-lyon.fr',
};

describe('settings table', () => {
  it('shows every server value of the pack, with "à confirmer" on unconfirmed ones', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    expect(cell(el, 'incoming-host').textContent).toBe('imap.ac-lyon.fr à confirmer');
    expect(cell(el, 'incoming-port').textContent).toBe('993 à confirmer');
    expect(cell(el, 'incoming-encryption').textContent).toBe('SSL/TLS à confirmer');
    expect(cell(el, 'outgoing-host').textContent).toBe('smtps.ac-lyon.fr à confirmer');
    expect(cell(el, 'outgoing-port').textContent).toBe('587 à confirmer');
    expect(cell(el, 'outgoing-encryption').textContent).toBe('STARTTLS à confirmer');
    expect(el.querySelectorAll('#settings table .to-confirm').length).toBe(7);
  });

  it('drops "à confirmer" for a value several sources confirm', () => {
    const p: Pack = structuredClone(pack);
    p.mail!.outgoing.host.confidence = 'multi';
    const el = mount(<Mail lang="fr" pack={p} />);
    expect(cell(el, 'outgoing-host').querySelector('.to-confirm')).toBeNull();
  });

  it('says: the full address as identifier, the active password (not the temporary one)', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    expect(cell(el, 'identifier').textContent).toContain('votre adresse complète, par exemple prenom.nom@ac-lyon.fr');
    expect(cell(el, 'identifier').querySelector('.to-confirm')).not.toBeNull();
    expect(cell(el, 'password').textContent).toContain('mot de passe actuel');
    expect(cell(el, 'password').textContent).toContain('pas le mot de passe provisoire');
  });

  it('lists the other servers with their own confidence, and the sources', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    const relay = el.querySelector<HTMLElement>('[data-alternative="smtps.region-academique-auvergne-rhone-alpes.fr"]')!;
    expect(relay.dataset.confidence).toBe('one');
    expect(relay.textContent).toContain('port 587, STARTTLS');
    expect(el.querySelector<HTMLElement>('[data-alternative="mail.ac-lyon.fr"]')!.textContent).toContain('source peu sûre');
    expect(el.querySelector('#settings details.sources')!.textContent).toContain('refnumtool');
  });
});

describe('steps per app', () => {
  it('covers iOS Mail, the Gmail app on Android, Thunderbird and Outlook, with the pack values', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    const apps = [...el.querySelectorAll<HTMLElement>('[data-app]')];
    expect(apps.map((a) => a.dataset.app)).toEqual(['ios', 'android', 'thunderbird', 'outlook']);
    for (const a of apps) {
      expect(a.textContent).toContain('imap.ac-lyon.fr');
      expect(a.textContent).not.toMatch(/\$\d/);
    }
    expect(el.querySelector('[data-app="android"]')!.textContent).toContain('port 993, type de sécurité SSL/TLS');
    expect(el.querySelector('[data-app="thunderbird"]')!.textContent).toContain('isp/ac-lyon.fr.xml');
  });
});

describe('checker', () => {
  it('has a labelled field for each setting', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    for (const id of Object.keys(RIGHT)) {
      expect(el.querySelector(`label[for="${id}"]`)?.textContent, id).toBeTruthy();
    }
    expect(el.querySelector('#checker input[type="password"]')).toBeNull();
  });

  it('finds nothing wrong in the right settings, and says some values are to be confirmed', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    const results = check(el, RIGHT);
    expect(results.querySelector('[data-result="ok"]')!.textContent).toContain('dont certains sont à confirmer');
    expect(results.querySelectorAll('[data-finding]')).toHaveLength(0);
  });

  it('points at each mistake in plain words, with what to put instead', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    const results = check(el, { ...RIGHT, 'check-incoming-host': 'imap.gmail.com', 'check-outgoing-port': '465', 'check-identifier': 'jdupont' });
    const items = [...results.querySelectorAll<HTMLElement>('[data-finding]')];
    expect(items.map((i) => `${i.dataset.field}:${i.dataset.finding}`)).toEqual([
      'incoming.host:host-other-provider',
      'outgoing.port:port-encryption-mismatch',
      'identifier:identifier-short',
    ]);
    expect(items[0]!.textContent).toContain('«\u00a0imap.gmail.com\u00a0» est un serveur Gmail');
    expect(items[0]!.querySelector('.fix')!.textContent).toBe('Mettez plutôt\u00a0: imap.ac-lyon.fr à confirmer');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('#check-incoming-host');
    expect(results.textContent).toContain('Erreurs\u00a0: 3. Points à vérifier\u00a0: 0.');
    expect(el.querySelector('#check-incoming-host')!.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#check-incoming-port')!.getAttribute('aria-invalid')).toBeNull();
    expect(results.getAttribute('role')).toBe('status');
  });

  it('speaks English', () => {
    const el = mount(<Mail lang="en" pack={pack} />);
    const results = check(el, { ...RIGHT, 'check-incoming-encryption': 'none' });
    expect(results.textContent).toContain('Without encryption, your password and your messages would cross the network in clear text.');
    expect(results.textContent).toContain('Put instead: SSL/TLS');
  });
});

describe('ready-made configuration', () => {
  it('asks for an academic address before making the profile', () => {
    const save = vi.fn();
    const el = mount(<Mail lang="fr" pack={pack} save={save} />);
    fill(el, 'profile-address', 'jean.dupont@gmail.com');
    act(() => el.querySelector<HTMLButtonElement>('[data-action="download-mobileconfig"]')!.click());
    expect(save).not.toHaveBeenCalled();
    expect(el.querySelector('#profile-address-problem')!.textContent).toBe('Tapez votre adresse académique complète, en «\u00a0@ac-lyon.fr\u00a0».');
    expect(el.querySelector('#profile-address')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('downloads the .mobileconfig for the address typed', () => {
    const save = vi.fn();
    const el = mount(<Mail lang="fr" pack={pack} save={save} />);
    fill(el, 'profile-address', 'Jean.Dupont@ac-lyon.fr');
    act(() => el.querySelector<HTMLButtonElement>('[data-action="download-mobileconfig"]')!.click());
    expect(save).toHaveBeenCalledOnce();
    const [name, type, text] = save.mock.calls[0]!;
    expect(name).toBe('ac-lyon-jean.dupont.mobileconfig');
    expect(type).toBe('application/x-apple-aspen-config');
    expect(text).toContain('<string>jean.dupont@ac-lyon.fr</string>');
    expect(el.querySelector('#profile-address-problem')!.textContent).toBe('');
  });

  it('downloads the Thunderbird autoconfig', () => {
    const save = vi.fn();
    const el = mount(<Mail lang="fr" pack={pack} save={save} />);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="download-autoconfig"]')!.click());
    const [name, type, text] = save.mock.calls[0]!;
    expect(name).toBe('config-v1.1.xml');
    expect(type).toBe('application/xml');
    expect(text).toContain('<clientConfig version="1.1">');
  });

  it('says which values in the files are to be confirmed', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    expect(el.querySelector('#profiles [data-unconfirmed]')!.textContent).toContain('imap.ac-lyon.fr');
  });
});

describe('forwarding', () => {
  it('explains why not to forward to Gmail, and the safe way', () => {
    const el = mount(<Mail lang="fr" pack={pack} />);
    const s = el.querySelector('#forwarding')!;
    expect(s.querySelector('h2')!.textContent).toBe('Pourquoi ne pas transférer vers Gmail\u202f?');
    expect(s.textContent).toContain('Il est déconseillé de transférer');
    expect(s.textContent).toContain('élèves');
    expect(s.textContent).toContain('responsabilité');
    expect(s.querySelector('.safe-way')!.textContent).toContain('second compte');
  });
});

describe('page states', () => {
  it('says so when the pack has no mail settings, and keeps the forwarding advice', () => {
    const { mail: _, ...noMail } = pack;
    const el = mount(<Mail lang="fr" pack={noMail} />);
    expect(el.querySelector('[data-state="no-mail"]')).not.toBeNull();
    expect(el.querySelector('#settings')).toBeNull();
    expect(el.querySelector('#forwarding')).not.toBeNull();
  });

  it('loads the pack from the background, in its language', async () => {
    let resolve!: (v: GuideView) => void;
    const load = () => new Promise<GuideView>((r) => (resolve = r));
    const el = mount(<MailRoot load={load} fallbackLang="fr" />);
    expect(el.querySelector('[data-state="loading"]')).not.toBeNull();
    await act(async () => resolve({ lang: 'en', pack }));
    expect(el.querySelector('[data-state="ready"]')!.getAttribute('lang')).toBe('en');
    expect(document.title).toBe('Aiguilleur: reading your academic mail in a mail app');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the webmail and the forwarding advice when the background does not answer', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<MailRoot load={() => Promise.reject(new Error('no'))} fallbackLang="fr" />);
    await act(async () => {});
    expect(el.querySelector('[data-state="error"]')).not.toBeNull();
    expect(el.querySelector('a[href="https://webmail.ac-lyon.fr/"]')).not.toBeNull();
    expect(el.querySelector('#forwarding')).not.toBeNull();
    error.mockRestore();
  });
});
