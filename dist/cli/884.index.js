export const id = 884;
export const ids = [884];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSize: () => (/* binding */ parseSize),
/* harmony export */   processIo: () => (/* binding */ processIo),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);



function processIo() {
    return {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        isTTY: process.stdout.isTTY === true,
        stderrIsTTY: process.stderr.isTTY === true,
        env: process.env,
        cwd: process.cwd(),
    };
}
/**
 * Writes a report file; a failure is a one-line usage error. A missing folder is created and
 * said so on stderr (`note`), never silently: a typo in `-o` should not go unnoticed.
 */
function writeReport(file, content, cwd, note) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    try {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, dir);
            note?.(`keylint: created the folder ${shown && !shown.startsWith('..') ? shown : dir} for ${file}\n`);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, content.endsWith('\n') ? content : content + '\n');
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot write ${file}: ${err.code ?? String(err)}`);
    }
    return target;
}
/** Parses sizes like `10MB`, `512KB`, `1048576`. */
function parseSize(value, what) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value);
    if (!m)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${what}: expected a size like 10MB, 512KB or 1048576, got "${value}"`);
    const n = Number(m[1]);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    return Math.floor(n * mult);
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRulesCommand: () => (/* binding */ runRulesCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/providers/gitleaks-aliases.ts
var gitleaks_aliases = __webpack_require__(7449);
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
    const catalog = buildCatalog(registry/* providers */.r5, gitleaks_aliases/* GITLEAKS_ALIASES */.E);
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
        (0,cli_io.writeReport)(parsed.values.output, out, io.cwd, io.stderr);
    else
        io.stdout(out);
    return 0;
}


/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ GITLEAKS_ALIASES),
/* harmony export */   m: () => (/* binding */ canonicalRuleId)
/* harmony export */ });
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


/***/ }),

/***/ 7712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ distinctFiles),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   Qs: () => (/* binding */ skippedBreakdown),
/* harmony export */   SV: () => (/* binding */ providerMap),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aj: () => (/* binding */ sanitize),
/* harmony export */   x3: () => (/* binding */ isHttpsUrl),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export sortByConfidence */
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9337);

function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** SI units (1 kB = 1000 B), one decimal above bytes: `512 B`, `1.2 MB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 1000)
        return `${Math.max(0, Math.round(bytes || 0))} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let v = bytes;
    let u = -1;
    while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
    }
    return `${v.toFixed(1)} ${units[u]}`;
}
/** `45 ms`, `1.2 s`, `2 min 3 s`. */
function formatDuration(ms) {
    const m = Math.max(0, Math.round(ms || 0));
    if (m < 1000)
        return `${m} ms`;
    if (m < 60_000)
        return `${(m / 1000).toFixed(1)} s`;
    const s = Math.round(m / 1000);
    return `${Math.floor(s / 60)} min ${s % 60} s`;
}
/** First 7 characters of a hex commit id; anything else is sanitised and shown as is. */
function shortSha(sha) {
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : sanitize(sha);
}
/**
 * A finding's path as reports show it: forward slashes, relative to `root` when the path is
 * absolute and inside it, without a leading `./`.
 */
function displayPath(file, root) {
    let p = file.replace(/\\/g, '/');
    if (root) {
        const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
        if (r && p.startsWith(r + '/'))
            p = p.slice(r.length + 1);
    }
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
// C0/C1 controls, DEL, line/paragraph separators, bidi overrides/isolates, BOM: anything that
// could rewrite a terminal line, fake a new line in a log, or reorder what a reviewer sees.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Replaces characters that could spoof terminal or log output with visible escapes (`\n`, `\x1b`, `\u202e`). */
function sanitize(s) {
    return s.replace(UNSAFE_CHARS, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** Cuts a string to at most `max` characters, marking the cut with `…`. */
function truncate(s, max) {
    return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)) + '…';
}
const CONFIDENCE_ORDER = { high: 0, medium: 1, low: 2 };
const cmp = _strings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U;
/** A copy sorted by file, line, column, rule, commit (code-unit order, locale independent). */
function sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file, b.file) ||
        cmp(a.line, b.line) ||
        cmp(a.column, b.column) ||
        cmp(a.rule, b.rule) ||
        cmp(a.commit ?? '', b.commit ?? '') ||
        cmp(a.fingerprint, b.fingerprint));
}
/** Like sortFindings, with higher confidence first. */
function sortByConfidence(findings) {
    return sortFindings(findings).sort((a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence]);
}
function providerMap(providers) {
    const m = new Map();
    for (const p of providers)
        if (!m.has(p.id))
            m.set(p.id, p);
    return m;
}
function distinctFiles(findings) {
    return new Set(findings.map((f) => f.file)).size;
}
/** `1 binary, 2 too-large`, in a fixed order of first appearance. */
function skippedBreakdown(skipped) {
    const counts = new Map();
    for (const s of skipped)
        counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}
/** `https://…` URLs only (rotation pages come from the registry, but stay defensive). */
function isHttpsUrl(url) {
    if (!url)
        return false;
    try {
        const u = new URL(url);
        return u.protocol === 'https:' && !/\s/.test(url);
    }
    catch {
        return false;
    }
}
/** Percent-encodes each path segment so any file name is a valid relative URI reference (no `()'!*` either). */
function encodePath(file) {
    return file
        .split('/')
        .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ })

};
