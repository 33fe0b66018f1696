/**
 * The short text "Signaler un problème" copies for the helpdesk: hosts, the
 * verdict and times. Never a query string, a username or anything typed.
 */
import type { JourneyFacts } from '../verdicts/types';

export interface SummaryInput {
  version: string;
  packVersion: string;
  verdict: string;
  host: string | null;
  journey?: JourneyFacts;
  now: Date;
}

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

export function supportSummary(s: SummaryInput): string {
  const lines = [
    `Aiguilleur ${s.version} (règles ${s.packVersion}) — ${time(s.now.getTime())}`,
    `Verdict : ${s.verdict}`,
    `Site : ${s.host ?? '—'}`,
  ];
  if (s.journey) {
    lines.push(`Chemin : ${s.journey.path.join(' → ')}`);
    lines.push(`Identifiants saisis sur : ${s.journey.loginHost}`);
    lines.push(`Connexion : ${time(s.journey.startedAt)} ; arrivée : ${time(s.journey.landedAt)} (${((s.journey.landedAt - s.journey.startedAt) / 1000).toFixed(1)} s)`);
  }
  return lines.join('\n');
}
