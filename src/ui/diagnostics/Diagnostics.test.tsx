import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientInfo } from '../../diagnostics/browser-age';
import { diagnosticsView, type DiagnosticsView } from '../../diagnostics/report';
import type { SelfCheckResult } from '../../diagnostics/self-check';
import type { Lang } from '../../i18n/lang';
import { bundledPack as pack } from '../../rules/bundled';
import { Diagnostics, DiagnosticsRoot, REPORT_FILENAME, saveAsFile } from './Diagnostics';
import { mount, settle } from '../testing/mount';

const GUIDE = 'chrome-extension://test/options.html';
const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);
const client: ClientInfo = { name: 'chromium', product: 'Chrome', version: '156.0.8078.79', major: 156, os: 'linux', osVersion: null };
const makeView = (lang: Lang = 'fr', c: ClientInfo = client): DiagnosticsView =>
  diagnosticsView({
    pack,
    lang,
    extensionVersion: '0.1.0',
    client: c,
    recent: [{ host: 'webmail.ac-lyon.fr', verdict: 'certificate-error', at: NOW - 60_000, code: 'ERR_CERT_DATE_INVALID' }],
  });

const result = (network: SelfCheckResult['network'], outcomes: SelfCheckResult['probes'][number]['outcome'][]): SelfCheckResult => ({
  at: NOW,
  online: network !== 'offline',
  network,
  probes: outcomes.map((outcome, i) => ({
    id: i === 0 ? 'webmail' : 'staff-portal',
    host: i === 0 ? 'webmail.ac-lyon.fr' : 'portail.ac-lyon.fr',
    outcome,
    ms: 120,
    ...(outcome === 'reached' ? { status: 200 } : {}),
  })),
});

afterEach(() => vi.restoreAllMocks());

