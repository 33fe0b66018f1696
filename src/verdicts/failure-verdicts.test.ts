import { describe, expect, it } from 'vitest';
import { badgeText } from '../background/badge';
import { tabView } from '../background/views';
import { factsFor } from '../page-report/read-report';
import type { Lang } from '../i18n/lang';
import { compileMatcher } from '../match/compile';
import { bundledPack as pack } from '../rules/bundled';
import { resolveVerdict, VERDICTS } from '.';
import { FAILURE_KINDS, type FailureKind, type LoadFailure, type TabFacts } from '../model/facts';

const matcher = compileMatcher(pack);

const facts = (url: string, failure?: Partial<LoadFailure> & { kind: FailureKind }, inbox = false): TabFacts => {
  const f = factsFor(matcher, url, { passwordField: false, inboxMarkers: inbox });
  return failure ? { ...f, failure: { code: '', host: new URL(url).hostname, at: 0, ...failure } } : f;
};
const view = (url: string, failure: Partial<LoadFailure> & { kind: FailureKind }, lang: Lang = 'fr') => tabView(facts(url, failure), pack, lang);
const text = (v: { headline: string; lines: string[] }) => [v.headline, ...v.lines].join('\n');

describe('failure verdicts', () => {
  it('come first in the precedence order, one per failure kind', () => {
    // Among themselves they never hold together (one failure per tab), so their order is the id tie-break.
    expect(VERDICTS.slice(0, FAILURE_KINDS.length).map((v) => v.id).sort()).toEqual([...FAILURE_KINDS].sort());
  });

  it.each(FAILURE_KINDS)('%s: detected from facts.failure, outranking even an inbox', (kind) => {
    expect(resolveVerdict(facts('https://webmail.ac-lyon.fr/', { kind }, true), pack).id).toBe(kind);
    expect(resolveVerdict(facts('https://inconnu.ac-lyon.fr/', { kind }), pack).id).toBe(kind);
  });

  it.each(FAILURE_KINDS)('%s: a warning (badge "!"), told in the popup only', (kind) => {
    const v = VERDICTS.find((d) => d.id === kind)!;
    expect(v.severity).toBe('warning');
    expect(badgeText(v.severity)).toBe('!');
    expect('banner' in v).toBe(false);
  });

  it('without a failure, nothing changes', () => {
    expect(resolveVerdict(facts('https://webmail.ac-lyon.fr/', undefined, true), pack).id).toBe('webmail-inbox');
  });

  it.each(FAILURE_KINDS.flatMap((k) => (['fr', 'en'] as const).map((l) => [k, l] as const)))('%s is told in %s, without a missing string', (kind, lang) => {
    const v = view('https://webmail.ac-lyon.fr/', { kind, code: 'X' }, lang);
    expect(v.headline.length).toBeGreaterThan(10);
    expect(v.lines.length).toBeGreaterThanOrEqual(2);
    expect(text(v)).not.toMatch(/\$\d|undefined|v_[a-z]/);
  });
});

