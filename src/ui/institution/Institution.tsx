/**
 * "Configuration de l'établissement", on the options page below the guide: what
 * the institution set, where each value in force comes from (bundled / hosted /
 * policy), the hosted pack's address and date, and every refused value with its
 * path and reason. `Institution` is pure (an InstitutionView in, markup out);
 * `InstitutionRoot` fetches the view.
 *
 * Hooks for tests: `#institution`, `[data-key="<key>"][data-source="<source>"]`
 * rows, `#institution-hosted`, `#institution-rejected [data-path="<path>"]`,
 * `#institution-facts [data-path="<path>"]` (the facts the institution confirmed), `[data-unconfirmed]`.
 */
import type { MessageKey } from '../../strings';
import type { Lang } from '../../i18n/lang';
import { translator, type Translate } from '../../strings';
import type { Feature } from '../../policy/managed-schema';
import type { Source } from '../../policy/layers';
import type { InstitutionRow, InstitutionView } from '../../policy/view';
import { formatPackDate } from '../guide/Guide';
import { PageShell } from '../shell';
import { own } from '../../own';
import { say } from '../../rules/messages-fr';
import { yesNo } from '../parts';
import './institution.css';

const SOURCE_KEYS: Record<Source, MessageKey> = {
  bundled: 'inst_source_bundled',
  hosted: 'inst_source_hosted',
  policy: 'inst_source_policy',
};

const FEATURE_KEYS: Record<Feature, MessageKey> = {
  banner: 'inst_feature_banner',
  'forwarding-guard': 'inst_feature_forwardingGuard',
  'self-check': 'inst_feature_selfCheck',
  reminders: 'inst_feature_reminders',
  journeys: 'inst_feature_journeys',
  'first-run': 'inst_feature_firstRun',
};

const KEY_LABELS: Record<string, MessageKey> = {
  webmailUrl: 'inst_key_webmailUrl',
  rulesUrl: 'inst_key_rulesUrl',
  assistanceUrl: 'inst_key_assistanceUrl',
  institutionName: 'inst_key_institutionName',
  supportContact: 'inst_key_supportContact',
  departmentContacts: 'inst_key_departmentContacts',
  disabledFeatures: 'inst_key_disabledFeatures',
  language: 'inst_key_language',
};

/** A date-time from the background (ISO) as people read it. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function rowLabel(t: Translate, key: string): string {
  const known = own(KEY_LABELS, key);
  if (known) return t(known);
  if (key.startsWith('departmentContacts.')) return t('inst_key_departmentContact', key.slice('departmentContacts.'.length));
  if (key.startsWith('portals.')) return t('inst_key_portal', key.slice('portals.'.length));
  return key;
}

/** The technical name an administrator writes in the policy, shown beside the label. */
const policyName = (key: string): string | null => (key.startsWith('portals.') ? 'extraPortals' : key);

function rowValue(t: Translate, row: InstitutionRow): string {
  if (row.value === null) return t('inst_notSet');
  if (row.key === 'language' && (row.value === 'fr' || row.value === 'en' || row.value === 'auto')) return t(`inst_language_${row.value}`);
  if (Array.isArray(row.value)) return row.value.map((f) => {
      const label = own(FEATURE_KEYS, f);
      return label ? t(label) : f;
    }).join(', ');
  return row.value;
}

function Hosted({ t, lang, hosted }: { t: Translate; lang: Lang; hosted: NonNullable<InstitutionView['hosted']> }) {
  return (
    <section id="institution-hosted" aria-labelledby="institution-hosted-heading" data-in-force={String(hosted.inForce)}>
      <h3 id="institution-hosted-heading">{t('inst_hostedHeading')}</h3>
      <p>
        {t('inst_hostedUrl')} <code class="url">{hosted.url}</code>
      </p>
      <p>{t(hosted.inForce ? 'inst_hostedInForce' : 'inst_hostedNotInForce')}</p>
      <p data-hosted="good">
        {hosted.good
          ? t(
              'inst_hostedGood',
              hosted.good.version ?? '?',
              hosted.good.updated ? formatPackDate(hosted.good.updated, lang) : '?',
              formatDateTime(hosted.good.fetchedAt, lang),
            )
          : t('inst_hostedNone')}
      </p>
      {hosted.lastAttempt && (
        <p data-hosted="last" data-ok={String(hosted.lastAttempt.ok)}>
          {t(hosted.lastAttempt.ok ? 'inst_hostedLastOk' : 'inst_hostedLastFailed', formatDateTime(hosted.lastAttempt.at, lang))}
        </p>
      )}
      {hosted.nextRefresh && <p data-hosted="next">{t('inst_hostedNext', formatDateTime(hosted.nextRefresh, lang))}</p>}
    </section>
  );
}

