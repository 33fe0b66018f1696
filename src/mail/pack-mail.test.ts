import { describe, expect, it } from 'vitest';
import raw from '../../rules/lyon.json';
import { checkPack } from '../rules/validate';

const clone = () => structuredClone(raw) as any;
const errorsOf = (pack: unknown) => {
  const r = checkPack(pack);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
};

describe('the pack’s mail section', () => {
  it('is valid and carries each value’s confidence from the research', () => {
    const r = checkPack(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const mail = r.value.mail!;
    expect([mail.incoming.host.value, mail.incoming.host.confidence]).toEqual(['imap.ac-lyon.fr', 'guess']);
    expect([mail.incoming.port.value, mail.incoming.port.confidence, mail.incoming.encryption.value]).toEqual([993, 'guess', 'ssl-tls']);
    expect([mail.outgoing.host.value, mail.outgoing.port.value, mail.outgoing.encryption.value, mail.outgoing.host.confidence]).toEqual([
      'smtps.ac-lyon.fr',
      587,
      'starttls',
      'one',
    ]);
    expect(mail.outgoing.alternatives.map((a) => [a.value.host, a.confidence])).toEqual([['smtps.region-academique-auvergne-rhone-alpes.fr', 'one']]);
    expect([mail.identifier.value, mail.identifier.confidence]).toEqual(['full-address', 'one']);
    // Every host the checker must recognise as another provider's.
    const hosts = mail.otherProviders.flatMap((p) => p.hosts);
    for (const h of ['imap.gmail.com', 'smtp.gmail.com', 'outlook.office365.com', 'smtp.office365.com', 'imap-mail.outlook.com', 'imap.mail.yahoo.com', 'imap.orange.fr', 'imap.free.fr', 'imap.laposte.net']) {
      expect(hosts).toContain(h);
    }
  });

  it('is optional', () => {
    const p = clone();
    delete p.mail;
    expect(checkPack(p).ok).toBe(true);
  });

  it('rejects a port that does not go with its encryption', () => {
    const p = clone();
    p.mail.incoming.encryption.value = 'starttls';
    p.mail.outgoing.alternatives[0].value.port = 465;
    expect(errorsOf(p)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'mail.incoming.port', message: 'port 993 goes with ssl-tls, not starttls' }),
        expect.objectContaining({ path: 'mail.outgoing.alternatives[0].value.port', message: 'port 465 goes with ssl-tls, not starttls' }),
      ]),
    );
  });

  it('rejects regular expressions and wildcards as domain families or hosts', () => {
    const p = clone();
    p.mail.forwarding.domains.value.academic.families.push({ prefix: 'ac-.*', suffix: '\\.fr$' });
    p.mail.forwarding.domains.value.ministry.exact.push('*.education.gouv.fr');
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'mail.forwarding.domains.value.academic.families[2].prefix',
        'mail.forwarding.domains.value.academic.families[2].suffix',
        'mail.forwarding.domains.value.ministry.exact[1]',
      ]),
    );
  });

  it('rejects unknown fields, an unknown encryption and words with accents', () => {
    const p = clone();
    p.mail.incoming.colour = 'blue';
    p.mail.outgoing.encryption.value = 'tls';
    p.mail.forwarding.words.push('transférer');
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['mail.incoming', 'mail.outgoing.encryption.value', 'mail.forwarding.words[8]']));
  });
});