describe('certificate-error', () => {
  const cert = (code: string, lang: Lang = 'fr') => view('https://webmail.ac-lyon.fr/', { kind: 'certificate-error', code }, lang);

  it('says what the warning means, why, what to check, never to click through, and whom to contact (fr)', () => {
    const v = cert('ERR_CERT_AUTHORITY_INVALID');
    expect(v.headline).toBe("Messagerie académique (webmail)\u00a0: connexion sécurisée impossible, le certificat n'est pas reconnu");
    const all = text(v);
    expect(all).toContain("n'a pas pu vérifier l'identité du site");
    expect(all).toContain('une date ou une heure fausse');
    expect(all).toContain('un navigateur ou un système trop ancien');
    expect(all).toContain("la date et l'heure de l'ordinateur, puis les mises à jour du navigateur et du système");
    expect(all).toContain('Ne contournez jamais cet avertissement');
    expect(all).toContain('ordinateur partagé');
    expect(all).toContain('référent numérique');
    expect(all).toContain("Pour trouver l'assistance académique\u00a0: Trouver la bonne plateforme d'assistance (DRANE) (https://drane.ac-lyon.fr/spip/Assistance).");
    expect(v.lines.at(-1)).toBe("Code d'erreur du navigateur\u00a0: ERR_CERT_AUTHORITY_INVALID");
  });

  it('the same in English', () => {
    const all = text(cert('SEC_ERROR_UNKNOWN_ISSUER', 'en'));
    expect(all).toContain('Academic webmail: no secure connection, the certificate is not recognised');
    expect(all).toContain('wrong date or time');
    expect(all).toContain('Never click through this warning');
    expect(all).toContain('shared computer');
    expect(all).toContain('Browser error code: SEC_ERROR_UNKNOWN_ISSUER');
  });

  it.each<[string, string, string]>([
    ['ERR_CERT_DATE_INVALID', 'fr', 'Ce code signale un problème de date'],
    ['SEC_ERROR_EXPIRED_CERTIFICATE', 'en', 'This code points to a date problem'],
    ['ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'fr', 'trop ancien pour la sécurité du site'],
    ['MOZILLA_PKIX_ERROR_MITM_DETECTED', 'fr', "s'interpose dans les connexions sécurisées (antivirus, proxy"],
  ])('%s adds its hint (%s)', (code, lang, hint) => {
    const v = cert(code, lang as Lang);
    expect(v.lines[1]).toContain(hint);
  });

  it('no hint for a plain untrusted issuer; host when no portal is known', () => {
    expect(text(cert('ERR_CERT_AUTHORITY_INVALID'))).not.toContain('Ce code signale');
    expect(view('https://inconnu.ac-lyon.fr/', { kind: 'certificate-error' }).headline).toContain('inconnu.ac-lyon.fr');
  });
});

describe('network-blocked', () => {
  it('points at the school network, another network to confirm, and who runs it', () => {
    const fr = view('https://portail.ac-lyon.fr/', { kind: 'network-blocked', code: 'ERR_CONNECTION_RESET' });
    expect(fr.headline).toMatch(/\u00a0: injoignable depuis ce réseau$/);
    const all = text(fr);
    expect(all).toContain("proxy ou le pare-feu");
    expect(all).toContain('partage de connexion de votre téléphone');
    expect(all).toContain("géré par l'établissement et son référent numérique");
    expect(all).toContain("pas par l'assistance académique");
    expect(all).toContain('ERR_CONNECTION_RESET');
    const en = text(view('https://portail.ac-lyon.fr/', { kind: 'network-blocked' }, 'en'));
    expect(en).toContain('cannot be reached from this network');
    expect(en).toContain('phone’s connection sharing');
    expect(en).toContain('not by the academy helpdesk');
    expect(en).not.toContain('Browser error code');
  });
});

describe('network-slow', () => {
  it('tells the half-loaded page after the pack’s 20 s, with the same advice', () => {
    const fr = view('https://webmail.ac-lyon.fr/', { kind: 'network-slow', code: 'LOAD_INCOMPLETE_20S' });
    expect(fr.headline).toBe('Messagerie académique (webmail) ne finit pas de se charger');
    expect(fr.lines[0]).toContain('au bout de 20 secondes');
    expect(fr.lines[0]).toContain('à moitié affichée ou tourne sans fin');
    expect(text(fr)).toContain('partage de connexion de votre téléphone');
    const en = view('https://webmail.ac-lyon.fr/', { kind: 'network-slow' }, 'en');
    expect(en.lines[0]).toContain('after 20 seconds');
    expect(en.lines[0]).toContain('half-drawn or keeps spinning');
  });
});

describe('dns-error and offline', () => {
  it('dns-error: the address, its spelling, the webmail address, another network', () => {
    const fr = view('https://webmial.ac-lyon.fr/', { kind: 'dns-error', code: 'ERR_NAME_NOT_RESOLVED' });
    expect(fr.headline).toBe('Adresse introuvable\u00a0: webmial.ac-lyon.fr');
    expect(fr.lines[0]).toContain("Vérifiez l'orthographe");
    expect(fr.lines[0]).toContain('https://webmail.ac-lyon.fr/');
    expect(fr.lines[1]).toContain('serveur de noms');
    expect(view('https://webmial.ac-lyon.fr/', { kind: 'dns-error' }, 'en').headline).toBe('Address not found: webmial.ac-lyon.fr');
  });

  it('offline: not the site’s fault, check the connection', () => {
    const fr = view('https://webmail.ac-lyon.fr/', { kind: 'offline' });
    expect(fr.headline).toBe('Pas de connexion à Internet');
    expect(text(fr)).toContain("le site de l'académie n'y est pour rien");
    expect(text(fr)).toContain('Wi-Fi');
    expect(view('https://webmail.ac-lyon.fr/', { kind: 'offline' }, 'en').headline).toBe('No Internet connection');
  });
});
