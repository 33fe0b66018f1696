/**
 * Browser events → a tab's failure: a main-frame error on an academy host becomes the tab's
 * LoadFailure (the background wires these; what an error string means is model/load-errors.ts).
 */
import type { LoadFailure } from '../model/facts';
import { describeLoadError, isFailureKind, type LoadErrorBrowser } from '../model/load-errors';
import { isOutermost } from '../journey/events';
import { webHost } from '../match/normalize';

/** `webNavigation.onErrorOccurred` details (the fields used). */
export interface NavigationErrorDetails {
  tabId: number;
  frameId: number;
  url: string;
  error: string;
  timeStamp: number;
  frameType?: string;
  documentLifecycle?: string;
}

/** `webRequest.onErrorOccurred` details (the fields used). */
export interface RequestErrorDetails {
  tabId: number;
  type: string;
  url: string;
  error: string;
  timeStamp: number;
}

function failureFrom(browser: LoadErrorBrowser, error: string, url: string, at: number, isAcademyHost: (host: string) => boolean): LoadFailure | null {
  const host = webHost(url);
  if (!host || !isAcademyHost(host)) return null;
  const d = describeLoadError(browser, error);
  return isFailureKind(d.kind) ? { kind: d.kind, code: d.name, host, at } : null;
}

/** A main-frame navigation error on an academy host, as the tab's failure; null for anything else. */
export function failureFromNavigationError(
  browser: LoadErrorBrowser,
  d: NavigationErrorDetails,
  isAcademyHost: (host: string) => boolean,
): LoadFailure | null {
  return isOutermost(d) ? failureFrom(browser, d.error, d.url, d.timeStamp, isAcademyHost) : null;
}

/** The same from `webRequest.onErrorOccurred` (main_frame requests only). */
export function failureFromRequestError(
  browser: LoadErrorBrowser,
  d: RequestErrorDetails,
  isAcademyHost: (host: string) => boolean,
): LoadFailure | null {
  return d.type === 'main_frame' && d.tabId >= 0 ? failureFrom(browser, d.error, d.url, d.timeStamp, isAcademyHost) : null;
}
