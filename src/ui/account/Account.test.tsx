import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GuideView } from '../../messages';
import { bundledPack } from '../../rules/bundled';
import type { Pack } from '../../rules/schema';
import { sendRequest } from '../send';
import { Account, AccountRoot } from './Account';
import { receivedStore } from './received-store';
import { mount, settle } from '../testing/mount';

const pack = bundledPack;
const NOW = () => new Date(2026, 8, 20, 10, 0); // 20 September 2026, local time

afterEach(() => vi.restoreAllMocks());
beforeEach(() => fakeBrowser.reset());

const store = () => receivedStore(fakeBrowser.storage.local);
const page = (lang: 'fr' | 'en' = 'fr', p: Pack | null = pack) => mount(<Account lang={lang} pack={p} store={store()} now={NOW} />);

async function type(el: HTMLElement, selector: string, value: string) {
  const input = el.querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return input;
}
async function change(el: HTMLElement, selector: string, value: string) {
  const input = el.querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
async function click(el: HTMLElement, selector: string) {
  await act(() => el.querySelector<HTMLElement>(selector)!.click());
  await settle();
}

describe('the NUMEN field', () => {
  const NUMEN = '10E9501234ABC';
  const TYPO = '1OE9501234ABC';

  it('checks the shape as one types, and nothing of the value reaches storage, a message, the URL, the DOM or the console', async () => {
    const listener = vi.fn(async (msg: unknown) => ((msg as { type?: string }).type === 'guide-view' ? ({ lang: 'fr', pack } satisfies GuideView) : undefined));
    fakeBrowser.runtime.onMessage.addListener(listener);
    const runtimeSend = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    const localSet = vi.spyOn(fakeBrowser.storage.local, 'set');
    const sessionSet = vi.spyOn(fakeBrowser.storage.session, 'set');

    const el = mount(<AccountRoot load={() => sendRequest({ type: 'guide-view' })} fallbackLang="fr" store={store()} now={NOW} />);
    await settle();
    expect(el.querySelector('.account')!.getAttribute('data-state')).toBe('ready');
    expect(runtimeSend).toHaveBeenCalledTimes(1); // the page's one request: the pack
    runtimeSend.mockClear();

    const input = el.querySelector<HTMLInputElement>('#numen-input')!;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.closest('form')).toBeNull(); // Enter cannot submit it into a URL

    // Character by character, as a user types; a typo first, then the right value.
    for (let i = 1; i <= TYPO.length; i++) await type(el, '#numen-input', TYPO.slice(0, i));
    expect(el.querySelector('[data-shape]')!.getAttribute('data-shape')).toBe('wrong');
    expect(el.querySelector('[data-problem="oForZero"]')!.textContent).toBe(
      'Caractère n° 2\u00a0: la lettre O là où un chiffre est attendu. Est-ce le chiffre 0\u202f?',
    );
    await type(el, '#numen-input', NUMEN.toLowerCase());
    expect(el.querySelector('[data-shape]')!.getAttribute('data-shape')).toBe('ok');
    await click(el, '[data-action="toggle-numen"]');
    expect(input.type).toBe('text');
    await settle();

    const everything = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
      await fakeBrowser.storage.sync.get(null),
      localStorage.length ? { ...localStorage } : {},
      sessionStorage.length ? { ...sessionStorage } : {},
      location.href,
      document.cookie,
      document.body.innerHTML,
      ...logs.map((l) => l.mock.calls),
    ]).toUpperCase();
    for (const secret of [NUMEN, TYPO, '9501234']) expect(everything).not.toContain(secret);
    expect(runtimeSend).not.toHaveBeenCalled();
    expect(tabsSend).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(localSet).not.toHaveBeenCalled();
    expect(sessionSet).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(1);
    // The value is only in the input's own property, and the clear button drops it.
    expect(input.value).toBe(NUMEN.toLowerCase());
    await click(el, '[data-action="clear-numen"]');
    expect(input.value).toBe('');
    expect(el.querySelector('[data-shape]')).toBeNull();
  });

  it('warns without refusing when the last block is unusual, and explains the structure', async () => {
    const el = page('en');
    await type(el, '#numen-input', '25G0312345678');
    expect(el.querySelector('[data-shape]')!.getAttribute('data-shape')).toBe('ok-with-warnings');
    expect(el.querySelector('[data-problem="lastBlockUnusual"]')).not.toBeNull();
    expect(el.querySelector('#numen-structure')!.textContent).toContain('which may be another academy than yours');
  });
});

