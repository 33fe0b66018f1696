// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { doorHoldScript } from '../../build/door-hold';
import { DOOR_HOLD_GLOBAL, takeDoorRequests } from '../../src/background/door-hold';
import { doorRequestUrls } from '../../src/background/nav-filters';
import type { RequestDetails } from '../../src/journey/events';
import { bundledPack } from '../../src/rules/bundled';

/** Runs the first background script as Firefox would, in an event page's global object; the test fires its listener. */
function startEventPage() {
  const scope: Record<string, unknown> = {};
  const added: Array<{ listener: (d: Record<string, unknown>) => unknown; filter: { urls: string[]; types: string[] }; extra: string[] }> = [];
  const browser = { webRequest: { onBeforeRequest: { addListener: (listener: never, filter: never, extra: never) => void added.push({ listener, filter, extra }) } } };
  new Function('globalThis', 'browser', doorHoldScript(doorRequestUrls(bundledPack)))(scope, browser);
  return { scope, added };
}

const request = (tabId: number, url: string, timeStamp: number) => ({ tabId, url, timeStamp, type: 'main_frame', method: 'GET', requestId: '7', frameId: 0, requestHeaders: [['Cookie', 'x']] });

describe("Firefox's first background script: the doors' page requests, held for the bundle", () => {
  it("holds only a door's page request, with the one blocking listener, and lets it through unchanged at once", () => {
    const { added } = startEventPage();
    expect(added).toHaveLength(1);
    const [{ listener, filter, extra }] = added as [(typeof added)[number]];
    expect(extra).toEqual(['blocking']);
    expect(filter.types).toEqual(['main_frame']);
    const held = (u: string) => filter.urls.some((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(u));
    expect(held('https://webmail.ac-lyon.fr/SOGo/')).toBe(true);
    expect(held('https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp')).toBe(true);
    expect(held('https://drane.ac-lyon.fr/spip/spip.php?page=login')).toBe(false);
    expect(held('https://www.ac-lyon.fr/')).toBe(false);
    expect(held('https://example.org/')).toBe(false);
    // No answer is "go on unchanged": the request is never cancelled or redirected.
    expect(listener(request(1, 'https://webmail.ac-lyon.fr/', 100))).toBeUndefined();
  });

  it('the requests heard before the bundle started reach it when it starts, then each one as it comes; only the tab, URL and time are kept', () => {
    const { scope, added } = startEventPage();
    const fire = added[0]!.listener;
    fire(request(1, 'https://webmail.ac-lyon.fr/', 100));
    fire(request(2, 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', 120));
    const told: RequestDetails[] = [];
    takeDoorRequests(scope, (d) => void told.push(d));
    expect(told).toEqual([
      { tabId: 1, type: 'main_frame', method: 'GET', url: 'https://webmail.ac-lyon.fr/', timeStamp: 100 },
      { tabId: 2, type: 'main_frame', method: 'GET', url: 'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp', timeStamp: 120 },
    ]);
    fire(request(3, 'https://webmail.ac-lyon.fr/', 300));
    expect(told.map((d) => d.tabId)).toEqual([1, 2, 3]);
    expect((scope[DOOR_HOLD_GLOBAL] as { held: unknown[] }).held).toEqual([]);
  });

  it('without the script (Chromium, a unit test), the bundle takes nothing and fails nothing', () => {
    const told: unknown[] = [];
    expect(() => takeDoorRequests({}, (d) => void told.push(d))).not.toThrow();
    expect(told).toEqual([]);
  });
});
