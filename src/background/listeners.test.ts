import { describe, expect, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { bundledPack } from '../rules/bundled';
import type { Background } from './create-background';
import { listenChromium } from './listeners-chromium';
import { listenFirefox } from './listeners-firefox';
import { heardByFilters, type PageFilter, type UrlFilter } from './nav-filters';

/** A `browser` whose every event records the listeners added to it, with their filters. */
function recordingBrowser() {
  const added: Array<{ event: string; filter: unknown; extra?: string[] }> = [];
  const node = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key: string) =>
        key === 'addListener'
          ? (_l: unknown, filter?: unknown, extra?: string[]) => void added.push({ event: path, filter, ...(extra ? { extra } : {}) })
          : key === 'hasListener'
            ? () => false
            : node(path ? `${path}.${key}` : key),
    });
  return { browser: node('') as typeof Browser, added };
}

const bg = new Proxy({}, { get: () => () => {} }) as Background;
/** Listeners on navigation and tab events, with a filter (kept) or without (a journey's followers). */
const NAV = /^(webNavigation|webRequest|tabs\.onUpdated)/;
const filtered = (added: Array<{ event: string; filter: unknown }>, event: string) => added.filter((a) => a.event === event && a.filter !== undefined);
const unfiltered = (added: Array<{ event: string; filter: unknown }>) => added.filter((a) => NAV.test(a.event) && a.filter === undefined).map((a) => a.event);
const events = (added: Array<{ event: string }>) => [...new Set(added.map((a) => a.event))].sort();

describe('the listener sets', () => {
  it('Chromium hears no webRequest (the permission alone slows every site), and each navigation event once', () => {
    const { browser, added } = recordingBrowser();
    listenChromium(browser, bg, bundledPack);
    expect(events(added).filter((e) => e.startsWith('webRequest'))).toEqual([]);
    for (const e of ['onBeforeNavigate', 'onCommitted', 'onDOMContentLoaded', 'onCompleted', 'onErrorOccurred']) expect(filtered(added, `webNavigation.${e}`), e).toHaveLength(1);
    // Unfiltered: only a journey's followers (follow-landings.ts), dropped once no journey runs.
    expect(unfiltered(added).sort()).toEqual(['tabs.onUpdated', 'webNavigation.onCommitted']);
  });

  it("both hear a navigation's start and commit on the mailbox's doors only, its end and failure on every academy host", () => {
    for (const listen of [listenChromium, listenFirefox]) {
      const { browser, added } = recordingBrowser();
      listen(browser, bg, bundledPack);
      const heard = (e: string) => heardByFilters((filtered(added, `webNavigation.${e}`)[0]!.filter as { url: UrlFilter[] }).url);
      for (const e of ['onBeforeNavigate', 'onCommitted']) {
        expect(heard(e)('webmail.ac-lyon.fr'), e).toBe(true);
        expect(heard(e)('portail.ac-lyon.fr'), e).toBe(true);
        // The DRANE's page, a school's site: the worker is not woken while they load.
        expect(heard(e)('drane.ac-lyon.fr'), e).toBe(false);
        expect(heard(e)('www.ac-lyon.fr'), e).toBe(false);
        expect(heard(e)('example.org'), e).toBe(false);
      }
      // Firefox hears the doors' load ends only: its other pages ask for their script after the load.
      const ends = listen === listenChromium ? ['onCompleted', 'onErrorOccurred'] : ['onErrorOccurred'];
      for (const e of ends) {
        expect(heard(e)('drane.ac-lyon.fr'), e).toBe(true);
        expect(heard(e)('webmail.ac-lyon.fr'), e).toBe(true);
        expect(heard(e)('example.org'), e).toBe(false);
      }
      if (listen === listenFirefox) {
        expect(heard('onCompleted')('drane.ac-lyon.fr')).toBe(false);
        expect(heard('onCompleted')('webmail.ac-lyon.fr')).toBe(true);
      }
    }
  });

  it("Chromium hears a login page's end of parsing (its banner before anyone types on a slow page); Firefox's page says it itself", () => {
    const { browser, added } = recordingBrowser();
    listenChromium(browser, bg, bundledPack);
    // A login page's end of parsing: a login page still loading its images gets its banner then.
    const page = (u: string) => {
      const { hostname, pathname, search } = new URL(u);
      return (filtered(added, 'webNavigation.onDOMContentLoaded')[0]!.filter as { url: PageFilter[] }).url.some(
        (f) => heardByFilters([f])(hostname) && pathname.startsWith(f.pathPrefix ?? '') && search.includes(f.queryContains ?? ''),
      );
    };
    expect(page('https://drane.ac-lyon.fr/spip/spip.php?page=login')).toBe(true);
    expect(page('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp')).toBe(true);
    expect(page('https://maths.enseigne.ac-lyon.fr/spip/ecrire/')).toBe(true);
    expect(page('https://drane.ac-lyon.fr/spip/spip.php?page=article&id=3')).toBe(false);
    expect(page('https://drane.ac-lyon.fr/')).toBe(false);
    expect(page('https://example.org/spip/spip.php?page=login')).toBe(false);
    const firefox = recordingBrowser();
    listenFirefox(firefox.browser, bg, bundledPack);
    expect(firefox.added.filter((a) => a.event === 'webNavigation.onDOMContentLoaded')).toEqual([]);
  });

  it("Firefox hears redirects, login requests and request errors on academy URLs, and not the academy tabs' own 'complete' (it would wake its event page as each load ends)", () => {
    const { browser, added } = recordingBrowser();
    listenFirefox(browser, bg, bundledPack);
    expect(events(added).filter((e) => e.startsWith('webRequest'))).toEqual(['webRequest.onBeforeRedirect', 'webRequest.onBeforeRequest', 'webRequest.onErrorOccurred']);
    for (const a of added.filter((x) => x.event.startsWith('webRequest') || (x.event === 'tabs.onUpdated' && x.filter)))
      expect((a.filter as { urls: string[] }).urls.every((u) => u.includes('ac-lyon.fr')), a.event).toBe(true);
    expect(added.filter((a) => a.event === 'tabs.onUpdated')).toEqual([]);
    // Firefox primes a listener added while its event page starts: a journey's followers come later, only while one runs.
    expect(unfiltered(added)).toEqual([]);
  });

  it('neither holds a request in the bundle (Firefox holds the doors\' page requests in a first script of a few bytes: build/door-hold.ts)', () => {
    for (const listen of [listenChromium, listenFirefox]) {
      const { browser, added } = recordingBrowser();
      listen(browser, bg, bundledPack);
      expect(added.filter((a) => a.extra?.includes('blocking'))).toEqual([]);
    }
  });

  it('both add every listener at once, at start-up (one added after an await misses the event that woke the worker)', () => {
    for (const listen of [listenChromium, listenFirefox]) {
      const { browser, added } = recordingBrowser();
      listen(browser, bg, bundledPack);
      expect(events(added)).toEqual(expect.arrayContaining(['runtime.onMessage', 'runtime.onStartup', 'runtime.onInstalled', 'storage.onChanged', 'alarms.onAlarm', 'tabs.onRemoved', 'omnibox.onInputEntered', 'permissions.onAdded', 'permissions.onRemoved']));
    }
  });
});
