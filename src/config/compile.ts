import type { ProviderRecord, Rule } from '../providers/types.js';
import type { KeylintConfig } from './schema.js';

/*
 * What a loaded config contributes to the engine: custom rules and allowed values. Kept apart
 * from the loader (and its YAML parser) because scan worker threads load only the engine.
 */

/** The custom rules as a provider record with id `custom`, or undefined when there are none. */
export function customRulesToProvider(cfg: KeylintConfig): ProviderRecord | undefined {
  if (cfg.customRules.length === 0) return undefined;
  const rules = cfg.customRules.map((c): Rule => {
    const rule: Rule = { id: c.id, description: c.description, pattern: c.regex, keywords: [...c.keywords], confidence: c.confidence ?? 'medium' };
    if (c.minEntropy !== undefined) rule.minEntropy = c.minEntropy;
    if (c.allow?.length) {
      const allow = c.allow.map((s) => new RegExp(s));
      rule.verify = (secret) => !allow.some((re) => re.test(secret));
    }
    return rule;
  });
  return { id: 'custom', name: 'Custom', rules, envNames: [], rotateUrl: '' };
}

/** Predicate for config `allow`: exact values and (unanchored) regexes that are never findings. */
export function compileAllow(cfg: KeylintConfig): (secret: string) => boolean {
  const values = new Set(cfg.allow.flatMap((a) => (a.value !== undefined ? [a.value] : [])));
  const regexes = cfg.allow.flatMap((a) => (a.regex !== undefined ? [new RegExp(a.regex)] : []));
  if (values.size === 0 && regexes.length === 0) return () => false;
  return (secret) => values.has(secret) || regexes.some((re) => re.test(secret));
}
