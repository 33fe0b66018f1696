/**
 * The NUMEN shape check. The NUMEN is a default password, so its value lives in
 * this component's state only: no storage, no message, no URL (the field is not
 * in a form, so Enter cannot submit it), no log, no attribute but the input's own
 * value property. Messages name positions, never characters.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../strings';
import { checkNumenShape, type NumenCheck, type NumenProblem } from '../../identity/numen';

function problemText(t: Translate, check: NumenCheck, p: NumenProblem): string {
  if (p === 'tooShort' || p === 'tooLong') return t(`account_numen_p_${p}`, check.length);
  return t(`account_numen_p_${p}`, (check.positions[p] ?? []).join(', '));
}

function Verdict({ t, check }: { t: Translate; check: NumenCheck }) {
  const problems = check.problems.filter((p) => p !== 'empty');
  if (check.ok && problems.length === 0) {
    return (
      <p class="callout callout-ok" data-shape="ok">
        {t('account_numen_ok')}
      </p>
    );
  }
  return (
    <div data-shape={check.ok ? 'ok-with-warnings' : 'wrong'}>
      <p>{t(check.ok ? 'account_numen_okWarnings' : 'account_numen_notOk')}</p>
      <ul class="numen-problems">
        {problems.map((p) => (
          <li data-problem={p}>{problemText(t, check, p)}</li>
        ))}
      </ul>
    </div>
  );
}

export function NumenSection({ t }: { t: Translate }) {
  const [value, setValue] = useState('');
  const [shown, setShown] = useState(false);
  // Leaving the page (or this section) forgets the value.
  useEffect(() => {
    const forget = () => setValue('');
    addEventListener('pagehide', forget);
    return () => removeEventListener('pagehide', forget);
  }, []);
  const check = value.trim() === '' ? null : checkNumenShape(value);

  return (
    <section id="numen" class="page-section" aria-labelledby="numen-heading">
      <h2 id="numen-heading">{t('account_numen_heading')}</h2>
      <p>{t('account_numen_intro')}</p>
      <div id="numen-structure" class="numen-structure">
        <p>{t('account_numen_structure')}</p>
        <ol>
          <li>{t('account_numen_part1')}</li>
          <li>{t('account_numen_part2')}</li>
          <li>{t('account_numen_part3')}</li>
          <li>{t('account_numen_part4')}</li>
        </ol>
      </div>
      <div class="field numen-field">
        <label for="numen-input">{t('account_numen_label')}</label>
        <div class="numen-row">
          <input
            id="numen-input"
            type={shown ? 'text' : 'password'}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={40}
            data-lpignore="true"
            data-1p-ignore=""
            data-form-type="other"
            aria-describedby="numen-structure numen-result"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <button type="button" class="button button-secondary" aria-pressed={shown} data-action="toggle-numen" onClick={() => setShown((s) => !s)}>
            {t('account_numen_show')}
          </button>
          <button type="button" class="button button-secondary" data-action="clear-numen" onClick={() => setValue('')}>
            {t('account_numen_clear')}
          </button>
        </div>
      </div>
      <div id="numen-result" class="numen-result" role="status">
        {check && <Verdict t={t} check={check} />}
      </div>
    </section>
  );
}
