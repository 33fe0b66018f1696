/**
 * The webmail families (rules/lyon.json `webmailFamilies`): whichever software the webmail runs,
 * its inbox on the webmail's host is the inbox and its login page the webmail's login; the same
 * addresses on another host make nothing the webmail; a user name in a path is never kept.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { compileMatcher } from '../../src/match/compile';
import { linearClassify } from '../../src/match/linear';
import type { Classification } from '../../src/match/types';
import { checkPack } from '../../src/rules/validate';
import { Pack } from '../../src/rules/schema';
import { webmailInboxMarkers } from '../../src/rules/webmail';
import { resolveVerdict } from '../../src/verdicts';

const pack = Pack.parse(raw);
const matcher = compileMatcher(pack);
const view = (c: Classification) => ({ portal: c.portal?.id ?? null, role: c.role });
/** Both implementations, which must agree. */
function classify(url: string) {
  const compiled = view(matcher.classify(url));
  expect(view(linearClassify(pack, url))).toEqual(compiled);
  return compiled;
}

const W = 'https://webmail.ac-lyon.fr';
/** Each family's inbox and login addresses, as the software writes them (docs/research/webmail-families.md). */
const FAMILIES: Record<string, { inbox: string[]; login: string[]; markers: string[] }> = {
  convergence: {
    inbox: ['/iwc_static/layout/main.html?lang=fr&3.0.2.2.0_20010935'],
    login: ['/iwc_static/layout/login.html?lang=fr&svcs=abs,mail,calendar,c11n', '/iwc_static/c11n/allDomain/layout/login.html'],
    markers: ['#qa_NewMail'],
  },
  'outlook-web': { inbox: ['/owa/', '/owa/#path=/mail', '/owa/#authRedirect=true'], login: ['/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fwebmail.ac-lyon.fr%2fowa%2f'], markers: [] },
  sogo: { inbox: ['/SOGo/so/jean.dupont/Mail/view#!/Mail/0/inbox', '/SOGo/so/jean.dupont%40ac-lyon.fr/Mail/view'], login: ['/SOGo/', '/SOGo'], markers: ['body[ng-app="SOGo.MailerUI"]'] },
  roundcube: { inbox: ['/?_task=mail', '/?_task=mail&_mbox=INBOX&_page=2'], login: ['/?_task=login', '/?_task=login&_err=session'], markers: ['body.task-mail', '#mailboxlist'] },
  zimbra: { inbox: ['/modern/email/Inbox', '/h/search?mesg=welcome&init=true'], login: ['/?loginOp=relogin', '/?loginOp=logout'], markers: ['#zb__App__Mail', '#skin_outer'] },
  horde: { inbox: ['/horde/imp/dynamic.php?page=mailbox', '/imp/basic.php?page=mailbox&mailbox=INBOX'], login: ['/horde/login.php?url=%2Fhorde%2Fimp%2F', '/login.php'], markers: ['#impbase'] },
};

