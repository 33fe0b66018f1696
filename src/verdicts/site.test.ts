import { describe, expect, it } from 'vitest';
import { bundledPack as pack } from '../rules/bundled';
import type { TabFacts } from '../model/facts';
import { roleFacts } from './site';

describe('roleFacts', () => {
  const portal = pack.portals.find((p) => p.id !== pack.webmail.portal)!;
  const facts = (role: string) => ({ url: 'https://drane.ac-lyon.fr/', classification: { academy: true, host: 'drane.ac-lyon.fr', portal, role } }) as unknown as TabFacts;

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('a role named %s (a pack may declare one) finds no fact in Object.prototype', (role) => {
    expect(roleFacts(facts(role), pack)).toEqual([]);
  });
});
