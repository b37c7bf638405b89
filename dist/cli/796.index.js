export const id = 796;
export const ids = [796];
export const modules = {

/***/ 5796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: CHECK_USAGE, parseCheckArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/providers/registry.ts + 18 modules
var registry = __webpack_require__(7131);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/secret.ts
var secret = __webpack_require__(7355);
;// CONCATENATED MODULE: ./src/health/clean.ts
/**
 * What was pasted around a key: whitespace and invisible characters, quotes, an
 * `Authorization: Bearer` prefix, a `NAME=` assignment. `cleanValue` removes all of it so the
 * key can be checked as it was meant to be; the findings say where and what.
 */
/** Kind of a whitespace / non-printing character, or undefined for a printable one. */
function invisibleKind(ch) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x20)
        return 'space';
    if (c === 0x09)
        return 'tab';
    if (c === 0x0a)
        return 'newline';
    if (c === 0x0d)
        return 'carriage return';
    if (c === 0xa0 || c === 0x202f || c === 0x2007)
        return 'non-breaking space';
    if (c === 0xfeff)
        return 'byte-order mark';
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x180e)
        return 'zero-width character';
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return 'control character';
    if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000) {
        return 'other invisible character';
    }
    if (c === 0x00ad || (c >= 0x2061 && c <= 0x206f) || (c >= 0xfff9 && c <= 0xfffb))
        return 'other invisible character';
    return undefined;
}
/** Leading, trailing and inner invisible characters of `value`, grouped by position. */
function findInvisible(value) {
    const chars = Array.from(value);
    let start = 0;
    while (start < chars.length && invisibleKind(chars[start]) !== undefined)
        start++;
    let end = chars.length;
    while (end > start && invisibleKind(chars[end - 1]) !== undefined)
        end--;
    const groups = { leading: new Set(), trailing: new Set(), inner: new Set() };
    chars.forEach((ch, i) => {
        const kind = invisibleKind(ch);
        if (kind === undefined)
            return;
        const where = i < start ? 'leading' : i >= end ? 'trailing' : 'inner';
        groups[where].add(kind);
    });
    const out = [];
    for (const where of ['leading', 'trailing', 'inner']) {
        if (groups[where].size > 0)
            out.push({ where, kinds: [...groups[where]] });
    }
    return out;
}
/** Removes every whitespace / non-printing character. */
function stripInvisible(value) {
    let out = '';
    for (const ch of value)
        if (invisibleKind(ch) === undefined)
            out += ch;
    return out;
}
const QUOTE_PAIRS = [
    ['"', '"'],
    ["'", "'"],
    ['`', '`'],
    ['\u201c', '\u201d'],
    ['\u2018', '\u2019'],
];
const QUOTE_CHARS = new Set(['"', "'", '`', '\u201c', '\u201d', '\u2018', '\u2019']);
/** Which quote characters sit at the start/end of `value` (after invisible characters are removed). */
function quoteEnds(value) {
    const first = value.charAt(0);
    const last = value.charAt(value.length - 1);
    return {
        leading: QUOTE_CHARS.has(first) ? first : undefined,
        trailing: value.length > 1 && QUOTE_CHARS.has(last) ? last : undefined,
    };
}
function stripQuotes(value) {
    let v = value;
    for (let i = 0; i < 2; i++) {
        const pair = QUOTE_PAIRS.find(([open, close]) => v.length >= 2 && v.startsWith(open) && v.endsWith(close));
        if (pair) {
            v = v.slice(1, -1);
            continue;
        }
        const { leading, trailing } = quoteEnds(v);
        if (leading)
            v = v.slice(1);
        if (trailing)
            v = v.slice(0, -1);
        if (!leading && !trailing)
            break;
    }
    return v;
}
/** `Authorization:` / `Bearer ` / `Token ` pasted before the key: the length of that prefix, else 0. */
function authPrefixLength(value) {
    const m = /^(?:authorization[ \t]*:[ \t]*)?(?:bearer|token)[ \t]+/i.exec(value) ?? /^authorization[ \t]*:[ \t]*/i.exec(value);
    return m ? m[0].length : 0;
}
/** True when the value mentions `Bearer ` or `Authorization:` anywhere. */
function hasAuthWords(value) {
    return /bearer[ \t]|authorization[ \t]*:/i.test(value);
}
/**
 * A `NAME=` (or `export NAME=`) pasted before the key. Matches the variable's own name, any
 * of `knownNames`, or an UPPER_SNAKE name with an underscore (base64 padding `abc=` is not one).
 * Returns the matched name and the length to strip, else undefined.
 */
