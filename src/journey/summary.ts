/**
 * The short text "Signaler un problème" copies for the helpdesk: hosts, the
 * verdict and times. Never a query string, a username or anything typed.
 */
import type { JourneyFacts } from '../model/facts';

export interface SummaryInput {
  version: string;
  packVersion: string;
  verdict: string;
  host: string | null;
  journey?: JourneyFacts;
  now: Date;
}

/** A time as the helpdesk reads it: "2026-11-24 09:58:12 UTC" (shared with src/diagnostics/report.ts). */
export const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** The first line of every text for the helpdesk: extension, rules and time. */
export const helpdeskHeader = (version: string, packVersion: string, nowMs: number, lang: 'fr' | 'en' = 'fr'): string =>
  `Aiguilleur ${version} (${lang === 'en' ? 'rules' : 'règles'} ${packVersion}) — ${time(nowMs)}`;

export function supportSummary(s: SummaryInput): string {
  const lines = [
    helpdeskHeader(s.version, s.packVersion, s.now.getTime()),
    `Verdict\u00a0: ${s.verdict}`,
    `Site\u00a0: ${s.host ?? '—'}`,
  ];
  if (s.journey) {
    lines.push(`Chemin\u00a0: ${s.journey.path.join(' → ')}`);
    lines.push(`Identifiants saisis sur\u00a0: ${s.journey.loginHost}`);
    lines.push(`Connexion\u00a0: ${time(s.journey.startedAt)}\u202f; arrivée\u00a0: ${time(s.journey.landedAt)} (${((s.journey.landedAt - s.journey.startedAt) / 1000).toFixed(1)} s)`);
  }
  return lines.join('\n');
}