describe('the name form', () => {
  it('shows labelled candidates, the homonym note and "a guide, never a verdict"', async () => {
    const el = page();
    await type(el, '#name-firstNames', 'Jean-Pierre');
    await type(el, '#name-lastNames', 'Le Goff');
    const users = [...el.querySelectorAll('[data-candidates="usernames"] li')];
    expect(users[0]!.querySelector('code')!.textContent).toBe('jle-goff');
    expect(users[0]!.getAttribute('data-confidence')).toBe('likely');
    expect(users[0]!.querySelector('.confidence')!.textContent).toBe('probable');
    expect(el.querySelector('[data-candidates="addresses"] li code')!.textContent).toBe('jean-pierre.le-goff@ac-lyon.fr');
    expect(el.querySelector('[data-note="homonymNumber"]')!.textContent).toContain('mdupond1');
    expect(el.querySelector('[data-note="fullAddressForClients"]')!.textContent).toContain('adresse complète (prénom.nom@ac-lyon.fr)');
    expect(el.querySelector('[data-note="guide"]')!.textContent).toContain("C'est un guide, jamais un verdict");
    // The Lyon username rule is not confirmed: marked, the académie named from the pack.
    expect(el.querySelector('.rule-status .to-confirm')).not.toBeNull();
    expect(el.querySelector('.rule-status')!.textContent).toContain("reste à confirmer pour l'Académie de Lyon");
    // Every field has a label.
    for (const input of el.querySelectorAll<HTMLInputElement>('#names input')) {
      expect(el.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
  });

  it('adds the usage name candidates', async () => {
    const el = page('en');
    await type(el, '#name-firstNames', 'Marie');
    await type(el, '#name-lastNames', 'Martin');
    await type(el, '#name-usageName', 'Dupond');
    const values = [...el.querySelectorAll('[data-candidates="usernames"] code')].map((c) => c.textContent);
    expect(values).toEqual(['mdupond', 'mmartin']);
    expect(el.querySelector('[data-candidates="usernames"] li:nth-child(2) .confidence')!.textContent).toBe('possible');
  });

  it('says why a non-Latin name cannot be guessed, on the field concerned', async () => {
    const el = page();
    await type(el, '#name-firstNames', 'Ivan');
    await type(el, '#name-lastNames', 'Петров');
    expect(el.querySelector('[data-error="nonLatin"]')!.textContent).toContain("L'administration a choisi elle-même leur transcription");
    expect(el.querySelector('#name-lastNames')!.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[data-candidates]')).toBeNull();
  });

  it('reports an empty field only when asked', async () => {
    const el = page();
    await type(el, '#name-firstNames', 'Marie');
    expect(el.querySelector('[data-error]')).toBeNull();
    await act(() => el.querySelector<HTMLFormElement>('.name-form')!.requestSubmit());
    expect(el.querySelector('[data-error="lastNamesEmpty"]')).not.toBeNull();
    expect(location.search).toBe('');
  });
});

describe('first login', () => {
  it('keeps only the day of receipt, and shows the reminder state', async () => {
    const el = page();
    await change(el, '#received-on', '2026-09-01');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ tempPasswordReceivedOn: '2026-09-01' });
    expect(el.querySelector('[data-reminder]')!.getAttribute('data-reminder')).toBe('soon');
    expect(el.querySelector('[data-reminder]')!.textContent).toContain('avant le 29 septembre 2026');
    expect(el.querySelector('#first-login .to-confirm')).not.toBeNull(); // the delays are a guess

    await change(el, '#received-on', '2026-08-01');
    expect(el.querySelector('[data-reminder]')!.getAttribute('data-reminder')).toBe('urgent');
    await change(el, '#received-on', '2026-09-18');
    expect(el.querySelector('[data-reminder]')!.getAttribute('data-reminder')).toBe('none');
    expect(el.querySelector('[data-reminder]')!.textContent).toContain('à partir du 2 octobre 2026');

    await click(el, '[data-action="first-login-done"]');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(el.querySelector('[data-reminder]')).toBeNull();
  });

  it('refuses a day in the future, and reads back a saved day', async () => {
    await fakeBrowser.storage.local.set({ tempPasswordReceivedOn: '2026-09-05' });
    const el = page('en');
    await settle();
    expect(el.querySelector<HTMLInputElement>('#received-on')!.value).toBe('2026-09-05');
    expect(el.querySelector('[data-reminder]')!.getAttribute('data-reminder')).toBe('soon');
    await change(el, '#received-on', '2026-12-01');
    expect(el.querySelector('#received-on-problem')!.textContent).toBe('This date is invalid or in the future.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ tempPasswordReceivedOn: '2026-09-05' });
  });
});

describe('forgotten password wizard', () => {
  it('with a backup address: the support route, marked to confirm, and the three things to have', async () => {
    const el = page();
    await click(el, 'input[name="backup"][value="yes"]');
    const route = el.querySelector('[data-route="backup"]')!;
    const link = route.querySelector<HTMLAnchorElement>('a[data-action="open-reset-portal"]')!;
    expect(link.getAttribute('href')).toBe('https://drane.ac-lyon.fr/spip/Assistance');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(route.querySelector('.route-link .to-confirm')).not.toBeNull();
    expect([...route.querySelectorAll('[data-item]')].map((li) => li.getAttribute('data-item'))).toEqual(['numen', 'birthDate', 'backupEmail']);
  });

  it("without one: the department's IT service, seat to confirm, no invented contact", async () => {
    const el = page();
    await click(el, 'input[name="backup"][value="no"]');
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[name="department"]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).toEqual(['Ain (01)', 'Loire (42)', 'Rhône (69)']);
    await click(el, 'input[name="department"][value="42"]');
    const it42 = el.querySelector('[data-department="42"]')!;
    expect(it42.querySelector('h3')!.textContent).toBe('Service informatique de la DSDEN de la Loire');
    expect(it42.querySelector('[data-fact="seat"] dd')!.textContent).toContain('Saint-Étienne');
    expect(it42.querySelector('[data-fact="seat"] .to-confirm')).not.toBeNull();
    expect(it42.querySelector('[data-contact="none"]')!.textContent).toContain('Coordonnées non trouvées');
    expect(it42.querySelector('a[href^="mailto:"], a[href^="tel:"]')).toBeNull();
  });

  it('shows the contact an institution puts in its pack', async () => {
    const custom = structuredClone(pack) as Pack;
    custom.support!.departmentIt[2]!.contact = {
      value: { email: 'assistance@example.org', phone: '04 00 00 00 00' },
      confidence: 'multi',
      sources: ['test'],
    };
    const el = page('fr', custom);
    await click(el, 'input[name="backup"][value="no"]');
    await click(el, 'input[name="department"][value="69"]');
    const it69 = el.querySelector('[data-department="69"]')!;
    expect(it69.querySelector('a[href="mailto:assistance@example.org"]')).not.toBeNull();
    expect(it69.querySelector('a[href="tel:0400000000"]')).not.toBeNull();
    expect(it69.querySelector('[data-fact="contact"] .to-confirm')).toBeNull();
  });
});

describe('without the pack', () => {
  it('still offers the local sections when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<AccountRoot load={() => Promise.reject(new Error('no worker'))} fallbackLang="en" store={store()} now={NOW} />);
    await settle();
    expect(el.querySelector('.account')!.getAttribute('data-state')).toBe('error');
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('could not be loaded');
    expect(el.querySelector('[data-route="none"]')).not.toBeNull();
    await type(el, '#name-firstNames', 'Léa');
    await type(el, '#name-lastNames', 'Roux');
    expect(el.querySelector('[data-candidates="addresses"] code')!.textContent).toBe('lea.roux@ac-lyon.fr');
    expect(document.title).toBe('Aiguilleur: username, password, NUMEN');
  });

  it('a pack without a support part: no reminder, generic reset advice', async () => {
    const { support: _drop, ...rest } = pack;
    const el = page('fr', rest as Pack);
    expect(el.querySelector('[data-route="none"]')).not.toBeNull();
    await change(el, '#received-on', '2026-09-01');
    expect(el.querySelector('#first-login [role="status"]')!.textContent).toContain('ne prévoient pas de rappel');
    expect(el.querySelector('[data-reminder]')).toBeNull();
  });
});
