import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCandidates as candidatesIn, type CandidateConfidence, type NameErrorKey, type NameField, type NameInput as InputIn, type NoteKey } from './names';

type Expect = {
  /** The first (best) username and address. */
  user: string;
  addr: string;
  /** Other candidates that must be there, with their confidence. */
  users?: [string, CandidateConfidence][];
  addrs?: [string, CandidateConfidence][];
  /** Notes that must be there / must not be there (the two always-present ones are checked for every row). */
  notes?: NoteKey[];
  noNotes?: NoteKey[];
};

/** The names as typed; the mail domain is ac-lyon.fr unless a case says otherwise. */
type NameInput = Omit<InputIn, 'mailDomain'> & { mailDomain?: string };
const nameCandidates = (input: NameInput) => candidatesIn({ mailDomain: 'ac-lyon.fr', ...input });
const A = (local: string) => `${local}@ac-lyon.fr`;

const OK: [string, NameInput, Expect][] = [
  // Plain names
  ['plain', { firstNames: 'Michel', lastNames: 'Dupond' }, { user: 'mdupond', addr: A('michel.dupond'), noNotes: ['accentsStripped', 'longName'] }],
  ['capitals', { firstNames: 'MARIE', lastNames: 'DUPOND' }, { user: 'mdupond', addr: A('marie.dupond') }],
  ['extra whitespace', { firstNames: '  marie  ', lastNames: '\tDupond \n' }, { user: 'mdupond', addr: A('marie.dupond'), noNotes: ['severalFirstNames'] }],
  ['one-letter surname', { firstNames: 'Marie', lastNames: 'O' }, { user: 'mo', addr: A('marie.o') }],
  // Accents and special letters
  ['accents', { firstNames: 'Hélène', lastNames: 'Lefèvre' }, { user: 'hlefevre', addr: A('helene.lefevre'), notes: ['accentsStripped'] }],
  ['cedilla', { firstNames: 'François', lastNames: 'Garçon' }, { user: 'fgarcon', addr: A('francois.garcon'), notes: ['accentsStripped'] }],
  ['acute and diaeresis', { firstNames: 'Éloïse', lastNames: 'Bézier' }, { user: 'ebezier', addr: A('eloise.bezier') }],
  ['diaeresis', { firstNames: 'Zoë', lastNames: 'Noël' }, { user: 'znoel', addr: A('zoe.noel') }],
  ['capital cedilla', { firstNames: 'Anaïs', lastNames: 'Çelik' }, { user: 'acelik', addr: A('anais.celik') }],
  ['œ ligature', { firstNames: 'Joséphine', lastNames: 'Œillet' }, { user: 'joeillet', addr: A('josephine.oeillet'), notes: ['accentsStripped'] }],
  ['æ ligature', { firstNames: 'Ægir', lastNames: 'Sæther' }, { user: 'asaether', addr: A('aegir.saether') }],
  ['ß and umlaut', { firstNames: 'Jürgen', lastNames: 'Groß' }, { user: 'jgross', addr: A('jurgen.gross') }],
  ['Polish ł and ę', { firstNames: 'Łukasz', lastNames: 'Wałęsa' }, { user: 'lwalesa', addr: A('lukasz.walesa') }],
  ['Serbian đ', { firstNames: 'Đorđe', lastNames: 'Đoković' }, { user: 'ddokovic', addr: A('dorde.dokovic') }],
  ['Danish ø', { firstNames: 'Søren', lastNames: 'Kierkegaard' }, { user: 'skierkegaard', addr: A('soren.kierkegaard') }],
  ['decomposed accents (NFD)', { firstNames: 'He\u0301le\u0300ne', lastNames: 'Dupond' }, { user: 'hdupond', addr: A('helene.dupond'), notes: ['accentsStripped'] }],
  ['Turkish dotted capital I', { firstNames: 'İlker', lastNames: 'Çağlar' }, { user: 'icaglar', addr: A('ilker.caglar') }],
  ['full-width letters', { firstNames: 'Ｍａｒｉｅ', lastNames: 'Ｄｕｐｏｎｄ' }, { user: 'mdupond', addr: A('marie.dupond') }],
  ['Catalan l·l', { firstNames: 'Marcel·lí', lastNames: 'Gil·labert' }, { user: 'mgillabert', addr: A('marcelli.gillabert') }],
  // Compound first names
  [
    'compound first name',
    { firstNames: 'Jean-Pierre', lastNames: 'Dupond' },
    { user: 'jdupond', addr: A('jean-pierre.dupond'), users: [['jpdupond', 'possible']], notes: ['compoundFirstName'], noNotes: ['severalFirstNames'] },
  ],
  ['compound with accents', { firstNames: 'Marie-Hélène', lastNames: 'Durand' }, { user: 'mdurand', addr: A('marie-helene.durand'), users: [['mhdurand', 'possible']] }],
  ['en dash and spaces', { firstNames: 'Jean – Pierre', lastNames: 'Dupond' }, { user: 'jdupond', addr: A('jean-pierre.dupond'), users: [['jpdupond', 'possible']] }],
  ['three-part first name', { firstNames: 'Anne-Marie-Louise', lastNames: 'Petit' }, { user: 'apetit', addr: A('anne-marie-louise.petit'), users: [['amlpetit', 'possible']] }],
  ['stray hyphens', { firstNames: '-Jean-', lastNames: 'Dupond-' }, { user: 'jdupond', addr: A('jean.dupond'), noNotes: ['compoundFirstName'] }],
  // Hyphenated and multi-word surnames, particles
  ['hyphenated surname', { firstNames: 'Paul', lastNames: 'Martin-Durand' }, { user: 'pmartin-durand', addr: A('paul.martin-durand'), users: [['pmartindurand', 'unlikely']] }],
  [
    'particle Le (the Dijon example)',
    { firstNames: 'Marc', lastNames: 'Le Dupond' },
    { user: 'mle-dupond', addr: A('marc.le-dupond'), users: [['mledupond', 'possible']], addrs: [[A('marc.ledupond'), 'possible']], notes: ['multiWordLastName'] },
  ],
  ['de La', { firstNames: 'Jean', lastNames: 'de La Fontaine' }, { user: 'jde-la-fontaine', addr: A('jean.de-la-fontaine'), users: [['jdelafontaine', 'possible']] }],
  ['Van', { firstNames: 'Vincent', lastNames: 'Van Gogh' }, { user: 'vvan-gogh', addr: A('vincent.van-gogh'), users: [['vvangogh', 'possible']] }],
  ['De', { firstNames: 'Anne', lastNames: 'De Gaulle' }, { user: 'ade-gaulle', addr: A('anne.de-gaulle') }],
  ['du', { firstNames: 'Pierre', lastNames: 'du Bois' }, { user: 'pdu-bois', addr: A('pierre.du-bois') }],
  ['van der', { firstNames: 'Hans', lastNames: 'van der Berg' }, { user: 'hvan-der-berg', addr: A('hans.van-der-berg'), users: [['hvanderberg', 'possible']] }],
  ['Da', { firstNames: 'Rosa', lastNames: 'Da Silva' }, { user: 'rda-silva', addr: A('rosa.da-silva') }],
  ['Ben', { firstNames: 'Karim', lastNames: 'Ben Ali' }, { user: 'kben-ali', addr: A('karim.ben-ali') }],
  ['spaces and a hyphen', { firstNames: 'Yann', lastNames: 'Le Goff-Martin' }, { user: 'yle-goff-martin', addr: A('yann.le-goff-martin'), users: [['ylegoff-martin', 'possible'], ['ylegoffmartin', 'unlikely']] }],
  // Apostrophes
  ["d'", { firstNames: 'Jeanne', lastNames: "d'Arc" }, { user: 'jdarc', addr: A('jeanne.darc'), notes: ['apostrophesDropped'], noNotes: ['multiWordLastName'] }],
  ["O'", { firstNames: 'Sinéad', lastNames: "O'Connor" }, { user: 'soconnor', addr: A('sinead.oconnor'), notes: ['apostrophesDropped', 'accentsStripped'] }],
  ['curly apostrophe', { firstNames: 'Louis', lastNames: 'D’Alembert' }, { user: 'ldalembert', addr: A('louis.dalembert'), notes: ['apostrophesDropped'] }],
  ['apostrophe then a space', { firstNames: 'Valéry', lastNames: "Giscard d' Estaing" }, { user: 'vgiscard-destaing', addr: A('valery.giscard-destaing') }],
  ["particle and apostrophe", { firstNames: 'Guy', lastNames: "de l'Isle" }, { user: 'gde-lisle', addr: A('guy.de-lisle'), users: [['gdelisle', 'possible']] }],
  ['apostrophe in a first name', { firstNames: "N'Golo", lastNames: 'Kanté' }, { user: 'nkante', addr: A('ngolo.kante') }],
  // Several first names
  [
    'two first names with a space',
    { firstNames: 'Marie Claire', lastNames: 'Dupond' },
    { user: 'mdupond', addr: A('marie.dupond'), users: [['mcdupond', 'unlikely']], addrs: [[A('marie-claire.dupond'), 'possible']], notes: ['severalFirstNames'] },
  ],
  ['comma-separated first names', { firstNames: 'Anne, Sophie, Louise', lastNames: 'Martin' }, { user: 'amartin', addr: A('anne.martin'), notes: ['severalFirstNames'] }],
  ['first names as a list', { firstNames: ['Jean-Pierre', 'Marc'], lastNames: 'Dupond' }, { user: 'jdupond', addr: A('jean-pierre.dupond'), users: [['jpdupond', 'possible']], notes: ['severalFirstNames', 'compoundFirstName'] }],
  ['compound first of a comma list', { firstNames: 'Jean Pierre, Marc', lastNames: 'Dupond' }, { user: 'jdupond', addr: A('jean-pierre.dupond'), users: [['jpdupond', 'possible']] }],
  ['semicolons', { firstNames: 'Paul; Henri', lastNames: 'Blanc' }, { user: 'pblanc', addr: A('paul.blanc') }],
  // Usage name
  [
    'usage (married) name',
    { firstNames: 'Marie', lastNames: 'Martin', usageName: 'Dupond' },
    { user: 'mdupond', addr: A('marie.dupond'), users: [['mmartin', 'possible']], addrs: [[A('marie.martin'), 'possible']], notes: ['usageName'] },
  ],
  ['usage name equal to the birth name', { firstNames: 'Marie', lastNames: 'Dupond', usageName: 'DUPOND' }, { user: 'mdupond', addr: A('marie.dupond'), noNotes: ['usageName'] }],
  ['blank usage name', { firstNames: 'Marie', lastNames: 'Dupond', usageName: '   ' }, { user: 'mdupond', addr: A('marie.dupond'), noNotes: ['usageName'] }],
  [
    'usage name with a particle',
    { firstNames: 'Claire', lastNames: 'Martin', usageName: 'Le Goff' },
    { user: 'cle-goff', addr: A('claire.le-goff'), users: [['clegoff', 'possible'], ['cmartin', 'possible']] },
  ],
  // Very long names: kept whole
  [
    'long multi-part surname',
    { firstNames: 'Zoë', lastNames: 'Müller-Lüdenscheidt von und zu Hohenstaufen' },
    { user: 'zmuller-ludenscheidt-von-und-zu-hohenstaufen', addr: A('zoe.muller-ludenscheidt-von-und-zu-hohenstaufen'), notes: ['longName'] },
  ],
  [
    'long single word',
    { firstNames: 'Hubert', lastNames: 'Wolfeschlegelsteinhausenbergerdorff' },
    { user: 'hwolfeschlegelsteinhausenbergerdorff', addr: A('hubert.wolfeschlegelsteinhausenbergerdorff'), notes: ['longName'] },
  ],
  ['another mail domain', { firstNames: 'Léa', lastNames: 'Roux', mailDomain: 'ac-grenoble.fr' }, { user: 'lroux', addr: 'lea.roux@ac-grenoble.fr' }],
];

