import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../rules/bundled';
import { forwardingRules } from './domains';
import { controlDescription, findForwardingField, findForwardingFields, wordsOf } from './forwarding-field';
import { FORWARDING_TAG, FORWARDING_VERDICT, forwardingGuard } from './guard';
import { forwardingGuardModel, forwardingTexts } from './guard-model';
import type { ForwardingGuardModel, ForwardingRules } from './types';

const pack = bundledPack;
const model: ForwardingGuardModel = forwardingGuardModel(pack, 'fr')!;

const FIXTURE = readFileSync('tests/fixtures/academy/sites/webmail.ac-lyon.fr/options-transfert.html', 'utf8');

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string, event: 'input' | 'change' = 'input') => {
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
};
const warnings = () => document.querySelectorAll(`[data-verdict="${FORWARDING_VERDICT}"]`);

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('findForwardingField', () => {
  it('finds the field of the fixture webmail options page by its label, and nothing else', () => {
    const doc = page(new DOMParser().parseFromString(FIXTURE, 'text/html').body.innerHTML);
    const fields = findForwardingFields(doc, pack);
    expect(fields.map((f) => f.id)).toEqual(['transfert-adresse']);
  });

  it.each([
    ['label[for]', '<label for="f">Transférer les messages à</label><input id="f" type="text">'],
    ['wrapping label', '<label>Rediriger vers <input type="email"></label>'],
    ['name', '<input name="mailForwardingAddress">'],
    ['id', '<input id="redirectionAddress" type="text">'],
    ['placeholder', '<input placeholder="Adresse de renvoi">'],
    ['aria-label', '<input aria-label="Forward to">'],
    ['aria-labelledby', '<span id="l">Adresse de TRANSFERT</span><textarea aria-labelledby="l"></textarea>'],
    ['title', '<input title="Forwarding address">'],
    ['pack selector only', '<input name="mailforwardingaddress">'],
    ['a plural label', '<label for="f">Transferts</label><input id="f" type="text">'],
    ['« Adresse de transfert »', '<label for="f">Adresse de transfert</label><input id="f">'],
    ['a past participle', '<label for="f">Courriels transférés vers</label><input id="f" type="email">'],
    ['« Redirections »', '<label for="f">Redirections</label><input id="f">'],
    ['an English participle', '<input aria-label="Forwarded to">'],
    ['an address field that says so in every way', '<label for="f">Transfert</label><input id="f" type="email" autocomplete="email" inputmode="email" pattern=".+@.+" maxlength="254">'],
  ])('by %s', (_how, html) => {
    expect(findForwardingField(page(html), pack)).not.toBeNull();
  });

  it.each([
    ['a checkbox that turns forwarding on', '<label><input type="checkbox" name="forward"> Activer le transfert</label>'],
    ['a password field', '<label for="p">Mot de passe de transfert</label><input id="p" type="password">'],
    ['a hidden field', '<input type="hidden" name="forwardTo">'],
    ['a button', '<button name="forward">Transférer</button>'],
    ['an unrelated field', '<label for="s">Signature</label><input id="s">'],
    ['a field whose only mention is in another field’s value', '<label>Nom <input value="transfert"></label>'],
    ['a word inside another word', '<label for="x">Retransferts comptables</label><input id="x"><input name="unforwardable">'],
    ['the address a forgotten password is sent to', '<label for="r">Adresse de renvoi du mot de passe oublié</label><input id="r" type="email">'],
    ['a backup address', '<label for="r">Adresse de redirection de secours</label><input id="r" type="email">'],
    ['a recovery address by its name', '<input name="forwardRecoveryEmail">'],
    ['a login', '<label for="l">Identifiant de transfert</label><input id="l">'],
    ['a field with a credential’s autofill name', '<input name="forwardTo" autocomplete="username">'],
    ['a field about passwords, in the plural', '<input aria-label="Forwarding passwords">'],
    ['a backup address without a forwarding word', '<label for="r">Adresse de secours</label><input id="r" type="email">'],
    ['a field with a phone’s autofill name', '<input name="forwardTo" autocomplete="tel">'],
    ['a numeric field', '<input name="forwardTo" inputmode="numeric">'],
    ['a field whose pattern admits no address', '<input name="forwardTo" pattern="[0-9]{2}[A-Z][0-9]{2}[0-9A-Z]{8}">'],
    ['a field with no room for an address', '<input name="forwardTo" maxlength="13">'],
  ])('ignores %s', (_what, html) => {
    expect(findForwardingField(page(html), pack)).toBeNull();
  });

  it('reads attributes and label text, never a value', () => {
    const doc = page('<label>Transférer à <textarea id="t">secret-default</textarea></label><input id="o" value="autre">');
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    const spy = vi.spyOn(t, 'value', 'get');
    expect(controlDescription(t).join(' ')).not.toContain('secret-default');
    expect(findForwardingField(doc, pack)).toBe(t);
    expect(spy).not.toHaveBeenCalled();
  });

  it('reads names as words: camelCase, underscores, digits', () => {
    expect(wordsOf('mailForwardingAddress2')).toEqual(['mail', 'forwarding', 'address', '2']);
    expect(wordsOf('MDP_Secours')).toEqual(['mdp', 'secours']);
    expect(wordsOf('Transférer les messages à')).toEqual(['transferer', 'les', 'messages', 'a']);
  });

  it('survives a pack selector the browser rejects', () => {
    const rules = { ...forwardingRules(pack)!, selectors: ['input[name=', 'input[name="fwd"]'] };
    expect(findForwardingFields(page('<input name="fwd">'), rules)).toHaveLength(1);
  });
});

