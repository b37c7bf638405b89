export const id = 662;
export const ids = [662];
export const modules = {

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRulesCommand: () => (/* binding */ runRulesCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/providers/gitleaks-aliases.ts
/**
 * gitleaks default rule ids → the keylint rule that finds the same kind of secret. With it a
 * team moving from gitleaks keeps its configuration: a gitleaks id works wherever a keylint rule
 * id does (`rules.disable`, `keylint:allow` markers, `.gitleaksignore` fingerprints), and
 * `keylint rules` shows each rule's gitleaks names. Ids of gitleaks' default config
 * (config/gitleaks.toml); a test holds every entry to a real keylint rule.
 *
 * gitleaks rules with no keylint counterpart are left out: they either match identifiers that
 * are not secrets (client ids, access ids, publishable keys) or providers keylint does not
 * cover yet.
 */
const GITLEAKS_ALIASES = Object.freeze({
    '1password-secret-key': 'onepassword-secret-key',
    '1password-service-account-token': 'onepassword-service-account-token',
    'adobe-client-secret': 'adobe-client-secret',
    'age-secret-key': 'age-secret-key',
    'airtable-api-key': 'airtable-api-key',
    'algolia-api-key': 'algolia-admin-key',
    'alibaba-access-key-id': 'alibaba-cloud-access-key-id',
    'alibaba-secret-key': 'alibaba-cloud-access-key-secret',
    'anthropic-admin-api-key': 'anthropic-admin-key',
    'anthropic-api-key': 'anthropic-api-key',
    'artifactory-api-key': 'jfrog-api-key',
    'artifactory-reference-token': 'jfrog-reference-token',
    'asana-client-secret': 'asana-personal-access-token',
    'atlassian-api-token': 'atlassian-api-token',
    'aws-access-token': 'aws-access-key-id',
    'azure-ad-client-secret': 'azure-entra-id-client-secret',
    'bitbucket-client-secret': 'bitbucket-oauth-consumer-secret',
    'clickhouse-cloud-api-secret-key': 'clickhouse-api-key-secret',
    'clojars-api-token': 'clojars-deploy-token',
    'cloudflare-api-key': 'cloudflare-user-api-token',
    'cloudflare-global-api-key': 'cloudflare-global-api-key',
    'cloudflare-origin-ca-key': 'cloudflare-origin-ca-key',
    'codecov-access-token': 'codecov-upload-token',
    'cohere-api-token': 'cohere-api-key',
    'coinbase-access-token': 'coinbase-legacy-api-secret',
    'confluent-secret-key': 'confluent-legacy-api-secret',
    'contentful-delivery-api-token': 'contentful-access-token',
    'curl-auth-header': 'authorization-header',
    'curl-auth-user': 'curl-user-password',
    'database-password': 'generic-secret-assignment',
    'databricks-api-token': 'databricks-token',
    'datadog-access-token': 'datadog-application-key',
    'defined-networking-api-token': 'defined-networking-api-key',
    'digitalocean-access-token': 'digitalocean-token',
    'digitalocean-pat': 'digitalocean-token',
    'digitalocean-refresh-token': 'digitalocean-refresh-token',
    'discord-api-token': 'discord-bot-token',
    'discord-client-secret': 'discord-oauth-client-secret',
    'doppler-api-token': 'doppler-token',
    'droneci-access-token': 'drone-token',
    'dropbox-long-lived-api-token': 'dropbox-long-lived-token',
    'dropbox-short-lived-api-token': 'dropbox-short-lived-token',
    'dynatrace-api-token': 'dynatrace-token',
    'easypost-api-token': 'easypost-api-key',
    'easypost-test-api-token': 'easypost-api-key',
    'facebook-access-token': 'facebook-app-access-token',
    'facebook-page-access-token': 'facebook-access-token',
    'facebook-secret': 'facebook-app-secret',
    'fastly-api-token': 'fastly-api-token',
    'flutterwave-secret-key': 'flutterwave-secret-key',
    'flyio-access-token': 'flyio-macaroon-token',
    'frameio-api-token': 'frameio-developer-token',
    'gcp-api-key': 'google-api-key',
    'generic-api-key': 'generic-secret-assignment',
    'github-app-token': 'github-app-installation-token',
    'github-fine-grained-pat': 'github-fine-grained-pat',
    'github-oauth': 'github-classic-token',
    'github-pat': 'github-classic-token',
    'github-refresh-token': 'github-classic-token',
    'gitlab-cicd-job-token': 'gitlab-token',
    'gitlab-deploy-token': 'gitlab-token',
    'gitlab-feature-flag-client-token': 'gitlab-token',
    'gitlab-feed-token': 'gitlab-token',
    'gitlab-incoming-mail-token': 'gitlab-token',
    'gitlab-kubernetes-agent-token': 'gitlab-token',
    'gitlab-oauth-app-secret': 'gitlab-token',
    'gitlab-pat': 'gitlab-pat',
    'gitlab-pat-routable': 'gitlab-pat-routable',
    'gitlab-ptt': 'gitlab-token',
    'gitlab-rrt': 'gitlab-runner-registration-token',
    'gitlab-runner-authentication-token': 'gitlab-token',
    'gitlab-runner-authentication-token-routable': 'gitlab-token',
    'gitlab-scim-token': 'gitlab-token',
    'gocardless-api-token': 'gocardless-access-token',
    'grafana-api-key': 'grafana-legacy-api-key',
    'grafana-cloud-api-token': 'grafana-cloud-access-policy-token',
    'grafana-service-account-token': 'grafana-service-account-token',
    'harness-api-key': 'harness-personal-access-token',
    'hashicorp-tf-api-token': 'terraform-cloud-api-token',
    'heroku-api-key': 'heroku-legacy-api-key',
    'heroku-api-key-v2': 'heroku-api-key',
    'hubspot-api-key': 'hubspot-api-key',
    'huggingface-access-token': 'huggingface-token',
    'huggingface-organization-api-token': 'huggingface-org-token',
    'infracost-api-token': 'infracost-api-key',
    'intercom-api-key': 'intercom-access-token',
    'jfrog-api-key': 'jfrog-api-key',
    'jfrog-identity-token': 'jfrog-access-token',
    'kraken-access-token': 'kraken-private-key',
    'kubernetes-secret-yaml': 'kubernetes-secret-data',
    'kucoin-secret-key': 'kucoin-api-secret',
    'launchdarkly-access-token': 'launchdarkly-access-token',
    'linear-api-key': 'linear-api-key',
    'linear-client-secret': 'linear-oauth-client-secret',
    'linkedin-client-secret': 'linkedin-legacy-client-secret',
    'mailchimp-api-key': 'mailchimp-api-key',
    'mailgun-private-api-token': 'mailgun-legacy-api-key',
    'mailgun-signing-key': 'mailgun-webhook-signing-key',
    'mapbox-api-token': 'mapbox-secret-token',
    'mattermost-access-token': 'mattermost-access-token',
    'messagebird-api-token': 'messagebird-access-key',
    'microsoft-teams-webhook': 'microsoft-teams-webhook-url',
    'netlify-access-token': 'netlify-access-token',
    'new-relic-insert-key': 'newrelic-insights-insert-key',
    'new-relic-user-api-key': 'newrelic-user-api-key',
    'notion-api-token': 'notion-token',
    'npm-access-token': 'npm-access-token',
    'octopus-deploy-api-key': 'octopus-deploy-api-key',
    'okta-access-token': 'okta-api-token',
    'openai-api-key': 'openai-project-key',
    'openshift-user-token': 'openshift-oauth-token',
    'perplexity-api-key': 'perplexity-api-key',
    'plaid-secret-key': 'plaid-secret',
    'planetscale-api-token': 'planetscale-service-token',
    'planetscale-oauth-token': 'planetscale-oauth-token',
    'planetscale-password': 'planetscale-database-password',
    'postman-api-token': 'postman-api-key',
    'private-key': 'private-key',
    'privateai-api-token': 'private-ai-api-key',
    'pulumi-api-token': 'pulumi-access-token',
    'pypi-upload-token': 'pypi-token',
    'rapidapi-access-token': 'rapidapi-key',
    'readme-api-token': 'readme-api-key',
    'rubygems-api-token': 'rubygems-api-key',
    'sendbird-access-token': 'sendbird-api-token',
    'sendgrid-api-token': 'sendgrid-api-key',
    'sendinblue-api-token': 'brevo-api-key',
    'sentry-access-token': 'sentry-legacy-auth-token',
    'sentry-org-token': 'sentry-org-auth-token',
    'sentry-user-token': 'sentry-user-auth-token',
    'shippo-api-token': 'shippo-api-token',
    'shopify-access-token': 'shopify-token',
    'shopify-custom-access-token': 'shopify-token',
    'shopify-private-app-access-token': 'shopify-token',
    'shopify-shared-secret': 'shopify-token',
    'slack-app-token': 'slack-app-token',
    'slack-bot-token': 'slack-bot-token',
    'slack-config-access-token': 'slack-config-token',
    'slack-config-refresh-token': 'slack-refresh-token',
    'slack-legacy-bot-token': 'slack-bot-token',
    'slack-legacy-token': 'slack-legacy-token',
    'slack-legacy-workspace-token': 'slack-refresh-workspace-token',
    'slack-user-token': 'slack-user-token',
    'slack-webhook-url': 'slack-webhook-url',
    'snyk-api-token': 'snyk-api-token',
    'sonar-api-token': 'sonarqube-user-token',
    'sourcegraph-access-token': 'sourcegraph-access-token',
    'square-access-token': 'square-access-token',
    'stripe-access-token': 'stripe-secret-key',
    'sumologic-access-token': 'sumologic-access-key',
    'telegram-bot-api-token': 'telegram-bot-token',
    'travisci-access-token': 'travis-ci-api-token',
    'twilio-api-key': 'twilio-api-key-secret',
    'twitch-api-token': 'twitch-access-token',
    'twitter-access-secret': 'twitter-access-token-secret',
    'twitter-api-secret': 'twitter-api-key-secret',
    'twitter-bearer-token': 'twitter-bearer-token',
    'typeform-api-token': 'typeform-personal-access-token',
    'vault-batch-token': 'vault-batch-token',
    'vault-service-token': 'vault-service-token',
    'yandex-access-token': 'yandex-cloud-iam-token',
    'yandex-api-key': 'yandex-cloud-api-key',
    'yandex-aws-access-token': 'yandex-cloud-static-key-secret',
    'zendesk-secret-key': 'zendesk-api-token',
});
/** The keylint rule id for a gitleaks id, else the id itself (a keylint id passes through). */
function canonicalRuleId(id) {
    return GITLEAKS_ALIASES[id] ?? id;
}

// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
;// CONCATENATED MODULE: ./src/reports/rules.ts


/** The catalogue of `providers`; `aliases` maps gitleaks rule ids to keylint rule ids. */
function buildCatalog(providers, aliases) {
    const byRule = new Map();
    for (const [gl, id] of Object.entries(aliases))
        (byRule.get(id) ?? byRule.set(id, []).get(id)).push(gl);
    const rules = [];
    for (const p of providers) {
        for (const r of p.rules) {
            if (r.decode)
                continue; // decoders report what they find under other rules
            rules.push({
                id: r.id,
                provider: p.id,
                providerName: p.name,
                description: r.description,
                confidence: r.confidence,
                live: p.live !== undefined,
                gitleaks: (byRule.get(r.id) ?? []).sort(),
            });
        }
    }
    const withRules = providers.filter((p) => p.rules.some((r) => !r.decode));
    return { version: 1, providers: withRules.length, liveChecks: withRules.filter((p) => p.live).length, rules };
}
function formatCatalogJson(catalog) {
    return JSON.stringify(catalog, null, 2) + '\n';
}
/** One line per rule: id, provider, confidence, live, gitleaks aliases. */
function formatCatalogText(catalog) {
    const w = Math.min(44, Math.max(...catalog.rules.map((r) => r.id.length)));
    const pw = Math.min(28, Math.max(...catalog.rules.map((r) => r.providerName.length)));
    const lines = catalog.rules.map((r) => [(0,format/* sanitize */.aj)(r.id).padEnd(w), (0,format/* sanitize */.aj)(r.providerName).padEnd(pw), r.confidence.padEnd(6), r.live ? 'live' : '    ', r.gitleaks.length ? `gitleaks: ${r.gitleaks.join(', ')}` : ''].join('  ').trimEnd());
    lines.push('', `${catalog.rules.length} rules · ${catalog.providers} providers · ${catalog.liveChecks} with a live check`);
    return lines.join('\n') + '\n';
}
/** Where a live check puts the key, in a few words. */
function keyPlacement(auth) {
    switch (auth.kind) {
        case 'bearer':
            return 'as `Authorization: Bearer`';
        case 'header':
            return `in the \`${auth.name}\` header`;
        case 'basic':
            return auth.user === '{pair}' ? 'as the Basic-auth password (its pair as the user)' : auth.user ? `as the Basic-auth password (user \`${auth.user}\`)` : 'as the Basic-auth user';
        case 'query':
            return `in the URL query (\`${auth.name}\`): \`check\` only, never \`scan --verify\``;
        case 'path':
            return 'in the URL path: `check` only, never `scan --verify`';
    }
}
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** docs/providers.md: one row per provider (rules, env names, live check), generated. */
function formatProvidersMarkdown(providers) {
    const specific = providers.filter((p) => p.rules.some((r) => !r.decode && !r.generic) && p.envNames.length > 0);
    const rows = [...specific]
        .sort((a, b) => (0,strings/* compareCodeUnits */.U)(a.name.toLowerCase(), b.name.toLowerCase()) || (0,strings/* compareCodeUnits */.U)(a.id, b.id))
        .map((p) => {
        const live = p.live ? `yes: ${p.live.method} ${new URL(p.live.base.split('{pair}').join('x')).host}${p.live.path.split('?')[0]}, key ${keyPlacement(p.live.auth)}` : `no — ${p.noLive ?? ''}`;
        return `| ${cell(p.name)} | \`${p.id}\` | ${p.rules.map((r) => `\`${r.id}\``).join(', ')} | ${p.envNames.map((e) => `\`${e}\``).join(', ')} | ${cell(live)} |`;
    });
    const lives = specific.filter((p) => p.live).length;
    return [
        '# Providers',
        '',
        '<!-- Generated by `keylint rules --format markdown` from the provider records; a test keeps it fresh. -->',
        '',
        `${specific.length} providers, ${specific.reduce((n, p) => n + p.rules.length, 0)} rules, ${lives} with a live check (a side-effect-free request to the provider's own host, used by \`keylint check\` and \`keylint scan --verify\`). Generic detectors (private keys, credentials in URLs and commands, secret-like assignments, encoded and archived secrets) come on top: \`keylint rules\` lists every rule.`,
        '',
        '| Provider | Id | Rules | Env names | Live check |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/rules-command.ts






/** `keylint rules [--format text|json|markdown] [-o FILE]`: every rule keylint has. */
function runRulesCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } }, allowPositionals: false, strict: true });
    }
    catch (err) {
        throw new types/* UsageError */.e(`${err.message.split('\n')[0]} (see keylint --help)`);
    }
    const format = parsed.values.format ?? 'text';
    const catalog = buildCatalog(registry/* providers */.r5, GITLEAKS_ALIASES);
    let out;
    if (format === 'json')
        out = formatCatalogJson(catalog);
    else if (format === 'markdown')
        out = formatProvidersMarkdown(registry/* providers */.r5);
    else if (format === 'text')
        out = formatCatalogText(catalog);
    else
        throw new types/* UsageError */.e(`--format must be text, json or markdown (got "${format}")`);
    if (parsed.values.output)
        (0,cli_io.writeReport)(parsed.values.output, out, io.cwd);
    else
        io.stdout(out);
    return 0;
}


/***/ })

};
