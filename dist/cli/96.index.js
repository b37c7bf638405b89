export const id = 96;
export const ids = [96];
export const modules = {

/***/ 1611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ distinctChars),
/* harmony export */   Qi: () => (/* binding */ countDigits),
/* harmony export */   ly: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/*
 * Character statistics of candidate secrets. Every candidate goes through them, so the ASCII
 * case (nearly all) counts into one reused table instead of a Map or Set per call; any other
 * character switches to the general path, which gives the same results.
 */
/** Counts per ASCII code; all zero between calls. */
const counts = new Int32Array(128);
/** ASCII codes seen by the current call, in order of first occurrence. */
const seen = new Uint8Array(128);
/**
 * Counts `value`'s characters into `counts`/`seen` and returns how many distinct ones there
 * are, or -1 (with the table clean) when a character is not ASCII.
 */
function countAscii(value) {
    let distinct = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 128) {
            clear(distinct);
            return -1;
        }
        if (counts[c]++ === 0)
            seen[distinct++] = c;
    }
    return distinct;
}
function clear(distinct) {
    for (let j = 0; j < distinct; j++)
        counts[seen[j]] = 0;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    const n = value.length;
    if (n === 0)
        return 0;
    const distinct = countAscii(value);
    if (distinct < 0)
        return entropyOf(mapCounts(value), n);
    let h = 0;
    for (let j = 0; j < distinct; j++) {
        const p = counts[seen[j]] / n;
        h -= p * Math.log2(p);
    }
    clear(distinct);
    return h;
}
/** How many different characters (code points) `value` has. */
function distinctChars(value) {
    const distinct = countAscii(value);
    if (distinct < 0)
        return new Set(value).size;
    clear(distinct);
    return distinct;
}
function mapCounts(value) {
    const m = new Map();
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        m.set(c, (m.get(c) ?? 0) + 1);
    }
    return m.values();
}
function entropyOf(charCounts, n) {
    let h = 0;
    for (const k of charCounts) {
        const p = k / n;
        h -= p * Math.log2(p);
    }
    return h;
}
function countDigits(value) {
    let d = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 48 && c <= 57)
            d++;
    }
    return d;
}


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u5: () => (/* binding */ isPlaceholderBody),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony export KNOWN_EXAMPLE_VALUES */
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1611);
/**
 * The placeholder gate: values that have the shape of a key but are documentation,
 * templates or filler. Used by the scanner (to drop candidates) and by the health check
 * (to diagnose a secret that was set to a placeholder).
 */

/** Words that mark a value as an example when they appear inside it (case-insensitive). */
const MARKER_WORDS = [
    'example',
    'sample',
    'dummy',
    'placeholder',
    'your_',
    'your-',
    'yourkey',
    'yourapikey',
    'yourtoken',
    'yoursecret',
    'insert',
    'replace',
    'redacted',
    'changeme',
    'fake',
    'xxxx',
    'abcdefgh',
    'abcdefghijklmnopqrstuvwxyz',
    'notreal',
    'not_real',
    'not-real',
    'lorem',
];
/**
 * Keys published in vendors' documentation: valid-looking, yet in thousands of READMEs and tests.
 * (AWS's example key pair, Stripe's docs test key, Telegram's docs bot token, jwt.io's sample.)
 */
const KNOWN_EXAMPLE_VALUES = new Set([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'pk_test_TYooMQauvdEDq54NiTphI7jx',
    '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    // OAuth 2.0 (RFC 6749) and OAuth 1.0 (RFC 5849) example credentials, copied into many docs and tests.
    '2YotnFZFEjr1zCsicMWpAA',
    'tGzv3JOkF0XG5Qx2TlKWIA',
    'SplxlOBeZQQYbYS6WxSbIA',
    '7Fjfp0ZBr1KtDRbnfVdmIw',
    'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    'kd94hf93k423kf44',
    'pfkkdhi9sl3r4s00',
    'nnch734d00sl2jdk',
    'hh5s93j4hdidpola',
    'dpf43f3p2l4k3l03',
    'hdk48Djdsa',
]);
/** Fragments that mark a template or variable reference rather than a literal. */
const TEMPLATE_FRAGMENTS = ['${', '{{', '}}', '<%', '%>', '$(', '...', '…', '****', '####'];
function longestRun(value) {
    let best = value.length > 0 ? 1 : 0;
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        if (value.charCodeAt(i) === value.charCodeAt(i - 1)) {
            run++;
            if (run > best)
                best = run;
        }
        else
            run = 1;
    }
    return best;
}
/** Longest run of characters that step by +1 or -1 (abcdef, 123456, fedcba). */
function longestSequence(value) {
    let best = value.length > 0 ? 1 : 0;
    let run = 1;
    let step = 0;
    for (let i = 1; i < value.length; i++) {
        const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
        if ((d === 1 || d === -1) && (run === 1 || d === step)) {
            step = d;
            run++;
            if (run > best)
                best = run;
        }
        else {
            run = d === 1 || d === -1 ? 2 : 1;
            step = d;
            if (run > best)
                best = run;
        }
    }
    return best;
}
/** `1234-1234-1234`, `abc.abc.abc`: the same 3+ character chunk three times between separators. */
function hasRepeatedChunk(value) {
    const parts = value.split(/[-_.:/]/);
    if (parts.length < 3)
        return false;
    const counts = new Map();
    for (const p of parts) {
        if (p.length < 3)
            continue;
        const n = (counts.get(p) ?? 0) + 1;
        if (n >= 3)
            return true;
        counts.set(p, n);
    }
    return false;
}
/**
 * True when `value` (the whole candidate secret) is a placeholder: it contains an example
 * marker word or template syntax, is wrapped in angle brackets, has a long run of one
 * character or a long alphabetic/numeric sequence, or uses very few distinct characters.
 * Real random keys of 16+ characters essentially never trip these (tested on samples).
 */
function isPlaceholder(value) {
    if (value.length === 0)
        return true;
    if (KNOWN_EXAMPLE_VALUES.has(value))
        return true;
    if (hasRepeatedChunk(value))
        return true;
    const lower = value.toLowerCase();
    for (const w of MARKER_WORDS)
        if (lower.includes(w))
            return true;
    for (const f of TEMPLATE_FRAGMENTS)
        if (value.includes(f))
            return true;
    if (value.startsWith('<') && value.endsWith('>'))
        return true;
    if (/^[*xX.#_-]+$/.test(value))
        return true;
    const n = value.length;
    const run = longestRun(value);
    if (run >= 6 || (n <= 16 && run >= 4))
        return true;
    if (longestSequence(value) >= 7)
        return true;
    const distinct = (0,_entropy_js__WEBPACK_IMPORTED_MODULE_0__/* .distinctChars */ .On)(value);
    if (n >= 12 && distinct <= Math.min(10, Math.max(4, Math.floor(n / 8))))
        return true;
    return false;
}
/** Strips a known prefix (sk-, ghp_ …) before the gate so that `sk-proj-` alone is not judged. */
function isPlaceholderBody(value, prefixLength) {
    return isPlaceholder(value.slice(prefixLength)) || isPlaceholder(value);
}


/***/ }),

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r5: () => (/* binding */ providers)
});

// UNUSED EXPORTS: allRules, getProvider, specificProviders

