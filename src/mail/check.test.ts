import { describe, expect, it } from 'vitest';
import { bundledPack } from '../rules/bundled';
import type { Pack } from '../rules/schema';
import { checkMailSettings, expectedSettings, FINDING_CODES, type Finding, type MailClientInput, type ServerInput } from './check';
import { describeFinding, findingKey, findingSentence } from './describe';
import { catalog } from '../catalog';

const pack = bundledPack;

const RIGHT: MailClientInput = {
  incoming: { host: 'imap.ac-lyon.fr', port: '993', encryption: 'ssl-tls' },
  outgoing: { host: 'smtps.ac-lyon.fr', port: '587', encryption: 'starttls' },
  identifier: 'jean.dupont@ac-lyon.fr',
};

type Change = { incoming?: Partial<ServerInput>; outgoing?: Partial<ServerInput>; identifier?: string };
const settings = (c: Change): MailClientInput => ({
  incoming: { ...RIGHT.incoming, ...c.incoming },
  outgoing: { ...RIGHT.outgoing, ...c.outgoing },
  identifier: c.identifier ?? RIGHT.identifier,
});
const codes = (c: Change, p: Pack = pack) => checkMailSettings(settings(c), p).map((f) => `${f.field}:${f.code}`);
const only = (c: Change): Finding => {
  const f = checkMailSettings(settings(c), pack);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('the right settings', () => {
  it('give no finding', () => {
    expect(checkMailSettings(RIGHT, pack)).toEqual([]);
  });

  it('are what the pack says, and the checker accepts them', () => {
    expect(expectedSettings(pack)).toEqual({ ...RIGHT, incoming: { ...RIGHT.incoming, port: 993 }, outgoing: { ...RIGHT.outgoing, port: 587 }, identifier: 'prenom.nom@ac-lyon.fr' });
    expect(checkMailSettings(expectedSettings(pack)!, pack)).toEqual([]);
  });

  it('ignore case, surrounding spaces in hosts and numbers given as numbers', () => {
    expect(checkMailSettings(settings({ incoming: { host: ' IMAP.AC-LYON.FR ', port: 993 }, identifier: 'Jean.Dupont@AC-Lyon.fr' }), pack)).toEqual([]);
  });

  it('accept the regional relay, a well-sourced alternative, with its own port', () => {
    expect(codes({ outgoing: { host: 'smtps.region-academique-auvergne-rhone-alpes.fr' } })).toEqual([]);
  });
});

describe('realistic wrong configurations', () => {
  it.each<[string, Change, string[]]>([
    // Another provider's server
    ['Gmail IMAP server', { incoming: { host: 'imap.gmail.com' } }, ['incoming.host:host-other-provider']],
    ['Gmail SMTP server', { outgoing: { host: 'smtp.gmail.com' } }, ['outgoing.host:host-other-provider']],
    ['Microsoft 365 IMAP server', { incoming: { host: 'outlook.office365.com' } }, ['incoming.host:host-other-provider']],
    ['Microsoft 365 SMTP server', { outgoing: { host: 'smtp.office365.com' } }, ['outgoing.host:host-other-provider']],
    ['Outlook.com IMAP server', { incoming: { host: 'imap-mail.outlook.com' } }, ['incoming.host:host-other-provider']],
    ['Yahoo IMAP server', { incoming: { host: 'imap.mail.yahoo.com' } }, ['incoming.host:host-other-provider']],
    ['Orange IMAP server', { incoming: { host: 'imap.orange.fr' } }, ['incoming.host:host-other-provider']],
    ['Free IMAP server', { incoming: { host: 'imap.free.fr' } }, ['incoming.host:host-other-provider']],
    ['La Poste IMAP server', { incoming: { host: 'imap.laposte.net' } }, ['incoming.host:host-other-provider']],
    ['OVH server', { outgoing: { host: 'ssl0.ovh.net' } }, ['outgoing.host:host-other-provider']],
    [
      'everything the Gmail app guessed',
      { incoming: { host: 'imap.gmail.com' }, outgoing: { host: 'smtp.gmail.com', port: '465', encryption: 'ssl-tls' } },
      ['incoming.host:host-other-provider', 'outgoing.host:host-other-provider', 'outgoing.port:port-differs'],
    ],
    // The identifier
    ['short login', { identifier: 'jdupont' }, ['identifier:identifier-short']],
    ['short login with a homonym digit', { identifier: 'jdupont2' }, ['identifier:identifier-short']],
    ['NUMEN as identifier', { identifier: '10E9501234ABC' }, ['identifier:identifier-numen']],
    ['personal Gmail address', { identifier: 'jean.dupont@gmail.com' }, ['identifier:identifier-other-provider']],
    ['ac-lyon.com', { identifier: 'jean.dupont@ac-lyon.com' }, ['identifier:identifier-domain-typo']],
    ['aclyon.fr', { identifier: 'jean.dupont@aclyon.fr' }, ['identifier:identifier-domain-typo']],
    ['domain without its TLD', { identifier: 'jean.dupont@ac-lyon' }, ['identifier:identifier-domain-typo']],
    ['domain with a trailing dot', { identifier: 'jean.dupont@ac-lyon.fr.' }, ['identifier:identifier-domain-typo']],
    ['previous academy', { identifier: 'jean.dupont@ac-grenoble.fr' }, ['identifier:identifier-other-academy']],
    ['ministry address', { identifier: 'jean.dupont@education.gouv.fr' }, ['identifier:identifier-wrong-domain']],
    ['space added by autocorrect', { identifier: 'jean.dupont@ac-lyon.fr ' }, ['identifier:identifier-spaces']],
    ['missing identifier', { identifier: '' }, ['identifier:identifier-missing']],
    ['two @', { identifier: 'jean@dupont@ac-lyon.fr' }, ['identifier:identifier-malformed']],
    // Ports and encryption
    ['993 with STARTTLS', { incoming: { encryption: 'starttls' } }, ['incoming.encryption:port-encryption-mismatch']],
    ['143 with SSL/TLS', { incoming: { port: '143' } }, ['incoming.port:port-encryption-mismatch']],
    ['143 with STARTTLS (coherent, not what sources say)', { incoming: { port: '143', encryption: 'starttls' } }, ['incoming.port:port-differs']],
    ['POP port 995', { incoming: { port: '995' } }, ['incoming.port:port-pop']],
    ['POP 110 without encryption', { incoming: { port: '110', encryption: 'none' } }, ['incoming.port:port-pop', 'incoming.encryption:encryption-none']],
    ['SMTP port on incoming', { incoming: { port: '587', encryption: 'starttls' } }, ['incoming.port:port-smtp-on-incoming']],
    ['IMAP without encryption', { incoming: { port: '993', encryption: 'none' } }, ['incoming.encryption:encryption-none']],
    ['465 with STARTTLS', { outgoing: { port: '465' } }, ['outgoing.port:port-encryption-mismatch']],
    ['587 with SSL/TLS', { outgoing: { encryption: 'ssl-tls' } }, ['outgoing.encryption:port-encryption-mismatch']],
    ['465 with SSL/TLS (coherent, not what sources say)', { outgoing: { port: '465', encryption: 'ssl-tls' } }, ['outgoing.port:port-differs']],
    ['port 25', { outgoing: { port: '25', encryption: 'none' } }, ['outgoing.port:port-25', 'outgoing.encryption:encryption-none']],
    ['IMAP port on outgoing', { outgoing: { port: '993', encryption: 'ssl-tls' } }, ['outgoing.port:port-incoming-on-outgoing']],
    ['SMTP without encryption', { outgoing: { encryption: 'none' } }, ['outgoing.encryption:encryption-none']],
    ['port that is not a number', { incoming: { port: '99three' } }, ['incoming.port:port-invalid']],
    ['port out of range', { outgoing: { port: '70000' } }, ['outgoing.port:port-invalid']],
    ['empty port and encryption', { outgoing: { port: '', encryption: '' } }, ['outgoing.port:port-missing', 'outgoing.encryption:encryption-missing']],
    // Typos and misplaced values in the academy host
    ['.com instead of .fr', { incoming: { host: 'imap.ac-lyon.com' } }, ['incoming.host:host-typo']],
    ['missing hyphen', { incoming: { host: 'imap.aclyon.fr' } }, ['incoming.host:host-typo']],
    ['trailing dot', { incoming: { host: 'imap.ac-lyon.fr.' } }, ['incoming.host:host-typo']],
    ['one letter off', { incoming: { host: 'imap.ac-lyom.fr' } }, ['incoming.host:host-typo']],
    ['smtp instead of smtps', { outgoing: { host: 'smtp.ac-lyon.fr' } }, ['outgoing.host:host-typo']],
    ['academy domain alone', { incoming: { host: 'ac-lyon.fr' } }, ['incoming.host:host-domain-only']],
    ['lookalike under another domain', { incoming: { host: 'imap.ac-lyon.fr.example.com' } }, ['incoming.host:host-typo']],
    ['typo in the regional relay', { outgoing: { host: 'smtps.region-academique-auvergne-rhone-alpe.fr' } }, ['outgoing.host:host-typo']],
    ['SMTP server as incoming', { incoming: { host: 'smtps.ac-lyon.fr' } }, ['incoming.host:host-swapped']],
    ['IMAP server as outgoing', { outgoing: { host: 'imap.ac-lyon.fr' } }, ['outgoing.host:host-swapped']],
    ['webmail address pasted', { incoming: { host: 'https://webmail.ac-lyon.fr/' } }, ['incoming.host:host-url']],
    ['port typed in the host', { incoming: { host: 'imap.ac-lyon.fr:993' } }, ['incoming.host:host-with-port']],
    ['address typed as host', { incoming: { host: 'jean.dupont@ac-lyon.fr' } }, ['incoming.host:host-is-address']],
    ['space inside the host', { incoming: { host: 'imap.ac lyon.fr' } }, ['incoming.host:host-spaces']],
    ['empty host', { incoming: { host: '' } }, ['incoming.host:host-missing']],
    ['another academy', { incoming: { host: 'imap.ac-grenoble.fr' } }, ['incoming.host:host-other-academy']],
    ['another academy two letters away', { incoming: { host: 'imap.ac-dijon.fr' } }, ['incoming.host:host-other-academy']],
    ['internet provider of the school', { outgoing: { host: 'smtp.monfai.net' } }, ['outgoing.host:host-unknown']],
    // Doubtful but not wrong: warnings
    ['webmail host as IMAP (Canopé rule)', { incoming: { host: 'webmail.ac-lyon.fr' } }, ['incoming.host:host-alternative']],
    ['mail.ac-lyon.fr (SEO page)', { incoming: { host: 'mail.ac-lyon.fr' } }, ['incoming.host:host-alternative']],
    ['unknown academy host', { incoming: { host: 'pop.ac-lyon.fr' } }, ['incoming.host:host-unknown-academy']],
    ['ministry host', { incoming: { host: 'messagerie.education.gouv.fr' } }, ['incoming.host:host-ministry']],
  ])('%s', (_name, change, expected) => {
    expect(codes(change).sort()).toEqual([...expected].sort());
  });
});

describe('what each finding says to put instead', () => {
  it('another provider: names it and gives the academy host, unconfirmed for IMAP', () => {
    expect(only({ incoming: { host: 'imap.gmail.com' } })).toEqual({
      field: 'incoming.host',
      severity: 'error',
      code: 'host-other-provider',
      found: 'imap.gmail.com',
      detail: 'Gmail',
      expected: 'imap.ac-lyon.fr',
      confirmed: false,
    });
  });

  it('typos give the corrected value', () => {
    expect(only({ incoming: { host: 'imap.ac-lyon.fr.' } }).expected).toBe('imap.ac-lyon.fr');
    expect(only({ outgoing: { host: 'smtp.ac-lyon.fr' } }).expected).toBe('smtps.ac-lyon.fr');
    expect(only({ outgoing: { host: 'smtps.region-academique-auvergne-rhone-alpe.fr' } }).expected).toBe('smtps.region-academique-auvergne-rhone-alpes.fr');
    expect(only({ identifier: 'jean.dupont@ac-lyon.com' }).expected).toBe('jean.dupont@ac-lyon.fr');
    expect(only({ identifier: 'jean.dupont @ac-lyon.fr' }).expected).toBe('jean.dupont@ac-lyon.fr');
  });

  it('port/encryption mismatches point at the field to change', () => {
    expect(only({ incoming: { encryption: 'starttls' } })).toMatchObject({ field: 'incoming.encryption', expected: 'SSL/TLS', confirmed: false });
    expect(only({ incoming: { port: '143' } })).toMatchObject({ field: 'incoming.port', expected: '993', confirmed: false });
    expect(only({ outgoing: { port: '465' } })).toMatchObject({ field: 'outgoing.port', expected: '587', confirmed: false });
    expect(only({ outgoing: { port: '465', encryption: 'ssl-tls' } })).toMatchObject({ severity: 'warning', expected: '587 (STARTTLS)' });
  });

  it('the short login is an error (the one real test refused it) but unconfirmed', () => {
    expect(only({ identifier: 'jdupont' })).toMatchObject({ severity: 'error', expected: 'prenom.nom@ac-lyon.fr', found: 'jdupont', confirmed: false });
  });

  it('never echoes a NUMEN back: it is a default password', () => {
    const f = only({ identifier: '10E9501234ABC' });
    expect(f.found).toBeUndefined();
    expect(JSON.stringify(f)).not.toContain('9501234');
    expect(findingSentence(f, 'fr')).not.toContain('9501234');
  });

  it('lists errors before warnings', () => {
    const f = checkMailSettings(settings({ incoming: { host: 'webmail.ac-lyon.fr' }, identifier: 'jdupont' }), pack);
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning']);
  });

  it('says nothing when the pack has no mail section', () => {
    const { mail: _, ...noMail } = pack;
    expect(checkMailSettings(settings({ incoming: { host: 'imap.gmail.com' } }), noMail)).toEqual([]);
  });

  it('follows the pack: a short-login pack flags the full address instead', () => {
    const p = structuredClone(pack);
    p.mail!.identifier = { ...p.mail!.identifier, value: 'short-login', confidence: 'multi' };
    expect(codes({ identifier: 'jean.dupont@ac-lyon.fr' }, p)).toEqual(['identifier:identifier-not-short']);
    expect(codes({ identifier: 'jdupont' }, p)).toEqual([]);
  });

  it('follows the pack: a confirmed host is not "à confirmer"', () => {
    const p = structuredClone(pack);
    p.mail!.incoming.host.confidence = 'multi';
    expect(checkMailSettings(settings({ incoming: { host: 'imap.gmail.com' } }), p)[0]).toMatchObject({ confirmed: true });
  });
});

describe('findings in plain words', () => {
  it('every code has a French and an English sentence', () => {
    for (const code of FINDING_CODES) {
      const key = findingKey(code);
      expect(catalog, code).toHaveProperty(key);
    }
  });

  it('names the provider, the value typed, the fix and "à confirmer"', () => {
    const f = only({ incoming: { host: 'imap.gmail.com' } });
    expect(describeFinding(f, 'fr')).toEqual({
      problem: '«\u00a0imap.gmail.com\u00a0» est un serveur Gmail, pas celui de l’académie\u00a0: il refusera vos identifiants académiques.',
      fix: 'Mettez plutôt\u00a0: imap.ac-lyon.fr (à confirmer)',
    });
    expect(findingSentence(f, 'en')).toBe(
      '“imap.gmail.com” is a server from Gmail, not the academy’s: it will refuse your academic login. Put instead: imap.ac-lyon.fr (to be confirmed).',
    );
  });

  it('names the other role when hosts are swapped, and the role when a field is empty', () => {
    expect(describeFinding(only({ incoming: { host: 'smtps.ac-lyon.fr' } }), 'fr').problem).toBe('«\u00a0smtps.ac-lyon.fr\u00a0» sert dans l’autre sens\u00a0: c’est un serveur d’envoi (SMTP).');
    expect(describeFinding(only({ outgoing: { host: '' } }), 'fr').problem).toBe('Le serveur d’envoi (SMTP) est vide.');
  });

  it('leaves no placeholder unfilled in any finding', () => {
    const inputs: Change[] = [
      { incoming: { host: 'imap.gmail.com' } },
      { incoming: { host: '' }, outgoing: { port: '', encryption: '' }, identifier: '' },
      { incoming: { port: '143' }, outgoing: { port: '25', encryption: 'none' }, identifier: 'jean.dupont@ac-grenoble.fr' },
      { incoming: { host: 'pop.ac-lyon.fr', port: '995' }, outgoing: { host: 'imap.ac-lyon.fr' }, identifier: 'jean.dupont@aclyon.fr' },
    ];
    for (const c of inputs) {
      for (const f of checkMailSettings(settings(c), pack)) {
        for (const lang of ['fr', 'en'] as const) expect(findingSentence(f, lang)).not.toMatch(/\$\d/);
      }
    }
  });
});
