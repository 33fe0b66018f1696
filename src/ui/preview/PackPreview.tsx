/**
 * « Aperçu d'un pack », on the options page after the institution's settings: the academy's IT
 * staff load a draft pack (a file, or pasted text) and see, before deploying it, whether it is
 * valid (each error by field, line and column), the verdict a typed address would get under it
 * (with a password field or not, and where a login started there lands), what it leaves to
 * confirm, and the guide it produces. The draft lives in this component's state only: it is never
 * stored nor sent to the background, and closing the page forgets it.
 *
 * Hooks for tests: `#pack-preview`, `[data-draft="valid|invalid|too-large|unreadable"]`,
 * `#pack-preview-errors [data-path]`, `#pack-preview-verdict [data-verdict]`,
 * `#pack-preview-unconfirmed [data-path]`, `#pack-preview-guide`.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { Draft, LoginOutcome, ReadDraft } from '../../preview/engine';
import { say } from '../../rules/messages-fr';
import type { FieldError } from '../../rules/validate';
import { formatPackDate, PackGuide, type GuidePlace } from '../guide/Guide';
import { SeverityIcon } from '../parts';
import { previewTranslator, type PreviewTranslate as Translate } from './strings';
import './preview.css';

type Engine = typeof import('../../preview/engine');
/** Loaded once, when the first draft is: the guide's readers never download it. */
let engine: Promise<Engine> | null = null;
const loadEngine = (): Promise<Engine> => (engine ??= import('../../preview/engine'));

/** What was loaded last, by its name (the file's, or « texte collé »), with the engine that read it. */
type Loaded = { name: string; result: ReadDraft; engine: Engine } | { name: string; unreadable: true };

const kib = (n: number) => String(Math.ceil(n / 1024));

/**
 * The draft's guide sits one level under its own heading, every id prefixed and every section named
 * after that heading too: no id and no landmark's name is the page's twice.
 */
const DRAFT_PLACE: GuidePlace = { id: (name) => `draft-${name}`, level: 4, suffix: 'pack-preview-guide-heading' };

function Errors({ t, lang, errors }: { t: Translate; lang: Lang; errors: FieldError[] }) {
  return (
    <ul id="pack-preview-errors" class="preview-errors">
      {errors.map((e) => (
        <li data-path={e.path} data-line={e.line} data-column={e.column}>
          <code class="path">{e.path}</code>
          {e.line !== undefined && <span class="where"> ({t('preview_where', e.line, e.column ?? 0)})</span>}
          <p class="reason">{say(e.ref, lang)}</p>
        </li>
      ))}
    </ul>
  );
}

