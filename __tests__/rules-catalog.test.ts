/**
 * The rule catalogue (`keylint rules`), the gitleaks alias table, and docs/providers.md: the
 * generated provider table in the docs is what the registry gives today.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITLEAKS_ALIASES, canonicalRuleId } from '../src/providers/gitleaks-aliases.js';
import { allRules, providers, specificProviders } from '../src/providers/registry.js';
import { buildCatalog, formatProvidersMarkdown } from '../src/reports/rules.js';
import { ROOT, cleanEnv, runCli } from './support/hardening.js';

const ruleIds = new Set(allRules().map((r) => r.rule.id));

describe('gitleaks aliases', () => {
  test('every alias names a real keylint rule, and gitleaks ids are kebab-case', () => {
    const broken = Object.entries(GITLEAKS_ALIASES).filter(([, id]) => !ruleIds.has(id));
    expect(broken).toEqual([]);
    for (const gl of Object.keys(GITLEAKS_ALIASES)) expect(gl).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('the gitleaks default rules keylint covers are all mapped', () => {
    // gitleaks default rule ids (config/gitleaks.toml) for kinds of secret keylint finds.
    const covered = ['aws-access-token', 'github-pat', 'github-fine-grained-pat', 'github-oauth', 'github-app-token', 'github-refresh-token', 'gitlab-pat', 'gitlab-pat-routable', 'gitlab-ptt', 'gitlab-rrt', 'gitlab-deploy-token', 'slack-bot-token', 'slack-user-token', 'slack-app-token', 'slack-webhook-url', 'slack-legacy-token', 'stripe-access-token', 'openai-api-key', 'anthropic-api-key', 'anthropic-admin-api-key', 'gcp-api-key', 'huggingface-access-token', 'huggingface-organization-api-token', 'npm-access-token', 'pypi-upload-token', 'private-key', 'generic-api-key', 'sendgrid-api-token', 'twilio-api-key', 'discord-api-token', 'telegram-bot-api-token', 'digitalocean-pat', 'digitalocean-access-token', 'digitalocean-refresh-token', 'doppler-api-token', 'hashicorp-tf-api-token', 'vault-service-token', 'vault-batch-token', 'pulumi-api-token', 'shopify-access-token', 'shopify-shared-secret', 'linear-api-key', 'notion-api-token', 'postman-api-token', 'databricks-api-token', 'age-secret-key', 'cloudflare-origin-ca-key', 'dynatrace-api-token', 'grafana-service-account-token', 'heroku-api-key-v2', 'sentry-org-token', 'sentry-user-token', 'vault-batch-token', 'perplexity-api-key', 'planetscale-api-token', 'rubygems-api-token', 'square-access-token', 'mailchimp-api-key', 'curl-auth-user', 'kubernetes-secret-yaml', '1password-service-account-token', 'azure-ad-client-secret', 'openshift-user-token', 'infracost-api-token', 'clojars-api-token', 'frameio-api-token', 'shippo-api-token', 'readme-api-token', 'easypost-api-token', 'typeform-api-token', 'microsoft-teams-webhook', 'flyio-access-token'];
    expect(covered.filter((id) => !(id in GITLEAKS_ALIASES))).toEqual([]);
  });

  test('canonicalRuleId maps gitleaks ids and passes keylint ids through', () => {
    expect(canonicalRuleId('github-pat')).toBe('github-classic-token');
    expect(canonicalRuleId('openai-project-key')).toBe('openai-project-key');
  });
});

describe('catalogue', () => {
  const catalog = buildCatalog(providers, GITLEAKS_ALIASES);
  test('every reporting rule once, with its provider, confidence, live flag and gitleaks names', () => {
    expect(new Set(catalog.rules.map((r) => r.id)).size).toBe(catalog.rules.length);
    expect(catalog.rules.find((r) => r.id === 'github-classic-token')).toMatchObject({ provider: 'github', live: true, gitleaks: ['github-oauth', 'github-pat', 'github-refresh-token'] });
    expect(catalog.rules.some((r) => r.id === 'base64-decoded')).toBe(false);
    expect(catalog.liveChecks).toBe(specificProviders.filter((p) => p.live).length);
  });

  test('keylint rules --format json through the bundled CLI', async () => {
    const r = await runCli(['rules', '--format', 'json'], { cwd: ROOT, env: cleanEnv() });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rules.length).toBe(catalog.rules.length);
    const bad = await runCli(['rules', '--format', 'yaml'], { cwd: ROOT, env: cleanEnv() });
    expect(bad.code).toBe(2);
  });
});

test('docs/providers.md is the generated table (regenerate: node dist/cli/index.js rules --format markdown -o docs/providers.md)', () => {
  expect(readFileSync(join(ROOT, 'docs', 'providers.md'), 'utf8')).toBe(formatProvidersMarkdown(providers));
});
