/**
 * Generated packs and URL mixes for the bench and the tests (never shipped:
 * nothing in the extension imports this file).
 */
import type { Pack, PagePattern, PageSets, Portal, PortalKind, UrlPattern } from '../rules/schema';

/** Small deterministic PRNG (mulberry32), so the bench measures the same URLs every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GUESS = { confidence: 'guess' as const, sources: ['generated'] };

/** Page patterns by role, as pack facts (generated, so guessed). */
export function makePages(byRole: Readonly<Record<string, PagePattern[]>>): PageSets {
  return Object.fromEntries(Object.entries(byRole).map(([role, value]) => [role, { value, ...GUESS }]));
}

/** A minimal valid portal around some URL patterns, with its pages by role. */
export function makePortal(id: string, urls: UrlPattern[], options: { kind?: PortalKind; pages?: Record<string, PagePattern[]> } = {}): Portal {
  return {
    id,
    kind: options.kind ?? 'school',
    name: { fr: id, en: id },
    role: { fr: 'Généré.', en: 'Generated.' },
    urls: { value: urls, ...GUESS },
    ...(options.pages ? { pages: makePages(options.pages) } : {}),
    sharesAcademicCredentials: { value: 'unknown', ...GUESS },
    hasMailbox: { value: false, ...GUESS },
  };
}

/** Which of the generated rule families a portal belongs to. */
export type SyntheticFamily = 'exact' | 'include' | 'only' | 'path';

/** Family of generated portal i (fixed proportions: 40% exact hosts, 10% include, 10% only, 40% paths). */
export function syntheticFamily(i: number): SyntheticFamily {
  const r = i % 10;
  return r < 4 ? 'exact' : r === 4 ? 'include' : r === 5 ? 'only' : 'path';
}

/**
 * The base pack plus `count` generated portals:
 *   exact   `site<i>.etab.ac-lyon.fr`               (subdomains none)
 *   include `zone<i>.ac-lyon.fr` and its subdomains
 *   only    subdomains of `ecoles<i>.ac-lyon.fr`
 *   path    `pedagogie.ac-lyon.fr/disc-<i>` (every 7th one `/disc-<i>/espace*`, every 11th one with `?lang=fr`)
 */
export function syntheticPack(base: Pack, count: number): Pack {
  const portals: Portal[] = [...base.portals];
  for (let i = 0; i < count; i++) {
    let url: UrlPattern;
    switch (syntheticFamily(i)) {
      case 'exact':
        url = { host: `site${i}.etab.ac-lyon.fr`, subdomains: 'none' };
        break;
      case 'include':
        url = { host: `zone${i}.ac-lyon.fr`, subdomains: 'include' };
        break;
      case 'only':
        url = { host: `ecoles${i}.ac-lyon.fr`, subdomains: 'only' };
        break;
      default:
        url = {
          host: 'pedagogie.ac-lyon.fr',
          subdomains: 'none',
          path: i % 7 === 0 ? `/disc-${i}/espace*` : `/disc-${i}`,
          ...(i % 11 === 0 ? { query: { lang: 'fr' } } : {}),
        };
    }
    portals.push(makePortal(`gen-${i}`, [url], { pages: { login: [{ path: '/spip/ecrire*' }] } }));
  }
  return { ...base, portals };
}

/** Real-pack URLs the mix draws from (hits, misses, login pages, tricks). */
const LYON_URLS = [
  'https://webmail.ac-lyon.fr/',
  'https://webmail.ac-lyon.fr/iwc_static/layout/login.html',
  'https://webmail.ac-lyon.fr/iwc_static/layout/main.html?lang=fr',
  'https://portail.ac-lyon.fr/login/ct_logon_mixte.jsp?CT_ORIG_URL=%2Farena%2F',
  'https://portail.ac-lyon.fr/arena/pages/accueil.jsf',
  'https://www.ac-lyon.fr/dsden01/pid33542/politiques-educatives.html',
  'https://www.ac-lyon.fr/actualites-122',
  'http://www2.ac-lyon.fr/enseigne/maths/spip.php?article12',
  'http://www2.ac-lyon.fr/serv_ress/mission_tice/wiki/',
  'https://lien01.edu01.ac-lyon.fr/2025/03/19/lien01-n-100',
  'https://maths.enseigne.ac-lyon.fr/spip/spip.php?page=login',
  'https://drane.ac-lyon.fr/spip/ecrire/?exec=accueil',
  'https://cas.ent.auvergnerhonealpes.fr/login?service=x',
  'https://unknown.ac-lyon.fr/',
  'https://WEBMAIL.AC-LYON.FR./',
];

const FOREIGN_URLS = [
  'https://www.google.com/search?q=webmail+ac-lyon',
  'https://ac-lyon.fr@evil.example/',
  'https://webmail.ac-lyon.fr.evil.example/login',
  'https://evilac-lyon.fr/',
  'https://fr.wikipedia.org/wiki/Acad%C3%A9mie_de_Lyon',
  'chrome://newtab/',
  'about:blank',
  'http://192.168.1.1/',
];

/**
 * A fixed mix of `size` URLs for a pack generated with `count` portals:
 * ~55% hits on generated rules, ~10% academy misses, ~20% real-pack URLs,
 * ~15% non-academy. Deterministic for a given seed.
 */
export function urlMix(size: number, count: number, seed = 1): string[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  /** A generated portal index of the wanted family. */
  const pick = (family: SyntheticFamily): number => {
    for (;;) {
      const i = int(count);
      if (syntheticFamily(i) === family) return i;
    }
  };
  const page = () => `/page-${int(1000)}/index.html`;
  const urls: string[] = [];
  for (let k = 0; k < size; k++) {
    const r = rnd();
    if (r < 0.2) urls.push(`https://site${pick('exact')}.etab.ac-lyon.fr${page()}`);
    else if (r < 0.28) urls.push(`https://www${int(9)}.zone${pick('include')}.ac-lyon.fr${page()}`);
    else if (r < 0.33) urls.push(`http://college${int(99)}.ecoles${pick('only')}.ac-lyon.fr/`);
    else if (r < 0.55) {
      const i = pick('path');
      urls.push(`https://pedagogie.ac-lyon.fr/disc-${i}${i % 7 === 0 ? '/espace-prof' : ''}${page()}${i % 11 === 0 ? '?lang=fr' : ''}`);
    } else if (r < 0.6) urls.push(`https://pedagogie.ac-lyon.fr/nodisc-${int(count)}/`);
    else if (r < 0.65) urls.push(`https://host${int(100000)}.ac-lyon.fr${page()}`);
    else if (r < 0.85) urls.push(LYON_URLS[int(LYON_URLS.length)] as string);
    else urls.push((FOREIGN_URLS[int(FOREIGN_URLS.length)] as string).replace('evil', `evil${int(100)}`));
  }
  return urls;
}
