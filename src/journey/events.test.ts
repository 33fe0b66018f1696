import { describe, expect, it } from 'vitest';
import { commitEvent } from './events';
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
