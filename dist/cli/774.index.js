export const id = 774;
export const ids = [774];
export const modules = {

/***/ 3774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ checkSecrets),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   _k: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONCURRENCY, DEFAULT_EXPIRY_DAYS, CLOCK_SKEW_LIMIT_MS, visible, checkTarget */
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6010);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(602);
/* harmony import */ var _secret_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7355);
/* harmony import */ var _clean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2231);
/* harmony import */ var _diagnose_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5857);
/* harmony import */ var _live_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3712);
/* harmony import */ var _scrub_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(737);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9899);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4331);
/**
 * `checkSecrets`: offline diagnoses plus the live check of every target, concurrently
 * (bounded), each turned into a `HealthResult`. Used by `keylint check` and the Action.
 */









const DEFAULT_CONCURRENCY = 24;
const DEFAULT_EXPIRY_DAYS = 14;
const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;
/** Statuses that always fail the check. */
const ALWAYS_FAIL = new Set(['invalid', 'restricted', 'quota-exhausted']);
const NOISE_CODES = new Set(['whitespace', 'quoted', 'bearer-prefix', 'assignment']);
/** Shows invisible characters of a redacted value as escapes (`\n`, `\u200B`) so tables stay intact. */
function visible(s) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && (0,_clean_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleKind */ .qr)(ch) !== undefined)
            out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
        else
            out += ch;
    }
    return out;
}
/** Runs `fn` over `items` with at most `limit` in flight; results keep input order. */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= items.length)
                return;
            results[i] = await fn(items[i], i);
        }
    };
    const n = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: n }, () => worker()));
    return results;
}
function minutes(ms) {
    const m = Math.round(Math.abs(ms) / 60000);
    return `${m} minute${m === 1 ? '' : 's'}`;
}
function statusSentence(status, host, detail) {
    const at = host ? ` by ${host}` : '';
    const d = detail ? `: ${detail}` : '';
    switch (status) {
        case 'valid':
            return `valid${host ? ` at ${host}` : ''}`;
        case 'invalid':
            return `rejected${at}${d}`;
        case 'restricted':
            return `the key authenticates but lacks a permission or the API is not enabled${d}`;
        case 'rate-limited':
            return `rate-limited${at} (not a sign of a bad key)${d}`;
        case 'quota-exhausted':
            return `the key authenticates but its quota or credit is used up${d}`;
        case 'unknown':
            return `could not be checked${d}`;
        case 'unverified':
            return `not checked live${d}`;
    }
}
function statusFix(status, name, provider) {
    const where = provider ? ` at ${provider.rotateUrl}` : '';
    switch (status) {
        case 'valid':
        case 'unverified':
            return '';
        case 'invalid':
            return `Create a new key${where} and update the secret ${name}.`;
        case 'restricted':
            return `Grant the key the permission (or enable the API for its project)${where}.`;
        case 'rate-limited':
            return 'Nothing to fix in the key; re-run later or lower the request rate.';
        case 'quota-exhausted':
            return `Add credit or raise the quota for the key's account${where}.`;
        case 'unknown':
            return 'Re-run later; if it persists, check the base URL and the runner\'s network.';
    }
}
/** Checks one target. Never throws. */
async function checkTarget(target, options = {}) {
    const providers = options.providers ?? _providers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .providers */ .r5;
    const env = options.env ?? process.env;
    const now = options.now ?? Date.now;
    const expiryDays = options.expiryDays ?? DEFAULT_EXPIRY_DAYS;
    const failOn = options.failOn ?? new Set();
    const provider = target.provider;
    const offline = (0,_diagnose_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnoseTarget */ .C_)(target, { providers, env });
    const diagnoses = [...offline.diagnoses];
    const secrets = [target.value ?? '', offline.cleaned].filter((s) => s !== '');
    let status = 'unverified';
    let detail;
    let outcome;
    let onceCleaned = false;
    const lf = provider ? (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .liveFor */ .Sl)(provider, providers) : undefined;
    if (offline.unusable) {
        status = 'invalid';
        detail = undefined;
    }
    else if (options.offline) {
        detail = '--offline';
    }
    else if (!provider) {
        detail = 'the provider could not be inferred from the name or the value (use NAME=PROVIDER)';
    }
    else if (!lf) {
        detail = `${provider.name} has no side-effect-free check${provider.noLive ? ` (${provider.noLive})` : ''}; offline diagnosis only`;
    }
    else if (!target.baseUrl) {
        detail = 'no endpoint configured for this key';
        diagnoses.push((0,_diagnose_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosis */ .C1)('no-endpoint', `this looks like ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(provider.name)} key, which only works at the proxy's base URL, and none is set`, `Set the proxy base URL (${lf.live.baseUrlEnv?.[0] ?? 'the SDK base URL variable'}, --endpoint ${provider.id}=URL or ${target.name}@URL); without it the SDK sends the key to ${new URL(lf.live.base).host} and gets 401.`));
    }
    else if (lf.live.prefixes && !lf.live.prefixes.some((p) => offline.cleaned.startsWith(p))) {
        detail = `${provider.name}'s check proves only ${lf.live.prefixes.join(', ')} keys; this kind of key is not checkable with a request (offline diagnosis only)`;
    }
    else if ((0,_live_js__WEBPACK_IMPORTED_MODULE_5__/* .needsPair */ .ml)(lf.live) && !target.pair) {
        const spec = (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .pairSpecOf */ .P4)(lf.owner);
        detail = `the check needs the ${spec?.label ?? 'other part of the credential'} too${spec?.envNames?.length ? ` (set ${spec.envNames[0]})` : ''}; offline diagnosis only`;
    }
    else {
        const liveOpts = {
            timeoutMs: options.timeoutMs ?? _transport_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_TIMEOUT_MS */ .t1,
            version: options.version,
            retry: { retries: options.retries ?? 2, maxTotalWaitMs: options.maxRetryWaitMs ?? 8_000 },
            ...(target.pair ? { pair: target.pair.value } : {}),
        };
        const raw = target.value;
        const [rawOutcome, cleanOutcome] = await Promise.all([
            (0,_live_js__WEBPACK_IMPORTED_MODULE_5__/* .liveCheck */ .rR)(lf.live, raw, target.baseUrl, liveOpts),
            offline.dirty ? (0,_live_js__WEBPACK_IMPORTED_MODULE_5__/* .liveCheck */ .rR)(lf.live, offline.cleaned, target.baseUrl, liveOpts) : Promise.resolve(undefined),
        ]);
        if (rawOutcome.status === 'valid' || !cleanOutcome) {
            outcome = rawOutcome;
            status = rawOutcome.status;
            detail = rawOutcome.unsendable && cleanOutcome === undefined ? 'the value contains characters that cannot be sent in an HTTP header' : rawOutcome.detail;
            if (rawOutcome.unsendable)
                status = 'invalid';
        }
        else if (cleanOutcome.status === 'valid') {
            outcome = cleanOutcome;
            onceCleaned = true;
            status = 'invalid';
            const noise = diagnoses.filter((d) => NOISE_CODES.has(d.code)).map((d) => d.code);
            const verb = noise.length === 1 && noise[0] === 'whitespace' ? 'trimmed' : 'trimmed and cleaned';
            detail = `valid once ${verb} (${noise.join(', ') || 'cleaned'}); as set, ${rawOutcome.unsendable ? 'the value cannot even be sent in an HTTP header' : `${rawOutcome.host} answers ${rawOutcome.httpStatus ?? rawOutcome.detail ?? 'no'}`}`;
        }
        else {
            outcome = cleanOutcome;
            status = cleanOutcome.status;
            detail = cleanOutcome.detail;
        }
        if (rawOutcome.status === 'valid') {
            // The provider accepted the value as set: pasted noise and format doubts are warnings.
            for (const d of diagnoses)
                if (d.code !== 'wrong-provider')
                    d.severity = 'warning';
        }
        const timed = [rawOutcome, cleanOutcome].find((o) => o?.serverTime !== undefined && o.localTime !== undefined);
        if (timed) {
            const skew = timed.localTime - timed.serverTime;
            if (Math.abs(skew) > CLOCK_SKEW_LIMIT_MS) {
                diagnoses.push((0,_diagnose_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosis */ .C1)('clock-skew', `this machine's clock is ${minutes(skew)} ${skew > 0 ? 'ahead of' : 'behind'} ${timed.host}'s`, 'Sync the clock (NTP); signed requests, token expiry and JWT checks fail with a skewed clock.'));
            }
        }
    }
    const scopes = outcome?.scopes ?? null;
    const expiresAt = outcome?.expiresAt ?? null;
    if (expiresAt) {
        const left = Date.parse(expiresAt) - now();
        if (left < expiryDays * 86_400_000) {
            const days = Math.floor(left / 86_400_000);
            diagnoses.push((0,_diagnose_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnosis */ .C1)('expiring', left <= 0 ? `the token expired on ${expiresAt.slice(0, 10)}` : `the token expires on ${expiresAt.slice(0, 10)} (in ${days < 1 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`})`, `Create a new token before then${provider ? ` at ${provider.rotateUrl}` : ''} and update the secret ${target.name}.`));
        }
    }
    let message = statusSentence(status, outcome?.host ?? null, detail);
    if (onceCleaned)
        message = `${detail}`;
    const firstError = diagnoses.find((d) => d.severity === 'error');
    if (offline.unusable && firstError)
        message = `no key to check (${firstError.code === 'missing' ? 'not set' : 'empty'})`;
    if (scopes)
        message += `; scopes: ${scopes.length > 0 ? scopes.join(', ') : '(none)'}`;
    if (expiresAt)
        message += `; expires ${expiresAt}`;
    const fix = firstError?.fix ?? diagnoses[0]?.fix ?? statusFix(status, target.name, provider);
    const failed = ALWAYS_FAIL.has(status) || failOn.has(status) || diagnoses.some((d) => d.severity === 'error');
    const clean = (s) => (0,_scrub_js__WEBPACK_IMPORTED_MODULE_8__/* .scrub */ ._)(s, secrets);
    return {
        name: target.name,
        provider: provider?.id ?? null,
        providerName: provider?.name ?? null,
        status,
        httpStatus: outcome?.httpStatus ?? null,
        diagnoses: diagnoses.map((d) => ({ ...d, message: clean(d.message), fix: clean(d.fix) })),
        message: clean(message),
        fix: clean(fix),
        latencyMs: outcome ? outcome.latencyMs : null,
        checkedAt: new Date(now()).toISOString(),
        redacted: target.value === undefined ? '(unset)' : visible((0,_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(target.value)),
        host: outcome?.host ?? null,
        rotateUrl: provider?.rotateUrl ?? null,
        scopes,
        expiresAt,
        failed,
    };
}
/** Checks every target, at most `options.concurrency` (default 24) at once; results keep target order. */
async function checkSecrets(targets, options = {}) {
    return mapConcurrent(targets, options.concurrency ?? DEFAULT_CONCURRENCY, (t) => checkTarget(t, options));
}
/** Exit code of a finished check: 0 when nothing failed, else 1. */
function exitCodeFor(results) {
    return results.some((r) => r.failed) ? 1 : 0;
}


/***/ }),

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C_: () => (/* binding */ diagnoseTarget),
  C1: () => (/* binding */ diagnosis)
});

// UNUSED EXPORTS: WARNING_CODES, conflictDiagnosis, emptyReason

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/placeholder.ts
var placeholder = __webpack_require__(4659);
// EXTERNAL MODULE: ./src/health/clean.ts
var clean = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/health/format-check.ts
var format_check = __webpack_require__(8262);
;// CONCATENATED MODULE: ./src/health/truncation.ts

const FILLERS = ['A', '0', 'a', 'f', 'x'];
/** Fixed pieces of a structure regex source: alphanumeric runs of 4+ (markers) and separators. */
function markers(source) {
    // Character classes and quantifiers are not literal text.
    const literal = source.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\\./g, ' ');
    const out = new Set();
    for (const m of literal.matchAll(/[A-Za-z0-9]{4,}/g))
        out.add(m[0]);
    for (const m of literal.matchAll(/[_.:=-]/g))
        out.add(m[0]);
    return [...out];
}
/** The counts in `{n}` / `{n,m}` quantifiers: the lengths a filler after a marker may need. */
function quantities(source) {
    const out = new Set([0]);
    for (const m of source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
        out.add(Number(m[1]));
        if (m[2])
            out.add(Number(m[2]));
    }
    return [...out];
}
function charsetOk(value, format, prefixLen) {
    let re;
    try {
        re = new RegExp(`^(?:${format.charset})$`, 'u');
    }
    catch {
        return false;
    }
    return Array.from(value.slice(prefixLen)).every((ch) => re.test(ch));
}
function prefixLength(value, format) {
    let best = 0;
    for (const p of format.prefixes)
        if (value.startsWith(p) && p.length > best)
            best = p.length;
    return best;
}
/** Whether `value` looks like a key of `format` with its end cut off (see the module comment). */
function looksCutShort(value, format) {
    if (format.lengths.length === 0)
        return false;
    const prefixLen = prefixLength(value, format);
    if (format.prefixes.length > 0 && prefixLen === 0)
        return false;
    // A prefix-less format needs some body: three characters of a key say nothing.
    if (value.length - prefixLen < 4)
        return false;
    if (!charsetOk(value, format, prefixLen))
        return false;
    const min = Math.min(...format.lengths.map(([a]) => a));
    const max = Math.max(...format.lengths.map(([, b]) => b));
    if (value.length >= max)
        return false;
    if (value.length < min)
        return true;
    if (!format.full)
        return false;
    const re = (0,format_check/* anchored */.X9)(format.full);
    if (!re || re.test(value))
        return false;
    const filler = FILLERS.find((c) => charsetOk(c, format, 0));
    if (!filler)
        return false;
    const room = Math.min(max - value.length, 400);
    // The end of the last part missing.
    for (let n = 1; n <= room; n++)
        if (re.test(value + filler.repeat(n)))
            return true;
    // Cut before a fixed marker or separator: fill the current part, the marker, the next part.
    const afters = quantities(format.full).filter((n) => n <= room);
    for (const marker of markers(format.full)) {
        for (let before = 0; before + marker.length <= room && before <= 100; before++) {
            for (const after of afters) {
                if (before + marker.length + after > room)
                    continue;
                if (re.test(value + filler.repeat(before) + marker + filler.repeat(after)))
                    return true;
            }
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/health/wording.ts
var wording = __webpack_require__(6010);
// EXTERNAL MODULE: ./src/health/targets.ts
var targets = __webpack_require__(9899);
;// CONCATENATED MODULE: ./src/health/diagnose.ts
/**
 * Offline diagnoses of one secret: what is wrong with the value as set, before any request.
 * Each diagnosis is a code, a sentence and the fix; none of them contains the value.
 */







const WARNING_CODES = new Set(['conflict', 'clock-skew', 'expiring', 'no-endpoint']);
function diagnosis(code, message, fix, severity) {
    return { code, message, fix, severity: severity ?? (WARNING_CODES.has(code) ? 'warning' : 'error') };
}
function list(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function article(kind) {
    return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
/** Why an empty secret is empty, from the GitHub event (fork pull requests get no secrets). */
function emptyReason(env) {
    const event = env['GITHUB_EVENT_NAME'];
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    const pr = payload.pull_request;
    const head = pr?.head?.repo;
    const fromFork = head === null || head?.fork === true || (typeof head?.full_name === 'string' && typeof pr?.base?.repo?.full_name === 'string' && head.full_name !== pr.base.repo.full_name);
    if (fromFork && event === 'pull_request') {
        return 'this run is a pull_request from a fork, and GitHub does not pass repository secrets to workflows triggered from forks';
    }
    if (env['GITHUB_ACTOR'] === 'dependabot[bot]' && event === 'pull_request') {
        return 'this run is a Dependabot pull request, which only receives Dependabot secrets, not Actions secrets';
    }
    return undefined;
}
function whitespaceDiagnosis(raw) {
    const found = (0,clean/* findInvisible */.tO)(raw);
    if (found.length === 0)
        return undefined;
    const parts = found.map((f) => `${f.where === 'inner' ? 'inside the key' : f.where}: ${list(f.kinds.map(article))}`);
    return diagnosis('whitespace', `contains whitespace or invisible characters (${parts.join('; ')})`, 'Re-create the secret from the key alone (printf %s KEY | gh secret set NAME, or paste without a trailing newline or spaces).');
}
function providerLabel(p) {
    return p.name;
}
/** Secrets of one provider set to different values: which one the SDK uses. */
function conflictDiagnosis(name, provider, env, knownNames) {
    if (!provider || !provider.envNames.includes(name))
        return undefined;
    const set = provider.envNames.filter((n) => env[n] !== undefined && env[n].trim() !== '');
    if (set.length < 2 || !set.includes(name))
        return undefined;
    const values = new Set(set.map((n) => (0,clean/* cleanValue */.XY)(env[n], knownNames)));
    if (values.size < 2)
        return undefined;
    const used = set[0];
    const others = set.filter((n) => n !== used);
    const note = provider.envNote ? ` ${provider.envNote}` : '';
    return diagnosis('conflict', `${list(set)} are ${(0,wording/* bothOrAll */.iP)(set.length)} set, to different values; ${providerLabel(provider)} SDKs read ${used} first, so ${list(others)} ${others.length === 1 ? 'is' : 'are'} ignored.${note}`, `Keep one variable (${used}) or give them the same value.`);
}
/** Offline diagnoses of a resolved target. */
function diagnoseTarget(target, ctx) {
    const { env, providers } = ctx;
    const raw = target.value;
    const provider = target.provider;
    const pname = provider ? providerLabel(provider) : 'the provider';
    const knownNames = new Set((0,targets/* knownEnvNames */.Fc)(providers));
    knownNames.add(target.name);
    if (raw === undefined) {
        return {
            diagnoses: [
                diagnosis('missing', `${target.name} is not set`, `Map the secret into the step's env (env: ${target.name}: \${{ secrets.${target.name} }}) or export it.`),
            ],
            cleaned: '',
            dirty: false,
            unusable: true,
        };
    }
    const diagnoses = [];
    const cleaned = (0,clean/* cleanValue */.XY)(raw, knownNames);
    if (raw === '' || cleaned === '') {
        const why = raw === '' ? emptyReason(env) : undefined;
        if (raw !== '') {
            const ws = whitespaceDiagnosis(raw);
            if (ws)
                diagnoses.push(ws);
        }
        diagnoses.push(diagnosis('empty', `${target.name} is set but ${raw === '' ? 'empty' : 'holds no key'}${why ? `: ${why}` : ''}`, why
            ? 'Run the check on push or schedule; on pull_request, skip it for forks (if: github.event.pull_request.head.repo.full_name == github.repository), or run it in a separate workflow_run job that does not check out the pull request\'s code.'
            : `Check that the repository secret exists and is spelled exactly like the name in \${{ secrets.${target.name} }}.`));
        return { diagnoses, cleaned: '', dirty: raw !== '', unusable: true };
    }
    // Spaces that belong to a pasted `Bearer ` / `Authorization:` / `NAME = ` are reported by
    // those diagnoses, not as whitespace.
    const ws = whitespaceDiagnosis(withoutPastedSyntax(raw, knownNames));
    if (ws)
        diagnoses.push(ws);
    const trimmed = (0,clean/* trimInvisible */.wT)(raw);
    const assign = (0,clean/* assignmentPrefix */.wD)(trimmed.replace(/^["'`]/, ''), knownNames);
    const afterAssign = assign ? (0,clean/* trimInvisible */.wT)(trimmed.replace(/^["'`]/, '').slice(assign.length)) : trimmed;
    const q1 = (0,clean/* quoteEnds */.l_)(trimmed);
    const q2 = (0,clean/* quoteEnds */.l_)(afterAssign);
    if (q1.leading || q1.trailing || q2.leading || q2.trailing) {
        diagnoses.push(diagnosis('quoted', 'is wrapped in quotes, which are sent as part of the key', 'Store the key without quotes (quotes belong to shell or YAML syntax, not to the secret).'));
    }
    if ((0,clean/* hasAuthWords */.oS)(raw)) {
        diagnoses.push(diagnosis('bearer-prefix', 'contains an `Authorization:` header or `Bearer ` prefix; clients add that themselves', 'Store only the key: remove "Authorization:" and "Bearer ".'));
    }
    if (assign) {
        diagnoses.push(diagnosis('assignment', `contains an assignment (\`${assign.name}=\`) in front of the key`, `Store only the value after \`${assign.name}=\`.`));
    }
    // Wrong provider: the name says one provider, the value's shape another — unless the value
    // is the name's provider's key cut short.
    let truncatedFor;
    if (target.formatProvider) {
        const shaped = (0,format_check/* providersByShape */.bR)(cleaned, providers);
        const nameProviders = providers.filter((p) => p.envNames.includes(target.name));
        const declared = target.forced ? [provider] : nameProviders;
        const expectedOf = () => (target.forced ? provider : (target.nameProvider ?? declared[0]));
        const cutShort = declared.length > 0 && !shaped.some((p) => declared.includes(p)) && truncatedOf(cleaned, expectedOf(), shaped);
        if (cutShort) {
            // The value is the declared provider's key with its end missing, not another provider's key.
            const expected = expectedOf();
            truncatedFor = expected;
            diagnoses.push(paddingLost(cleaned, expected) ?? diagnosis('truncated', truncatedMessage(cleaned, expected), formatFix('truncated', expected)));
        }
        else if (declared.length > 0 && !shaped.some((p) => declared.includes(p))) {
            const expected = expectedOf();
            const viaEndpoint = provider === expected && target.baseUrlSource !== undefined && target.baseUrlSource !== 'official';
            diagnoses.push(diagnosis('wrong-provider', `${target.forced ? `was declared ${expected.id}` : `${target.name} is ${(0,wording/* withArticle */.vJ)(providerLabel(expected))} variable`}, but the value is ${(0,wording/* withArticle */.vJ)(providerLabel(target.formatProvider))} key${viaEndpoint ? ` (checked at the configured endpoint, which must accept it)` : ''}`, viaEndpoint
                ? `Make sure the endpoint accepts ${providerLabel(target.formatProvider)} keys, or store ${(0,wording/* withArticle */.vJ)(providerLabel(expected))} key.`
                : `Store ${(0,wording/* withArticle */.vJ)(providerLabel(expected))} key in ${target.name}, and put the ${providerLabel(target.formatProvider)} key in ${target.formatProvider.envNames[0] ?? 'its own variable'}.`, viaEndpoint ? 'warning' : 'error'));
        }
    }
    if (provider?.format) {
        const prefixLen = provider.format.prefixes.find((p) => cleaned.startsWith(p))?.length ?? 0;
        if ((0,placeholder/* isPlaceholderBody */.u5)(cleaned, prefixLen)) {
            diagnoses.push(diagnosis('placeholder', 'looks like a placeholder or example, not a real key', `Set the real key from ${provider.rotateUrl}.`));
        }
        else if (diagnoses.some((d) => d.code === 'wrong-provider') || truncatedFor) {
            // Said already: the value is another provider's key, or the name's provider's key cut short.
        }
        else if (paddingLost(cleaned, provider)) {
            diagnoses.push(paddingLost(cleaned, provider));
        }
        else if (looksCutShort(cleaned, provider.format)) {
            diagnoses.push(diagnosis('truncated', truncatedMessage(cleaned, provider), formatFix('truncated', provider)));
        }
        else {
            const byCode = new Map();
            for (const p of (0,format_check/* formatProblems */.C5)(cleaned, provider.format, pname))
                byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.message]);
            for (const [code, messages] of byCode)
                diagnoses.push(diagnosis(code, messages.join('; '), formatFix(code, provider)));
        }
    }
    else if ((0,placeholder/* isPlaceholderBody */.u5)(cleaned, 0)) {
        diagnoses.push(diagnosis('placeholder', 'looks like a placeholder or example, not a real key', 'Set the real key.'));
    }
    const conflict = conflictDiagnosis(target.name, target.nameProvider ?? provider, env, knownNames);
    if (conflict)
        diagnoses.push(conflict);
    return { diagnoses, cleaned, dirty: cleaned !== raw, unusable: false };
}
/**
 * The value is `expected`'s key cut short, rather than a key of one of `shaped`: `expected`'s
 * prefix and charset are right and only its end is missing, and no shaped provider claims the
 * value as a whole with a distinctive prefix at least as long as `expected`'s (a whole
 * DeepSeek `sk-` key declared Moonshot is a DeepSeek key, not a cut Moonshot one).
 */
function truncatedOf(value, expected, shaped) {
    if (!expected.format || !looksCutShort(value, expected.format))
        return false;
    const own = (0,format_check/* prefixMatchLength */.o_)(value, expected);
    return !shaped.some((p) => p !== expected && Math.max((0,format_check/* prefixMatchLength */.o_)(value, p), fixedStart(value, p)) >= Math.max(3, own));
}
/** 3 when `provider`'s shape needs the value's first 3 characters as they are (`sk-` of DeepSeek's `sk-[0-9a-f]{32}`), else 0. */
function fixedStart(value, provider) {
    if (value.length < 4)
        return 0;
    const changed = ['AAA', '000', 'zz_'].map((s) => s + value.slice(3));
    return changed.some((v) => (0,format_check/* hasProviderShape */.F1)(v, provider)) ? 0 : 3;
}
/** `padding` when the value is the provider's key but for its lost trailing base64 padding. */
function paddingLost(value, provider) {
    const pad = provider.format?.padding;
    if (!pad || value.endsWith(pad) || (0,format_check/* formatProblems */.C5)(value + pad, provider.format, provider.name).length > 0)
        return undefined;
    return diagnosis('padding', `is missing the trailing \`${pad}\` of ${(0,wording/* withArticle */.vJ)(provider.name)} key (base64 padding lost when it was copied)`, `Copy the key again including the trailing \`${pad}\`, or add \`${pad}\` at the end.`);
}
function truncatedMessage(value, provider) {
    const format = provider.format;
    const min = Math.min(...format.lengths.map(([a]) => a));
    const n = value.length;
    const lengths = format.lengths.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(' or ');
    return n < min
        ? `is ${n} characters long, shorter than ${(0,wording/* withArticle */.vJ)(provider.name)} key (${lengths}): it looks cut off`
        : `is ${n} characters long and ends early: the rest of ${(0,wording/* withArticle */.vJ)(provider.name)} key is missing (it looks cut off)`;
}
/** The value without the separators of a pasted auth header or assignment (keeps everything else in place). */
function withoutPastedSyntax(raw, knownNames) {
    let v = raw.replace(/(?:authorization[ \t]*:[ \t]*)?(?:bearer|token)[ \t]+/gi, '').replace(/authorization[ \t]*:[ \t]*/gi, '');
    const lead = /^[\s"'`]*/.exec(v)[0];
    const assign = (0,clean/* assignmentPrefix */.wD)(v.slice(lead.length), knownNames);
    if (assign)
        v = lead + v.slice(lead.length).slice(assign.length);
    return v;
}
function formatFix(code, provider) {
    switch (code) {
        case 'truncated':
            return `Copy the whole key again (the end is missing), or create a new one at ${provider.rotateUrl}.`;
        case 'bad-checksum':
            return `Copy the key again; if it still fails, create a new one at ${provider.rotateUrl}.`;
        default:
            return `Copy the key again exactly as ${provider.name} shows it, or create a new one at ${provider.rotateUrl}.`;
    }
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rR: () => (/* binding */ liveCheck),
  ml: () => (/* binding */ needsPair)
});

// UNUSED EXPORTS: baseWithPair, buildRequest, interpretResponse, parseExpiry

;// CONCATENATED MODULE: ./src/health/interpret.ts
function rec(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function interpret_text(v) {
    if (typeof v === 'string' && v.trim() !== '')
        return v.trim();
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
const TOKEN_RE = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Error code and message from the common JSON error shapes (OpenAI, Anthropic, Google, Nixtla, GitHub, Slack, FastAPI …). */
function extractProviderError(json) {
    const top = rec(json);
    if (!top)
        return {};
    const out = {};
    const err = rec(top['error']);
    if (err) {
        // OpenAI/Stripe {error:{code,type,message}}, Anthropic {error:{type,message}}, Google {error:{code,status,message,details:[{reason}]}}
        const details = Array.isArray(err['details']) ? err['details'] : [];
        const reason = details.map((d) => interpret_text(rec(d)?.['reason'])).find((r) => r !== undefined);
        const code = interpret_text(err['code']);
        out.code = reason ?? (code && !/^\d+$/.test(code) ? code : undefined) ?? interpret_text(err['status']) ?? interpret_text(err['type']) ?? code;
        out.message = interpret_text(err['message']);
    }
    else if (typeof top['error'] === 'string') {
        // Slack {ok:false,error:"invalid_auth"}, HF {error:"Invalid credentials…"}, OAuth {error, error_description}
        const e = top['error'].trim();
        if (TOKEN_RE.test(e) && /[_]/.test(e))
            out.code = e;
        else
            out.message = e;
        out.message = interpret_text(top['error_description']) ?? out.message;
    }
    if (Array.isArray(top['errors'])) {
        // SendGrid {errors:[{message,field}]}, GraphQL-ish
        const first = rec(top['errors'][0]);
        out.message ??= interpret_text(first?.['message']);
        out.code ??= interpret_text(first?.['code']);
    }
    if (!out.code) {
        const c = interpret_text(top['code']) ?? interpret_text(top['error_code']);
        if (c && !/^\d{3}$/.test(c))
            out.code = c;
    }
    // Nixtla {message:"Invalid API key", details:"Key not found", code:"A12"}: the details say more.
    const details = interpret_text(top['details']);
    const detail = interpret_text(top['detail']) ?? interpret_text(rec(Array.isArray(top['detail']) ? top['detail'][0] : undefined)?.['msg']);
    const message = interpret_text(top['message']);
    if (!out.message)
        out.message = details ?? detail ?? message;
    else if (!err && details)
        out.message = details;
    return out;
}
function clean(s, max) {
    const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** `A12 Key not found`, `invalid_api_key: Incorrect API key provided …`, or the short plain-text body. */
function providerErrorText(res) {
    const { code, message } = extractProviderError(res.json);
    if (code || message) {
        if (code && message)
            return clean(/^[A-Z]{1,4}\d{1,5}$/.test(code) ? `${code} ${message}` : `${code}: ${message}`, 240);
        return clean((code ?? message), 240);
    }
    const body = res.body.trim();
    if (res.json === undefined && body !== '' && body.length <= 200 && !body.startsWith('<'))
        return clean(body, 200);
    return undefined;
}
const QUOTA_RE = /insufficient_quota|exceeded your current quota|quota[ _-]?exceeded|quota[ _-]?exhausted|out of credits|insufficient[ _-]?(?:credits|balance|funds)|billing/i;
const INVALID_KEY_RE = /invalid[ _-]?api[ _-]?key|api[ _-]?key[ _-]?(?:invalid|not valid|not found)|incorrect api key|invalid_auth|not_authed|token_revoked|token_expired|account_inactive|bad credentials|invalid[ _-]?token/i;
/** Header lookup (node lowercases names; records may not). */
function headerOf(res, name) {
    const wanted = name.toLowerCase();
    for (const [k, v] of Object.entries(res.headers))
        if (k.toLowerCase() === wanted)
            return v;
    return undefined;
}
/** The default status mapping. */
function defaultVerdict(res) {
    const detail = providerErrorText(res);
    const withDetail = (status, fallback) => {
        const d = detail ?? fallback;
        return d ? { status, detail: d } : { status };
    };
    const s = res.status;
    const top = rec(res.json);
    if (s >= 200 && s < 300) {
        // Slack answers 200 {ok:false,error:"invalid_auth"}; some APIs {valid:false}.
        if (top && (top['ok'] === false || top['valid'] === false)) {
            const code = interpret_text(top['error']) ?? '';
            if (/ratelimited|rate_limited/.test(code))
                return withDetail('rate-limited');
            if (top['valid'] === false || INVALID_KEY_RE.test(code))
                return withDetail('invalid');
            return withDetail('unknown', `HTTP ${s} with ok:false`);
        }
        return { status: 'valid' };
    }
    if (s === 401)
        return withDetail('invalid', 'HTTP 401 Unauthorized');
    if (s === 402)
        return withDetail('quota-exhausted', 'HTTP 402 Payment Required');
    if (s === 403) {
        if (headerOf(res, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(detail ?? ''))
            return withDetail('rate-limited');
        return withDetail('restricted', 'HTTP 403 Forbidden');
    }
    if (s === 429) {
        const code = extractProviderError(res.json).code ?? '';
        if (QUOTA_RE.test(code) || QUOTA_RE.test(detail ?? '') || QUOTA_RE.test(res.body.slice(0, 4096)))
            return withDetail('quota-exhausted');
        return withDetail('rate-limited', 'HTTP 429 Too Many Requests');
    }
    if (s === 400 && (INVALID_KEY_RE.test(detail ?? '') || /API_KEY_INVALID/.test(res.body.slice(0, 4096))))
        return withDetail('invalid');
    if (s >= 500)
        return withDetail('unknown', `HTTP ${s} from the provider (server error; try again later)`);
    if (s === 404)
        return withDetail('unknown', 'HTTP 404: the endpoint was not found (check the base URL)');
    return withDetail('unknown', `unexpected HTTP ${s}`);
}

// EXTERNAL MODULE: ./src/health/targets.ts
var targets = __webpack_require__(9899);
// EXTERNAL MODULE: ./src/health/transport.ts
var transport = __webpack_require__(4331);
;// CONCATENATED MODULE: ./src/health/live.ts



const PAIR = '{pair}';
/** Whether the check sends the other part of a two-part credential (names `{pair}` anywhere). */
function needsPair(live) {
    if (live.base.includes(PAIR) || live.path.includes(PAIR))
        return true;
    if (live.auth.kind === 'basic' && live.auth.user === PAIR)
        return true;
    if (live.auth.kind === 'header' && (live.auth.prefix?.includes(PAIR) || live.auth.suffix?.includes(PAIR)))
        return true;
    if (live.auth.kind === 'path' && live.auth.template.includes(PAIR))
        return true;
    return Object.values(live.headers ?? {}).some((v) => v.includes(PAIR));
}
/** A base URL with `{pair}` in its host: only a plain host label may go there. */
function baseWithPair(base, pair) {
    if (!base.includes(PAIR))
        return base;
    if (pair === undefined || !/^[A-Za-z0-9-]{1,63}$/.test(pair))
        throw new Error('the other part cannot be a host name label');
    return base.split(PAIR).join(pair.toLowerCase());
}
/** Builds the request for `key`; the key goes only into the auth slot the record names. */
function buildRequest(live, key, baseUrl, opts = {}) {
    const pair = opts.pair;
    if (pair === undefined && needsPair(live))
        throw new Error('this check needs the other part of the credential');
    const withPair = (text, encode = (s) => s) => (pair === undefined ? text : text.split(PAIR).join(encode(pair)));
    let path = withPair(live.path, encodeURIComponent);
    const headers = {
        'user-agent': `keylint/${opts.version ?? transport/* KEYLINT_VERSION */.E_}`,
        accept: 'application/json',
    };
    for (const [name, value] of Object.entries(live.headers ?? {}))
        headers[name] = withPair(value);
    const auth = live.auth;
    switch (auth.kind) {
        case 'bearer':
            headers['authorization'] = `Bearer ${key}`;
            break;
        case 'header':
            headers[auth.name.toLowerCase()] = `${withPair(auth.prefix ?? '')}${key}${withPair(auth.suffix ?? '')}`;
            break;
        case 'query':
            path += `${path.includes('?') ? '&' : '?'}${encodeURIComponent(auth.name)}=${encodeURIComponent(key)}`;
            break;
        case 'path':
            path = withPair(auth.template, encodeURIComponent).split('{key}').join(encodeURIComponent(key));
            break;
        case 'basic': {
            const user = auth.user !== undefined ? withPair(auth.user) : undefined;
            const both = user !== undefined ? `${user}:${key}` : `${key}:`;
            headers['authorization'] = `Basic ${Buffer.from(both, 'utf8').toString('base64')}`;
            break;
        }
    }
    if (live.method === 'POST' && live.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
    }
    const req = { url: (0,targets/* joinUrl */.we)(baseWithPair(baseUrl, pair), path), method: live.method, headers };
    if (live.method === 'POST')
        req.body = live.body ?? '';
    if (opts.timeoutMs !== undefined)
        req.timeoutMs = opts.timeoutMs;
    if (opts.maxBodyBytes !== undefined)
        req.maxBodyBytes = opts.maxBodyBytes;
    return req;
}
function toLiveResponse(res) {
    let json;
    try {
        json = res.body.trim() === '' ? undefined : JSON.parse(res.body);
    }
    catch {
        json = undefined;
    }
    return { status: res.status, headers: res.headers, body: res.body, json };
}
/** Record `interpret` first, then the default mapping; a throwing `interpret` falls back too. */
function interpretResponse(live, res) {
    if (live.interpret) {
        try {
            const v = live.interpret(res);
            if (v)
                return v;
        }
        catch {
            // fall through to the default mapping
        }
    }
    return defaultVerdict(res);
}
/** `2025-01-31 12:00:00 UTC`, `… -0700`, ISO 8601 or an HTTP date, as ISO 8601; undefined when unreadable. */
function parseExpiry(value) {
    if (!value)
        return undefined;
    const v = value.trim();
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})? ?(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/.exec(v);
    let t;
    if (m) {
        const zone = !m[3] || m[3] === 'UTC' || m[3] === 'GMT' || m[3] === 'Z' ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3];
        t = Date.parse(`${m[1]}T${m[2]}${zone}`);
    }
    else
        t = Date.parse(v);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
function scopesOf(res) {
    const h = headerOf(res, 'x-oauth-scopes');
    if (h === undefined)
        return undefined;
    return h
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function redirectHost(res, requestUrl) {
    const loc = res.headers['location'];
    if (!loc)
        return 'an unspecified location';
    try {
        return new URL(loc, requestUrl).host;
    }
    catch {
        return 'an unreadable location';
    }
}
/** One live check. Never throws. */
async function liveCheck(live, key, baseUrl, opts = {}) {
    let req;
    let host;
    if (live.prefixes && !live.prefixes.some((p) => key.startsWith(p))) {
        return { status: 'unknown', httpStatus: null, detail: `only ${live.prefixes.join(', ')} keys can be checked with a request; nothing was sent`, latencyMs: 0, host: safeHost(baseUrl.split(PAIR).join('x')), attempts: 0, notCheckable: true };
    }
    if (opts.pair === undefined && needsPair(live)) {
        return { status: 'unknown', httpStatus: null, detail: 'this check needs the other part of the credential too; nothing was sent', latencyMs: 0, host: safeHost(baseUrl.split(PAIR).join('x')), attempts: 0, missingPair: true };
    }
    try {
        req = buildRequest(live, key, baseUrl, opts);
        host = new URL(req.url).host;
    }
    catch {
        return { status: 'unknown', httpStatus: null, detail: 'the request could not be built from this value', latencyMs: 0, host: safeHost(baseUrl), attempts: 0, unsendable: true };
    }
    const shouldRetry = (res) => {
        if (res.status >= 500 && res.status <= 599)
            return true;
        if (res.status !== 429)
            return false;
        return interpretResponse(live, toLiveResponse(res)).status === 'rate-limited';
    };
    const { outcome, attempts } = await (0,transport/* sendWithRetry */.lx)(req, { ...opts.retry, shouldRetry });
    if (outcome.kind === 'error') {
        return {
            status: 'unknown',
            httpStatus: null,
            detail: outcome.reason,
            latencyMs: outcome.latencyMs,
            host,
            attempts,
            ...(outcome.error === 'invalid-request' ? { unsendable: true } : {}),
        };
    }
    const localTime = Date.now();
    const dateHeader = outcome.headers['date'];
    const serverTime = dateHeader ? Date.parse(dateHeader) : NaN;
    const base = {
        status: 'unknown',
        httpStatus: outcome.status,
        latencyMs: outcome.latencyMs,
        host,
        attempts,
        localTime,
        ...(Number.isNaN(serverTime) ? {} : { serverTime }),
    };
    if (outcome.status >= 300 && outcome.status < 400 && outcome.status !== 304) {
        return { ...base, status: 'unknown', detail: `redirected to ${redirectHost(outcome, req.url)} (redirects are not followed with a key; check the base URL)` };
    }
    const res = toLiveResponse(outcome);
    const verdict = withProviderCode(interpretResponse(live, res), res);
    const scopes = verdict.scopes ?? scopesOf(res);
    const expiresAt = parseExpiry(verdict.expiresAt) ?? parseExpiry(headerOf(res, 'github-authentication-token-expiration'));
    return {
        ...base,
        status: verdict.status,
        ...(verdict.detail ? { detail: verdict.detail } : {}),
        ...(scopes ? { scopes } : {}),
        ...(expiresAt ? { expiresAt } : {}),
    };
}
/** Puts the provider's error code in front of a detail that lacks it (`insufficient_quota: You exceeded …`). */
function withProviderCode(verdict, res) {
    if (!verdict.detail || verdict.status === 'valid')
        return verdict;
    const { code } = extractProviderError(res.json);
    if (!code || verdict.detail.includes(code))
        return verdict;
    return { ...verdict, detail: /^[A-Z]{1,4}\d{1,5}$/.test(code) ? `${code} ${verdict.detail}` : `${code}: ${verdict.detail}` };
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the endpoint';
    }
}


/***/ }),

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ scrub)
/* harmony export */ });
/**
 * Last line of defence for the "never print a secret" rule: removes any copy (or long piece)
 * of a secret from a string that is about to be shown, e.g. a provider's error message that
 * echoes the key back.
 */
/** Pieces of a secret at least this long are removed. */
const MIN_PIECE = 12;
/** Replaces every occurrence of each secret, and every run of >= 12 chars copied from it, with `[REDACTED]`. */
function scrub(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length < 4)
            continue;
        out = out.split(secret).join('[REDACTED]');
        if (secret.length < MIN_PIECE)
            continue;
        out = removePieces(out, secret);
    }
    return out;
}
function removePieces(text, secret) {
    // Index every MIN_PIECE-long window of the secret; scan the text for windows, then extend.
    const windows = new Set();
    for (let i = 0; i + MIN_PIECE <= secret.length; i++)
        windows.add(secret.slice(i, i + MIN_PIECE));
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (i + MIN_PIECE <= text.length && windows.has(text.slice(i, i + MIN_PIECE))) {
            let j = i + MIN_PIECE;
            while (j < text.length && windows.has(text.slice(j - MIN_PIECE + 1, j + 1)))
                j++;
            out += '[REDACTED]';
            i = j;
        }
        else {
            out += text[i];
            i++;
        }
    }
    return out;
}