function Unconfirmed({ t, draft, engine }: { t: Translate; draft: Draft; engine: Engine }) {
  const facts = engine.unconfirmedFacts(draft.pack);
  return (
    <section id="pack-preview-unconfirmed" aria-labelledby="pack-preview-unconfirmed-heading">
      <h3 id="pack-preview-unconfirmed-heading">{t('preview_unconfirmedHeading')}</h3>
      <p>{facts.length === 0 ? t('preview_unconfirmedNone') : t('preview_unconfirmedIntro', facts.length)}</p>
      {facts.length > 0 && (
        <ul class="preview-facts">
          {facts.map((f) => (
            <li data-path={f.path} data-confidence={f.confidence}>
              <code class="path">{f.path}</code> <span class="confidence">({t(`guide_confidence_${f.confidence}`)})</span>
              <div class="sources">
                {t('preview_sources')}
                <ul>
                  {f.sources.map((s) => (
                    <li>{s}</li>
                  ))}
                </ul>
                {f.note && <p class="note">{t('guide_note', f.note)}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const OUTCOMES: readonly LoginOutcome[] = ['none', 'inbox', 'same', 'other'];

/** The URL box: the verdict an address would get under the draft, told as the popup tells it. */
function UrlVerdict({ t, lang, draft, engine }: { t: Translate; lang: Lang; draft: Draft; engine: Engine }) {
  const { isWebAddress, noLogin, previewVerdict } = engine;
  const [url, setUrl] = useState(draft.pack.webmail.url.value);
  const [passwordField, setPasswordField] = useState(false);
  const [login, setLogin] = useState<LoginOutcome>('none');
  const [landingUrl, setLandingUrl] = useState('');
  const blocked = url.trim() ? noLogin(draft, { url: url.trim(), passwordField }) : null;
  const needLanding = login === 'other' && blocked === null && !isWebAddress(landingUrl.trim());
  const told = url.trim() && !needLanding ? previewVerdict(draft, { url: url.trim(), passwordField, login, landingUrl: landingUrl.trim() }, lang) : null;
  const journey = login !== 'none' && blocked === null;
  return (
    <section id="pack-preview-verdict" aria-labelledby="pack-preview-verdict-heading">
      <h3 id="pack-preview-verdict-heading">{t('preview_verdictHeading')}</h3>
      <form class="preview-form" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="pack-preview-url">{t('preview_url')}</label>
          <input id="pack-preview-url" type="url" spellcheck={false} autocomplete="off" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </div>
        <label class="check">
          <input type="checkbox" id="pack-preview-password" checked={passwordField} onChange={(e) => setPasswordField(e.currentTarget.checked)} />
          {t('preview_password')}
        </label>
        <fieldset class="outcomes">
          <legend>{t('preview_loginLegend')}</legend>
          {OUTCOMES.map((o) => (
            <label class="check">
              <input type="radio" name="pack-preview-login" value={o} checked={login === o} onChange={() => setLogin(o)} />
              {t(`preview_login_${o}`)}
            </label>
          ))}
          {login === 'other' && (
            <div class="field">
              <label for="pack-preview-landing">{t('preview_landingUrl')}</label>
              <input id="pack-preview-landing" type="url" spellcheck={false} autocomplete="off" value={landingUrl} onInput={(e) => setLandingUrl(e.currentTarget.value)} />
            </div>
          )}
          {login !== 'none' && blocked && <p class="hint" data-no-login={blocked}>{t(blocked === 'not-academy' ? 'preview_noLogin_notAcademy' : 'preview_noLogin_noPassword')}</p>}
          {journey && <p class="hint">{t('preview_journeyNote')}</p>}
        </fieldset>
      </form>
      <div class="preview-told" aria-live="polite">
        {!told ? (
          <p class="hint">{t(needLanding ? 'preview_needLanding' : 'preview_needUrl')}</p>
        ) : (
          <div data-verdict={told.verdict} data-severity={told.severity}>
            <p class="told-label">{t('preview_told')}</p>
            <div class={`verdict verdict-${told.severity}`}>
              <SeverityIcon severity={told.severity} />
              <div class="verdict-text">
                <p class="headline">
                  <span class="sr-only">{t(`ui_severity_${told.severity}`)} </span>
                  {told.headline}
                </p>
                {told.lines.map((line) => (
                  <p>{line}</p>
                ))}
              </div>
            </div>
            {!told.sure && <p class="hint" data-hint="">{t('preview_hint')}</p>}
            {passwordField && !told.passwordHeard && !journey && <p class="hint" data-password-unwatched="">{t('preview_passwordNotWatched')}</p>}
            <dl class="told-facts">
              <div>
                <dt>{t('preview_verdict')}</dt>
                <dd>
                  <code>{told.verdict}</code>
                </dd>
              </div>
              <div data-banner={String(told.banner)}>
                <dt>{t('preview_banner')}</dt>
                <dd>{t(told.banner ? 'ui_yes' : 'ui_no')}</dd>
              </div>
              <div>
                <dt>{t('preview_keptUrl')}</dt>
                <dd>
                  <code>{told.page.url || '-'}</code>
                </dd>
              </div>
              <div>
                <dt>{t('preview_academy')}</dt>
                <dd>{t(told.page.academy ? 'ui_yes' : 'ui_no')}</dd>
              </div>
              <div>
                <dt>{t('preview_site')}</dt>
                <dd>{told.page.portal ? <code>{told.page.portal}</code> : t('preview_noSite')}</dd>
              </div>
              <div>
                <dt>{t('preview_role')}</dt>
                <dd>
                  <code>{told.page.role}</code>
                </dd>
              </div>
            </dl>
          </div>
        )}
      </div>
    </section>
  );
}

function Valid({ t, lang, name, draft, engine }: { t: Translate; lang: Lang; name: string; draft: Draft; engine: Engine }) {
  return (
    <>
      <UrlVerdict t={t} lang={lang} draft={draft} engine={engine} />
      <Unconfirmed t={t} draft={draft} engine={engine} />
      <section id="pack-preview-guide" class="preview-guide" aria-labelledby="pack-preview-guide-heading" data-draft-name={name}>
        <h3 id="pack-preview-guide-heading">{t('preview_guideHeading')}</h3>
        <PackGuide lang={lang} pack={draft.pack} place={DRAFT_PLACE} />
      </section>
    </>
  );
}

/** The one line that says what became of the last draft loaded. */
function status(t: Translate, lang: Lang, loaded: Loaded): [string, string] {
  if ('unreadable' in loaded) return ['unreadable', t('preview_unreadable', loaded.name)];
  const r = loaded.result;
  if (r.ok) return ['valid', t('preview_valid', loaded.name, r.draft.pack.packVersion, formatPackDate(r.draft.pack.updated, lang))];
  if ('tooLarge' in r) return ['too-large', t('preview_tooLarge', loaded.name, kib(r.tooLarge), kib(loaded.engine.DRAFT_MAX_BYTES))];
  return ['invalid', t('preview_invalid', loaded.name, r.errors.length)];
}

export function PackPreview({ lang }: { lang: Lang }) {
  const t = previewTranslator(lang);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pasted, setPasted] = useState('');
  // A new draft replaces the one shown, valid or not: what is shown is always the last one loaded.
  // A file larger than a pack may be is refused before it is read.
  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    loadEngine()
      .then(async (e) => ({ name, engine: e, result: file.size > e.DRAFT_MAX_BYTES ? { ok: false as const, tooLarge: file.size } : e.readDraftBytes(new Uint8Array(await file.arrayBuffer())) }))
      .then(setLoaded, () => setLoaded({ name, unreadable: true }));
  };
  const checkPasted = () => {
    const name = t('preview_pasted');
    loadEngine().then(
      (e) => setLoaded({ name, engine: e, result: e.readDraftText(pasted) }),
      () => setLoaded({ name, unreadable: true }),
    );
  };
  const [kind, line] = loaded ? status(t, lang, loaded) : [null, null];
  const read = loaded && !('unreadable' in loaded) ? loaded : null;
  const result = read?.result ?? null;
  return (
    <section id="pack-preview" class="pack-preview" lang={lang} aria-labelledby="pack-preview-heading">
      <h2 id="pack-preview-heading">{t('preview_heading')}</h2>
      <p>{t('preview_intro')}</p>
      <p class="callout" data-memory-only="">
        {t('preview_memoryOnly')}
      </p>
      <div class="field">
        <label for="pack-preview-file">{t('preview_file')}</label>
        <input id="pack-preview-file" type="file" accept=".json,application/json" onChange={(e) => readFile(e.currentTarget)} />
      </div>
      <div class="field">
        <label for="pack-preview-text">{t('preview_paste')}</label>
        <textarea id="pack-preview-text" rows={6} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
      </div>
      <p>
        <button type="button" class="button button-secondary" data-action="check-draft" onClick={checkPasted}>
          {t('preview_check')}
        </button>
      </p>
      <p class="hint">{t('preview_checksNote')}</p>
      <div role="status" class="preview-status">
        {line && (
          <p class={kind === 'valid' ? 'callout callout-ok' : 'error'} data-draft={kind}>
            {line}
          </p>
        )}
      </div>
      {result && !result.ok && 'errors' in result && <Errors t={t} lang={lang} errors={result.errors} />}
      {read && result?.ok && <Valid t={t} lang={lang} name={read.name} draft={result.draft} engine={read.engine} />}
    </section>
  );
}
