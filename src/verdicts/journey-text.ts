/** How a journey's path is told: hosts only, in order. */
import type { Translate } from '../catalog';
import type { JourneyFacts } from '../model/facts';

export const messages = {
  journey_path: { fr: 'Chemin suivi : $1', en: 'Path taken: $1' },
} as const;

export const pathSentence = (t: Translate, j: JourneyFacts): string => t('journey_path', j.path.join(' → '));
