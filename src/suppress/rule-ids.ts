import { canonicalRuleId } from '../providers/gitleaks-aliases.js';
import { providers as builtinProviders } from '../providers/registry.js';

let known: Set<string> | undefined;

/** Built-in rule and provider ids. */
export function knownRuleIds(): ReadonlySet<string> {
  known ??= new Set(builtinProviders.flatMap((p) => [p.id, ...p.rules.map((r) => r.id)]));
  return known;
}

/**
 * The keylint id for an id written by a user: a keylint rule or provider id stays as it is
 * (keylint's own id wins where a gitleaks id is spelt the same), a gitleaks id maps to the
 * keylint rule that finds the same kind of secret, anything else passes through.
 */
export function resolveRuleId(id: string, extra: ReadonlySet<string> = new Set()): string {
  if (knownRuleIds().has(id) || extra.has(id)) return id;
  return canonicalRuleId(id);
}
