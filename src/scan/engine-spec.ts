import { compileAllow, customRulesToProvider } from '../config/compile.js';
import type { KeylintConfig } from '../config/schema.js';
import { Engine } from '../engine/index.js';
import { providers as builtinProviders } from '../providers/registry.js';
import type { ProviderRecord } from '../providers/types.js';
import type { EngineSpec } from './parallel.js';

/** The providers a config yields: the registry plus its custom rules. */
export function providersFor(config: KeylintConfig): ProviderRecord[] {
  const custom = customRulesToProvider(config);
  return custom ? [...builtinProviders, custom] : builtinProviders;
}

/** What the engine needs from a config, as plain data (it crosses to worker threads). */
export function engineSpecFor(config: KeylintConfig): EngineSpec {
  return { config, disabledRules: config.rules.disable.filter((r) => !config.rules.enable.includes(r)) };
}

export function buildEngine(spec: EngineSpec): Engine {
  return new Engine({
    providers: providersFor(spec.config),
    disabledRules: new Set(spec.disabledRules),
    isAllowedValue: compileAllow(spec.config),
  });
}
