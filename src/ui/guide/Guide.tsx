/**
 * The guide page: how to reach the webmail, then the directory of academy sites, the other
 * help pages (MorePages), and what the options page adds (the institution's settings and the
 * pack preview, given as children): one page in one column, under one header and above one footer.
 * `PackGuide` is what it says of any pack, for the preview of a draft.
 * `Guide` is pure (a GuideView in, markup out); `GuideRoot` fetches the view.
 *
 * Stable hooks for later sections and for tests: `#webmail`, `#false-warnings` (with its
 * `[data-false-warning="<host> <verdict>"]` rows, when the user marked any), `#directory`,
 * `[data-kind="<kind>"]` groups and `[data-portal="<id>"]` rows, `#more`, `#forwarding-advice` (its heading `#forwarding`).
 */
import type { ComponentChildren } from 'preact';
import { formatDay, localize, type Lang } from '../../i18n/lang';
import { translator, type Translate } from '../../strings';
import type { MessageKey } from '../../strings';
import type { GuideView, Request } from '../../messages';
import type { Confidence, Pack, Portal, PortalKind } from '../../rules/schema';
import { isConfirmed } from '../../model/confidence';
import { patternsLabels, prettyUrl } from '../addresses';
import { FALLBACK_WEBMAIL } from '../fallback';
import { Answer, credentialsAnswer, ToConfirm, WebmailAddress, yesNo } from '../parts';
import { actThenReload, PageShell, useAskAgain } from '../shell';
import { PageError, TabPage } from '../tab-page';
import { MorePages } from './MorePages';
import './guide.css';

const KIND_KEYS: Record<PortalKind, MessageKey> = {
  webmail: 'guide_kind_webmail',
  rectorate: 'guide_kind_rectorate',
  'staff-portal': 'guide_kind_staffPortal',
  services: 'guide_kind_services',
  drane: 'guide_kind_drane',
  forum: 'guide_kind_forum',
  dsden: 'guide_kind_dsden',
  disciplinary: 'guide_kind_disciplinary',
  school: 'guide_kind_school',
  legacy: 'guide_kind_legacy',
  'regional-ent': 'guide_kind_regionalEnt',
};

export interface KindGroup {
  kind: PortalKind;
  portals: Portal[];
}

/** Portals grouped by kind in pack order, the webmail's group first and the webmail first within it. */
export function groupByKind(pack: Pack): KindGroup[] {
  const webmail = pack.portals.find((p) => p.id === pack.webmail.portal);
  const ordered = webmail ? [webmail, ...pack.portals.filter((p) => p !== webmail)] : pack.portals;
  const groups = new Map<PortalKind, Portal[]>();
  for (const p of ordered) {
    const list = groups.get(p.kind);
    if (list) list.push(p);
    else groups.set(p.kind, [p]);
  }
  return [...groups].map(([kind, portals]) => ({ kind, portals }));
}

/** A date of the pack (YYYY-MM-DD) as people write it: "24 novembre 2026", "24 November 2026". */
export const formatPackDate = formatDay;

/** Fills `$1` of a message with markup rather than text. */
function withNode(text: string, node: ComponentChildren): ComponentChildren {
  const at = text.indexOf('$1');
  return at < 0 ? text : [text.slice(0, at), node, text.slice(at + 2)];
}

interface FactLike {
  confidence: Confidence;
  sources: string[];
  note?: string | undefined;
}