const ERRORS: [string, NameInput, NameErrorKey, NameField][] = [
  ['all empty', { firstNames: '', lastNames: '' }, 'firstNamesEmpty', 'firstNames'],
  ['blank first names', { firstNames: '   ', lastNames: 'Dupond' }, 'firstNamesEmpty', 'firstNames'],
  ['blank surname', { firstNames: 'Marie', lastNames: '\t\n ' }, 'lastNamesEmpty', 'lastNames'],
  ['punctuation only', { firstNames: "'-'", lastNames: 'Dupond' }, 'firstNamesEmpty', 'firstNames'],
  ['empty list', { firstNames: [], lastNames: 'Dupond' }, 'firstNamesEmpty', 'firstNames'],
  ['Cyrillic', { firstNames: 'Иван', lastNames: 'Петров' }, 'nonLatin', 'firstNames'],
  ['Cyrillic surname only', { firstNames: 'Ivan', lastNames: 'Петров' }, 'nonLatin', 'lastNames'],
  ['Cyrillic й (decomposes, still Cyrillic)', { firstNames: 'Ivan', lastNames: 'Чайковский' }, 'nonLatin', 'lastNames'],
  ['Greek with accents', { firstNames: 'Γιώργος', lastNames: 'Παπαδόπουλος' }, 'nonLatin', 'firstNames'],
  ['Arabic', { firstNames: 'محمد', lastNames: 'علي' }, 'nonLatin', 'firstNames'],
  ['Chinese', { firstNames: '明', lastNames: '王' }, 'nonLatin', 'firstNames'],
  ['Japanese with dakuten', { firstNames: 'Taro', lastNames: 'やまだ' }, 'nonLatin', 'lastNames'],
  ['Korean', { firstNames: 'Ji-woo', lastNames: '김' }, 'nonLatin', 'lastNames'],
  ['Hebrew', { firstNames: 'David', lastNames: 'כהן' }, 'nonLatin', 'lastNames'],
  ['half transliterated', { firstNames: 'Jean', lastNames: 'Dupond-Петров' }, 'nonLatin', 'lastNames'],
  ['non-Latin usage name', { firstNames: 'Marie', lastNames: 'Dupond', usageName: 'Смирнова' }, 'nonLatin', 'usageName'],
  ['digits', { firstNames: 'Louis 14', lastNames: 'Capet' }, 'invalidCharacters', 'firstNames'],
  ['an address typed as a name', { firstNames: 'Marie', lastNames: 'dupond@ac-lyon.fr' }, 'invalidCharacters', 'lastNames'],
  ['emoji', { firstNames: 'Marie', lastNames: 'Dupond 😀' }, 'invalidCharacters', 'lastNames'],
  ['comma in a surname', { firstNames: 'Marie', lastNames: 'Dupond, Martin' }, 'invalidCharacters', 'lastNames'],
  ['not a name: too long', { firstNames: 'x'.repeat(201), lastNames: 'Dupond' }, 'tooLong', 'firstNames'],
];