/***/ }),

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* reexport safe */ _version_js__WEBPACK_IMPORTED_MODULE_2__.x),
/* harmony export */   lx: () => (/* binding */ sendWithRetry),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, classifyError, sendOnce, retryAfterMs */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/**
 * One HTTP(S) request with the guarantees a key-carrying request needs: a deadline, a capped
 * response body, TLS verification always on, redirects never followed (a 3xx comes back as a
 * response), no connection reuse; plus bounded retries with exponential backoff and jitter on
 * 429 / 5xx / transient network errors, honouring `Retry-After`.
 */



const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'EPROTO',
]);
/** Classifies a socket/request error; the reason names the host, never the URL. */
function classifyError(err, host) {
    const e = err;
    const code = typeof e?.code === 'string' ? e.code : '';
    if (code === 'ENOTFOUND')
        return { error: 'dns', reason: `DNS lookup failed: ${host} not found` };
    if (code === 'EAI_AGAIN')
        return { error: 'dns', reason: `DNS lookup for ${host} failed temporarily` };
    if (code === 'ECONNREFUSED')
        return { error: 'refused', reason: `connection to ${host} refused` };
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || /socket hang up|aborted/i.test(String(e?.message ?? ''))) {
        return { error: 'reset', reason: `connection to ${host} was reset` };
    }
    if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.startsWith('CERT_')) {
        return { error: 'tls', reason: `TLS error talking to ${host} (${code}): the certificate could not be verified` };
    }
    if (code === 'ERR_INVALID_CHAR' || code === 'ERR_HTTP_INVALID_HEADER_VALUE' || code === 'ERR_UNESCAPED_CHARACTERS' || code === 'ERR_INVALID_URL') {
        return { error: 'invalid-request', reason: 'the value contains characters that cannot be sent in an HTTP request' };
    }
    return { error: 'network', reason: `network error talking to ${host}${code ? ` (${code})` : ''}` };
}
/** Sends one request. Never throws; never follows redirects; TLS verification always on. */
function sendOnce(req) {
    const started = Date.now();
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const cap = req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    let url;
    try {
        url = new URL(req.url);
    }
    catch {
        return Promise.resolve({ kind: 'error', error: 'invalid-request', reason: 'the request URL is not valid', latencyMs: 0 });
    }
    const host = url.host;
    return new Promise((resolve) => {
        let done = false;
        let request;
        const finish = (outcome) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(outcome);
            request?.destroy();
        };
        const fail = (err) => finish({ kind: 'error', ...classifyError(err, host), latencyMs: Date.now() - started });
        const timer = setTimeout(() => {
            finish({ kind: 'error', error: 'timeout', reason: `no answer from ${host} within ${timeoutMs} ms`, latencyMs: Date.now() - started });
        }, timeoutMs);
        const headers = { ...req.headers };
        if (req.body !== undefined)
            headers['content-length'] = String(Buffer.byteLength(req.body));
        const options = {
            method: req.method,
            headers,
            agent: false,
            rejectUnauthorized: true,
        };
        try {
            const mod = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
            request = mod.request(url, options, (res) => {
                const chunks = [];
                let size = 0;
                let truncated = false;
                const respond = () => {
                    const out = {};
                    for (const [k, v] of Object.entries(res.headers)) {
                        if (v === undefined)
                            continue;
                        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
                    }
                    finish({
                        kind: 'response',
                        status: res.statusCode ?? 0,
                        headers: out,
                        body: Buffer.concat(chunks).toString('utf8'),
                        truncated,
                        latencyMs: Date.now() - started,
                    });
                    res.destroy();
                };
                res.on('data', (chunk) => {
                    if (done)
                        return;
                    const room = cap - size;
                    if (chunk.length >= room) {
                        if (room > 0)
                            chunks.push(chunk.subarray(0, room));
                        size = cap;
                        truncated = true;
                        respond();
                        return;
                    }
                    chunks.push(chunk);
                    size += chunk.length;
                });
                res.on('end', respond);
                res.on('error', fail);
                res.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
            });
            request.on('error', fail);
            if (req.body !== undefined)
                request.write(req.body);
            request.end();
        }
        catch (err) {
            fail(err);
        }
    });
}
/** Seconds or HTTP-date of a `Retry-After` header, as ms from now; undefined when absent/unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d{1,9}(?:\.\d{1,3})?$/.test(v))
        return Math.round(Number(v) * 1000);
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
const RETRYABLE_ERRORS = new Set(['reset', 'refused', 'network']);
function defaultShouldRetry(res) {
    return res.status === 429 || (res.status >= 500 && res.status <= 599);
}
/**
 * Sends with bounded retries. Timeouts and DNS/TLS failures are not retried (a retry would not
 * help within the deadline); resets, refusals, 429 and 5xx are.
 */
async function sendWithRetry(req, policy = {}) {
    const retries = policy.retries ?? 2;
    const base = policy.baseDelayMs ?? 300;
    const maxDelay = policy.maxDelayMs ?? 4_000;
    const budget = policy.maxTotalWaitMs ?? 8_000;
    const random = policy.random ?? Math.random;
    const sleep = policy.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const shouldRetry = policy.shouldRetry ?? defaultShouldRetry;
    let waited = 0;
    let attempt = 0;
    for (;;) {
        const outcome = await sendOnce(req);
        attempt++;
        const retryable = outcome.kind === 'response' ? shouldRetry(outcome) : RETRYABLE_ERRORS.has(outcome.error);
        if (!retryable || attempt > retries)
            return { outcome, attempts: attempt };
        const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.5 + random() * 0.5);
        const hinted = outcome.kind === 'response' ? retryAfterMs(outcome.headers['retry-after']) : undefined;
        const wait = hinted !== undefined ? hinted + random() * 100 : backoff;
        if (waited + wait > budget)
            return { outcome, attempts: attempt };
        waited += wait;
        await sleep(wait);
    }
}


/***/ })

};
