import { describe, expect, it } from 'vitest';
import type { CommittedDetails } from '../journey/events';
import { followLandings } from './follow-landings';

function event<L>() {
  const listeners = new Set<L>();
  return { listeners, addListener: (l: L) => void listeners.add(l), removeListener: (l: L) => void listeners.delete(l), hasListener: (l: L) => listeners.has(l) };
}

describe('following a journey out of the academy', () => {
  it('hears every tab only while a journey runs, once however often it is told, and not what the filtered listener hears already', () => {
    const tabUpdated = event<(tabId: number, change: { status?: string }) => void>();
    const committed = event<(d: CommittedDetails) => void>();
    const loaded: number[] = [];
    const commits: string[] = [];
    const follow = followLandings(
      { tabUpdated, committed },
      { loadedOutside: (id) => void loaded.push(id), committedOutside: (d, heard) => void (heard(new URL(d.url).hostname) || commits.push(d.url)), completedOutside: () => {} },
      (host) => host.endsWith('ac-lyon.fr'),
    );
    // Listening from the start (a worker stopped mid-journey is woken by these: it must hear the event)...
    expect([tabUpdated.listeners.size, committed.listeners.size]).toEqual([1, 1]);
    // ...and no longer once it knows no journey runs (the removal ends the browser's registration).
    follow(false);
    expect(tabUpdated.listeners.size + committed.listeners.size).toBe(0);
    follow(true);
    follow(true);
    expect([tabUpdated.listeners.size, committed.listeners.size]).toEqual([1, 1]);
    for (const l of tabUpdated.listeners) (l(4, { status: 'loading' }), l(4, { status: 'complete' }));
    for (const l of committed.listeners) for (const url of ['https://cas.example.org/login', 'https://portail.ac-lyon.fr/']) l({ tabId: 4, frameId: 0, url, timeStamp: 1 });
    expect(loaded).toEqual([4]);
    expect(commits).toEqual(['https://cas.example.org/login']);
    follow(false);
    expect(tabUpdated.listeners.size + committed.listeners.size).toBe(0);
  });

  it('Firefox: not listening at the start (a listener added as its event page starts would wake it for every load), only while a journey runs', () => {
    const tabUpdated = event<(tabId: number, change: { status?: string }) => void>();
    const committed = event<(d: CommittedDetails) => void>();
    const completed = event<(d: CommittedDetails) => void>();
    const landed: string[] = [];
    const follow = followLandings(
      { tabUpdated, committed, completed },
      { loadedOutside: () => {}, committedOutside: () => {}, completedOutside: (d, heard) => void (heard(new URL(d.url).hostname) || landed.push(d.url)) },
      (host) => host === 'webmail.ac-lyon.fr',
      false,
    );
    expect(tabUpdated.listeners.size + committed.listeners.size + completed.listeners.size).toBe(0);
    follow(true);
    expect([tabUpdated.listeners.size, committed.listeners.size, completed.listeners.size]).toEqual([1, 1, 1]);
    // Its academy pages' load ends, which its filtered listener hears only on the doors: where the journey lands.
    for (const l of completed.listeners) for (const url of ['https://webmail.ac-lyon.fr/', 'https://drane.ac-lyon.fr/spip/espace']) l({ tabId: 4, frameId: 0, url, timeStamp: 1 });
    expect(landed).toEqual(['https://drane.ac-lyon.fr/spip/espace']);
    follow(false);
    expect(tabUpdated.listeners.size + committed.listeners.size + completed.listeners.size).toBe(0);
  });
});