const check = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-check="${id}"]`)!;
const action = (el: HTMLElement, name: string) => el.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
const report = (el: HTMLElement) => el.querySelector<HTMLTextAreaElement>('#report')!;
const answer = async (el: HTMLElement, value: string) => {
  const input = el.querySelector<HTMLInputElement>(`input[name="password-answer"][value="${value}"]`)!;
  await act(async () => {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const click = async (b: HTMLElement) => {
  await act(async () => {
    b.click();
  });
  await settle();
};

function page(props: Partial<Parameters<typeof Diagnostics>[0]> = {}) {
  const runSelfCheck = props.runSelfCheck ?? vi.fn(async () => result('ok', ['reached', 'reached']));
  const copyText = props.copyText ?? vi.fn(async () => {});
  const saveText = props.saveText ?? vi.fn();
  const el = mount(<Diagnostics view={makeView()} guideUrl={GUIDE} now={() => NOW} runSelfCheck={runSelfCheck} copyText={copyText} saveText={saveText} {...props} />);
  return { el, runSelfCheck, copyText, saveText };
}

describe('Diagnostics page', () => {
  it('shows the three checks, nothing run yet', () => {
    const { el, runSelfCheck } = page();
    expect(el.querySelector('h1')!.textContent).toBe('Diagnostic de connexion');
    expect([...el.querySelectorAll<HTMLElement>('[data-check]')].map((c) => `${c.dataset.check}:${c.dataset.state}`)).toEqual(['portal:info', 'password:todo', 'network:todo']);
    expect(runSelfCheck).not.toHaveBeenCalled();
    expect(check(el, 'portal').textContent).toContain('webmail.ac-lyon.fr');
    expect(check(el, 'portal').querySelector<HTMLAnchorElement>('a[data-action="open-guide"]')!.href).toBe(GUIDE);
  });

  it('asks about the password with three choices and no text field', async () => {
    const { el } = page();
    const pw = check(el, 'password');
    expect(pw.querySelector('legend')!.textContent).toContain('mot de passe provisoire');
    expect(pw.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(el.querySelectorAll('input[type="text"], input[type="password"], input:not([type])')).toHaveLength(0);
    await answer(el, 'yes');
    expect(check(el, 'password').dataset.state).toBe('ok');
    expect(check(el, 'password').textContent).toContain("c'est ce mot de passe qu'il faut utiliser");
    await answer(el, 'no');
    expect(check(el, 'password').dataset.state).toBe('warning');
    const help = check(el, 'password').querySelector<HTMLAnchorElement>('a[data-action="open-help"]')!;
    expect(help.href).toBe('https://drane.ac-lyon.fr/spip/Assistance');
    expect(report(el).value).toContain("Mot de passe actif (et non le provisoire)\u00a0: non, selon l'utilisateur");
    await answer(el, 'unknown');
    expect(check(el, 'password').dataset.state).toBe('info');
  });

  it('runs the self-check on click only, then shows each probe and what it means', async () => {
    let resolve!: (r: SelfCheckResult) => void;
    const runSelfCheck = vi.fn(() => new Promise<SelfCheckResult>((r) => (resolve = r)));
    const { el } = page({ runSelfCheck });
    await click(action(el, 'run-self-check'));
    expect(runSelfCheck).toHaveBeenCalledTimes(1);
    expect(action(el, 'run-self-check').disabled).toBe(true);
    expect(el.querySelector('#self-check-status')!.textContent).toBe('Vérification en cours…');
    await act(async () => resolve(result('failed', ['network-or-certificate', 'timeout'])));
    expect(check(el, 'network').dataset.state).toBe('warning');
    expect(el.querySelector<HTMLElement>('[data-probe="webmail"]')!.dataset.outcome).toBe('network-or-certificate');
    expect(el.querySelector('[data-probe="webmail"]')!.textContent).toBe('Messagerie (webmail.ac-lyon.fr)\u00a0: échec de connexion (réseau filtré ou certificat refusé)');
    expect(el.querySelector('[data-network]')!.textContent).toContain('Le navigateur ne dit pas lequel des deux à une extension');
    expect(action(el, 'run-self-check').textContent).toBe('Vérifier à nouveau');
    expect(report(el).value).toContain('- webmail.ac-lyon.fr\u00a0: échec de connexion (réseau filtré ou certificat refusé) (après 120 ms)');
  });

  it.each<[SelfCheckResult['network'], string, string]>([
    ['ok', 'ok', 'Ce réseau atteint bien'],
    ['timeout', 'warning', "proxy ou d'un pare-feu"],
    ['offline', 'warning', "n'est connecté à aucun réseau"],
    ['partial', 'warning', 'Certains sites'],
    ['server', 'warning', "incident de l'académie"],
  ])('network %s → %s', async (network, state, words) => {
    const outcomes = network === 'ok' || network === 'server' ? (['reached', network === 'server' ? 'server-error' : 'reached'] as const) : (['timeout', 'timeout'] as const);
    const { el } = page({ runSelfCheck: async () => result(network, [...outcomes]) });
    await click(action(el, 'run-self-check'));
    expect(check(el, 'network').dataset.state).toBe(state);
    expect(el.querySelector('[data-network]')!.textContent).toContain(words);
  });

  it('offers no probe when a policy switched the self-check off', () => {
    const runSelfCheck = vi.fn(async () => result('ok', []));
    const el = mount(<Diagnostics view={{ ...makeView(), selfCheck: false }} guideUrl={GUIDE} now={() => NOW} runSelfCheck={runSelfCheck} />);
    expect(el.querySelector('[data-action="run-self-check"]')).toBeNull();
    expect(check(el, 'network').dataset.state).toBe('info');
    expect(check(el, 'network').textContent).toContain('désactivée par votre établissement');
  });

  it('says so when the check cannot run', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { el } = page({ runSelfCheck: async () => Promise.reject(new Error('no background')) });
    await click(action(el, 'run-self-check'));
    expect(el.querySelector('#self-check-status')!.textContent).toBe("La vérification n'a pas pu être lancée. Réessayez.");
    expect(check(el, 'network').dataset.state).toBe('todo');
  });

  it('shows a readonly report with versions, recent verdicts and no query string', () => {
    const { el } = page();
    const r = report(el);
    expect(r.readOnly).toBe(true);
    expect(el.querySelector<HTMLLabelElement>('label[for="report"]')).not.toBeNull();
    expect(r.value.split('\n')[0]).toBe(`Aiguilleur 0.1.0 (règles ${pack.packVersion}) — 2026-11-24 10:00:00 UTC`);
    expect(r.value).toContain('Navigateur\u00a0: Chrome 156.0.8078.79');
    expect(r.value).toContain('webmail.ac-lyon.fr — certificate-error (ERR_CERT_DATE_INVALID)');
    expect(r.value).toContain('Vérification de la connexion\u00a0: non faite.');
    expect(r.value).not.toMatch(/[?#=&@]/);
  });

  it('copies the report', async () => {
    const { el, copyText } = page();
    await click(action(el, 'copy-report'));
    expect(copyText).toHaveBeenCalledWith(report(el).value, report(el));
    expect(el.querySelector('.notice')!.textContent).toBe('Rapport copié.');
  });

  it('tells how to copy by hand when copying fails', async () => {
    const { el } = page({ copyText: async () => Promise.reject(new Error('denied')) });
    await click(action(el, 'copy-report'));
    expect(el.querySelector('.notice')!.textContent).toContain('Ctrl+C');
  });

  it('saves the report as aiguilleur-rapport.txt', async () => {
    const { el, saveText } = page();
    await click(action(el, 'save-report'));
    expect(saveText).toHaveBeenCalledWith(report(el).value, 'aiguilleur-rapport.txt');
    expect(el.querySelector('.notice')!.textContent).toContain('aiguilleur-rapport.txt');
  });

  it('tells an outdated browser with how to update', () => {
    const old = { ...client, version: '120.0.1', major: 120 };
    const el = mount(<Diagnostics view={makeView('fr', old)} guideUrl={GUIDE} now={() => NOW} runSelfCheck={async () => result('ok', [])} />);
    const section = el.querySelector<HTMLElement>('[data-outdated]')!;
    expect(section.dataset.outdated).toBe('browser');
    expect(section.textContent).toContain('Votre navigateur est ancien (version 120');
    expect(section.textContent).toContain('À propos de Google Chrome');
  });

  it('speaks English, the report staying French for the helpdesk', () => {
    const el = mount(<Diagnostics view={makeView('en')} guideUrl={GUIDE} now={() => NOW} runSelfCheck={async () => result('ok', [])} />);
    expect(el.querySelector('h1')!.textContent).toBe('Connection diagnostics');
    expect(action(el, 'run-self-check').textContent).toBe('Check my connection');
    expect(el.textContent).toContain('It is written in French');
    expect(report(el).value).toContain('Rapport de diagnostic de connexion');
    expect(el.querySelector<HTMLElement>('[data-outdated]')!.dataset.outdated).toBe('none');
  });
});

describe('DiagnosticsRoot', () => {
  it('loads the view, never running the check by itself', async () => {
    const runSelfCheck = vi.fn(async () => result('ok', []));
    const el = mount(<DiagnosticsRoot load={async () => makeView()} runSelfCheck={runSelfCheck} guideUrl={GUIDE} fallbackLang="fr" />);
    await act(async () => {});
    expect(el.querySelector<HTMLElement>('[data-state="ready"]')).not.toBeNull();
    expect(document.title).toBe('Diagnostic de connexion');
    expect(runSelfCheck).not.toHaveBeenCalled();
  });

  it('falls back to the webmail address when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = mount(<DiagnosticsRoot load={async () => Promise.reject(new Error('x'))} runSelfCheck={async () => result('ok', [])} guideUrl={GUIDE} fallbackLang="en" />);
    await settle();
    expect(el.querySelector<HTMLElement>('[data-state="error"]')).not.toBeNull();
    expect(el.querySelector<HTMLAnchorElement>('a')!.href).toBe(pack.webmail.url.value);
    expect(el.textContent).toContain('Aiguilleur could not prepare the diagnostics');
  });
});

describe('saveAsFile', () => {
  it('downloads a Blob named aiguilleur-rapport.txt, sending nothing anywhere', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    let clicked: HTMLAnchorElement | null = null;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    saveAsFile('bonjour');
    expect(create).toHaveBeenCalledTimes(1);
    expect(await blobs[0]!.text()).toBe('bonjour');
    expect(clicked!.download).toBe(REPORT_FILENAME);
    expect(clicked!.getAttribute('href')).toBe('blob:test/1');
  });
});
