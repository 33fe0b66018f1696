import { describe, expect, it } from 'vitest';
import { FALSE_WARNINGS_MAX, markWrong, parseFalseWarnings, restoreWarning, silencing } from './false-warnings';

const DAY = new Date('2026-12-02T13:00:00Z');

describe('warnings marked wrong', () => {
  it('keep the site, the verdict and the day, nothing else, newest first; marking again renews the day', () => {
    let list = markWrong([], 'drane.ac-lyon.fr', 'portal-login-no-mailbox', new Date('2026-11-30T09:00:00Z'));
    list = markWrong(list, 'portail.ac-lyon.fr', 'login-failed', DAY);
    list = markWrong(list, 'drane.ac-lyon.fr', 'portal-login-no-mailbox', DAY);
    expect(list).toEqual([
      { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' },
      { host: 'portail.ac-lyon.fr', verdict: 'login-failed', on: '2026-12-02' },
    ]);
  });

  it('store a host even when handed a URL, and refuse what is not a site and a verdict', () => {
    expect(markWrong([], 'https://jean.dupont@drane.ac-lyon.fr/spip/?page=login', 'portal-login-no-mailbox', DAY)).toEqual([
      { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' },
    ]);
    expect(() => markWrong([], 'not a host!', 'portal', DAY)).toThrow();
    expect(() => markWrong([], 'drane.ac-lyon.fr', '<script>', DAY)).toThrow();
  });

  it('are silenced on their own site and verdict only; restoring one leaves the others', () => {
    const list = markWrong(markWrong([], 'drane.ac-lyon.fr', 'portal-login-no-mailbox', DAY), 'portail.ac-lyon.fr', 'login-failed', DAY);
    expect(silencing(list, 'drane.ac-lyon.fr', 'portal-login-no-mailbox')).toBeDefined();
    expect(silencing(list, 'drane.ac-lyon.fr', 'login-failed')).toBeUndefined();
    expect(silencing(list, 'www.drane.ac-lyon.fr', 'portal-login-no-mailbox')).toBeUndefined();
    expect(silencing(list, null, 'portal-login-no-mailbox')).toBeUndefined();
    expect(restoreWarning(list, 'drane.ac-lyon.fr', 'portal-login-no-mailbox')).toEqual([{ host: 'portail.ac-lyon.fr', verdict: 'login-failed', on: '2026-12-02' }]);
  });

  it('are read back entry by entry: a malformed entry is dropped, the good ones kept', () => {
    const good = { host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-02' };
    expect(parseFalseWarnings('x')).toEqual([]);
    expect(parseFalseWarnings({ 0: good })).toEqual([]);
    expect(
      parseFalseWarnings([
        null,
        7,
        { ...good, host: 'https://drane.ac-lyon.fr/spip/' }, // a URL is not what we write
        { ...good, verdict: 42 },
        { ...good, on: 'yesterday' },
        { host: 'portail.ac-lyon.fr', verdict: 'login-failed' },
        good,
        { ...good, on: '2026-01-01' }, // the same warning twice: the first kept
        { ...good, page: 'the page text', on: '2026-12-01', host: 'portail.ac-lyon.fr' }, // extra fields are not kept
      ]),
    ).toEqual([good, { host: 'portail.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-12-01' }]);
  });

  it('are bounded, whatever is stored', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ host: `s${i}.ac-lyon.fr`, verdict: 'portal-login-no-mailbox', on: '2026-12-02' }));
    expect(parseFalseWarnings(many)).toHaveLength(FALSE_WARNINGS_MAX);
    expect(markWrong(parseFalseWarnings(many), 'drane.ac-lyon.fr', 'login-failed', DAY)).toHaveLength(FALSE_WARNINGS_MAX);
  });
});
