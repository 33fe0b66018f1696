/**
 * The settings checker form. Everything stays in this component's state: nothing
 * is stored or sent, and there is no password field (the page says never to type it).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../strings';
import type { Lang } from '../../i18n/lang';
import { isConfirmed } from '../../model/confidence';
import type { Translate } from '../../strings';
import { checkMailSettings, type ClientEncryption, type Finding, type FindingField, type MailClientInput } from '../../mail/check';
import { describeFinding } from '../../mail/describe';
import type { Pack } from '../../rules/schema';
import { SeverityIcon, ToConfirm } from '../parts';
import { withNode } from './text';

const EMPTY: MailClientInput = {
  incoming: { host: '', port: '', encryption: '' },
  outgoing: { host: '', port: '', encryption: '' },
  identifier: '',
};

const FIELD_LABELS: Record<FindingField, MessageKey> = {
  'incoming.host': 'mail_field_incomingHost',
  'incoming.port': 'mail_field_incomingPort',
  'incoming.encryption': 'mail_field_incomingEncryption',
  'outgoing.host': 'mail_field_outgoingHost',
  'outgoing.port': 'mail_field_outgoingPort',
  'outgoing.encryption': 'mail_field_outgoingEncryption',
  identifier: 'mail_field_identifier',
};

const fieldId = (f: FindingField) => `check-${f.replace('.', '-')}`;

function FindingItem({ t, lang, finding }: { t: Translate; lang: Lang; finding: Finding }) {
  const { problem } = describeFinding(finding, lang);
  return (
    <li class={`finding finding-${finding.severity}`} data-finding={finding.code} data-field={finding.field} data-severity={finding.severity}>
      <SeverityIcon severity="warning" />
      <div>
        <p>
          <strong>{t(finding.severity === 'error' ? 'mail_severity_error' : 'mail_severity_warning')}</strong>
          {' — '}
          <a href={`#${fieldId(finding.field)}`}>{t(FIELD_LABELS[finding.field])}</a>
          {t('colon')}
          {problem}
        </p>
        {finding.expected !== undefined && (
          <p class="fix" data-expected={finding.expected}>
            {withNode(t('mail_put', '$1'), <code>{finding.expected}</code>)}
            {finding.confirmed === false && (
              <>
                {' '}
                <ToConfirm t={t} />
              </>
            )}
          </p>
        )}
      </div>
    </li>
  );
}

function Results({ t, lang, findings, unsure }: { t: Translate; lang: Lang; findings: Finding[]; unsure: boolean }) {
  if (findings.length === 0) {
    return (
      <p class="check-ok" data-result="ok">
        <SeverityIcon severity="ok" /> {t(unsure ? 'mail_checkAllGoodUnsure' : 'mail_checkAllGood')}
      </p>
    );
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div data-result="findings">
      <p>{t('mail_checkCount', errors, findings.length - errors)}</p>
      <ul class="stack-list">
        {findings.map((f) => (
          <FindingItem t={t} lang={lang} finding={f} />
        ))}
      </ul>
    </div>
  );
}

function EncryptionSelect({ t, id, value, onChange }: { t: Translate; id: string; value: string; onChange: (v: ClientEncryption | '') => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as ClientEncryption | '')}>
      <option value="">{t('mail_encryption_choose')}</option>
      <option value="ssl-tls">SSL/TLS</option>
      <option value="starttls">STARTTLS</option>
      <option value="none">{t('mail_encryption_none')}</option>
    </select>
  );
}

export function Checker({ t, lang, pack }: { t: Translate; lang: Lang; pack: Pack }) {
  const [input, setInput] = useState<MailClientInput>(EMPTY);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const set = (role: 'incoming' | 'outgoing', key: 'host' | 'port' | 'encryption', value: string) =>
    setInput((prev) => ({ ...prev, [role]: { ...prev[role], [key]: value } }));
  const invalid = (f: FindingField) => (findings?.some((x) => x.field === f && x.severity === 'error') ? true : undefined);
  const mail = pack.mail;
  const unsure =
    !!mail &&
    [mail.incoming.host, mail.incoming.port, mail.incoming.encryption, mail.outgoing.host, mail.outgoing.port, mail.outgoing.encryption, mail.identifier].some(
      (f) => !isConfirmed(f),
    );

  const text = (f: FindingField, value: string, onInput: (v: string) => void, extra: JSX.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div class="field">
      <label for={fieldId(f)}>{t(FIELD_LABELS[f])}</label>
      <input
        id={fieldId(f)}
        type="text"
        autocomplete="off"
        autocapitalize="none"
        spellcheck={false}
        aria-invalid={invalid(f)}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        {...extra}
      />
    </div>
  );

  return (
    <form
      class="checker"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setFindings(checkMailSettings(input, pack));
      }}
    >
      {(['incoming', 'outgoing'] as const).map((role) => (
        <fieldset>
          <legend>{t(role === 'incoming' ? 'mail_col_incoming' : 'mail_col_outgoing')}</legend>
          {text(`${role}.host`, input[role].host, (v) => set(role, 'host', v))}
          {text(`${role}.port`, String(input[role].port), (v) => set(role, 'port', v), { inputMode: 'numeric', maxlength: 6 })}
          <div class="field">
            <label for={fieldId(`${role}.encryption`)}>{t(FIELD_LABELS[`${role}.encryption`])}</label>
            <EncryptionSelect t={t} id={fieldId(`${role}.encryption`)} value={input[role].encryption} onChange={(v) => set(role, 'encryption', v)} />
          </div>
        </fieldset>
      ))}
      {text('identifier', input.identifier, (v) => setInput((prev) => ({ ...prev, identifier: v })))}
      <p>
        <button type="submit" class="button" data-action="check">
          {t('mail_check')}
        </button>
      </p>
      <div class="check-results" role="status" aria-live="polite" data-state={findings === null ? 'idle' : 'done'}>
        {findings !== null && (
          <>
            <h3>{t('mail_checkResultHeading')}</h3>
            <Results t={t} lang={lang} findings={findings} unsure={unsure} />
          </>
        )}
      </div>
    </form>
  );
}