function assignmentPrefix(value, knownNames) {
    const m = /^(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*[=:][ \t]*/.exec(value);
    if (!m)
        return undefined;
    const name = m[1];
    const upperSnake = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/.test(name);
    if (!knownNames.has(name) && !upperSnake)
        return undefined;
    // `KEY:` followed by nothing is not an assignment of a key.
    if (m[0].length >= value.length)
        return undefined;
    return { name, length: m[0].length };
}
/**
 * The value with everything pasted around the key removed: invisible characters, quotes,
 * an assignment, an auth prefix (in any nesting order, a few rounds).
 */
function cleanValue(value, knownNames) {
    let v = value;
    for (let round = 0; round < 4; round++) {
        const before = v;
        v = trimInvisible(stripQuotes(trimInvisible(v)));
        const assign = assignmentPrefix(v, knownNames);
        if (assign)
            v = trimInvisible(stripQuotes(v.slice(assign.length)));
        const auth = authPrefixLength(v);
        if (auth > 0)
            v = v.slice(auth);
        if (v === before)
            break;
    }
    return stripInvisible(v);
}
/** Removes leading and trailing whitespace / non-printing characters. */
function trimInvisible(value) {
    const chars = Array.from(value);
    let start = 0;
    while (start < chars.length && invisibleKind(chars[start]) !== undefined)
        start++;
    let end = chars.length;
    while (end > start && invisibleKind(chars[end - 1]) !== undefined)
        end--;
    return chars.slice(start, end).join('');
}

// EXTERNAL MODULE: ./src/engine/placeholder.ts
var placeholder = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/health/format-check.ts
const anchoredCache = new Map();
/** `^(?:source)$` compiled once; null when the source does not compile. */
function anchored(source, flags = '') {
    const key = `${flags}\u0000${source}`;
    let re = anchoredCache.get(key);
    if (re === undefined) {
        try {
            re = new RegExp(`^(?:${source})$`, flags.replace(/[gy]/g, ''));
        }
        catch {
            re = null;
        }
        anchoredCache.set(key, re);
    }
    return re;
}
function ruleMatchesWhole(rule, value) {
    // Generic detectors and whole-file rules (`.netrc`, key files) say nothing about a provider.
    if (rule.generic || (rule.paths !== undefined && rule.paths.length > 0))
        return false;
    const re = anchored(rule.pattern, rule.flags ?? '');
    if (!re)
        return false;
    const m = re.exec(value);
    if (!m)
        return false;
    if (rule.check) {
        const groups = m.groups ?? {};
        const secret = groups['secret'] ?? (m.length > 1 ? m[1] : m[0]) ?? m[0];
        if (!rule.check(secret, groups))
            return false;
    }
    return true;
}
/** The value is, as a whole, a key of this provider (one of its rules, or `format.full`). */
function hasProviderShape(value, provider) {
    if (!provider.format && provider.envNames.length === 0)
        return false;
    if (provider.rules.some((r) => ruleMatchesWhole(r, value)))
        return true;
    const full = provider.format?.full;
    if (full) {
        const re = anchored(full);
        if (re?.test(value))
            return true;
    }
    return false;
}
function longestPrefix(value, format) {
    let best = 0;
    for (const p of format?.prefixes ?? [])
        if (value.startsWith(p) && p.length > best)
            best = p.length;
    return best;
}
/**
 * Providers whose key shape the whole value has, most specific first (longest known prefix,
 * then registry order).
 */
function providersByShape(value, providers) {
    if (value === '')
        return [];
    const hits = providers.filter((p) => hasProviderShape(value, p));
    return hits
        .map((p, i) => ({ p, i, len: longestPrefix(value, p.format) }))
        .sort((a, b) => b.len - a.len || a.i - b.i)
        .map((x) => x.p);
}
/**
 * Weak inference for a malformed value: the provider with the longest known prefix (at least
 * 3 characters) that the value starts with.
 */
function providerByPrefix(value, providers) {
    let best;
    let bestLen = 2;
    for (const p of providers) {
        const len = longestPrefix(value, p.format);
        if (len > bestLen) {
            best = p;
            bestLen = len;
        }
    }
    return best;
}
function describeChar(ch) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x21 && c <= 0x7e)
        return `'${ch}'`;
    return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}
function lengthsText(lengths) {
    return lengths.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(' or ');
}
/**
 * What is wrong with `value` (already cleaned of pasted noise) for `format`, in the order a
 * user should fix it. Empty when the value has the expected shape.
 */
