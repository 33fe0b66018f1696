/**
 * The diagnostics page (`diagnostics.html`): the three checks to run before calling
 * support — the right site, an active password (a question; nothing is typed), a
 * device and network that reach the academy (the self-check, run only on the user's
 * click) — then the support report to read, copy or save.
 *
 * `Diagnostics` takes everything it does as props (the self-check runner, copy and
 * save), so tests drive it without a browser; `DiagnosticsRoot` loads the view.
 *
 * Stable hooks: `[data-check="portal|password|network"]` with `data-state`,
 * `[data-action="run-self-check|copy-report|save-report"]`, `[data-probe="<id>"]`
 * with `data-outcome`, `#report`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import { translator, type Translate } from '../../strings';
import { osLabel, outdatedLine } from '../../diagnostics/browser-age';
import { OUTCOME_KEYS, reportFor, type DiagnosticsView } from '../../diagnostics/report';
import { checklist, type CheckState, type NetworkSummary, type PasswordAnswer, type SelfCheckResult } from '../../diagnostics/self-check';
import { prettyUrl } from '../addresses';
import { NewTabLink } from '../parts';
import { PageShell } from '../shell';
import { PageError, TabPage } from '../tab-page';
import './diagnostics.css';

export const REPORT_FILENAME = 'aiguilleur-rapport.txt';

/** Copies with the Clipboard API, else by selecting the textarea (older browsers, denied permission). */
export async function copyToClipboard(text: string, fallbackField?: HTMLTextAreaElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    if (!fallbackField) throw new Error('clipboard unavailable');
    fallbackField.focus();
    fallbackField.select();
    if (!document.execCommand('copy')) throw new Error('copy refused');
  }
}

/** Saves the text as a download, from a Blob: nothing leaves the computer. */
export function saveAsFile(text: string, filename: string = REPORT_FILENAME): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NETWORK_KEYS = {
  ok: 'diag_net_ok',
  server: 'diag_net_server',
  partial: 'diag_net_partial',
  failed: 'diag_net_failed',
  timeout: 'diag_net_timeout',
  offline: 'diag_net_offline',
} as const satisfies Record<NetworkSummary, string>;

const STATE_KEYS = {
  todo: 'diag_state_todo',
  ok: 'diag_state_ok',
  info: 'diag_state_info',
  warning: 'diag_state_warning',
} as const satisfies Record<CheckState, string>;

function StateMark({ t, state }: { t: Translate; state: CheckState }) {
  return <span class={`check-state check-state-${state}`}>{t(STATE_KEYS[state])}</span>;
}

type Run = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: SelfCheckResult } | { kind: 'failed' };

export interface DiagnosticsProps {
  view: DiagnosticsView;
  guideUrl: string;
  /** Asks the background to run the self-check (`{ type: 'self-check' }`). */
  runSelfCheck: () => Promise<SelfCheckResult>;
  now?: () => number;
  copyText?: (text: string, field: HTMLTextAreaElement | null) => Promise<void>;
  saveText?: (text: string, filename: string) => void;
}

