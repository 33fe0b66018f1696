/**
 * The messages between the extension's parts. The background owns the rules and
 * every decision; the content script only reports what it sees and shows what it
 * is told, so it stays tiny and never needs the pack.
 */
import type { Lang, LangSetting } from './i18n/lang';
import type { ForwardingGuardModel } from './mail/types';
import type { DiagnosticsView, FalseWarning } from './diagnostics/report';
import type { SelfCheckResult } from './diagnostics/self-check';
import type { InstitutionFooter } from './policy/footer';
import type { InstitutionView } from './policy/view';

export type { InstitutionFooter } from './policy/footer';
import type { Credentials, Pack, PortalKind } from './rules/schema';
import type { VerdictId } from './verdicts';
import type { PageSignals, Severity } from './model/facts';

/** A ready-to-render banner; its texts are already in the user's language. */
export interface BannerModel {
  verdict: VerdictId;
  portal: string;
  /** The page's host: what « Cet avertissement est faux » silences the verdict on. */
  host: string;
  lang: Lang;
  label: string;
  headline: string;
  lines: string[];
  webmailUrl: string;
  actionLabel: string;
  dismissLabel: string;
  /** « Fermer »: this page view only. */
  closeLabel: string;
  /** « Cet avertissement est faux », on a warning the user may mark wrong. */
  wrongLabel?: string;
  /** The institution's name and support contact, when the policy sets them. */
  institution?: InstitutionFooter;
}

/** Sent by the background to a tab's content script: report the page again. */
export interface RefreshMessage {
  type: 'refresh';
}

/** The background's answer to a page report: what to look for, and what to show. */
export interface PageReply {
  /** What the page's content script keeps looking for (presence of elements only). */
  watch: { passwordField: boolean; inboxMarkers: string[] };
  banner: BannerModel | null;
  /** On the webmail only: what the forwarding guard looks for and says. */
  forwardingGuard: ForwardingGuardModel | null;
}

export interface FactView<T> {
  value: T;
  confirmed: boolean;
  sentence: string;
}

export interface PortalView {
  id: string;
  kind: PortalKind;
  name: string;
  role: string;
  credentials: FactView<Credentials>;
  mailbox: FactView<boolean>;
}

/** What the popup shows for one tab. */
export interface TabView {
  lang: Lang;
  verdict: VerdictId;
  severity: Severity;
  /** The verdict is a warning told as a hint: a site fact it asserts is not sure. */
  hint?: true;
  headline: string;
  lines: string[];
  host: string | null;
  portal: PortalView | null;
  webmailUrl: string;
  webmailConfirmed: boolean;
  /** Set on a landed login journey: the hosts passed through, in order. */
  journeyPath?: string[];
  /** The personal-data-free text "Signaler un problème" copies. */
  summary?: string;
  /** Complete the first login before the temporary password likely expires. */
  reminder?: { state: 'soon' | 'urgent'; line: string };
  /** The browser or the system is past the pack's minimum: how to update. */
  outdated?: string;
  /** The warning shown may be marked wrong (« Cet avertissement est faux ») on this host. */
  markable?: { host: string; verdict: VerdictId };
  /** A warning the user marked wrong here, now silenced: told neutrally, with a way to undo. */
  markedWrong?: FalseWarning & { line: string };
  /** The user withheld the extension's access to the academy's sites: the popup says so and offers it back. */
  siteAccess?: 'withheld';
  /** The institution's name and support contact, when the policy sets them (the footer). */
  institution?: InstitutionFooter;
}

/** What the first-run page shows: the webmail in force, the language and who chose it. */
export interface FirstRunView {
  lang: Lang;
  webmailUrl: string;
  webmailConfirmed: boolean;
  /** The user's own choice ('auto': the browser's language). */
  language: LangSetting;
  /** The institution's policy sets the language: the choice is shown, not offered. */
  languageByPolicy: boolean;
  siteAccess?: 'withheld';
}

/** What the guide page needs: the pack in force and the language. */
export interface GuideView {
  lang: Lang;
  pack: Pack;
  /** The browser or the system is past the pack's minimum: how to update. */
  outdated?: string;
  /** The warnings the user marked wrong, each with its site's name when the pack knows it. */
  falseWarnings?: Array<FalseWarning & { site: string | null }>;
}

export type Request =
  /** What the page shows: one report per page view (and one per change of its watched signals). */
  | { type: 'page'; url: string; signals: PageSignals }
  | { type: 'dismiss'; portal: string }
  /** « Cet avertissement est faux »: silence this verdict on this host (from the banner or the popup). */
  | { type: 'false-warning'; host: string; verdict: string }
  /** Undo a false-warning: the verdict is told again on this host (the popup, the guide). */
  | { type: 'restore-warning'; host: string; verdict: string }
  /** A form holding a password field was submitted (its values are never read). */
  | { type: 'login-submit'; url: string; /** When the form was submitted (the page's clock: the message can arrive after the load it started). */ at?: number }
  /** Firefox's few-byte script: this academy page has loaded, or is still loading 300 ms after it was parsed: its content script, please (build/page-script-ask.ts). */
  | { type: 'page-script' }
  | { type: 'tab-view'; tabId: number }
  | { type: 'guide-view' }
  | { type: 'diagnostics-view' }
  /** User-initiated only: probes the webmail and the staff portal. */
  | { type: 'self-check' }
  | { type: 'institution-view' }
  | { type: 'first-run-view' }
  /** The user's language choice (the first-run page). */
  | { type: 'set-language'; language: LangSetting };

export interface Replies {
  page: PageReply;
  dismiss: { ok: true };
  'false-warning': { ok: true };
  'restore-warning': { ok: true };
  'login-submit': { ok: true };
  'page-script': { ok: true };
  'tab-view': TabView;
  'guide-view': GuideView;
  'diagnostics-view': DiagnosticsView;
  'self-check': SelfCheckResult;
  'institution-view': InstitutionView;
  'first-run-view': FirstRunView;
  'set-language': { ok: true };
}

export type ReplyTo<R extends Request> = Replies[R['type']];