;// CONCATENATED MODULE: ./src/providers/records/shared.ts
/** Start boundary for base64url-ish tokens: not preceded by a token character. */
const START = '(?<![A-Za-z0-9_-])';
/** End boundary for base64url-ish tokens: not followed by a token character. */
const END = '(?![A-Za-z0-9_-])';
/** Boundaries for plain alphanumeric values (where `_`/`-` may legitimately touch them). */
const START_ALNUM = '(?<![A-Za-z0-9])';
const END_ALNUM = '(?![A-Za-z0-9])';
/** A literal word as a case-insensitive regex source without the `i` flag (`aws` → `[Aa][Ww][Ss]`). */
function ci(word) {
    let out = '';
    for (const ch of word) {
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        out += lo !== up ? `[${up}${lo}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return out;
}
/**
 * A zero-width context requirement placed just before a value: one of `words` ends at most
 * `before` chars before the value, or starts at most `after` chars after the value's start.
 * Both look-arounds are bounded, so the check is constant work per candidate.
 */
function near(words, before, after) {
    const alt = words.map(ci).join('|');
    const parts = [];
    if (before > 0)
        parts.push(`(?<=(?:${alt})[\\s\\S]{0,${before}})`);
    if (after > 0)
        parts.push(`(?=[\\s\\S]{0,${after}}(?:${alt}))`);
    return `(?:${parts.join('|')})`;
}
/**
 * `start` + `context` + `value` + `end`, with a look-ahead for the value's own shape first, so
 * the (costlier) context look-arounds only run where a candidate value actually starts.
 */
function withContext(start, context, value, end) {
    return `${start}(?=${value}${end})${context}${value}${end}`;
}
/** Reads a nested field of a parsed JSON body (`field(json, 'error', 'code')`). */
function field(json, ...path) {
    let cur = json;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** A string field, else undefined. */
function str(json, ...path) {
    const v = field(json, ...path);
    return typeof v === 'string' ? v : undefined;
}
/** Header lookup that ignores case. */
function header(res, name) {
    const wanted = name.toLowerCase();
    for (const [k, v] of Object.entries(res.headers))
        if (k.toLowerCase() === wanted)
            return v;
    return undefined;
}
/** First non-empty detail from the usual error shapes (`error.message`, `message`, `detail`). */
function errorDetail(res) {
    const j = res.json;
    const candidates = [str(j, 'error', 'message'), str(j, 'message'), str(j, 'detail'), str(j, 'error_description'), str(j, 'error')];
    const found = candidates.find((c) => c !== undefined && c.trim() !== '');
    return found ? found.slice(0, 200) : undefined;
}
/** Splits a comma-separated scope header into a list (undefined when absent or empty). */
function scopeList(value) {
    if (value === undefined)
        return undefined;
    const list = value
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return list;
}
/** A verdict with a detail only when there is one (keeps `exactOptionalPropertyTypes`-style output clean). */
function verdict(status, detail) {
    return detail ? { status, detail } : { status };
}

;// CONCATENATED MODULE: ./src/providers/records/ai-inference.ts

const replicate = {
    id: 'replicate',
    name: 'Replicate',
    rules: [
        {
            id: 'replicate-api-token',
            description: 'Replicate API token (r8_ + 37 chars).',
            pattern: `${START}r8_[0-9A-Za-z_-]{37}${END}`,
            keywords: ['r8_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            minEntropy: 3.5,
        },
    ],
    envNames: ['REPLICATE_API_TOKEN'],
    format: { prefixes: ['r8_'], charset: '[0-9A-Za-z_-]', lengths: [[40, 40]], full: 'r8_[0-9A-Za-z_-]{37}' },
    rotateUrl: 'https://replicate.com/account/api-tokens',
    live: { base: 'https://api.replicate.com', path: '/v1/account', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['REPLICATE_BASE_URL'] },
};
const xai = {
    id: 'xai',
    name: 'xAI',
    rules: [
        {
            id: 'xai-api-key',
            description: 'xAI (Grok) API key (xai- + 80 chars).',
            pattern: `${START}xai-[0-9A-Za-z_]{80}${END}`,
            keywords: ['xai-'],
            window: { before: 16, after: 96 },
            confidence: 'high',
        },
    ],
    envNames: ['XAI_API_KEY'],
    format: { prefixes: ['xai-'], charset: '[0-9A-Za-z_]', lengths: [[84, 84]], full: 'xai-[0-9A-Za-z_]{80}' },
    rotateUrl: 'https://console.x.ai/',
    live: {
        base: 'https://api.x.ai',
        path: '/v1/api-key',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: (res) => {
            if (res.status === 400)
                return verdict('invalid', errorDetail(res));
            if (res.status === 200 && res.json?.api_key_blocked === true)
                return verdict('restricted', 'key blocked');
            return undefined;
        },
    },
};
/**
 * Perplexity has no free whoami or model list, and a chat completion costs tokens. The check
 * sends a completion request that is invalid on purpose (an unknown model, no messages):
 * Perplexity authenticates before it validates the request (a 400 for a bad model still shows
 * the key authenticated — ../shared/reference/providers.md §14), so 401 is a bad key, 400 an
 * authenticated one, and nothing is generated or billed.
 */
const perplexity = {
    id: 'perplexity',
    name: 'Perplexity',
    rules: [
        {
            id: 'perplexity-api-key',
            description: 'Perplexity API key (pplx- + 48 alphanumerics).',
            pattern: `${START}pplx-[A-Za-z0-9]{48}${END}`,
            keywords: ['pplx-'],
            window: { before: 16, after: 64 },
            confidence: 'high',
            minEntropy: 4,
            minDigits: 2,
        },
    ],
    envNames: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
    envNote: 'Perplexity\'s SDK reads PERPLEXITY_API_KEY; PPLX_API_KEY is an older convention (LangChain accepts both).',
    format: { prefixes: ['pplx-'], charset: '[A-Za-z0-9]', lengths: [[53, 53]], full: 'pplx-[A-Za-z0-9]{48}' },
    rotateUrl: 'https://www.perplexity.ai/settings/api',
    live: {
        base: 'https://api.perplexity.ai',
        path: '/chat/completions',
        method: 'POST',
        auth: { kind: 'bearer' },
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'keylint-auth-probe', messages: [], max_tokens: 1 }),
        baseUrlEnv: ['PERPLEXITY_BASE_URL'],
        interpret: (res) => {
            if (res.status !== 400 && res.status !== 422)
                return undefined;
            const detail = errorDetail(res);
            // A validation error that is about the key itself is still a bad key.
            if (detail && /api[ _-]?key|unauthori[sz]ed|authenticat|token/i.test(detail))
                return verdict('invalid', detail);
            return { status: 'valid', detail: 'authenticated (the probe request names no real model on purpose: nothing was generated)' };
        },
    },
};
const openrouter = {
    id: 'openrouter',
    name: 'OpenRouter',
    rules: [
        {
            id: 'openrouter-api-key',
            description: 'OpenRouter API key (sk-or-v1- + 64 hex).',
            pattern: `${START}sk-or-v1-[0-9a-f]{64}${END}`,
            keywords: ['sk-or-v1-'],
            window: { before: 16, after: 80 },
            confidence: 'high',
        },
    ],
    envNames: ['OPENROUTER_API_KEY'],
    envNote: 'OpenRouter keys often sit in OPENAI_API_KEY with OPENAI_BASE_URL=https://openrouter.ai/api/v1.',
    format: { prefixes: ['sk-or-v1-'], charset: '[0-9a-f]', lengths: [[73, 73]], full: 'sk-or-v1-[0-9a-f]{64}' },
    rotateUrl: 'https://openrouter.ai/settings/keys',
    live: {
        // Not /models: it is public and proves nothing.
        base: 'https://openrouter.ai',
        path: '/api/v1/key',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: (res) => {
            if (res.status === 402)
                return verdict('quota-exhausted', errorDetail(res));
            if (res.status === 200) {
                const label = str(res.json, 'data', 'label');
                return label ? { status: 'valid', detail: `label ${label}` } : { status: 'valid' };
            }
            return undefined;
        },
    },
};
const fireworks = {
    id: 'fireworks',
    name: 'Fireworks AI',
    rules: [
        {
            id: 'fireworks-api-key',
            description: 'Fireworks AI API key (fw_ + 20–40 alphanumerics; exact length unpublished).',
            pattern: `${START}fw_[A-Za-z0-9]{20,40}${END}`,
            keywords: ['fw_'],
            window: { before: 16, after: 64 },
            confidence: 'medium',
            minEntropy: 3.8,
            minDigits: 2,
        },
    ],
    envNames: ['FIREWORKS_API_KEY'],
    format: { prefixes: ['fw_'], charset: '[A-Za-z0-9]', lengths: [[23, 43]], full: 'fw_[A-Za-z0-9]{20,40}' },
    rotateUrl: 'https://fireworks.ai/account/api-keys',
    live: { base: 'https://api.fireworks.ai', path: '/inference/v1/models?page_size=1', method: 'GET', auth: { kind: 'bearer' } },
};
const aiInferenceRecords = [replicate, xai, perplexity, openrouter, fireworks];

;// CONCATENATED MODULE: ./src/providers/records/ai-platforms.ts

/** A secret-ish word between a provider name and a prefix-less value (`MISTRAL_API_KEY=…`). */
const KEYISH = ['key', 'token', 'secret', 'access', 'private', 'bearer', 'authorization'];
/**
 * A prefix-less `value` preceded (within `span` chars) by `provider` and then a key-ish word,
 * as in `MISTRAL_API_KEY=…` or `mistral: { apiKey: "…" }`. Bounded look-behind: constant work per candidate.
 */
function namedKey(provider, value, span = 64) {
    const keyish = KEYISH.map(ci).join('|');
    return withContext(START_ALNUM, `(?<=${ci(provider)}[\\s\\S]{0,${span}}(?:${keyish})[\\s\\S]{0,${span}})`, value, END_ALNUM);
}
const together = {
    id: 'together',
    name: 'Together AI',
    rules: [
        {
            id: 'together-api-key',
            description: 'Together AI API key (tgp_v1_ + 43 base64url chars).',
            pattern: `${START}tgp_v1_[A-Za-z0-9_-]{43}${END}`,
            keywords: ['tgp_v1_'],
            window: { before: 16, after: 64 },
            confidence: 'high',
        },
        {
            id: 'together-legacy-key',
            description: 'Together AI key in the older 64-hex form, next to a Together variable name.',
            pattern: withContext(START_ALNUM, near(['together'], 40, 0), '[a-f0-9]{64}', END_ALNUM),
            keywords: ['together'],
            window: { before: 8, after: 120 },
            confidence: 'medium',
            minEntropy: 3.2,
        },
    ],
    envNames: ['TOGETHER_API_KEY', 'TOGETHERAI_API_KEY', 'TOGETHER_AI_API_KEY'],
    envNote: 'The together SDK reads TOGETHER_API_KEY only; the other names are conventions of third-party tools.',
    format: { prefixes: ['tgp_v1_'], charset: '[A-Za-z0-9_-]', lengths: [[50, 50], [64, 64]], full: 'tgp_v1_[A-Za-z0-9_-]{43}|[a-f0-9]{64}' },
    rotateUrl: 'https://api.together.ai/settings/api-keys',
    live: {
        base: 'https://api.together.xyz',
        path: '/v1/models',
        method: 'GET',
        auth: { kind: 'bearer' },
        baseUrlEnv: ['TOGETHER_BASE_URL'],
        // A bare 403 comes from the WAF in front of the API, not from the key check.
        interpret: (res) => (res.status === 403 ? verdict('unknown', errorDetail(res) ?? 'blocked by the API firewall') : undefined),
    },
};
/** Nixtla's 401 body: `{"message":"Invalid API key","details":"Key not found","code":"A12",…}`. */
function interpretNixtla(res) {
    const code = str(res.json, 'code');
    const details = str(res.json, 'details') ?? str(res.json, 'detail') ?? str(res.json, 'message');
    if (res.status === 401 || code === 'A12')
        return verdict('invalid', [code, details].filter(Boolean).join(' ') || undefined);
    return undefined;
}
const nixtla = {
    id: 'nixtla',
    name: 'Nixtla TimeGPT',
    rules: [
        {
            id: 'nixtla-api-key',
            description: 'Nixtla TimeGPT API key (nixak- prefix).',
            pattern: `${START}nixak-[A-Za-z0-9]{40,120}${END}`,
            keywords: ['nixak-'],
            window: { before: 16, after: 160 },
            confidence: 'high',
        },
    ],
    envNames: ['NIXTLA_API_KEY', 'TIMEGPT_TOKEN'],
    envNote: 'NixtlaClient reads NIXTLA_API_KEY; TIMEGPT_TOKEN is the legacy name read by the old TimeGPT client (before SDK 0.3.0) and is ignored by current versions.',
    format: { prefixes: ['nixak-'], charset: '[A-Za-z0-9]', lengths: [[46, 126]], full: 'nixak-[A-Za-z0-9]{40,120}' },
    rotateUrl: 'https://dashboard.nixtla.io/',
    live: {
        base: 'https://api.nixtla.io',
        path: '/validate_api_key',
        method: 'GET',
        auth: { kind: 'bearer' },
        baseUrlEnv: ['NIXTLA_BASE_URL'],
        interpret: interpretNixtla,
    },
};
const huggingface = {
    id: 'huggingface',
    name: 'Hugging Face',
    rules: [
        {
            id: 'huggingface-token',
            description: 'Hugging Face user access token (hf_ + 34 chars).',
            pattern: `${START}hf_[A-Za-z0-9]{34}${END}`,
            keywords: ['hf_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            minEntropy: 3.5,
        },
        {
            id: 'huggingface-org-token',
            description: 'Hugging Face organization API token (api_org_ + 34 chars).',
            pattern: `${START}api_org_[A-Za-z0-9]{34}${END}`,
            keywords: ['api_org_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            minEntropy: 3.5,
        },
    ],
    envNames: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HUGGINGFACEHUB_API_TOKEN', 'HF_API_TOKEN'],
    envNote: 'huggingface_hub reads HF_TOKEN first and falls back to the deprecated HUGGING_FACE_HUB_TOKEN; HUGGINGFACEHUB_API_TOKEN is LangChain\'s name.',
    format: { prefixes: ['api_org_', 'hf_'], charset: '[A-Za-z0-9]', lengths: [[37, 37], [42, 42]], full: '(?:hf_|api_org_)[A-Za-z0-9]{34}' },
    rotateUrl: 'https://huggingface.co/settings/tokens',
    live: {
        base: 'https://huggingface.co',
        path: '/api/whoami-v2',
        method: 'GET',
        auth: { kind: 'bearer' },
        baseUrlEnv: ['HF_ENDPOINT'],
        interpret: (res) => {
            if (res.status !== 200)
                return undefined;
            const role = str(res.json, 'auth', 'accessToken', 'role');
            return role ? { status: 'valid', scopes: [role] } : { status: 'valid' };
        },
    },
};
const groq = {
    id: 'groq',
    name: 'Groq',
    rules: [
        {
            id: 'groq-api-key',
            description: 'Groq API key (gsk_ + 52 alphanumerics).',
            pattern: `${START}gsk_[A-Za-z0-9]{52}${END}`,
            keywords: ['gsk_'],
            window: { before: 16, after: 64 },
            confidence: 'high',
        },
    ],
    envNames: ['GROQ_API_KEY'],
    format: { prefixes: ['gsk_'], charset: '[A-Za-z0-9]', lengths: [[56, 56]], full: 'gsk_[A-Za-z0-9]{52}' },
    rotateUrl: 'https://console.groq.com/keys',
    live: { base: 'https://api.groq.com', path: '/openai/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['GROQ_BASE_URL'] },
};
const mistral = {
    id: 'mistral',
    name: 'Mistral AI',
    rules: [
        {
            id: 'mistral-api-key',
            description: 'Mistral API key (32 alphanumerics, no prefix) next to a Mistral key/token name.',
            pattern: namedKey('mistral', '[A-Za-z0-9]{32}'),
            keywords: ['mistral'],
            window: { before: 8, after: 200 },
            confidence: 'medium',
            minEntropy: 3.5,
            minDigits: 2,
        },
    ],
    envNames: ['MISTRAL_API_KEY'],
    format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
    rotateUrl: 'https://console.mistral.ai/api-keys',
    live: { base: 'https://api.mistral.ai', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' } },
};
const deepseek = {
    id: 'deepseek',
    name: 'DeepSeek',
    rules: [
        {
            id: 'deepseek-api-key',
            description: 'DeepSeek API key (sk- + 32 lowercase hex) with "deepseek" nearby (the bare shape is ambiguous).',
            pattern: withContext(START, near(['deepseek'], 120, 200), 'sk-[a-f0-9]{32}', END),
            keywords: ['deepseek'],
            window: { before: 240, after: 240 },
            confidence: 'medium',
            minEntropy: 3,
        },
    ],
    envNames: ['DEEPSEEK_API_KEY'],
    envNote: 'DeepSeek is used through OpenAI SDKs: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.deepseek.com is common.',
    format: { prefixes: ['sk-'], charset: '[a-f0-9]', lengths: [[35, 35]], full: 'sk-[a-f0-9]{32}' },
    rotateUrl: 'https://platform.deepseek.com/api_keys',
    live: {
        base: 'https://api.deepseek.com',
        path: '/user/balance',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: (res) => {
            if (res.status === 402)
                return verdict('quota-exhausted', errorDetail(res));
            if (res.status === 200 && field(res.json, 'is_available') === false)
                return verdict('quota-exhausted', 'balance too low');
            return undefined;
        },
    },
};
const cohere = {
    id: 'cohere',
    name: 'Cohere',
    rules: [
        {
            id: 'cohere-api-key',
            description: 'Cohere API key (40 alphanumerics, no prefix) assigned to a Cohere or CO_API_KEY name.',
            pattern: withContext(START_ALNUM, `${near(['cohere', 'co_api_key'], 64, 0)}(?<=(?:[=:>,(]\\s{0,4}["'\`]?|[Bb]earer\\s{1,4}))`, '[A-Za-z0-9]{40}', END_ALNUM),
            keywords: ['cohere', 'co_api_key'],
            window: { before: 8, after: 160 },
            confidence: 'medium',
            minEntropy: 4,
            minDigits: 2,
        },
    ],
    envNames: ['CO_API_KEY', 'COHERE_API_KEY'],
    envNote: 'The cohere SDK reads CO_API_KEY; COHERE_API_KEY is read by LangChain and other integrations.',
    format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[A-Za-z0-9]{40}' },
    rotateUrl: 'https://dashboard.cohere.com/api-keys',
    live: {
        base: 'https://api.cohere.com',
        path: '/v1/check-api-key',
        method: 'POST',
        auth: { kind: 'bearer' },
        headers: { 'content-type': 'application/json' },
        body: '{}',
        baseUrlEnv: ['CO_API_URL'],
        interpret: (res) => (res.status === 200 && field(res.json, 'valid') === false ? verdict('invalid') : undefined),
    },
};
const aiPlatformRecords = [together, nixtla, huggingface, groq, mistral, deepseek, cohere];

;// CONCATENATED MODULE: ./src/providers/records/anthropic.ts

/** Error bodies are `{"type":"error","error":{"type":"…","message":"…"}}`. */
function interpretAnthropic(res) {
    const type = str(res.json, 'error', 'type');
    const detail = type ? `${type}: ${errorDetail(res) ?? ''}`.trim() : errorDetail(res);
    if (res.status === 404)
        return verdict('invalid', detail); // a key of the other kind sent to this endpoint
    if (res.status === 402 || type === 'billing_error')
        return verdict('quota-exhausted', detail);
    if (res.status === 529 || type === 'overloaded_error')
        return verdict('unknown', detail);
    return undefined;
}
const HEADERS = { 'anthropic-version': '2023-06-01' };
const BODY = '[A-Za-z0-9_-]{93}AA';
const anthropic = {
    id: 'anthropic',
    name: 'Anthropic',
    rules: [
        {
            id: 'anthropic-api-key',
            description: 'Anthropic API key (sk-ant-api03-, 108 chars ending in AA).',
            pattern: `${START}sk-ant-api0[0-9]-${BODY}${END}`,
            keywords: ['sk-ant-api'],
            window: { before: 16, after: 160 },
            confidence: 'high',
        },
    ],
    envNames: ['ANTHROPIC_API_KEY'],
    format: { prefixes: ['sk-ant-api03-'], charset: '[A-Za-z0-9_-]', lengths: [[108, 108]], full: `sk-ant-api0[0-9]-${BODY}` },
    rotateUrl: 'https://console.anthropic.com/settings/keys',
    live: {
        base: 'https://api.anthropic.com',
        path: '/v1/models?limit=1',
        method: 'GET',
        auth: { kind: 'header', name: 'x-api-key' },
        headers: HEADERS,
        baseUrlEnv: ['ANTHROPIC_BASE_URL'],
        interpret: interpretAnthropic,
    },
};
const anthropicAdmin = {
    id: 'anthropic-admin',
    name: 'Anthropic (admin key)',
    rules: [
        {
            id: 'anthropic-admin-key',
            description: 'Anthropic Admin API key (sk-ant-admin01-), which manages the organization.',
            pattern: `${START}sk-ant-admin0[0-9]-${BODY}${END}`,
            keywords: ['sk-ant-admin'],
            window: { before: 16, after: 160 },
            confidence: 'high',
        },
    ],
    envNames: ['ANTHROPIC_ADMIN_KEY'],
    envNote: 'ANTHROPIC_ADMIN_KEY is a convention only; the SDK reads ANTHROPIC_API_KEY, which must not hold an admin key.',
    format: { prefixes: ['sk-ant-admin01-'], charset: '[A-Za-z0-9_-]', lengths: [[110, 110]], full: `sk-ant-admin0[0-9]-${BODY}` },
    rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
    live: {
        base: 'https://api.anthropic.com',
        path: '/v1/organizations/api_keys?limit=1',
        method: 'GET',
        auth: { kind: 'header', name: 'x-api-key' },
        headers: HEADERS,
        interpret: interpretAnthropic,
    },
};
const anthropicRecords = [anthropic, anthropicAdmin];

;// CONCATENATED MODULE: ./src/providers/records/aws.ts
const KEY_ID = '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}';
// A whole token: not glued to URL/identifier punctuation (docs.aws.amazon.com/AWSEC2/latest/… is a path).
const SECRET_START = '(?<![A-Za-z0-9/+._-])';
const SECRET_END = '(?![A-Za-z0-9/+=._-])';
const CONTEXT_WORDS = '(?<![.\\/])[Aa][Ww][Ss](?![.][A-Za-z])|[Ss]ecret_?[Aa]ccess_?[Kk]ey|SECRET_ACCESS_KEY';
/** Documentation keys end in EXAMPLE (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). */
const notExample = (s) => !/EXAMPLE/.test(s);
const aws = {
    id: 'aws',
    name: 'AWS',
    rules: [
        {
            id: 'aws-access-key-id',
            description: 'AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA).',
            pattern: `(?<![A-Za-z0-9])${KEY_ID}(?![A-Za-z0-9])`,
            keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
            window: { before: 8, after: 32 },
            confidence: 'high',
            confidenceOf: (s) => (s.startsWith('ASIA') ? 'medium' : 'high'),
            verify: notExample,
            minEntropy: 3,
        },
        {
            id: 'aws-secret-access-key',
            description: 'AWS secret access key (40 chars) next to an AWS variable name or an access key ID.',
            pattern: 
            // Shape first (40 chars, not a 40-hex git SHA, mixed case like real keys), then context.
            `${SECRET_START}(?=[A-Za-z0-9/+]{40}${SECRET_END})(?![a-f0-9]{40}${SECRET_END})(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])` +
                `(?:(?<=(?:${CONTEXT_WORDS})[\\s\\S]{0,48})|(?<=(?<![A-Za-z0-9])${KEY_ID}[\\s\\S]{0,200})|(?=[\\s\\S]{0,240}(?<![A-Za-z0-9])${KEY_ID}))` +
                `[A-Za-z0-9/+]{40}${SECRET_END}`,
            keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'akia', 'asia'],
            window: { before: 300, after: 300 },
            confidence: 'high',
            verify: notExample,
            minEntropy: 4,
            minDigits: 1,
        },
    ],
    envNames: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
    envNote: 'The SDKs read AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for ASIA keys) before ~/.aws/credentials; AWS_PROFILE selects a profile instead.',
    format: {
        prefixes: [],
        charset: '[A-Za-z0-9/+]',
        lengths: [
            [20, 20],
            [40, 40],
        ],
        full: `${KEY_ID}|[A-Za-z0-9/+]{40}`,
    },
    rotateUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
};
const awsRecords = [aws];

;// CONCATENATED MODULE: ./src/providers/records/jwt.ts
/**
 * Decodes the payload of a JSON Web Token (header.payload.signature, base64url) without
 * verifying it. Returns undefined when the value is not a JWT.
 */
function decodeJwtPayload(value) {
    if (!value.startsWith('eyJ'))
        return undefined;
    const parts = value.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    try {
        const json = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The base64url forms `text` takes inside a longer base64url string, one per alignment (0, 1,
 * 2 bytes before it). Only whole 4-character blocks are kept, so each form is independent of the
 * surrounding bytes: a JWT payload containing `text` contains one of these as a substring.
 */
function base64Infixes(text) {
    const out = [];
    for (let k = 0; k < 3; k++) {
        const enc = Buffer.from('\0'.repeat(k) + text, 'latin1').toString('base64url');
        const first = k === 0 ? 0 : 4;
        const last = Math.floor((k + text.length) / 3) * 4;
        out.push(enc.slice(first, last));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/providers/records/cloud.ts


const digitalocean = {
    id: 'digitalocean',
    name: 'DigitalOcean',
    rules: [
        {
            id: 'digitalocean-token',
            description: 'DigitalOcean personal access token or OAuth access/refresh token (dop_v1_, doo_v1_, dor_v1_).',
            pattern: `${START}do[por]_v1_[a-f0-9]{64}${END}`,
            keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
            window: { before: 16, after: 80 },
            confidence: 'high',
        },
    ],
    envNames: ['DIGITALOCEAN_ACCESS_TOKEN', 'DIGITALOCEAN_TOKEN', 'DO_TOKEN'],
    envNote: 'doctl and the Terraform provider read DIGITALOCEAN_ACCESS_TOKEN (Terraform also DIGITALOCEAN_TOKEN). Refresh tokens (dor_v1_) are not validated: redeeming one has side effects.',
    format: { prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], charset: '[a-f0-9]', lengths: [[71, 71]], full: 'do[por]_v1_[a-f0-9]{64}' },
    rotateUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    live: { base: 'https://api.digitalocean.com', path: '/v2/account', method: 'GET', auth: { kind: 'bearer' } },
};
const doppler = {
    id: 'doppler',
    name: 'Doppler',
    rules: [
        {
            id: 'doppler-token',
            description: 'Doppler token (dp.pt. personal, dp.st. service, dp.ct. CLI, dp.sa. service account, dp.scim., dp.audit.).',
            pattern: `${START}dp\\.(?:pt|st(?:\\.[a-z0-9_-]{2,35})?|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}${END}`,
            keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
            window: { before: 16, after: 96 },
            confidence: 'high',
            minEntropy: 4,
        },
    ],
    envNames: ['DOPPLER_TOKEN'],
    format: { prefixes: ['dp.audit.', 'dp.scim.', 'dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.'], charset: '[A-Za-z0-9._-]', lengths: [[46, 90]] },
    rotateUrl: 'https://dashboard.doppler.com/workplace/tokens',
    live: { base: 'https://api.doppler.com', path: '/v3/me', method: 'GET', auth: { kind: 'bearer' } },
};
const vercel = {
    id: 'vercel',
    name: 'Vercel',
    rules: [
        {
            id: 'vercel-token',
            description: 'Vercel token (vcp_ personal, vci_ integration, vca_/vcr_ app, vck_ AI Gateway).',
            pattern: `${START}vc[picrk]_[A-Za-z0-9]{20,60}${END}`,
            keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
            window: { before: 16, after: 72 },
            confidence: 'high',
            minEntropy: 3.5,
            minDigits: 2,
        },
        {
            id: 'vercel-legacy-token',
            description: 'Legacy Vercel token (24 alphanumerics) assigned to a Vercel token/key name.',
            pattern: withContext(START_ALNUM, `(?<=${ci('vercel')}[\\s\\S]{0,16}(?:${['token', 'key', 'secret', 'access'].map(ci).join('|')})[\\s\\S]{0,32})`, '[A-Za-z0-9]{24}', END_ALNUM),
            keywords: ['vercel'],
            window: { before: 8, after: 96 },
            confidence: 'medium',
            minEntropy: 3.8,
            minDigits: 2,
        },
    ],
    envNames: ['VERCEL_TOKEN', 'AI_GATEWAY_API_KEY'],
    envNote: 'The Vercel CLI reads VERCEL_TOKEN; AI_GATEWAY_API_KEY holds a vck_ AI Gateway key, which the /v2/user check does not accept.',
    format: { prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], charset: '[A-Za-z0-9]', lengths: [[24, 24], [24, 64]], full: 'vc[picrk]_[A-Za-z0-9]{20,60}|[A-Za-z0-9]{24}' },
    rotateUrl: 'https://vercel.com/account/settings/tokens',
    live: {
        base: 'https://api.vercel.com',
        path: '/v2/user',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: (res) => (res.status === 403 ? verdict('invalid', errorDetail(res) ?? 'forbidden') : undefined),
    },
};
const supabase = {
    id: 'supabase',
    name: 'Supabase (access token)',
    rules: [
        {
            id: 'supabase-access-token',
            description: 'Supabase Management API personal access token (sbp_ + 40 chars).',
            pattern: `${START}sbp_[A-Za-z0-9]{40}${END}`,
            keywords: ['sbp_'],
            window: { before: 16, after: 56 },
            confidence: 'high',
            minEntropy: 3.2,
        },
    ],
    envNames: ['SUPABASE_ACCESS_TOKEN'],
    format: { prefixes: ['sbp_'], charset: '[A-Za-z0-9]', lengths: [[44, 44]], full: 'sbp_[A-Za-z0-9]{40}' },
    rotateUrl: 'https://supabase.com/dashboard/account/tokens',
    live: { base: 'https://api.supabase.com', path: '/v1/projects', method: 'GET', auth: { kind: 'bearer' } },
};
/**
 * Project secret keys (sb_secret_, server-side, bypass row-level security). Publishable keys
 * (sb_publishable_) and anon JWTs are public by design and not reported. Checking a secret key
 * needs the project URL: no `live`.
 */
const supabaseSecretKey = {
    id: 'supabase-secret-key',
    name: 'Supabase (project secret key)',
    rules: [
        {
            id: 'supabase-secret-key',
            description: 'Supabase project secret API key (sb_secret_), which bypasses row-level security.',
            pattern: `${START}sb_secret_[A-Za-z0-9_-]{20,100}${END}`,
            keywords: ['sb_secret_'],
            window: { before: 16, after: 120 },
            confidence: 'high',
            minEntropy: 3.5,
        },
    ],
    envNames: ['SUPABASE_SECRET_KEY', 'SUPABASE_SERVICE_ROLE_KEY'],
    envNote: 'supabase-js takes keys in code; SUPABASE_SERVICE_ROLE_KEY holds either a legacy service_role JWT or an sb_secret_ key.',
    format: { prefixes: ['sb_secret_'], charset: '[A-Za-z0-9_-]', lengths: [[30, 110]], full: 'sb_secret_[A-Za-z0-9_-]{20,100}' },
    rotateUrl: 'https://supabase.com/dashboard/project/_/settings/api-keys',
};
/**
 * Legacy project keys are JWTs: `service_role` bypasses row-level security and is a secret;
 * `anon` is public by design and never reported. Checking one needs the project URL: no `live`.
 */
const supabaseServiceRole = {
    id: 'supabase-service-role',
    name: 'Supabase (service_role key)',
    rules: [
        {
            id: 'supabase-service-role-key',
            description: 'Supabase legacy service_role key: a JWT whose payload has "role":"service_role"; it bypasses row-level security.',
            // The payload is matched in its base64url form, in each of its three alignments.
            pattern: `${START}eyJ[A-Za-z0-9_-]{8,400}\\.eyJ[A-Za-z0-9_-]{0,400}?(?:${base64Infixes('"role":"service_role"').join('|')})[A-Za-z0-9_-]{0,400}\\.[A-Za-z0-9_-]{20,400}${END}`,
            keywords: ['eyj'],
            window: { before: 8, after: 1300 },
            confidence: 'high',
            verify: (s) => decodeJwtPayload(s)?.['role'] === 'service_role',
        },
    ],
    envNames: ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_KEY'],
    format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 1300]] },
    rotateUrl: 'https://supabase.com/dashboard/project/_/settings/api',
};
const cloudRecords = [digitalocean, doppler, vercel, supabase, supabaseSecretKey, supabaseServiceRole];

// EXTERNAL MODULE: ./src/engine/entropy.ts
var engine_entropy = __webpack_require__(1611);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
// EXTERNAL MODULE: ./src/engine/placeholder.ts
var placeholder = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/providers/records/generic.ts




/*
 * Generic detectors: private-key blocks, credentials in URLs, secret-looking assignments,
 * Authorization headers and files that are secrets by nature. They find what no provider
 * rule knows; a span a provider rule claims (or rejects) is never reported by these.
 */
// ---------------------------------------------------------------- private keys
/** An Ed25519 PKCS#8 key is 48 bytes: 64 base64 characters. */
const PEM_BODY_MIN = 60;
function pemBodyLooksReal(body) {
    const b64 = body.replace(/\\[nr]|[\s"',+]/g, '').replace(/^(?:[A-Za-z-]+: [^\n]*)+/gm, '');
    let count = 0;
    for (let i = 0; i < b64.length; i++) {
        const c = b64.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61)
            count++;
    }
    if (count < PEM_BODY_MIN)
        return false;
    if (/\.\.\.|…|xxxx|<[a-z ]+>|\$\{|\{\{/i.test(body))
        return false;
    return new Set(b64).size >= 20;
}
/**
 * Encrypted keys are low confidence: `BEGIN ENCRYPTED PRIVATE KEY`, a `Proc-Type: 4,ENCRYPTED`
 * header, or an OpenSSH key whose cipher (named in the clear) is not `none`.
 */
function pemConfidence(body, groups) {
    if (/ENCRYPTED/.test(body) || /ENCRYPTED/.test(groups['kind'] ?? ''))
        return 'low';
    const b64 = body.replace(/\\[nr]|[^A-Za-z0-9+/=]/g, '');
    if (b64.startsWith('b3BlbnNzaC1rZXktdjE')) {
        const head = Buffer.from(b64.slice(0, 64), 'base64').toString('latin1');
        if (!head.includes('none'))
            return 'low';
    }
    return 'high';
}
// ---------------------------------------------------------------- URL credentials
const DEFAULT_PASSWORDS = new Set([
    'password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest',
    'test', 'testing', 'user', 'username', 'demo', 'example', 'pwd', 'qwerty', 'letmein', 'default',
    'redis', 'mongo', 'rabbitmq', 'sa', 'dev', 'development', 'local', 'foobar', 'foo', 'bar', 'pw',
    'token', 'apikey', 'api_key', 'key', 'xxx', 'yyy', 'mypassword', 'yourpassword', 'mysecretpassword',
    'airflow', 'keycloak', 'minio', 'minioadmin', 'docker', 'app', 'dbpass', 'dbpassword', 'db',
]);
function isWeakDefault(value) {
    const lower = value.toLowerCase();
    if (DEFAULT_PASSWORDS.has(lower))
        return true;
    // word + a few digits: password123, admin1, test2024
    const m = /^([a-z_]+?)[0-9!]{0,4}$/.exec(lower);
    return m !== null && DEFAULT_PASSWORDS.has(m[1]);
}
// ---------------------------------------------------------------- generic assignments
/** Name parts after the secret word that make the variable metadata, not a secret. */
const META_SUFFIX = /(?:url|uri|endpoint|path|file|filename|name|id|ids|type|header|prefix|suffix|length|len|size|count|env|var|field|param|hint|policy|version|format|ttl|expiry|expires|expiration|timeout|regex|pattern|label|placeholder|desc|description|title|mode|method|kind|store|provider|manager|service|class|limit|enabled|required|valid|validator|lifetime|duration|age|ref|arn|location|source|index|position|hash|digest|checksum|fingerprint|sha|md5|encoding|algorithm|alg|usage|scope|scopes|hmac|salt|iv|nonce|len|min|max|rotation|field|column|input|output|selector|from|to|list|map|set|dict|helper|factory|builder|fn|func|callback|handler|cache|table|id_token_hint|issuer|audience|status|state|flag)$/;
/** Words before `key` that make it a lookup key rather than a credential. */
const LOOKUP_KEY_PREFIX = /(?:^|[_.-])(?:cache|sort|primary|foreign|partition|range|idempotency|lookup|map|dict|object|row|column|unique|composite|public|publishable|pub|group|route|query|translation|i18n|shortcut|hot|react|list|item|node|storage|bucket|redis|s3|hash|index|sign_in|signin|primary|foreign|dedup|dedupe|event|message|metric|label|tag|attr|attribute|prop|property|field|config|setting|settings|option|options|param|meta|metadata|session_key_prefix|local_storage|sessionstorage|localstorage|state|store|redux|entry|record|table|api_key_header|header|registry|schema|value|data|child|parent|element|component|toggle|feature|flag|json|yaml|dict_key|s3_object|object_key|file|path|blob|image|asset|media|upload|download|env|secret_name|kms|kms_key|kms_key_id|key_vault|vault)_?$/;
function splitWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** Names that hold client-side identifiers by design (Pusher app key, Shopify API key = client id …). */
const PUBLIC_NAME = /(?:^|_)(?:pusher(?:_app)?_key|shopify_(?:api_)?key|algolia_(?:search|search_only)_(?:api_)?key|recaptcha_site_key|site_key|turnstile_site_key|hcaptcha_site_key|mix_pusher_app_key|vite_pusher_app_key|google_maps_(?:api_)?key|maps_api_key|firebase_api_key|sentry_dsn|segment_write_key|posthog_(?:api_)?key|amplitude_(?:api_)?key|mixpanel_token|oauth2?_key)$/;
const SECRET_WORDS = new Set([
    'secret', 'token', 'password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials', 'apikey', 'pass',
]);
const nameCache = new Map();
/**
 * The variable name must say "secret": it ends with a secret word (possibly before `value`/`str`).
 * Memoised: code repeats its names, and this runs for every identifier holding a keyword.
 */
/** Whether `start` follows `(` or `[`, blanks and a quote: `("api_key"` or `['token'`. */
function opensQuotedArgument(text, start) {
    let i = start - 1;
    const q = text.charCodeAt(i);
    if (q !== 34 && q !== 39)
        return false;
    i--;
    while (i >= 0 && start - i <= 16 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i--;
    const open = text.charCodeAt(i);
    return start - i <= 16 && (open === 40 || open === 91);
}
function nameSaysSecret(name) {
    let v = nameCache.get(name);
    if (v === undefined) {
        if (nameCache.size >= 20_000)
            nameCache.clear();
        v = judgeName(name);
        nameCache.set((0,strings/* detach */.Y)(name), v);
    }
    return v;
}
function judgeName(name) {
    const words = splitWords(name);
    while (words.length > 1 && /^(?:value|str|string|b64|base64|raw|plain|prod|production|live|dev|staging|test|v\d|\d+)$/.test(words[words.length - 1])) {
        words.pop();
    }
    const last = words[words.length - 1];
    if (!last)
        return false;
    if (META_SUFFIX.test(last) && !SECRET_WORDS.has(last))
        return false;
    if (words.includes('public') || words.includes('publishable') || words.includes('pub'))
        return false;
    if (PUBLIC_NAME.test(words.join('_')))
        return false;
    if (SECRET_WORDS.has(last))
        return true;
    // Run-together names: requirepass, dbpassword, authtoken, clientsecret, masterkey.
    if (/(?:password|passwd|secret|token|apikey|pwd|requirepass|masterpass|passphrase)$/.test(last))
        return true;
    if (last === 'key') {
        if (words.length === 1)
            return false;
        const before = words.slice(0, -1).join('_');
        return !LOOKUP_KEY_PREFIX.test(before);
    }
    return false;
}
const REFERENCE_VALUE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$-]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:_[a-z0-9]+)+|[A-Za-z]+|[a-z]+(?:-[a-z]+)+|[A-Za-z-]+\.[A-Za-z]{2,5})$/;
function charClasses(value) {
    let lower = 0;
    let upper = 0;
    let digit = 0;
    let other = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 97 && c <= 122)
            lower = 1;
        else if (c >= 65 && c <= 90)
            upper = 1;
        else if (c >= 48 && c <= 57)
            digit = 1;
        else
            other = 1;
    }
    return lower + upper + digit + other;
}
/**
 * Values that are public by design even when assigned to a key-ish name: Stripe publishable
 * keys, Twilio SIDs, OAuth client ids, RevenueCat/Mapbox public SDK keys, Supabase publishable keys.
 */
const PUBLIC_VALUE = /^(?:pk_(?:live|test)_|(?:AC|SK|MG|PN|AP|CA)[0-9a-f]{32}$|[0-9]+-[a-z0-9_]+\.apps\.googleusercontent\.com$|(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{16,40}$|pk\.eyJ|sb_publishable_|G-[A-Z0-9]{6,12}$|UA-\d+-\d+$)/;
/** Base64 of a readable word (`Y2hhbmdlbWU=` is `changeme`) is as much a placeholder as the word. */
function decodesToPlaceholder(value) {
    if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return false;
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    if (!/^[\x20-\x7e]+$/.test(decoded))
        return false;
    return isWeakDefault(decoded) || (0,placeholder/* isPlaceholder */.wK)(decoded) || /^[A-Za-z_.-]+$/.test(decoded);
}
/** Value gate shared by the generic rules: random-looking, not a reference, path, URL or word. */
function valueLooksRandom(raw) {
    // TypeScript's non-null assertion on a reference (process.env.X!), trailing punctuation.
    const value = raw.replace(/[!.,]+$/, '');
    if (value.length < 8)
        return false;
    // Secret-store references: ARNs, GCP resource names, paths to a secret.
    if (/^arn:|^projects\/|(?:^|\/)secrets?\//.test(value))
        return false;
    // A value that spells its role (secretPassword123, abc_ThIsIsAsEcReT) is made up.
    if (/secret|passw|apikey|api_key|token/i.test(value))
        return false;
    if (looksLikeIdentifier(value))
        return false;
    if (value.includes('://') || /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value))
        return false;
    const jwt = decodeJwtPayload(value);
    if (jwt)
        return jwtIsSecret(jwt);
    if (PUBLIC_VALUE.test(value))
        return false;
    if (REFERENCE_VALUE.test(value))
        return false;
    if (decodesToPlaceholder(value))
        return false;
    // References: $VAR, %VAR%, @VAR@ / @Value, {x}, <x>.
    if (/^\$|^%[A-Za-z_]|^@[A-Za-z_][\w.]*@?$|^\{|\}$|^<|>$/.test(value))
        return false;
    if (/^(?:true|false|null|none|nil|undefined|yes|no|on|off)$/i.test(value))
        return false;
    if (isWeakDefault(value))
        return false;
    // Versions, dates, numbers, IPs, MAC addresses.
    if (/^[v\d][\d.:_/-]*$/.test(value))
        return false;
    const classes = charClasses(value);
    const digits = (0,engine_entropy/* countDigits */.Qi)(value);
    const entropy = (0,engine_entropy/* shannonEntropy */.ly)(value);
    if (classes < 2)
        return false;
    if (value.length < 16)
        return entropy >= 2.8 && digits >= 1 && classes >= 3 && !hasShortSequence(value);
    if (digits === 0 && classes < 3)
        return false;
    return entropy >= (value.length >= 32 ? 3.3 : 3.0);
}
/**
 * A code identifier made of word-like pieces (contextToken2, V1SecretVolumeSource,
 * _S_token_subexpr_begin, PublicIpv4Pools) rather than random characters: at least 80 % of its
 * letters sit in pieces of 3+ letters with a vowel, split at `_`, `$`, digits and case changes.
 */
function looksLikeIdentifier(value) {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value))
        return false;
    const pieces = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g) ?? [];
    let letters = 0;
    let wordy = 0;
    let digitRuns = 0;
    for (const p of pieces) {
        // Branch-free count: an operation first run after V8 optimized this function throws the
        // optimized code away (identifiers with digit runs come late in a typical scan).
        const digitRun = /^[0-9]/.test(p);
        digitRuns += digitRun ? 1 : 0;
        if (digitRun)
            continue;
        letters += p.length;
        if (p.length >= 3 && /[aeiouy]/i.test(p) && !(p.length > 5 && p === p.toUpperCase()))
            wordy += p.length;
    }
    return letters > 0 && wordy / letters >= 0.8 && digitRuns <= 2;
}
/** `1234`, `abcd`: a short value with a 4-step sequence is a made-up one. */
function hasShortSequence(value) {
    for (let i = 3; i < value.length; i++) {
        const a = value.charCodeAt(i - 3);
        const d = value.charCodeAt(i - 2) - a;
        if ((d === 1 || d === -1) && value.charCodeAt(i - 1) - value.charCodeAt(i - 2) === d && value.charCodeAt(i) - value.charCodeAt(i - 1) === d)
            return true;
    }
    return false;
}
/** Public JWTs (Supabase anon keys, jwt.io's sample) are not secrets; others are. */
function jwtIsSecret(payload) {
    if (payload['role'] === 'anon')
        return false;
    if (payload['sub'] === '1234567890')
        return false;
    return true;
}
// `=`, `:`, `:=`, `=>`, `<-`, `+=`, a Python/TS type annotation before `=` (`secret: str =`);
// then an optional wrapper such as Go's []byte( or a string prefix (r"…", b'…').
const ASSIGN_OPERATOR = String.raw `["'\]]?[ \t]{0,8}(?::(?!:)[ \t]{0,4}[A-Za-z_][\w.|\[\] ]{0,30}?[ \t]{0,4}=(?!=)|=(?![=~])|:=|:(?!:)|=>|<-|\+=)[ \t]{0,8}(?:\[\]byte\(|bytes\(|Buffer\.from\(|@|[rbuf](?=["'\`]))?(?<q>["'\`]?)`;
// A value is captured atomically (look-ahead + back-reference) so that it cannot be shortened
// to dodge the "not followed by ( or [ or ." check.
const VALUE = String.raw `(?=(?<secret>[^\s"'\`;,<>(){}\[\]\\|]{8,256}))\k<secret>(?![^\s"'\`;,<>){}\]\\|]|\.\w)`;
const genericProviders = [
    {
        id: 'private-key',
        name: 'Private key',
        envNames: ['PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'GPG_PRIVATE_KEY'],
        rotateUrl: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh',
        rules: [
            {
                id: 'private-key',
                description: 'A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP); encrypted keys are reported with low confidence.',
                pattern: String.raw `-----BEGIN(?<kind>[ A-Z0-9]{0,40})PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn])*(?<secret>(?:[^-]|-(?!----)){16,}?)(?:\s|\\[rn])*-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----`,
                keywords: ['private key'],
                // A header with no end line anywhere in reach (docs, truncated pastes) is not a key.
                requires: ['-----END'],
                window: { before: 64, after: 32768 },
                confidence: 'high',
                skipPlaceholderGate: true,
                locateAtMatch: true,
                verify: pemBodyLooksReal,
                confidenceOf: pemConfidence,
            },
        ],
    },
    {
        id: 'url-credentials',
        name: 'Credentials in URL',
        envNames: ['DATABASE_URL', 'REDIS_URL', 'MONGODB_URI', 'AMQP_URL'],
        rotateUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
        rules: [
            {
                id: 'url-password',
                description: 'A password embedded in a URL (scheme://user:password@host).',
                pattern: String.raw `(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://(?<user>[^\s:@/?#'"\`<>\\$%{}]{0,64}):(?![$%{<])(?!\k<user>@)(?<secret>[^\s:@/?#'"\`<>\\]{3,128})@(?<host>[A-Za-z0-9._-]{1,253}|\[[0-9a-fA-F:]+\])`,
                keywords: ['://'],
                requires: ['@'],
                window: { before: 24, after: 240 },
                confidence: 'medium',
                generic: true,
                check: (secret, g) => {
                    const host = (g['host'] ?? '').toLowerCase();
                    // Loopback and documentation hosts; internal names (db, *.svc.cluster.local) are real.
                    if (/^(?:localhost|127\.|0\.0\.0\.0|\[::1\]|host$|hostname$|your[-_]?host|example\.|.*\.(?:example|invalid|test|localhost)$)/.test(host))
                        return false;
                    if (isWeakDefault(secret))
                        return false;
                    if (/^\*+$|^(?:%2a)+$/i.test(secret))
                        return false;
                    return (0,engine_entropy/* shannonEntropy */.ly)(secret) >= 2.0;
                },
            },
        ],
    },
    {
        id: 'generic',
        name: 'Generic secret',
        envNames: [],
        rotateUrl: 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions',
        rules: [
            {
                id: 'generic-secret-assignment',
                description: 'A random-looking value assigned to a variable, key or flag whose name says it is a secret (api_key, client_secret, token, password …).',
                // Anchored at the identifier that holds the keyword: the engine checks the name, then
                // runs this once, right after it.
                pattern: String.raw `${ASSIGN_OPERATOR}${VALUE}`,
                anchor: { name: nameSaysSecret, next: `"']: \t=<+` },
                keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
                window: { before: 64, after: 300 },
                confidence: 'medium',
                generic: true,
                check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
            },
            {
                id: 'authorization-header',
                description: 'A credential in an Authorization header (Bearer, token or Basic).',
                pattern: String.raw `(?:authorization|bearer)["']?[ \t]{0,8}[:=]?[ \t]{0,8}["']?(?:bearer|token|basic)?[ \t]+(?<secret>[A-Za-z0-9_~+/.=-]{16,512})(?![A-Za-z0-9_~+/.=-])`,
                flags: 'i',
                keywords: ['authorization', 'bearer'],
                window: { before: 8, after: 600 },
                confidence: 'medium',
                generic: true,
                check: (secret) => valueLooksRandom(secret),
            },
            {
                id: 'generic-secret-flag',
                description: 'A random-looking value passed to a command-line flag whose name says it is a secret (--password, --requirepass, --api-key …).',
                pattern: String.raw `(?:=|["']?[ \t]+|["'][ \t]{0,4},[ \t]{0,4})(?<q>["']?)${VALUE}`,
                anchor: { prefix: '--', name: nameSaysSecret, next: `="' \t` },
                keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'pass'],
                window: { before: 64, after: 300 },
                confidence: 'medium',
                generic: true,
                check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
            },
            {
                id: 'generic-secret-pair',
                description: "A secret as the second element of a two-element group whose first names it: define('DB_PASSWORD', '…'), ('api_key', '…').",
                pattern: String.raw `["'][ \t]{0,8},[ \t]{0,8}(?<q>["'\`])${VALUE}["'\`][ \t]{0,8}[)\]]`,
                anchor: { prefix: opensQuotedArgument, name: nameSaysSecret, next: `"'` },
                keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
                confidence: 'medium',
                generic: true,
                check: (secret) => valueLooksRandom(secret),
            },
            {
                id: 'generic-key-value-pair',
                description: 'A secret in a key/value pair whose key names a secret ({"key": "apiToken", "value": "…"}, <add key="ApiKey" value="…"/>).',
                pattern: String.raw `(?<![A-Za-z0-9_])["']?key["']?[ \t]*[:=][ \t]*["'](?<name>[A-Za-z0-9_.-]{1,60})["'][ \t]*,?[ \t]*["']?value["']?[ \t]*[:=][ \t]*["']${VALUE}`,
                flags: 'i',
                keywords: ['key'],
                window: { before: 8, after: 320 },
                requires: ['value'],
                confidence: 'medium',
                generic: true,
                check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
            },
            {
                id: 'sql-password',
                description: "A password in SQL (CREATE USER … WITH PASSWORD '…', IDENTIFIED BY '…').",
                pattern: String.raw `(?:\bwith[ \t]+(?:encrypted[ \t]+)?password|\bidentified[ \t]+(?:with[ \t]+\w+[ \t]+)?by|\bpassword[ \t]*=)[ \t]*'(?<secret>[^'\s]{6,128})'`,
                flags: 'i',
                keywords: ['password', 'identified'],
                // `with encrypted password` starts 15 characters before the keyword.
                window: { before: 24, after: 200 },
                requires: ["'"],
                confidence: 'medium',
                generic: true,
                check: (secret) => valueLooksRandom(secret),
            },
        ],
    },
    {
        id: 'secret-file',
        name: 'Secret file',
        envNames: [],
        rotateUrl: 'https://docs.github.com/en/code-security/secret-scanning/working-with-secret-scanning-and-push-protection',
        rules: [
            {
                id: 'ivy-key-file',
                description: 'An Ivy API key file (~/.ivy/key.pem) committed to the repository.',
                pattern: String.raw `^[ \t]*(?<secret>[A-Za-z0-9+/_-]{20,}={0,2})[ \t]*\r?$`,
                flags: 'm',
                keywords: [],
                paths: ['.ivy/key.pem'],
                confidence: 'high',
            },
            {
                id: 'netrc-password',
                description: 'A password or token in a .netrc file.',
                pattern: String.raw `\bpassword[ \t]+(?<secret>[^\s]{6,256})`,
                keywords: [],
                paths: ['.netrc', '_netrc'],
                confidence: 'high',
                generic: true,
                check: (secret) => !(0,placeholder/* isPlaceholder */.wK)(secret) && !isWeakDefault(secret),
            },
            {
                id: 'pgpass-password',
                description: 'A password in a PostgreSQL .pgpass file (host:port:db:user:password).',
                pattern: String.raw `^[^:#\s]+:[^:\s]+:[^:\s]+:[^:\s]+:(?<secret>[^\s]{4,256})\r?$`,
                flags: 'm',
                keywords: [],
                paths: ['.pgpass'],
                confidence: 'high',
                generic: true,
                check: (secret) => !(0,placeholder/* isPlaceholder */.wK)(secret) && !isWeakDefault(secret),
            },
            {
                id: 'docker-config-auth',
                description: 'A registry credential (base64 user:password) in a Docker config.json.',
                pattern: String.raw `"auth"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9+/]{12,}={0,2})"`,
                keywords: [],
                paths: ['.docker/config.json', '.dockercfg'],
                confidence: 'high',
                verify: (secret) => Buffer.from(secret, 'base64').toString('latin1').includes(':'),
            },
        ],
    },
];

