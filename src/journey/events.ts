/**
 * Browser event details → tracker events. Pure, so the filtering rules
 * (main frame only, no prerender, no sub-frames, history changes are not
 * logins) are unit-tested without a browser.
 */
import type { JourneyEvent, Transition } from './tracker';
import { pageOf } from '../match/kept-url';
import { webHost } from '../match/normalize';
import { own } from '../own';

export interface CommittedDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp: number;
  transitionType?: string;
  transitionQualifiers?: string[];
  frameType?: string;
  documentLifecycle?: string;
}

export interface RedirectDetails {
  tabId: number;
  type: string;
  url: string;
  redirectUrl: string;
  timeStamp: number;
}

export interface RequestDetails {
  tabId: number;
  type: string;
  method: string;
  url: string;
  timeStamp: number;
}

const TRANSITIONS: Record<string, Transition> = {
  link: 'link',
  typed: 'typed',
  reload: 'reload',
  form_submit: 'form_submit',
  auto_bookmark: 'typed',
  generated: 'typed',
  keyword: 'typed',
  keyword_generated: 'typed',
  start_page: 'typed',
  auto_toplevel: 'auto',
};

/** The fields that say which document a webNavigation event is about. */
export interface FrameDetails {
  tabId: number;
  frameId: number;
  frameType?: string;
  documentLifecycle?: string;
}

/**
 * A tab's own top-level document: not a frame, not a prerendered page (Chrome loads those unseen
 * and reports them as frame 0 of their own), not a request with no tab (tabId -1).
 */
export const isOutermost = (d: FrameDetails): boolean =>
  d.tabId >= 0 && d.frameId === 0 && (d.frameType === undefined || d.frameType === 'outermost_frame') && d.documentLifecycle !== 'prerender';

export function commitEvent(d: CommittedDetails): JourneyEvent | null {
  const host = webHost(d.url);
  if (!isOutermost(d) || !host) return null;
  const q = d.transitionQualifiers ?? [];
  return {
    kind: 'commit',
    tabId: d.tabId,
    host,
    at: d.timeStamp,
    transition: own(TRANSITIONS, d.transitionType ?? '') ?? 'other',
    clientRedirect: q.includes('client_redirect'),
    backForward: q.includes('forward_back'),
    serverRedirect: q.includes('server_redirect'),
  };
}

/** `webNavigation.onBeforeNavigate`: where a main-frame navigation starts (its first URL). */
export function startEvent(d: CommittedDetails): JourneyEvent | null {
  const host = webHost(d.url);
  return isOutermost(d) && host ? { kind: 'start', tabId: d.tabId, host, at: d.timeStamp } : null;
}

export function completeEvent(d: CommittedDetails): JourneyEvent | null {
  if (!isOutermost(d)) return null;
  return { kind: 'complete', tabId: d.tabId, host: webHost(d.url), page: pageOf(d.url), at: d.timeStamp };
}

export function redirectEvent(d: RedirectDetails): JourneyEvent | null {
  if (d.type !== 'main_frame' || d.tabId < 0) return null;
  const fromHost = webHost(d.url);
  const toHost = webHost(d.redirectUrl);
  return fromHost && toHost ? { kind: 'redirect', tabId: d.tabId, fromHost, toHost, at: d.timeStamp } : null;
}

/**
 * A login submission: a main-frame POST from a page where a password field was
 * seen, or any POST to a login endpoint the pack names (e.g. an XHR login).
 * The request body is never asked for.
 */
export function submitEvent(d: RequestDetails, isLoginEndpoint: (url: string) => boolean, pageHadPassword: boolean): JourneyEvent | null {
  if (d.method !== 'POST' || d.tabId < 0) return null;
  const host = webHost(d.url);
  if (!host) return null;
  const login = isLoginEndpoint(d.url) || (d.type === 'main_frame' && pageHadPassword);
  return login ? { kind: 'login-submit', tabId: d.tabId, host, at: d.timeStamp } : null;
}
