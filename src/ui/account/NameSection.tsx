/**
 * "What is my username / my address?": names in, labelled candidates out.
 * Results follow the typing once both names hold something; "empty" errors wait
 * for an explicit submit, so the form does not scold while the user types.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../strings';
import { nameCandidates, type Candidate, type NameField, type NameResult } from '../../identity/names';
import { ToConfirm } from '../parts';

function CandidateList({ t, id, title, list }: { t: Translate; id: string; title: string; list: Candidate[] }) {
  return (
    <div class="candidates" data-candidates={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <ul class="stack-list" aria-labelledby={`${id}-heading`}>
        {list.map((c) => (
          <li data-confidence={c.confidence}>
            <code class="candidate-value">{c.value}</code>{' '}
            <span class={`confidence confidence-${c.confidence}`}>{t(`account_conf_${c.confidence}`)}</span>
            <span class="why">{t(`account_why_${c.why}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Results({ t, result, mailDomain, academy }: { t: Translate; result: Extract<NameResult, { ok: true }>; mailDomain: string; academy: string }) {
  return (
    <div class="name-results" data-state="candidates">
      <div class="candidate-columns">
        <CandidateList t={t} id="usernames" title={t('account_names_usernames')} list={result.usernames} />
        <CandidateList t={t} id="addresses" title={t('account_names_addresses')} list={result.addresses} />
      </div>
      <p class="rule-status">
        {t('account_names_ruleStatus', academy)} <ToConfirm t={t} />
      </p>
      <ul class="notes">
        {result.notes.map((n) => (
          <li data-note={n}>{t(`account_note_${n}`, mailDomain, academy)}</li>
        ))}
      </ul>
      <p class="callout" data-note="guide">
        <strong>{t('account_names_verdict')}</strong>
      </p>
    </div>
  );
}

interface Values {
  firstNames: string;
  lastNames: string;
  usageName: string;
}

/** `academy`: the académie's name, in the page's language. */
export function NameSection({ t, mailDomain, academy }: { t: Translate; mailDomain: string; academy: string }) {
  const [values, setValues] = useState<Values>({ firstNames: '', lastNames: '', usageName: '' });
  const [submitted, setSubmitted] = useState(false);
  const bothTyped = values.firstNames.trim() !== '' && values.lastNames.trim() !== '';
  const result: NameResult | null = bothTyped || submitted ? nameCandidates({ ...values, mailDomain }) : null;
  const errorField: NameField | null = result && !result.ok ? result.field : null;

  const field = (name: keyof Values, label: string, hint?: string) => {
    const id = `name-${name}`;
    const describedBy = [hint ? `${id}-hint` : '', errorField === name ? 'name-error' : ''].filter(Boolean).join(' ');
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <input
          id={id}
          name={name}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={values[name]}
          aria-invalid={errorField === name ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => setValues((v) => ({ ...v, [name]: e.currentTarget.value }))}
        />
      </div>
    );
  };

  return (
    <section id="names" class="page-section" aria-labelledby="names-heading">
      <h2 id="names-heading">{t('account_names_heading')}</h2>
      <p>{t('account_names_intro')}</p>
      <form
        class="name-form"
        noValidate
        onSubmit={(e) => {
          // Never let the browser submit: that would put the names in the page's URL.
          e.preventDefault();
          setSubmitted(true);
        }}
      >
        {field('firstNames', t('account_names_first'), t('account_names_firstHint'))}
        {field('lastNames', t('account_names_last'))}
        {field('usageName', t('account_names_usage'), t('account_names_usageHint'))}
        <button type="submit" class="button">
          {t('account_names_submit')}
        </button>
      </form>
      {/* Present from the start, so screen readers announce what appears in it. */}
      <div class="name-status" role="status">
        {result && !result.ok && (
          <p class="error" id="name-error" data-error={result.error}>
            {t(`account_error_${result.error}`)}
          </p>
        )}
        {result?.ok && <p class="sr-only">{t('account_names_count', result.usernames.length, result.addresses.length)}</p>}
      </div>
      {result?.ok && <Results t={t} result={result} mailDomain={mailDomain} academy={academy} />}
    </section>
  );
}
