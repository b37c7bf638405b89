export const id = 280;
export const ids = [280];
export const modules = {

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ cleanValue),
/* harmony export */   l_: () => (/* binding */ quoteEnds),
/* harmony export */   oS: () => (/* binding */ hasAuthWords),
/* harmony export */   qr: () => (/* binding */ invisibleKind),
/* harmony export */   tO: () => (/* binding */ findInvisible),
/* harmony export */   wD: () => (/* binding */ assignmentPrefix),
/* harmony export */   wT: () => (/* binding */ trimInvisible)
/* harmony export */ });
/* unused harmony exports stripInvisible, authPrefixLength */
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


/***/ }),

/***/ 8262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ formatProblems),
/* harmony export */   Dp: () => (/* binding */ providerByPrefix),
/* harmony export */   F1: () => (/* binding */ hasProviderShape),
/* harmony export */   X9: () => (/* binding */ anchored),
/* harmony export */   bR: () => (/* binding */ providersByShape),
/* harmony export */   o_: () => (/* binding */ prefixMatchLength)
/* harmony export */ });
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6010);

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
        if (!rule.check(secret, groups, ''))
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
/** Length of the provider's longest known prefix that `value` starts with (0: none). */
function prefixMatchLength(value, provider) {
    return longestPrefix(value, provider.format);
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
    // A value that starts with a provider's distinctive prefix (`sk-proj-`, `ghp_`) is never a
    // prefix-less key of another provider (a truncated OpenAI key is not a 40-char Cloudflare token).
    const prefixed = longestOf(value, providers) >= 4;
    return hits
        .map((p, i) => ({ p, i, len: longestPrefix(value, p.format) }))
        .filter((x) => !prefixed || x.len > 0)
        .sort((a, b) => b.len - a.len || a.i - b.i)
        .map((x) => x.p);
}
function longestOf(value, providers) {
    let best = 0;
    for (const p of providers)
        best = Math.max(best, longestPrefix(value, p.format));
    return best;
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
            message: `does not start with ${format.prefixes.map((p) => `\`${p}\``).join(' or ')} like ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key`,
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
                message: `has ${bad.length} character${bad.length === 1 ? '' : 's'} ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key never contains (first: ${describeChar(bodyToCheck[first])} at position ${prefixLen + first + 1})`,
            });
        }
    }
    const n = value.length;
    if (format.lengths.length > 0 && !format.lengths.some(([a, b]) => n >= a && n <= b)) {
        const min = Math.min(...format.lengths.map(([a]) => a));
        const max = Math.max(...format.lengths.map(([, b]) => b));
        if (n < min) {
            problems.push({ code: 'truncated', message: `is ${n} characters long, shorter than ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key (${lengthsText(format.lengths)}): it looks cut off` });
        }
        else {
            problems.push({
                code: 'bad-length',
                message: `is ${n} characters long; ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key has ${lengthsText(format.lengths)}${n > max ? ' (extra characters were pasted?)' : ''}`,
            });
        }
    }
    if (padding && !value.endsWith(padding)) {
        problems.push({ code: 'truncated', message: `is missing the trailing \`${padding}\` of ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key: it looks cut off` });
    }
    if (problems.length === 0 && format.checksum && !safeChecksum(format.checksum, value)) {
        problems.push({ code: 'bad-checksum', message: `fails the ${providerName} checksum: a character was changed or it is a made-up example` });
    }
    if (problems.length === 0 && format.full) {
        const re = anchored(format.full);
        if (re && !re.test(value))
            problems.push({ code: 'bad-charset', message: `does not have the structure of ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .withArticle */ .vJ)(providerName)} key` });
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


/***/ }),

/***/ 9899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   Fc: () => (/* binding */ knownEnvNames),
/* harmony export */   P4: () => (/* binding */ pairSpecOf),
/* harmony export */   Pf: () => (/* binding */ canonicalEndpoints),
/* harmony export */   Qq: () => (/* binding */ defaultSpecs),
/* harmony export */   Sf: () => (/* binding */ parseTargetSpec),
/* harmony export */   Sl: () => (/* binding */ liveFor),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   lh: () => (/* binding */ findProvider),
/* harmony export */   qX: () => (/* binding */ providersAtHost),
/* harmony export */   we: () => (/* binding */ joinUrl)
/* harmony export */ });
/* unused harmony exports validateBaseUrl, officialHosts, resolveTarget */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var _clean_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2231);
/* harmony import */ var _format_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8262);



