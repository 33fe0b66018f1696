/**
 * The frame of the pages opened in a tab (guide, account, mail, diagnostics): one readable
 * column with a header (title, intro, what the page adds), its main part and a footer; the
 * error screen they show when the background did not answer; the list of a page's sections.
 * Its stylesheet stays out of the popup, which never renders these.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../i18n/lang';
import { prettyUrl } from './addresses';
import { FALLBACK_WEBMAIL } from './fallback';
import './page.css';

export interface TabPageProps {
  /** The page's class (`guide`, `mail`…), for what its own stylesheet adds. */
  page: string;
  lang: Lang;
  state: 'ready' | 'error';
  packVersion?: string | undefined;
  title: string;
  intro?: string;
  /** After the title and the intro: an alert, the list of sections. */
  header?: ComponentChildren;
  footer?: ComponentChildren;
  children: ComponentChildren;
}

export function TabPage({ page, lang, state, packVersion, title, intro, header, footer, children }: TabPageProps) {
  return (
    <div class={`page ${page}`} lang={lang} data-state={state} data-pack-version={packVersion}>
      <header class="page-header">
        <h1>{title}</h1>
        {intro && <p>{intro}</p>}
        {header}
      </header>
      <main>{children}</main>
      {footer && <footer class="page-footer">{footer}</footer>}
    </div>
  );
}

/**
 * A tab page when the background did not answer: its title, what went wrong (with the
 * bundled webmail address when `webmail`), then what still stands without the background.
 */
export function PageError({ page, lang, title, alert, webmail = false, children }: { page: string; lang: Lang; title: string; alert: string; webmail?: boolean; children?: ComponentChildren }) {
  return (
    <TabPage page={page} lang={lang} state="error" title={title}>
      <p class="error" role="alert">
        {alert}
        {webmail && (
          <>
            {' '}
            <a href={FALLBACK_WEBMAIL.url}>{prettyUrl(FALLBACK_WEBMAIL.url)}</a>
          </>
        )}
      </p>
      {children}
    </TabPage>
  );
}

/** An empty, busy `<main>` that holds a page's place while the background answers. */
export const PagePlaceholder = ({ page }: { page: string }) => <main class={`page ${page}`} data-state="loading" aria-busy="true" />;

/** The page's sections as links, under a heading only screen readers see (`id` names it). */
export function SectionNav({ id, heading, sections }: { id: string; heading: string; sections: readonly (readonly [string, string])[] }) {
  return (
    <nav aria-labelledby={id}>
      <h2 id={id} class="sr-only">
        {heading}
      </h2>
      <ol class="page-nav">
        {sections.map(([anchor, label]) => (
          <li>
            <a href={`#${anchor}`}>{label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
