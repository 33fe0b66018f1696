/**
 * "My first login / my temporary password": what happens to a temporary password,
 * and an optional day of receipt (storage.local, nothing else) for a reminder.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { Translate } from '../../strings';
import {
  formatDay,
  formatLongDay,
  parseDay,
  reminderLine,
  reminderSchedule,
  type ReminderThresholds,
} from '../../identity/reminder';
import { prettyUrl } from '../addresses';
import { ToConfirm } from '../parts';
import type { ReceivedStore } from './received-store';

export interface FirstLoginProps {
  t: Translate;
  lang: Lang;
  webmail: { url: string; confirmed: boolean };
  /** From the pack (`support.tempPassword`); absent when the pack sets no reminder. */
  thresholds: (ReminderThresholds & { confirmed: boolean }) | null;
  store: ReceivedStore;
  now: () => Date;
}

export function FirstLoginSection({ t, lang, webmail, thresholds, store, now }: FirstLoginProps) {
  // What the date field shows; `saved` is what storage holds.
  const [day, setDay] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<'invalid' | 'saveError' | null>(null);

  useEffect(() => {
    let live = true;
    store.read().then(
      (d) => {
        if (live && d) {
          setDay(d);
          setSaved(d);
        }
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [store]);

  const today = formatDay(now());

  async function save(value: string | null) {
    try {
      await store.write(value);
      setSaved(value);
      setProblem(null);
    } catch {
      setProblem('saveError');
    }
  }

  function onChange(value: string) {
    setDay(value);
    if (value === '') return void save(null);
    const parsed = parseDay(value);
    if (!parsed || value > today) {
      setProblem('invalid');
      return;
    }
    void save(value);
  }

  const receivedOn = saved ? parseDay(saved) : null;
  const schedule = receivedOn && thresholds ? reminderSchedule(receivedOn, now(), thresholds) : null;

  return (
    <section id="first-login" class="page-section" aria-labelledby="first-login-heading">
      <h2 id="first-login-heading">{t('account_first_heading')}</h2>
      <p>{t('account_first_what')}</p>
      <p>{t('account_first_change')}</p>
      <p>{t('account_first_expire')}</p>
      <p class="webmail-line">
        {t('account_first_webmail')}{' '}
        <a href={webmail.url} data-action="open-webmail">
          {prettyUrl(webmail.url)}
        </a>
        {!webmail.confirmed && (
          <>
            {' '}
            <ToConfirm t={t} />
          </>
        )}
      </p>
      <div class="field">
        <label for="received-on">{t('account_first_dateLabel')}</label>
        <p class="hint" id="received-on-hint">
          {t('account_first_dateHint')}
        </p>
        <input
          id="received-on"
          type="date"
          max={today}
          value={day}
          aria-describedby={problem ? 'received-on-hint received-on-problem' : 'received-on-hint'}
          aria-invalid={problem === 'invalid' ? 'true' : undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      </div>
      <div class="reminder-status" role="status">
        {problem && (
          <p class="error" id="received-on-problem">
            {t(problem === 'invalid' ? 'account_first_dateInvalid' : 'account_first_saveError')}
          </p>
        )}
        {saved && !thresholds && <p>{t('account_first_noReminder')}</p>}
        {schedule && (
          <p class={`reminder callout reminder-${schedule.state}`} data-reminder={schedule.state}>
            {reminderLine(schedule, lang) ?? t('account_first_stateNone', formatLongDay(schedule.remindOn, lang))}
          </p>
        )}
      </div>
      {schedule && thresholds && (
        <p class="hint">
          {t('account_first_delays', thresholds.remindFromDays, thresholds.urgentFromDays)}
          {!thresholds.confirmed && (
            <>
              {' '}
              <ToConfirm t={t} />
            </>
          )}
        </p>
      )}
      {saved && (
        <button
          type="button"
          class="button button-secondary"
          data-action="first-login-done"
          onClick={() => {
            setDay('');
            void save(null);
          }}
        >
          {t('account_first_done')}
        </button>
      )}
    </section>
  );
}
