import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH } from '../match/normalize';
import { commitEvent, completeEvent } from './events';
import type { JourneyEvent } from './tracker';

const base = { tabId: 3, frameId: 0, url: 'https://drane.ac-lyon.fr/', timeStamp: 1000 };
const transition = (transitionType: string) => (commitEvent({ ...base, transitionType }) as Extract<JourneyEvent, { kind: 'commit' }>).transition;

describe('commitEvent: the browser’s transitionType', () => {
  it('reads the kinds it knows', () => {
    expect(transition('form_submit')).toBe('form_submit');
    expect(transition('auto_bookmark')).toBe('typed');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'made_up'])('%s is "other", never a member of Object.prototype', (transitionType) => {
    expect(transition(transitionType)).toBe('other');
  });
});

describe('completeEvent: the landing page', () => {
  const page = (url: string) => (completeEvent({ ...base, url }) as Extract<JourneyEvent, { kind: 'complete' }>).page;

  it('is origin and path, never the query nor the fragment', () => {
    expect(page('https://drane.ac-lyon.fr/spip/spip.php?page=login&ticket=ST-1#top')).toBe('https://drane.ac-lyon.fr/spip/spip.php');
  });

  it('is none for an address longer than a browser navigates to, or a host beyond DNS limits', () => {
    expect(page(`https://drane.ac-lyon.fr/${'a'.repeat(MAX_URL_LENGTH)}`)).toBeNull();
    const host = `${'a'.repeat(60)}.`.repeat(5).slice(0, 289) + '.ac-lyon.fr'; // 300 characters, labels within 63
    expect(host).toHaveLength(300);
    expect(page(`https://${host}/`)).toBeNull();
  });
});
