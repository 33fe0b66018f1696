/**
 * The mail-client page (mail.html): settings from the pack, steps per app, the
 * settings checker, ready-made configuration files, and why forwarding to a
 * personal address is discouraged. `Mail` is pure (lang + pack in, markup out);
 * `MailRoot` fetches the pack from the background.
 *
 * Stable hooks for tests: `#settings`, `#apps`, `#checker`, `#profiles`, `#forwarding`;
 * `[data-setting]` cells, `[data-app]` blocks, `[data-finding]` items,
 * `[data-action="check" | "download-mobileconfig" | "download-autoconfig"]`.
 */
import type { MessageKey } from '../../strings';
import type { Lang } from '../../i18n/lang';
import { translator, type Translate } from '../../strings';
import { ENCRYPTION_LABELS } from '../../mail/check';
import type { GuideView } from '../../messages';
import type { MailSettings } from '../../rules/mail-schema';
import type { Pack } from '../../rules/schema';
import { PageShell } from '../shell';
import { PageError, PagePlaceholder, SectionNav, TabPage } from '../tab-page';
import { Checker } from './Checker';
import type { SaveFile } from './download';
import { Profiles } from './Profiles';
import { Alternatives, MailSources, SettingsTable } from './SettingsTable';
import './mail.css';

const SECTIONS = [
  ['settings', 'mail_settingsHeading'],
  ['apps', 'mail_appsHeading'],
  ['checker', 'mail_checkerHeading'],
  ['profiles', 'mail_profilesHeading'],
  ['forwarding', 'mail_forwardingHeading'],
] as const;

const APPS: [string, MessageKey, MessageKey[]][] = [
  ['ios', 'mail_app_ios', ['mail_app_ios_1', 'mail_app_ios_2', 'mail_app_ios_3', 'mail_app_ios_4', 'mail_app_ios_5']],
  ['android', 'mail_app_android', ['mail_app_android_1', 'mail_app_android_2', 'mail_app_android_3', 'mail_app_android_4']],
  ['thunderbird', 'mail_app_thunderbird', ['mail_app_thunderbird_1', 'mail_app_thunderbird_2', 'mail_app_thunderbird_3']],
  ['outlook', 'mail_app_outlook', ['mail_app_outlook_1', 'mail_app_outlook_2']],
];

function AppSteps({ t, pack, mail }: { t: Translate; pack: Pack; mail: MailSettings }) {
  const { incoming: i, outgoing: o } = mail;
  const subs = (key: MessageKey) =>
    key === 'mail_app_thunderbird_3'
      ? [pack.academy.mailDomain]
      : [i.host.value, o.host.value, i.port.value, o.port.value, ENCRYPTION_LABELS[i.encryption.value], ENCRYPTION_LABELS[o.encryption.value]];
  return (
    <>
      {APPS.map(([id, title, steps]) => (
        <section class="app" data-app={id} aria-labelledby={`app-${id}`}>
          <h3 id={`app-${id}`}>{t(title)}</h3>
          <ol>
            {steps.map((key) => (
              <li>{t(key, ...subs(key))}</li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function Forwarding({ t }: { t: Translate }) {
  return (
    <section id="forwarding" class="page-section" aria-labelledby="forwarding-heading">
      <h2 id="forwarding-heading">{t('mail_forwardingHeading')}</h2>
      <p>{t('mail_forwarding_1')}</p>
      <p>{t('mail_forwarding_2')}</p>
      <p>{t('mail_forwarding_3')}</p>
      <p class="safe-way callout callout-ok">{t('mail_forwarding_4')}</p>
      <p class="hint">{t('mail_forwarding_5')}</p>
    </section>
  );
}

export function Mail({ lang, pack, save }: { lang: Lang; pack: Pack; save?: SaveFile }) {
  const t = translator(lang);
  const mail = pack.mail;
  return (
    <TabPage
      page="mail"
      lang={lang}
      state="ready"
      packVersion={pack.packVersion}
      title={t('mail_title')}
      intro={t('mail_intro')}
      header={mail && <SectionNav id="mail-nav" heading={t('mail_nav')} sections={SECTIONS.map(([id, key]) => [id, t(key)] as const)} />}
    >
      {!mail ? (
        <p class="error" role="alert" data-state="no-mail">
          {t('mail_noMail')}
        </p>
      ) : (
        <>
          <section id="settings" class="page-section" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t('mail_settingsHeading')}</h2>
            <p>{t('mail_settingsIntro')}</p>
            <SettingsTable t={t} pack={pack} mail={mail} />
            <Alternatives t={t} mail={mail} />
            <MailSources t={t} mail={mail} lang={lang} />
          </section>
          <section id="apps" class="page-section" aria-labelledby="apps-heading">
            <h2 id="apps-heading">{t('mail_appsHeading')}</h2>
            <AppSteps t={t} pack={pack} mail={mail} />
          </section>
          <section id="checker" class="page-section" aria-labelledby="checker-heading">
            <h2 id="checker-heading">{t('mail_checkerHeading')}</h2>
            <p>{t('mail_checkerIntro')}</p>
            <Checker t={t} lang={lang} pack={pack} />
          </section>
          <section id="profiles" class="page-section" aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{t('mail_profilesHeading')}</h2>
            <Profiles t={t} lang={lang} pack={pack} save={save} />
          </section>
        </>
      )}
      <Forwarding t={t} />
    </TabPage>
  );
}

/** Shown when the background did not answer: the forwarding advice and the webmail still stand. */
export function MailError({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <PageError page="mail" lang={lang} title={t('mail_title')} alert={t('mail_error')} webmail>
      <Forwarding t={t} />
    </PageError>
  );
}

export function MailRoot({ load, fallbackLang }: { load: () => Promise<GuideView>; fallbackLang: Lang }) {
  return (
    <PageShell
      load={load}
      label="Aiguilleur mail page"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('mail_title')}
      loading={<PagePlaceholder page="mail" />}
      ready={(view) => <Mail lang={view.lang} pack={view.pack} />}
      error={(lang) => <MailError lang={lang} />}
    />
  );
}
