/**
 * "I forgot my password": a two-step wizard. Backup e-mail on file → the support
 * route and what to have at hand; none → the department → its IT service, from the
 * pack, with "à confirmer" wherever the pack is not sure.
 */
import { useState } from 'preact/hooks';
import { localize, type Lang } from '../../i18n/lang';
import type { Translate } from '../../strings';
import type { Pack, Support } from '../../rules/schema';
import { isConfirmed } from '../../model/confidence';
import { NewTabLink, ToConfirm } from '../parts';

type DepartmentIt = Support['departmentIt'][number];

const Mark = ({ t, confirmed }: { t: Translate; confirmed: boolean }) =>
  confirmed ? null : (
    <>
      {' '}
      <ToConfirm t={t} />
    </>
  );

function WithBackup({ t, lang, support }: { t: Translate; lang: Lang; support: Support }) {
  const portal = support.resetPortal;
  return (
    <div class="wizard-answer" data-route="backup">
      <p>{t('account_forgot_withBackup')}</p>
      <p class="route-link">
        <NewTabLink t={t} href={portal.url.value} action="open-reset-portal">
          {localize(portal.name, lang)}
        </NewTabLink>
        <Mark t={t} confirmed={isConfirmed(portal.url)} />
      </p>
      <h3 id="have-at-hand">
        {t('account_forgot_haveAtHand')}
        <Mark t={t} confirmed={isConfirmed(portal.haveAtHand)} />
      </h3>
      <ul aria-labelledby="have-at-hand" class="have-at-hand">
        {portal.haveAtHand.value.map((item) => (
          <li data-item={item}>{t(`account_have_${item}`)}</li>
        ))}
      </ul>
    </div>
  );
}

function Contact({ t, it }: { t: Translate; it: DepartmentIt }) {
  const { url, email, phone } = it.contact.value;
  const confirmed = isConfirmed(it.contact);
  if (!url && !email && !phone) {
    return (
      <p data-contact="none">
        {t('account_forgot_noContact')}
        <Mark t={t} confirmed={confirmed} />
      </p>
    );
  }
  return (
    <ul class="contact" data-contact="known">
      {url && (
        <li>
          {t('account_forgot_site')}{' '}
          <NewTabLink t={t} href={url}>
            {url}
          </NewTabLink>
        </li>
      )}
      {email && (
        <li>
          {t('account_forgot_email')} <a href={`mailto:${email}`}>{email}</a>
        </li>
      )}
      {phone && (
        <li>
          {t('account_forgot_phone')} <a href={`tel:${phone.replace(/[ .]/g, '')}`}>{phone}</a>
        </li>
      )}
      {!confirmed && (
        <li>
          <ToConfirm t={t} />
        </li>
      )}
    </ul>
  );
}

function WithoutBackup({ t, lang, pack, support }: { t: Translate; lang: Lang; pack: Pack; support: Support }) {
  const [code, setCode] = useState<string | null>(null);
  const it = support.departmentIt.find((d) => d.department === code);
  const nameOf = (c: string) => {
    const d = pack.academy.departments.find((dep) => dep.code === c);
    return t('account_forgot_departmentValue', d ? localize(d.name, lang) : c, c);
  };
  return (
    <div class="wizard-answer" data-route="no-backup">
      <p>{t('account_forgot_withoutBackup')}</p>
      <fieldset class="choices">
        <legend>{t('account_forgot_department')}</legend>
        {support.departmentIt.map((d) => (
          <label class="choice">
            <input
              type="radio"
              name="department"
              value={d.department}
              checked={code === d.department}
              onChange={() => setCode(d.department)}
            />{' '}
            {nameOf(d.department)}
          </label>
        ))}
      </fieldset>
      {it && (
        <div class="card" data-department={it.department} role="region" aria-labelledby="department-it-heading">
          <h3 id="department-it-heading">{localize(it.service, lang)}</h3>
          <dl class="facts">
            <div data-fact="seat">
              <dt>{t('account_forgot_seat')}</dt>
              <dd>
                {it.seat.value}
                <Mark t={t} confirmed={isConfirmed(it.seat)} />
              </dd>
            </div>
            <div data-fact="contact">
              <dt>{t('account_forgot_contact')}</dt>
              <dd>
                <Contact t={t} it={it} />
              </dd>
            </div>
          </dl>
        </div>
      )}
    </div>
  );
}

export function ForgotSection({ t, lang, pack }: { t: Translate; lang: Lang; pack: Pack | null }) {
  const [backup, setBackup] = useState<'yes' | 'no' | null>(null);
  const support = pack?.support;
  return (
    <section id="forgot" class="page-section" aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">{t('account_forgot_heading')}</h2>
      <p>{t('account_forgot_intro')}</p>
      {!pack || !support ? (
        <p data-route="none">{t('account_forgot_noSupport')}</p>
      ) : (
        <>
          <fieldset class="choices">
            <legend>{t('account_forgot_question')}</legend>
            <p class="hint">{t('account_forgot_questionHint')}</p>
            {(['yes', 'no'] as const).map((answer) => (
              <label class="choice">
                <input type="radio" name="backup" value={answer} checked={backup === answer} onChange={() => setBackup(answer)} />{' '}
                {t(answer === 'yes' ? 'account_forgot_yes' : 'account_forgot_no')}
              </label>
            ))}
          </fieldset>
          {backup === 'yes' && <WithBackup t={t} lang={lang} support={support} />}
          {backup === 'no' && <WithoutBackup t={t} lang={lang} pack={pack} support={support} />}
        </>
      )}
    </section>
  );
}