describe('webmail families in the pack', () => {
  it('lists the six families, each fact with its sources and a confidence', () => {
    expect(pack.webmailFamilies.map((f) => f.id).sort()).toEqual(Object.keys(FAMILIES).sort());
    for (const f of pack.webmailFamilies) {
      for (const fact of [f.inboxMarkers, ...Object.values(f.pages)]) expect(fact.sources.length).toBeGreaterThan(0);
      expect(Object.keys(f.pages).sort()).toEqual(['inbox', 'login']);
    }
  });

  describe.each(Object.entries(FAMILIES))('%s', (_id, family) => {
    it.each(family.inbox)('%s on the webmail is the inbox, and gets webmail-inbox without any marker', (path) => {
      expect(classify(W + path)).toEqual({ portal: 'webmail', role: 'inbox' });
      const facts = { url: W + path, classification: matcher.classify(W + path), signals: { passwordField: false, inboxMarkers: false } };
      expect(resolveVerdict(facts, pack).id).toBe('webmail-inbox');
    });
    it.each(family.login)('%s on the webmail is its login page', (path) => {
      expect(classify(W + path)).toEqual({ portal: 'webmail', role: 'login' });
      const facts = { url: W + path, classification: matcher.classify(W + path), signals: { passwordField: true, inboxMarkers: false } };
      expect(resolveVerdict(facts, pack).id).toBe('webmail-login');
    });
    it.each([...family.inbox, ...family.login])('%s on another host is neither the webmail nor its inbox', (path) => {
      for (const host of ['https://drane.ac-lyon.fr', 'https://example.org', 'https://webmail.ac-lyon.fr.evil.example']) {
        const c = classify(host + path);
        expect(c.portal).not.toBe('webmail');
        expect(c.role).not.toBe('inbox');
      }
    });
    it('its inbox markers are watched on the webmail', () => {
      expect(webmailInboxMarkers(pack)).toEqual(expect.arrayContaining(family.markers));
    });
  });

  it('an inbox marker on the webmail is the inbox wherever the URL says nothing (Zimbra and Roundcube at the root)', () => {
    const facts = (inboxMarkers: boolean) => ({ url: `${W}/`, classification: matcher.classify(`${W}/`), signals: { passwordField: false, inboxMarkers } });
    expect(resolveVerdict(facts(true), pack).id).toBe('webmail-inbox');
    expect(resolveVerdict(facts(false), pack).id).not.toBe('webmail-inbox');
  });

  it('the pack keeps its own Convergence guess beside the families', () => {
    expect(webmailInboxMarkers(pack)[0]).toBe(pack.webmail.inboxMarkers.value[0]);
    expect(new Set(webmailInboxMarkers(pack)).size).toBe(webmailInboxMarkers(pack).length);
  });
});

describe('a user name in a path', () => {
  it('is replaced by "*" in what is kept, which classifies the same', () => {
    for (const url of [`${W}/SOGo/so/jean.dupont/Mail/view#!/Mail/0/inbox`, `${W}/SOGo/so/jean.dupont%40ac-lyon.fr/Mail/view?x=1`]) {
      const kept = matcher.redact(url);
      expect(kept).not.toContain('jean.dupont');
      expect(kept).toContain('/SOGo/so/*/Mail/view');
      expect(view(matcher.classify(kept))).toEqual(view(matcher.classify(url)));
    }
  });
  it('leaves every other URL as it is', () => {
    for (const url of [`${W}/iwc_static/layout/main.html?lang=fr`, `${W}/SOGo/`, 'https://drane.ac-lyon.fr/spip/spip.php?page=login', 'not a url', 'about:blank']) {
      expect(matcher.redact(url)).toBe(url);
    }
  });
});

describe('families that break the pack', () => {
  const withFamily = (family: unknown) => ({ ...structuredClone(raw), webmailFamilies: [...structuredClone(raw).webmailFamilies, family] });
  const base = { id: 'x', name: 'X', pages: {}, inboxMarkers: { value: [], confidence: 'guess', sources: ['s'] } };
  it.each([
    ['a duplicate id', { ...base, id: 'sogo' }, 'duplicate webmail family id'],
    ['an undeclared role', { ...base, pages: { outbox: { value: [{ path: '/x' }], confidence: 'guess', sources: ['s'] } } }, 'not in pageRoles'],
    ['a wildcard inside a segment', { ...base, pages: { inbox: { value: [{ path: '/SOGo/so/j*/Mail' }], confidence: 'guess', sources: ['s'] } } }, 'lone "*"'],
    ['an exact path ending in "*"', { ...base, pages: { inbox: { value: [{ path: '/owa*', exact: true }], confidence: 'guess', sources: ['s'] } } }, 'exact path'],
  ])('%s is rejected', (_what, family, message) => {
    const r = checkPack(withFamily(family));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.path} ${e.message}`).join('\n')).toContain(message);
  });
});
