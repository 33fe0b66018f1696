/** Small pieces the popup and the guide share. */
import type { ComponentChildren, JSX } from 'preact';
import type { UiTranslate as Translate } from './strings';
import type { Portal } from '../rules/schema';
import type { Severity } from '../model/facts';
import { prettyUrl } from './addresses';

/** The "à confirmer" mark: text, not colour alone, so it survives any theme and screen reader. */
export function ToConfirm({ t }: { t: Translate }) {
  return <span class="to-confirm">{t('toConfirm')}</span>;
}

/**
 * A link that opens in a new tab. In the popup a plain link would navigate the
 * popup itself; a new tab works without JavaScript or extra permission, keeps
 * middle-click and keyboard behaviour, and never replaces the page the user was
 * on (which may hold a half-filled form). Screen readers are told it opens a tab.
 */
export function NewTabLink({
  t,
  href,
  class: className,
  action,
  children,
}: {
  t: Translate;
  href: string;
  class?: string;
  /** `data-action`, the hook tests and later features use. */
  action?: string;
  children: ComponentChildren;
}) {
  return (
    <a href={href} class={className} data-action={action} target="_blank" rel="noopener">
      {children}
      <span class="sr-only"> {t('ui_newTab')}</span>
    </a>
  );
}

/** The webmail's address as a link that opens it, « à confirmer » beside it while the pack is unsure of it. */
export function WebmailAddress({ t, url, confirmed }: { t: Translate; url: string; confirmed: boolean }) {
  return (
    <p class="webmail-address">
      <a href={url} data-action="open-webmail">
        {prettyUrl(url)}
      </a>
      {!confirmed && (
        <>
          {' '}
          <ToConfirm t={t} />
        </>
      )}
    </p>
  );
}

export const yesNo = (t: Translate, value: boolean): string => t(value ? 'ui_yes' : 'ui_no');

export const credentialsAnswer = (t: Translate, value: Portal['sharesAcademicCredentials']['value']): string =>
  t(value === 'yes' ? 'ui_yes' : value === 'no' ? 'ui_no' : 'ui_unknown');

/** A yes/no answer with "à confirmer" beside it when the pack is not sure. */
export function Answer({ t, text, confirmed }: { t: Translate; text: string; confirmed: boolean }) {
  return (
    <>
      <span class="answer">{text}</span>
      {!confirmed && (
        <>
          {' '}
          <ToConfirm t={t} />
        </>
      )}
    </>
  );
}

// Functions, not shared vnodes: each icon gets its own elements.
const ICON_PATHS: Record<Severity, () => JSX.Element> = {
  ok: () => <path d="M6 12.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />,
  info: () => (
    <>
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M12 11v6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      <circle cx="12" cy="7.4" r="1.5" fill="currentColor" />
    </>
  ),
  warning: () => (
    <>
      <path d="M12 3.2L22 20.5H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
      <path d="M12 9.5v5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
      <circle cx="12" cy="17.6" r="1.4" fill="currentColor" />
    </>
  ),
};

/** A shape per severity (check, "i", triangle), so the state never rests on colour alone. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg class="severity-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {ICON_PATHS[severity]()}
    </svg>
  );
}

export function MailIcon() {
  return (
    <svg class="mail-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M3.5 6.5l8.5 6.5 8.5-6.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}
