import { describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { HOSTED_KEY } from './hosted-pack';
import { institution } from './runtime';
import { memoryArea } from './testing';
import { institutionView } from './view';

const RULES = 'https://rules.ac-lyon.fr/aiguilleur/lyon.json';
const USER = { dismissed: { drane: '2030-01-01T00:00:00.000Z' }, language: 'fr', reminder: { receivedAt: '2030-01-01' } };
const hostedText = (version = '9.9.9') => JSON.stringify({ ...bundledPack, packVersion: version });

function setup(initialPolicy: unknown = {}) {
  let policy: unknown = initialPolicy;
  let clock = new Date('2030-05-06T07:00:00.000Z');
  const storage = memoryArea(USER);
  let answer: () => Promise<Response> = async () => new Response(hostedText());
  const fetch = vi.fn(async () => answer());
  const schedule = vi.fn();
  const unschedule = vi.fn();
  const inst = institution({
    bundled: bundledPack,
    readManaged: async () => policy,
    local: storage.area,
    fetch,
    now: () => clock,
    schedule,
    unschedule,
  });
  return {
    inst,
    storage,
    fetch,
    schedule,
    unschedule,
    setPolicy(p: unknown) {
      policy = p;
      inst.invalidate();
    },
    answer(f: () => Promise<Response>) {
      answer = f;
    },
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

describe('institution runtime', () => {
  it('without policy: the bundled pack, compiled, and no request ever', async () => {
    const s = setup(undefined);
    const c = await s.inst.config();
    expect(c.pack).toEqual(bundledPack);
    expect(c.matcher.classify('https://webmail.ac-lyon.fr/').portal?.id).toBe(bundledPack.webmail.portal);
    await s.inst.refresh();
    expect(s.fetch).not.toHaveBeenCalled();
    expect(s.unschedule).toHaveBeenCalled();
  });

  it('treats a rejecting storage.managed (Firefox without policy) as no policy', async () => {
    const s = setup();
    const inst = institution({
      bundled: bundledPack,
      readManaged: () => Promise.reject(new Error('Managed storage manifest not found')),
      local: s.storage.area,
      fetch: s.fetch,
      now: () => new Date(),
      schedule: s.schedule,
      unschedule: s.unschedule,
    });
    const c = await inst.config();
    expect(c.managed).toEqual({ values: {}, rejected: [] });
    expect(c.sources.pack).toBe('bundled');
  });

  it('fetches the hosted pack, which then wins; a later failure keeps it and shows why', async () => {
    const s = setup({ rulesUrl: RULES, language: 'en' });
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(1);
    let c = await s.inst.config();
    expect(c.pack.packVersion).toBe('9.9.9');
    expect(c.sources.pack).toBe('hosted');
    expect(s.schedule).toHaveBeenLastCalledWith(new Date('2030-05-06T13:00:00.000Z'));

    // Not due yet: no request.
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(1);

    s.advance(6 * 3600_000);
    s.answer(async () => new Response('not found', { status: 404 }));
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(2);
    c = await s.inst.config();
    expect(c.pack.packVersion).toBe('9.9.9');
    const view = institutionView(c, 'fr');
    expect(view.hosted).toMatchObject({ url: RULES, inForce: true, good: { version: '9.9.9' }, lastAttempt: { ok: false } });
    expect(view.rejected).toContainEqual({ source: 'hosted', path: 'rulesUrl', reason: expect.stringContaining('404') });
    // Retried sooner than 6 h after a failure.
    expect(s.schedule).toHaveBeenLastCalledWith(new Date('2030-05-06T13:15:00.000Z'));
  });

  it('a pack fetched while the clock said 2036 does not hold refreshes back once the clock is right', async () => {
    const s = setup({ rulesUrl: RULES });
    s.advance(Date.parse('2036-01-01T00:00:00.000Z') - Date.parse('2030-05-06T07:00:00.000Z'));
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(1);
    // The clock is put right: the pack is due at once, then every 6 h from the true time.
    s.advance(Date.parse('2030-05-06T07:00:00.000Z') - Date.parse('2036-01-01T00:00:00.000Z'));
    expect((await s.inst.config()).nextRefresh).toBe('2030-05-06T07:00:00.000Z');
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(2);
    expect(s.schedule).toHaveBeenLastCalledWith(new Date('2030-05-06T13:00:00.000Z'));
    s.advance(6 * 3600_000);
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(3);
  });

  it('an invalid hosted pack never replaces the bundled one', async () => {
    const s = setup({ rulesUrl: RULES });
    s.answer(async () => new Response(JSON.stringify({ ...bundledPack, portals: [] })));
    await s.inst.refresh();
    const c = await s.inst.config();
    expect(c.pack).toEqual(bundledPack);
    expect(institutionView(c, 'en').rejected).toContainEqual(expect.objectContaining({ source: 'hosted', path: 'portals' }));
  });

  it('an http: rulesUrl is refused by the policy check and never requested', async () => {
    const s = setup({ rulesUrl: 'http://rules.ac-lyon.fr/lyon.json', language: 'en' });
    await s.inst.refresh({ force: true });
    expect(s.fetch).not.toHaveBeenCalled();
    const c = await s.inst.config();
    expect(c.language).toBe('en');
    expect(c.managed.rejected).toEqual([expect.objectContaining({ path: 'rulesUrl', reason: 'must be an https:// URL' })]);
  });

  it('a malformed webmailUrl is refused, the bundled one stays, and the view says why', async () => {
    const s = setup({ webmailUrl: 'javascript:alert(1)', language: 'en' });
    const c = await s.inst.config();
    expect(c.pack.webmail.url.value).toBe(bundledPack.webmail.url.value);
    expect(c.language).toBe('en');
    const view = institutionView(c, 'fr');
    expect(view.rows.find((r) => r.key === 'webmailUrl')).toEqual({ key: 'webmailUrl', value: bundledPack.webmail.url.value, source: 'bundled' });
    expect(view.rejected).toEqual([{ source: 'policy', path: 'webmailUrl', reason: 'must be an https:// URL', ref: { key: 'v_url_https', subs: [] }, value: '"javascript:alert(1)"' }]);
  });

  it("lists the institution's name and support contact the policy sets, from the policy; unset, from nowhere", async () => {
    const set = institutionView(await setup({ institutionName: 'Académie de Lyon', supportContact: { label: 'Assistance', phone: '04 00 00 00 00' } }).inst.config(), 'fr');
    expect(set.rows).toContainEqual({ key: 'institutionName', value: 'Académie de Lyon', source: 'policy' });
    expect(set.rows).toContainEqual({ key: 'supportContact', value: 'Assistance · 04 00 00 00 00', source: 'policy' });
    const unset = institutionView(await setup({}).inst.config(), 'fr');
    expect(unset.rows).toContainEqual({ key: 'institutionName', value: null, source: 'bundled' });
    expect(unset.rows).toContainEqual({ key: 'supportContact', value: null, source: 'bundled' });
  });

  it('follows policy changes after invalidate, and forgets the hosted pack when the policy drops rulesUrl', async () => {
    const s = setup({ rulesUrl: RULES });
    await s.inst.refresh();
    expect((await s.inst.config()).sources.pack).toBe('hosted');
    s.setPolicy({ webmailUrl: 'https://messagerie.ac-lyon.fr/' });
    let c = await s.inst.config();
    expect(c.sources.pack).toBe('bundled');
    expect(c.pack.webmail.url.value).toBe('https://messagerie.ac-lyon.fr/');
    await s.inst.refresh();
    expect(s.storage.data[HOSTED_KEY]).toBeUndefined();
    expect(s.unschedule).toHaveBeenCalled();
    c = await s.inst.config();
    expect(c.rulesUrl).toBeUndefined();
  });

  it('a new rulesUrl is fetched at once; until it succeeds the old pack is not used', async () => {
    const s = setup({ rulesUrl: RULES });
    await s.inst.refresh();
    s.setPolicy({ rulesUrl: 'https://rules.ac-lyon.fr/v2.json' });
    s.answer(async () => {
      throw new TypeError('offline');
    });
    await s.inst.refresh();
    expect(s.fetch).toHaveBeenCalledTimes(2);
    expect((await s.inst.config()).sources.pack).toBe('bundled');
  });

  it('one refresh at a time', async () => {
    const s = setup({ rulesUrl: RULES });
    await Promise.all([s.inst.refresh(), s.inst.refresh(), s.inst.refresh()]);
    expect(s.fetch).toHaveBeenCalledTimes(1);
  });

  it("leaves the user's own settings untouched through every change", async () => {
    const s = setup({ rulesUrl: RULES, language: 'en', disabledFeatures: ['reminders'] });
    await s.inst.refresh();
    await s.inst.config();
    s.advance(7 * 3600_000);
    s.answer(async () => new Response('{', { status: 200 }));
    await s.inst.refresh();
    s.setPolicy({ webmailUrl: 'javascript:alert(1)', extraPortals: [{ id: 'x' }] });
    await s.inst.config();
    await s.inst.refresh();
    s.setPolicy(undefined);
    await s.inst.refresh();
    await s.inst.config();
    const { [HOSTED_KEY]: _hosted, ...rest } = s.storage.data;
    expect(rest).toEqual(USER);
    expect(new Set(s.storage.writes)).toEqual(new Set([HOSTED_KEY]));
  });

  it('compiles the matcher again only when the pack changed', async () => {
    const s = setup({ language: 'en' });
    const a = await s.inst.config();
    s.setPolicy({ language: 'fr' });
    const b = await s.inst.config();
    expect(b.matcher).toBe(a.matcher);
    s.setPolicy({ webmailUrl: 'https://messagerie.ac-lyon.fr/' });
    expect((await s.inst.config()).matcher).not.toBe(a.matcher);
  });
});