function formatProblems(value, format, providerName) {
    const problems = [];
    const prefixLen = longestPrefix(value, format);
    if (format.prefixes.length > 0 && prefixLen === 0) {
        problems.push({
            code: 'bad-charset',
            message: `does not start with ${format.prefixes.map((p) => `\`${p}\``).join(' or ')} like a ${providerName} key`,
        });
    }
    let charsetRe = null;
    try {
        charsetRe = new RegExp(`^(?:${format.charset})$`, 'u');
    }
    catch {
        charsetRe = null;
    }
    const body = Array.from(value.slice(prefixLen));
    const padding = format.padding ?? '';
    const bodyToCheck = padding && value.endsWith(padding) ? body.slice(0, body.length - Array.from(padding).length) : body;
    if (charsetRe) {
        const bad = [];
        bodyToCheck.forEach((ch, i) => {
            if (!charsetRe.test(ch))
                bad.push(i);
        });
        if (bad.length > 0) {
            const first = bad[0];
            problems.push({
                code: 'bad-charset',
                message: `has ${bad.length} character${bad.length === 1 ? '' : 's'} a ${providerName} key never contains (first: ${describeChar(bodyToCheck[first])} at position ${prefixLen + first + 1})`,
            });
        }
    }
    const n = value.length;
    if (format.lengths.length > 0 && !format.lengths.some(([a, b]) => n >= a && n <= b)) {
        const min = Math.min(...format.lengths.map(([a]) => a));
        const max = Math.max(...format.lengths.map(([, b]) => b));
        if (n < min) {
            problems.push({ code: 'truncated', message: `is ${n} characters long, shorter than a ${providerName} key (${lengthsText(format.lengths)}): it looks cut off` });
        }
        else {
            problems.push({
                code: 'bad-length',
                message: `is ${n} characters long; a ${providerName} key has ${lengthsText(format.lengths)}${n > max ? ' (extra characters were pasted?)' : ''}`,
            });
        }
    }
    if (padding && !value.endsWith(padding)) {
        problems.push({ code: 'truncated', message: `is missing the trailing \`${padding}\` of a ${providerName} key: it looks cut off` });
    }
    if (problems.length === 0 && format.checksum && !safeChecksum(format.checksum, value)) {
        problems.push({ code: 'bad-checksum', message: `fails the ${providerName} checksum: a character was changed or it is a made-up example` });
    }
    if (problems.length === 0 && format.full) {
        const re = anchored(format.full);
        if (re && !re.test(value))
            problems.push({ code: 'bad-charset', message: `does not have the structure of a ${providerName} key` });
    }
    return problems;
}
function safeChecksum(check, value) {
    try {
        return check(value);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/health/targets.ts



const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,255}/;
const PROVIDER_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Parses `NAME[=PROVIDER][@BASE_URL]`; throws UsageError on a malformed argument. */
function parseTargetSpec(arg) {
    const text = arg.trim();
    const m = NAME_RE.exec(text);
    if (!m)
        throw new types/* UsageError */.e(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
    const spec = { name: m[0] };
    let rest = text.slice(m[0].length);
    if (rest.startsWith('=')) {
        const at = rest.indexOf('@');
        const provider = (at < 0 ? rest.slice(1) : rest.slice(1, at)).trim().toLowerCase();
        if (!PROVIDER_RE.test(provider))
            throw new types/* UsageError */.e(`invalid provider in "${shorten(text)}": expected NAME=PROVIDER with a provider id such as openai`);
        spec.provider = provider;
        rest = at < 0 ? '' : rest.slice(at);
    }
    if (rest.startsWith('@')) {
        spec.baseUrl = validateBaseUrl(rest.slice(1).trim(), `base URL of ${spec.name}`);
        rest = '';
    }
    if (rest !== '')
        throw new types/* UsageError */.e(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
    return spec;
}
/** Parses `--endpoint PROVIDER=URL`. */
function parseEndpoint(value) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new types/* UsageError */.e(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL`);
    const provider = value.slice(0, eq).trim().toLowerCase();
    if (!PROVIDER_RE.test(provider))
        throw new types/* UsageError */.e(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL with a provider id such as openai`);
    return [provider, validateBaseUrl(value.slice(eq + 1).trim(), `--endpoint ${provider}`)];
}
/** An http(s) URL without credentials, query or fragment; returned without a trailing slash. */
function validateBaseUrl(raw, what) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new types/* UsageError */.e(`${what} is not a valid URL (expected http:// or https://)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new types/* UsageError */.e(`${what} must use http or https, not ${url.protocol.replace(':', '')}`);
    if (url.username !== '' || url.password !== '')
        throw new types/* UsageError */.e(`${what} must not contain credentials (user:password@)`);
    if (url.search !== '' || url.hash !== '')
        throw new types/* UsageError */.e(`${what} must not contain a query or fragment`);
    return url.origin + url.pathname.replace(/\/+$/, '');
}
function shorten(s) {
    // Arguments are names and URLs, not secrets; still keep errors to one short line.
    const one = s.replace(/[\r\n\t]/g, ' ');
    return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}
/** Every env var name some provider reads, in registry order. */
function knownEnvNames(providers) {
    const seen = new Set();
    for (const p of providers)
        for (const n of p.envNames)
            seen.add(n);
    return [...seen];
}
/** With no names: every set variable (empty included) whose name a provider reads. */
function defaultSpecs(env, providers) {
    return knownEnvNames(providers)
        .filter((n) => env[n] !== undefined)
        .map((name) => ({ name }));
}
/** Common names people use for a provider, mapped to registry ids. */
const PROVIDER_ALIASES = {
    google: 'google-api-key',
    gemini: 'google-api-key',
    'google-gemini': 'google-api-key',
    timegpt: 'nixtla',
    hf: 'huggingface',
    'hugging-face': 'huggingface',
    gh: 'github',
    togetherai: 'together',
    'together-ai': 'together',
    claude: 'anthropic',
    grok: 'xai',
    'x-ai': 'xai',
    'openai-proxy': 'openai-compatible',
};
/** A provider by id, alias (`google`, `gemini`, `timegpt`, `hf`) or unique id prefix (`google` → `google-api-key`). */
function findProvider(id, providers) {
    const wanted = id.toLowerCase();
    const exact = providers.find((p) => p.id === wanted);
    if (exact)
        return exact;
    const alias = PROVIDER_ALIASES[wanted];
    const viaAlias = alias ? providers.find((p) => p.id === alias) : undefined;
    if (viaAlias)
        return viaAlias;
    return providers.find((p) => p.id.startsWith(`${wanted}-`));
}
/** `--endpoint` keys turned into registry ids; throws UsageError on an unknown provider. */
function canonicalEndpoints(endpoints, providers) {
    const out = new Map();
    for (const [id, url] of endpoints) {
        const p = findProvider(id, providers);
        if (!p)
            throw new types/* UsageError */.e(`unknown provider "${id}" in --endpoint (known: ${providers.map((x) => x.id).join(', ')})`);
        out.set(p.id, url);
    }
    return out;
}
function providersForName(name, providers) {
    return providers.filter((p) => p.envNames.includes(name));
}
/** The live check a provider uses: its own, or (for a provider without one, e.g. a proxy key) that of a provider sharing its env names. */
function liveFor(provider, providers) {
    if (provider.live)
        return { live: provider.live, owner: provider, borrowed: false };
    const sibling = providers.find((p) => p.live !== undefined && p.envNames.some((n) => provider.envNames.includes(n)));
    return sibling?.live ? { live: sibling.live, owner: sibling, borrowed: true } : undefined;
}
function explicitBase(spec, ids, live, opts) {
    if (spec.baseUrl)
        return { url: spec.baseUrl, source: 'argument' };
    for (const id of ids) {
        const url = opts.endpoints?.get(id);
        if (url)
            return { url, source: 'endpoint-flag' };
    }
    for (const envName of live?.baseUrlEnv ?? []) {
        const v = opts.env[envName];
        if (v !== undefined && v.trim() !== '')
            return { url: validateBaseUrl(v.trim(), envName), source: 'env' };
    }
    return undefined;
}
/** Resolves one spec: provider inference and base URL precedence (@URL > --endpoint > SDK env var > official). */
function resolveTarget(spec, opts) {
    const { providers, env } = opts;
    const value = env[spec.name];
    const knownNames = new Set(knownEnvNames(providers));
    const cleaned = value === undefined ? '' : cleanValue(value, knownNames);
    const nameProviders = providersForName(spec.name, providers);
    const nameProvider = nameProviders.find((p) => p.live) ?? nameProviders[0];
    const shaped = providersByShape(cleaned, providers);
    const formatProvider = shaped[0];
    let provider;
    let forced = false;
    if (spec.provider) {
        provider = findProvider(spec.provider, providers);
        if (!provider)
            throw new types/* UsageError */.e(`unknown provider "${spec.provider}" for ${spec.name} (known: ${providers.map((p) => p.id).join(', ')})`);
        forced = true;
    }
    else {
        const agreeing = shaped.find((p) => nameProviders.includes(p));
        if (agreeing)
            provider = agreeing;
        else if (formatProvider && nameProvider) {
            // The name says one provider, the value another. If the author pointed the name's
            // provider at an endpoint (a proxy that accepts such keys), check it there; else check
            // the key with the provider it belongs to.
            const nameLive = liveFor(nameProvider, providers);
            const viaName = explicitBase(spec, [nameProvider.id, nameLive?.owner.id ?? nameProvider.id], nameLive?.live, opts);
            provider = viaName ? nameProvider : formatProvider;
        }
        else if (formatProvider)
            provider = formatProvider;
        else if (nameProviders.length > 0)
            provider = providerByPrefix(cleaned, nameProviders) ?? nameProvider;
        else
            provider = providerByPrefix(cleaned, providers);
    }
    if (!provider && spec.baseUrl)
        provider = providers.find((p) => p.id === 'openai');
    let baseUrl;
    let baseUrlSource;
    if (provider) {
        const lf = liveFor(provider, providers);
        const explicit = explicitBase(spec, lf ? [provider.id, lf.owner.id] : [provider.id], lf?.live, opts);
        if (explicit) {
            baseUrl = explicit.url;
            baseUrlSource = explicit.source;
        }
        else if (lf && !lf.borrowed) {
            baseUrl = validateBaseUrl(lf.live.base, `official base URL of ${provider.id}`);
            baseUrlSource = 'official';
        }
    }
    else if (spec.baseUrl) {
        baseUrl = spec.baseUrl;
        baseUrlSource = 'argument';
    }
    return { name: spec.name, value, provider, forced, nameProvider, formatProvider, baseUrl, baseUrlSource };
}
function resolveTargets(specs, options) {
    const opts = options.endpoints ? { ...options, endpoints: canonicalEndpoints(options.endpoints, options.providers) } : options;
    const seen = new Set();
    const out = [];
    for (const spec of specs) {
        const key = `${spec.name}=${spec.provider ?? ''}@${spec.baseUrl ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(resolveTarget(spec, opts));
    }
    return out;
}
/**
 * Joins a base URL and a request path, dropping a segment overlap: base `https://proxy/v1` and
 * path `/v1/models` give `https://proxy/v1/models` (SDK base URLs usually end in `/v1`).
 */
function joinUrl(base, path) {
    const b = base.replace(/\/+$/, '');
    const q = path.indexOf('?');
    const pathPart = q < 0 ? path : path.slice(0, q);
    const query = q < 0 ? '' : path.slice(q);
    const baseUrl = new URL(b);
    const baseSegs = baseUrl.pathname.split('/').filter((s) => s !== '');
    const pathSegs = pathPart.split('/').filter((s) => s !== '');
    let overlap = 0;
    for (let k = Math.min(baseSegs.length, pathSegs.length); k > 0; k--) {
        if (baseSegs.slice(baseSegs.length - k).join('/') === pathSegs.slice(0, k).join('/')) {
            overlap = k;
            break;
        }
    }
    const segs = [...baseSegs, ...pathSegs.slice(overlap)];
    const trailing = pathPart.endsWith('/') && segs.length > 0 ? '/' : '';
    return `${baseUrl.origin}/${segs.join('/')}${trailing}${query}`;
}

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
    const found = findInvisible(raw);
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
    const values = new Set(set.map((n) => cleanValue(env[n], knownNames)));
    if (values.size < 2)
        return undefined;
    const used = set[0];
    const others = set.filter((n) => n !== used);
    const note = provider.envNote ? ` ${provider.envNote}` : '';
    return diagnosis('conflict', `${list(set)} are all set, to different values; ${providerLabel(provider)} SDKs read ${used} first, so ${list(others)} ${others.length === 1 ? 'is' : 'are'} ignored.${note}`, `Keep one variable (${used}) or give them the same value.`);
}
/** Offline diagnoses of a resolved target. */
function diagnoseTarget(target, ctx) {
    const { env, providers } = ctx;
    const raw = target.value;
    const provider = target.provider;
    const pname = provider ? providerLabel(provider) : 'the provider';
    const knownNames = new Set(knownEnvNames(providers));
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
    const cleaned = cleanValue(raw, knownNames);
    if (raw === '' || cleaned === '') {
        const why = raw === '' ? emptyReason(env) : undefined;
        if (raw !== '') {
            const ws = whitespaceDiagnosis(raw);
            if (ws)
                diagnoses.push(ws);
        }
        diagnoses.push(diagnosis('empty', `${target.name} is set but ${raw === '' ? 'empty' : 'holds no key'}${why ? `: ${why}` : ''}`, why
            ? 'Run this check on push/schedule, or use pull_request_target only with care; forks never receive repository secrets.'
            : `Check that the repository secret exists and is spelled exactly like the name in \${{ secrets.${target.name} }}.`));
        return { diagnoses, cleaned: '', dirty: raw !== '', unusable: true };
    }
    // Spaces that belong to a pasted `Bearer ` / `Authorization:` / `NAME = ` are reported by
    // those diagnoses, not as whitespace.
    const ws = whitespaceDiagnosis(withoutPastedSyntax(raw, knownNames));
    if (ws)
        diagnoses.push(ws);
    const trimmed = trimInvisible(raw);
    const assign = assignmentPrefix(trimmed.replace(/^["'`]/, ''), knownNames);
    const afterAssign = assign ? trimInvisible(trimmed.replace(/^["'`]/, '').slice(assign.length)) : trimmed;
    const q1 = quoteEnds(trimmed);
    const q2 = quoteEnds(afterAssign);
    if (q1.leading || q1.trailing || q2.leading || q2.trailing) {
        diagnoses.push(diagnosis('quoted', 'is wrapped in quotes, which are sent as part of the key', 'Store the key without quotes (quotes belong to shell or YAML syntax, not to the secret).'));
    }
    if (hasAuthWords(raw)) {
        diagnoses.push(diagnosis('bearer-prefix', 'contains an `Authorization:` header or `Bearer ` prefix; clients add that themselves', 'Store only the key: remove "Authorization:" and "Bearer ".'));
    }
    if (assign) {
        diagnoses.push(diagnosis('assignment', `contains an assignment (\`${assign.name}=\`) in front of the key`, `Store only the value after \`${assign.name}=\`.`));
    }
    // Wrong provider: the name says one provider, the value's shape another.
    if (target.formatProvider) {
        const shaped = providersByShape(cleaned, providers);
        const nameProviders = providers.filter((p) => p.envNames.includes(target.name));
        const declared = target.forced ? [provider] : nameProviders;
        if (declared.length > 0 && !shaped.some((p) => declared.includes(p))) {
            const expected = target.forced ? provider : (target.nameProvider ?? declared[0]);
            const viaEndpoint = provider === expected && target.baseUrlSource !== undefined && target.baseUrlSource !== 'official';
            diagnoses.push(diagnosis('wrong-provider', `${target.forced ? `was declared ${expected.id}` : `${target.name} is a ${providerLabel(expected)} variable`}, but the value is a ${providerLabel(target.formatProvider)} key${viaEndpoint ? ` (checked at the configured endpoint, which must accept it)` : ''}`, viaEndpoint
                ? `Make sure the endpoint accepts ${providerLabel(target.formatProvider)} keys, or store a ${providerLabel(expected)} key.`
                : `Store a ${providerLabel(expected)} key in ${target.name}, and put the ${providerLabel(target.formatProvider)} key in ${target.formatProvider.envNames[0] ?? 'its own variable'}.`, viaEndpoint ? 'warning' : 'error'));
        }
    }
    if (provider?.format) {
        const prefixLen = provider.format.prefixes.find((p) => cleaned.startsWith(p))?.length ?? 0;
        if ((0,placeholder/* isPlaceholderBody */.u5)(cleaned, prefixLen)) {
            diagnoses.push(diagnosis('placeholder', 'looks like a placeholder or example, not a real key', `Set the real key from ${provider.rotateUrl}.`));
        }
        else if (!diagnoses.some((d) => d.code === 'wrong-provider')) {
            const byCode = new Map();
            for (const p of formatProblems(cleaned, provider.format, pname))
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
/** The value without the separators of a pasted auth header or assignment (keeps everything else in place). */
function withoutPastedSyntax(raw, knownNames) {
    let v = raw.replace(/(?:authorization[ \t]*:[ \t]*)?(?:bearer|token)[ \t]+/gi, '').replace(/authorization[ \t]*:[ \t]*/gi, '');
    const lead = /^[\s"'`]*/.exec(v)[0];
    const assign = assignmentPrefix(v.slice(lead.length), knownNames);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/health/transport.ts
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
            const mod = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
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

;// CONCATENATED MODULE: ./src/health/live.ts



/** Builds the request for `key`; the key goes only into the auth slot the record names. */
function buildRequest(live, key, baseUrl, opts = {}) {
    let path = live.path;
    const headers = {
        'user-agent': `keylint/${opts.version ?? version/* VERSION */.x}`,
        accept: 'application/json',
        ...(live.headers ?? {}),
    };
    const auth = live.auth;
    switch (auth.kind) {
        case 'bearer':
            headers['authorization'] = `Bearer ${key}`;
            break;
        case 'header':
            headers[auth.name.toLowerCase()] = `${auth.prefix ?? ''}${key}`;
            break;
        case 'query':
            path += `${path.includes('?') ? '&' : '?'}${encodeURIComponent(auth.name)}=${encodeURIComponent(key)}`;
            break;
        case 'path':
            path = auth.template.split('{key}').join(encodeURIComponent(key));
            break;
        case 'basic': {
            const pair = auth.user !== undefined ? `${auth.user}:${key}` : `${key}:`;
            headers['authorization'] = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
            break;
        }
    }
    if (live.method === 'POST' && live.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
    }
    const req = { url: joinUrl(baseUrl, path), method: live.method, headers };
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
    const { outcome, attempts } = await sendWithRetry(req, { ...opts.retry, shouldRetry });
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

;// CONCATENATED MODULE: ./src/health/scrub.ts
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

;// CONCATENATED MODULE: ./src/health/check.ts
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
        else if (ch !== ' ' && invisibleKind(ch) !== undefined)
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
    const providers = options.providers ?? registry/* providers */.r5;
    const env = options.env ?? process.env;
    const now = options.now ?? Date.now;
    const expiryDays = options.expiryDays ?? DEFAULT_EXPIRY_DAYS;
    const failOn = options.failOn ?? new Set();
    const provider = target.provider;
    const offline = diagnoseTarget(target, { providers, env });
    const diagnoses = [...offline.diagnoses];
    const secrets = [target.value ?? '', offline.cleaned].filter((s) => s !== '');
    let status = 'unverified';
    let detail;
    let outcome;
    let onceCleaned = false;
    const lf = provider ? liveFor(provider, providers) : undefined;
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
        detail = `${provider.name} has no side-effect-free check; offline diagnosis only`;
    }
    else if (!target.baseUrl) {
        detail = 'no endpoint configured for this key';
        diagnoses.push(diagnosis('no-endpoint', `this looks like a ${provider.name} key, which only works at the proxy's base URL, and none is set`, `Set the proxy base URL (${lf.live.baseUrlEnv?.[0] ?? 'the SDK base URL variable'}, --endpoint ${provider.id}=URL or ${target.name}@URL); without it the SDK sends the key to ${new URL(lf.live.base).host} and gets 401.`));
    }
    else {
        const liveOpts = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, version: options.version, retry: { retries: options.retries ?? 2, maxTotalWaitMs: options.maxRetryWaitMs ?? 8_000 } };
        const raw = target.value;
        const [rawOutcome, cleanOutcome] = await Promise.all([
            liveCheck(lf.live, raw, target.baseUrl, liveOpts),
            offline.dirty ? liveCheck(lf.live, offline.cleaned, target.baseUrl, liveOpts) : Promise.resolve(undefined),
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
                diagnoses.push(diagnosis('clock-skew', `this machine's clock is ${minutes(skew)} ${skew > 0 ? 'ahead of' : 'behind'} ${timed.host}'s`, 'Sync the clock (NTP); signed requests, token expiry and JWT checks fail with a skewed clock.'));
            }
        }
    }
    const scopes = outcome?.scopes ?? null;
    const expiresAt = outcome?.expiresAt ?? null;
    if (expiresAt) {
        const left = Date.parse(expiresAt) - now();
        if (left < expiryDays * 86_400_000) {
            const days = Math.floor(left / 86_400_000);
            diagnoses.push(diagnosis('expiring', left <= 0 ? `the token expired on ${expiresAt.slice(0, 10)}` : `the token expires on ${expiresAt.slice(0, 10)} (in ${days < 1 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`})`, `Create a new token before then${provider ? ` at ${provider.rotateUrl}` : ''} and update the secret ${target.name}.`));
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
    const clean = (s) => scrub(s, secrets);
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
        redacted: target.value === undefined ? '(unset)' : visible((0,secret/* redact */.E$)(target.value)),
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

;// CONCATENATED MODULE: ./src/health/render.ts
function toHealthJson(results) {
    return {
        version: 1,
        results: results.map((r) => ({
            name: r.name,
            provider: r.provider,
            status: r.status,
            httpStatus: r.httpStatus,
            diagnoses: r.diagnoses.map((d) => ({ code: d.code, message: d.message, fix: d.fix })),
            message: r.message,
            fix: r.fix,
            latencyMs: r.latencyMs,
            checkedAt: r.checkedAt,
            redacted: r.redacted,
        })),
    };
}
function renderHealthJson(results) {
    return `${JSON.stringify(toHealthJson(results), null, 2)}\n`;
}
const MARK = {
    valid: 'ok',
    invalid: 'FAIL',
    restricted: 'FAIL',
    'rate-limited': 'warn',
    'quota-exhausted': 'FAIL',
    unknown: 'warn',
    unverified: '-',
};
function pad(s, n) {
    return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function latency(r) {
    return r.latencyMs === null ? '-' : `${r.latencyMs} ms`;
}
/** Counts per status, e.g. `2 valid, 1 invalid`. */
function statusCounts(results) {
    const counts = new Map();
    for (const r of results)
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
}
/** The terminal report: one table row per secret, then its message, diagnoses and fix. */
function renderHealthText(results) {
    if (results.length === 0)
        return 'No secrets to check: none of the known provider variables is set (name them: keylint check NAME ...).\n';
    const rows = results.map((r) => [
        `${MARK[r.status]} ${r.status}${r.failed && r.status === 'valid' ? ' (!)' : ''}`,
        r.name,
        r.provider ?? '?',
        r.redacted,
        r.httpStatus === null ? '-' : String(r.httpStatus),
        latency(r),
    ]);
    const header = ['STATUS', 'NAME', 'PROVIDER', 'KEY', 'HTTP', 'LATENCY'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ');
    const out = [line(header)];
    results.forEach((r, i) => {
        out.push(line(rows[i]));
        out.push(`    ${r.message}`);
        for (const d of r.diagnoses)
            out.push(`    ${d.severity === 'error' ? 'error' : 'warning'} ${d.code}: ${d.message}`);
        if (r.fix)
            out.push(`    fix: ${r.fix}`);
    });
    const failed = results.filter((r) => r.failed).length;
    out.push('');
    out.push(`${results.length} secret${results.length === 1 ? '' : 's'} checked: ${statusCounts(results)}. ${failed === 0 ? 'All healthy.' : `${failed} unhealthy.`}`);
    return `${out.join('\n')}\n`;
}
const EMOJI = {
    valid: '✅',
    invalid: '❌',
    restricted: '⛔',
    'rate-limited': '⏳',
    'quota-exhausted': '💸',
    unknown: '❔',
    unverified: '➖',
};
function md(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The job-summary table: status, name, provider, redacted key, HTTP status, latency, diagnosis, fix link. */
function renderHealthMarkdown(results) {
    const out = ['### keylint secret health', ''];
    if (results.length === 0) {
        out.push('No secrets to check.');
        return `${out.join('\n')}\n`;
    }
    out.push('| Status | Name | Provider | Key | HTTP | Latency | Diagnosis | Fix |');
    out.push('|---|---|---|---|---|---|---|---|');
    for (const r of results) {
        const diag = [r.message, ...r.diagnoses.map((d) => `\`${d.code}\` ${d.message}`)].map(md).join('<br>');
        const fix = [r.fix ? md(r.fix) : '', r.rotateUrl ? `[rotate key](${r.rotateUrl})` : ''].filter((s) => s !== '').join('<br>');
        out.push(`| ${EMOJI[r.status]} ${r.status} | \`${md(r.name)}\` | ${md(r.providerName ?? r.provider ?? 'unknown')} | \`${md(r.redacted)}\` | ${r.httpStatus ?? '–'} | ${r.latencyMs === null ? '–' : `${r.latencyMs} ms`} | ${diag} | ${fix || '–'} |`);
    }
    const failed = results.filter((r) => r.failed).length;
    out.push('');
    out.push(`${results.length} checked: ${statusCounts(results)}. ${failed === 0 ? 'All healthy.' : `**${failed} unhealthy.**`}`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/health/command.ts
/**
 * `keylint check [NAME[=PROVIDER][@BASE_URL] ...] [--offline] [--endpoint PROVIDER=URL]...
 *   [--format text|json] [--output FILE] [--timeout MS] [--fail-on unknown,rate-limited]
 *   [--expiry-days N] [--concurrency N]`
 */






const CHECK_USAGE = `Usage: keylint check [NAME[=PROVIDER][@BASE_URL] ...] [options]

Checks API keys handed over as environment variables: offline diagnoses (missing, empty,
whitespace, quotes, Bearer prefix, truncated, wrong provider, conflicts, placeholders) and a
side-effect-free request to the provider. With no NAME, checks every set variable that a
known provider reads (OPENAI_API_KEY, GEMINI_API_KEY, GITHUB_TOKEN, ...).

Options:
  --offline                 diagnose only; send no request
  --endpoint PROVIDER=URL   send PROVIDER's keys to URL (repeatable), e.g. openai=https://proxy/v1
  --format text|json        output format (default text)
  --output FILE             write the report to FILE
  --timeout MS              per-request timeout (default 10000)
  --fail-on LIST            also fail on these statuses: unknown, rate-limited, unverified
  --expiry-days N           warn when a token expires within N days (default 14)
  --concurrency N           secrets checked at once (default 24)

Exit status: 0 all healthy, 1 a secret is unhealthy, 2 usage error.
`;
const FAIL_ON_ALLOWED = new Set(['unknown', 'rate-limited', 'unverified', 'quota-exhausted', 'restricted', 'invalid']);
function intOption(flag, value, min, max) {
    if (!/^\d{1,9}$/.test(value))
        throw new types/* UsageError */.e(`${flag} expects a whole number, got "${value.slice(0, 40)}"`);
    const n = Number(value);
    if (n < min || n > max)
        throw new types/* UsageError */.e(`${flag} must be between ${min} and ${max}`);
    return n;
}
/** Parses the arguments after `check`; throws UsageError. */
function parseCheckArgs(args) {
    const out = {
        specs: [],
        offline: false,
        endpoints: new Map(),
        format: 'text',
        output: undefined,
        timeoutMs: 10_000,
        failOn: new Set(),
        expiryDays: 14,
        concurrency: 24,
        help: false,
    };
    const list = [...args];
    if (list[0] === 'check')
        list.shift();
    for (let i = 0; i < list.length; i++) {
        const arg = list[i];
        if (arg === '--') {
            for (const rest of list.slice(i + 1))
                out.specs.push(parseTargetSpec(rest));
            break;
        }
        if (!arg.startsWith('-')) {
            out.specs.push(parseTargetSpec(arg));
            continue;
        }
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
        const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
        const value = () => {
            if (inline !== undefined)
                return inline;
            const v = list[i + 1];
            if (v === undefined || (v.startsWith('--') && v.length > 2))
                throw new types/* UsageError */.e(`${flag} needs a value`);
            i++;
            return v;
        };
        switch (flag) {
            case '-h':
            case '--help':
                out.help = true;
                break;
            case '--offline':
                out.offline = true;
                break;
            case '--endpoint': {
                const [provider, url] = parseEndpoint(value());
                out.endpoints.set(provider, url);
                break;
            }
            case '--format': {
                const f = value();
                if (f !== 'text' && f !== 'json')
                    throw new types/* UsageError */.e(`--format must be text or json, not "${f.slice(0, 40)}"`);
                out.format = f;
                break;
            }
            case '--output':
            case '-o':
                out.output = value();
                break;
            case '--timeout':
                out.timeoutMs = intOption('--timeout', value(), 1, 600_000);
                break;
            case '--expiry-days':
                out.expiryDays = intOption('--expiry-days', value(), 0, 3650);
                break;
            case '--concurrency':
                out.concurrency = intOption('--concurrency', value(), 1, 256);
                break;
            case '--fail-on':
                for (const s of value().split(',').map((x) => x.trim()).filter((x) => x !== '')) {
                    if (!FAIL_ON_ALLOWED.has(s))
                        throw new types/* UsageError */.e(`--fail-on takes unknown, rate-limited or unverified, not "${s.slice(0, 40)}"`);
                    out.failOn.add(s);
                }
                break;
            default:
                throw new types/* UsageError */.e(`unknown option ${flag} for keylint check (see keylint check --help)`);
        }
    }
    return out;
}
function oneLine(s) {
    return s.replace(/[\r\n]+/g, ' ').slice(0, 500);
}
/** Runs `keylint check`; returns the exit code (0 healthy, 1 unhealthy, 2 usage error). */
async function runCheck(args, env, io, providers = registry/* providers */.r5) {
    try {
        const parsed = parseCheckArgs(args);
        if (parsed.help) {
            io.stdout(CHECK_USAGE);
            return 0;
        }
        const specs = parsed.specs.length > 0 ? parsed.specs : defaultSpecs(env, providers);
        const targets = resolveTargets(specs, { providers, env, endpoints: parsed.endpoints });
        const results = await checkSecrets(targets, {
            providers,
            env,
            offline: parsed.offline,
            timeoutMs: parsed.timeoutMs,
            failOn: parsed.failOn,
            expiryDays: parsed.expiryDays,
            concurrency: parsed.concurrency,
        });
        const report = parsed.format === 'json' ? renderHealthJson(results) : renderHealthText(results);
        if (parsed.output) {
            try {
                (0,external_node_fs_.writeFileSync)(parsed.output, report);
            }
            catch (err) {
                const code = err.code;
                throw new types/* UsageError */.e(`cannot write ${parsed.output}${typeof code === 'string' ? ` (${code})` : ''}`);
            }
            if (parsed.format === 'json')
                io.stdout(renderHealthText(results));
            else
                io.stderr(`keylint check: report written to ${parsed.output}\n`);
        }
        else
            io.stdout(report);
        return exitCodeFor(results);
    }
    catch (err) {
        if (err instanceof types/* UsageError */.e) {
            io.stderr(`keylint check: ${oneLine(err.message)}\n`);
            return 2;
        }
        io.stderr(`keylint check: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
        return 2;
    }
}


/***/ })

};
