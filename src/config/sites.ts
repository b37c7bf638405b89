import type { KeylintConfig } from './schema.js';

/** Where each validated value of a parsed config came from (`file:line:col`), for errors raised after parsing. */
export const CONFIG_SITES = new WeakMap<KeylintConfig, Map<string, string>>();
