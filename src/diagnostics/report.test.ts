import { describe, expect, it } from 'vitest';
import { supportSummary } from '../journey/summary';
import { bundledPack as pack } from '../rules/bundled';
import { browserAdvice, type ClientInfo } from './browser-age';
import {
  diagnosticsView,
  parseRecentVerdicts,
  pushRecentVerdict,
  recentVerdictOf,
  reportFor,
  safeHost,
  supportReport,
  type ReportInput,
} from './report';
import type { SelfCheckResult } from './self-check';

const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);
const selfCheck: SelfCheckResult = {
  at: NOW - 60_000,
  online: true,
  network: 'partial',
  probes: [
    { id: 'webmail', host: 'webmail.ac-lyon.fr', outcome: 'network-or-certificate', ms: 212.4 },
    { id: 'staff-portal', host: 'portail.ac-lyon.fr', outcome: 'reached', status: 0, ms: 95 },
  ],
};

const input = (p: Partial<ReportInput> = {}): ReportInput => ({
  extensionVersion: '0.1.0',
  packVersion: '1.0.0',
  browser: { name: 'Chrome', version: '156.0.8078.79' },
  os: 'Windows 10',
  verdicts: [
    { host: 'webmail.ac-lyon.fr', verdict: 'certificate-error', at: NOW - 120_000, code: 'ERR_CERT_AUTHORITY_INVALID' },
    { host: 'portail.ac-lyon.fr', verdict: 'portal', at: NOW - 300_000 },
  ],
  falseWarnings: [{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-11-23' }],
  selfCheck,
  password: 'no',
  now: NOW,
  ...p,
});

describe('support report', () => {
  it('reads, in French by default', () => {
    expect(supportReport(input())).toBe(
      [
        'Aiguilleur 0.1.0 (règles 1.0.0) — 2026-11-24 10:00:00 UTC',
        "Rapport de diagnostic de connexion (à joindre à une demande d'assistance)",
        'Navigateur\u00a0: Chrome 156.0.8078.79',
        'Système\u00a0: Windows 10',
        '',
        "Derniers constats sur les sites de l'académie\u00a0:",
        '- 2026-11-24 09:58:00 UTC — webmail.ac-lyon.fr — certificate-error (ERR_CERT_AUTHORITY_INVALID)',
        '- 2026-11-24 09:55:00 UTC — portail.ac-lyon.fr — portal',
        '',
        "Avertissements que l'utilisateur a signalés comme faux (faits du paquet de règles à vérifier)\u00a0:",
        '- 2026-11-23 — drane.ac-lyon.fr — portal-login-no-mailbox',
        '',
        'Vérification de la connexion (2026-11-24 09:59:00 UTC)\u00a0:',
        '- Appareil connecté à un réseau\u00a0: oui',
        '- webmail.ac-lyon.fr\u00a0: échec de connexion (réseau filtré ou certificat refusé) (après 212 ms)',
        '- portail.ac-lyon.fr\u00a0: joint (redirection, 95 ms)',
        "Mot de passe actif (et non le provisoire)\u00a0: non, selon l'utilisateur",
        '',
        "Ce rapport ne contient ni identifiant, ni mot de passe, ni adresse complète de page. Aiguilleur ne l'envoie nulle part\u00a0: c'est vous qui le transmettez.",
      ].join('\n'),
    );
  });

  it('says so when the user marked no warning wrong, and writes nothing but a host of what was stored', () => {
    expect(supportReport(input({ falseWarnings: [] }))).toContain("signalés comme faux (faits du paquet de règles à vérifier)\u00a0:\n- aucun\n");
    const odd = supportReport(input({ falseWarnings: [{ host: 'https://jean.dupont@drane.ac-lyon.fr/spip?x=1', verdict: '<b>x</b>', on: 'hier' }] }));
    expect(odd).toContain('- ? — drane.ac-lyon.fr — bx');
    expect(odd).not.toContain('dupont');
  });

  it('reads in English when asked', () => {
    const en = supportReport(input({ lang: 'en', password: null, selfCheck: null, verdicts: [] }));
    expect(en).toContain('Warnings the user marked wrong (rules-pack facts to check):');
    expect(en).toContain('Aiguilleur 0.1.0 (rules 1.0.0) — 2026-11-24 10:00:00 UTC');
    expect(en).toContain('Browser: Chrome 156.0.8078.79');
    expect(en).toContain('- none');
    expect(en).toContain('Connection check: not run.');
    expect(en).toContain('Active password (not the temporary one): not answered');
    expect(en).toContain('This report holds no username');
  });

  it('shares its header with the popup’s short summary', () => {
    const summary = supportSummary({ version: '0.1.0', packVersion: '1.0.0', verdict: 'portal', host: 'x.ac-lyon.fr', now: new Date(NOW) });
    expect(supportReport(input()).split('\n')[0]).toBe(summary.split('\n')[0]);
  });

  it('says what to update when the browser or system is outdated', () => {
    const outdated = browserAdvice({ name: 'chromium', major: 120, os: 'win', osVersion: '8.1' }, pack);
    expect(supportReport(input({ outdated }))).toContain('À mettre à jour\u00a0: Windows 8.1 ou antérieur\u202f; navigateur version 120 (minimum conseillé 142)');
  });

  it('tells every probe outcome', () => {
    const text = supportReport(
      input({
        selfCheck: {
          at: NOW,
          online: true,
          network: 'server',
          probes: [
            { id: 'webmail', host: 'webmail.ac-lyon.fr', outcome: 'server-error', status: 503, ms: 40 },
            { id: 'staff-portal', host: 'portail.ac-lyon.fr', outcome: 'timeout', ms: 8000 },
          ],
        },
      }),
    );
    expect(text).toContain('- webmail.ac-lyon.fr\u00a0: joint, mais le serveur répond par une erreur (HTTP 503, 40 ms)');
    expect(text).toContain('- portail.ac-lyon.fr\u00a0: pas de réponse (délai dépassé) (après 8000 ms)');
    const offline = supportReport(input({ selfCheck: { at: NOW, online: false, network: 'offline', probes: [{ id: 'webmail', host: 'webmail.ac-lyon.fr', outcome: 'offline', ms: 0 }] } }));
    expect(offline).toContain('- Appareil connecté à un réseau\u00a0: non');
    expect(offline).toContain('- webmail.ac-lyon.fr\u00a0: non testé (hors ligne)\n');
  });

  it('never writes a path, a query string or a username, whatever it is given', () => {
    const text = supportReport(
      input({
        browser: { name: 'Chrome?user=jdupont', version: '156/2?u=jdupont' },
        os: 'Windows <b>10</b>',
        verdicts: [
          { host: 'https://jean.dupont:secret@webmail.ac-lyon.fr:443/iwc/login?user=jean.dupont&pw=x#inbox', verdict: 'login-failed', at: NOW },
          { host: 'portail.ac-lyon.fr/arena?token=abc', verdict: 'portal<script>', at: NOW, code: 'https://evil/?q=1' },
          { host: '???', verdict: 'x', at: NOW },
        ],
        selfCheck: { ...selfCheck, probes: [{ id: 'webmail', host: 'https://webmail.ac-lyon.fr/a?b=c', outcome: 'reached', status: 200, ms: 1 }] },
      }),
    );
    expect(text).not.toMatch(/[?#=&@<>]/);
    expect(text).not.toMatch(/jdupont|jean|secret|token|iwc|arena|evil|login\?/);
    expect(text).not.toContain('/iwc');
    expect(text).toContain('webmail.ac-lyon.fr — login-failed');
    expect(text).toContain('portail.ac-lyon.fr — portalscript\n');
    expect(text).toContain('Navigateur\u00a0: Chrome 156\n');
    expect(text).toContain('Système\u00a0: Windows\n');
  });

  it.each<[string, string]>([
    ['webmail.ac-lyon.fr', 'webmail.ac-lyon.fr'],
    ['WEBMAIL.AC-LYON.FR.', 'webmail.ac-lyon.fr'],
    ['https://u:p@webmail.ac-lyon.fr:8443/x?y=z', 'webmail.ac-lyon.fr'],
    ['user@webmail.ac-lyon.fr', 'webmail.ac-lyon.fr'],
    ['webmail.ac-lyon.fr/path?q=1', 'webmail.ac-lyon.fr'],
    ['not a host!', ''],
  ])('safeHost(%s) → %s', (value, host) => {
    expect(safeHost(value)).toBe(host);
  });
});

describe('recent verdicts', () => {
  it('keeps the newest first, folds repeats, caps at 10, hosts only', () => {
    let list = pushRecentVerdict([], { host: 'https://webmail.ac-lyon.fr/login?u=x', verdict: 'webmail-login', at: 1 });
    list = pushRecentVerdict(list, { host: 'webmail.ac-lyon.fr', verdict: 'webmail-login', at: 2 });
    expect(list).toEqual([{ host: 'webmail.ac-lyon.fr', verdict: 'webmail-login', at: 1 }]);
    list = pushRecentVerdict(list, recentVerdictOf('webmail.ac-lyon.fr', 'certificate-error', 3, { kind: 'certificate-error', code: 'ERR_CERT_DATE_INVALID', host: 'webmail.ac-lyon.fr', at: 3 }));
    expect(list[0]).toEqual({ host: 'webmail.ac-lyon.fr', verdict: 'certificate-error', at: 3, code: 'ERR_CERT_DATE_INVALID' });
    for (let i = 0; i < 20; i++) list = pushRecentVerdict(list, { host: `h${i}.ac-lyon.fr`, verdict: 'portal', at: 10 + i });
    expect(list).toHaveLength(10);
    expect(list[0]!.host).toBe('h19.ac-lyon.fr');
    expect(pushRecentVerdict(list, { host: '', verdict: 'portal', at: 99 })).toEqual(list);
  });

  it('reads a stored list back, dropping the malformed', () => {
    expect(parseRecentVerdicts('x')).toEqual([]);
    expect(parseRecentVerdicts([{ host: 'a.ac-lyon.fr/p?q', verdict: 'portal', at: 1 }, { host: 3 }, null, { host: 'b.ac-lyon.fr', verdict: 'x', at: 'now' }])).toEqual([
      { host: 'a.ac-lyon.fr', verdict: 'portal', at: 1 },
    ]);
  });
});

describe('diagnostics view', () => {
  const client: ClientInfo = { name: 'chromium', product: 'Chrome', version: '120.0.1', major: 120, os: 'linux', osVersion: null };

  it('gathers what the page needs from the pack', () => {
    const view = diagnosticsView({ pack, lang: 'fr', extensionVersion: '0.1.0', client, recent: [{ host: 'webmail.ac-lyon.fr', verdict: 'offline', at: 1 }] });
    expect(view).toMatchObject({
      lang: 'fr',
      packVersion: pack.packVersion,
      webmailUrl: 'https://webmail.ac-lyon.fr/',
      help: { name: "Trouver la bonne plateforme d'assistance (DRANE)", url: 'https://drane.ac-lyon.fr/spip/Assistance' },
      outdated: { reason: 'browser' },
      recent: [{ host: 'webmail.ac-lyon.fr', verdict: 'offline', at: 1 }],
    });
    expect(view.selfCheck).toBe(true);
    const policy = diagnosticsView({ pack, lang: 'en', extensionVersion: '0.1.0', client, recent: [], selfCheck: false, assistanceUrl: 'https://assistance.ac-lyon.fr/' });
    expect(policy).toMatchObject({ selfCheck: false, help: { name: 'Your institution’s help page', url: 'https://assistance.ac-lyon.fr/' } });
    const report = reportFor(view, null, null, NOW);
    expect(report).toContain('Navigateur\u00a0: Chrome 120.0.1');
    expect(report).toContain('Système\u00a0: Linux');
    expect(report).toContain('À mettre à jour\u00a0: navigateur version 120 (minimum conseillé 142)');
  });

  it('hands what the user marked wrong to the report the page shows', () => {
    const falseWarnings = [{ host: 'drane.ac-lyon.fr', verdict: 'portal-login-no-mailbox', on: '2026-11-23' }];
    const view = diagnosticsView({ pack, lang: 'fr', extensionVersion: '0.1.0', client, recent: [], falseWarnings });
    expect(reportFor(view, null, null, NOW)).toContain('- 2026-11-23 — drane.ac-lyon.fr — portal-login-no-mailbox');
  });
});
