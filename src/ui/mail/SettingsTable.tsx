/** The IMAP/SMTP settings from the pack, each value with "à confirmer" when several sources do not establish it. */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/lang';
import type { Translate } from '../../strings';
import type { MailSettings } from '../../rules/mail-schema';
import type { Confidence, Pack } from '../../rules/schema';
import { ENCRYPTION_LABELS } from '../../mail/check';
import { isConfirmed, isSourced, type Provenanced } from '../../model/confidence';
import { ToConfirm } from '../parts';
import { withNode } from './text';

type Server = MailSettings['incoming'] | MailSettings['outgoing'];

function Value({ t, fact, children }: { t: Translate; fact: Provenanced; children: ComponentChildren }) {
  return (
    <>
      {children}
      {!isConfirmed(fact) && (
        <>
          {' '}
          <ToConfirm t={t} />
        </>
      )}
    </>
  );
}

const ROWS = [
  ['host', 'mail_row_host'],
  ['port', 'mail_row_port'],
  ['encryption', 'mail_row_encryption'],
] as const;

function cell(t: Translate, server: Server, row: (typeof ROWS)[number][0]) {
  if (row === 'host') return <Value t={t} fact={server.host}><code>{server.host.value}</code></Value>;
  if (row === 'port') return <Value t={t} fact={server.port}><code>{server.port.value}</code></Value>;
  return <Value t={t} fact={server.encryption}>{ENCRYPTION_LABELS[server.encryption.value]}</Value>;
}

export function SettingsTable({ t, pack, mail }: { t: Translate; pack: Pack; mail: MailSettings }) {
  const example = pack.academy.addressFormat.value;
  return (
    <table class="mail-settings">
      <caption class="sr-only">{t('mail_settingsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mail_col_setting')}</th>
          <th scope="col">{t('mail_col_incoming')}</th>
          <th scope="col">{t('mail_col_outgoing')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([row, key]) => (
          <tr>
            <th scope="row">{t(key)}</th>
            <td data-setting={`incoming-${row}`}>{cell(t, mail.incoming, row)}</td>
            <td data-setting={`outgoing-${row}`}>{cell(t, mail.outgoing, row)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('mail_row_identifier')}</th>
          <td colSpan={2} data-setting="identifier">
            <Value t={t} fact={mail.identifier}>
              {mail.identifier.value === 'full-address'
                ? withNode(t('mail_identifier_full', '$1'), <code>{example}</code>)
                : t('mail_identifier_short', pack.academy.mailDomain)}
            </Value>
            {' — '}
            {t('mail_sameForBoth')}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('mail_row_password')}</th>
          <td colSpan={2} data-setting="password">
            {t('mail_password_value')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Other servers the sources mention, with their own confidence. */
export function Alternatives({ t, mail }: { t: Translate; mail: MailSettings }) {
  const items = (['incoming', 'outgoing'] as const).flatMap((role) => mail[role].alternatives.map((a) => ({ role, a })));
  if (items.length === 0) return null;
  return (
    <div class="mail-alternatives">
      <h3>{t('mail_alternativesHeading')}</h3>
      <ul>
        {items.map(({ role, a }) => (
          <li data-alternative={a.value.host} data-confidence={a.confidence}>
            {t('mail_alternative', t(role === 'incoming' ? 'mail_col_incoming' : 'mail_col_outgoing'), a.value.host, a.value.port, ENCRYPTION_LABELS[a.value.encryption])}
            {' — '}
            {t(isSourced(a.confidence) ? 'mail_alternativeAccepted' : 'mail_alternativeDoubtful')}
            {!isConfirmed(a) && (
              <>
                {' '}
                <ToConfirm t={t} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Sourced {
  confidence: Confidence;
  sources: string[];
  note?: string | undefined;
}

/** Where each value comes from. */
export function MailSources({ t, mail, lang }: { t: Translate; mail: MailSettings; lang: Lang }) {
  const role = (r: 'incoming' | 'outgoing') => t(r === 'incoming' ? 'mail_col_incoming' : 'mail_col_outgoing');
  const facts: [string, Sourced][] = [
    ...(['incoming', 'outgoing'] as const).flatMap((r) =>
      ROWS.map(([row, key]): [string, Sourced] => [`${role(r)} — ${t(key)}`, mail[r][row]]),
    ),
    [t('mail_row_identifier'), mail.identifier],
  ];
  return (
    <details class="sources" lang={lang}>
      <summary>{t('mail_sources')}</summary>
      <dl>
        {facts.map(([label, f]) => (
          <div>
            <dt>{t('mail_sourceLabel', label, t(`mail_confidence_${f.confidence}`))}</dt>
            <dd>
              <ul>
                {f.sources.map((s) => (
                  <li>{s}</li>
                ))}
              </ul>
              {f.note && <p class="note">{f.note}</p>}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