;// CONCATENATED MODULE: ./src/providers/checksum.ts
/**
 * Offline checksums of prefixed tokens. Classic GitHub tokens (`ghp_ gho_ ghu_ ghs_ ghr_`)
 * and npm tokens (`npm_`) are a 4-char prefix, a 30-char random body and 6 chars that encode
 * CRC32(body) in base62 (alphabet 0-9A-Za-z, zero-padded). A value whose tail does not match
 * was typed by hand or edited: a documentation sample, not a leaked token.
 */
const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, as zlib) of the UTF-8 bytes of `text`, as an unsigned 32-bit number. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** Base62 encoding of a non-negative integer, left-padded with `0` to `width`. */
function base62Encode(value, width = 0) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError('base62Encode needs a non-negative safe integer');
    let out = '';
    let v = value;
    do {
        out = BASE62_ALPHABET[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
/** Base62 decoding; undefined when `text` holds a character outside the alphabet. */
function base62Decode(text) {
    let v = 0;
    for (const ch of text) {
        const d = BASE62_ALPHABET.indexOf(ch);
        if (d < 0)
            return undefined;
        v = v * 62 + d;
    }
    return v;
}
/** Prefixes whose tokens carry the CRC32 tail. */
const CHECKSUM_PREFIXES = (/* unused pure expression or super */ null && (['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']));
const CHECKSUMMED = /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/;
/**
 * True when `token` is a classic GitHub or npm token (prefix + 36 alphanumerics) whose last
 * 6 chars are the base62 CRC32 of the 30 chars between the prefix and them.
 */
function hasValidGithubChecksum(token) {
    if (!CHECKSUMMED.test(token))
        return false;
    const body = token.slice(4, -6);
    return base62Decode(token.slice(-6)) === crc32(body);
}
/** The 6-char checksum tail for a 30-char body. */
function checksumTail(body) {
    return base62Encode(crc32(body), 6);
}
/**
 * Builds a token with a correct checksum from a prefix (`ghp_`, `npm_` …) and a 30-char
 * alphanumeric body. Used by the labelled samples so that no real-looking token is a literal.
 */
function withChecksum(prefix, body) {
    if (!/^[A-Za-z0-9]{30}$/.test(body))
        throw new RangeError('withChecksum needs a 30-char alphanumeric body');
    return prefix + body + checksumTail(body);
}

;// CONCATENATED MODULE: ./src/providers/records/github.ts
/** GitHub tokens: classic prefixed tokens (with CRC32 tail), fine-grained PATs, new installation tokens. */


const CLASSIC = /^gh[pousr]_[A-Za-z0-9]{36}$/;
/** GitHub's expiry header reads `2026-03-01 12:00:00 UTC` (or with a numeric offset). */
function githubExpiryToIso(value) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return undefined;
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const date = new Date(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
/** Rate limits come as 403 or 429 with `x-ratelimit-remaining: 0` or a secondary-limit message. */
function interpretGitHub(res) {
    const detail = errorDetail(res);
    if ((res.status === 403 || res.status === 429) && (header(res, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(detail ?? ''))) {
        return verdict('rate-limited', detail);
    }
    if (res.status >= 200 && res.status < 300) {
        const out = { status: 'valid' };
        const scopes = scopeList(header(res, 'x-oauth-scopes'));
        if (scopes)
            out.scopes = scopes;
        const expiry = header(res, 'github-authentication-token-expiration');
        const iso = expiry ? githubExpiryToIso(expiry) : undefined;
        if (iso)
            out.expiresAt = iso;
        return out;
    }
    return undefined;
}
const github = {
    id: 'github',
    name: 'GitHub',
    rules: [
        {
            id: 'github-classic-token',
            description: 'GitHub token in the prefixed format (ghp_ PAT, gho_ OAuth, ghu_/ghs_ app, ghr_ refresh) with a valid CRC32 tail.',
            pattern: `${START}gh[pousr]_[A-Za-z0-9]{36}${END}`,
            keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            verify: hasValidGithubChecksum,
            // A random 36-char tail that also satisfies CRC32 is not a hand-written placeholder.
            skipPlaceholderGate: true,
        },
        {
            id: 'github-fine-grained-pat',
            description: 'GitHub fine-grained personal access token (github_pat_ + 82 chars).',
            pattern: `${START}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`,
            keywords: ['github_pat_'],
            window: { before: 16, after: 112 },
            confidence: 'high',
        },
        {
            id: 'github-app-installation-token',
            description: 'GitHub App installation token in the long format (ghs_<app id>_<JWT>).',
            pattern: `${START}ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{8,600}\\.[A-Za-z0-9_-]{8,2400}\\.[A-Za-z0-9_-]{8,1200}${END}`,
            keywords: ['ghs_'],
            window: { before: 16, after: 4300 },
            confidence: 'high',
        },
    ],
    envNames: ['GH_TOKEN', 'GITHUB_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_PAT'],
    envNote: 'The gh CLI and most tools prefer GH_TOKEN over GITHUB_TOKEN (the Actions-provided token); GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN apply to GitHub Enterprise Server hosts.',
    format: {
        prefixes: ['github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        charset: '[A-Za-z0-9_.-]',
        lengths: [
            [40, 40],
            [93, 93],
            [60, 4300],
        ],
        full: 'gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+',
        checksum: (value) => !CLASSIC.test(value) || hasValidGithubChecksum(value),
    },
    rotateUrl: 'https://github.com/settings/tokens',
    live: {
        // /rate_limit accepts every token type (installation tokens cannot read /user) and costs no quota.
        base: 'https://api.github.com',
        path: '/rate_limit',
        method: 'GET',
        auth: { kind: 'bearer' },
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
        baseUrlEnv: ['GITHUB_API_URL'],
        interpret: interpretGitHub,
    },
};
const githubRecords = [github];

;// CONCATENATED MODULE: ./src/providers/records/gitlab.ts

const OTHER_PREFIXES = ['gldt', 'glrt', 'glrtr', 'glcbt', 'glft', 'glptt', 'gloas', 'glsoat', 'glagent', 'glimt', 'glffct'];
/** `/personal_access_tokens/self` returns scopes, expiry and revocation; 403 "blocked" is a live token of a blocked user. */
function interpretGitLab(res) {
    if (res.status === 200) {
        if (field(res.json, 'revoked') === true)
            return verdict('invalid', 'token revoked');
        if (field(res.json, 'active') === false)
            return verdict('invalid', 'token inactive or expired');
        const out = { status: 'valid' };
        const scopes = field(res.json, 'scopes');
        if (Array.isArray(scopes))
            out.scopes = scopes.filter((s) => typeof s === 'string');
        const expires = str(res.json, 'expires_at');
        if (expires)
            out.expiresAt = expires;
        return out;
    }
    if (res.status === 403 && /blocked/i.test(res.body))
        return verdict('restricted', 'the token works but its account is blocked');
    if (res.status === 403)
        return verdict('restricted', errorDetail(res) ?? 'insufficient scope');
    return undefined;
}
const gitlab = {
    id: 'gitlab',
    name: 'GitLab',
    rules: [
        {
            id: 'gitlab-pat',
            description: 'GitLab personal access token (glpat- + 20 chars).',
            pattern: `${START}glpat-[A-Za-z0-9_-]{20}${END}`,
            keywords: ['glpat-'],
            window: { before: 16, after: 40 },
            confidence: 'high',
        },
        {
            id: 'gitlab-pat-routable',
            description: 'GitLab routable personal access token (glpat- payload, version and check segments).',
            pattern: `${START}glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}(?:\\.[0-9a-z]{9}|[0-9a-z]{7})${END}`,
            keywords: ['glpat-'],
            window: { before: 16, after: 330 },
            confidence: 'high',
        },
        {
            id: 'gitlab-token',
            description: 'Other GitLab tokens: deploy (gldt-), runner (glrt-), CI job (glcbt-), feed, trigger, OAuth app, SCIM, agent, incoming mail, feature-flag tokens.',
            pattern: `${START}(?:${OTHER_PREFIXES.join('|')})-[0-9A-Za-z_-]{20,64}${END}`,
            keywords: OTHER_PREFIXES.map((p) => `${p}-`),
            window: { before: 16, after: 80 },
            confidence: 'high',
            minEntropy: 3.3,
        },
        {
            id: 'gitlab-runner-registration-token',
            description: 'GitLab runner registration token (GR1348941 + 20 chars).',
            pattern: `${START}GR1348941[0-9A-Za-z_-]{20}${END}`,
            keywords: ['gr1348941'],
            window: { before: 16, after: 40 },
            confidence: 'high',
        },
    ],
    envNames: ['GITLAB_TOKEN', 'GL_TOKEN', 'GITLAB_PRIVATE_TOKEN'],
    envNote: 'glab reads GITLAB_TOKEN, then GITLAB_ACCESS_TOKEN and OAUTH_TOKEN; CI_JOB_TOKEN is injected by GitLab CI and is not a personal token.',
    format: {
        prefixes: ['GR1348941', 'glpat-', ...OTHER_PREFIXES.map((p) => `${p}-`)].sort((a, b) => b.length - a.length),
        charset: '[0-9A-Za-z_.-]',
        lengths: [[25, 330]],
        full: `glpat-[A-Za-z0-9_-]{20}|glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}(?:\\.[0-9a-z]{9}|[0-9a-z]{7})|(?:${OTHER_PREFIXES.join('|')})-[0-9A-Za-z_-]{20,64}|GR1348941[0-9A-Za-z_-]{20}`,
    },
    rotateUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
    live: {
        base: 'https://gitlab.com',
        path: '/api/v4/personal_access_tokens/self',
        method: 'GET',
        auth: { kind: 'header', name: 'PRIVATE-TOKEN' },
        baseUrlEnv: ['CI_SERVER_URL', 'GITLAB_URL', 'GITLAB_HOST'],
        interpret: interpretGitLab,
    },
};
const gitlabRecords = [gitlab];

;// CONCATENATED MODULE: ./src/providers/records/google.ts

/**
 * Google answers a bad key with 400 (reason API_KEY_INVALID), and a live key without Gemini
 * access with 403 (API not enabled or key restricted to other APIs).
 */
function interpretGoogle(res) {
    const detail = errorDetail(res);
    if (res.status === 400 && /API_KEY_INVALID|API key not valid|API key expired/i.test(res.body))
        return verdict('invalid', detail ?? 'API_KEY_INVALID');
    if (res.status === 403)
        return verdict('restricted', detail ?? 'the key works but cannot use the Gemini API');
    if (res.status === 429 && /RESOURCE_EXHAUSTED/.test(res.body) && /quota/i.test(res.body))
        return verdict('quota-exhausted', detail);
    return undefined;
}
const googleApiKey = {
    id: 'google-api-key',
    name: 'Google API key (Gemini)',
    rules: [
        {
            id: 'google-api-key',
            description: 'Google API key (AIza…, 39 chars), e.g. for Gemini, Maps or Firebase.',
            pattern: `${START}AIza[0-9A-Za-z_-]{35}${END}`,
            keywords: ['aiza'],
            window: { before: 16, after: 64 },
            confidence: 'high',
        },
    ],
    envNames: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_GENERATIVE_AI_API_KEY', 'FIREBASE_API_KEY'],
    envNote: 'The google-genai SDK reads GEMINI_API_KEY and GOOGLE_API_KEY but uses GOOGLE_API_KEY when both are set; the Vercel AI SDK reads GOOGLE_GENERATIVE_AI_API_KEY.',
    format: { prefixes: ['AIza'], charset: '[0-9A-Za-z_-]', lengths: [[39, 39]], full: 'AIza[0-9A-Za-z_-]{35}' },
    rotateUrl: 'https://console.cloud.google.com/apis/credentials',
    live: {
        base: 'https://generativelanguage.googleapis.com',
        path: '/v1/models?pageSize=1',
        method: 'GET',
        auth: { kind: 'header', name: 'x-goog-api-key' },
        baseUrlEnv: ['GOOGLE_GEMINI_BASE_URL'],
        interpret: interpretGoogle,
    },
};
/**
 * OAuth client secrets can only be checked together with their client ID and a token request;
 * no side-effect-free check is known, so there is no `live` (the health check says unverified).
 */
const googleOauth = {
    id: 'google-oauth',
    name: 'Google OAuth client secret',
    rules: [
        {
            id: 'google-oauth-client-secret',
            description: 'Google OAuth client secret (GOCSPX-, 35 chars).',
            pattern: `${START}GOCSPX-[A-Za-z0-9_-]{28}${END}`,
            keywords: ['gocspx-'],
            window: { before: 16, after: 64 },
            confidence: 'high',
        },
    ],
    envNames: ['GOOGLE_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET'],
    format: { prefixes: ['GOCSPX-'], charset: '[A-Za-z0-9_-]', lengths: [[35, 35]], full: 'GOCSPX-[A-Za-z0-9_-]{28}' },
    rotateUrl: 'https://console.cloud.google.com/apis/credentials',
};
const googleRecords = [googleApiKey, googleOauth];

;// CONCATENATED MODULE: ./src/providers/records/messaging.ts

const sendgrid = {
    id: 'sendgrid',
    name: 'SendGrid',
    rules: [
        {
            id: 'sendgrid-api-key',
            description: 'SendGrid API key (SG.<22>.<43>).',
            pattern: `${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`,
            keywords: ['sg.'],
            window: { before: 16, after: 80 },
            confidence: 'high',
            minEntropy: 4,
        },
    ],
    envNames: ['SENDGRID_API_KEY'],
    format: { prefixes: ['SG.'], charset: '[A-Za-z0-9_.-]', lengths: [[69, 69]], full: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
    rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
    live: {
        base: 'https://api.sendgrid.com',
        path: '/v3/scopes',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: (res) => {
            if (res.status !== 200)
                return undefined;
            const scopes = field(res.json, 'scopes');
            return Array.isArray(scopes) ? { status: 'valid', scopes: scopes.filter((s) => typeof s === 'string') } : { status: 'valid' };
        },
    },
};
const ACCOUNT_SID = '(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])';
const API_KEY_SID = '(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])';
/**
 * Twilio. An account SID (AC…) is an identifier, not a secret, and is never reported alone.
 * The auth token (32 hex) and API key secret (32 alphanumerics) are reported next to Twilio
 * context. Both authenticate only as a pair with their SID, so there is no `live`.
 */
const twilio = {
    id: 'twilio',
    name: 'Twilio',
    rules: [
        {
            id: 'twilio-auth-token',
            description: 'Twilio auth token (32 hex) next to "twilio" or an account SID.',
            pattern: withContext(START_ALNUM, `(?:(?<=(?:twilio|Twilio|TWILIO)[\\s\\S]{0,96})|(?<=${ACCOUNT_SID}[\\s\\S]{0,160})|(?=[\\s\\S]{0,200}${ACCOUNT_SID}))`, '[0-9a-f]{32}', END_ALNUM),
            keywords: ['twilio', 'auth_token', 'authtoken'],
            window: { before: 240, after: 240 },
            // The context needs the word or an account SID: most `auth_token` windows have neither.
            requires: ['twilio', 'Twilio', 'TWILIO', 'AC'],
            confidence: 'medium',
            minEntropy: 3,
            minDigits: 4,
        },
        {
            id: 'twilio-api-key-secret',
            description: 'Twilio API key secret (32 alphanumerics) next to an API key SID (SK…).',
            pattern: withContext(START_ALNUM, `(?=[A-Za-z0-9]{0,31}[A-Z])(?=[A-Za-z0-9]{0,31}[a-z])(?:(?<=${API_KEY_SID}[\\s\\S]{0,160})|(?=[\\s\\S]{0,200}${API_KEY_SID}))`, '[A-Za-z0-9]{32}', END_ALNUM),
            keywords: ['twilio', 'api_secret', 'apisecret', 'api_key_secret'],
            window: { before: 240, after: 240 },
            // The context is an API key SID (SK…).
            requires: ['SK'],
            confidence: 'medium',
            minEntropy: 3.5,
            minDigits: 2,
        },
        {
            id: 'twilio-sid',
            description: 'Twilio account or API key SID (AC…/SK…): an identifier, never reported; it keeps generic rules off `TWILIO_API_KEY=SK…`.',
            pattern: `${START_ALNUM}(?:AC[0-9a-f]{32}|SK[0-9a-fA-F]{32})${END_ALNUM}`,
            keywords: ['twilio'],
            window: { before: 120, after: 120 },
            confidence: 'low',
            // Claims the span and rejects it: the engine then keeps generic rules off it too.
            verify: () => false,
        },
    ],
    envNames: ['TWILIO_AUTH_TOKEN', 'TWILIO_API_SECRET'],
    envNote: 'twilio SDKs pair TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY (SK…) with TWILIO_API_SECRET; the SIDs are identifiers.',
    format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[0-9a-f]{32}|[A-Za-z0-9]{32}' },
    rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
};
const discord = {
    id: 'discord',
    name: 'Discord bot',
    rules: [
        {
            id: 'discord-bot-token',
            description: 'Discord bot token (base64 user id . timestamp . HMAC) next to "discord".',
            pattern: withContext(START, near(['discord'], 160, 240), '[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}', END),
            keywords: ['discord'],
            window: { before: 240, after: 240 },
            confidence: 'high',
            minEntropy: 4,
        },
    ],
    envNames: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'],
    format: {
        prefixes: [],
        charset: '[A-Za-z0-9_.-]',
        lengths: [[59, 74]],
        full: '[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}',
    },
    rotateUrl: 'https://discord.com/developers/applications',
    live: {
        base: 'https://discord.com',
        path: '/api/v10/users/@me',
        method: 'GET',
        auth: { kind: 'header', name: 'Authorization', prefix: 'Bot ' },
    },
};
/** The webhook URL is the secret; a GET on it would validate, but LiveCheck cannot target it. */
const discordWebhook = {
    id: 'discord-webhook',
    name: 'Discord webhook',
    rules: [
        {
            id: 'discord-webhook-url',
            description: 'Discord webhook URL (id and token).',
            pattern: `https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}${END}`,
            keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
            window: { before: 24, after: 120 },
            confidence: 'high',
        },
    ],
    envNames: ['DISCORD_WEBHOOK_URL', 'DISCORD_WEBHOOK'],
    format: { prefixes: ['https://discordapp.com/api/webhooks/', 'https://discord.com/api/webhooks/'], charset: '[A-Za-z0-9_/-]', lengths: [[110, 140]] },
    rotateUrl: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
};
const telegram = {
    id: 'telegram',
    name: 'Telegram bot',
    rules: [
        {
            id: 'telegram-bot-token',
            description: 'Telegram bot token (<bot id>:<35 chars>) next to "telegram".',
            pattern: withContext('(?:(?<![A-Za-z0-9])|(?<=/bot))', near(['telegram', 'tgram'], 120, 200), '[0-9]{8,10}:[A-Za-z0-9_-]{35}', END),
            keywords: ['telegram', 'tgram'],
            window: { before: 240, after: 240 },
            confidence: 'high',
            minEntropy: 3.5,
        },
    ],
    envNames: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_TOKEN', 'BOT_TOKEN'],
    format: { prefixes: [], charset: '[A-Za-z0-9_:-]', lengths: [[44, 46]], full: '[0-9]{8,10}:[A-Za-z0-9_-]{35}' },
    rotateUrl: 'https://t.me/BotFather',
    live: {
        base: 'https://api.telegram.org',
        path: '/bot{key}/getMe',
        method: 'GET',
        auth: { kind: 'path', template: '/bot{key}/getMe' },
        // 404 is Telegram's answer to a malformed token.
        interpret: (res) => (res.status === 404 ? verdict('invalid', errorDetail(res) ?? 'Not Found') : undefined),
    },
};
const messagingRecords = [sendgrid, twilio, discord, discordWebhook, telegram];

;// CONCATENATED MODULE: ./src/providers/records/openai.ts

/** `T3BlbkFJ` is base64 of "OpenAI": every OpenAI-issued secret key carries it. */
const MARKER = 'T3BlbkFJ';
const PROJECT_BODY = `[A-Za-z0-9_-]{20,200}${MARKER}[A-Za-z0-9_-]{20,200}`;
/** OpenAI's own reading: 429 is either throttling or an empty balance; some 401/403 do not prove a dead key. */
function interpretOpenAI(res) {
    const code = str(res.json, 'error', 'code') ?? str(res.json, 'error', 'type');
    const detail = errorDetail(res);
    if (res.status === 429) {
        return code === 'insufficient_quota' ? verdict('quota-exhausted', detail) : verdict('rate-limited', detail);
    }
    if (res.status === 401 && detail && (/\bIP\b/.test(detail) || /member of an organization/i.test(detail))) {
        // A project IP allowlist or a missing org membership: the key may well be alive.
        return verdict('unknown', detail);
    }
    if (res.status === 403 && detail && /country|region|territory/i.test(detail))
        return verdict('unknown', detail);
    return undefined;
}
const openai = {
    id: 'openai',
    name: 'OpenAI',
    rules: [
        {
            id: 'openai-project-key',
            description: 'OpenAI project or service-account secret key (sk-proj-, sk-svcacct-).',
            pattern: `${START}sk-(?:proj|svcacct|service)-${PROJECT_BODY}${END}`,
            keywords: ['t3blbkfj'],
            window: { before: 256, after: 256 },
            confidence: 'high',
        },
        {
            id: 'openai-legacy-key',
            description: 'OpenAI user secret key in the original sk- format (51 chars with the T3BlbkFJ marker).',
            pattern: `${START}sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}${END}`,
            keywords: ['t3blbkfj'],
            window: { before: 32, after: 32 },
            confidence: 'high',
        },
    ],
    envNames: ['OPENAI_API_KEY'],
    envNote: 'The OpenAI SDKs read OPENAI_API_KEY; OPENAI_BASE_URL (OPENAI_API_BASE in old SDKs) sends it to another host, e.g. a proxy.',
    format: {
        prefixes: ['sk-svcacct-', 'sk-service-', 'sk-proj-', 'sk-'],
        charset: '[A-Za-z0-9_-]',
        lengths: [
            [51, 51],
            [60, 420],
        ],
        full: `sk-(?:(?:proj|svcacct|service)-${PROJECT_BODY}|[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20})`,
    },
    rotateUrl: 'https://platform.openai.com/api-keys',
    live: {
        base: 'https://api.openai.com',
        path: '/v1/models',
        method: 'GET',
        auth: { kind: 'bearer' },
        baseUrlEnv: ['OPENAI_BASE_URL', 'OPENAI_API_BASE'],
        interpret: interpretOpenAI,
    },
};
const openaiAdmin = {
    id: 'openai-admin',
    name: 'OpenAI (admin key)',
    rules: [
        {
            id: 'openai-admin-key',
            description: 'OpenAI organization admin key (sk-admin-), which manages keys, users and billing.',
            pattern: `${START}sk-admin-${PROJECT_BODY}${END}`,
            keywords: ['sk-admin-'],
            window: { before: 16, after: 440 },
            confidence: 'high',
        },
    ],
    envNames: ['OPENAI_ADMIN_KEY'],
    envNote: 'OPENAI_ADMIN_KEY is a convention; the SDKs never read an admin key on their own.',
    format: { prefixes: ['sk-admin-'], charset: '[A-Za-z0-9_-]', lengths: [[60, 420]], full: `sk-admin-${PROJECT_BODY}` },
    rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    live: {
        base: 'https://api.openai.com',
        path: '/v1/organization/admin_api_keys?limit=1',
        method: 'GET',
        auth: { kind: 'bearer' },
        interpret: interpretOpenAI,
    },
};
/**
 * `sk-` + 48 alphanumerics without the OpenAI marker: the shape used by OpenAI-compatible relays
 * (ChatAnywhere and others). There is no official host: such a key is valid only at the base URL
 * configured next to it, and sending it to api.openai.com would both fail and leak it to a third
 * party. So no `live` here; the health check validates it only against an endpoint the workflow
 * author set (OPENAI_BASE_URL / OPENAI_API_BASE / --endpoint), with the `openai` record's check.
 */
const openaiCompatible = {
    id: 'openai-compatible',
    name: 'OpenAI-compatible proxy',
    rules: [
        {
            id: 'openai-compatible-key',
            description: 'sk- key of an OpenAI-compatible proxy or relay (48 alphanumerics, no OpenAI marker).',
            pattern: `${START}sk-(?![A-Za-z0-9]{20}${MARKER})[A-Za-z0-9]{48}${END}`,
            keywords: ['sk-'],
            window: { before: 16, after: 64 },
            confidence: 'medium',
            minEntropy: 4,
            minDigits: 3,
        },
    ],
    envNames: ['OPENAI_API_KEY'],
    envNote: 'Proxies reuse OPENAI_API_KEY; OPENAI_BASE_URL (or OPENAI_API_BASE) must point at the proxy, otherwise the SDK sends the key to api.openai.com and gets 401.',
    format: { prefixes: ['sk-'], charset: '[A-Za-z0-9]', lengths: [[51, 51]], full: 'sk-[A-Za-z0-9]{48}' },
    rotateUrl: 'https://github.com/chatanywhere/GPT_API_free',
};
const AZURE_CONTEXT = ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azure-openai', 'azureopenai'];
/** Azure OpenAI / Azure AI services keys. A live check needs the resource host, so there is none here. */
const azureOpenai = {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    rules: [
        {
            id: 'azure-openai-key',
            description: 'Azure OpenAI key (32 hex) next to an Azure OpenAI endpoint or variable name.',
            pattern: withContext(START_ALNUM, near(AZURE_CONTEXT, 120, 200), '[a-f0-9]{32}', END_ALNUM),
            keywords: AZURE_CONTEXT,
            window: { before: 256, after: 256 },
            confidence: 'medium',
            minEntropy: 3,
            minDigits: 2,
        },
        {
            id: 'azure-ai-services-key',
            description: 'Azure AI services key in the 84-char format with the JQQJ99 signature.',
            pattern: `${START_ALNUM}[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}${END_ALNUM}`,
            keywords: ['jqqj99'],
            window: { before: 64, after: 32 },
            confidence: 'medium',
        },
    ],
    envNames: ['AZURE_OPENAI_API_KEY'],
    envNote: 'The openai SDK\'s AzureOpenAI client reads AZURE_OPENAI_API_KEY with AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION.',
    format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32], [84, 84]], full: '[a-f0-9]{32}|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}' },
    rotateUrl: 'https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.CognitiveServices%2Faccounts',
};
const openaiRecords = [openai, openaiAdmin, openaiCompatible, azureOpenai];

;// CONCATENATED MODULE: ./src/providers/records/package-registries.ts
/** Package registries: npm and PyPI publish tokens. */


const npm = {
    id: 'npm',
    name: 'npm',
    rules: [
        {
            id: 'npm-access-token',
            description: 'npm access token (npm_ + 36 chars) with a valid CRC32 tail.',
            pattern: `${START}npm_[A-Za-z0-9]{36}${END}`,
            keywords: ['npm_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            verify: hasValidGithubChecksum,
            skipPlaceholderGate: true,
        },
        {
            id: 'npm-legacy-auth-token',
            description: 'Legacy npm token (a UUID) assigned to _authToken or NPM_TOKEN.',
            pattern: withContext(START_ALNUM, near(['_authtoken', 'npm_token'], 16, 0), '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', END_ALNUM),
            keywords: ['_authtoken', 'npm_token'],
            window: { before: 8, after: 64 },
            confidence: 'medium',
            minEntropy: 3,
        },
    ],
    envNames: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'],
    envNote: 'npm reads neither directly: .npmrc refers to one with _authToken=${NPM_TOKEN}; actions/setup-node writes an .npmrc that reads NODE_AUTH_TOKEN.',
    format: {
        prefixes: ['npm_'],
        charset: '[A-Za-z0-9-]',
        lengths: [[40, 40], [36, 36]],
        full: 'npm_[A-Za-z0-9]{36}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        checksum: (value) => !value.startsWith('npm_') || hasValidGithubChecksum(value),
    },
    rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    live: { base: 'https://registry.npmjs.org', path: '/-/whoami', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['NPM_CONFIG_REGISTRY'] },
};
const BOUNDARY = 'keylint-probe-boundary';
/** An upload with no file and no digest: PyPI authenticates, then rejects it before storing anything. */
const PROBE_UPLOAD = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['name', 'keylint-validation-probe'],
    ['version', '0.0.0'],
]
    .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('')
    .concat(`--${BOUNDARY}--\r\n`);
/** 400 "Include at least one message digest." proves the token authenticated; 403 means it did not. */
function interpretPyPI(res) {
    const text = res.body.slice(0, 2000);
    if (res.status === 400 && /message digest/i.test(text))
        return verdict('valid');
    if (res.status === 403 && /isn't allowed to upload|not allowed to upload/i.test(text))
        return verdict('restricted', 'token scoped to another project');
    if (res.status === 403)
        return verdict('invalid', errorDetail(res) ?? 'Invalid or non-existent authentication information');
    if (res.status === 400)
        return verdict('unknown', errorDetail(res));
    return undefined;
}
const PYPI_BODY = '[A-Za-z0-9_-]{50,1000}';
const pypi = {
    id: 'pypi',
    name: 'PyPI',
    rules: [
        {
            id: 'pypi-token',
            description: 'PyPI API token (a macaroon starting pypi-AgEIcHlwaS5vcmc).',
            pattern: `${START}pypi-AgEIcHlwaS5vcmc${PYPI_BODY}${END}`,
            keywords: ['pypi-ageichlwas5vcmc'],
            window: { before: 16, after: 1040 },
            confidence: 'high',
        },
        {
            id: 'pypi-test-token',
            description: 'TestPyPI API token (pypi-AgENdGVzdC5weXBpLm9yZw…).',
            pattern: `${START}pypi-AgENdGVzdC5weXBpLm9yZw${PYPI_BODY}${END}`,
            keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
            window: { before: 16, after: 1040 },
            confidence: 'medium',
        },
    ],
    envNames: ['PYPI_API_TOKEN', 'PYPI_TOKEN', 'TWINE_PASSWORD'],
    envNote: 'twine reads TWINE_PASSWORD (with TWINE_USERNAME=__token__); PYPI_API_TOKEN/PYPI_TOKEN are CI conventions passed on to it.',
    format: { prefixes: ['pypi-AgENdGVzdC5weXBpLm9yZw', 'pypi-AgEIcHlwaS5vcmc'], charset: '[A-Za-z0-9_-]', lengths: [[70, 1030]], full: `pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)${PYPI_BODY}` },
    rotateUrl: 'https://pypi.org/manage/account/token/',
    live: {
        base: 'https://upload.pypi.org',
        path: '/legacy/',
        method: 'POST',
        auth: { kind: 'basic', user: '__token__' },
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body: PROBE_UPLOAD,
        interpret: interpretPyPI,
    },
};
const packageRegistryRecords = [npm, pypi];

;// CONCATENATED MODULE: ./src/providers/records/payments.ts

/** A 403 from Stripe is a restricted key lacking this permission: it authenticated. */
function interpretStripe(res) {
    if (res.status === 403)
        return verdict('restricted', errorDetail(res) ?? 'restricted key without balance read permission');
    return undefined;
}
const stripe = {
    id: 'stripe',
    name: 'Stripe',
    rules: [
        {
            id: 'stripe-secret-key',
            description: 'Stripe secret or restricted API key (sk_live_, rk_live_, sk_test_ …). Publishable pk_ keys are public and not reported.',
            pattern: `${START}[sr]k_(?:live|test|prod)_[A-Za-z0-9]{20,247}${END}`,
            keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'sk_prod_', 'rk_prod_'],
            window: { before: 16, after: 270 },
            confidence: 'high',
            // Test-mode keys reach only test data: still secret, lower stakes.
            confidenceOf: (s) => (s.slice(3, 8) === 'test_' ? 'medium' : 'high'),
            minEntropy: 3.5,
        },
        {
            id: 'stripe-webhook-secret',
            description: 'Stripe webhook signing secret (whsec_).',
            pattern: `${START_ALNUM}whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![A-Za-z0-9+/=_-])`,
            keywords: ['whsec_'],
            window: { before: 16, after: 80 },
            confidence: 'medium',
            minEntropy: 3.5,
        },
    ],
    envNames: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_RESTRICTED_KEY'],
    envNote: 'Stripe SDKs take the key in code; STRIPE_SECRET_KEY is the convention, STRIPE_WEBHOOK_SECRET holds a whsec_ signing secret, not an API key.',
    format: {
        prefixes: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'sk_prod_', 'rk_prod_'],
        charset: '[A-Za-z0-9]',
        lengths: [[28, 255]],
        full: '[sr]k_(?:live|test|prod)_[A-Za-z0-9]{20,247}',
    },
    rotateUrl: 'https://dashboard.stripe.com/apikeys',
    live: { base: 'https://api.stripe.com', path: '/v1/balance', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretStripe },
};
/** Shopify tokens are checked against the shop's own host, which the token does not name: no `live`. */
const shopify = {
    id: 'shopify',
    name: 'Shopify',
    rules: [
        {
            id: 'shopify-token',
            description: 'Shopify admin/custom/private app access token or shared secret (shpat_, shpca_, shppa_, shpss_).',
            pattern: `${START}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${END}`,
            keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            minEntropy: 3,
        },
    ],
    envNames: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_API_ACCESS_TOKEN', 'SHOPIFY_API_SECRET'],
    format: { prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], charset: '[a-fA-F0-9]', lengths: [[38, 38]], full: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}' },
    rotateUrl: 'https://admin.shopify.com/settings/apps/development',
};
const paymentRecords = [stripe, shopify];

;// CONCATENATED MODULE: ./src/providers/records/saas.ts

/** Databricks tokens are checked against the workspace host, which the token does not name: no `live`. */
const databricks = {
    id: 'databricks',
    name: 'Databricks',
    rules: [
        {
            id: 'databricks-token',
            description: 'Databricks personal access token (dapi + 32 hex).',
            pattern: `${START}dapi[0-9a-f]{32}(?:-[0-9])?${END}`,
            keywords: ['dapi'],
            window: { before: 16, after: 48 },
            confidence: 'high',
            minEntropy: 3,
        },
    ],
    envNames: ['DATABRICKS_TOKEN'],
    envNote: 'The Databricks SDK and CLI pair DATABRICKS_TOKEN with DATABRICKS_HOST (the workspace URL).',
    format: { prefixes: ['dapi'], charset: '[0-9a-f-]', lengths: [[36, 38]], full: 'dapi[0-9a-f]{32}(?:-[0-9])?' },
    rotateUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
};
/** Linear answers GraphQL auth failures with an AUTHENTICATION_ERROR in `errors`. */
function interpretLinear(res) {
    if (/AUTHENTICATION_ERROR|Authentication required|authentication failed/i.test(res.body.slice(0, 4000)))
        return verdict('invalid', errorDetail(res));
    if (res.status === 200 && field(res.json, 'data', 'viewer') !== undefined)
        return verdict('valid');
    return undefined;
}
const linear = {
    id: 'linear',
    name: 'Linear',
    rules: [
        {
            id: 'linear-api-key',
            description: 'Linear personal API key (lin_api_ + 40 alphanumerics).',
            pattern: `${START}lin_api_[A-Za-z0-9]{40}${END}`,
            keywords: ['lin_api_'],
            window: { before: 16, after: 56 },
            confidence: 'high',
        },
    ],
    envNames: ['LINEAR_API_KEY'],
    format: { prefixes: ['lin_api_'], charset: '[A-Za-z0-9]', lengths: [[48, 48]], full: 'lin_api_[A-Za-z0-9]{40}' },
    rotateUrl: 'https://linear.app/settings/account/security',
    live: {
        base: 'https://api.linear.app',
        path: '/graphql',
        method: 'POST',
        // Personal keys go in Authorization without a Bearer prefix.
        auth: { kind: 'header', name: 'Authorization' },
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ viewer { id } }"}',
        interpret: interpretLinear,
    },
};
const notion = {
    id: 'notion',
    name: 'Notion',
    rules: [
        {
            id: 'notion-token',
            description: 'Notion integration token (ntn_ + 11 digits + 35 alphanumerics).',
            pattern: `${START}ntn_[0-9]{11}[A-Za-z0-9]{35}${END}`,
            keywords: ['ntn_'],
            window: { before: 16, after: 64 },
            confidence: 'high',
        },
        {
            id: 'notion-legacy-token',
            description: 'Legacy Notion integration token (secret_ + 43 alphanumerics) next to "notion".',
            pattern: withContext(START, near(['notion'], 120, 200), 'secret_[A-Za-z0-9]{43}', END),
            keywords: ['notion'],
            window: { before: 240, after: 240 },
            confidence: 'medium',
            minEntropy: 4,
            minDigits: 2,
        },
    ],
    envNames: ['NOTION_TOKEN', 'NOTION_API_KEY', 'NOTION_SECRET'],
    envNote: 'The Notion SDK takes the token in code; NOTION_TOKEN is the name used in Notion\'s own examples.',
    format: { prefixes: ['secret_', 'ntn_'], charset: '[A-Za-z0-9]', lengths: [[50, 50]], full: 'ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}' },
    rotateUrl: 'https://www.notion.so/profile/integrations',
    live: {
        base: 'https://api.notion.com',
        path: '/v1/users/me',
        method: 'GET',
        auth: { kind: 'bearer' },
        headers: { 'notion-version': '2022-06-28' },
        // 403: the integration lacks the user-information capability, but the token authenticated.
        interpret: (res) => (res.status === 403 ? verdict('restricted', errorDetail(res) ?? 'token works; integration lacks user capability') : undefined),
    },
};
const postman = {
    id: 'postman',
    name: 'Postman',
    rules: [
        {
            id: 'postman-api-key',
            description: 'Postman API key (PMAK-<24 hex>-<34 hex>).',
            pattern: `${START}PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}${END}`,
            keywords: ['pmak-'],
            window: { before: 16, after: 72 },
            confidence: 'high',
        },
    ],
    envNames: ['POSTMAN_API_KEY'],
    format: { prefixes: ['PMAK-'], charset: '[a-fA-F0-9-]', lengths: [[64, 64]], full: 'PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}' },
    rotateUrl: 'https://go.postman.co/settings/me/api-keys',
    live: { base: 'https://api.getpostman.com', path: '/me', method: 'GET', auth: { kind: 'header', name: 'X-Api-Key' } },
};
const saasRecords = [databricks, linear, notion, postman];