/** Where each fact of a portal comes from and how sure it is. */
function Sources({ t, portal, addressLabel, address }: { t: Translate; portal: Portal; addressLabel: string; address: FactLike }) {
  const facts: [string, string, FactLike][] = [
    ['address', addressLabel, address],
    ['credentials', t('ui_credentials'), portal.sharesAcademicCredentials],
    ['mailbox', t('guide_mailboxHere'), portal.hasMailbox],
  ];
  return (
    <details class="sources">
      <summary>{t('guide_sources')}</summary>
      <dl>
        {facts.map(([id, label, fact]) => (
          <div data-sources={id}>
            <dt>{t('guide_factConfidence', label, t(`guide_confidence_${fact.confidence}`))}</dt>
            <dd>
              <ul>
                {fact.sources.map((s) => (
                  <li>{s}</li>
                ))}
              </ul>
              {fact.note && <p class="note">{t('guide_note', fact.note)}</p>}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * Where the guide's sections sit: on the guide page, at the top (ids as named, `h2` sections);
 * in the options page's pack preview, one level down, every id prefixed so none is the page's twice.
 */
export interface GuidePlace {
  id: (name: string) => string;
  level: number;
  /** An element whose text ends each section's name, so that no two landmarks of the page share one. */
  suffix?: string;
}
const ON_PAGE: GuidePlace = { id: (name) => name, level: 2 };

/** A section's `aria-labelledby`: its heading, then the place's suffix. */
const labelledBy = (place: GuidePlace, heading: string): string => (place.suffix ? `${place.id(heading)} ${place.suffix}` : place.id(heading));

/** A heading at a level counted from the place's. */
function Heading({ level, id, children }: { level: number; id?: string; children: ComponentChildren }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function PortalRow({ t, lang, pack, portal, isWebmail, place }: { t: Translate; lang: Lang; pack: Pack; portal: Portal; isWebmail: boolean; place: GuidePlace }) {
  const address: FactLike = portal.home ?? portal.urls;
  const labels = portal.home ? [prettyUrl(portal.home.value)] : patternsLabels(portal.urls.value);
  const addressLabel = t(labels.length > 1 ? 'guide_addressMany' : 'guide_addressOne');
  const department = portal.department ? pack.academy.departments.find((d) => d.code === portal.department) : undefined;
  return (
    <li class={isWebmail ? 'portal card portal-webmail' : 'portal card'} id={place.id(`portal-${portal.id}`)} data-portal={portal.id}>
      <Heading level={place.level + 2}>{localize(portal.name, lang)}</Heading>
      <p class="role">{localize(portal.role, lang)}</p>
      <dl class="facts">
        <div data-fact="address">
          <dt>{addressLabel}</dt>
          <dd>
            <ul class="addresses">
              {portal.home ? (
                <li>
                  <a href={portal.home.value}>{labels[0]}</a>
                </li>
              ) : (
                labels.map((label) => (
                  <li>
                    <code>{label}</code>
                  </li>
                ))
              )}
            </ul>
            {!isConfirmed(address) && <ToConfirm t={t} />}
          </dd>
        </div>
        {portal.department && (
          <div data-fact="department">
            <dt>{t('guide_department')}</dt>
            <dd>{t('guide_departmentValue', department ? localize(department.name, lang) : portal.department, portal.department)}</dd>
          </div>
        )}
        <div data-fact="credentials">
          <dt>{t('ui_credentials')}</dt>
          <dd>
            <Answer
              t={t}
              text={credentialsAnswer(t, portal.sharesAcademicCredentials.value)}
              confirmed={isConfirmed(portal.sharesAcademicCredentials)}
            />
          </dd>
        </div>
        <div data-fact="mailbox">
          <dt>{t('guide_mailboxHere')}</dt>
          <dd>
            <Answer t={t} text={yesNo(t, portal.hasMailbox.value)} confirmed={isConfirmed(portal.hasMailbox)} />
          </dd>
        </div>
      </dl>
      <Sources t={t} portal={portal} addressLabel={addressLabel} address={address} />
    </li>
  );
}

function WebmailAdvice({ t, url, confirmed, place = ON_PAGE, children }: { t: Translate; url: string; confirmed: boolean; place?: GuidePlace; children?: ComponentChildren }) {
  return (
    <section id={place.id('webmail')} class="webmail-advice" aria-labelledby={labelledBy(place, 'webmail-heading')}>
      <Heading level={place.level} id={place.id('webmail-heading')}>
        {t('guide_webmailHeading')}
      </Heading>
      <p>{t('guide_webmailAdvice')}</p>
      <WebmailAddress t={t} url={url} confirmed={confirmed} />
      <p>{t('guide_webmailBookmark')}</p>
      {children}
    </section>
  );
}

type Restore = (req: Extract<Request, { type: 'restore-warning' }>) => void;

/** The warnings the user marked wrong, each with its way back; nothing when there are none. */
function FalseWarnings({ t, lang, list, restore }: { t: Translate; lang: Lang; list: NonNullable<GuideView['falseWarnings']>; restore: Restore | undefined }) {
  if (list.length === 0) return null;
  return (
    <section id="false-warnings" aria-labelledby="false-warnings-heading">
      <h2 id="false-warnings-heading">{t('guide_falseWarningsHeading')}</h2>
      <p>{t('guide_falseWarningsIntro')}</p>
      <ul class="false-warnings">
        {list.map((w) => (
          <li class="card" data-false-warning={`${w.host} ${w.verdict}`}>
            <p>
              <strong>{w.site ?? w.host}</strong> {w.site && <span class="host">({w.host})</span>}
            </p>
            <p>
              <code>{w.verdict}</code>, {t('guide_falseWarningOn', formatDay(w.on, lang))}
            </p>
            {restore && (
              <button type="button" class="button button-secondary" data-action="restore-warning" onClick={() => restore({ type: 'restore-warning', host: w.host, verdict: w.verdict })}>
                {t('ui_restoreWarning')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the options page adds after the guide, in the same column (the institution's settings, the
 * pack preview): its parts, or a function of the page's language for parts that speak it.
 */
type After = { children?: ComponentChildren | ((lang: Lang) => ComponentChildren) };
const after = (children: After['children'], lang: Lang): ComponentChildren => (typeof children === 'function' ? children(lang) : children);

/** How to reach the webmail (with the address format), then the directory of the pack's sites. */
function AddressFormat({ t, pack }: { t: Translate; pack: Pack }) {
  const format = pack.academy.addressFormat;
  return (
    <p>
      {withNode(
        t('guide_addressFormat'),
        <>
          <strong class="address-format">{format.value}</strong>
          {!isConfirmed(format) && (
            <>
              {' '}
              <ToConfirm t={t} />
            </>
          )}
        </>,
      )}
    </p>
  );
}

/** The directory of the pack's sites, grouped by kind. */
function Directory({ t, lang, pack, place }: { t: Translate; lang: Lang; pack: Pack; place: GuidePlace }) {
  return (
    <section id={place.id('directory')} aria-labelledby={labelledBy(place, 'directory-heading')}>
      <Heading level={place.level} id={place.id('directory-heading')}>
        {t('guide_directoryHeading')}
      </Heading>
      <p>{t('guide_directoryIntro')}</p>
      <p class="hint">{t('guide_toConfirmExplained')}</p>
      {groupByKind(pack).map(({ kind, portals }) => (
        <section class="kind" data-kind={kind} aria-labelledby={labelledBy(place, `kind-${kind}`)}>
          <Heading level={place.level + 1} id={place.id(`kind-${kind}`)}>
            {t(KIND_KEYS[kind])}
          </Heading>
          <ul class="portals">
            {portals.map((p) => (
              <PortalRow t={t} lang={lang} pack={pack} portal={p} isWebmail={p.id === pack.webmail.portal} place={place} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * What the guide says of a pack, without the user's own (false warnings, browser age): the pack in
 * force on the guide page, a draft in the options page's pack preview (`place`).
 */
export function PackGuide({ lang, pack, place }: { lang: Lang; pack: Pack; place: GuidePlace }) {
  const t = translator(lang);
  return (
    <>
      <WebmailAdvice t={t} url={pack.webmail.url.value} confirmed={isConfirmed(pack.webmail.url)} place={place}>
        <AddressFormat t={t} pack={pack} />
      </WebmailAdvice>
      <Directory t={t} lang={lang} pack={pack} place={place} />
    </>
  );
}

export function Guide({ view, restore, children }: { view: GuideView; restore?: Restore } & After) {
  const { lang, pack } = view;
  const t = translator(lang);
  return (
    <TabPage
      page="guide"
      lang={lang}
      state="ready"
      packVersion={pack.packVersion}
      title={t('guide_title')}
      intro={t('guide_intro', pack.academy.name[lang])}
      footer={<p>{t('guide_packVersion', pack.packVersion, formatPackDate(pack.updated, lang))}</p>}
    >
      <WebmailAdvice t={t} url={pack.webmail.url.value} confirmed={isConfirmed(pack.webmail.url)}>
        <AddressFormat t={t} pack={pack} />
      </WebmailAdvice>
      <FalseWarnings t={t} lang={lang} list={view.falseWarnings ?? []} restore={restore} />
      <Directory t={t} lang={lang} pack={pack} place={ON_PAGE} />
      <MorePages lang={lang} outdated={view.outdated} />
      {after(children, lang)}
    </TabPage>
  );
}

/** Shown when the background did not answer: the advice and the webmail address still stand. */
export function GuideError({ lang, children }: { lang: Lang } & After) {
  const t = translator(lang);
  return (
    <PageError page="guide" lang={lang} title={t('guide_title')} alert={t('guide_error')}>
      <WebmailAdvice t={t} url={FALLBACK_WEBMAIL.url} confirmed={FALLBACK_WEBMAIL.confirmed} />
      <MorePages lang={lang} />
      {after(children, lang)}
    </PageError>
  );
}

export function GuideRoot({ load, fallbackLang, send, children }: { load: () => Promise<GuideView>; fallbackLang: Lang; send?: (req: Request) => Promise<unknown> } & After) {
  const [reload, askAgain] = useAskAgain(load);
  const restore: Restore | undefined = send ? actThenReload(send, askAgain, 'Aiguilleur guide') : undefined;
  return (
    <PageShell
      load={reload}
      label="Aiguilleur guide"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('guide_title')}
      ready={(view) => (
        <Guide view={view} restore={restore}>
          {children}
        </Guide>
      )}
      error={(lang) => <GuideError lang={lang}>{children}</GuideError>}
    />
  );
}
