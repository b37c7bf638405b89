export const id = 152;
export const ids = [152];
export const modules = {

/***/ 2152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isLive: () => (/* binding */ isLive),
/* harmony export */   verifyFindings: () => (/* binding */ verifyFindings)
/* harmony export */ });
/* unused harmony exports DEFAULT_VERIFY_CONCURRENCY, DEFAULT_VERIFY_TIMEOUT_MS, DEFAULT_VERIFY_DEADLINE_MS, verificationLine */
/* harmony import */ var _health_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3774);
/* harmony import */ var _health_live_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3712);
/* harmony import */ var _health_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(737);
/**
 * `scan --verify`: asks each finding's provider whether its key is live, through the record's
 * live check — the same request, transport and reading as `keylint check` (health/live.ts).
 *
 * - Each distinct secret (with its pair) is checked once, whatever the number of findings.
 * - At most `concurrency` requests at a time, each with `timeoutMs` and bounded retries on
 *   429/5xx; the whole pass ends by `deadlineMs` (what is left is `unknown: out of time`).
 * - Keys go only to the record's own host or to the `--endpoint` the person running keylint
 *   gave: nothing read from the scanned files can change where a key is sent.
 * - Generic findings, providers without a live check, a check that needs the other part of a
 *   pair that was not found, key kinds the check cannot prove, and checks that would put the
 *   key in a URL are `unsupported`, with the reason.
 */



const DEFAULT_VERIFY_CONCURRENCY = 8;
const DEFAULT_VERIFY_TIMEOUT_MS = 10_000;
const DEFAULT_VERIFY_DEADLINE_MS = 120_000;
const STATUSES = ['valid', 'restricted', 'invalid', 'rate-limited', 'quota-exhausted', 'unknown', 'unsupported'];
/** Why a finding's key cannot be checked, or undefined when it can. */
function unsupported(f, provider) {
    if (!provider || provider.rules.every((r) => r.generic))
        return 'a generic finding has no provider to ask';
    const live = provider.live;
    if (!live)
        return provider.noLive ? `${provider.name} has no side-effect-free check (${provider.noLive})` : `${provider.name} has no side-effect-free check`;
    if (live.auth.kind === 'query' || live.auth.kind === 'path')
        return `${provider.name} takes the key only in the URL, which proxies and logs keep`;
    const key = f.secret.reveal();
    if (live.prefixes && !live.prefixes.some((p) => key.startsWith(p)))
        return `${provider.name}'s check proves only ${live.prefixes.join(', ')} keys`;
    if ((0,_health_live_js__WEBPACK_IMPORTED_MODULE_1__/* .needsPair */ .ml)(live) && !f.pair) {
        const label = provider.rules.find((r) => r.id === f.rule)?.pair?.label ?? provider.rules.find((r) => r.pair)?.pair?.label ?? 'other part';
        return `the check needs the ${label} too, and none was found next to the key`;
    }
    return undefined;
}
function verdictOf(o, secrets) {
    const v = { status: o.status };
    if (o.httpStatus !== null)
        v.http = o.httpStatus;
    // A provider's message may echo the key back: scrubbed, and kept short.
    if (o.detail)
        v.detail = (0,_health_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._)(o.detail, secrets).slice(0, 200);
    return v;
}
/**
 * Sets `verification` on every finding (in place) and returns a summary. Never throws for a
 * provider's answer or a network failure; those are `unknown` with the reason.
 */
async function verifyFindings(findings, providers, opts = {}) {
    const byId = new Map(providers.map((p) => [p.id, p]));
    const jobs = new Map();
    for (const f of findings) {
        const provider = byId.get(f.provider);
        const reason = unsupported(f, provider);
        if (reason) {
            f.verification = { status: 'unsupported', detail: reason };
            continue;
        }
        const secret = f.secret.reveal();
        const pair = f.pair?.secret.reveal();
        const key = `${provider.id}\0${secret}\0${pair ?? ''}`;
        const job = jobs.get(key);
        if (job)
            job.findings.push(f);
        else
            jobs.set(key, { provider: provider, secret, pair, findings: [f] });
    }
    const deadline = Date.now() + (opts.deadlineMs ?? DEFAULT_VERIFY_DEADLINE_MS);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS;
    await (0,_health_check_js__WEBPACK_IMPORTED_MODULE_0__/* .mapConcurrent */ ._k)([...jobs.values()], opts.concurrency ?? DEFAULT_VERIFY_CONCURRENCY, async (job) => {
        const left = deadline - Date.now();
        let v;
        if (left <= 0)
            v = { status: 'unknown', detail: 'the verification pass ran out of time' };
        else {
            const live = job.provider.live;
            const base = opts.endpoints?.get(job.provider.id) ?? live.base;
            const outcome = await (0,_health_live_js__WEBPACK_IMPORTED_MODULE_1__/* .liveCheck */ .rR)(live, job.secret, base, {
                timeoutMs: Math.min(timeoutMs, left),
                ...(job.pair !== undefined ? { pair: job.pair } : {}),
                ...(opts.version ? { version: opts.version } : {}),
                retry: { retries: opts.retries ?? 2, maxTotalWaitMs: Math.max(0, Math.min(8_000, left - timeoutMs)) },
            });
            v = verdictOf(outcome, job.pair !== undefined ? [job.secret, job.pair] : [job.secret]);
        }
        for (const f of job.findings)
            f.verification = { ...v };
    });
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const f of findings)
        byStatus[f.verification.status]++;
    return { requests: jobs.size, byStatus };
}
/** `3 live, 12 invalid, 40 not verifiable` — the statuses that occurred, live ones first. */
function verificationLine(summary) {
    const b = summary.byStatus;
    const parts = [];
    if (b.valid + b.restricted)
        parts.push(`${b.valid + b.restricted} live${b.restricted ? ` (${b.restricted} restricted)` : ''}`);
    if (b.invalid)
        parts.push(`${b.invalid} invalid`);
    if (b['quota-exhausted'])
        parts.push(`${b['quota-exhausted']} out of quota`);
    if (b['rate-limited'])
        parts.push(`${b['rate-limited']} rate-limited`);
    if (b.unknown)
        parts.push(`${b.unknown} unknown`);
    if (b.unsupported)
        parts.push(`${b.unsupported} not verifiable`);
    return `verified: ${parts.join(', ') || 'nothing to verify'} (${summary.requests} ${summary.requests === 1 ? 'request' : 'requests'})`;
}
/** Whether a finding's key is live: valid, or valid but restricted. */
function isLive(f) {
    return f.verification?.status === 'valid' || f.verification?.status === 'restricted';
}


/***/ })

};