const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,255}/;
const PROVIDER_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Parses `NAME[=PROVIDER][@BASE_URL]`; throws UsageError on a malformed argument. */
function parseTargetSpec(arg) {
    const text = arg.trim();
    const m = NAME_RE.exec(text);
    if (!m)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
    const spec = { name: m[0] };
    let rest = text.slice(m[0].length);
    if (rest.startsWith('=')) {
        const at = rest.indexOf('@');
        const provider = (at < 0 ? rest.slice(1) : rest.slice(1, at)).trim().toLowerCase();
        if (!PROVIDER_RE.test(provider))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`invalid provider in "${shorten(text)}": expected NAME=PROVIDER with a provider id such as openai`);
        spec.provider = provider;
        rest = at < 0 ? '' : rest.slice(at);
    }
    if (rest.startsWith('@')) {
        spec.baseUrl = validateBaseUrl(rest.slice(1).trim(), `base URL of ${spec.name}`);
        rest = '';
    }
    if (rest !== '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
    return spec;
}
/** Parses `--endpoint PROVIDER=URL`. */
function parseEndpoint(value) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL`);
    const provider = value.slice(0, eq).trim().toLowerCase();
    if (!PROVIDER_RE.test(provider))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL with a provider id such as openai`);
    return [provider, validateBaseUrl(value.slice(eq + 1).trim(), `--endpoint ${provider}`)];
}
/** An http(s) URL without credentials, query or fragment; returned without a trailing slash. */
function validateBaseUrl(raw, what) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${what} is not a valid URL (expected http:// or https://)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${what} must use http or https, not ${url.protocol.replace(':', '')}`);
    if (url.username !== '' || url.password !== '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${what} must not contain credentials (user:password@)`);
    if (url.search !== '' || url.hash !== '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${what} must not contain a query or fragment`);
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown provider "${id}" in --endpoint (known: ${providers.map((x) => x.id).join(', ')})`);
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
/** A live check's own base URL, validated (a `{pair}` host label is filled in at request time). */
function officialBase(live, provider) {
    validateBaseUrl(live.base.split('{pair}').join('pair'), `official base URL of ${provider.id}`);
    return live.base.replace(/\/+$/, '');
}
const hostCache = new WeakMap();
/** The hosts of a provider's own API (lower case, no default port); empty for a proxy key. */
function officialHosts(provider) {
    let hosts = hostCache.get(provider);
    if (!hosts) {
        const set = new Set();
        if (provider.live && !provider.live.base.includes('{'))
            set.add(new URL(provider.live.base).host.toLowerCase());
        // Regional twins (api.moonshot.ai next to api.moonshot.cn), hosts of providers without a live check.
        for (const h of provider.hosts ?? [])
            set.add(h.toLowerCase());
        hosts = [...set];
        hostCache.set(provider, hosts);
    }
    return hosts;
}
/** Providers whose own API is served at the host of `url`, in registry order. */
function providersAtHost(url, providers) {
    let host;
    try {
        host = new URL(url).host.toLowerCase();
    }
    catch {
        return [];
    }
    return providers.filter((p) => officialHosts(p).includes(host));
}
/** `--endpoint` for a provider (or the owner of the live check it borrows), else `fallback`, else its official base. */
function baseFor(provider, opts, fallback) {
    const lf = liveFor(provider, opts.providers);
    for (const id of lf ? [provider.id, lf.owner.id] : [provider.id]) {
        const url = opts.endpoints?.get(id);
        if (url)
            return { url, source: 'endpoint-flag' };
    }
    if (fallback)
        return fallback;
    return lf && !lf.borrowed ? { url: officialBase(lf.live, provider), source: 'official' } : undefined;
}
/**
 * A base URL (argument, --endpoint or the SDK's env var) on the official host of a provider says
 * where the key really goes: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.moonshot.cn/v1 is a
 * Moonshot key. Undefined when the host is nobody's own (a proxy) or already the provider's own
 * with a value of its shape. Otherwise:
 * - the value has the host provider's shape (or no known one): the target is pinned to it, and
 *   its live check runs on that host (with its own path) and its format applies;
 * - the value is another provider's key (DeepSeek's, OpenAI's …): `wrong-provider`. When the
 *   variable's own providers do not include that provider, the key is checked at its own
 *   provider's host (nothing is sent to the wrong one) and the diagnosis names the host's
 *   provider as the one the variable serves; else the target is pinned to the host's provider
 *   and checked where the configuration sends it, with the diagnosis saying whose key it is.
 */
function routeByHost(explicit, current, value, nameProviders, shaped, opts) {
    const owners = providersAtHost(explicit.url, opts.providers);
    if (owners.length === 0)
        return undefined;
    const fitting = owners.find((p) => (0,_format_check_js__WEBPACK_IMPORTED_MODULE_1__/* .hasProviderShape */ .F1)(value, p));
    if (fitting === current || (owners.includes(current) && fitting === undefined && shaped.length === 0))
        return undefined;
    const owner = fitting ?? (owners.includes(current) ? current : owners[0]);
    const onHost = (p) => {
        const lf = liveFor(p, opts.providers);
        if (!lf || lf.borrowed)
            return baseFor(p, opts, explicit);
        // The host's own path for its own check: api.moonshot.ai + /v1/users/me/balance.
        const rebased = new URL(explicit.url).origin + new URL(lf.live.base).pathname.replace(/\/+$/, '');
        return baseFor(p, opts, { url: rebased, source: explicit.source });
    };
    if (fitting)
        return { provider: owner, pinned: true, formatProvider: owner, base: onHost(owner) };
    // Whose key is it? A provider the variable's name agrees with, else the first by shape —
    // only a provider with a host of its own (a relay's `sk-` key says nothing about where it belongs).
    const rest = shaped.filter((p) => !owners.includes(p));
    const hosted = (p) => p !== undefined && officialHosts(p).length > 0;
    const named = rest.find((p) => nameProviders.includes(p) && hosted(p));
    const other = named ?? (hosted(rest[0]) ? rest[0] : undefined);
    if (!other) {
        // No known key shape: the host's provider's format says what is wrong with it.
        return owner === current ? undefined : { provider: owner, pinned: true, formatProvider: undefined, base: onHost(owner) };
    }
    if (nameProviders.length > 0 && !nameProviders.includes(other)) {
        return { provider: other, pinned: false, nameProvider: owner, formatProvider: other, base: baseFor(other, opts) };
    }
    return { provider: owner, pinned: true, formatProvider: other, base: onHost(owner) };
}
/** Resolves one spec: provider inference and base URL precedence (@URL > --endpoint > SDK env var > official). */
function resolveTarget(spec, opts) {
    const { providers, env } = opts;
    const value = env[spec.name];
    const knownNames = new Set(knownEnvNames(providers));
    const cleaned = value === undefined ? '' : (0,_clean_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanValue */ .XY)(value, knownNames);
    const nameProviders = providersForName(spec.name, providers);
    const nameProvider = nameProviders.find((p) => p.live) ?? nameProviders[0];
    const byShape = (0,_format_check_js__WEBPACK_IMPORTED_MODULE_1__/* .providersByShape */ .bR)(cleaned, providers);
    // A prefix-less shape (22 base64url characters, 32 hex digits) is weak evidence: with the
    // variable's name naming a provider, it does not say the key is someone else's.
    const named = nameProviders.length > 0 && !byShape.some((p) => nameProviders.includes(p));
    const shaped = named ? byShape.filter((p) => (0,_format_check_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixMatchLength */ .o_)(cleaned, p) > 0) : byShape;
    const formatProvider = shaped[0];
    let provider;
    let forced = false;
    if (spec.provider) {
        provider = findProvider(spec.provider, providers);
        if (!provider)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown provider "${spec.provider}" for ${spec.name} (known: ${providers.map((p) => p.id).join(', ')})`);
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
            provider = (0,_format_check_js__WEBPACK_IMPORTED_MODULE_1__/* .providerByPrefix */ .Dp)(cleaned, nameProviders) ?? nameProvider;
        else
            provider = (0,_format_check_js__WEBPACK_IMPORTED_MODULE_1__/* .providerByPrefix */ .Dp)(cleaned, providers);
    }
    if (!provider && spec.baseUrl)
        provider = providers.find((p) => p.id === 'openai');
    let baseUrl;
    let baseUrlSource;
    let targetNameProvider = nameProvider;
    let targetFormatProvider = formatProvider;
    if (provider) {
        const lf = liveFor(provider, providers);
        const explicit = explicitBase(spec, lf ? [provider.id, lf.owner.id] : [provider.id], lf?.live, opts);
        const routed = explicit && !forced ? routeByHost(explicit, provider, cleaned, nameProviders, shaped, opts) : undefined;
        if (routed) {
            provider = routed.provider;
            forced = routed.pinned;
            if (routed.nameProvider)
                targetNameProvider = routed.nameProvider;
            targetFormatProvider = routed.formatProvider;
            baseUrl = routed.base?.url;
            baseUrlSource = routed.base?.source;
        }
        else if (explicit) {
            baseUrl = explicit.url;
            baseUrlSource = explicit.source;
        }
        else if (lf && !lf.borrowed) {
            baseUrl = officialBase(lf.live, provider);
            baseUrlSource = 'official';
        }
    }
    else if (spec.baseUrl) {
        baseUrl = spec.baseUrl;
        baseUrlSource = 'argument';
    }
    const target = { name: spec.name, value, provider, forced, nameProvider: targetNameProvider, formatProvider: targetFormatProvider, baseUrl, baseUrlSource };
    const pair = provider ? pairFromEnv(provider, env) : undefined;
    if (pair)
        target.pair = pair;
    return target;
}
/** The spec of the other part of a provider's two-part credential (its first rule with one). */
function pairSpecOf(provider) {
    return provider.rules.find((r) => r.pair)?.pair;
}
/** The other part of a two-part credential from the env names its SDKs read it from. */
function pairFromEnv(provider, env) {
    const spec = pairSpecOf(provider);
    for (const name of spec?.envNames ?? []) {
        const v = env[name]?.trim();
        if (v)
            return { name, label: spec.label, value: v };
    }
    return undefined;
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


/***/ }),

