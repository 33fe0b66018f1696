/**
 * Name-based UUIDs (RFC 9562 version 5): the same name always gives the same
 * UUID, so a profile downloaded again replaces the one installed instead of
 * adding a second account. The `uuid` package's v5 is synchronous (it carries
 * its own SHA-1 for browsers, where crypto.subtle is async only).
 */
import { v5 } from 'uuid';

/** UUID version 5 of `name` in `namespace`, uppercase as Apple profiles write them. */
export const uuidV5 = (name: string, namespace: string): string => v5(name, namespace).toUpperCase();
