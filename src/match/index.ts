/** The URL matcher: which academy portal a URL belongs to, and what kind of page it is. */
export { compileMatcher, notWeb, type CompiledMatcher } from './compile';
export { contentScriptMatches } from './manifest-matches';
export { linearClassify } from './linear';
export { normalizeHost, parseWebUrl, isIpLiteral, isMatchableHost } from './normalize';
export { matchesPagePattern } from './page-pattern';
export type { Classification, Matcher, PageRole } from './types';