/** What the pack in force asserts surely: each fact the institution confirmed (who, when), and how many are not sure. */
function Facts({ t, lang, facts }: { t: Translate; lang: Lang; facts: InstitutionView['facts'] }) {
  return (
    <section id="institution-facts" aria-labelledby="institution-facts-heading">
      <h3 id="institution-facts-heading">{t('inst_factsHeading')}</h3>
      <p>{t(facts.confirmed.length ? 'inst_factsIntro' : 'inst_factsNone')}</p>
      {facts.confirmed.length > 0 && (
        <ul>
          {facts.confirmed.map((f) => (
            <li data-path={f.path}>
              <code class="path">{f.path}</code>
              {f.site && <span class="site"> ({f.site})</span>}
              <span class="value">{typeof f.value === 'boolean' ? yesNo(t, f.value) : f.value}</span>
              <span class="by">{t('inst_factConfirmed', f.by, formatPackDate(f.on, lang))}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="hint" data-unconfirmed={facts.unconfirmed}>
        {facts.unconfirmed ? t('inst_factsUnconfirmed', facts.unconfirmed, facts.total) : t('inst_factsAllSure')}
      </p>
    </section>
  );
}

export function Institution({ view }: { view: InstitutionView }) {
  const { lang } = view;
  const t = translator(lang);
  return (
    <section id="institution" class="institution" lang={lang} aria-labelledby="institution-heading" data-state="ready">
      <h2 id="institution-heading">{t('inst_title')}</h2>
      <p>{t(view.managed ? 'inst_intro' : 'inst_noPolicy')}</p>
      <p data-pack-source={view.pack.source}>
        {t('inst_packInForce', view.pack.version, formatPackDate(view.pack.updated, lang), t(SOURCE_KEYS[view.pack.source]))}
      </p>
      {view.pack.source !== 'bundled' && <p class="hint">{t('inst_bundledPack', view.bundled.version, formatPackDate(view.bundled.updated, lang))}</p>}

      <table class="institution-values">
        <thead>
          <tr>
            <th scope="col">{t('inst_col_setting')}</th>
            <th scope="col">{t('inst_col_value')}</th>
            <th scope="col">{t('inst_col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => {
            const name = policyName(row.key);
            return (
              <tr data-key={row.key} data-source={row.source}>
                <th scope="row">
                  {rowLabel(t, row.key)}
                  {name && (
                    <>
                      {' '}
                      <code class="policy-name">{name}</code>
                    </>
                  )}
                </th>
                <td class={row.value === null ? 'value unset' : 'value'}>{rowValue(t, row)}</td>
                <td class="source">{t(SOURCE_KEYS[row.source])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {view.hosted && <Hosted t={t} lang={lang} hosted={view.hosted} />}

      <Facts t={t} lang={lang} facts={view.facts} />

      {view.rejected.length > 0 && (
        <section id="institution-rejected" aria-labelledby="institution-rejected-heading">
          <h3 id="institution-rejected-heading">{t('inst_rejectedHeading')}</h3>
          <p>{t('inst_rejectedIntro')}</p>
          <ul>
            {view.rejected.map((r) => (
              <li data-path={r.path} data-source={r.source}>
                <code class="path">{r.path}</code> <span class="from">({t('inst_rejectedFrom', t(SOURCE_KEYS[r.source]))})</span>
                <p class="reason">{r.ref ? say(r.ref, lang) : r.reason}</p>
                {r.value !== undefined && (
                  <p class="received">
                    {t('inst_rejectedValue')} <code>{r.value}</code>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.notices.length > 0 && (
        <section id="institution-notices" aria-labelledby="institution-notices-heading">
          <h3 id="institution-notices-heading">{t('inst_noticesHeading')}</h3>
          <ul>
            {view.notices.map((n) => (
              <li data-path={n.path}>{n.message}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Shown when the background did not answer: a short notice. */
function InstitutionError({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <section id="institution" class="institution" lang={lang} data-state="error">
      <h2>{t('inst_title')}</h2>
      <p class="error" role="alert">
        {t('inst_error')}
      </p>
    </section>
  );
}

export function InstitutionRoot({ load, fallbackLang }: { load: () => Promise<InstitutionView>; fallbackLang: Lang }) {
  return (
    <PageShell
      load={load}
      label="Aiguilleur institution settings"
      fallbackLang={fallbackLang}
      ready={(view) => <Institution view={view} />}
      error={(lang) => <InstitutionError lang={lang} />}
    />
  );
}