;// CONCATENATED MODULE: ./src/providers/records/slack.ts

/** auth.test answers 200 even for bad tokens: the verdict is in `ok` / `error`. */
function interpretSlack(res) {
    const error = str(res.json, 'error');
    if (res.status === 429 || error === 'ratelimited')
        return verdict('rate-limited', error);
    if (res.status !== 200)
        return undefined;
    const ok = res.json?.ok;
    if (ok === true) {
        const out = { status: 'valid' };
        const scopes = scopeList(header(res, 'x-oauth-scopes'));
        if (scopes)
            out.scopes = scopes;
        const team = str(res.json, 'team');
        if (team)
            out.detail = `workspace ${team}`;
        return out;
    }
    if (ok === false) {
        if (error === 'missing_scope' || error === 'not_allowed_token_type')
            return verdict('restricted', error);
        return verdict('invalid', error ?? 'ok:false');
    }
    return verdict('unknown', 'response without "ok"');
}
const USER_TOKEN = /^xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34}$/;
const slack = {
    id: 'slack',
    name: 'Slack',
    rules: [
        {
            id: 'slack-bot-token',
            description: 'Slack bot token (xoxb-).',
            pattern: `${START}xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,40}${END}`,
            keywords: ['xoxb-'],
            window: { before: 16, after: 96 },
            confidence: 'high',
            minDigits: 8,
        },
        {
            id: 'slack-user-token',
            description: 'Slack user or enterprise token (xoxp-, xoxe-).',
            // Loose shape, strict verify: a rejected near-miss (xoxp-1234-1234-…) is not reported by generic rules either.
            pattern: `${START}xox[pe](?:-[0-9]{1,14}){3}-[A-Za-z0-9]{8,34}${END}`,
            keywords: ['xoxp-', 'xoxe-'],
            window: { before: 16, after: 120 },
            confidence: 'high',
            verify: (s) => USER_TOKEN.test(s),
        },
        {
            id: 'slack-app-token',
            description: 'Slack app-level token (xapp-).',
            pattern: `${START}xapp-[0-9]-[A-Z0-9]{8,15}-[0-9]{8,15}-[a-z0-9]{32,66}${END}`,
            keywords: ['xapp-'],
            window: { before: 16, after: 120 },
            confidence: 'high',
        },
        {
            id: 'slack-config-token',
            description: 'Slack app configuration access or refresh token (xoxe.xoxp-/xoxe.xoxb-, xoxe-1-).',
            pattern: `${START}(?:xoxe\\.xox[bp]|xoxe)-[0-9]-[A-Za-z0-9]{60,300}${END}`,
            keywords: ['xoxe.xox', 'xoxe-'],
            window: { before: 16, after: 330 },
            confidence: 'high',
            minEntropy: 4,
        },
        {
            id: 'slack-legacy-token',
            description: 'Legacy Slack tokens (xoxa-, xoxr-, xoxo-, xoxs-).',
            pattern: `${START}xox[aors]-[0-9]{1,14}(?:-[A-Za-z0-9]{1,64}){2,4}${END}`,
            keywords: ['xoxa-', 'xoxr-', 'xoxo-', 'xoxs-'],
            window: { before: 16, after: 300 },
            confidence: 'medium',
            minEntropy: 3.5,
            minDigits: 8,
        },
    ],
    envNames: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_TOKEN'],
    envNote: 'Bolt reads SLACK_BOT_TOKEN (and SLACK_APP_TOKEN, an xapp- token, for Socket Mode); SLACK_TOKEN is an older generic name.',
    format: {
        prefixes: ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxb-', 'xoxp-', 'xoxe-', 'xapp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
        charset: '[A-Za-z0-9-]',
        lengths: [[30, 320]],
    },
    rotateUrl: 'https://api.slack.com/apps',
    live: {
        base: 'https://slack.com',
        path: '/api/auth.test',
        method: 'POST',
        auth: { kind: 'bearer' },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
        interpret: interpretSlack,
    },
};
/**
 * A webhook URL is itself the secret. Checking one means POSTing a malformed body to the URL
 * (400 invalid_payload = live), which `LiveCheck` cannot express; the health check says unverified.
 */