/***/ 6010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iP: () => (/* binding */ bothOrAll),
/* harmony export */   vJ: () => (/* binding */ withArticle)
/* harmony export */ });
/* unused harmony export articleFor */
/**
 * Small English helpers for the health check's sentences: the article before a provider name
 * ("an OpenAI key", "a GitHub token", "an SSH key") and "both"/"all" by count.
 */
/** Names read with a leading vowel sound though spelled with a consonant letter (acronyms). */
const VOWEL_SOUND_LETTERS = new Set(['F', 'H', 'L', 'M', 'N', 'R', 'S', 'X']);
/** Spelled with a vowel but read with a consonant sound. */
const CONSONANT_SOUND = /^(?:uni(?!n)|use|usa|uber|euro|one\b|once)/i;
/** `a` or `an` for `word`. */
function articleFor(word) {
    const w = word.trim();
    if (w === '')
        return 'a';
    // An acronym (two or more capitals, or a capital and a digit) is read letter by letter.
    const acronym = /^[A-Z][A-Z0-9]/.test(w) && !/^[A-Z][a-z]/.test(w);
    if (acronym)
        return /^[AEIO]/.test(w) || VOWEL_SOUND_LETTERS.has(w[0]) ? 'an' : 'a';
    if (CONSONANT_SOUND.test(w))
        return 'a';
    return /^[aeiou]/i.test(w) ? 'an' : 'a';
}
/** `word` with its article: `an OpenAI`, `a GitHub`. */
function withArticle(word) {
    return `${articleFor(word)} ${word}`;
}
/** "both" for two, "all" for more (callers say nothing for one). */
function bothOrAll(n) {
    return n === 2 ? 'both' : 'all';
}


/***/ })

};