export function Diagnostics({ view, guideUrl, runSelfCheck, now = Date.now, copyText = copyToClipboard, saveText = saveAsFile }: DiagnosticsProps) {
  const t = translator(view.lang);
  const [password, setPassword] = useState<PasswordAnswer | null>(null);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [notice, setNotice] = useState<string>('');
  const [field, setField] = useState<HTMLTextAreaElement | null>(null);

  const result = run.kind === 'done' ? run.result : null;
  const items = checklist(result, password, view.selfCheck);
  const item = (id: 'portal' | 'password' | 'network') => items.find((i) => i.id === id)!;
  // The report is for the academy's helpdesk: French whatever the page's language.
  const report = useMemo(() => reportFor(view, result, password, now(), 'fr'), [view, result, password]);

  async function check() {
    setRun({ kind: 'running' });
    try {
      setRun({ kind: 'done', result: await runSelfCheck() });
    } catch (e) {
      console.error('Aiguilleur self-check:', e);
      setRun({ kind: 'failed' });
    }
  }

  async function copy() {
    try {
      await copyText(report, field);
      setNotice(t('diag_copied'));
    } catch {
      setNotice(t('diag_copyFailed'));
    }
  }

  function save() {
    saveText(report, REPORT_FILENAME);
    setNotice(t('diag_saved'));
  }

  const passwordAdvice = password === 'yes' ? 'diag_check_password_ok' : password === 'no' ? 'diag_check_password_no' : password === 'unknown' ? 'diag_check_password_unknown' : null;

  return (
    <TabPage page="diagnostics" lang={view.lang} state="ready" title={t('diag_title')} intro={t('diag_intro')}>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">{t('diag_checklistHeading')}</h2>
        <ol class="checks">
          <li class="check" data-check="portal" data-state={item('portal').state}>
            <h3>
              <StateMark t={t} state={item('portal').state} /> {t('diag_check_portal_title')}
            </h3>
            <p>{t('diag_check_portal_text', prettyUrl(view.webmailUrl))}</p>
            <p>
              <NewTabLink t={t} href={guideUrl} action="open-guide">
                {t('diag_check_portal_link')}
              </NewTabLink>
            </p>
          </li>

          <li class="check" data-check="password" data-state={item('password').state}>
            <h3>
              <StateMark t={t} state={item('password').state} /> {t('diag_check_password_title')}
            </h3>
            <fieldset class="question">
              <legend>{t('diag_check_password_question')}</legend>
              {(['yes', 'no', 'unknown'] as const).map((answer) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="password-answer"
                    value={answer}
                    checked={password === answer}
                    onChange={() => setPassword(answer)}
                  />{' '}
                  {t(`diag_answer_${answer}`)}
                </label>
              ))}
            </fieldset>
            <p class="note">{t('diag_check_password_nothingTyped')}</p>
            <div aria-live="polite">
              {passwordAdvice && <p class="advice">{t(passwordAdvice)}</p>}
              {(password === 'no' || password === 'unknown') && view.help && (
                <p class="advice">
                  {t('diag_check_password_where')}{' '}
                  <NewTabLink t={t} href={view.help.url} action="open-help">
                    {view.help.name}
                  </NewTabLink>
                </p>
              )}
            </div>
          </li>

          <li class="check" data-check="network" data-state={item('network').state}>
            <h3>
              <StateMark t={t} state={item('network').state} /> {t('diag_check_network_title')}
            </h3>
            {view.selfCheck ? (
              <>
                <p>{t('diag_check_network_intro')}</p>
                <p>
                  <button type="button" class="primary" data-action="run-self-check" onClick={check} disabled={run.kind === 'running'} aria-describedby="self-check-status">
                    {t(run.kind === 'idle' ? 'diag_run' : 'diag_rerun')}
                  </button>
                </p>
              </>
            ) : (
              <p class="advice">{t('diag_selfCheckDisabled')}</p>
            )}
            <div id="self-check-status" role="status" aria-live="polite">
              {run.kind === 'running' && <p>{t('diag_running')}</p>}
              {run.kind === 'failed' && <p class="advice">{t('diag_runFailed')}</p>}
              {run.kind === 'done' && (
                <>
                  <ul class="probes">
                    {run.result.probes.map((p) => (
                      <li data-probe={p.id} data-outcome={p.outcome}>
                        {t(p.id === 'webmail' ? 'diag_probe_webmail' : 'diag_probe_staffPortal', p.host)}
                        {t('colon')}
                        <strong>{t(OUTCOME_KEYS[p.outcome])}</strong>
                      </li>
                    ))}
                  </ul>
                  <p class="advice" data-network={run.result.network}>
                    {t(NETWORK_KEYS[run.result.network])}
                  </p>
                </>
              )}
            </div>
          </li>
        </ol>
      </section>

      <section aria-labelledby="client-heading" data-outdated={view.outdated ? view.outdated.reason : 'none'}>
        <h2 id="client-heading">{t('diag_clientHeading')}</h2>
        <p>{t('diag_client', `${view.client.product || view.client.name} ${view.client.version}`.trim(), osLabel(view.client))}</p>
        <p class={view.outdated ? 'advice' : ''}>{view.outdated ? outdatedLine(view.outdated, view.lang) : t('diag_clientUpToDate')}</p>
      </section>

      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('diag_reportHeading')}</h2>
        <p>
          {t('diag_reportIntro')}
          {view.lang !== 'fr' && <> {t('diag_reportInFrench')}</>}
        </p>
        <label for="report" class="report-label">
          {t('diag_reportLabel')}
        </label>
        <textarea id="report" class="report" readOnly rows={18} spellcheck={false} lang="fr" value={report} ref={setField} />
        <p class="report-actions">
          <button type="button" data-action="copy-report" onClick={copy}>
            {t('diag_copy')}
          </button>
          <button type="button" data-action="save-report" onClick={save}>
            {t('diag_save')}
          </button>
        </p>
        <p class="notice" role="status" aria-live="polite">
          {notice}
        </p>
      </section>
    </TabPage>
  );
}

/** Shown when the background did not answer: the webmail address still helps. */
export function DiagnosticsError({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return <PageError page="diagnostics" lang={lang} title={t('diag_title')} alert={t('diag_error')} webmail />;
}

export interface DiagnosticsRootProps {
  /** Asks the background for the page's view (`{ type: 'diagnostics-view' }`). */
  load: () => Promise<DiagnosticsView>;
  runSelfCheck: () => Promise<SelfCheckResult>;
  guideUrl: string;
  fallbackLang: Lang;
}

export function DiagnosticsRoot({ load, runSelfCheck, guideUrl, fallbackLang }: DiagnosticsRootProps) {
  return (
    <PageShell
      load={load}
      label="Aiguilleur diagnostics"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('diag_title')}
      ready={(view) => <Diagnostics view={view} guideUrl={guideUrl} runSelfCheck={runSelfCheck} />}
      error={(lang) => <DiagnosticsError lang={lang} />}
    />
  );
}
