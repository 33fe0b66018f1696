import { describe, expect, it } from 'vitest';
import { localize, type Lang } from './lang';
import { translatorFor, type Catalog } from './translate';

const catalog: Catalog<'hello'> = { hello: { fr: 'Bonjour $1', en: 'Hello $1' } };

describe('lookups by a key or a language from outside', () => {
  it('translates the keys it has', () => {
    expect(translatorFor(catalog)('en')('hello', 'Léa')).toBe('Hello Léa');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('key %s: the key itself, never Object.prototype’s member', (key) => {
    expect(translatorFor(catalog)('fr')(key as 'hello')).toBe(key);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('language %s: French, never Object.prototype’s member', (lang) => {
    expect(translatorFor(catalog)(lang as Lang)('hello', 'x')).toBe('Bonjour x');
    expect(localize({ fr: 'Ain', en: 'Ain (en)' }, lang as Lang)).toBe('Ain');
  });
});
