/**
 * The policy's department IT contacts reach the teacher: the background's account-page reply
 * carries them, the account page's forgotten-password route shows them, and the options page
 * lists the same; where the policy is silent, the pack's stay.
 */
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../src/background/create-background';
import { fakePlatform } from '../../src/background/testing/fake-platform';
import type { GuideView } from '../../src/messages';
import type { InstitutionView } from '../../src/policy/view';
import { bundledPack } from '../../src/rules/bundled';
import { Account } from '../../src/ui/account/Account';
import { receivedStore } from '../../src/ui/account/received-store';
import { mount, settle } from '../../src/ui/testing/mount';

const CONTACT_69 = { label: 'Assistance informatique DSDEN du Rhône', phone: '04 72 80 00 00', email: 'assistance-69@example.org' };

async function click(el: HTMLElement, selector: string) {
  await act(() => el.querySelector<HTMLElement>(selector)!.click());
  await settle();
}

async function views(managed: Record<string, unknown>) {
  const world = fakePlatform({ managed: () => managed });
  const bg = createBackground(world.platform, bundledPack);
  const guide = (await bg.handle({ type: 'guide-view' }, {})) as GuideView;
  const institution = (await bg.handle({ type: 'institution-view' }, {})) as InstitutionView;
  return { guide, institution };
}

async function departmentCard(view: GuideView, code: string) {
  const el = mount(<Account lang={view.lang} pack={view.pack} store={receivedStore(fakeBrowser.storage.local)} now={() => new Date(2026, 8, 20)} />);
  await click(el, 'input[name="backup"][value="no"]');
  await click(el, `input[name="department"][value="${code}"]`);
  return el.querySelector(`[data-department="${code}"]`)!;
}

describe("the policy's department contacts on the account page", () => {
  beforeEach(() => fakeBrowser.reset());

  it('a policy contact set: the account page shows it, confirmed, and the options page lists the same', async () => {
    const { guide, institution } = await views({ departmentContacts: { '69': CONTACT_69 } });
    const card = await departmentCard(guide, '69');
    expect(card.querySelector('h3')!.textContent).toBe(CONTACT_69.label);
    expect(card.querySelector('a[href="tel:0472800000"]')!.textContent).toBe(CONTACT_69.phone);
    expect(card.querySelector(`a[href="mailto:${CONTACT_69.email}"]`)).not.toBeNull();
    expect(card.querySelector('[data-fact="contact"] .to-confirm')).toBeNull(); // the institution's own word
    expect(card.querySelector('[data-fact="seat"] dd')!.textContent).toContain('Lyon'); // the pack's seat stays
    expect(institution.rows).toContainEqual({ key: 'departmentContacts.69', value: `${CONTACT_69.label} · ${CONTACT_69.phone} · ${CONTACT_69.email}`, source: 'policy' });
  });

  it("where the policy is silent, the pack's contact stays", async () => {
    const { guide } = await views({ departmentContacts: { '69': CONTACT_69 } });
    const card = await departmentCard(guide, '42');
    expect(card.querySelector('h3')!.textContent).toBe('Service informatique de la DSDEN de la Loire');
    expect(card.querySelector('[data-contact="none"]')).not.toBeNull();
  });
});