const slackWebhook = {
    id: 'slack-webhook',
    name: 'Slack webhook',
    rules: [
        {
            id: 'slack-webhook-url',
            description: 'Slack incoming-webhook, workflow or trigger URL.',
            pattern: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/(?:[0-9]{10,20}/)?[A-Za-z0-9]{23,40}${END}`,
            keywords: ['hooks.slack.com'],
            window: { before: 16, after: 160 },
            confidence: 'high',
        },
    ],
    envNames: ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK'],
    format: { prefixes: ['https://hooks.slack.com/'], charset: '[A-Za-z0-9/]', lengths: [[70, 160]] },
    rotateUrl: 'https://api.slack.com/apps',
};
const slackRecords = [slack, slackWebhook];

;// CONCATENATED MODULE: ./src/providers/registry.ts















/** Provider-specific records (everything but the generic detectors), in registry order. */
const specificProviders = [
    ...anthropicRecords, // sk-ant- before any sk- rule
    ...openaiRecords,
    ...aiInferenceRecords,
    ...aiPlatformRecords,
    ...googleRecords,
    ...githubRecords,
    ...gitlabRecords,
    ...packageRegistryRecords,
    ...awsRecords,
    ...slackRecords,
    ...paymentRecords,
    ...messagingRecords,
    ...saasRecords,
    ...cloudRecords,
];
const providers = [...specificProviders, ...genericProviders];
const byId = new Map(providers.map((p) => [p.id, p]));
function getProvider(id) {
    return byId.get(id);
}
function allRules() {
    return providers.flatMap((provider) => provider.rules.map((rule) => ({ provider, rule })));
}


/***/ }),

/***/ 2571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zn: () => (/* binding */ buildEngine),
  FV: () => (/* binding */ engineSpecFor),
  ew: () => (/* binding */ providersFor)
});

;// CONCATENATED MODULE: ./src/config/compile.ts
/*
 * What a loaded config contributes to the engine: custom rules and allowed values. Kept apart
 * from the loader (and its YAML parser) because scan worker threads load only the engine.
 */
/** The custom rules as a provider record with id `custom`, or undefined when there are none. */
function customRulesToProvider(cfg) {
    if (cfg.customRules.length === 0)
        return undefined;
    const rules = cfg.customRules.map((c) => {
        const rule = { id: c.id, description: c.description, pattern: c.regex, keywords: [...c.keywords], confidence: c.confidence ?? 'medium' };
        if (c.minEntropy !== undefined)
            rule.minEntropy = c.minEntropy;
        if (c.allow?.length) {
            const allow = c.allow.map((s) => new RegExp(s));
            rule.verify = (secret) => !allow.some((re) => re.test(secret));
        }
        return rule;
    });
    return { id: 'custom', name: 'Custom', rules, envNames: [], rotateUrl: '' };
}
/** Predicate for config `allow`: exact values and (unanchored) regexes that are never findings. */
function compileAllow(cfg) {
    const values = new Set(cfg.allow.flatMap((a) => (a.value !== undefined ? [a.value] : [])));
    const regexes = cfg.allow.flatMap((a) => (a.regex !== undefined ? [new RegExp(a.regex)] : []));
    if (values.size === 0 && regexes.length === 0)
        return () => false;
    return (secret) => values.has(secret) || regexes.some((re) => re.test(secret));
}

// EXTERNAL MODULE: ./src/providers/registry.ts + 18 modules
var registry = __webpack_require__(7131);
// EXTERNAL MODULE: ./src/secret.ts
var secret = __webpack_require__(7355);
;// CONCATENATED MODULE: ./src/engine/allow-markers.ts
/**
 * Inline allow markers. A finding is dropped when its line carries a same-line marker, or the
 * line before carries a next-line marker. Markers count anywhere on the line, so every comment
 * syntax works (`#`, `//`, `/* *\/`, `<!-- -->`, `--`, `;`, `%`, `'`, `rem`, …). They are
 * case-sensitive and must end at a word boundary: `keylint:allowed` or `keylint:allow-all`
 * are not markers (a misspelt marker should show up as a finding, not silently pass).
 *
 * Same line:  keylint:allow · gitleaks:allow · pragma: allowlist secret (detect-secrets)
 *             · secretlint-disable-line · trufflehog:ignore
 * Next line:  keylint:allow-next-line · pragma: allowlist nextline secret
 *             · secretlint-disable-next-line
 *
 * secretlint's optional rule names after a directive are ignored: the marker suppresses every
 * keylint rule on that line.
 */
// The end of a marker: not followed by a letter, digit, `_` or `-`.
const END = String.raw `(?![\w-])`;
const SAME_LINE = new RegExp(String.raw `(?:keylint:allow|gitleaks:allow|trufflehog:ignore|secretlint-disable-line)${END}|pragma: ?allowlist[ -]secret\b`);
const NEXT_LINE = new RegExp(String.raw `(?:keylint:allow-next-line|secretlint-disable-next-line)${END}|pragma: ?allowlist[ -]nextline[ -]secret\b`);
/**
 * Cheap pre-check: every marker contains `allow` (keylint, gitleaks, detect-secrets),
 * `-disable-` (secretlint) or `:ignore` (trufflehog). Most lines contain none of them,
 * so no regex runs for them.
 */
function mayHoldMarker(text) {
    return text.indexOf('allow') >= 0 || text.indexOf('-disable-') >= 0 || text.indexOf(':ignore') >= 0;
}
/** Whether a finding on `lineText` is suppressed by a marker on it or on the line before. */
function isAllowedByMarker(lineText, previousLineText) {
    if (mayHoldMarker(lineText) && SAME_LINE.test(lineText))
        return true;
    return previousLineText !== undefined && mayHoldMarker(previousLineText) && NEXT_LINE.test(previousLineText);
}

;// CONCATENATED MODULE: ./src/engine/keyword-scanner.ts
/**
 * The prefilter: finds every keyword occurrence (ASCII case-insensitive, leftmost, longest
 * keyword at a position, non-overlapping — the semantics of one `/k1|k2|…/gi` alternation
 * sorted longest first) in one pass over the text.
 *
 * It is the only code that touches every character, so it avoids the regex engine, and it
 * looks at every second position only: the three characters at an even position `p` (5 bits
 * each, 32 K table) say whether a keyword may start at `p` (they are its first three) or at
 * `p - 1` (they are its second to fourth); only then are keywords compared. A keyword shorter
 * than four characters is registered under every possible character past its end.
 * On source code this runs about 2.4× faster than the equivalent V8 alternation with a
 * position-by-position loop, and the two-position step took another third off (docs/benchmark.md).
 */
const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
class KeywordScanner {
    /** Bucket per hash of a keyword's first three characters, longest keyword first. */
    #buckets = new Array(TABLE_SIZE);
    /** By hash of three characters: a keyword starts with them. */
    #present = new Uint8Array(TABLE_SIZE);
    /** By hash of the three characters at a position: 1, a keyword may start there; 2, one may start a position before. */
    #flags = new Uint8Array(TABLE_SIZE);
    #lengths;
    /** `keywords[i]` is reported as id `i`; keywords are matched ASCII case-insensitively. */
    constructor(keywords) {
        this.#lengths = keywords.map((k) => k.toLowerCase().length);
        const list = keywords
            .map((k, id) => {
            const s = k.toLowerCase();
            return { id, codes: Array.from({ length: s.length }, (_, j) => s.charCodeAt(j)) };
        })
            .filter((k) => k.codes.length > 0)
            .sort((a, b) => b.codes.length - a.codes.length);
        const fold = (c) => (c === undefined ? range32() : [c & 31]);
        for (const k of list) {
            const [a, b, c, d] = k.codes;
            for (const s of fold(b)) {
                for (const t of fold(c)) {
                    const h = ((a & 31) << 10) | (s << 5) | t;
                    this.#present[h] = 1;
                    this.#flags[h] |= 1;
                    (this.#buckets[h] ??= []).push(k);
                }
            }
            for (const x of fold(b))
                for (const y of fold(c))
                    for (const z of fold(d))
                        this.#flags[(x << 10) | (y << 5) | z] |= 2;
        }
    }
    /** Length of keyword `id` as matched (lower-cased). */
    lengthOf(id) {
        return this.#lengths[id];
    }
    /**
     * Appends `start, id` pairs of each keyword occurrence that starts in `[from, to)` (default:
     * the whole text) to `out` (cleared first) and returns the number of hits. A flat number
     * array keeps the hot loop free of allocations.
     */
    scan(text, out, from = 0, to = text.length) {
        out.length = 0;
        const len = text.length;
        const end = Math.min(len, to);
        const flags = this.#flags;
        let hits = 0;
        /** Where the next keyword may start (after the last one found). */
        let next = from;
        // Hot loop, two positions a step: `p - 1` and `p`. Every read is in bounds (an
        // out-of-bounds charCodeAt makes V8 take a slow path); keywords may run past `to`.
        let p = from + 1;
        const last = Math.min(len - 2, end);
        if (p < last) {
            let c0 = text.charCodeAt(p) & 31;
            for (; p < last; p += 2) {
                const c1 = text.charCodeAt(p + 1) & 31;
                const c2 = text.charCodeAt(p + 2) & 31;
                const h = (c0 << 10) | (c1 << 5) | c2;
                c0 = c2;
                const f = flags[h];
                if (f === 0)
                    continue;
                if ((f & 2) !== 0 && p - 1 >= next) {
                    const k = this.#at(text, p - 1);
                    if (k !== undefined) {
                        out.push(p - 1, k.id);
                        hits++;
                        next = p - 1 + k.codes.length;
                    }
                }
                if ((f & 1) !== 0 && p >= next) {
                    const k = this.#longestAt(text, p, h);
                    if (k !== undefined) {
                        out.push(p, k.id);
                        hits++;
                        next = p + k.codes.length;
                    }
                }
            }
        }
        // The positions the loop did not reach: `p - 1` on, one at a time.
        for (let i = Math.max(p - 1, next); i < end; i++) {
            const k = this.#at(text, i);
            if (k === undefined)
                continue;
            out.push(i, k.id);
            hits++;
            i += k.codes.length - 1;
        }
        return hits;
    }
    /** The longest keyword at `i`, if any. */
    #at(text, i) {
        const h = ((codeAt(text, i) & 31) << 10) | ((codeAt(text, i + 1) & 31) << 5) | (codeAt(text, i + 2) & 31);
        return this.#present[h] === 0 ? undefined : this.#longestAt(text, i, h);
    }
    /** The longest keyword of bucket `h` that occurs at `i`. */
    #longestAt(text, i, h) {
        const bucket = this.#buckets[h];
        const n = text.length;
        for (let j = 0; j < bucket.length; j++) {
            const k = bucket[j];
            const codes = k.codes;
            const len = codes.length;
            if (i + len > n)
                continue;
            let q = 0;
            while (q < len) {
                let c = text.charCodeAt(i + q);
                if (c >= 65 && c <= 90)
                    c |= 32;
                if (c !== codes[q])
                    break;
                q++;
            }
            if (q === len)
                return k;
        }
        return undefined;
    }
}
/** A character code, 0 past the end. */
function codeAt(text, i) {
    return i < text.length ? text.charCodeAt(i) : 0;
}
function range32() {
    return Array.from({ length: 32 }, (_, i) => i);
}

;// CONCATENATED MODULE: ./src/engine/compile.ts

const DEFAULT_WINDOW = { before: 64, after: 256 };
const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function charTable(chars) {
    const t = new Uint8Array(128);
    for (let i = 0; i < chars.length; i++)
        if (chars.charCodeAt(i) < 128)
            t[chars.charCodeAt(i)] = 1;
    return t;
}
/**
 * Whether a regex source has a capture group (numbered or named), read from the source: running
 * a throwaway regex to count the groups compiled 170 extra regexes per engine (~3 ms per
 * thread). Escapes and character classes are skipped; `v`-mode sources (nested classes) are
 * asked of V8 instead.
 */
function hasCaptureGroup(pattern, flags) {
    if (flags.includes('v'))
        return new RegExp(`${pattern}|`, flags).exec('').length > 1;
    // Regexes, not a loop over characters: run ~80 times per engine, a loop got hot enough for
    // V8 to spend ~3 ms optimizing it in every thread, on the way to the scan.
    return OPENS_GROUP.test(pattern.replace(CANNOT_OPEN_GROUP, ''));
}
/**
 * Escapes and character classes (non-`v` mode: no nesting): they never open a group. The `]`
 * is optional so that an unclosed class is consumed once, not searched again from each `[`.
 */
const CANNOT_OPEN_GROUP = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]?/g;
/** `(` not followed by `?`, or a named group `(?<name>` (not a lookbehind). */
const OPENS_GROUP = /\((?!\?)|\(\?<(?![=!])/;
/**
 * Keyword id → indexes of the rules of every keyword it contains, itself included. Each keyword
 * is looked for in all keywords at once (joined by NUL, which no keyword holds): ~130 native
 * searches, where comparing every pair (~17,000) got hot enough for V8 to spend ~3 ms
 * optimizing it in every thread, on the way to the scan.
 */
function triggersOf(keywords, byKeyword) {
    const sets = keywords.map(() => new Set());
    const joined = keywords.join('\0');
    /** Keyword id of each character of `joined` (separators belong to the keyword before). */
    const owner = new Int32Array(joined.length + 1);
    for (let id = 0, at = 0; id < keywords.length; at += keywords[id].length + 1, id++)
        owner.fill(id, at, at + keywords[id].length + 1);
    for (const [other, rules] of byKeyword) {
        const add = (id) => {
            for (const r of rules)
                sets[id].add(r);
        };
        if (other.length === 0 || other.includes('\0')) {
            // Never in practice; compared one by one (a NUL would let a match span two keywords).
            keywords.forEach((k, id) => k.includes(other) && add(id));
            continue;
        }
        for (let at = joined.indexOf(other); at !== -1; at = joined.indexOf(other, at + 1))
            add(owner[at]);
    }
    return sets.map((set) => [...set].sort((a, b) => a - b));
}
function compileRules(providers, disabled = new Set()) {
    const rules = [];
    const byKeyword = new Map();
    for (const provider of providers) {
        for (const rule of provider.rules) {
            if (disabled.has(rule.id) || disabled.has(provider.id))
                continue;
            const own = (rule.flags ?? '').replace(/[gyd]/g, '');
            const extra = own + (rule.anchor ? 'y' : '');
            // The secret is the `secret` group, else group 1, else the whole match.
            const hasGroup = hasCaptureGroup(rule.pattern, own);
            const index = rules.length;
            const window = rule.window ?? DEFAULT_WINDOW;
            rules.push({
                index,
                rule,
                provider,
                regex: new RegExp(rule.pattern, 'g' + extra),
                hasGroup,
                spanRegex: hasGroup && !rule.locateAtMatch ? new RegExp(rule.pattern, 'dy' + own) : undefined,
                before: window.before,
                after: window.after,
                priority: (rule.generic ? 0 : 10) + CONFIDENCE_RANK[rule.confidence],
                requiresCaseless: rule.requires?.length && extra.includes('i') ? new RegExp(rule.requires.map(escapeRegex).join('|'), 'i') : undefined,
                next: rule.anchor?.next === undefined ? undefined : charTable(rule.anchor.next),
                generic: rule.generic === true,
                anchor: rule.anchor,
                requires: rule.requires,
                locateAtMatch: rule.locateAtMatch === true,
                verify: rule.verify,
                check: rule.check,
                skipPlaceholderGate: rule.skipPlaceholderGate === true,
                minEntropy: rule.minEntropy,
                minDigits: rule.minDigits,
            });
            for (const kw of rule.keywords) {
                const k = kw.toLowerCase();
                const list = byKeyword.get(k);
                if (list)
                    list.push(index);
                else
                    byKeyword.set(k, [index]);
            }
        }
    }
    const keywords = [...byKeyword.keys()];
    const triggers = triggersOf(keywords, byKeyword);
    const maxKeyword = keywords.reduce((m, k) => Math.max(m, k.length), 0);
    const specificPrefixes = [
        ...new Set(providers.filter((p) => !p.rules.every((r) => r.generic)).flatMap((p) => p.format?.prefixes ?? []).filter((x) => x.length >= 3)),
    ];
    const specificPrefix = specificPrefixes.length ? new RegExp(`^(?:${specificPrefixes.map(escapeRegex).join('|')})`) : /(?!)/;
    return { rules, keywords: new KeywordScanner(keywords), keywordTexts: keywords, triggers, specificPrefixes, specificPrefix, pathRules: rules.filter((r) => r.rule.paths?.length), maxKeyword };
}

// EXTERNAL MODULE: ./src/engine/entropy.ts
var entropy = __webpack_require__(1611);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
;// CONCATENATED MODULE: ./src/engine/locate.ts
/** Maps UTF-16 offsets in a text to 1-based line and column, building the line index lazily. */
class LineIndex {
    text;
    #starts;
    constructor(text) {
        this.text = text;
    }
    starts() {
        if (this.#starts)
            return this.#starts;
        const starts = [0];
        const t = this.text;
        let i = t.indexOf('\n');
        while (i !== -1) {
            starts.push(i + 1);
            i = t.indexOf('\n', i + 1);
        }
        this.#starts = starts;
        return starts;
    }
    /** 0-based line index of an offset. */
    lineOf(offset) {
        const s = this.starts();
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** 1-based column of an offset on its line. */
    columnOf(offset, line) {
        return offset - this.starts()[line] + 1;
    }
    /** Text of a 0-based line without its line terminator, capped at `max` chars around nothing. */
    lineText(line, max = 4096) {
        const s = this.starts();
        if (line < 0 || line >= s.length)
            return '';
        const start = s[line];
        const end = line + 1 < s.length ? s[line + 1] - 1 : this.text.length;
        const text = this.text.slice(start, Math.min(end, start + max));
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
}

// EXTERNAL MODULE: ./src/engine/placeholder.ts
var placeholder = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/engine/index.ts








/**
 * A match of a rule, before the gates. Its fields are never written after construction (see
 * `located`), and every candidate is made by this one constructor: V8's optimized code for the
 * per-candidate path then sees one object shape, with constant fields, from the first file on.
 */
class Candidate {
    rule;
    start;
    end;
    secret;
    groups;
    input;
    base;
    at;
    constructor(rule, 
    /** Offsets of the secret in the text; -1 until `located` (only candidates that need them are located). */
    start, end, secret, groups, 
    /** Where the match was found: at `at` in `input`, the text or a window of it starting at `base`. */
    input, base, at) {
        this.rule = rule;
        this.start = start;
        this.end = end;
        this.secret = secret;
        this.groups = groups;
        this.input = input;
        this.base = base;
        this.at = at;
    }
}
/**
 * The candidate with its secret's offsets: its rule's span regex run again where it matched.
 * A new candidate rather than a write to `start`/`end`: V8 treats a field never written after
 * creation as constant, and the first write threw away the scan's optimized code.
 */
function located(c) {
    if (c.start >= 0)
        return c;
    const re = c.rule.spanRegex;
    re.lastIndex = c.at;
    const indices = re.exec(c.input).indices;
    const span = indices.groups?.['secret'] ?? indices[1];
    return new Candidate(c.rule, c.base + span[0], c.base + span[1], c.secret, c.groups, c.input, c.base, c.at);
}
const NO_GROUPS = Object.freeze({});
/**
 * How far beyond a part keywords are looked for: more than any rule's window (the widest,
 * private keys, reaches 32 KB after its keyword) plus a keyword and an identifier.
 */
const PART_MARGIN = 64 * 1024;
class Engine {
    ruleSet;
    #allow;
    #markers;
    /** Keyword hits of the unit being scanned (reused: no allocation per unit). */
    #hits = [];
    /** Per rule index, while a unit is scanned: its windows, its anchored identifiers. */
    #perRule;
    #perAnchor;
    /** Rule indexes with windows (`i`) or anchored identifiers (`-1 - i`) in this unit. */
    #used = [];
    constructor(opts = {}) {
        this.ruleSet = compileRules(opts.providers ?? registry/* providers */.r5, opts.disabledRules);
        this.#perRule = new Array(this.ruleSet.rules.length).fill(undefined);
        this.#perAnchor = new Array(this.ruleSet.rules.length).fill(undefined);
        this.#allow = opts.isAllowedValue;
        this.#markers = opts.markers ?? true;
    }
    /** Scans one unit of text; findings are in text order, one per secret occurrence. */
    scanUnit(unit, part) {
        const text = unit.text;
        const cands = [];
        // A part of a large text: keywords are looked for a margin beyond it on each side (every
        // candidate near its edges is seen, and overlaps resolve as in a whole scan); only the
        // findings that start inside it are kept. The parts of a text give its findings exactly once.
        const from = part ? Math.max(0, part.from - PART_MARGIN) : 0;
        const to = part ? Math.min(text.length, part.to + PART_MARGIN) : text.length;
        const { windows, anchored } = this.#windows(text, unit.path, from, to);
        if (anchored.length)
            this.#runAnchored(text, anchored, cands);
        if (windows.length)
            this.#runWindows(text, windows, cands);
        if (cands.length === 0)
            return [];
        const accepted = [];
        const vetoed = [];
        for (const c of cands) {
            if (this.#passesGates(c))
                accepted.push(located(c));
            else if (!c.rule.generic) {
                const l = located(c);
                vetoed.push([l.start, l.end]);
            }
        }
        let chosen = resolveOverlaps(accepted, vetoed);
        if (part)
            chosen = chosen.filter((c) => c.start >= part.from && c.start < part.to);
        const lines = new LineIndex(text);
        const findings = [];
        for (const c of chosen) {
            const line0 = lines.lineOf(c.start);
            if (this.#markers && isAllowedByMarker(lines.lineText(line0, 65536), line0 > 0 ? lines.lineText(line0 - 1, 65536) : undefined)) {
                continue;
            }
            const endLine0 = lines.lineOf(Math.max(c.start, c.end - 1));
            findings.push(this.#finding(unit, c, line0, lines.columnOf(c.start, line0), endLine0, lines.columnOf(c.end, endLine0)));
        }
        return findings;
    }
    #finding(unit, c, line0, column, endLine0, endColumn) {
        const mapLine = (i) => (unit.lines ? (unit.lines[i] ?? unit.lines[unit.lines.length - 1] ?? i + 1) : i + 1);
        const { rule, provider } = c.rule;
        const finding = {
            rule: rule.id,
            provider: provider.id,
            providerName: provider.name,
            file: unit.path,
            line: mapLine(line0),
            column,
            endLine: mapLine(endLine0),
            endColumn,
            confidence: demote(rule.confidenceOf ? rule.confidenceOf(c.secret, c.groups ?? NO_GROUPS) : rule.confidence, rule.generic === true, unit.path),
            fingerprint: (0,secret/* fingerprint */.Rj)(rule.id, unit.path, c.secret),
            redacted: '',
            secret: new secret/* SecretValue */.iJ((0,strings/* detach */.Y)(c.secret)),
        };
        finding.redacted = finding.secret.redacted;
        if (unit.commit)
            finding.commit = unit.commit;
        return finding;
    }
    /**
     * Where each rule must run: merged `[start, end)` windows around its keyword hits, and for
     * anchored rules the identifiers (`[start, end)`) whose names passed the rule's name test.
     * Both are flat lists of `rule index, start, end` triples, by rule then offset.
     * (Plain loops over flat number arrays: this and the keyword scan are the per-hit hot path,
     * and small monomorphic functions keep V8's optimizing compiler cheap — it ran on the same
     * cores as the scan, and a large generator here cost ~160 ms of compilation per thread.)
     */
    #windows(text, path, from, to) {
        const { keywords, triggers, rules, pathRules } = this.ruleSet;
        const perRule = this.#perRule;
        const perAnchor = this.#perAnchor;
        const used = this.#used;
        used.length = 0;
        for (const r of pathRules) {
            if (r.rule.paths.some((p) => path === p || path.endsWith('/' + p))) {
                perRule[r.index] = [from, to];
                used.push(r.index);
            }
        }
        const hits = this.#hits;
        keywords.scan(text, hits, from, to);
        let identStart = -1;
        let identEnd = -1;
        let ident;
        let judged;
        let verdict = false;
        for (let h = 0; h < hits.length; h += 2) {
            const hit = hits[h];
            const kw = hits[h + 1];
            const triggered = triggers[kw];
            const hitEnd = hit + keywords.lengthOf(kw);
            for (let t = 0; t < triggered.length; t++) {
                const ri = triggered[t];
                const r = rules[ri];
                const anchor = r.anchor;
                if (anchor) {
                    if (hit >= identEnd) {
                        identStart = identifierStart(text, hit, hitEnd);
                        identEnd = identifierEnd;
                        ident = undefined;
                        judged = undefined;
                    }
                    if (identStart < 0)
                        continue;
                    const next = r.next;
                    if (next !== undefined && next[text.charCodeAt(identEnd)] !== 1)
                        continue;
                    let a = perAnchor[ri];
                    if (a === undefined) {
                        perAnchor[ri] = a = [];
                        used.push(-1 - ri);
                    }
                    else if (a[a.length - 2] === identStart)
                        continue;
                    const { prefix, name } = anchor;
                    if (typeof prefix === 'string' ? !text.startsWith(prefix, identStart - prefix.length) : prefix && !prefix(text, identStart))
                        continue;
                    // Rules usually share one name test: judge each identifier once.
                    if (judged !== name) {
                        ident ??= text.slice(identStart, identEnd);
                        judged = name;
                        verdict = name(ident);
                    }
                    if (verdict)
                        a.push(identStart, identEnd);
                    continue;
                }
                const s = hit > r.before ? hit - r.before : 0;
                const e = Math.min(text.length, hitEnd + r.after);
                let w = perRule[ri];
                if (w === undefined) {
                    perRule[ri] = w = [s, e];
                    used.push(ri);
                    continue;
                }
                const n = w.length;
                if (s <= w[n - 1]) {
                    if (e > w[n - 1])
                        w[n - 1] = e;
                }
                else
                    w.push(s, e);
            }
        }
        // Flatten by rule index (the order candidates were always produced in) and reset.
        const windows = [];
        const anchored = [];
        used.sort((a, b) => (a < 0 ? -1 - a : a) - (b < 0 ? -1 - b : b));
        for (const u of used) {
            const ri = u < 0 ? -1 - u : u;
            const list = u < 0 ? perAnchor[ri] : perRule[ri];
            const into = u < 0 ? anchored : windows;
            for (let i = 0; i < list.length; i += 2)
                into.push(ri, list[i], list[i + 1]);
            if (u < 0)
                perAnchor[ri] = undefined;
            else
                perRule[ri] = undefined;
        }
        return { windows, anchored };
    }
    /** Anchored rules: the regex runs once, sticky, right after each identifier that passed. */
    #runAnchored(text, anchored, out) {
        const rules = this.ruleSet.rules;
        for (let i = 0; i < anchored.length; i += 3) {
            const r = rules[anchored[i]];
            const s = anchored[i + 1];
            const e = anchored[i + 2];
            r.regex.lastIndex = e;
            const x = r.regex.exec(text);
            if (!x)
                continue;
            const groups = x.groups;
            const secret = groups?.['secret'];
            if (!groups || secret === undefined)
                continue;
            // `groups` is this match's own object: the identifier joins it without a copy.
            groups['name'] = text.slice(s, e);
            out.push(new Candidate(r, -1, -1, secret, groups, text, 0, x.index));
        }
    }
    /** Window rules: the regex runs over each merged window, after the rule's `requires` test. */
    #runWindows(text, windows, out) {
        const rules = this.ruleSet.rules;
        for (let i = 0; i < windows.length; i += 3) {
            const r = rules[windows[i]];
            const base = windows[i + 1];
            const sub = text.slice(base, windows[i + 2]);
            const requires = r.requires;
            if (r.requiresCaseless ? !r.requiresCaseless.test(sub) : requires && !requires.some((q) => sub.includes(q)))
                continue;
            const re = r.regex;
            re.lastIndex = 0;
            let x;
            while ((x = re.exec(sub)) !== null) {
                if (x[0].length === 0) {
                    re.lastIndex++;
                    continue;
                }
                const matchStart = base + x.index;
                if (!r.hasGroup) {
                    out.push(new Candidate(r, matchStart, matchStart + x[0].length, x[0], undefined, sub, base, x.index));
                    continue;
                }
                const secret = x.groups?.['secret'] ?? x[1];
                if (secret === undefined)
                    continue;
                if (r.locateAtMatch)
                    out.push(new Candidate(r, matchStart, matchStart + x[0].length, secret, x.groups, sub, base, x.index));
                else
                    out.push(new Candidate(r, -1, -1, secret, x.groups, sub, base, x.index));
            }
        }
    }
    #passesGates(c) {
        const rule = c.rule;
        const s = c.secret;
        if (s.length === 0)
            return false;
        // Cheapest first (the result does not depend on the order): near-miss text such as
        // `api_key: sk-proj-abc` gives generic candidates by the thousand.
        if (rule.generic && this.ruleSet.specificPrefix.test(s))
            return false;
        if (rule.verify && !rule.verify(s))
            return false;
        if (rule.check && !rule.check(s, c.groups ?? NO_GROUPS))
            return false;
        if (!rule.skipPlaceholderGate && (0,placeholder/* isPlaceholder */.wK)(s))
            return false;
        if (rule.minEntropy !== undefined && (0,entropy/* shannonEntropy */.ly)(s) < rule.minEntropy)
            return false;
        if (rule.minDigits !== undefined && (0,entropy/* countDigits */.Qi)(s) < rule.minDigits)
            return false;
        if (this.#allow?.(s))
            return false;
        return true;
    }
}
/**
 * Keeps one candidate per overlapping group: the highest priority (specific before generic,
 * then confidence), then the longest. Generic candidates that overlap a span a specific rule
 * rejected are dropped too (a GitHub token with a wrong checksum is not a generic secret).
 */
function resolveOverlaps(cands, vetoed) {
    const isVetoed = overlapTester(vetoed);
    const sorted = cands.filter((c) => !c.rule.generic || !isVetoed(c.start, c.end)).sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const c of sorted) {
        const last = out[out.length - 1];
        if (last && c.start < last.end) {
            if (better(c, last))
                out[out.length - 1] = c;
            continue;
        }
        out.push(c);
    }
    return out;
}
/** Builds an O(log n) test for "does [s, e) overlap any of these spans". */
function overlapTester(spans) {
    if (spans.length === 0)
        return () => false;
    spans.sort((a, b) => a[0] - b[0]);
    // Merge into disjoint, sorted spans.
    const merged = [];
    for (const sp of spans) {
        const last = merged[merged.length - 1];
        if (last && sp[0] <= last[1])
            last[1] = Math.max(last[1], sp[1]);
        else
            merged.push([sp[0], sp[1]]);
    }
    return (s, e) => {
        let lo = 0;
        let hi = merged.length - 1;
        // Last merged span starting before e.
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (merged[mid][0] < e)
                lo = mid;
            else
                hi = mid - 1;
        }
        const sp = merged[lo];
        return sp[0] < e && s < sp[1];
    };
}
function better(a, b) {
    if (a.rule.priority !== b.rule.priority)
        return a.rule.priority > b.rule.priority;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (la !== lb)
        return la > lb;
    return a.rule.index < b.rule.index;
}
/** Tests, fixtures, docs and examples: where made-up credentials live. */
const TEST_OR_DOC_PATH = /(?:^|\/)(?:tests?|specs?|__tests__|__mocks__|fixtures?|testdata|test-data|mocks?|docs?|examples?|samples?)\/|(?:^|[._-])(?:test|spec)[._-][^/]*$|_test\.[a-z]+$|\.md$|\.rst$/i;
/** A generic finding in a test or documentation file is reported with low confidence. */
function demote(confidence, generic, path) {
    return generic && confidence !== 'low' && TEST_OR_DOC_PATH.test(path) ? 'low' : confidence;
}
const MAX_IDENTIFIER = 128;
function isIdentChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
/** End of the identifier found by the last `identifierStart` call (saves an array per hit). */
let identifierEnd = -1;
/**
 * Start of the identifier (`[A-Za-z0-9_.-]+`, starting with a letter) around a keyword hit, its
 * end in `identifierEnd`; -1 when there is none or it is implausibly long (minified, base64).
 */
function identifierStart(text, hit, hitEnd) {
    let s = hit;
    const minS = Math.max(0, hit - MAX_IDENTIFIER);
    while (s > minS && isIdentChar(text.charCodeAt(s - 1)))
        s--;
    let e = hitEnd;
    const maxE = Math.min(text.length, hitEnd + MAX_IDENTIFIER);
    while (e < maxE && isIdentChar(text.charCodeAt(e)))
        e++;
    identifierEnd = e;
    // Too long on either side? Every comparison runs each time: one first run late would make
    // V8 throw this function's optimized code away (see looksLikeIdentifier).
    const atMin = s === minS;
    const notFirst = s > 0;
    const atMax = e === maxE;
    const notLast = e < text.length;
    const cutBefore = atMin && notFirst;
    const cutAfter = atMax && notLast;
    if ((cutBefore && isIdentChar(text.charCodeAt(s - 1))) || (cutAfter && isIdentChar(text.charCodeAt(e))))
        return -1;
    // Leading dots/dashes/digits are not part of a name (`--password`, `.token`, `1key`).
    while (s < hit && !isLetter(text.charCodeAt(s)))
        s++;
    return isLetter(text.charCodeAt(s)) ? s : -1;
}
function isLetter(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
let defaultEngine;
/** Convenience for tests and one-off scans: scans `text` as if it were the file `path`. */
function scanText(text, path = 'input', opts) {
    const engine = opts ? new Engine(opts) : (defaultEngine ??= new Engine());
    return engine.scanUnit({ path, text });
}

;// CONCATENATED MODULE: ./src/scan/engine-spec.ts



/** The providers a config yields: the registry plus its custom rules. */
function providersFor(config) {
    const custom = customRulesToProvider(config);
    return custom ? [...registry/* providers */.r5, custom] : registry/* providers */.r5;
}
/** What the engine needs from a config, as plain data (it crosses to worker threads). */
function engineSpecFor(config) {
    return { config, disabledRules: config.rules.disable.filter((r) => !config.rules.enable.includes(r)) };
}
function buildEngine(spec) {
    return new Engine({
        providers: providersFor(spec.config),
        disabledRules: new Set(spec.disabledRules),
        isAllowedValue: compileAllow(spec.config),
    });
}


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  km: () => (/* binding */ ScanPool),
  n6: () => (/* binding */ TAIL_FILES),
  runScanWorker: () => (/* binding */ runScanWorker),
  Ab: () => (/* binding */ scanBatch)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/secret.ts
var secret = __webpack_require__(7355);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/sources/decode.ts
function decodeBytes(buf) {
    if (buf.length >= 2) {
        if (buf[0] === 0xff && buf[1] === 0xfe) {
            return { kind: 'text', text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
        }
        if (buf[0] === 0xfe && buf[1] === 0xff) {
            const body = Buffer.from(buf.subarray(2));
            if (body.length % 2 === 0)
                body.swap16();
            else
                swapOdd(body);
            return { kind: 'text', text: body.toString('utf16le'), encoding: 'utf-16be' };
        }
    }
    if (buf.indexOf(0) !== -1)
        return { kind: 'binary' };
    const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    return { kind: 'text', text: buf.toString('utf8', start), encoding: 'utf-8' };
}
function swapOdd(b) {
    for (let i = 0; i + 1 < b.length; i += 2) {
        const t = b[i];
        b[i] = b[i + 1];
        b[i + 1] = t;
    }
}

// EXTERNAL MODULE: ./src/sources/paths.ts
var paths = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/sources/read-file.ts



/**
 * Reads and decodes one file; never throws for a file-level problem. Synchronous on purpose:
 * a scan has nothing else to do meanwhile, and sync reads cost a third of promise-based ones.
 */
function readUnit(root, file, maxFileSize) {
    const rel = (0,paths/* relativePath */.i)(root, file);
    try {
        const ls = (0,external_node_fs_.lstatSync)(file);
        if (ls.isSymbolicLink())
            return { skipped: { path: rel, reason: 'symlink' }, bytes: 0 };
        if (!ls.isFile())
            return { skipped: { path: rel, reason: 'unreadable', detail: 'not a regular file' }, bytes: 0 };
        if (ls.size > maxFileSize) {
            // A binary over the limit is just a binary: no "raise --max-file-size" advice for it.
            if (isBinaryFile(file))
                return { skipped: { path: rel, reason: 'binary' }, bytes: 0 };
            return { skipped: { path: rel, reason: 'too-large', detail: `${ls.size} bytes > limit ${maxFileSize}` }, bytes: 0 };
        }
        const buf = readUnlessBinary(file, ls.size);
        if (buf === undefined)
            return { skipped: { path: rel, reason: 'binary' }, bytes: ls.size };
        const decoded = decodeBytes(buf);
        if (decoded.kind === 'binary')
            return { skipped: { path: rel, reason: 'binary' }, bytes: buf.length };
        return { unit: { path: rel, text: decoded.text }, bytes: buf.length };
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { skipped: { path: rel, reason: 'unreadable', detail: 'deleted before it could be read' }, bytes: 0 };
        return { skipped: { path: rel, reason: 'unreadable', detail: code ?? 'read error' }, bytes: 0 };
    }
}
/** How much of a file is read first to tell binary from text (as git does: 8000 bytes). */
const SNIFF_BYTES = 8192;
/**
 * One read buffer per thread for files up to 1 MB: a fresh Buffer per file is memory outside
 * the V8 heap that is only returned at the next GC, and with thousands of files it piled up
 * to tens of MB of peak RSS. Larger files get their own buffer.
 */
const SHARED_BYTES = 1 << 20;
const shared = Buffer.alloc(SHARED_BYTES);
/** Whether the first 8 KB hold a NUL byte and no UTF-16 byte-order mark. */
function looksBinary(head) {
    const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
    return !utf16 && head.includes(0);
}
function isBinaryFile(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        return looksBinary(shared.subarray(0, (0,external_node_fs_.readSync)(fd, shared, 0, SNIFF_BYTES, 0)));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The file's bytes, or undefined when its first 8 KB show it is binary (a NUL byte and no
 * UTF-16 byte-order mark): binaries (.so, .pyc, images) are not read in full.
 * The result may be a view of a shared buffer: decode it before the next call.
 */
function readUnlessBinary(file, size) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = size <= SHARED_BYTES ? shared : Buffer.allocUnsafe(size);
        const head = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(SNIFF_BYTES, size), 0);
        if (looksBinary(buf.subarray(0, head)))
            return undefined;
        let got = head;
        // A file that shrinks meanwhile is read to its new end; one that grows, to its old size.
        while (got < size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return buf.subarray(0, got);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/scan/engine-spec.ts + 6 modules
var engine_spec = __webpack_require__(2571);
// EXTERNAL MODULE: ./src/scan/workers.ts + 1 modules
var scan_workers = __webpack_require__(5979);
;// CONCATENATED MODULE: ./src/scan/parallel.ts





/**
 * Files a thread claims at a time: a few, each claim being one atomic operation; one at a time
 * for the list's last files, so that the threads finish together (a thread that claimed a
 * batch of large files last would leave the others idle).
 */
const BATCH_FILES = 8;
const TAIL_FILES = 64;
/**
 * Claims the next tasks from the shared cursor: a part of a large file alone (each part goes to
 * whichever thread is free), else a batch of files up to the next part, or one file in the
 * tail of a `complete` list; undefined when none is left of the tasks this thread has (more
 * may be on their way to it).
 */
function claim(cursor, tasks, complete) {
    for (;;) {
        const from = Atomics.load(cursor, 0);
        if (from >= tasks.length)
            return undefined;
        let to = from + 1;
        if (typeof tasks[from] === 'string' && (!complete || tasks.length - from > TAIL_FILES)) {
            const end = Math.min(from + BATCH_FILES, tasks.length);
            while (to < end && typeof tasks[to] === 'string')
                to++;
        }
        if (Atomics.compareExchange(cursor, 0, from, to) === from)
            return tasks.slice(from, to);
    }
}
/** Reads and scans a batch of files or file parts in this thread. */
function scanBatch(engine, root, tasks, maxFileSize, into) {
    const res = into ?? { findings: [], skipped: [], bytes: 0, files: 0 };
    for (const task of tasks) {
        const whole = typeof task === 'string';
        const o = readUnit(root, whole ? task : task.file, maxFileSize);
        const first = whole || task.part === 0;
        if (first)
            res.bytes += o.bytes;
        if (o.skipped) {
            if (first)
                res.skipped.push(o.skipped);
            continue;
        }
        const unit = o.unit;
        if (first)
            res.files++;
        const found = whole ? engine.scanUnit(unit) : engine.scanUnit(unit, partOf(unit.text.length, task.part, task.parts));
        for (const f of found)
            res.findings.push(f);
    }
    return res;
}
function partOf(length, part, parts) {
    return { from: Math.floor((length * part) / parts), to: part === parts - 1 ? length : Math.floor((length * (part + 1)) / parts) };
}
/**
 * Worker threads that scan whole files. Every thread (this one too, when `run` gets an engine)
 * claims batches of files from one shared atomic cursor, so a worker never waits for this
 * thread's event loop, which is busy while this thread scans a file.
 * Start the pool before listing the files (a worker boots in ~35 ms; it overlaps the listing),
 * `add` files while they are being listed (workers start on them at once), then `run` the
 * rest. On two cores, this thread plus one worker beat two workers on every tree measured
 * (time and peak RSS: one isolate fewer to boot and to hold).
 */
class ScanPool {
    #workers = [];
    #done = [];
    #out = { findings: [], skipped: [], bytes: 0, files: 0 };
    #cursorBuffer = new SharedArrayBuffer(4);
    #cursor = new Int32Array(this.#cursorBuffer);
    #files = [];
    /** Set by `run`: the list is complete, and this thread may claim from it. */
    #complete = false;
    /** Workers that said they are done (their last result came before). */
    #finished = 0;
    #failure;
    /** 1 while this thread is scanning batches too. */
    #pending = 0;
    #root;
    #maxFileSize;
    #settle;
    constructor(spec, root, maxFileSize, threads) {
        this.#root = root;
        this.#maxFileSize = maxFileSize;
        const workers = (0,scan_workers/* takeWorkers */.rd)(threads, maxFileSize);
        for (let i = 0; i < workers.length; i++) {
            const w = workers[i];
            this.#workers.push(w);
            this.#done.push(false);
            w.on('message', (msg) => this.#onMessage(i, msg));
            w.on('error', (err) => this.#fail(new Error(`a scan worker thread failed: ${err.message}`)));
            w.on('exit', () => this.#onExit(i));
            w.postMessage({ type: 'setup', spec, root, maxFileSize, cursor: this.#cursorBuffer });
        }
    }
    /** Hands workers more files while the list is still being made (no parts of large files). */
    add(files) {
        this.#push(files, false);
    }
    /**
     * Adds the last tasks (parts of large files among them) and scans them all, in this thread
     * too when given an engine maker (called once the tasks are posted: the workers start on
     * them while this thread builds its engine); resolves when all is done. Call once.
     */
    run(files, makeEngine) {
        this.#push(files, true);
        this.#complete = true;
        const done = new Promise((resolve, reject) => {
            this.#settle = { resolve, reject };
        });
        if (this.#failure)
            this.#fail(this.#failure);
        else if (makeEngine)
            void this.#scanHere(makeEngine());
        return done;
    }
    /** This thread claims batches too, yielding to the event loop between them to take in results. */
    async #scanHere(engine) {
        this.#pending++;
        try {
            for (let batch = this.#claim(); batch; batch = this.#claim()) {
                scanBatch(engine, this.#root, batch, this.#maxFileSize, this.#out);
                await new Promise((r) => setImmediate(r));
            }
        }
        catch (err) {
            this.#fail(err);
        }
        finally {
            this.#pending--;
            this.#maybeDone();
        }
    }
    #push(files, last) {
        for (const f of files)
            this.#files.push(f);
        // A worker still booting gets the message once it listens: no handshake, so a worker
        // never waits for this thread's event loop (busy listing or scanning) to hear it is ready.
        // Sent before this thread scans its first batch.
        for (const w of this.#workers)
            w.postMessage({ type: 'files', files: files, last });
    }
    /** Stops every worker (also when `run` was never called). */
    close() {
        for (const w of this.#workers)
            void w.terminate();
    }
    #claim() {
        return this.#complete && !this.#failure ? claim(this.#cursor, this.#files, true) : undefined;
    }
    #onMessage(i, msg) {
        if (msg.type === 'error')
            return this.#fail(new Error(`a scan worker thread failed: ${msg.message}`));
        if (msg.type === 'done') {
            this.#finished++;
            this.#done[i] = true;
            return this.#maybeDone();
        }
        const out = this.#out;
        for (const f of msg.findings) {
            const { raw, ...rest } = f;
            out.findings.push({ ...rest, secret: new secret/* SecretValue */.iJ(raw) });
        }
        out.skipped.push(...msg.skipped);
        out.bytes += msg.bytes;
        out.files += msg.files;
    }
    /** A worker that exits before saying it is done (killed, out of memory) fails the scan. */
    #onExit(i) {
        if (!this.#done[i] && this.#settle)
            this.#fail(new Error('a scan worker thread stopped before the scan was done'));
    }
    /** Resolves once this thread and every worker are done: no wait for the workers' exit. */
    #maybeDone() {
        if (this.#finished < this.#workers.length || this.#pending > 0 || this.#failure || !this.#settle)
            return;
        if (Atomics.load(this.#cursor, 0) < this.#files.length)
            return this.#fail(new Error('a scan thread stopped before the scan was done'));
        this.#settle.resolve(this.#out);
    }
    #fail(err) {
        this.#failure ??= err;
        if (!this.#settle)
            return;
        this.#settle.reject(this.#failure);
        this.close();
    }
}
/**
 * The worker side: builds the engine from the `setup` message, then, as files arrive, claims
 * and scans batches of the ones it has until none is left, posting each batch's result; after
 * the last files, says it is done and exits.
 */
function runScanWorker() {
    const port = external_node_worker_threads_.parentPort;
    const fail = (err) => port.postMessage({ type: 'error', message: String(err?.message ?? err) });
    let setup;
    const tasks = [];
    port.on('message', (msg) => {
        try {
            if (msg.type === 'setup') {
                setup = { engine: (0,engine_spec/* buildEngine */.zn)(msg.spec), root: msg.root, maxFileSize: msg.maxFileSize, cursor: new Int32Array(msg.cursor) };
                return;
            }
            if (!setup)
                throw new Error('files before setup');
            const { engine, root, maxFileSize, cursor } = setup;
            for (const t of msg.files)
                tasks.push(t);
            for (let batch = claim(cursor, tasks, msg.last); batch; batch = claim(cursor, tasks, msg.last)) {
                const res = scanBatch(engine, root, batch, maxFileSize);
                const findings = res.findings.map(({ secret, ...rest }) => ({ ...rest, raw: secret.reveal() }));
                port.postMessage({ type: 'result', ...res, findings });
            }
            if (!msg.last)
                return;
            port.postMessage({ type: 'done' });
        }
        catch (err) {
            fail(err);
        }
        port.close();
    });
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   iJ: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Redacted form of a secret: at most the first 4 and last 3 characters with `…` between,
 * plus the length. Short values reveal less so that at least half stays hidden.
 */
function redact(value) {
    const n = value.length;
    if (n === 0)
        return '(empty)';
    let head = 4;
    let tail = 3;
    // Shrink the longer side first (the tail on a tie): the prefix says which provider it is.
    while (head + tail > Math.floor(n / 2) && (head > 0 || tail > 0)) {
        if (head > tail)
            head--;
        else
            tail--;
    }
    const shown = value.slice(0, head) + '…' + (tail > 0 ? value.slice(n - tail) : '');
    return `${shown} (${n} chars)`;
}
/**
 * A secret value that cannot leak by accident: string conversion, JSON serialisation and
 * `util.inspect` all give the redacted form. Only `reveal()` returns the raw value, and only
 * code that must hand the value on (masking, live validation) calls it.
 */
class SecretValue {
    #raw;
    redacted;
    constructor(raw) {
        this.#raw = raw;
        this.redacted = redact(raw);
    }
    reveal() {
        return this.#raw;
    }
    get length() {
        return this.#raw.length;
    }
    toString() {
        return this.redacted;
    }
    toJSON() {
        return this.redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_1__.inspect.custom]() {
        return `SecretValue(${this.redacted})`;
    }
}
/** Stable fingerprint of a finding: a hash of (rule, file, secret), never the secret itself. */
function fingerprint(rule, file, secret) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rule).update('\0').update(file).update('\0').update(secret).digest('hex').slice(0, 32);
}


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ relativeTo),
/* harmony export */   i: () => (/* binding */ relativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** In the part of a path below root: a `.` or `..` segment, or an empty one (a leading or doubled separator); such a path needs `path.relative`. */
const UNNORMALIZED = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]|^[\\/]/;
/**
 * Forward-slash path relative to root. Called for every listed file (twice: filter, read), so
 * the usual case, a normalized path below root, is a slice; anything else goes through
 * `path.relative`.
 */
function relativePath(root, file) {
    return relativeTo(root)(file);
}
/** `relativePath` for many files under one root (the prefix is made once). */
function relativeTo(root) {
    const prefix = root.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? root : root + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep);
    return (file) => {
        if (file.startsWith(prefix)) {
            // Only the part below root can be unnormalized (root itself is resolved).
            const rel = file.slice(prefix.length);
            if (!UNNORMALIZED.test(rel))
                return (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) === '/' ? rel : rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
        }
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    };
}


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits),
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
/**
 * A copy of `s` that does not keep the string it was sliced from alive. V8 represents a
 * slice as a view into its parent: a 40-character key kept from a 10 MB file would keep the
 * whole file in memory. Anything kept beyond one file's scan (a finding's value, a path or commit
 * sha parsed out of a 64 KB chunk of git output) goes through this.
 */
function detach(s) {
    return s.length < 13 ? s : (' ' + s).slice(1);
}
/**
 * Orders strings (or numbers) by code unit: the same on every machine, whatever its locale, and
 * without the ~5 ms a first `localeCompare` costs (ICU's collator).
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