const LOGIN_RE = /^[a-z][a-z-]*[a-z]$/;
const ADDRESS_RE = /^[a-z]+([.-][a-z]+)*@[a-z0-9.-]+$/;
const RANK: Record<CandidateConfidence, number> = { likely: 0, possible: 1, unlikely: 2 };

describe('nameCandidates', () => {
  it.each(OK)('%s', (_label, input, exp) => {
    const r = nameCandidates(input);
    if (!r.ok) throw new Error(`unexpected error ${r.error}`);
    expect(r.usernames[0]).toMatchObject({ value: exp.user, confidence: 'likely' });
    expect(r.addresses[0]).toMatchObject({ value: exp.addr, confidence: 'likely' });
    for (const [value, confidence] of exp.users ?? []) expect(r.usernames).toContainEqual(expect.objectContaining({ value, confidence }));
    for (const [value, confidence] of exp.addrs ?? []) expect(r.addresses).toContainEqual(expect.objectContaining({ value, confidence }));
    expect(r.notes).toEqual(expect.arrayContaining(['fullAddressForClients', 'homonymNumber', ...(exp.notes ?? [])]));
    for (const n of exp.noNotes ?? []) expect(r.notes).not.toContain(n);
    // Shapes: never a digit (homonym numbers are not guessed), sorted by confidence, no repeats.
    for (const list of [r.usernames, r.addresses]) {
      const ranks = list.map((c) => RANK[c.confidence]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(list.map((c) => c.value)).size).toBe(list.length);
      expect(list.filter((c) => c.confidence === 'likely')).toHaveLength(1);
    }
    for (const c of r.usernames) expect(c.value).toMatch(LOGIN_RE);
    for (const c of r.addresses) expect(c.value).toMatch(ADDRESS_RE);
  });

  it.each(ERRORS)('refuses %s', (_label, input, error, field) => {
    expect(nameCandidates(input)).toEqual({ ok: false, error, field });
  });

  it('covers at least 40 names', () => {
    expect(OK.length + ERRORS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives the reason of each variant', () => {
    const r = nameCandidates({ firstNames: 'Jean-Pierre', lastNames: 'Le Goff', usageName: 'Martin' });
    if (!r.ok) throw new Error(r.error);
    const why = Object.fromEntries(r.usernames.map((c) => [c.value, c.why]));
    expect(why).toMatchObject({ jmartin: 'usageName', jpmartin: 'compoundInitials', 'jle-goff': 'birthName' });
    const plain = nameCandidates({ firstNames: 'Michel', lastNames: 'Dupond' });
    expect(plain.ok && [plain.usernames[0]!.why, plain.addresses[0]!.why]).toEqual(['rule', 'addressRule']);
  });

  it('never throws, and only ever proposes [a-z-] logins, on any input', () => {
    const nameChars = fc.constantFrom(...'aeZ é-–’\',;·ŒßøÆ1.Ж\t'.split(''));
    const anyText = (maxLength: number) =>
      fc.oneof(fc.string({ unit: nameChars, maxLength }), fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }));
    fc.assert(
      fc.property(anyText(40), anyText(40), fc.option(anyText(20), { nil: undefined }), (f, l, u) => {
        const r = nameCandidates({ firstNames: f, lastNames: l, usageName: u });
        if (r.ok) {
          expect(r.usernames.length).toBeGreaterThan(0);
          expect(r.addresses.length).toBeGreaterThan(0);
          for (const c of r.usernames) expect(c.value).toMatch(LOGIN_RE);
          for (const c of r.addresses) expect(c.value).toMatch(ADDRESS_RE);
        }
      }),
      { numRuns: 400 },
    );
  });
});
