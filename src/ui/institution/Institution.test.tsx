import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../rules/bundled';
import { effectiveConfig } from '../../policy/layers';
import { validateManaged } from '../../policy/managed-schema';
import { hostedLayer, type HostedState } from '../../policy/hosted-pack';
import type { InstitutionState } from '../../policy/runtime';
import { institutionView, type InstitutionView } from '../../policy/view';
import { Institution, InstitutionRoot } from './Institution';
import { mount, unmount } from '../testing/mount';

const RULES = 'https://rules.ac-lyon.fr/aiguilleur/lyon.json';
const otherPortal = bundledPack.portals.find((p) => p.id !== bundledPack.webmail.portal)!;

/** The view the background would send for this policy and hosted-pack state. */
function viewFor(policy: unknown, hosted: HostedState = {}, lang: 'fr' | 'en' = 'fr'): InstitutionView {
  const managed = validateManaged(policy);
  const rulesUrl = managed.values.rulesUrl;
  const layer = hostedLayer(hosted, rulesUrl);
  const effective = effectiveConfig({ bundled: bundledPack, hosted: layer, managed: managed.values });
  const state: InstitutionState = {
    ...effective,
    matcher: null as never,
    managed,
    hosted,
    rulesUrl,
    nextRefresh: rulesUrl ? '2030-05-06T13:00:00.000Z' : undefined,
    bundled: { packVersion: bundledPack.packVersion, updated: bundledPack.updated },
  };
  return institutionView(state, lang);
}

const row = (el: HTMLElement, key: string) => el.querySelector<HTMLElement>(`#institution [data-key="${key}"]`);