describe('a hostile pack cannot make the guard read a credential', () => {
  const PAGE = `<form>
    <label for="login">Identifiant</label><input id="login" name="username" autocomplete="username" value="jdupont">
    <label for="pw">Mot de passe</label><input id="pw" type="password" value="secret">
    <label for="pw-shown">Mot de passe</label><input id="pw-shown" name="pwd" value="secret">
    <input id="new-pw" name="x1" autocomplete="new-password" value="secret2">
    <input id="otp" name="x2" autocomplete="one-time-code" value="123456">
    <label for="numen">NUMEN</label><input id="numen" name="numen" value="10E9501234ABC">
    <label for="numen2">Votre numéro d'identification</label><input id="numen2" name="agentNumen" value="10E9501234ABC">
    <label for="rec">Adresse de renvoi du mot de passe oublié</label><input id="rec" type="email" value="moi@gmail.com">
    <label for="sec">Adresse de secours</label><input id="sec" type="email" name="backupEmail" value="moi@gmail.com">
    <span id="why">Utilisée pour réinitialiser votre mot de passe</span><input id="described" aria-describedby="why" value="moi@gmail.com">
    <label for="note">Note</label><textarea id="note" name="recoveryNote">secret note</textarea>
    <label for="nid">Numéro d'identification</label><input id="nid" name="nid" value="10E9501234ABC">
    <label for="short">Code agent</label><input id="short" name="ca" maxlength="13" value="10E9501234ABC">
    <label for="shaped">Code agent</label><input id="shaped" name="cb" pattern="[0-9]{2}[A-Z][0-9]{2}[0-9A-Z]{8}" value="10E9501234ABC">
    <label for="digits">Code agent</label><input id="digits" name="cc" inputmode="numeric" value="123456">
    <label for="phone">Portable</label><input id="phone" name="cd" autocomplete="mobile tel" value="0600000000">
    <label for="fwd">Transférer les messages à</label><input id="fwd" value="moi@gmail.com">
  </form>`;
  const CREDENTIALS = ['login', 'pw', 'pw-shown', 'new-pw', 'otp', 'numen', 'numen2', 'rec', 'sec', 'described', 'note', 'nid', 'short', 'shaped', 'digits', 'phone'];
  // Words and selectors aimed at every field of the page.
  const hostile: ForwardingGuardModel = {
    ...model,
    selectors: ['input', 'textarea', '*', '#pw', '#login', '[name=numen]', '[type=password]', '[autocomplete]'],
    words: ['identifiant', 'mot', 'passe', 'numen', 'renvoi', 'secours', 'adresse', 'note', 'votre', 'username', 'login', 'transferer', 'numero', 'identification', 'code', 'agent', 'portable'],
  };

  /** Every element whose value was read, through the prototypes' getters (fields added later too). */
  function spyOnValues(): Set<Element> {
    const read = new Set<Element>();
    for (const proto of [HTMLInputElement.prototype, HTMLTextAreaElement.prototype]) {
      const original = Object.getOwnPropertyDescriptor(proto, 'value')!;
      Object.defineProperty(proto, 'value', {
        ...original,
        get(this: Element) {
          read.add(this);
          return original.get!.call(this);
        },
      });
      restore.push(() => Object.defineProperty(proto, 'value', original));
    }
    return read;
  }
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  it('finds only the forwarding field, and reads no value of the others, on scan, on input and on change', () => {
    page(PAGE);
    const read = spyOnValues();
    expect(findForwardingFields(document, hostile as ForwardingRules).map((f) => f.id)).toEqual(['fwd']);
    stop = forwardingGuard(document, hostile);
    for (const el of document.querySelectorAll('input, textarea')) {
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const fwd = document.getElementById('fwd')!;
    expect(read.has(fwd)).toBe(true); // the spy works: the forwarding field itself is read
    expect(warnings()).toHaveLength(1);
    expect(CREDENTIALS.filter((id) => read.has(document.getElementById(id)!))).toEqual([]);
  });

  it('a forwarding field the page turns into a password or a login afterwards is no longer read', () => {
    page('<label for="f">Transférer les messages à</label><input id="f" value="moi@gmail.com">');
    stop = forwardingGuard(document, hostile);
    expect(warnings()).toHaveLength(1);
    const field = document.getElementById('f') as HTMLInputElement;
    field.setAttribute('autocomplete', 'current-password');
    const read = spyOnValues();
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(read.has(field)).toBe(false);
    expect(warnings()).toHaveLength(0);
    field.removeAttribute('autocomplete');
    field.type = 'password';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    expect(read.has(field)).toBe(false);
  });
});

describe('forwardingGuard', () => {
  it('an academic address: no warning; a Gmail address: the warning right after the field', () => {
    page('<form><label for="f">Transférer les messages à</label><input id="f" type="email"><button>Enregistrer</button></form>');
    stop = forwardingGuard(document, model);
    const field = document.getElementById('f') as HTMLInputElement;

    type(field, 'jean.dupont@ac-lyon.fr');
    expect(warnings()).toHaveLength(0);

    type(field, 'jean.dupont@gmail.com');
    expect(warnings()).toHaveLength(1);
    const host = field.nextElementSibling as HTMLElement;
    expect(host.tagName.toLowerCase()).toBe(FORWARDING_TAG);
    expect(host.dataset.verdict).toBe('forwarding-risk');
    const box = host.shadowRoot!.querySelector('section')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.getAttribute('lang')).toBe('fr');
    expect(box.textContent).toContain('périmètre du ministère');
    expect(box.textContent).toContain('second compte');
    expect(box.textContent).toContain('responsabilité');

    // Typing on does not stack warnings; going back to an academic address removes it.
    type(field, 'jean.dupont@gmail.co');
    expect(warnings()).toHaveLength(1);
    type(field, 'jean.dupont@ac-grenoble.fr', 'change');
    expect(warnings()).toHaveLength(0);
    type(field, 'jean.dupont@education.gouv.fr');
    expect(warnings()).toHaveLength(0);
    type(field, 'x@ac-lyon.fr.example.com');
    expect(warnings()).toHaveLength(1);
    type(field, '');
    expect(warnings()).toHaveLength(0);
  });

  it('never blocks: the submit still goes through, the field keeps its value', () => {
    page('<form id="form"><label for="f">Transférer les messages à</label><input id="f"><button id="save">Enregistrer</button></form>');
    stop = forwardingGuard(document, model);
    const field = document.getElementById('f') as HTMLInputElement;
    const submitted = vi.fn((e: Event) => e.preventDefault());
    document.getElementById('form')!.addEventListener('submit', submitted);
    const keyEvent = new Event('input', { bubbles: true, cancelable: true });
    field.value = 'moi@yahoo.fr';
    field.dispatchEvent(keyEvent);
    expect(keyEvent.defaultPrevented).toBe(false);
    (document.getElementById('form') as HTMLFormElement).requestSubmit();
    expect(submitted).toHaveBeenCalledOnce();
    expect(field.value).toBe('moi@yahoo.fr');
    expect(field.disabled).toBe(false);
    expect(warnings()).toHaveLength(1);
  });

  it('never reads any field but the forwarding field', () => {
    page(`<form>
      <label for="sig">Signature</label><textarea id="sig">Cordialement</textarea>
      <label for="f">Transférer les messages à</label><input id="f">
      <label for="pw">Mot de passe</label><input id="pw" type="password" value="secret">
      <label for="other">Adresse de réponse</label><input id="other" value="x@gmail.com">
    </form>`);
    const others = ['sig', 'pw', 'other'].map((id) => document.getElementById(id) as HTMLInputElement);
    const spies = others.map((el) => vi.spyOn(el, 'value', 'get'));
    const field = document.getElementById('f') as HTMLInputElement;
    const fieldSpy = vi.spyOn(field, 'value', 'get');
    stop = forwardingGuard(document, model);
    type(field, 'jean@gmail.com');
    for (const el of others) el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(warnings()).toHaveLength(1);
    expect(fieldSpy).toHaveBeenCalled();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('warns at once about a forwarding already set to a personal address', () => {
    page('<label for="f">Transférer les messages à</label><input id="f" value="ancien@hotmail.fr">');
    stop = forwardingGuard(document, model);
    expect(warnings()).toHaveLength(1);
  });

  it('guards a field the single-page webmail adds later, once', async () => {
    vi.useFakeTimers();
    page('<div id="panel"></div>');
    stop = forwardingGuard(document, model, 50);
    document.getElementById('panel')!.innerHTML = '<label for="f">Forward to</label><input id="f">';
    await vi.advanceTimersByTimeAsync(60);
    const field = document.getElementById('f') as HTMLInputElement;
    type(field, 'me@gmail.com');
    expect(warnings()).toHaveLength(1);
    // Our own warning is a DOM change too: it must not attach twice.
    await vi.advanceTimersByTimeAsync(60);
    type(field, 'me@gmail.com');
    expect(warnings()).toHaveLength(1);
  });

  it('stops: listeners off, warnings gone', () => {
    page('<label for="f">Transférer les messages à</label><input id="f">');
    stop = forwardingGuard(document, model);
    const field = document.getElementById('f') as HTMLInputElement;
    type(field, 'me@gmail.com');
    stop();
    stop = null;
    expect(warnings()).toHaveLength(0);
    type(field, 'again@gmail.com');
    expect(warnings()).toHaveLength(0);
  });

  it('puts page-provided text nowhere: texts come from the model, as text', () => {
    page('<label for="f">Transférer les messages à</label><input id="f">');
    const evil = { ...model, texts: { ...model.texts, headline: '<img src=x onerror=alert(1)>' } };
    stop = forwardingGuard(document, evil);
    type(document.getElementById('f') as HTMLInputElement, 'a@gmail.com');
    const root = (warnings()[0] as HTMLElement).shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('forwardingGuardModel (background side)', () => {
  it('is plain JSON: rules from the pack, texts in the user’s language', () => {
    const en = forwardingGuardModel(pack, 'en')!;
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
    expect(en.selectors).toEqual(pack.mail!.forwarding.selectors.value);
    expect(en.words).toEqual(pack.mail!.forwarding.words);
    expect(en.domains).toEqual(pack.mail!.forwarding.domains.value);
    expect(en.texts).toEqual(forwardingTexts('en'));
    expect(en.texts.lang).toBe('en');
    expect(en.texts.lines.join(' ')).toContain('second account');
  });

  it('is null when the pack says nothing about mail', () => {
    const { mail: _, ...noMail } = pack;
    expect(forwardingGuardModel(noMail, 'fr')).toBeNull();
  });
});
