/**
 * Action mode `check`: the secret health check over the variables named in the `secrets`
 * input (or every known provider variable that is set), with endpoints only from the
 * `endpoints` input and the process environment — never from a file in the repository.
 */
import * as core from '@actions/core';
import { checkSecrets } from '../health/check.js';
import { renderHealthMarkdown, renderHealthText } from '../health/render.js';
import { defaultSpecs, parseEndpoint, parseTargetSpec, resolveTargets } from '../health/targets.js';
import type { HealthResult, HealthTarget } from '../health/types.js';
import { providers as registryProviders } from '../providers/registry.js';
import { UsageError } from '../types.js';
import type { ActionInputs } from './inputs.js';
import { maskValue } from './report.js';

export interface HealthOutcome {
  results: HealthResult[];
  unhealthy: number;
  markdown: string;
}

/** The `endpoints` input as provider id → validated base URL (check mode and scan mode's `verify`). */
export function endpointMap(inputs: Pick<ActionInputs, 'endpoints'>): Map<string, string> {
  const providers = registryProviders;
  const endpoints = new Map<string, string>();
  for (const e of inputs.endpoints) {
    const [id, url] = parseEndpoint(e);
    if (!providers.some((p) => p.id === id)) throw new UsageError(`input 'endpoints': unknown provider '${id}' (known: ${providers.map((p) => p.id).join(', ')})`);
    endpoints.set(id, url);
  }
  return endpoints;
}

export function healthTargets(inputs: Pick<ActionInputs, 'secrets' | 'endpoints'>, env: NodeJS.ProcessEnv): HealthTarget[] {
  const providers = registryProviders;
  const endpoints = endpointMap(inputs);
  const specs = inputs.secrets.length > 0 ? inputs.secrets.map(parseTargetSpec) : defaultSpecs(env, providers);
  return resolveTargets(specs, { providers, env, endpoints });
}

export async function runHealthCheck(inputs: Pick<ActionInputs, 'secrets' | 'endpoints'>, env: NodeJS.ProcessEnv): Promise<HealthOutcome> {
  const targets = healthTargets(inputs, env);
  // The runner masks `secrets.*` already; values with pasted whitespace or read from other
  // variables are masked here before anything is printed.
  for (const t of targets) {
    if (t.value) maskValue(t.value);
    if (t.pair) maskValue(t.pair.value);
  }
  const results = await checkSecrets(targets, { providers: registryProviders, env });
  core.info(renderHealthText(results).trimEnd());
  for (const r of results) {
    if (r.status === 'valid' && !r.failed && r.diagnoses.length === 0) continue;
    const text = [`${r.name}: ${r.message}`, ...r.diagnoses.map((d) => `${d.code}: ${d.message}`), r.fix ? `Fix: ${r.fix}` : ''].filter(Boolean).join('\n');
    const props = { title: `${r.name}: ${r.status}${r.providerName ? ` (${r.providerName})` : ''}` };
    if (r.failed) core.error(text, props);
    else core.warning(text, props);
  }
  return { results, unhealthy: results.filter((r) => r.failed).length, markdown: renderHealthMarkdown(results) };
}