describe('Configuration de l’établissement', () => {
  it('a key or a feature named like an Object.prototype member is shown as written, not looked up there', () => {
    const view = viewFor(undefined);
    view.rows = [{ key: 'toString', value: ['constructor', '__proto__', 'banner'], source: 'policy' }];
    const el = mount(<Institution view={view} />);
    expect(row(el, 'toString')!.querySelector('.value')!.textContent).toBe('constructor, __proto__, bandeau sur les sites');
    expect(row(el, 'toString')!.textContent).toContain('toString');
  });

  it('without policy: says so, and every value comes from the extension itself', () => {
    const el = mount(<Institution view={viewFor(undefined)} />);
    expect(el.querySelector('#institution h2')!.textContent).toBe("Configuration de l'établissement");
    expect(el.textContent).toContain("Aucune stratégie de l'établissement ne s'applique");
    expect(row(el, 'webmailUrl')!.dataset.source).toBe('bundled');
    expect(row(el, 'webmailUrl')!.querySelector('.value')!.textContent).toBe(bundledPack.webmail.url.value);
    expect(row(el, 'language')!.querySelector('.value')!.textContent).toBe('non défini');
    expect(el.querySelector('#institution-hosted')).toBeNull();
    expect(el.querySelector('#institution-rejected')).toBeNull();
  });

  it('shows each value in force with its source, and the policy key to write', () => {
    const el = mount(
      <Institution
        view={viewFor({
          webmailUrl: 'https://messagerie.ac-lyon.fr/',
          disabledFeatures: ['reminders', 'banner'],
          language: 'en',
          departmentContacts: { '69': { label: 'DSDEN du Rhône', phone: '04 72 80 00 00' } },
          extraPortals: [{ ...structuredClone(otherPortal), name: { fr: 'Nouveau site', en: 'New site' } }],
        })}
      />,
    );
    const web = row(el, 'webmailUrl')!;
    expect(web.dataset.source).toBe('policy');
    expect(web.querySelector('.value')!.textContent).toBe('https://messagerie.ac-lyon.fr/');
    expect(web.querySelector('.source')!.textContent).toBe("stratégie de l'établissement");
    expect(web.querySelector('.policy-name')!.textContent).toBe('webmailUrl');
    expect(row(el, 'disabledFeatures')!.querySelector('.value')!.textContent).toBe('rappels, bandeau sur les sites');
    expect(row(el, 'language')!.querySelector('.value')!.textContent).toBe('anglais');
    expect(row(el, 'departmentContacts.69')!.querySelector('.value')!.textContent).toBe('DSDEN du Rhône · 04 72 80 00 00');
    const portal = row(el, `portals.${otherPortal.id}`)!;
    expect(portal.dataset.source).toBe('policy');
    expect(portal.querySelector('.value')!.textContent).toBe('Nouveau site');
    expect(portal.querySelector('.policy-name')!.textContent).toBe('extraPortals');
    expect(el.querySelector(`#institution-notices [data-path="extraPortals"]`)!.textContent).toContain(otherPortal.id);
  });

  it('lists every refused value with its path, reason and the value received', () => {
    const el = mount(<Institution view={viewFor({ webmailUrl: 'javascript:alert(1)', language: 'de', colour: 'blue' })} />);
    const items = [...el.querySelectorAll<HTMLElement>('#institution-rejected li')];
    expect(items.map((li) => li.dataset.path)).toEqual(['webmailUrl', 'language', 'colour']);
    const web = items[0]!;
    expect(web.querySelector('.path')!.textContent).toBe('webmailUrl');
    // In the user's language (the validator's catalog); an English page says it in English.
    expect(web.querySelector('.reason')!.textContent).toBe('doit être une URL https://');
    expect(web.querySelector('.received code')!.textContent).toBe('"javascript:alert(1)"');
    // Shown as text, never as a link.
    expect(el.querySelector('#institution a[href^="javascript:"]')).toBeNull();
    // The bundled address stays in force.
    expect(row(el, 'webmailUrl')!.dataset.source).toBe('bundled');
    const en = mount(<Institution view={viewFor({ webmailUrl: 'javascript:alert(1)' }, {}, 'en')} />);
    expect(en.querySelector('#institution-rejected [data-path="webmailUrl"] .reason')!.textContent).toBe('must be an https:// URL');
  });

  it('shows the hosted pack: its address, whether it is in force, its date, and the last failure', () => {
    const hosted: HostedState = {
      good: { url: RULES, fetchedAt: '2030-05-06T07:00:00.000Z', pack: { ...bundledPack, packVersion: '9.9.9', updated: '2030-05-01' } },
      lastAttempt: { url: RULES, at: '2030-05-06T13:00:00.000Z', ok: false, errors: [{ path: 'rulesUrl', reason: 'the server answered 404 Not Found' }] },
      failures: 1,
    };
    const el = mount(<Institution view={viewFor({ rulesUrl: RULES }, hosted)} />);
    const section = el.querySelector<HTMLElement>('#institution-hosted')!;
    expect(section.dataset.inForce).toBe('true');
    expect(section.querySelector('code.url')!.textContent).toBe(RULES);
    expect(section.querySelector('[data-hosted="good"]')!.textContent).toContain('version 9.9.9 du 1 mai 2030');
    expect(section.querySelector('[data-hosted="last"]')!.getAttribute('data-ok')).toBe('false');
    expect(el.querySelector('[data-pack-source]')!.textContent).toContain('9.9.9');
    expect(el.querySelector('[data-pack-source]')!.getAttribute('data-pack-source')).toBe('hosted');
    expect(row(el, 'webmailUrl')!.dataset.source).toBe('hosted');
    const refused = el.querySelector<HTMLElement>('#institution-rejected [data-path="rulesUrl"]')!;
    expect(refused.dataset.source).toBe('hosted');
    expect(refused.querySelector('.reason')!.textContent).toBe('the server answered 404 Not Found');
  });

  it('a hosted pack never fetched yet: not in force, said plainly', () => {
    const el = mount(<Institution view={viewFor({ rulesUrl: RULES }, {}, 'en')} />);
    const section = el.querySelector<HTMLElement>('#institution-hosted')!;
    expect(section.dataset.inForce).toBe('false');
    expect(section.textContent).toContain('No valid version has been downloaded yet.');
    expect(section.textContent).toContain('the rules built into the extension apply');
  });

  it('« Faits confirmés »: each fact the institution confirmed in its hosted pack, with who and when; how many are still to confirm', () => {
    const unconfirmedCount = (el: HTMLElement) => Number(el.querySelector<HTMLElement>('#institution-facts [data-unconfirmed]')!.dataset.unconfirmed);
    // The built-in pack confirms nothing (never cry wolf): the page says so, and counts what is unsure.
    const bundled = mount(<Institution view={viewFor(undefined)} />);
    expect(bundled.querySelector('#institution-facts h3')!.textContent).toBe('Faits confirmés');
    expect(bundled.querySelectorAll('#institution-facts li')).toHaveLength(0);
    expect(bundled.querySelector('#institution-facts')!.textContent).toContain("Aucun fait n'est confirmé par l'établissement");
    const before = unconfirmedCount(bundled);
    expect(before).toBeGreaterThan(0);
    expect(bundled.querySelector('#institution-facts [data-unconfirmed]')!.textContent).toMatch(new RegExp(`^${before} fait\\(s\\) sur \\d+ restent «\u00a0à confirmer\u00a0»`));
    unmount();

    // The institution's hosted pack confirms an unsure fact (a staff portal without mailbox) and a sure one (the webmail).
    const pack = structuredClone(bundledPack);
    const staffIndex = pack.portals.findIndex((p) => p.id === 'staff-portal');
    const staff = pack.portals[staffIndex]!;
    expect(staff.hasMailbox.confidence).not.toBe('multi');
    staff.hasMailbox.confirmedBy = { by: 'DSI du rectorat', on: '2030-05-02' };
    expect(pack.webmail.url.confidence).toBe('multi');
    pack.webmail.url.confirmedBy = { by: 'Pôle messagerie', on: '2030-04-30' };
    const hosted: HostedState = { good: { url: RULES, fetchedAt: '2030-05-06T07:00:00.000Z', pack }, failures: 0 };
    const el = mount(<Institution view={viewFor({ rulesUrl: RULES }, hosted)} />);
    const items = [...el.querySelectorAll<HTMLElement>('#institution-facts li')];
    expect(items.map((li) => li.dataset.path)).toEqual(['webmail.url', `portals[${staffIndex}].hasMailbox`]);
    const [webmail, staffFact] = items as [HTMLElement, HTMLElement];
    expect(webmail.querySelector('.value')!.textContent).toBe(bundledPack.webmail.url.value);
    expect(webmail.querySelector('.by')!.textContent).toBe('confirmé par Pôle messagerie le 30 avril 2030');
    expect(staffFact.querySelector('.site')!.textContent).toContain(staff.name.fr);
    expect(staffFact.querySelector('.value')!.textContent).toBe('non');
    expect(staffFact.querySelector('.by')!.textContent).toBe('confirmé par DSI du rectorat le 2 mai 2030');
    // Confirming the unsure fact leaves one fewer to confirm; the webmail's address was sure already.
    expect(unconfirmedCount(el)).toBe(before - 1);
    unmount();

    const en = mount(<Institution view={viewFor({ rulesUrl: RULES }, hosted, 'en')} />);
    expect(en.querySelector('#institution-facts h3')!.textContent).toBe('Confirmed facts');
    expect(en.querySelector(`#institution-facts [data-path="portals[${staffIndex}].hasMailbox"] .value`)!.textContent).toBe('no');
    expect(en.querySelector(`#institution-facts [data-path="portals[${staffIndex}].hasMailbox"] .by`)!.textContent).toBe('confirmed by DSI du rectorat on 2 May 2030');
    expect(en.querySelector('#institution-facts [data-unconfirmed]')!.textContent).toContain('still “to be confirmed”');
  });

  it('InstitutionRoot loads the view, and says so when the background does not answer', async () => {
    const view = viewFor({ language: 'en' });
    let el = mount(<InstitutionRoot load={() => Promise.resolve(view)} fallbackLang="fr" />);
    await act(async () => {});
    expect(el.querySelector<HTMLElement>('#institution')!.dataset.state).toBe('ready');
    unmount();

    vi.spyOn(console, 'error').mockImplementation(() => {});
    el = mount(<InstitutionRoot load={() => Promise.reject(new Error('no worker'))} fallbackLang="en" />);
    await act(async () => {});
    expect(el.querySelector<HTMLElement>('#institution')!.dataset.state).toBe('error');
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('The institution settings could not be read. Reload the page.');
  });
});
