import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FEATURE_STRINGS } from '../../strings';
import { mount, settle } from '../testing/mount';
import { PackPreview } from './PackPreview';
import { PREVIEW_STRINGS, previewTranslator } from './strings';

/** The bundled pack's text, as a DSI would start a draft from it. */
const LYON = readFileSync(resolve(__dirname, '../../../rules/lyon.json'), 'utf8');
type Raw = { portals: { id: string; [k: string]: unknown }[]; [k: string]: unknown };

/** A draft: the DRANE site's and its forum's facts confirmed by the DSI, all else as in Lyon's pack. */
function draftText(change: (p: Raw) => void = () => {}): string {
  const p = JSON.parse(LYON) as Raw;
  for (const id of ['drane', 'drane-forum']) {
    const site = p.portals.find((x) => x.id === id)! as Record<string, Record<string, unknown>>;
    for (const f of ['hasMailbox', 'sharesAcademicCredentials', 'urls']) site[f]!.confirmedBy = { by: 'DSI test', on: '2026-01-15' };
    site.sharesAcademicCredentials!.value = 'yes';
  }
  change(p);
  return JSON.stringify(p, null, 2);
}

const t = previewTranslator('fr');

async function typeIn(el: HTMLElement, selector: string, value: string) {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function click(el: HTMLElement, selector: string) {
  act(() => el.querySelector<HTMLElement>(selector)!.click());
  await settle();
}

/** Pastes a draft and checks it; the engine is a chunk of its own, loaded at the first draft. */
async function paste(el: HTMLElement, text: string) {
  await typeIn(el, '#pack-preview-text', text);
  await click(el, '[data-action="check-draft"]');
  // The first draft waits for the engine's import.
  await vi.waitFor(() => expect(el.querySelector('[data-draft]')).not.toBeNull(), { timeout: 15_000 });
}

const verdictOf = (el: HTMLElement) => el.querySelector<HTMLElement>('#pack-preview-verdict [data-verdict]');

describe("the pack preview's strings (kept out of the background's catalog)", () => {
  it('each has a French and an English text, and none hides a feature string', () => {
    const features = new Set(FEATURE_STRINGS.flatMap((part) => Object.keys(part)));
    for (const [key, text] of Object.entries(PREVIEW_STRINGS)) {
      expect(key).toMatch(/^preview_[A-Za-z0-9_]+$/);
      expect(features.has(key), key).toBe(false);
      expect(text.fr.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});

describe('Aperçu d’un pack', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('says, before anything is loaded, that the draft stays in the page and comes into force nowhere', () => {
    const el = mount(<PackPreview lang="fr" />);
    expect(el.querySelector('#pack-preview h2')!.textContent).toBe("Aperçu d'un pack");
    expect(el.querySelector('[data-memory-only]')!.textContent).toBe(t('preview_memoryOnly'));
    // Every control has its label.
    for (const id of ['pack-preview-file', 'pack-preview-text']) expect(el.querySelector(`label[for="${id}"]`)).not.toBeNull();
    expect(el.querySelector('#pack-preview-guide')).toBeNull();
  });

  it("a valid draft shows its guide, under ids of its own, and the draft's facts rather than the pack in force", async () => {
    const el = mount(<PackPreview lang="fr" />);
    await paste(el, draftText((p) => ((p.webmail as { url: { value: string } }).url.value = 'https://messagerie.ac-lyon.fr/')));
    expect(el.querySelector('[data-draft]')!.getAttribute('data-draft')).toBe('valid');
    const guide = el.querySelector('#pack-preview-guide')!;
    expect(guide.querySelector('#draft-webmail a[data-action="open-webmail"]')!.getAttribute('href')).toBe('https://messagerie.ac-lyon.fr/');
    expect(guide.querySelectorAll('[data-portal]').length).toBe((JSON.parse(LYON) as Raw).portals.length);
    // The DRANE site's credentials as the draft says them, confirmed: no « à confirmer » beside them.
    const drane = guide.querySelector('[data-portal="drane"] [data-fact="credentials"] dd')!;
    expect(drane.textContent).toBe('oui');
    // No id of the draft's guide is one the page's own guide uses.
    expect([...guide.querySelectorAll('[id]')].map((n) => n.id).filter((id) => !id.startsWith('draft-'))).toEqual(['pack-preview-guide-heading']);
  });

  it('tells the verdict of a typed address, and the password switch changes it, in a live region', async () => {
    const el = mount(<PackPreview lang="fr" />);
    await paste(el, draftText());
    const live = el.querySelector('#pack-preview-verdict [aria-live="polite"]')!;
    await typeIn(el, '#pack-preview-url', 'https://forum-dane.ac-lyon.fr/');
    expect(verdictOf(el)!.dataset.verdict).toBe('portal');
    expect(live.contains(verdictOf(el))).toBe(true);
    await click(el, '#pack-preview-password');
    // The forum's facts are confirmed in the draft: the warning, with its banner, as the popup tells it.
    expect(verdictOf(el)!.dataset.verdict).toBe('portal-login-no-mailbox');
    expect(verdictOf(el)!.dataset.severity).toBe('warning');
    expect(verdictOf(el)!.querySelector('[data-banner]')!.getAttribute('data-banner')).toBe('true');
    expect(verdictOf(el)!.querySelector('.headline')!.textContent).toContain('Attention');
    await click(el, '#pack-preview-password');
    expect(verdictOf(el)!.dataset.verdict).toBe('portal');
  });

  it('an unsure site fact is told as its hint, as the popup would', async () => {
    const el = mount(<PackPreview lang="fr" />);
    // The bundled pack as it is: whether the DRANE forum holds no mailbox is a guess.
    await paste(el, LYON);
    await typeIn(el, '#pack-preview-url', 'https://forum-dane.ac-lyon.fr/');
    await click(el, '#pack-preview-password');
    const v = verdictOf(el)!;
    expect(v.dataset.verdict).toBe('portal-login-no-mailbox');
    expect(v.dataset.severity).toBe('info');
    expect(v.querySelector('[data-hint]')).not.toBeNull();
    expect(v.querySelector('[data-banner]')!.getAttribute('data-banner')).toBe('false');
  });

  it('tells the outcome of a login started on the page: the inbox, the same page, another page', async () => {
    const el = mount(<PackPreview lang="en" />);
    await paste(el, draftText());
    await typeIn(el, '#pack-preview-url', 'https://drane.ac-lyon.fr/spip/');
    const choose = (o: string) => click(el, `input[name="pack-preview-login"][value="${o}"]`);
    // No password field: no login is noticed, and the page says why.
    await choose('same');
    expect(el.querySelector('[data-no-login="no-password"]')).not.toBeNull();
    await click(el, '#pack-preview-password');
    expect(el.querySelector('[data-no-login]')).toBeNull();
    expect(verdictOf(el)!.dataset.verdict).toBe('login-failed');
    await choose('inbox');
    expect(verdictOf(el)!.dataset.verdict).toBe('webmail-inbox');
    expect(verdictOf(el)!.textContent).toContain('You are in your academic mailbox');
    await choose('other');
    expect(el.querySelector('#pack-preview-verdict [data-verdict]')).toBeNull();
    expect(el.querySelector('label[for="pack-preview-landing"]')).not.toBeNull();
    await typeIn(el, '#pack-preview-landing', 'https://portail.ac-lyon.fr/arena/');
    expect(verdictOf(el)!.dataset.verdict).toBe('login-without-inbox');
    expect(verdictOf(el)!.textContent).toContain('drane.ac-lyon.fr → portail.ac-lyon.fr');
    await typeIn(el, '#pack-preview-landing', 'https://www.example.org/');
    expect(verdictOf(el)!.dataset.verdict).toBe('left-academy');
  });

  it("an invalid draft lists each error by field, line and column, and the page stays usable", async () => {
    const el = mount(<PackPreview lang="fr" />);
    const text = draftText((p) => (p.portals[1]!.kind = 'nope'));
    await paste(el, text);
    expect(el.querySelector('[data-draft]')!.getAttribute('data-draft')).toBe('invalid');
    expect(el.querySelector('[role="status"]')!.textContent).toContain('1 erreur');
    const error = el.querySelector<HTMLElement>('#pack-preview-errors [data-path="portals[1].kind"]')!;
    const line = text.split('\n').findIndex((l) => l.includes('"nope"')) + 1;
    expect(error.dataset.line).toBe(String(line));
    const column = Number(error.dataset.column);
    expect(text.split('\n')[line - 1]!.slice(column - 1)).toMatch(/^("kind": )?"nope"/);
    expect(error.textContent).toContain(`ligne ${line}, colonne ${column}`);
    expect(error.querySelector('.reason')!.textContent).toMatch(/^une valeur parmi/);
    expect(el.querySelector('#pack-preview-guide')).toBeNull();
    expect(el.querySelector('#pack-preview-verdict')).toBeNull();
    // Broken JSON: placed too.
    await paste(el, '{\n  "packVersion": "1.0.0",\n  oops\n}');
    expect(el.querySelector('#pack-preview-errors [data-path="(root)"]')!.textContent).toContain('ligne 3, colonne 3');
    // Fixed, the same page takes it.
    await paste(el, draftText());
    expect(el.querySelector('[data-draft]')!.getAttribute('data-draft')).toBe('valid');
    expect(el.querySelector('#pack-preview-errors')).toBeNull();
    expect(el.querySelector('#pack-preview-guide')).not.toBeNull();
  });

  it('reads a draft from a file, refusing one larger than a pack may be', async () => {
    const el = mount(<PackPreview lang="fr" />);
    const input = el.querySelector<HTMLInputElement>('#pack-preview-file')!;
    const choose = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await vi.waitFor(() => expect(el.querySelector('[data-draft]')?.textContent ?? '').toContain(file.name));
    };
    await choose(new File([draftText()], 'brouillon.json', { type: 'application/json' }));
    expect(el.querySelector('[data-draft]')!.getAttribute('data-draft')).toBe('valid');
    await choose(new File([new Uint8Array(600 * 1024)], 'enorme.json'));
    expect(el.querySelector('[data-draft]')!.getAttribute('data-draft')).toBe('too-large');
    expect(el.querySelector('#pack-preview-guide')).toBeNull();
  });

  it('lists every fact still to confirm, with its JSON path and sources; confirmed ones are not listed', async () => {
    const el = mount(<PackPreview lang="fr" />);
    await paste(el, draftText((p) => ((p.portals[1] as unknown as { hasMailbox: { confidence: string; sources: string[] } }).hasMailbox = { value: false, confidence: 'weak', sources: ['un forum'] } as never)));
    const list = el.querySelector('#pack-preview-unconfirmed')!;
    const rectorate = list.querySelector<HTMLElement>('[data-path="portals[1].hasMailbox"]')!;
    expect(rectorate.dataset.confidence).toBe('weak');
    expect([...rectorate.querySelectorAll('.sources li')].map((li) => li.textContent)).toEqual(['un forum']);
    const drane = (JSON.parse(LYON) as Raw).portals.findIndex((x) => x.id === 'drane');
    expect(list.querySelector(`[data-path="portals[${drane}].sharesAcademicCredentials"]`)).toBeNull();
    // The webmail's address has several sources: sure, not listed.
    expect(list.querySelector('[data-path="webmail.url"]')).toBeNull();
    const rows = list.querySelectorAll('li[data-path]').length;
    expect(list.querySelector('p')!.textContent).toContain(`${rows} fait(s)`);
  });

  it('nothing of the draft is stored or sent: no storage write, no message, no request', async () => {
    const sets = [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync].map((a) => vi.spyOn(a, 'set'));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const el = mount(<PackPreview lang="fr" />);
    await paste(el, draftText());
    await typeIn(el, '#pack-preview-url', 'https://drane.ac-lyon.fr/spip/');
    await click(el, '#pack-preview-password');
    await click(el, 'input[name="pack-preview-login"][value="inbox"]');
    await paste(el, draftText((p) => (p.portals[1]!.kind = 'nope')));
    for (const s of [...sets, send, tabsSend, fetchSpy]) expect(s).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)])).toBe('[{},{}]');
  });
});
