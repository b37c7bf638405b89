export const id = 426;
export const ids = [426];
export const modules = {

/***/ 3907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   dG: () => (/* binding */ writeBaselineEntries),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   wD: () => (/* binding */ compareEntries)
/* harmony export */ });
/* unused harmony exports BASELINE_FILE, BASELINE_VERSION, toEntry, formatBaseline, formatEntries, parseBaseline */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);




/**
 * `.keylint-baseline.json`: findings a team has accepted for now. Entries hold a fingerprint
 * (a hash of rule, file and secret), never the secret. A finding is matched by fingerprint,
 * so it stays suppressed when it moves to another line.
 *
 * Counting: when the same secret occurs several times in one file, each occurrence is its
 * own entry (same fingerprint, own line), and each entry suppresses at most one finding. A
 * new copy of a baselined secret is therefore reported, and removing one copy leaves one
 * stale entry.
 */
const BASELINE_FILE = '.keylint-baseline.json';
const BASELINE_VERSION = 1;
const FINGERPRINT = /^[0-9a-f]{16,64}$/;
const SHA1 = /^[0-9a-f]{40}$/;
const keyOf = (e) => e.fingerprint ?? `~${e.sha1 ?? ''}`;
function compareEntries(a, b) {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (ka < kb ? -1 : ka > kb ? 1 : 0);
}
/** The baseline entry for a finding: the redacted form only, never the secret. */
function toEntry(f) {
    return { fingerprint: f.fingerprint, rule: f.rule, file: f.file, line: f.line, redacted: f.redacted };
}
/** The file content for `findings`: entries sorted by file, line, rule, fingerprint; 2-space JSON. */
function formatBaseline(findings, now = new Date()) {
    return formatEntries(findings.map(toEntry), now);
}
/** The file content for entries (sorted; key order fixed). */
function formatEntries(entries, now = new Date()) {
    const tidy = entries.map((e) => {
        const out = {};
        if (e.fingerprint !== undefined)
            out.fingerprint = e.fingerprint;
        if (e.sha1 !== undefined)
            out.sha1 = e.sha1;
        return Object.assign(out, { rule: e.rule, file: e.file, line: e.line, redacted: e.redacted });
    });
    const body = { version: BASELINE_VERSION, createdAt: now.toISOString(), findings: tidy.sort(compareEntries) };
    return JSON.stringify(body, null, 2) + '\n';
}
/** Writes the baseline atomically (temp file + rename), so an interrupted run never leaves half a file. */
async function writeBaseline(file, findings, now = new Date()) {
    await writeBaselineEntries(file, findings.map(toEntry), now);
}
async function writeBaselineEntries(file, entries, now = new Date()) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, formatEntries(entries, now), { encoding: 'utf8', mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot write baseline ${file}: ${e.code ?? e.message}`);
    }
}
/** 1-based line and column of a character offset. */
function lineCol(text, offset) {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const line = before.split('\n').length;
    return `${line}:${before.length - before.lastIndexOf('\n')}`;
}
/** Is this JSON.parse error only about the text ending early (true for every prefix of valid JSON)? */
function endsEarly(message, length) {
    if (message.includes('end of JSON input'))
        return true;
    const pos = /position (\d+)/.exec(message);
    return pos !== null && Number(pos[1]) >= length;
}
/**
 * Offset of the first character JSON.parse rejects: binary search for the shortest prefix
 * that fails for a reason other than ending early (Node's messages do not always carry a position).
 */
function jsonErrorOffset(text) {
    const failsEarly = (len) => {
        try {
            JSON.parse(text.slice(0, len));
            return false;
        }
        catch (e) {
            return !endsEarly(e.message, len);
        }
    };
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (failsEarly(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return Math.max(0, lo - 1);
}
/** Parses baseline text; `file` names it in errors. */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        // Drop the text excerpt and position Node adds; give line:column instead.
        const msg = e.message.replace(/, (\.\.\.)?"[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${file}:${lineCol(text, jsonErrorOffset(text))}: malformed baseline JSON: ${msg}`);
    }
    const bad = (what) => {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${file}: malformed baseline: ${what} (rewrite it with \`keylint baseline\`)`);
    };
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return bad('expected a JSON object');
    const obj = data;
    if (obj.version !== BASELINE_VERSION)
        return bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
    if (!Array.isArray(obj.findings))
        return bad('"findings" must be a list');
    return obj.findings.map((raw, i) => {
        const at = `findings[${i}]`;
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            return bad(`${at} must be an object`);
        const e = raw;
        if (e.sha1 !== undefined && (typeof e.sha1 !== 'string' || !SHA1.test(e.sha1)))
            return bad(`${at}.sha1 must be a SHA-1 hex digest`);
        if (e.fingerprint === undefined && e.sha1 === undefined)
            return bad(`${at}.fingerprint must be a hex fingerprint`);
        if (e.fingerprint !== undefined && (typeof e.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint)))
            return bad(`${at}.fingerprint must be a hex fingerprint`);
        if (typeof e.rule !== 'string' || !e.rule)
            return bad(`${at}.rule must be a rule id`);
        if (typeof e.file !== 'string' || !e.file)
            return bad(`${at}.file must be a path`);
        if (typeof e.line !== 'number' || !Number.isInteger(e.line) || e.line < 1)
            return bad(`${at}.line must be a positive integer`);
        if (typeof e.redacted !== 'string')
            return bad(`${at}.redacted must be a string`);
        const entry = { rule: e.rule, file: e.file, line: e.line, redacted: e.redacted };
        if (typeof e.fingerprint === 'string')
            entry.fingerprint = e.fingerprint;
        if (typeof e.sha1 === 'string')
            entry.sha1 = e.sha1;
        return entry;
    });
}
/** Reads a baseline file. Missing, unreadable or malformed files are UsageErrors naming the file. */
async function readBaseline(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`baseline file not found: ${file} (create it with \`keylint baseline\`)`);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`cannot read baseline ${file}: ${code ?? e.message}`);
    }
    return parseBaseline(text, file);
}
/** Pairs entries with findings of the same key, at most one each: same line first, then in line order. */
function pair(findings, entries, findingKey, entryKey, matched, used) {
    const byKey = new Map();
    for (const e of entries) {
        const k = used.has(e) ? undefined : entryKey(e);
        if (k === undefined)
            continue;
        const list = byKey.get(k);
        if (list)
            list.push(e);
        else
            byKey.set(k, [e]);
    }
    if (byKey.size === 0)
        return;
    const groups = new Map();
    for (const f of findings) {
        if (matched.has(f))
            continue;
        const k = findingKey(f);
        if (k === undefined || !byKey.has(k))
            continue;
        const g = groups.get(k);
        if (g)
            g.push(f);
        else
            groups.set(k, [f]);
    }
    for (const [k, group] of groups) {
        const list = byKey.get(k);
        // Pass 1: same line.
        for (const f of group) {
            const e = list.find((x) => !used.has(x) && x.line === f.line);
            if (e) {
                used.add(e);
                matched.add(f);
            }
        }
        // Pass 2: the rest, both sides in line order (the secret moved).
        const freeEntries = list.filter((x) => !used.has(x)).sort((a, b) => a.line - b.line);
        const freeFindings = group.filter((f) => !matched.has(f)).sort((a, b) => a.line - b.line);
        for (let i = 0; i < Math.min(freeEntries.length, freeFindings.length); i++) {
            used.add(freeEntries[i]);
            matched.add(freeFindings[i]);
        }
    }
}
/**
 * Subtracts the baseline. Each entry suppresses at most one finding with its fingerprint:
 * first the finding on the entry's own line, then the remaining ones in line order. Entries
 * imported with a SHA-1 then take the remaining findings of their file whose secret has it.
 */
function applyBaseline(findings, baseline) {
    const matched = new Set();
    const used = new Set();
    pair(findings, baseline, (f) => f.fingerprint, (e) => e.fingerprint, matched, used);
    if (baseline.some((e) => e.sha1 !== undefined)) {
        const sha1 = (f) => `${f.file}\0${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(f.secret.reveal()).digest('hex')}`;
        pair(findings, baseline, sha1, (e) => (e.sha1 === undefined ? undefined : `${e.file}\0${e.sha1}`), matched, used);
    }
    return {
        kept: findings.filter((f) => !matched.has(f)),
        suppressed: findings.filter((f) => matched.has(f)),
        stale: baseline.filter((e) => !used.has(e)),
    };
}


/***/ }),

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

/***/ 2426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatFromExtension: () => (/* binding */ formatFromExtension),
  parseFormat: () => (/* binding */ parseFormat),
  report: () => (/* binding */ report),
  runBaselineCommand: () => (/* binding */ runBaselineCommand),
  runHookCommand: () => (/* binding */ runHookCommand),
  runScanCommand: () => (/* binding */ runScanCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/reports/color.ts
/**
 * Whether terminal output gets ANSI colours, and the few styles the text report uses.
 * Precedence: FORCE_COLOR (set: on, unless `0`/`false`), then NO_COLOR (non-empty: off,
 * see no-color.org), then TERM=dumb (off), then whether the stream is a TTY.
 */
function shouldUseColor({ isTTY, env }) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    const no = env['NO_COLOR'];
    if (no !== undefined && no !== '')
        return false;
    if (env['TERM'] === 'dumb')
        return false;
    return isTTY === true;
}
const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s) => s;
function palette(enabled) {
    if (!enabled)
        return { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };
    return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
}

// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
;// CONCATENATED MODULE: ./src/reports/json.ts

function toJsonFinding(f, root) {
    // Built field by field (never spread): a Finding's `secret` must not be copied anywhere.
    const out = {
        rule: f.rule,
        provider: f.provider,
        providerName: f.providerName,
        file: (0,format/* displayPath */.Gt)(f.file, root),
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        fingerprint: f.fingerprint,
        redacted: f.redacted,
        confidence: f.confidence,
    };
    if (f.commit)
        out.commit = f.commit;
    if (f.history)
        out.history = { firstCommit: f.history.firstCommit, author: f.history.author, date: f.history.date, commitCount: f.history.commitCount };
    if (f.encoding)
        out.encoding = f.encoding;
    if (f.verification) {
        const v = f.verification;
        out.verification = { status: v.status, ...(v.http !== undefined ? { http: v.http } : {}), ...(v.detail ? { detail: v.detail } : {}) };
    }
    if (f.pair) {
        const p = f.pair;
        out.pair = { label: p.label, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, redacted: p.redacted };
    }
    return out;
}
function buildJsonReport(result, opts = {}) {
    const report = {
        version: 1,
        findings: (0,format/* sortFindings */.Tc)(result.findings).map((f) => toJsonFinding(f, opts.root)),
        stats: {
            files: result.stats.files,
            bytes: result.stats.bytes,
            skipped: result.stats.skipped,
            durationMs: Math.round(result.stats.durationMs),
        },
        notices: [...result.notices],
        skippedFiles: result.skipped.map((s) => ({ path: (0,format/* displayPath */.Gt)(s.path, opts.root), reason: s.reason })),
    };
    if (result.scope !== undefined) {
        // Keep `scope` right after `stats` in the output's key order.
        const { notices, skippedFiles, ...head } = report;
        return { ...head, scope: result.scope, notices, skippedFiles };
    }
    return report;
}
/** Pretty-printed JSON with a trailing newline. */
function formatJson(result, opts = {}) {
    return JSON.stringify(buildJsonReport(result, opts), null, 2) + '\n';
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/archive-paths.ts
var archive_paths = __webpack_require__(2472);
;// CONCATENATED MODULE: ./src/reports/guidance.ts

/** Inline marker the engine honours on the finding's line or the line above it. */
const ALLOW_MARKER = 'keylint:allow';
/**
 * What the finding is called: `OpenAI key`; names that already say what they are stay as they
 * are (`Private key`, `Slack webhook`, `Anthropic (admin key)`, `Credentials in URL`).
 */
function keyNoun(providerName) {
    const name = providerName.trim() || 'Secret';
    return /\b(keys?|secrets?|tokens?|passwords?|credentials?|webhooks?)\b/i.test(name) ? name : `${name} key`;
}
/** Title of an annotation / SARIF rule: `OpenAI key hardcoded`, `Private key hardcoded`. */
function hardcodedTitle(providerName) {
    return `${keyNoun(providerName)} hardcoded`;
}
/** Where the key is rotated, when the registry knows a safe (https) page. */
function rotateUrlOf(provider) {
    return (0,format/* isHttpsUrl */.x3)(provider?.rotateUrl) ? provider.rotateUrl : undefined;
}
/** One sentence: move it out of the code, rotate it. */
function fixSentence(rotateUrl, where = 'code') {
    const store = where === 'ci' ? 'a repository secret (or your secret manager) and read it from the environment' : 'a secret store or an environment variable';
    const rotate = rotateUrl ? `rotate it at ${rotateUrl}` : 'rotate it where it was issued';
    return `Move the key to ${store}, then ${rotate}: it is in the history and must be treated as leaked.`;
}
/** One sentence: how to silence a false positive. */
function allowSentence() {
    return `If this is not a real key, add a \`${ALLOW_MARKER}\` comment on the line (e.g. \`# ${ALLOW_MARKER}\`), add the value to \`allow\` in the keylint config, or record the finding in the baseline.`;
}

;// CONCATENATED MODULE: ./src/reports/history.ts

/** `first in abc1234 by Jane Doe on 2026-01-02, in 3 commits` (the author is sanitised). */
function historyPhrase(h) {
    const by = h.author ? ` by ${(0,format/* truncate */.xv)((0,format/* sanitize */.aj)(h.author), 80)}` : '';
    const on = /^\d{4}-\d{2}-\d{2}/.test(h.date) ? ` on ${h.date.slice(0, 10)}` : '';
    return `first in ${(0,format/* shortSha */.Fu)(h.firstCommit)}${by}${on}, in ${(0,format/* plural */.LS)(h.commitCount, 'commit')}`;
}

;// CONCATENATED MODULE: ./src/reports/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. The driver lists every rule the
 * given providers can report (code scanning tracks alerts per rule, so the list stays stable
 * between runs), plus any rule that appears in the findings without a record. Results carry
 * the redacted value only, a region with UTF-16 columns and `partialFingerprints`.
 */





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'keylint/v1';
const DEFAULT_INFORMATION_URI = 'https://github.com/keylint/keylint';
const LEVEL = { high: 'error', medium: 'warning', low: 'warning' };
const PRECISION = { high: 'very-high', medium: 'high', low: 'medium' };
/**
 * `security-severity` (GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, below 4.0 low)
 * follows how sure keylint is that the value is a key: a provider-shaped key is high (8.5), a
 * value judged by its name and entropy medium (6.5), a low-confidence one low (3.5). Generic
 * (entropy/assignment) rules never reach 7.0 whatever their confidence. Only a live check
 * lifts a result to critical: valid or restricted → 10.0; invalid → 4.0 (it was leaked, but
 * no longer works).
 */
const SEVERITY = { high: '8.5', medium: '6.5', low: '3.5' };
const GENERIC_MAX = 6.5;
/** The severity of a rule (or a result) of this confidence. */
function securitySeverity(confidence, generic = false) {
    const v = SEVERITY[confidence];
    return generic && Number(v) > GENERIC_MAX ? GENERIC_MAX.toFixed(1) : v;
}
/** `openai-project-key` → `OpenaiProjectKey`. */
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function describeRule(rule, provider, providerName) {
    const title = hardcodedTitle(providerName);
    const url = rotateUrlOf(provider);
    const fix = fixSentence(url);
    const allow = allowSentence();
    const description = rule.description.trim() || `${title}.`;
    return {
        id: rule.id,
        name: pascal(rule.id) || 'Secret',
        shortDescription: { text: title },
        fullDescription: { text: description },
        help: {
            text: `${description}\n\nHow to fix: ${fix}\n\n${allow}`,
            markdown: [
                `**${title}.** ${description}`,
                '',
                '**How to fix**',
                '',
                `1. Remove the key from the code and load it from a secret store or an environment variable (in GitHub Actions: a repository secret).`,
                url ? `2. Rotate the key at [${url}](${url}): it stays in the git history, so treat it as leaked.` : '2. Rotate the key where it was issued: it stays in the git history, so treat it as leaked.',
                '',
                '**False positive?**',
                '',
                allow,
            ].join('\n'),
        },
        defaultConfiguration: { level: LEVEL[rule.confidence] },
        properties: {
            tags: ['security', 'secret', 'external/cwe/cwe-798', ...(provider ? [`provider/${provider.id}`] : [])],
            precision: PRECISION[rule.confidence],
            'security-severity': securitySeverity(rule.confidence, rule.generic === true),
        },
    };
}
function collectRules(findings, providers) {
    const rules = [];
    const index = new Map();
    const add = (r) => {
        if (index.has(r.id))
            return;
        index.set(r.id, rules.length);
        rules.push(r);
    };
    for (const p of providers)
        for (const r of p.rules)
            add(describeRule(r, p, p.name));
    const byId = (0,format/* providerMap */.SV)(providers);
    for (const f of findings) {
        if (index.has(f.rule))
            continue;
        add(describeRule({ id: f.rule, description: '', confidence: f.confidence }, byId.get(f.provider), f.providerName || f.provider));
    }
    return { rules, index };
}
function physical(uri, span) {
    const startLine = Math.max(1, span.line);
    const startColumn = Math.max(1, span.column);
    const endLine = Math.max(startLine, span.endLine);
    const endColumn = endLine === startLine ? Math.max(startColumn + 1, span.endColumn) : Math.max(1, span.endColumn);
    return { artifactLocation: { uri, uriBaseId: SRCROOT }, region: { startLine, startColumn, endLine, endColumn } };
}
function toResult(f, ruleIndex, root, generic) {
    const shown = (0,format/* displayPath */.Gt)(f.file, root);
    // A member of an archive: the alert points at the archive file (line 1), the member is named.
    const inArchive = (0,archive_paths/* splitArchivePath */.W2)(shown);
    const uri = (0,format/* encodePath */.O0)(inArchive ? inArchive.archive : shown);
    // Per result too: a rule's confidence can drop per match (test paths, encrypted keys).
    const properties = { provider: f.provider, confidence: f.confidence, 'security-severity': securitySeverity(f.confidence, generic) };
    if (inArchive)
        properties.archiveMember = `${inArchive.member}:${f.line}:${f.column}`;
    const live = f.verification?.status === 'valid' || f.verification?.status === 'restricted';
    if (f.verification) {
        const v = f.verification;
        properties.verification = { status: v.status, ...(v.http !== undefined ? { http: v.http } : {}), ...(v.detail ? { detail: v.detail } : {}) };
        // A live key is the most severe finding there is; a dead one was still leaked.
        if (live)
            properties['security-severity'] = '10.0';
        else if (v.status === 'invalid')
            properties['security-severity'] = '4.0';
    }
    if (f.commit)
        properties.commit = f.commit;
    if (f.history)
        properties.history = { firstCommit: f.history.firstCommit, author: f.history.author, date: f.history.date, commitCount: f.history.commitCount };
    const where = f.history ? ` (${historyPhrase(f.history)})` : f.commit ? ` (added in commit ${f.commit.slice(0, 12)})` : '';
    const withPair = f.pair ? ` with its ${f.pair.label} ${f.pair.redacted}` : '';
    const result = {
        ruleId: f.rule,
        ruleIndex,
        level: live ? 'error' : LEVEL[f.confidence],
        message: { text: `${live ? 'LIVE ' : ''}${hardcodedTitle(f.providerName || f.provider)}: ${f.redacted}${withPair}${inArchive ? ` in ${shown}:${f.line}:${f.column}` : ''}${where}. Move it to a secret store and rotate it.` },
        locations: [{ physicalLocation: physical(uri, inArchive ? { line: 1, column: 1, endLine: 1, endColumn: 2 } : f) }],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties,
    };
    if (f.pair && !inArchive)
        result.relatedLocations = [{ id: 1, physicalLocation: physical(uri, f.pair), message: { text: `${f.pair.label} ${f.pair.redacted}` } }];
    return result;
}
function rootUri(root) {
    if (root && (root.startsWith('/') || /^[A-Za-z]:[\\/]/.test(root))) {
        const href = (0,external_node_url_.pathToFileURL)(root).href;
        return { uri: href.endsWith('/') ? href : href + '/' };
    }
    return { description: { text: 'The root of the scanned tree.' } };
}
function buildSarif(result, opts) {
    const findings = (0,format/* sortFindings */.Tc)(result.findings);
    const { rules, index } = collectRules(findings, opts.providers);
    const generics = new Set(opts.providers.flatMap((p) => p.rules.filter((r) => r.generic).map((r) => r.id)));
    const invocation = { executionSuccessful: true };
    if (result.notices.length > 0) {
        invocation.toolExecutionNotifications = result.notices.map((n) => ({ level: 'warning', message: { text: n } }));
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'keylint', version: opts.toolVersion, informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI, rules },
                },
                invocations: [invocation],
                originalUriBaseIds: { [SRCROOT]: rootUri(opts.root) },
                columnKind: 'utf16CodeUnits',
                results: findings.map((f) => toResult(f, index.get(f.rule), opts.root, generics.has(f.rule))),
            },
        ],
    };
}
function formatSarif(result, opts) {
    return JSON.stringify(buildSarif(result, opts), null, 2) + '\n';
}
/**
 * What code scanning should get from a commit-range scan: the findings at the analysed commit
 * only. A key added and removed again within the range is at no line of the commit the SARIF
 * is uploaded for, and GitHub shows such a result as an alert on a file or line that does not
 * exist; those keys stay in the job summary and the JSON report, and the SARIF run names them
 * (redacted, with their commit) in a notification.
 */
function analysedCommitOnly(result, intermediate) {
    if (intermediate.length === 0)
        return result;
    const gone = new Set(intermediate);
    const listed = intermediate
        .slice(0, 20)
        .map((f) => `${f.file}:${f.line} ${f.providerName || f.provider} ${f.redacted}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}`)
        .join('; ');
    const more = intermediate.length > 20 ? `; and ${intermediate.length - 20} more` : '';
    const n = intermediate.length;
    const notice = `${n} key${n === 1 ? ' was' : 's were'} added and removed again in intermediate commits and ${n === 1 ? 'is' : 'are'} not SARIF results (no line of the analysed commit holds ${n === 1 ? 'it' : 'them'}); ${n === 1 ? 'it stays' : 'they stay'} in the history and must be rotated: ${listed}${more}`;
    return { ...result, findings: result.findings.filter((f) => !gone.has(f)), notices: [...result.notices, notice] };
}

;// CONCATENATED MODULE: ./src/reports/verification.ts

/** Whether the provider accepted the key: valid, or valid but restricted. */
function isLiveFinding(f) {
    return f.verification?.status === 'valid' || f.verification?.status === 'restricted';
}
/** `LIVE`, `LIVE (restricted)`, `invalid`, `unknown: timeout`, `not verifiable`. */
function verificationLabel(v) {
    if (v.status === 'valid')
        return 'LIVE';
    if (v.status === 'restricted')
        return 'LIVE (restricted)';
    if (v.status === 'unknown' && v.detail)
        return (0,format/* sanitize */.aj)(`unknown: ${v.detail.slice(0, 60)}`);
    if (v.status === 'unsupported')
        return 'not verifiable';
    return v.status;
}
const ORDER = [
    [['invalid'], 'invalid'],
    [['quota-exhausted'], 'out of quota'],
    [['rate-limited'], 'rate-limited'],
    [['unknown'], 'unknown'],
    [['unsupported'], 'not verifiable'],
];
/** Counts for a summary line, live first: `[[3, 'live'], [12, 'invalid'], …]` (zero counts left out but live). */
function verificationCounts(findings) {
    const count = (s) => findings.filter((f) => f.verification && s.includes(f.verification.status)).length;
    const out = [[count(['valid', 'restricted']), 'live']];
    for (const [s, label] of ORDER) {
        const n = count(s);
        if (n)
            out.push([n, label]);
    }
    return out;
}
/** Whether any finding went through verification. */
function anyVerified(findings) {
    return findings.some((f) => f.verification !== undefined);
}

;// CONCATENATED MODULE: ./src/reports/text.ts





/** Padding stops growing past this width so one long path does not push every column away. */
const MAX_PAD = 72;
function toRow(f, root) {
    return {
        fingerprint: f.fingerprint,
        loc: `${(0,format/* sanitize */.aj)((0,format/* displayPath */.Gt)(f.file, root))}:${f.line}:${f.column}`,
        provider: (0,format/* sanitize */.aj)(f.providerName || f.provider),
        rule: (0,format/* sanitize */.aj)(f.rule),
        redacted: (0,format/* sanitize */.aj)(f.redacted),
        commit: f.commit ? (0,format/* shortSha */.Fu)(f.commit) : '',
        history: f.history ? historyPhrase(f.history) : '',
        confidence: f.confidence,
        pair: f.pair ? (0,format/* sanitize */.aj)(`+ ${f.pair.label} ${f.pair.redacted} at ${f.pair.line}:${f.pair.column}`) : '',
        verification: f.verification ? verificationLabel(f.verification) : '',
        live: f.verification?.status === 'valid' || f.verification?.status === 'restricted',
    };
}
function width(rows, key) {
    return Math.min(MAX_PAD, Math.max(0, ...rows.map((r) => r[key].length)));
}
function renderRows(rows, c, verbose = false) {
    const wl = width(rows, 'loc');
    const wp = width(rows, 'provider');
    const wr = width(rows, 'rule');
    return rows.map((r) => {
        const value = r.confidence === 'high' ? c.red(r.redacted) : c.yellow(r.redacted);
        const parts = [c.bold(r.loc.padEnd(wl)), c.cyan(r.provider.padEnd(wp)), c.dim(r.rule.padEnd(wr)), value];
        if (r.verification)
            parts.splice(0, 0, r.live ? c.red(c.bold(r.verification)) : c.dim(r.verification));
        if (r.pair)
            parts.push(c.dim(r.pair));
        if (r.history)
            parts.push(c.dim(r.history));
        else if (r.commit)
            parts.push(c.dim(`commit ${r.commit}`));
        if (r.confidence === 'low')
            parts.push(c.dim('(low confidence)'));
        if (verbose)
            parts.push(c.dim(`fp ${r.fingerprint}`));
        return parts.join('  ').trimEnd();
    });
}
/** `3 live, 12 invalid, 40 not verifiable`. */
function verificationSummary(findings, c) {
    const [[live], ...rest] = verificationCounts(findings);
    const parts = [live ? c.red(c.bold(`${live} live`)) : c.green('0 live'), ...rest.map(([n, label]) => `${n} ${label}`)];
    return `Verified: ${parts.join(', ')}`;
}
function summaryLine(result, c) {
    const { findings, stats } = result;
    const head = findings.length === 0
        ? c.green('No secrets found')
        : c.red(c.bold(`${(0,format/* plural */.LS)(findings.length, 'secret')} in ${(0,format/* plural */.LS)((0,format/* distinctFiles */.EV)(findings), 'file')}`));
    const parts = [head, `${(0,format/* plural */.LS)(stats.files, 'file')} scanned (${(0,format/* formatBytes */.z3)(stats.bytes)}) in ${(0,format/* formatDuration */.a3)(stats.durationMs)}`];
    if (result.scope)
        parts.push((0,format/* sanitize */.aj)(result.scope));
    const skippedCount = Math.max(stats.skipped, result.skipped.length);
    if (skippedCount > 0) {
        const why = (0,format/* skippedBreakdown */.Qs)(result.skipped);
        parts.push(`${skippedCount} skipped${why ? ` (${why})` : ''}`);
    }
    return parts.join(' · ');
}
function fixHint(findings, providers, c) {
    const byId = (0,format/* providerMap */.SV)(providers);
    const rotations = new Map();
    for (const f of (0,format/* sortFindings */.Tc)(findings)) {
        const url = rotateUrlOf(byId.get(f.provider));
        const name = (0,format/* sanitize */.aj)(f.providerName || f.provider);
        if (url && !rotations.has(name))
            rotations.set(name, url);
    }
    const out = [c.bold('How to fix:') + ' move each key to a secret store or an environment variable, then rotate it (it must be treated as leaked).'];
    const w = Math.min(MAX_PAD, Math.max(0, ...[...rotations.keys()].map((k) => k.length)));
    for (const [name, url] of rotations)
        out.push(`  ${name.padEnd(w)}  ${url}`);
    out.push(`Not a real key? Add a \`${ALLOW_MARKER}\` comment on the line (e.g. \`# ${ALLOW_MARKER}\`), allow the value in the keylint config, or add it to the baseline.`);
    return out;
}
function formatText(result, opts) {
    const c = palette(opts.color);
    const lines = [];
    // With `--verify`, live keys first (the ones to rotate tonight), each group in file order.
    const findings = (0,format/* sortFindings */.Tc)(result.findings).sort((a, b) => Number(isLiveFinding(b)) - Number(isLiveFinding(a)));
    if (findings.length > 0) {
        lines.push(...renderRows(findings.map((f) => toRow(f, opts.root)), c, opts.verbose), '');
    }
    if (opts.verbose) {
        for (const s of result.skipped) {
            const detail = s.detail ? ` (${(0,format/* sanitize */.aj)(s.detail)})` : '';
            lines.push(c.dim(`skipped  ${(0,format/* sanitize */.aj)((0,format/* displayPath */.Gt)(s.path, opts.root))}  ${s.reason}${detail}`));
        }
    }
    for (const n of result.notices)
        lines.push(`${c.yellow('notice:')} ${(0,format/* sanitize */.aj)(n)}`);
    lines.push(summaryLine(result, c));
    if (findings.some((f) => f.verification))
        lines.push(verificationSummary(findings, c));
    if (findings.length > 0)
        lines.push('', ...fixHint(findings, opts.providers ?? [], c));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/scan/pipeline.ts + 13 modules
var pipeline = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/sources/git-units.ts + 3 modules
var git_units = __webpack_require__(4900);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/sources/decode.ts
var decode = __webpack_require__(3130);
;// CONCATENATED MODULE: ./src/sources/stdin.ts



const STDIN_NAME = '<stdin>';
/** Path arguments that mean standard input. */
function isStdinPath(p) {
    return p === '-' || p === '/dev/stdin' || p === '/proc/self/fd/0';
}
/** A unit source over standard input; errors (a terminal, too large, binary) are one-line usage errors. */
async function openStdinScan(input, opts) {
    if (input.isTTY)
        throw new types/* UsageError */.e('standard input is a terminal: pipe the text to scan into keylint (git show | keylint scan -)');
    const name = opts.name ?? STDIN_NAME;
    let bytes;
    try {
        bytes = input.read();
    }
    catch (err) {
        throw new types/* UsageError */.e(`could not read standard input: ${err.code ?? String(err)}`);
    }
    if (bytes.length > opts.maxFileSize) {
        throw new types/* UsageError */.e(`standard input is ${bytes.length} bytes, over the size limit (${opts.maxFileSize}); raise --max-file-size to scan it`);
    }
    const units = [];
    const skipped = [];
    const notices = [];
    const kind = (0,archive_paths/* archiveKind */.FF)(name, bytes.subarray(0, 512));
    if (kind) {
        const { expandArchive } = await Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(23)]).then(__webpack_require__.bind(__webpack_require__, 6023));
        const out = expandArchive(name, bytes, kind, { memberBytes: opts.maxFileSize });
        units.push(...out.units);
        skipped.push(...out.skipped);
        notices.push(...out.notices);
    }
    else {
        const decoded = (0,decode/* decodeBytes */.y)(bytes);
        if (decoded.kind === 'binary')
            throw new types/* UsageError */.e('standard input is binary (not text, nor an archive keylint opens); nothing was scanned');
        units.push({ path: name, text: decoded.text });
    }
    return {
        units: (async function* () {
            yield* units;
        })(),
        describe: () => `standard input (${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'}${kind ? `, ${units.length} archive ${units.length === 1 ? 'member' : 'members'}` : ''})`,
        notices: () => notices,
        skipped: () => skipped,
    };
}

// EXTERNAL MODULE: ./src/scan/workers.ts
var workers = __webpack_require__(3286);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/health/targets.ts
var targets = __webpack_require__(9899);
// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * The progress line of a long scan: on stderr, only when stderr is a terminal and not in CI,
 * only after the scan has run `delayMs` (2 s), redrawn in place every `intervalMs`, erased at the
 * end. Piped output, CI logs and short scans never see it.
 */

/** `keylint: 1,234 files, 56.7 MB, 3 findings so far (4 s)`. */
function progressText(p, elapsedMs) {
    return `keylint: ${p.files.toLocaleString('en-US')} ${p.files === 1 ? 'file' : 'files'}, ${(p.bytes / 1e6).toFixed(1)} MB, ${(0,format/* plural */.LS)(p.findings, 'finding')} so far (${Math.floor(elapsedMs / 1000)} s)`;
}
/** Starts the line (when it applies) and returns the function that stops and erases it. */
function startProgressLine(io, progress, opts = {}) {
    if (io.stderrIsTTY !== true || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false'))
        return () => { };
    const delay = opts.delayMs ?? 2000;
    const started = Date.now();
    let shown = false;
    const timer = setInterval(() => {
        const elapsed = Date.now() - started;
        if (elapsed < delay)
            return;
        shown = true;
        io.stderr(`\r\x1b[K${progressText(progress, elapsed)}`);
    }, opts.intervalMs ?? 250);
    timer.unref?.();
    return () => {
        clearInterval(timer);
        if (shown)
            io.stderr('\r\x1b[K');
    };
}

;// CONCATENATED MODULE: ./src/scan/progress.ts
function newProgress() {
    return { files: 0, bytes: 0, findings: 0 };
}

;// CONCATENATED MODULE: ./src/cli/scan-command.ts




















const SCAN_OPTIONS = {
    staged: { type: 'boolean' },
    diff: { type: 'string' },
    commits: { type: 'string' },
    history: { type: 'boolean' },
    ref: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'no-baseline': { type: 'boolean' },
    'update-baseline': { type: 'boolean' },
    'no-default-excludes': { type: 'boolean' },
    'max-file-size': { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    'stdin-name': { type: 'string' },
    verify: { type: 'boolean' },
    'only-verified': { type: 'boolean' },
    endpoint: { type: 'string', multiple: true },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    import: { type: 'string' },
};
function parseFormat(value) {
    const f = value ?? 'text';
    if (f === 'text' || f === 'json' || f === 'sarif')
        return f;
    throw new types/* UsageError */.e(`--format must be text, json or sarif (got "${f}")`);
}
/** `-o report.sarif` / `-o out.json` without `--format`: the extension says which. */
function formatFromExtension(output) {
    if (!output)
        return undefined;
    const ext = external_node_path_default().extname(output).toLowerCase();
    return ext === '.sarif' ? 'sarif' : ext === '.json' ? 'json' : undefined;
}
function parseScanArgs(args) {
    try {
        return (0,external_node_util_.parseArgs)({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        const first = err.message.split('\n')[0];
        const unknown = /^Unknown option '(--?[^']+)'/.exec(first)?.[1];
        if (unknown)
            throw new types/* UsageError */.e(`unknown option ${unknown}${(0,suggest/* didYouMean */.au)(unknown, Object.keys(SCAN_OPTIONS).map((o) => `--${o}`))} (see keylint --help)`);
        throw new types/* UsageError */.e(`${first} (see keylint --help)`);
    }
}
function gitMode(v) {
    const modes = [];
    if (v.staged)
        modes.push({ kind: 'staged' });
    if (v.diff !== undefined)
        modes.push({ kind: 'diff', range: v.diff });
    if (v.commits !== undefined)
        modes.push({ kind: 'commits', range: v.commits });
    if (v.history)
        modes.push(v.ref?.length ? { kind: 'history', refs: v.ref } : { kind: 'history' });
    else if (v.ref?.length)
        throw new types/* UsageError */.e('--ref limits --history to what a revision reaches: give --history too');
    if (modes.length > 1)
        throw new types/* UsageError */.e('choose one of --staged, --diff, --commits, --history');
    return modes[0];
}
/** Renders an outcome in the chosen format and exits 1 when findings remain. */
function report(outcome, format, io, opts) {
    const { result, root, providers } = outcome;
    for (const w of outcome.warnings)
        io.stderr(`${w}\n`);
    const color = !opts.noColor && !opts.output && shouldUseColor({ isTTY: io.isTTY, env: io.env });
    const rendered = format === 'json'
        ? formatJson(result, { root })
        : format === 'sarif'
            ? formatSarif(result, { providers, toolVersion: version/* VERSION */.x, root })
            : formatText(result, { color, root, providers, verbose: opts.verbose });
    if (opts.output) {
        (0,cli_io.writeReport)(opts.output, rendered, io.cwd, io.stderr);
        // The file holds the report; the terminal still gets the human summary.
        io.stderr(formatText(result, { color: false, root, providers, verbose: opts.verbose }));
    }
    else {
        io.stdout(rendered.endsWith('\n') ? rendered : rendered + '\n');
    }
    return result.findings.length > 0 ? 1 : 0;
}
async function requestFrom(values, positionals, io) {
    if (values.import !== undefined)
        throw new types/* UsageError */.e('--import is an option of keylint baseline (keylint baseline --import FILE)');
    const git = gitMode(values);
    const maxFileSize = values['max-file-size'] !== undefined ? (0,cli_io.parseSize)(values['max-file-size'], '--max-file-size') : undefined;
    const source = await stdinSource(values, positionals, git, io, maxFileSize);
    return {
        ...(source ? { source } : {}),
        cwd: io.cwd,
        paths: source ? [] : positionals,
        git,
        exclude: values.exclude ?? [],
        defaultExcludes: !values['no-default-excludes'],
        configPath: values.config,
        maxFileSize,
        baseline: values['no-baseline'] ? false : values.baseline,
        updateBaseline: values['update-baseline'] === true,
    };
}
/** `-` or `/dev/stdin` as the path: standard input is the one thing scanned. */
async function stdinSource(values, positionals, git, io, maxFileSize) {
    const wantsStdin = positionals.some(isStdinPath);
    if (!wantsStdin) {
        if (values['stdin-name'] !== undefined)
            throw new types/* UsageError */.e('--stdin-name names standard input: give - as the path to scan it');
        return undefined;
    }
    if (positionals.length > 1)
        throw new types/* UsageError */.e('- (standard input) cannot be combined with other paths');
    if (git)
        throw new types/* UsageError */.e('- (standard input) cannot be combined with --staged, --diff, --commits or --history');
    const name = values['stdin-name'];
    if (name !== undefined && !/^[^\0\r\n]{1,256}$/.test(name))
        throw new types/* UsageError */.e('--stdin-name must be a file name on one line');
    return openStdinScan(io.stdin ?? { read: () => (0,external_node_fs_.readFileSync)(0), isTTY: process.stdin.isTTY === true }, { name: name?.replace(/\\/g, '/'), maxFileSize: maxFileSize ?? workers/* DEFAULT_MAX_FILE_SIZE */.Sj });
}
/** `keylint scan [PATH...] [--staged|--diff R|--commits R|--history] …` */
async function runScanCommand(args, io) {
    const { values, positionals } = parseScanArgs(args);
    const format = parseFormat(values.format ?? formatFromExtension(values.output));
    const verify = verifyOptions(values);
    const request = await requestFrom(values, positionals, io);
    const progress = newProgress();
    const stop = startProgressLine(io, progress);
    let outcome;
    try {
        outcome = await (0,pipeline/* runScanRequest */.gF)({ ...request, progress });
    }
    finally {
        stop();
    }
    if (verify) {
        const { verifyFindings, isLive } = await Promise.all(/* import() */[__webpack_require__.e(774), __webpack_require__.e(152)]).then(__webpack_require__.bind(__webpack_require__, 2152));
        await verifyFindings(outcome.result.findings, outcome.providers, verify);
        if (values['only-verified'])
            outcome.result.findings = outcome.result.findings.filter(isLive);
    }
    return report(outcome, format, io, { output: values.output, noColor: values['no-color'], verbose: values.verbose });
}
/** `--verify` and its options (validated before anything is scanned); undefined without it. */
function verifyOptions(values) {
    const wants = values.verify === true || values['only-verified'] === true;
    if (!wants) {
        for (const flag of ['endpoint', 'concurrency', 'timeout']) {
            if (values[flag] !== undefined)
                throw new types/* UsageError */.e(`--${flag} is an option of --verify`);
        }
        return undefined;
    }
    const endpoints = new Map();
    for (const e of values.endpoint ?? []) {
        const [id, url] = (0,targets/* parseEndpoint */.Bk)(e);
        endpoints.set(id, url);
    }
    const opts = { endpoints: (0,targets/* canonicalEndpoints */.Pf)(endpoints, registry/* providers */.r5), version: version/* VERSION */.x };
    if (values.concurrency !== undefined)
        opts.concurrency = wholeNumber('--concurrency', values.concurrency, 1, 64);
    if (values.timeout !== undefined)
        opts.timeoutMs = wholeNumber('--timeout', values.timeout, 100, 120_000);
    return opts;
}
function wholeNumber(flag, value, min, max) {
    const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max))
        throw new types/* UsageError */.e(`${flag} must be a whole number from ${min} to ${max} (got "${value.slice(0, 20)}")`);
    return n;
}
/** `keylint baseline [PATH...]`: records every current finding so later scans only report new ones. */
async function runBaselineCommand(args, io) {
    const { values, positionals } = parseScanArgs(args);
    if (values.import !== undefined)
        return runBaselineImport(values.import, values, io);
    if (values.output !== undefined && values.baseline !== undefined)
        throw new types/* UsageError */.e('give the baseline path once: --baseline FILE or --output FILE');
    // `keylint baseline -o FILE` writes the baseline to FILE (it is the command's output).
    const target = values.output ?? values.baseline;
    const request = await requestFrom({ ...values, baseline: target }, positionals, io);
    const outcome = await (0,pipeline/* runScanRequest */.gF)({ ...request, updateBaseline: true });
    for (const w of outcome.warnings)
        io.stderr(`${w}\n`);
    io.stdout(`keylint: wrote ${outcome.baselinePath} with ${outcome.result.findings.length} ${outcome.result.findings.length === 1 ? 'finding' : 'findings'}; later scans report only new ones.\n`);
    if (outcome.baselinePath && target !== undefined)
        io.stdout(await baselineUseHint(outcome.baselinePath, values.config, io));
    return 0;
}
/**
 * `keylint hook FILE...` — the pre-commit entry. Files with staged changes are scanned on their
 * staged added lines; files passed without staged changes (`pre-commit run --all-files`) are
 * scanned whole.
 */
async function runHookCommand(args, io) {
    const { values, positionals } = parseScanArgs(args);
    const format = parseFormat(values.format);
    const opts = { noColor: values['no-color'], verbose: values.verbose };
    const base = await requestFrom(values, [], io);
    // A commit passes only staged files. Any passed file without staged changes means a run over
    // files (`pre-commit run --all-files` / `--files`): then every passed file is scanned whole.
    const { full } = positionals.length ? await (0,git_units/* splitHookFiles */.TE)(positionals, io.cwd) : { full: [] };
    const outcome = full.length > 0
        ? await (0,pipeline/* runScanRequest */.gF)({ ...base, paths: positionals })
        : await (0,pipeline/* runScanRequest */.gF)({ ...base, git: { kind: 'staged' }, paths: positionals });
    const code = report(outcome, format, io, opts);
    if (code === 1) {
        io.stderr('keylint: commit blocked. Move the key to a secret store or environment variable, rotate it if it was ever pushed, ' +
            'or mark a false positive with a `keylint:allow` comment on the line.\n');
    }
    return code;
}
/** `keylint baseline --import FILE`: a detect-secrets baseline or a gitleaks JSON report as keylint baseline entries. */
async function runBaselineImport(file, values, io) {
    const { importIntoBaseline } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 7805));
    if (values.output !== undefined && values.baseline !== undefined)
        throw new types/* UsageError */.e('give the baseline path once: --baseline FILE or --output FILE');
    const target = values.output ?? values.baseline;
    const res = await importIntoBaseline({ cwd: io.cwd, file, ...(target !== undefined ? { target } : {}), ...(values.config !== undefined ? { configPath: values.config } : {}) });
    io.stdout(res.message);
    if (target !== undefined)
        io.stdout(await baselineUseHint(res.path, values.config, io));
    return 0;
}
/** When the baseline was written where scans do not look by default: the line that makes them read it. */
async function baselineUseHint(written, configPath, io) {
    const expected = await (0,pipeline/* defaultBaselinePath */.Q6)(io.cwd, configPath);
    if (expected === written)
        return '';
    const rel = (0,external_node_path_.relative)(io.cwd, written).split(external_node_path_.sep).join('/');
    return `keylint: scans, the hook and the Action read ${(0,external_node_path_.relative)(io.cwd, expected).split(external_node_path_.sep).join('/')} by default; to use ${rel}, add \`baseline: ${rel}\` to .keylint.yml (or pass --baseline ${rel}).\n`;
}


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EJ: () => (/* binding */ probeProblem),
  uc: () => (/* binding */ probeRegexes),
  x7: () => (/* binding */ staticRedosProblem)
});

// UNUSED EXPORTS: SUPERLINEAR_RATIO, adversarialFamilies

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/config/regex-ast.ts
/**
 * A small parser for JavaScript regex sources (non-unicode mode, as the engine compiles
 * custom rules), just detailed enough to reason about backtracking: which characters each
 * part can consume, and where the quantifiers and alternations are. The source has already
 * been compiled by `new RegExp`, so the parser can be lenient about syntax errors.
 */
const MAX_CODE = 0xffff;
function normalise(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of sorted) {
        const last = out[out.length - 1];
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
function union(...sets) {
    return normalise(sets.flat());
}
function complement(set) {
    const out = [];
    let next = 0;
    for (const [lo, hi] of set) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= MAX_CODE)
        out.push([next, MAX_CODE]);
    return out;
}
function intersects(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const [alo, ahi] = a[i];
        const [blo, bhi] = b[j];
        if (alo <= bhi && blo <= ahi)
            return true;
        if (ahi < bhi)
            i++;
        else
            j++;
    }
    return false;
}
function contains(set, code) {
    return set.some(([lo, hi]) => code >= lo && code <= hi);
}
const ch = (c) => [[c.charCodeAt(0), c.charCodeAt(0)]];
const DIGIT = [[0x30, 0x39]];
const WORD = normalise([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
const SPACE = normalise([
    [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
    [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
const ANY = [[0, MAX_CODE]];
const LINE_TERMINATORS = normalise([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]);
const DOT = complement(LINE_TERMINATORS);
const SIMPLE_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
class Parser {
    src;
    i = 0;
    constructor(src) {
        this.src = src;
    }
    parse() {
        const node = this.alternation();
        return node;
    }
    peek(o = 0) {
        return this.src[this.i + o] ?? '';
    }
    alternation() {
        const start = this.i;
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { kind: 'alt', branches, start, end: this.i };
    }
    sequence() {
        const start = this.i;
        const items = [];
        while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
            const atom = this.atom();
            items.push(this.quantified(atom));
        }
        return { kind: 'seq', items, start, end: this.i };
    }
    quantified(atom) {
        let min;
        let max;
        const c = this.peek();
        if (c === '*')
            [min, max] = [0, Infinity];
        else if (c === '+')
            [min, max] = [1, Infinity];
        else if (c === '?')
            [min, max] = [0, 1];
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
            if (!m)
                return atom;
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            this.i += m[0].length - 1;
        }
        else
            return atom;
        this.i++;
        if (this.peek() === '?')
            this.i++;
        return this.quantified({ kind: 'repeat', body: atom, min, max, start: atom.start, end: this.i });
    }
    atom() {
        const start = this.i;
        const c = this.src[this.i++];
        switch (c) {
            case '^':
            case '$':
                return { kind: 'assert', start, end: this.i };
            case '.':
                return { kind: 'chars', set: DOT, start, end: this.i };
            case '[':
                return { kind: 'chars', set: this.charClass(), start, end: this.i };
            case '(': {
                let look = false;
                if (this.peek() === '?') {
                    const rest = this.src.slice(this.i, this.i + 3);
                    if (rest.startsWith('?:'))
                        this.i += 2;
                    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
                        look = true;
                        this.i += 2;
                    }
                    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
                        look = true;
                        this.i += 3;
                    }
                    else if (rest.startsWith('?<')) {
                        const close = this.src.indexOf('>', this.i);
                        this.i = close < 0 ? this.src.length : close + 1;
                    }
                }
                const body = this.alternation();
                if (this.peek() === ')')
                    this.i++;
                return { kind: 'group', body, look, start, end: this.i };
            }
            case '\\':
                return this.atomEscape(start);
            default:
                return { kind: 'chars', set: ch(c), start, end: this.i };
        }
    }
    atomEscape(start) {
        const c = this.src[this.i++] ?? '\\';
        if (c === 'b' || c === 'B')
            return { kind: 'assert', start, end: this.i };
        if (/[1-9]/.test(c)) {
            while (/[0-9]/.test(this.peek()))
                this.i++;
            return { kind: 'backref', start, end: this.i };
        }
        if (c === 'k' && this.peek() === '<') {
            const close = this.src.indexOf('>', this.i);
            this.i = close < 0 ? this.src.length : close + 1;
            return { kind: 'backref', start, end: this.i };
        }
        this.i--;
        return { kind: 'chars', set: this.escapeSet(), start, end: this.i };
    }
    /** Reads an escape body (after the backslash) that stands for a set of characters. */
    escapeSet(inClass = false) {
        const c = this.src[this.i++] ?? '\\';
        switch (c) {
            case 'd': return DIGIT;
            case 'D': return complement(DIGIT);
            case 'w': return WORD;
            case 'W': return complement(WORD);
            case 's': return SPACE;
            case 'S': return complement(SPACE);
            case 'b':
                if (inClass)
                    return [[8, 8]];
                break;
            case 'c': {
                const l = this.peek();
                if (/[A-Za-z]/.test(l)) {
                    this.i++;
                    const code = l.charCodeAt(0) % 32;
                    return [[code, code]];
                }
                return ch('\\');
            }
            case 'x': {
                const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
                if (m) {
                    this.i += 2;
                    const code = parseInt(m[0], 16);
                    return [[code, code]];
                }
                break;
            }
            case 'u': {
                const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i));
                if (m) {
                    this.i += 4;
                    const code = parseInt(m[0], 16);
                    return [[code, code]];
                }
                break;
            }
        }
        const simple = SIMPLE_ESCAPES[c];
        return simple !== undefined ? [[simple, simple]] : ch(c);
    }
    charClass() {
        let negate = false;
        if (this.peek() === '^') {
            negate = true;
            this.i++;
        }
        const parts = [];
        while (this.i < this.src.length && this.peek() !== ']') {
            const lo = this.classAtom();
            if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
                const save = this.i;
                this.i++;
                const hi = this.classAtom();
                const a = lo.length === 1 && lo[0][0] === lo[0][1] ? lo[0][0] : -1;
                const b = hi.length === 1 && hi[0][0] === hi[0][1] ? hi[0][0] : -1;
                if (a >= 0 && b >= a) {
                    parts.push([[a, b]]);
                    continue;
                }
                this.i = save + 1;
                parts.push(lo, ch('-'), hi);
                continue;
            }
            parts.push(lo);
        }
        if (this.peek() === ']')
            this.i++;
        const set = union(...parts);
        return negate ? complement(set) : set;
    }
    classAtom() {
        const c = this.src[this.i++];
        if (c === '\\')
            return this.escapeSet(true);
        return ch(c);
    }
}
function parseRegex(source) {
    return new Parser(source).parse();
}
/** Children of a node, for walks. */
function children(node) {
    switch (node.kind) {
        case 'seq': return node.items;
        case 'alt': return node.branches;
        case 'group':
        case 'repeat': return [node.body];
        default: return [];
    }
}
function* walk(node) {
    yield node;
    for (const c of children(node))
        yield* walk(c);
}
/** Can the node match the empty string? */
function nullable(node) {
    switch (node.kind) {
        case 'chars': return false;
        case 'seq': return node.items.every(nullable);
        case 'alt': return node.branches.some(nullable);
        case 'group': return node.look || nullable(node.body);
        case 'repeat': return node.min === 0 || nullable(node.body);
        default: return true;
    }
}
/** Characters the node can consume first. */
function firstChars(node) {
    switch (node.kind) {
        case 'chars': return node.set;
        case 'seq': {
            const sets = [];
            for (const item of node.items) {
                sets.push(firstChars(item));
                if (!nullable(item))
                    break;
            }
            return union(...sets);
        }
        case 'alt': return union(...node.branches.map(firstChars));
        case 'group': return node.look ? [] : firstChars(node.body);
        case 'repeat': return firstChars(node.body);
        case 'backref': return ANY;
        default: return [];
    }
}
/** Every character the node can consume anywhere. */
function allChars(node) {
    switch (node.kind) {
        case 'chars': return node.set;
        case 'backref': return ANY;
        case 'group': return node.look ? [] : allChars(node.body);
        default: return union(...children(node).map(allChars));
    }
}
/** Strips non-capturing/capturing groups (not lookarounds) and one-item sequences. */
function unwrap(node) {
    let n = node;
    for (;;) {
        if (n.kind === 'group' && !n.look)
            n = n.body;
        else if (n.kind === 'seq' && n.items.length === 1)
            n = n.items[0];
        else
            return n;
    }
}

;// CONCATENATED MODULE: ./src/config/regex-safety.ts


/**
 * ReDoS guard for regexes that come from a config file (custom rules, allow regexes).
 *
 * 1. A conservative static check: a group repeated without a small bound must not contain
 *    another variable quantifier (`(a+)+`, `(.*)*`, `(\w+\s?)*`) unless every iteration
 *    starts (or ends) with a character nothing else in the group can match and the inner
 *    quantifiers consume disjoint characters (`(?:-[a-z]+)*` is fine); and its alternatives
 *    must not be able to start with the same character (`(a|a)*`, `(a|ab)*`).
 * 2. A timed probe in a worker thread: each regex runs over adversarial strings built from
 *    its own characters at length n and 4n (fastest of four runs each); a regex that a 4×
 *    longer input makes more than 10× slower, or that does not finish, is superlinear.
 */
/** Repeats with a maximum at or below this are bounded enough to leave to the probe. */
const SMALL_BOUND = 16;
const show = (src, node) => {
    const s = src.slice(node.start, node.end);
    return JSON.stringify(s.length > 40 ? s.slice(0, 39) + '…' : s);
};
const isVariable = (n) => n.kind === 'repeat' && n.min !== n.max;
/** Every iteration of `body` is split unambiguously from the next. */
function delimited(body) {
    const items = body.kind === 'seq' ? body.items : [body];
    if (items.length < 2)
        return false;
    for (const at of [0, items.length - 1]) {
        const d = unwrap(items[at]);
        if (d.kind !== 'chars')
            continue;
        const rest = items.filter((_, i) => i !== at);
        if (rest.some((r) => intersects(d.set, allChars(r))))
            continue;
        const variables = rest.flatMap((r) => [...walk(r)].filter(isVariable)).map(allChars);
        let disjoint = true;
        for (let i = 0; i < variables.length && disjoint; i++) {
            for (let j = i + 1; j < variables.length && disjoint; j++)
                if (intersects(variables[i], variables[j]))
                    disjoint = false;
        }
        if (disjoint)
            return true;
    }
    return false;
}
/** A one-sentence reason why `source` may backtrack catastrophically, or undefined. */
function staticRedosProblem(source) {
    const root = parseRegex(source);
    for (const node of walk(root)) {
        if (node.kind !== 'repeat' || node.max <= SMALL_BOUND)
            continue;
        const body = unwrap(node.body);
        if (body.kind === 'alt') {
            const bs = body.branches;
            for (let i = 0; i < bs.length; i++) {
                if (nullable(bs[i]))
                    return `the repeated group ${show(source, node)} has an alternative that matches empty text`;
                for (let j = i + 1; j < bs.length; j++) {
                    if (intersects(firstChars(bs[i]), firstChars(bs[j]))) {
                        return `alternatives ${show(source, bs[i])} and ${show(source, bs[j])} in the repeated group ${show(source, node)} can match the same text, so backtracking is exponential`;
                    }
                }
            }
        }
        const inner = [...walk(node.body)].find(isVariable);
        if (inner && !delimited(body)) {
            return `the repeated group ${show(source, node)} contains the quantifier ${show(source, inner)} (nested quantifiers backtrack exponentially); bound the counts, e.g. {1,64}, or start each repetition with a separator the inner part cannot match`;
        }
    }
    return undefined;
}
const PROBE_CHARS = 'aA0_-. =:/+"\'\t,;@#$%&*!?|~^()[]{}<>\\';
const NO_MATCH_SUFFIX = '\u0001';
function representative(set) {
    for (const c of PROBE_CHARS)
        if (contains(set, c.charCodeAt(0)))
            return c;
    const first = set[0];
    return first ? String.fromCharCode(first[0]) : undefined;
}
function leadingLiteral(root) {
    const top = unwrap(root);
    const items = top.kind === 'seq' ? top.items : [top];
    let out = '';
    for (const it of items) {
        const u = unwrap(it);
        if (u.kind === 'assert')
            continue;
        if (u.kind !== 'chars' || u.set.length !== 1 || u.set[0][0] !== u.set[0][1])
            break;
        out += String.fromCharCode(u.set[0][0]);
    }
    return out;
}
/** Adversarial input shapes built from the regex's own characters. */
function adversarialFamilies(source) {
    const root = parseRegex(source);
    const reps = [];
    for (const n of walk(root)) {
        if (n.kind !== 'chars')
            continue;
        const r = representative(n.set);
        if (r !== undefined && !reps.includes(r))
            reps.push(r);
    }
    const prefix = leadingLiteral(root);
    const families = [];
    const add = (f) => {
        if (families.length < 16 && f.unit && !families.some((g) => g.prefix === f.prefix && g.unit === f.unit))
            families.push(f);
    };
    for (const c of reps.slice(0, 8))
        add({ prefix: '', unit: c, suffix: NO_MATCH_SUFFIX });
    if (prefix) {
        for (const c of reps.slice(0, 6))
            add({ prefix, unit: c, suffix: NO_MATCH_SUFFIX });
        add({ prefix: '', unit: prefix, suffix: NO_MATCH_SUFFIX });
    }
    const few = reps.slice(0, 4);
    for (const a of few)
        for (const b of few)
            if (a !== b)
                add({ prefix: '', unit: a + b, suffix: NO_MATCH_SUFFIX });
    return families;
}
// Runs inside the worker (CommonJS, no imports from this bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { items, n, limit, floor } = workerData;
const build = (f, len) => f.prefix + f.unit.repeat(Math.ceil(len / f.unit.length)) + f.suffix;
function run(re, s, reps) {
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(s)) !== null) if (m[0] === '') re.lastIndex++;
  }
  return performance.now() - t0;
}
for (let i = 0; i < items.length; i++) {
  parentPort.postMessage({ type: 'start', index: i });
  const re = new RegExp(items[i].source, 'g');
  let worst = 0, family = 0;
  const families = items[i].families;
  // Noise (GC, other processes) only ever slows a run down, so each size keeps its fastest of
  // four interleaved runs; a superlinear verdict is measured twice. The first family that
  // stays superlinear settles it.
  for (let fi = 0; fi < families.length && worst <= limit; fi++) {
    const small = build(families[fi], n), big = build(families[fi], 4 * n);
    run(re, small, 4);
    run(re, big, 1);
    let reps = 1;
    while (run(re, small, reps) < 0.5 && reps < 8192) reps *= 2;
    let ratio = Infinity;
    for (let attempt = 0; attempt < 2 && ratio > limit; attempt++) {
      let a = Infinity, b = Infinity;
      for (let k = 0; k < 4; k++) {
        a = Math.min(a, run(re, small, reps));
        b = Math.min(b, run(re, big, reps));
      }
      // A run this cheap per character is a fast scan whose constant changes with the input
      // size (V8 switches search algorithms), not backtracking.
      ratio = b / (reps * big.length) < floor ? 0 : Math.min(ratio, b / Math.max(a, 1e-3));
    }
    if (ratio > worst) { worst = ratio; family = fi; }
  }
  parentPort.postMessage({ type: 'done', index: i, ratio: worst, family });
}
`;
/** A 4× longer input may take at most this many times longer (linear ≈ 4, quadratic ≈ 16). */
const SUPERLINEAR_RATIO = 10;
/**
 * Below 20 ns per character at length 4n a regex is scanning, not backtracking (quadratic
 * backtracking at that length costs microseconds per character), so its ratio is ignored.
 */
const MIN_MS_PER_CHAR = 20e-6;
const sampleOf = (f) => (f ? JSON.stringify(f.prefix + f.unit.repeat(4) + '…') : '""');
/** Times each regex on adversarial inputs of length n and 4n, in a worker that is killed on timeout. */
async function probeRegexes(sources, opts = {}) {
    if (sources.length === 0)
        return [];
    const n = opts.n ?? 2048;
    const timeoutMs = opts.timeoutMs ?? 5000;
    const items = sources.map((source) => ({ source, families: adversarialFamilies(source) }));
    const results = items.map((it) => ({ ratio: 0, sample: sampleOf(it.families[0]), timedOut: false }));
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { items, n, limit: SUPERLINEAR_RATIO, floor: MIN_MS_PER_CHAR } });
    await new Promise((resolve, reject) => {
        let current = -1;
        let done = 0;
        let timer;
        const finish = (err) => {
            if (timer)
                clearTimeout(timer);
            void worker.terminate();
            if (err)
                reject(err);
            else
                resolve();
        };
        const arm = () => {
            if (timer)
                clearTimeout(timer);
            timer = setTimeout(() => {
                if (current >= 0)
                    results[current].timedOut = true;
                // Everything after the stuck regex is probed again in a fresh worker by the caller's loop.
                finish();
            }, timeoutMs);
        };
        worker.on('message', (m) => {
            if (m.type === 'start') {
                current = m.index;
                arm();
            }
            else {
                const r = results[m.index];
                r.ratio = m.ratio ?? 0;
                r.sample = sampleOf(items[m.index].families[m.family ?? 0]);
                done++;
                if (m.index === items.length - 1)
                    finish();
            }
        });
        worker.on('error', (e) => finish(e));
        worker.on('exit', () => {
            const complete = done === items.length || results.some((r) => r.timedOut);
            finish(complete ? undefined : new Error('the regex probe stopped early'));
        });
        arm();
    });
    const stuck = results.findIndex((r) => r.timedOut);
    if (stuck >= 0 && stuck < sources.length - 1) {
        const rest = await probeRegexes(sources.slice(stuck + 1), opts);
        rest.forEach((r, i) => (results[stuck + 1 + i] = r));
    }
    return results;
}
/** Describes why a probe result is unacceptable, or undefined. */
function probeProblem(r) {
    if (r.timedOut)
        return `it did not finish on an adversarial input like ${r.sample} (catastrophic backtracking)`;
    if (r.ratio > SUPERLINEAR_RATIO) {
        return `it takes superlinear time: a 4× longer input like ${r.sample} took ${r.ratio.toFixed(1)}× longer; bound the quantifiers, e.g. {1,64}`;
    }
    return undefined;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   Oj: () => (/* binding */ CUSTOM_RULE_KEYS),
/* harmony export */   R_: () => (/* binding */ RULES_KEYS),
/* harmony export */   S5: () => (/* binding */ ALLOW_ENTRY_KEYS),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   ay: () => (/* binding */ normaliseKey),
/* harmony export */   p5: () => (/* binding */ FORBIDDEN_KEYS),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/** File names looked up at the scan root, in order. */
const CONFIG_FILE_NAMES = ['.keylint.yml', '.keylint.yaml'];
/** Keys accepted at the top level of `.keylint.yml`. */
const TOP_LEVEL_KEYS = ['exclude', 'include', 'rules', 'custom-rules', 'allow', 'max-file-size', 'baseline'];
const RULES_KEYS = ['disable', 'enable'];
const CUSTOM_RULE_KEYS = ['id', 'description', 'regex', 'keywords', 'min-entropy', 'allow', 'confidence'];
const ALLOW_ENTRY_KEYS = ['value', 'regex', 'reason'];
/**
 * Keys that a config file inside the scanned repository must never set, with the reason.
 * Matched after lower-casing and dropping `-`/`_`, at any depth.
 */
const ENDPOINT_REASON = 'a config file inside the scanned repository cannot redirect validation: a key found in the repository would be sent to a host the repository chose; set endpoints in the workflow (--endpoint) instead';
const REDACTION_REASON = 'a config file inside the scanned repository cannot unmask secrets: redaction is always on, so a pull request cannot make keylint print a key into a public log';
const FORBIDDEN_KEYS = new Map([
    ...['endpoint', 'endpoints', 'baseurl', 'baseurls', 'apibase', 'apiurl', 'url', 'host', 'proxy', 'validationendpoint', 'validationurl', 'verifyurl', 'live', 'validate', 'validation'].map((k) => [k, ENDPOINT_REASON]),
    ...['redact', 'redaction', 'showsecrets', 'showsecret', 'reveal', 'revealsecrets', 'noredact', 'unmask', 'unredact', 'printsecrets', 'plaintext'].map((k) => [k, REDACTION_REASON]),
]);
function normaliseKey(key) {
    return key.toLowerCase().replace(/[-_]/g, '');
}
function defaultConfig() {
    return { exclude: [], include: [], rules: { disable: [], enable: [] }, customRules: [], allow: [] };
}


/***/ }),

/***/ 4666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ CONFIG_SITES)
/* harmony export */ });
/** Where each validated value of a parsed config came from (`file:line:col`), for errors raised after parsing. */
const CONFIG_SITES = new WeakMap();


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


/***/ }),

/***/ 8939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q6: () => (/* binding */ defaultBaselinePath),
  gF: () => (/* binding */ runScanRequest)
});

// UNUSED EXPORTS: DEFAULT_BASELINE_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/baseline/index.ts
var baseline = __webpack_require__(3907);
;// CONCATENATED MODULE: ./src/config/default-excludes.ts
/**
 * Paths skipped unless `--no-default-excludes` is given. Each entry is argued in
 * docs/configuration.md ("Default excludes"). Deliberately NOT here:
 * - lockfiles (`package-lock.json`, `yarn.lock`, `pnpm-lock.yaml`, `go.sum`, …): their
 *   integrity hashes match no rule, but their `resolved` URLs can carry a registry token
 *   or `user:password@`, and nobody reads them in review;
 * - `dist/`, `build/`, `out/`: a key inlined by the bundler (`import.meta.env.VITE_…`,
 *   `DefinePlugin`) exists only in the built file, and a committed bundle is published.
 */
/** Libraries whose minified builds (`jquery-3.7.1.min.js`, `bootstrap.bundle.min.js`) are skipped. */
const THIRD_PARTY_LIBRARIES = [
    'jquery', 'jquery-ui', 'bootstrap', 'popper', 'react', 'react-dom', 'vue', 'angular', 'lodash', 'underscore',
    'moment', 'd3', 'three', 'chart', 'highlight', 'prism', 'font-awesome', 'fontawesome', 'all', 'swiper', 'select2',
    'datatables', 'jquery.dataTables', 'leaflet', 'mapbox-gl', 'pdf', 'pdf.worker', 'tinymce', 'ckeditor', 'ace',
    'codemirror', 'plotly', 'echarts', 'alpine', 'htmx', 'axios', 'socket.io', 'sweetalert2', 'toastr', 'slick',
    'owl.carousel', 'modernizr', 'require', 'backbone', 'knockout', 'handlebars', 'mustache', 'ember', 'polyfill',
    'polyfills', 'core-js', 'zone', 'tailwind', 'bulma', 'foundation', 'materialize', 'semantic', 'uikit',
    'swagger-ui', 'swagger-ui-bundle', 'swagger-ui-standalone-preset', 'redoc', 'mermaid', 'katex', 'mathjax',
    'video', 'hls', 'dash', 'flatpickr', 'dropzone', 'quill', 'marked', 'dompurify', 'purify', 'crypto-js', 'jszip',
    'xlsx', 'fabric', 'konva', 'phaser', 'pixi', 'babylon', 'gsap', 'anime', 'aos', 'lottie', 'sortable', 'dayjs',
    'luxon', 'numeral', 'chartjs-plugin-datalabels', 'vendor', 'vendors',
];
const default_excludes_DEFAULT_EXCLUDES = Object.freeze([
    // Version-control internals: object files are compressed; history has its own scan mode.
    '**/.git/**',
    '**/.hg/**',
    '**/.svn/**',
    // Installed third-party packages: not the repository's code, and full of SDK samples.
    '**/node_modules/**',
    '**/bower_components/**',
    '**/vendor/**',
    '**/.venv/**',
    '**/site-packages/**',
    // Minified copies of named third-party libraries, and source maps (maps repeat the sources
    // they map). The application's own bundles are scanned: a key the bundler inlined is a leak.
    `**/{${THIRD_PARTY_LIBRARIES.join(',')}}{,-*,.*}.min.{js,css}`,
    '**/*.map',
    // Binary formats by extension: images, fonts, media, compiled code, and archives keylint
    // does not open (zip, jar, tar and gzip ones are opened and their members scanned).
    '**/*.{png,jpg,jpeg,gif,bmp,ico,webp,tif,tiff,psd,svg}',
    '**/*.{woff,woff2,ttf,otf,eot}',
    '**/*.{mp3,mp4,m4a,ogg,wav,flac,avi,mov,mkv,webm}',
    '**/*.{bz2,xz,zst,7z,rar}',
    '**/*.{exe,dll,so,dylib,o,a,lib,class,pyc,pyo,wasm}',
    '**/*.pdf',
]);

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/config/regex-safety.ts + 1 modules
var regex_safety = __webpack_require__(5594);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/sites.ts
var config_sites = __webpack_require__(4666);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/config/load.ts







/** Config files larger than this are refused (a config is a few hundred bytes). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Runs the timed ReDoS probe over every regex a parsed config holds; throws UsageError on the first bad one. */
async function probeConfigRegexes(regexes) {
    const results = await (0,regex_safety/* probeRegexes */.uc)(regexes.map((s) => s.source));
    results.forEach((res, i) => {
        const problem = (0,regex_safety/* probeProblem */.EJ)(res);
        const site = regexes[i];
        if (problem)
            throw new types/* UsageError */.e(`${site.where}: ${site.what}: regex is not linear-time: ${problem}`);
    });
}
function display(abs) {
    const rel = external_node_path_default().relative(process.cwd(), abs);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : abs;
}
async function isFile(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile() ? true : 'other';
    }
    catch {
        return false;
    }
}
/**
 * Loads `.keylint.yml` (or `.keylint.yaml`) from the scan root, or `explicitPath` (relative to
 * the working directory). No file at the root gives the defaults; a missing explicit file,
 * both root files at once, or any invalid content is a UsageError.
 */
async function loadConfig(root, explicitPath) {
    let file;
    if (explicitPath !== undefined) {
        file = external_node_path_default().resolve(explicitPath);
        const kind = await isFile(file);
        if (kind === false)
            throw new types/* UsageError */.e(`config file not found: ${explicitPath}`);
        if (kind === 'other')
            throw new types/* UsageError */.e(`config path is not a file: ${explicitPath}`);
    }
    else {
        const found = [];
        for (const name of schema/* CONFIG_FILE_NAMES */.HR) {
            const p = external_node_path_default().join(root, name);
            if ((await isFile(p)) === true)
                found.push(p);
        }
        if (found.length > 1)
            throw new types/* UsageError */.e(`both ${found.map(display).join(' and ')} exist; keep one`);
        file = found[0];
    }
    if (file === undefined)
        return (0,schema/* defaultConfig */.sb)();
    const shown = display(file);
    let buf;
    try {
        buf = await (0,promises_.readFile)(file);
    }
    catch (e) {
        throw new types/* UsageError */.e(`cannot read config ${shown}: ${e.code ?? e.message}`);
    }
    if (buf.length > MAX_CONFIG_BYTES)
        throw new types/* UsageError */.e(`${shown}: config file is larger than 1 MB`);
    const { parseWithSites } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 8353));
    const { config, regexes } = parseWithSites(buf.toString('utf8'), shown);
    await probeConfigRegexes(regexes);
    return config;
}
/**
 * Checks rule ids in `rules.disable` / `rules.enable` against the known rule and provider ids
 * (custom rule ids and `custom` count as known), and that no custom rule reuses a built-in id.
 * Throws UsageError `file:line:col: …` with the nearest known id.
 */
function validateRuleIds(cfg, knownIds) {
    const builtin = new Set(knownIds);
    const sites = config_sites/* CONFIG_SITES */.M.get(cfg);
    const where = (key) => sites?.get(key) ?? cfg.source ?? 'config';
    cfg.customRules.forEach((c, i) => {
        if (builtin.has(c.id))
            throw new types/* UsageError */.e(`${where(`custom-rules[${i}].id`)}: custom rule id "${c.id}" is already a built-in rule or provider id; pick another`);
    });
    const known = new Set([...builtin, 'custom', ...cfg.customRules.map((c) => c.id)]);
    for (const k of ['disable', 'enable']) {
        cfg.rules[k].forEach((id, i) => {
            if (!known.has(id))
                throw new types/* UsageError */.e(`${where(`rules.${k}[${i}]`)}: rules.${k}: unknown rule "${id}"${(0,suggest/* didYouMean */.au)(id, known)}`);
        });
    }
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/config/paths.ts


/**
 * Compiles globs into one predicate over paths relative to the scan root (forward slashes).
 * Semantics, close to `.gitignore`:
 * - a pattern without a slash matches the file name at any depth (`*.pem`, `fixtures`);
 * - a leading `/` anchors the pattern at the root (`/build`);
 * - a pattern also matches everything below a directory it names (`test/fixtures`, `docs/`);
 * - dot files are matched like any other file.
 */
function compileGlobs(patterns) {
    const matchers = [];
    /** The extensions of extension globs (`*.png` at any depth): a Set lookup per path segment instead of a matcher each. */
    const suffixes = new Set();
    for (const raw of patterns) {
        let p = raw.startsWith('./') ? raw.slice(2) : raw;
        const anchored = p.startsWith('/');
        if (anchored)
            p = p.slice(1);
        if (p.endsWith('/'))
            p = p.slice(0, -1);
        if (!p)
            continue;
        if (!anchored && !p.includes('/'))
            p = `**/${p}`;
        // Minimatch costs ~6 µs a path (0.6 s over 100k files); most paths lack the glob's
        // literal part (`node_modules`, `.min.js`) and are rejected with one `includes`.
        // A brace pattern whose alternatives share a literal outside the braces (the default
        // exclude of named libraries' `.min.` files: hundreds of alternatives) is one matcher behind
        // that literal; other braces are expanded, so that each alternative has its own literal.
        const shared = p.includes('{') ? requiredLiteral(p.replace(/\{[^{}]*\}/g, '*')) : '';
        if (shared) {
            matchers.push(lazyMatcher(p, shared));
            continue;
        }
        for (const e of p.includes('{') ? (0,esm/* braceExpand */.KA)(p) : [p]) {
            const ext = EXTENSION_GLOB.exec(e);
            if (ext)
                suffixes.add(ext[1]);
            else
                matchers.push(lazyMatcher(e, requiredLiteral(e)));
        }
    }
    return (relPath) => {
        const slashed = relPath.includes('\\') ? relPath.replace(/\\/g, '/') : relPath;
        const p = slashed.startsWith('./') ? slashed.slice(2) : slashed;
        if (suffixes.size > 0 && segmentEndsWith(p, suffixes))
            return true;
        for (let i = 0; i < matchers.length; i++)
            if (matchers[i](p))
                return true;
        return false;
    };
}
/**
 * An extension glob (`*.png` at any depth, a plain extension): with the `/**` that follows a
 * directory's name, it matches a path one of whose segments ends in the extension.
 */
const EXTENSION_GLOB = /^\*\*\/\*(\.[A-Za-z0-9_-]+)$/;
/** Whether a segment of `path` ends in one of `suffixes` (from its last dot). */
function segmentEndsWith(path, suffixes) {
    for (let end = path.length; end > 0;) {
        const start = path.lastIndexOf('/', end - 1) + 1;
        const dot = path.lastIndexOf('.', end - 1);
        if (dot >= start && suffixes.has(path.slice(dot, end)))
            return true;
        end = start - 1;
    }
    return false;
}
/**
 * `glob` and `glob/**` (a directory's contents), compiled on first use: behind `literal`, most
 * scans never compile them (the ~60 default excludes took ~5 ms to compile in every scan).
 */
function lazyMatcher(glob, literal) {
    let mms;
    return (path) => (literal === '' || path.includes(literal)) && (mms ??= [glob, `${glob}/**`].map((q) => new esm/* minimatch */.xF.Minimatch(q, { dot: true }))).some((mm) => mm.match(path));
}
/**
 * The longest run of plain characters within one path segment of `glob`, which every path
 * matching it contains (`**` may match no segment, so slashes are left out), or '' when
 * there is none or the glob has braces, extglobs, classes or escapes (no safe answer).
 */
function requiredLiteral(glob) {
    if (/[{}()[\]\\!+@]/.test(glob))
        return '';
    let best = '';
    for (const piece of glob.split(/[*?/]+/))
        if (piece.length > best.length)
            best = piece;
    return best.length >= 2 ? best : '';
}
/**
 * Whether a file is scanned: it matches `include` (when the config has any), matches no
 * `exclude`, and matches no default exclude (unless turned off). Excludes always win.
 */
function makePathFilter(cfg, opts = {}) {
    const included = cfg.include.length ? compileGlobs(cfg.include) : () => true;
    const excluded = compileGlobs(cfg.exclude);
    const defaults = (opts.defaultExcludes ?? true) ? compileGlobs(DEFAULT_EXCLUDES) : () => false;
    return (p) => included(p) && !excluded(p) && !defaults(p);
}

// EXTERNAL MODULE: ./src/suppress/detect-secrets.ts
var detect_secrets = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/suppress/rule-ids.ts
var rule_ids = __webpack_require__(4842);
;// CONCATENATED MODULE: ./src/suppress/toml.ts
/**
 * A strict TOML subset: exactly what gitleaks configs use. Tables (`[a.b]`), arrays of tables
 * (`[[a.b]]`), `key = value` with bare, quoted or dotted keys, strings (basic, literal and their
 * multi-line forms), integers, floats, booleans, arrays (multi-line, trailing comma) and inline
 * tables. No dates. Anything else is a TomlError naming the line. Every table remembers the line
 * of each of its keys, so callers can point at a key.
 */
class TomlError extends Error {
    line;
    reason;
    name = 'TomlError';
    constructor(line, reason) {
        super(`line ${line}: ${reason}`);
        this.line = line;
        this.reason = reason;
    }
}
function table(explicit = false) {
    return { kind: 'table', values: new Map(), lines: new Map(), explicit, sealed: false };
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'table';
}
/** Arrays created by `[[header]]` (arrays of tables may be extended; array values may not). */
const TABLE_ARRAYS = new WeakSet();
const BARE_KEY = /[A-Za-z0-9_-]/;
class Parser {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    fail(reason, line = this.line) {
        throw new TomlError(line, reason);
    }
    peek(offset = 0) {
        return this.text[this.pos + offset] ?? '';
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos);
    }
    next() {
        const c = this.text[this.pos++] ?? '';
        if (c === '\n')
            this.line++;
        return c;
    }
    /** Spaces and tabs only. */
    skipBlank() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipComment() {
        if (this.peek() !== '#')
            return;
        while (this.pos < this.text.length && this.peek() !== '\n') {
            const c = this.text.charCodeAt(this.pos);
            if ((c < 0x20 && c !== 0x09) || c === 0x7f)
                this.fail('control character in a comment');
            this.pos++;
        }
    }
    /** After a value or header: blanks, an optional comment, then a newline or the end. */
    endOfLine() {
        this.skipBlank();
        this.skipComment();
        if (this.pos >= this.text.length)
            return;
        if (this.startsWith('\r\n'))
            this.pos++;
        if (this.peek() !== '\n')
            this.fail(`unexpected ${JSON.stringify(this.peek())} after the value (one key = value per line)`);
        this.next();
    }
    /** Blanks, comments and newlines (inside arrays). */
    skipAll() {
        for (;;) {
            this.skipBlank();
            this.skipComment();
            if (this.startsWith('\r\n'))
                this.pos++;
            if (this.peek() === '\n')
                this.next();
            else
                return;
        }
    }
    key() {
        const parts = [];
        for (;;) {
            this.skipBlank();
            const c = this.peek();
            if (c === '"')
                parts.push(this.basicString());
            else if (c === "'")
                parts.push(this.literalString());
            else {
                const start = this.pos;
                while (BARE_KEY.test(this.peek()))
                    this.pos++;
                if (this.pos === start)
                    this.fail(c === '' || c === '\n' ? 'expected a key' : `unexpected ${JSON.stringify(c)} where a key was expected`);
                parts.push(this.text.slice(start, this.pos));
            }
            this.skipBlank();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    escape() {
        const c = this.next();
        const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
        if (c in simple)
            return simple[c];
        if (c === 'u' || c === 'U') {
            const n = c === 'u' ? 4 : 8;
            const hex = this.text.slice(this.pos, this.pos + n);
            if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex))
                this.fail(`invalid \\${c} escape`);
            this.pos += n;
            const cp = parseInt(hex, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                this.fail(`invalid \\${c} escape`);
            return String.fromCodePoint(cp);
        }
        this.fail(`invalid escape \\${c === '\n' ? 'newline' : c}`);
    }
    basicString() {
        if (this.startsWith('"""'))
            return this.multilineBasic();
        this.pos++;
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '' || c === '\n')
                this.fail('unterminated string');
            this.pos++;
            if (c === '"')
                return out;
            if (c === '\\')
                out += this.escape();
            else
                out += c;
        }
    }
    literalString() {
        if (this.startsWith("'''"))
            return this.multilineLiteral();
        this.pos++;
        const end = this.text.indexOf("'", this.pos);
        const nl = this.text.indexOf('\n', this.pos);
        if (end < 0 || (nl >= 0 && nl < end))
            this.fail('unterminated string');
        const s = this.text.slice(this.pos, end);
        this.pos = end + 1;
        return s;
    }
    multilineBasic() {
        const startLine = this.line;
        this.pos += 3;
        if (this.startsWith('\r\n'))
            this.pos++;
        if (this.peek() === '\n')
            this.next();
        let out = '';
        for (;;) {
            if (this.pos >= this.text.length)
                this.fail('unterminated multi-line string', startLine);
            if (this.startsWith('"""')) {
                // Up to two quotes may end the content (`""""` ends in one quote).
                let n = 3;
                while (this.peek(n) === '"' && n < 5)
                    n++;
                out += '"'.repeat(n - 3);
                this.pos += n;
                return out;
            }
            const c = this.next();
            if (c !== '\\') {
                out += c;
                continue;
            }
            // A backslash at the end of a line trims the newline and the whitespace after it.
            let look = this.pos;
            while (this.text[look] === ' ' || this.text[look] === '\t')
                look++;
            if (this.text[look] === '\n' || this.text.startsWith('\r\n', look)) {
                while (this.pos < this.text.length && /[ \t\r\n]/.test(this.peek()))
                    this.next();
            }
            else
                out += this.escape();
        }
    }
    multilineLiteral() {
        const startLine = this.line;
        this.pos += 3;
        if (this.startsWith('\r\n'))
            this.pos++;
        if (this.peek() === '\n')
            this.next();
        const end = this.text.indexOf("'''", this.pos);
        if (end < 0)
            this.fail('unterminated multi-line string', startLine);
        let stop = end;
        while (this.text[stop + 3] === "'" && stop < end + 2)
            stop++;
        const s = this.text.slice(this.pos, stop);
        while (this.pos < stop + 3)
            this.next();
        return s;
    }
    value() {
        const c = this.peek();
        if (c === '"')
            return this.basicString();
        if (c === "'")
            return this.literalString();
        if (c === '[')
            return this.array();
        if (c === '{')
            return this.inlineTable();
        const m = /^(?:true|false|[+-]?(?:inf|nan)|[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+(?:\.[0-9_]+)?(?:[eE][+-]?[0-9_]+)?))(?=[\s,\]}#]|$)/.exec(this.text.slice(this.pos, this.pos + 128));
        if (!m) {
            const word = /^[^\s,\]}#]*/.exec(this.text.slice(this.pos, this.pos + 40))[0];
            this.fail(word ? `invalid value ${JSON.stringify(word)} (strings need quotes)` : 'expected a value');
        }
        const tok = m[0];
        this.pos += tok.length;
        if (tok === 'true')
            return true;
        if (tok === 'false')
            return false;
        if (/inf|nan/.test(tok))
            return tok.includes('nan') ? NaN : tok.startsWith('-') ? -Infinity : Infinity;
        if (/(^|[^0-9])_|_($|[^0-9A-Fa-f])/.test(tok))
            this.fail(`invalid number ${JSON.stringify(tok)}`);
        const clean = tok.replace(/_/g, '');
        const n = /^[+-]?0[xob]/.test(clean) ? Number(clean.replace(/^\+/, '')) : Number(clean);
        if (!Number.isFinite(n) || (/^[+-]?0[0-9]/.test(clean) && !clean.includes('.')))
            this.fail(`invalid number ${JSON.stringify(tok)}`);
        return n;
    }
    array() {
        this.pos++;
        const out = [];
        for (;;) {
            this.skipAll();
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            if (this.pos >= this.text.length)
                this.fail('unterminated array');
            out.push(this.value());
            this.skipAll();
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== ']')
                this.fail(`expected "," or "]" in an array, got ${JSON.stringify(this.peek() || 'end of file')}`);
        }
    }
    inlineTable() {
        this.pos++;
        const t = table(true);
        this.skipBlank();
        if (this.peek() === '}') {
            this.pos++;
            t.sealed = true;
            return t;
        }
        for (;;) {
            const line = this.line;
            const k = this.key();
            if (this.peek() !== '=')
                this.fail('expected "=" after a key');
            this.pos++;
            this.skipBlank();
            this.assign(t, k, this.value(), line);
            this.skipBlank();
            if (this.peek() === ',') {
                this.pos++;
                continue;
            }
            if (this.peek() === '}') {
                this.pos++;
                t.sealed = true;
                return t;
            }
            this.fail('expected "," or "}" in an inline table');
        }
    }
    /** The table at `path` under `root`, creating implicit tables on the way. */
    descend(root, path, line) {
        let t = root;
        for (const part of path) {
            let v = t.values.get(part);
            if (v === undefined) {
                if (t.sealed)
                    this.fail(`cannot add "${part}" to an inline table`, line);
                v = table();
                t.values.set(part, v);
                t.lines.set(part, line);
            }
            if (Array.isArray(v) && TABLE_ARRAYS.has(v))
                v = v[v.length - 1];
            if (!isTable(v))
                this.fail(`"${part}" is already a value, not a table`, line);
            if (v.sealed)
                this.fail(`"${part}" is an inline table and cannot be extended`, line);
            t = v;
        }
        return t;
    }
    assign(t, key, value, line) {
        const parent = this.descend(t, key.slice(0, -1), line);
        const last = key[key.length - 1];
        if (parent.values.has(last))
            this.fail(`duplicate key "${key.join('.')}"`, line);
        parent.values.set(last, value);
        parent.lines.set(last, line);
    }
    document() {
        const root = table(true);
        let current = root;
        if (this.text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        for (;;) {
            this.skipAll();
            if (this.pos >= this.text.length)
                return root;
            const line = this.line;
            if (this.startsWith('[[')) {
                this.pos += 2;
                const path = this.key();
                if (!this.startsWith(']]'))
                    this.fail('expected "]]" to close the array-of-tables header');
                this.pos += 2;
                this.endOfLine();
                const parent = this.descend(root, path.slice(0, -1), line);
                const last = path[path.length - 1];
                let arr = parent.values.get(last);
                if (arr === undefined) {
                    arr = [];
                    TABLE_ARRAYS.add(arr);
                    parent.values.set(last, arr);
                    parent.lines.set(last, line);
                }
                if (!Array.isArray(arr) || !TABLE_ARRAYS.has(arr))
                    this.fail(`"${path.join('.')}" is already defined, not as an array of tables`);
                current = table(true);
                current.lines.set('', line);
                arr.push(current);
            }
            else if (this.peek() === '[') {
                this.pos++;
                const path = this.key();
                if (this.peek() !== ']')
                    this.fail('expected "]" to close the table header');
                this.pos++;
                this.endOfLine();
                const parent = this.descend(root, path.slice(0, -1), line);
                const last = path[path.length - 1];
                const existing = parent.values.get(last);
                if (existing === undefined) {
                    current = table(true);
                    parent.values.set(last, current);
                    parent.lines.set(last, line);
                }
                else if (isTable(existing) && !existing.explicit && !existing.sealed) {
                    existing.explicit = true;
                    current = existing;
                }
                else
                    this.fail(`table [${path.join('.')}] is defined twice`);
            }
            else {
                const key = this.key();
                if (this.peek() !== '=')
                    this.fail(`expected "=" after the key "${key.join('.')}"`);
                this.pos++;
                this.skipBlank();
                const value = this.value();
                this.assign(current, key, value, line);
                this.endOfLine();
            }
        }
    }
}
/** Parses TOML text. Throws TomlError (with the 1-based line) on anything outside the subset. */
function parseToml(text) {
    return new Parser(text).document();
}

;// CONCATENATED MODULE: ./src/suppress/gitleaks-config.ts
/**
 * `.gitleaks.toml`: the allowlists of a gitleaks config, honoured so a team moving from
 * gitleaks keeps its triage. `[allowlist]` (gitleaks ≤ 8.24) and `[[allowlists]]` (8.25+) with
 * `paths`, `regexes` (on the secret), `stopwords`, `commits`, `condition` and `targetRules`, and
 * the allowlists of `[[rules]]` entries (`[rules.allowlist]`, `[[rules.allowlists]]`) for the
 * rule their id names; `[extend] useDefault = true` is what keylint does anyway. Everything else
 * keylint cannot honour (a rule's own detection, other `extend` keys, `regexTarget = "line"`,
 * unknown keys) is a one-line warning per key, never a silent pass. Regexes are Go RE2: a
 * leading `(?i)`/`(?s)`/`(?m)` becomes a JS flag; a regex JS cannot compile, or that could
 * backtrack catastrophically, is skipped with a warning.
 */





const GITLEAKS_CONFIG_FILE = '.gitleaks.toml';
/** Keys silently accepted (they do not change what is found). */
const IGNORED_TOP = new Set(['title', 'description', 'minVersion']);
const ALLOWLIST_KEYS = new Set(['description', 'condition', 'paths', 'regexes', 'regexTarget', 'stopwords', 'commits', 'targetRules']);
/** A Go RE2 regex as a JS RegExp, or the reason it cannot be one. */
function translateGoRegex(source) {
    let src = source;
    let flags = '';
    const lead = /^\(\?([imsU]+)\)/.exec(src);
    if (lead) {
        if (lead[1].includes('U'))
            return 'the (?U) flag (ungreedy) has no JavaScript equivalent';
        flags = [...new Set(lead[1])].join('');
        src = src.slice(lead[0].length);
    }
    // RE2 spellings JS lacks: \z (end of text), \A (start), POSIX classes.
    src = src.replace(/\\z/g, '$(?![\\s\\S])').replace(/\\A/g, '^(?<![\\s\\S])').replace(/\(\?P</g, '(?<');
    if (/\(\?[imsU-]+[:)]/.test(src))
        return 'inline flags other than a leading (?i) are not supported';
    if (/\[\[:[a-z]+:\]\]/.test(src))
        return 'POSIX character classes ([[:alpha:]]) are not supported';
    try {
        return new RegExp(src, flags);
    }
    catch (e) {
        return e.message;
    }
}
function strings(v) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        return undefined;
    return v;
}
/** Parses `.gitleaks.toml` text; `file` names it in messages. Regexes are not yet probed (see loadGitleaksConfig). */
function parseGitleaksConfig(text, file = GITLEAKS_CONFIG_FILE) {
    let doc;
    try {
        doc = parseToml(text);
    }
    catch (e) {
        if (e instanceof TomlError)
            throw new types/* UsageError */.e(`${file}:${e.line}: invalid TOML: ${e.reason}`);
        throw e;
    }
    const found = [];
    const warn = (line, msg) => {
        found.push({ line: line ?? 0, text: `${file}${line ? `:${line}` : ''}: ${msg}` });
    };
    const unsupported = (line, key, why = '') => warn(line, `"${key}" is not supported by keylint; ignored${why}`);
    const allowlists = [];
    const pending = [];
    /**
     * One allowlist table. `legacy`: `[allowlist]` (no `condition`, no `targetRules`); `rule`: the
     * keylint rule a `[[rules]]` entry's allowlist applies to (it takes no `targetRules` either).
     */
    const readAllowlist = (t, name, headerLine, legacy, rule) => {
        const where = `${file}${headerLine ? `:${headerLine}` : ''}`;
        const list = { where, condition: 'OR', paths: [], regexes: [], stopwords: [], commits: [], targetRules: rule ? [rule] : [] };
        const lineOf = (k) => t.lines.get(k);
        let skipRegexes = false;
        const target = t.values.get('regexTarget');
        if (target !== undefined && target !== 'secret') {
            skipRegexes = true;
            warn(lineOf('regexTarget'), `"${name}.regexTarget" = ${JSON.stringify(target)} is not supported by keylint; ignored with this allowlist's regexes (keylint matches them against the secret only)`);
        }
        for (const [key, value] of t.values) {
            const line = lineOf(key);
            if (!ALLOWLIST_KEYS.has(key) || (legacy && (key === 'condition' || key === 'targetRules')) || (rule !== undefined && key === 'targetRules')) {
                unsupported(line, `${name}.${key}`);
                continue;
            }
            if (key === 'description' || key === 'regexTarget')
                continue;
            if (key === 'condition') {
                const c = typeof value === 'string' ? value.toUpperCase() : '';
                if (c !== 'OR' && c !== 'AND')
                    throw new types/* UsageError */.e(`${file}:${line}: ${name}.condition must be "OR" or "AND"`);
                list.condition = c;
                continue;
            }
            const items = strings(value);
            if (!items)
                throw new types/* UsageError */.e(`${file}:${line}: ${name}.${key} must be an array of strings`);
            if (key === 'stopwords')
                list.stopwords = items.map((s) => s.toLowerCase()).filter((s) => s !== '');
            else if (key === 'commits')
                list.commits = items.map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
            else if (key === 'targetRules')
                list.targetRules = items.map((s) => (0,rule_ids/* resolveRuleId */.o)(s));
            else if (key === 'regexes' && skipRegexes)
                continue;
            else {
                const into = key === 'paths' ? list.paths : list.regexes;
                for (const src of items) {
                    const re = translateGoRegex(src);
                    if (typeof re === 'string') {
                        warn(line, `${name}.${key}: regex ${JSON.stringify(src.length > 60 ? src.slice(0, 59) + '…' : src)} skipped: ${re}`);
                        continue;
                    }
                    let problem;
                    try {
                        problem = (0,regex_safety/* staticRedosProblem */.x7)(re.source);
                    }
                    catch {
                        problem = undefined;
                    }
                    if (problem) {
                        warn(line, `${name}.${key}: regex ${JSON.stringify(src.length > 60 ? src.slice(0, 59) + '…' : src)} skipped: it is not linear-time: ${problem}`);
                        continue;
                    }
                    pending.push({ re, where: `${file}:${line ?? ''}`.replace(/:$/, ''), into });
                }
            }
        }
        allowlists.push(list);
    };
    /**
     * A `[[rules]]` entry. Its own detection (`regex`, `keywords`, `entropy`, …) is a custom rule
     * keylint does not run (one warning: write it as custom-rules); its allowlists
     * (`[rules.allowlist]`, `[[rules.allowlists]]`) apply to the keylint rule its id names, a
     * gitleaks id mapping to keylint's rule for the same kind of secret — the way a config that
     * extends gitleaks' defaults allowlists one rule.
     */
    const readRule = (r, i, headerLine) => {
        const name = `rules[${i}]`;
        const id = r.values.get('id');
        const shown = typeof id === 'string' ? ` ("${id}")` : '';
        const lists = [];
        let detects = false;
        for (const [key, value] of r.values) {
            if (key === 'id' || key === 'description')
                continue;
            if (key === 'allowlist' && isTable(value))
                lists.push([value, `${name}.allowlist`, true]);
            else if (key === 'allowlists' && Array.isArray(value) && value.every(isTable))
                value.forEach((t, j) => lists.push([t, `${name}.allowlists[${j}]`, false]));
            else
                detects = true;
        }
        if (detects)
            warn(headerLine, `"${name}"${shown} defines a rule of its own: not supported by keylint; ignored (custom rules: write them as custom-rules in .keylint.yml)`);
        if (lists.length === 0) {
            if (!detects)
                warn(headerLine, `"${name}"${shown} holds no detection and no allowlist; ignored`);
            return;
        }
        const target = typeof id === 'string' && id !== '' ? (0,rule_ids/* resolveRuleId */.o)(id) : undefined;
        if (target === undefined || !(0,rule_ids/* knownRuleIds */.Q)().has(target)) {
            warn(headerLine, `"${name}"${shown}: ${target === undefined ? 'no id' : 'neither a keylint rule nor a gitleaks rule keylint knows'}; its allowlists are ignored`);
            return;
        }
        for (const [t, listName, legacy] of lists)
            readAllowlist(t, listName, t.lines.get('') ?? headerLine, legacy, target);
    };
    for (const [key, value] of doc.values) {
        const line = doc.lines.get(key);
        if (IGNORED_TOP.has(key))
            continue;
        if (key === 'allowlist' && isTable(value))
            readAllowlist(value, 'allowlist', line, true);
        else if (key === 'allowlists' && Array.isArray(value) && value.every(isTable)) {
            value.forEach((t, i) => readAllowlist(t, `allowlists[${i}]`, t.lines.get('') ?? line, false));
        }
        else if (key === 'rules' && Array.isArray(value) && value.every(isTable)) {
            value.forEach((r, i) => readRule(r, i, r.lines.get('') ?? line));
        }
        else if (key === 'extend' && isTable(value)) {
            // Extending gitleaks' defaults is what keylint does anyway (its built-in rules stand in
            // for them); anything else in [extend] is not.
            for (const [k, v] of value.values) {
                if (k === 'useDefault' && v === true)
                    continue;
                unsupported(value.lines.get(k), `extend.${k}`, k === 'disabledRules' ? ' (turn rules off with rules.disable in .keylint.yml; gitleaks ids work there)' : '');
            }
        }
        else
            unsupported(line, key);
    }
    const warnings = found.sort((a, b) => a.line - b.line).map((w) => w.text);
    return { config: { allowlists, warnings }, pending };
}
/**
 * Reads and parses `.gitleaks.toml`, then runs the timed ReDoS probe over its regexes: a
 * regex that backtracks is dropped with a warning. No file → undefined.
 */
async function loadGitleaksConfig(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'EISDIR')
            return undefined;
        throw new types/* UsageError */.e(`cannot read ${shown}: ${code ?? e.message}`);
    }
    if (text.length > 1024 * 1024)
        throw new types/* UsageError */.e(`${shown}: larger than 1 MB`);
    const { config, pending } = parseGitleaksConfig(text, shown);
    const results = await (0,regex_safety/* probeRegexes */.uc)(pending.map((p) => p.re.source));
    results.forEach((r, i) => {
        const p = pending[i];
        const problem = (0,regex_safety/* probeProblem */.EJ)(r);
        if (problem)
            config.warnings.push(`${p.where}: regex ${JSON.stringify(p.re.source.slice(0, 60))} skipped: it is not linear-time: ${problem}`);
        else
            p.into.push(p.re);
    });
    return config;
}
function matchesCommit(list, commit) {
    if (!commit)
        return false;
    const c = commit.toLowerCase();
    return list.some((x) => c === x || (x.length >= 7 && c.startsWith(x)));
}
/** Whether one allowlist accepts the finding. */
function allowlistMatches(a, f) {
    if (a.targetRules.length && !a.targetRules.includes(f.rule) && !a.targetRules.includes(f.provider))
        return false;
    const checks = [];
    const secret = () => f.secret.reveal();
    if (a.commits.length)
        checks.push(matchesCommit(a.commits, f.commit));
    if (a.paths.length)
        checks.push(a.paths.some((re) => re.test(f.file)));
    if (a.regexes.length)
        checks.push(a.regexes.some((re) => re.test(secret())));
    if (a.stopwords.length) {
        const s = secret().toLowerCase();
        checks.push(a.stopwords.some((w) => s.includes(w)));
    }
    if (checks.length === 0)
        return false;
    return a.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

// EXTERNAL MODULE: ./src/suppress/json-shape.ts
var json_shape = __webpack_require__(8441);
;// CONCATENATED MODULE: ./src/suppress/ignore-files.ts


const GITLEAKSIGNORE_FILE = '.gitleaksignore';
const KEYLINTIGNORE_FILE = '.keylintignore';
const COMMIT = /^[0-9a-f]{7,64}$/i;
function parseGitleaksIgnore(text, file = GITLEAKSIGNORE_FILE) {
    const out = { global: new Set(), perCommit: new Set(), warnings: [] };
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const parts = line.split(':');
        const lineNo = parts.pop();
        const rule = parts.pop();
        if (!/^\d+$/.test(lineNo) || !rule || parts.length === 0) {
            out.warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint (file:rule-id:line or commit:file:rule-id:line); ignored`);
            return;
        }
        const id = (0,rule_ids/* resolveRuleId */.o)(rule);
        const n = String(Number(lineNo));
        if (parts.length > 1 && COMMIT.test(parts[0])) {
            const commit = parts.shift().toLowerCase();
            out.perCommit.add(`${commit}\0${parts.join(':')}\0${id}\0${n}`);
        }
        else
            out.global.add(`${parts.join(':')}\0${id}\0${n}`);
    });
    return out;
}
function gitleaksIgnores(ig, f) {
    const tail = `${f.file}\0${f.rule}\0${f.line}`;
    if (ig.global.has(tail))
        return true;
    return f.commit !== undefined && ig.perCommit.has(`${f.commit.toLowerCase()}\0${tail}`);
}
const FINGERPRINT = /^[0-9a-f]{16,64}$/;
/** The fingerprints of a `.keylintignore`. */
function parseKeylintIgnore(text, file = KEYLINTIGNORE_FILE) {
    const out = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fp = line.split(/\s/, 1)[0].toLowerCase();
        if (!FINGERPRINT.test(fp)) {
            throw new types/* UsageError */.e(`${file}:${i + 1}: expected a finding fingerprint (hex, from --format json or scan --verbose), optionally followed by a reason`);
        }
        out.add(fp);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/suppress/index.ts
/**
 * Suppressions from files at the scan root, applied to every scan (tree, diff, staged, commits,
 * history; CLI, hook and Action) in one place, before the baseline:
 *
 * 1. secret scanners' own files: `.secrets.baseline`, `.gitleaksignore`, `.keylintignore`,
 *    keylint's baseline, JSON files shaped like a detect-secrets baseline — never findings
 *    (gitleaks JSON reports are recognised too, but only to say that one with raw secrets is
 *    a leak);
 * 2. `.keylintignore` — keylint fingerprints;
 * 3. `.gitleaksignore` — gitleaks fingerprints;
 * 4. `.gitleaks.toml` — its allowlists;
 * 5. `.secrets.baseline` — detect-secrets' SHA-1 hashes, same file.
 *
 * Each suppressed finding is counted under the first source that took it; the counts become
 * notices, so suppression is never silent.
 */






/** keylint's default baseline name (pipeline.ts's DEFAULT_BASELINE_FILE). */
const KEYLINT_BASELINE = '.keylint-baseline.json';
const PEER_NAMES = new Set([detect_secrets/* DETECT_SECRETS_BASELINE_FILE */.RA, GITLEAKSIGNORE_FILE, KEYLINTIGNORE_FILE, KEYLINT_BASELINE]);
/** Report-shaped JSON files larger than this are not read for the shape test. */
const MAX_SHAPE_BYTES = 32 * 1024 * 1024;
async function readOptional(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            return undefined;
        throw e;
    }
}
/** What a JSON file is (json-shape.ts), read from the file. */
async function jsonShape(abs) {
    try {
        const st = await (0,promises_.stat)(abs);
        return st.size > MAX_SHAPE_BYTES ? 'other' : (0,json_shape/* jsonShapeOf */.RQ)(await (0,promises_.readFile)(abs, 'utf8'));
    }
    catch {
        return 'other';
    }
}
/** Loads the suppression files at `root`. Malformed files are UsageErrors naming the file and line. */
async function loadSuppressions(root, opts = {}) {
    const warnings = [];
    const keylintText = await readOptional(external_node_path_default().join(root, KEYLINTIGNORE_FILE));
    const keylintIgnore = keylintText === undefined ? undefined : parseKeylintIgnore(keylintText);
    const gitleaksText = await readOptional(external_node_path_default().join(root, GITLEAKSIGNORE_FILE));
    let gitleaksIgnore;
    if (gitleaksText !== undefined) {
        gitleaksIgnore = parseGitleaksIgnore(gitleaksText);
        warnings.push(...gitleaksIgnore.warnings);
    }
    const gitleaksConfig = await loadGitleaksConfig(external_node_path_default().join(root, GITLEAKS_CONFIG_FILE), GITLEAKS_CONFIG_FILE);
    if (gitleaksConfig)
        warnings.push(...gitleaksConfig.warnings);
    const dsText = await readOptional(external_node_path_default().join(root, detect_secrets/* DETECT_SECRETS_BASELINE_FILE */.RA));
    const dsKeys = dsText === undefined ? undefined : new Set((0,detect_secrets/* parseDetectSecretsBaseline */.Rh)(dsText).map((e) => `${e.file}\0${e.sha1}`));
    const baselineRel = opts.baselinePath ? external_node_path_default().relative(root, opts.baselinePath).split((external_node_path_default()).sep).join('/') : undefined;
    const apply = async (findings, known) => {
        const counts = new Map();
        const shapes = new Map(known);
        const rawReports = new Set();
        const peerFiles = new Set();
        const kept = [];
        const count = (label) => {
            counts.set(label, (counts.get(label) ?? 0) + 1);
        };
        for (const f of findings) {
            const base = f.file.slice(f.file.lastIndexOf('/') + 1);
            if (PEER_NAMES.has(base) || f.file === baselineRel) {
                count('peer');
                peerFiles.add(f.file);
                continue;
            }
            if (json_shape/* JSON_FILE */.KB.test(base)) {
                let shape = shapes.get(f.file);
                if (!shape)
                    shapes.set(f.file, (shape = jsonShape(external_node_path_default().join(root, f.file))));
                const s = await shape;
                if (s === 'peer') {
                    count('peer');
                    peerFiles.add(f.file);
                    continue;
                }
                if (s === 'raw-report')
                    rawReports.add(f.file);
            }
            if (keylintIgnore?.has(f.fingerprint))
                count(KEYLINTIGNORE_FILE);
            else if (gitleaksIgnore && gitleaksIgnores(gitleaksIgnore, f))
                count(GITLEAKSIGNORE_FILE);
            else if (gitleaksConfig?.allowlists.some((a) => allowlistMatches(a, f)))
                count(`the allowlists of ${GITLEAKS_CONFIG_FILE}`);
            else if (dsKeys?.has(`${f.file}\0${(0,detect_secrets/* sha1Hex */.Ru)(f.secret.reveal())}`))
                count(detect_secrets/* DETECT_SECRETS_BASELINE_FILE */.RA);
            else
                kept.push(f);
        }
        const notices = [];
        const peer = counts.get('peer');
        if (peer) {
            const files = [...peerFiles].sort();
            const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
            notices.push(`${peer} ${peer === 1 ? "finding" : "findings"} in secret scanners' own files (${shown}) not reported: they hold hashes and fingerprints, not secrets`);
        }
        for (const [label, n] of counts)
            if (label !== 'peer')
                notices.push(`${n} ${n === 1 ? "finding" : "findings"} suppressed by ${label}`);
        for (const r of rawReports)
            notices.push(`${r} is a gitleaks report with raw secrets: its findings are real leaks (delete it, or make it with gitleaks --redact)`);
        return { kept, notices };
    };
    return { warnings, apply };
}

// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/sources/git-units.ts + 3 modules
var git_units = __webpack_require__(4900);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/sources/git-history.ts

/** Commits per `git log --no-walk` call. */
const META_BATCH = 200;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function commitMeta(shas, cwd) {
    const out = new Map();
    for (let i = 0; i < shas.length; i += META_BATCH) {
        const batch = shas.slice(i, i + META_BATCH);
        const r = await (0,git/* runGit */.EO)(['log', '--no-walk=unsorted', '--format=%H%x00%an%x00%aI%x00%at%x00%ct', ...batch, '--'], cwd);
        if (r.code !== 0)
            continue;
        for (const line of r.stdout.toString('utf8').split('\n')) {
            const [sha, author = '', date = '', at = '0', ct = '0'] = line.split('\0');
            if (!sha || !SHA.test(sha))
                continue;
            out.set(sha, { author: author.slice(0, 200), date, authorTime: Number(at) || 0, commitTime: Number(ct) || 0 });
        }
    }
    return out;
}
/** Earlier = smaller: author date, then committer date, then later in the walk (git lists newest first). */
function earlier(a, b) {
    const at = a.meta?.authorTime ?? Infinity;
    const bt = b.meta?.authorTime ?? Infinity;
    if (at !== bt)
        return at < bt;
    const ac = a.meta?.commitTime ?? Infinity;
    const bc = b.meta?.commitTime ?? Infinity;
    if (ac !== bc)
        return ac < bc;
    return a.order > b.order;
}
/**
 * Collapses per-commit findings (in git's walk order) to one per (rule, file, secret), each
 * carrying `commit` = its first commit and `history`. Findings without a commit pass through.
 */
async function collapseHistory(findings, cwd) {
    const groups = new Map();
    const passthrough = [];
    findings.forEach((f, order) => {
        if (!f.commit) {
            passthrough.push(f);
            return;
        }
        const key = `${f.rule}\0${f.file}\0${f.fingerprint}`;
        const g = groups.get(key);
        if (g)
            g.push({ f, order });
        else
            groups.set(key, [{ f, order }]);
    });
    const shas = [...new Set(findings.map((f) => f.commit).filter((c) => c !== undefined))];
    const meta = await commitMeta(shas, cwd);
    const out = [...passthrough];
    for (const group of groups.values()) {
        let best = { ...group[0], meta: meta.get(group[0].f.commit) };
        for (const item of group.slice(1)) {
            const cand = { ...item, meta: meta.get(item.f.commit) };
            // In the same commit, the first line.
            const same = cand.f.commit === best.f.commit;
            if (same ? cand.f.line < best.f.line : earlier(cand, best))
                best = cand;
        }
        const history = {
            firstCommit: best.f.commit,
            author: best.meta?.author ?? '',
            date: best.meta?.date ?? '',
            commitCount: new Set(group.map((x) => x.f.commit)).size,
        };
        out.push({ ...best.f, history });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sources/path-check.ts
/**
 * Path arguments of a file scan must name something to scan: a scan that was asked for
 * `nope/` and scanned nothing must not pass green. A path that does not exist, and a folder
 * with no file in it (empty, or only empty folders and `.git`), end the run with exit 2 and a
 * one-line message naming the path. A folder whose files are all excluded by globs is
 * scanned (nothing) and says so in a notice: the excludes are the user's own choice.
 */



/** Whether `dir` holds at least one non-directory entry (a walk that stops at the first). */
function holdsAFile(dir) {
    const stack = [dir];
    for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch {
            // Unreadable: the scan itself reports it (a notice); do not call it empty here.
            return true;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    stack.push(external_node_path_default().join(d, e.name));
            }
            else
                return true;
        }
    }
    return false;
}
/** Throws a UsageError for the first path argument that matches no file. */
function checkPathArguments(cwd, paths) {
    for (const p of paths) {
        const shown = p.replace(/[\r\n\t\0]/g, ' ').slice(0, 300);
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(external_node_path_default().resolve(cwd, p)).isDirectory();
        }
        catch {
            throw new types/* UsageError */.e(`${shown} matches no file (path not found)`);
        }
        if (isDir && !holdsAFile(external_node_path_default().resolve(cwd, p)))
            throw new types/* UsageError */.e(`${shown}: no files to scan (the folder is empty)`);
    }
}

// EXTERNAL MODULE: ./src/scan/engine-spec.ts + 1 modules
var engine_spec = __webpack_require__(2280);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/sources/paths.ts
var paths = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/sources/files.ts







/**
 * Git's files under `dir`, handed to `onChunk` as git prints them. Tracked files (read from the
 * index at once) and untracked-not-ignored ones (printed after git has walked the tree) come
 * from two `git ls-files` run side by side, so workers start on the tracked ones while git
 * walks: on a 100,000-file repository the walk is ~40 ms of git's ~50. Resolves to the number
 * of files, or undefined outside a work tree (git fails there and prints nothing: no probe).
 */
async function gitListing(dir, onChunk) {
    // Git prints normalized paths with `/`: below a directory they join by concatenation (100,000
    // path.join calls took ~50 ms). On Windows, path.join also turns `/` into `\`.
    const prefix = dir.endsWith((external_node_path_default()).sep) ? dir : dir + (external_node_path_default()).sep;
    const join = (external_node_path_default()).sep === '/' ? (p) => prefix + p : (p) => external_node_path_default().join(dir, p);
    let listed = 0;
    const list = (args) => new Promise((resolve) => {
        const git = (0,external_node_child_process_.spawn)('git', ['ls-files', '-z', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
        /** The bytes after the last NUL: the start of a name the next chunk ends. */
        let rest;
        git.stdout.on('data', (chunk) => {
            const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
            const end = buf.lastIndexOf(0);
            rest = end + 1 < buf.length ? buf.subarray(end + 1) : undefined;
            if (end < 0)
                return;
            const files = [];
            for (const name of buf.toString('utf8', 0, end).split('\0'))
                if (name)
                    files.push(join(name));
            listed += files.length;
            if (files.length)
                onChunk(files);
        });
        git.on('error', () => resolve(false));
        git.on('close', (code) => resolve(code === 0 && rest === undefined));
    });
    const [tracked, untracked] = await Promise.all([list(['--cached', '--deduplicate']), list(['--others', '--exclude-standard'])]);
    if (tracked && untracked)
        return listed;
    if (listed === 0)
        return undefined;
    // One listing failed after the other had handed on files (not a missing work tree: git fails
    // at once there): walking the tree now would list them twice.
    throw new Error(`git ls-files failed in ${dir} after listing ${listed} files; run \`git ls-files\` there to see why`);
}
/** Files a walk hands on at a time: worker threads start on the first ones while it goes on. */
const WALK_CHUNK = 128;
/**
 * Walks `dir`, handing its files to `onChunk` in chunks as it goes: regular files only
 * (symbolic links are never followed), `.git` directories skipped. Returns how many files it
 * found and the directories that could not be read. A plain synchronous `readdir` walk: 3×
 * faster than fast-glob's `**` walk here (1,395 files: 7 ms against 22 ms), and the listing is
 * on every scan's critical path.
 */
function walk(dir, onChunk) {
    let files = [];
    let total = 0;
    const unreadable = [];
    const stack = [dir];
    for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
        if (files.length >= WALK_CHUNK) {
            total += files.length;
            onChunk(files);
            files = [];
        }
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch (err) {
            unreadable.push({ dir: d, code: err.code ?? 'read error' });
            continue;
        }
        const prefix = d.endsWith((external_node_path_default()).sep) ? d : d + (external_node_path_default()).sep;
        for (const e of entries) {
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    stack.push(prefix + e.name);
            }
            else if (e.isFile())
                files.push(prefix + e.name);
        }
    }
    total += files.length;
    onChunk(files);
    return { files: total, unreadable };
}
/**
 * Lists the files under the targets: git's view (tracked + untracked-not-ignored) in a work
 * tree, else the filesystem. A directory the user named that git ignores entirely is walked on
 * the filesystem instead, with a notice: asking for a folder and silently scanning nothing
 * would be a silent pass. Files come in the order found (not sorted); `sink`, when given, gets
 * them as they are found.
 */
async function listFiles(opts) {
    const out = new Set();
    const explicit = new Set();
    const notices = [];
    const vias = new Set();
    // Targets may overlap (a folder and a file in it): files are deduplicated across them. One
    // target lists each file once (git's --deduplicate, one walk): no set of 100,000 paths then.
    const single = opts.targets.length === 1;
    const listed = [];
    const take = (files) => {
        const fresh = single ? files : files.filter((f) => !out.has(f));
        for (const f of fresh) {
            if (!single)
                out.add(f);
            listed.push(f);
        }
        if (fresh.length > 0)
            opts.sink?.(fresh, explicit);
    };
    // Every target is checked before any is listed: a wrong path fails at once, and files named
    // explicitly are known as such whichever target lists them first.
    const dirs = new Set();
    for (const target of opts.targets) {
        let st;
        try {
            st = await (0,promises_.stat)(target);
        }
        catch {
            throw new types/* UsageError */.e(`path not found: ${target}`);
        }
        if (st.isDirectory())
            dirs.add(target);
        else
            explicit.add(target);
    }
    for (const target of opts.targets) {
        if (!dirs.has(target)) {
            take([target]);
            continue;
        }
        const fromGit = await gitListing(target, take);
        if (fromGit) {
            vias.add('git');
            continue;
        }
        const { files: walked, unreadable } = walk(target, take);
        vias.add('filesystem');
        if (fromGit === 0 && walked > 0) {
            notices.push(`${target} is ignored by git (git lists none of its files); scanned its ${walked} files from the filesystem`);
        }
        for (const u of unreadable)
            notices.push(`could not read directory ${u.dir} (${u.code}); the files in it were not scanned`);
    }
    // Files named one by one are read from the filesystem: "via git" only when git listed some.
    const via = vias.size === 2 ? 'git and filesystem' : vias.has('git') ? 'git' : 'filesystem';
    return { files: listed, via, explicit, notices };
}
/** Excluded files listed one by one (`-v`, skippedFiles); the rest are counted. */
const EXCLUDED_LISTED = 1000;
function fileFilter(root, globs) {
    const isExcluded = compileGlobs(globs.exclude);
    const isDefault = compileGlobs(globs.defaultExclude ?? []);
    const isIncluded = globs.include?.length ? compileGlobs(globs.include) : () => true;
    const relative = (0,paths/* relativeTo */.M)(root);
    const namedButExcluded = [];
    const excludedFiles = [];
    let excluded = 0;
    return {
        keep(file, named) {
            const rel = relative(file);
            const byGlobs = isExcluded(rel) || !isIncluded(rel);
            if (!byGlobs && (named || !isDefault(rel)))
                return true;
            excluded++;
            if (excludedFiles.length < EXCLUDED_LISTED)
                excludedFiles.push({ path: rel, by: byGlobs ? 'globs' : 'default' });
            if (named)
                namedButExcluded.push(rel);
            return false;
        },
        get excluded() {
            return excluded;
        },
        namedButExcluded,
        excludedFiles,
    };
}
/**
 * Applies include/exclude globs to a whole listing. Default excludes never drop a file the user
 * named explicitly; a named file that the user's own globs drop is reported in `namedButExcluded`.
 */
function filterFiles(root, listing, globs) {
    const filter = fileFilter(root, globs);
    const kept = listing.files.filter((f) => filter.keep(f, listing.explicit.has(f)));
    return { kept, excluded: filter.excluded, namedButExcluded: filter.namedButExcluded };
}

// EXTERNAL MODULE: ./src/strings.ts
var src_strings = __webpack_require__(9337);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/scan/jit-tuning.ts

let tuned = false;
/**
 * Tunes V8's optimizing compiler for the scan; call it when a scan starts, after its worker
 * threads were created. V8 flags are per process, so the workers get it too.
 *
 * `--max-inlined-bytecode-size-cumulative` (default 920) caps how much bytecode the optimizing
 * compiler inlines into one function. The engine's hot functions call many small gates; the
 * compiler runs on background threads that, on a two-core machine, take CPU from the scan
 * threads. At 300, the 200 MB benchmark corpus needs ~180 ms less background CPU and scans
 * 5–9 % faster on two cores; the steady-state speed is unchanged (docs/benchmark.md).
 *
 * `--no-turbo-loop-peeling`: the compiler no longer copies each loop's first iteration out of
 * the loop. The scan's hot functions are loops; their compiles took ~15 % less time, 50 MB on
 * two threads 377 → 365 ms (medians of 11), and warm in-process speed is unchanged (74–79 ms
 * per 10 MB either way).
 *
 * Not at start-up: a flag changed at run time makes every isolate created afterwards reject
 * Node's built-in code cache, and a worker thread then took ~20 ms longer to boot.
 */
function tuneJit() {
    if (tuned)
        return;
    tuned = true;
    (0,external_node_v8_.setFlagsFromString)('--max-inlined-bytecode-size-cumulative=300');
    (0,external_node_v8_.setFlagsFromString)('--no-turbo-loop-peeling');
}

// EXTERNAL MODULE: ./src/scan/parallel.ts + 1 modules
var parallel = __webpack_require__(9139);
// EXTERNAL MODULE: ./src/scan/workers.ts
var workers = __webpack_require__(3286);
// EXTERNAL MODULE: ./src/archive-paths.ts
var archive_paths = __webpack_require__(2472);
;// CONCATENATED MODULE: ./src/scan/scan-archives.ts
/**
 * Archives met by a file scan, opened on the main thread once the other files are scanned: the
 * archive libraries (fflate, node-tar) load only when a scan meets an archive, so neither a
 * scan without one nor a worker thread pays for them.
 */



/** Opens each archive file, scans its text members and adds findings, notices and skipped members to `into`. */
async function scanArchiveFiles(engine, root, files, maxFileSize, into) {
    if (files.length === 0)
        return;
    const { expandArchive } = await Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(23)]).then(__webpack_require__.bind(__webpack_require__, 6023));
    for (const file of files) {
        const rel = (0,paths/* relativePath */.i)(root, file);
        let bytes;
        try {
            bytes = readWhole(file);
        }
        catch (err) {
            into.notices.push(`could not read ${rel}: ${err.code ?? 'read error'}`);
            continue;
        }
        const kind = (0,archive_paths/* archiveKind */.FF)(rel, bytes.subarray(0, 512));
        if (!kind)
            continue;
        const scan = expandArchive(rel, bytes, kind, { memberBytes: maxFileSize });
        into.files++;
        into.notices.push(...scan.notices);
        into.skipped.push(...scan.skipped);
        for (const unit of scan.units)
            for (const f of engine.scanUnit(unit))
                into.findings.push(f);
    }
}
/** The whole file in a buffer of its own (an archive's members may be views of it). */
function readWhole(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const chunks = [];
        let pos = 0;
        for (;;) {
            const buf = Buffer.allocUnsafe(1 << 20);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, pos);
            if (n === 0)
                break;
            chunks.push(buf.subarray(0, n));
            pos += n;
        }
        return Buffer.concat(chunks);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/scan/run-scan.ts









/** Picks the scan root for the user's path arguments: the one directory given, else the cwd. */
function scanRootFor(cwd, paths) {
    const targets = (paths.length ? paths : ['.']).map((p) => external_node_path_default().resolve(cwd, p));
    const only = targets.length === 1 ? targets[0] : undefined;
    return { root: only !== undefined && isDirectory(only) ? only : cwd, targets };
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Findings by commit, file, line, column, rule. */
function sortFindings(findings) {
    const cmp = src_strings/* compareCodeUnits */.U;
    return findings.sort((a, b) => cmp(a.commit ?? '', b.commit ?? '') || cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
}
/** In a small listing, files of this size or more are scanned in parts, one per thread. */
const SPLIT_BYTES = 4 * 1024 * 1024;
/** Among the last files of a large listing, files of this size or more are scanned in parts. */
const TAIL_SPLIT_BYTES = 512 * 1024;
/** Listings up to this many files are planned as a whole (a stat each). */
const SPLIT_CHECK_FILES = 200;
function sizeOf(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p).size;
    }
    catch {
        return 0;
    }
}
/**
 * Tasks for `threads` threads (a stat per file): the largest files first, so that the threads
 * end on small ones together, and each file of `splitFrom` bytes or more as `threads` parts,
 * so that one large file (a 20 MB minified bundle, a slow file last) is not left to one
 * thread. Files over the size limit go last: they are only reported.
 */
function planTasks(files, threads, maxFileSize, splitFrom) {
    const sized = files.map((file) => {
        const size = sizeOf(file);
        return { file, size: size > maxFileSize ? -1 : size };
    });
    sized.sort((a, b) => b.size - a.size);
    const tasks = [];
    for (const { file, size } of sized) {
        if (size >= splitFrom)
            for (let part = 0; part < threads; part++)
                tasks.push({ file, part, parts: threads });
        else
            tasks.push(file);
    }
    return tasks;
}
/**
 * Kept files the listing must reach before workers get any while it goes on: below this, the
 * scan may stay on this thread (plannedThreads), and is planned as a whole (planTasks). The
 * last TAIL_FILES listed are held back, to be planned at the end (largest first, parts).
 */
const STREAM_FROM = SPLIT_CHECK_FILES + 1 + parallel/* TAIL_FILES */.n6;
/** Scans whole files under the request's targets, on worker threads when it pays. */
async function scanFiles(spec, req) {
    const started = performance.now();
    const { root } = req;
    // Workers boot while the files are listed; a small scan closes them unused.
    // This thread scans too: `poolSize - 1` workers. Many files named one by one (`xargs`) are a
    // tree too.
    const many = req.targets.length > SPLIT_CHECK_FILES;
    const poolSize = many || req.targets.some((t) => isDirectory(t) || sizeOf(t) >= SPLIT_BYTES) ? (0,workers/* plannedThreads */.ql)(Number.MAX_SAFE_INTEGER) : 1;
    const pool = poolSize > 1 ? new parallel/* ScanPool */.km(spec, root, req.maxFileSize, poolSize - 1, req.progress) : undefined;
    tuneJit();
    let listing;
    const kept = [];
    const filter = fileFilter(root, req);
    /** Kept files already handed to the workers while the listing went on. */
    let streamed = 0;
    let scanned;
    let threads;
    try {
        listing = await listFiles({
            targets: req.targets,
            sink: (files, explicit) => {
                for (const f of files)
                    if (filter.keep(f, explicit.has(f)))
                        kept.push(f);
                // A large tree: the workers start on its first files while the rest is listed.
                if (pool && kept.length >= STREAM_FROM) {
                    pool.add(kept.slice(streamed, kept.length - parallel/* TAIL_FILES */.n6));
                    streamed = kept.length - parallel/* TAIL_FILES */.n6;
                }
            },
        });
        if (pool && streamed > 0) {
            threads = poolSize;
            scanned = await pool.run(planTasks(kept.slice(streamed), poolSize, req.maxFileSize, TAIL_SPLIT_BYTES), () => (0,engine_spec/* buildEngine */.zn)(spec));
        }
        else {
            const tasks = pool && kept.length <= SPLIT_CHECK_FILES ? planTasks(kept, poolSize, req.maxFileSize, SPLIT_BYTES) : kept;
            threads = pool && ((0,workers/* plannedThreads */.ql)(kept.length) > 1 || tasks.length > kept.length) ? poolSize : 1;
            if (pool && threads > 1)
                scanned = await pool.run(tasks, () => (0,engine_spec/* buildEngine */.zn)(spec));
            else {
                pool?.close();
                scanned = (0,parallel/* scanBatch */.Ab)((0,engine_spec/* buildEngine */.zn)(spec), root, kept, req.maxFileSize);
            }
        }
        // Archives, on this thread: their libraries load only when a scan meets one.
        if (scanned.archives.length)
            await scanArchiveFiles((0,engine_spec/* buildEngine */.zn)(spec), root, scanned.archives, req.maxFileSize, scanned);
    }
    catch (err) {
        pool?.close();
        throw err;
    }
    const { excluded, namedButExcluded } = filter;
    const notices = [...listing.notices, ...scanned.notices.sort(src_strings/* compareCodeUnits */.U)];
    for (const rel of namedButExcluded)
        notices.push(`${rel} was named but matches an exclude glob; not scanned`);
    const { findings, bytes, files } = scanned;
    // Excluded files are a skipped class too: counted in the summary, listed with -v.
    for (const e of filter.excludedFiles)
        scanned.skipped.push({ path: e.path, reason: 'excluded', detail: e.by === 'default' ? 'default exclude' : 'exclude/include glob' });
    if (excluded > filter.excludedFiles.length)
        notices.push(`${excluded - filter.excludedFiles.length} more excluded files not listed`);
    const skipped = scanned.skipped.sort((a, b) => (0,src_strings/* compareCodeUnits */.U)(a.path, b.path));
    for (const s of skipped) {
        const tooLarge = `skipped ${s.path}: larger than the size limit (${s.detail}); raise --max-file-size to scan it`;
        // Archive members over the limit said so already (src/sources/archives.ts).
        if (s.reason === 'too-large' && !notices.includes(tooLarge))
            notices.push(tooLarge);
        if (s.reason === 'unreadable')
            notices.push(`could not read ${s.path}: ${s.detail ?? 'unknown error'}`);
    }
    if (kept.length === 0 && listing.files.length > 0)
        notices.push(`all ${listing.files.length} files were excluded by globs; nothing was scanned`);
    return {
        jsonShapes: new Map(scanned.jsonShapes),
        findings: sortFindings(findings),
        skipped,
        stats: { files, bytes, skipped: skipped.length + Math.max(0, excluded - filter.excludedFiles.length), durationMs: Math.round(performance.now() - started) },
        scope: `${files} ${files === 1 ? 'file' : 'files'}${excluded ? ` (${excluded} excluded)` : ''} via ${listing.via}${threads > 1 ? ` on ${threads} threads` : ''}`,
        notices,
    };
}
/** Scans units from any source (diffs, commits). */
async function scanUnits(engine, units) {
    tuneJit();
    const started = performance.now();
    const findings = [];
    const seen = new Set();
    let bytes = 0;
    for await (const unit of units) {
        bytes += Buffer.byteLength(unit.text);
        if (unit.commit === undefined)
            seen.add(unit.path);
        else
            seen.add(`${unit.commit}:${unit.path}`);
        for (const f of engine.scanUnit(unit))
            findings.push(f);
    }
    return {
        findings: sortFindings(findings),
        stats: { files: seen.size, bytes, skipped: 0, durationMs: Math.round(performance.now() - started) },
    };
}

;// CONCATENATED MODULE: ./src/scan/pipeline.ts















const DEFAULT_BASELINE_FILE = '.keylint-baseline.json';
/** Loads config, builds the engine, scans the requested source and subtracts the baseline. */
async function runScanRequest(req) {
    const unitMode = req.git !== undefined || req.source !== undefined;
    const { root, targets } = unitMode ? { root: req.cwd, targets: [req.cwd] } : scanRootFor(req.cwd, req.paths);
    const configRoot = unitMode || targets.length !== 1 || targets[0] !== root ? req.cwd : root;
    const config = await loadConfig(configRoot, req.configPath ? external_node_path_default().resolve(req.cwd, req.configPath) : undefined);
    const providers = (0,engine_spec/* providersFor */.ew)(config);
    // gitleaks rule ids work wherever keylint's do.
    const customIds = new Set(config.customRules.map((c) => c.id));
    config.rules.disable = config.rules.disable.map((id) => (0,rule_ids/* resolveRuleId */.o)(id, customIds));
    config.rules.enable = config.rules.enable.map((id) => (0,rule_ids/* resolveRuleId */.o)(id, customIds));
    validateRuleIds(config, registry/* providers */.r5.flatMap((p) => [p.id, ...p.rules.map((r) => r.id)]));
    const spec = (0,engine_spec/* engineSpecFor */.FV)(config);
    const userExclude = [...config.exclude, ...req.exclude];
    const defaults = req.defaultExcludes ? default_excludes_DEFAULT_EXCLUDES : [];
    let result;
    /** What the JSON files with findings are, where the scan read it (file scans). */
    let jsonShapes;
    if (unitMode) {
        const scan = req.source ?? (await (0,git_units/* openGitScan */.u5)(req.git, { cwd: req.cwd, pathspecs: req.paths.length ? req.paths : undefined }));
        const pathFilter = req.source ? req.paths : [];
        const scanned = await scanUnits((0,engine_spec/* buildEngine */.zn)(spec), filterUnits(scan.units, [...defaults, ...userExclude], pathFilter));
        const { stats } = scanned;
        // History: one finding per secret per file, with its first commit (src/sources/git-history.ts).
        const findings = req.git?.kind === 'history' && !req.source ? sortFindings(await collapseHistory(scanned.findings, req.cwd)) : scanned.findings;
        const skipped = scan.skipped();
        result = { findings, skipped, stats: { ...stats, skipped: skipped.length }, scope: scan.describe(), notices: scan.notices() };
    }
    else {
        checkPathArguments(req.cwd, req.paths);
        ({ jsonShapes, ...result } = await scanFiles(spec, {
            root,
            targets,
            exclude: userExclude,
            defaultExclude: defaults,
            include: config.include,
            maxFileSize: req.maxFileSize ?? config.maxFileSize ?? workers/* DEFAULT_MAX_FILE_SIZE */.Sj,
            ...(req.progress ? { progress: req.progress } : {}),
        }));
    }
    const baselinePath = resolveBaselinePath(req, config, configRoot);
    // .keylintignore, .gitleaksignore, .gitleaks.toml, .secrets.baseline and peer tools' files.
    const suppressions = await loadSuppressions(configRoot, baselinePath ? { baselinePath } : {});
    const suppressed = await suppressions.apply(result.findings, jsonShapes);
    result.findings = suppressed.kept;
    result.notices.push(...suppressed.notices);
    let baselined = 0;
    let stale = [];
    if (baselinePath && req.updateBaseline) {
        await (0,baseline/* writeBaseline */.B9)(baselinePath, result.findings);
        result.notices.push(`baseline written: ${external_node_path_default().relative(req.cwd, baselinePath) || baselinePath} (${result.findings.length} entries)`);
    }
    else if (baselinePath) {
        const entries = await (0,baseline/* readBaseline */.mF)(baselinePath);
        const applied = (0,baseline/* applyBaseline */.Qp)(result.findings, entries);
        baselined = applied.suppressed.length;
        stale = applied.stale;
        result.findings = applied.kept;
        if (baselined)
            result.notices.push(`${baselined} known ${baselined === 1 ? "finding" : "findings"} suppressed by the baseline ${external_node_path_default().basename(baselinePath)}`);
        if (stale.length)
            result.notices.push(`${stale.length} baseline entr${stale.length === 1 ? 'y is' : 'ies are'} stale (no longer found); run with --update-baseline to drop them`);
    }
    const outcome = { result, root, config, providers, baselined, stale, warnings: suppressions.warnings };
    if (baselinePath)
        outcome.baselinePath = baselinePath;
    return outcome;
}
/** Where scans read the baseline by default (no `--baseline`): the config's `baseline`, else the default file. */
async function defaultBaselinePath(cwd, configPath) {
    const config = await loadConfig(cwd, configPath ? external_node_path_default().resolve(cwd, configPath) : undefined);
    return config.baseline ? external_node_path_default().resolve(cwd, config.baseline) : external_node_path_default().join(cwd, DEFAULT_BASELINE_FILE);
}
function resolveBaselinePath(req, config, configRoot) {
    if (req.baseline === false)
        return undefined;
    if (req.baseline)
        return external_node_path_default().resolve(req.cwd, req.baseline);
    if (config.baseline)
        return external_node_path_default().resolve(configRoot, config.baseline);
    const candidate = external_node_path_default().join(configRoot, DEFAULT_BASELINE_FILE);
    if (req.updateBaseline)
        return candidate;
    return (0,external_node_fs_.existsSync)(candidate) ? candidate : undefined;
}
/** Drops excluded units and, when `paths` is given, units outside those path prefixes. */
async function* filterUnits(units, exclude, paths) {
    const isExcluded = compileGlobs(exclude);
    const prefixes = paths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '' && p !== '.');
    const inPaths = (p) => prefixes.length === 0 || prefixes.some((x) => p === x || p.startsWith(x + '/'));
    for await (const u of units)
        if (!isExcluded(u.path) && inPaths(u.path))
            yield u;
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u5: () => (/* binding */ openGitScan),
  TE: () => (/* binding */ splitHookFiles)
});

// UNUSED EXPORTS: ALL_REFS, DIFF_FLAGS, parseRange

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
;// CONCATENATED MODULE: ./src/sources/git-quote.ts
/**
 * Paths as git prints them in diff headers: plain, or C-quoted (`"a/\303\251 x\ty"`) when they
 * contain control characters, quotes, backslashes or (with core.quotePath on) non-ASCII bytes.
 * Octal escapes stand for raw bytes of the UTF-8 name, so they are decoded to bytes first.
 */
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/**
 * Parses a C-quoted string starting at `s[start] === '"'`. Returns null when the quoting is
 * malformed (no closing quote, bad escape).
 */
function parseQuoted(s, start = 0) {
    if (s.charCodeAt(start) !== 34)
        return null;
    const bytes = [];
    let i = start + 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '"') {
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        }
        if (c === '\\') {
            const e = s[i + 1];
            if (e === undefined)
                return null;
            if (e >= '0' && e <= '7') {
                const oct = s.slice(i + 1, i + 4);
                if (!/^[0-7]{3}$/.test(oct))
                    return null;
                bytes.push(parseInt(oct, 8) & 0xff);
                i += 4;
                continue;
            }
            const code = SIMPLE_ESCAPES[e];
            if (code === undefined)
                return null;
            bytes.push(code);
            i += 2;
            continue;
        }
        // A raw character (core.quotePath=false leaves non-ASCII unescaped): keep its UTF-8 bytes.
        const cp = s.codePointAt(i);
        const ch = String.fromCodePoint(cp);
        for (const b of Buffer.from(ch, 'utf8'))
            bytes.push(b);
        i += ch.length;
    }
    return null;
}
/** A path field of a header line: quoted or plain (plain runs to the end of the string). */
function parsePathField(s) {
    if (s.startsWith('"')) {
        const q = parseQuoted(s, 0);
        return q ? q.value : null;
    }
    return s;
}
/** Removes the `a/` / `b/` prefix we asked git for. Returns null if it is missing. */
function stripPrefix(path, prefix) {
    return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}
/**
 * Path of a `--- a/x` / `+++ b/x` line body (after the marker and space). Git appends a TAB
 * to these lines when the name contains a space; an unquoted name can never contain a real
 * TAB (it would have been quoted), so one trailing TAB is always git's marker.
 * Returns `null` for `/dev/null`, `undefined` when unparseable.
 */
function parseFileLinePath(body, prefix) {
    let field;
    if (body.startsWith('"')) {
        const q = parseQuoted(body, 0);
        field = q ? q.value : null;
    }
    else {
        field = body.endsWith('\t') ? body.slice(0, -1) : body;
    }
    if (field === null)
        return undefined;
    if (field === '/dev/null')
        return null;
    return stripPrefix(field, prefix) ?? undefined;
}
/**
 * The two names of a `diff --git <a> <b>` line (after `diff --git `). Quoted names are exact.
 * Unquoted names are ambiguous when they contain spaces; the only reliable case is a=b (no
 * rename), which is all this is used for: renames and copies carry `rename to`/`copy to`.
 */
function parseDiffGitNames(rest) {
    if (rest.startsWith('"')) {
        const qa = parseQuoted(rest, 0);
        if (!qa || rest[qa.end] !== ' ')
            return { a: null, b: null };
        const bField = parsePathField(rest.slice(qa.end + 1));
        return { a: stripPrefix(qa.value, 'a/'), b: bField === null ? null : stripPrefix(bField, 'b/') };
    }
    if (rest.endsWith('"')) {
        // Plain a, quoted b: find the space that starts a well-formed quoted field ending the line.
        for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
            const qb = parseQuoted(rest, i + 1);
            if (qb && qb.end === rest.length) {
                return { a: stripPrefix(rest.slice(0, i), 'a/'), b: stripPrefix(qb.value, 'b/') };
            }
        }
        return { a: null, b: null };
    }
    // Symmetric split: "a/P b/P".
    if ((rest.length - 1) % 2 === 0) {
        const half = (rest.length - 1) / 2;
        const a = rest.slice(0, half);
        const b = rest.slice(half + 1);
        if (rest[half] === ' ' && a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2)) {
            return { a: a.slice(2), b: b.slice(2) };
        }
    }
    return { a: null, b: null };
}

;// CONCATENATED MODULE: ./src/sources/diff-parser.ts
/**
 * Streaming reader for `git diff` / `git log -p` output, as produced by
 *
 *   git diff  --no-color --no-ext-diff --no-textconv -U0 --src-prefix=a/ --dst-prefix=b/
 *   git log -p … --format=%x00commit%x20%H   (see COMMIT_FORMAT)
 *
 * It reads the stream line by line (only the current line and the current unit are held in
 * memory) and yields, per file (per commit in log mode), the added lines with their 1-based
 * line numbers in the new file. Context and removed lines are never yielded. CR characters
 * stay on their line (the engine deals with CRLF). Hunks are consumed by their line counts, so
 * an added line that looks like a header (`+++ x`, `diff --git`) is still content.
 */



/** `git log` format whose output line marks the start of a commit: NUL + "commit " + sha. */
const COMMIT_FORMAT = '--format=%x00commit %H';
const COMMIT_MARKER = '\0commit ';
/** Default bound on a unit's text (UTF-16 code units); larger files are split across units. */
const DEFAULT_MAX_UNIT_CHARS = 1_000_000;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Line-oriented push parser. Feed complete lines (without the trailing `\n`) with `line()`,
 * call `end()` once, and take the produced events with `drain()`.
 */
class DiffParser {
    #maxUnitChars;
    #out = [];
    #commit;
    #file = null;
    /** True while inside a `diff --cc`/`--combined` entry, which we never request: skipped. */
    #skipping = false;
    #oldLeft = 0;
    #newLeft = 0;
    #newLine = 0;
    constructor(opts = {}) {
        this.#maxUnitChars = Math.max(1, opts.maxUnitChars ?? DEFAULT_MAX_UNIT_CHARS);
    }
    drain() {
        const out = this.#out;
        this.#out = [];
        return out;
    }
    line(line) {
        if (this.#oldLeft > 0 || this.#newLeft > 0) {
            if (this.#hunkLine(line))
                return;
            // Malformed hunk (counts did not match): stop the hunk and read the line as a header.
            this.#oldLeft = 0;
            this.#newLeft = 0;
        }
        if (line.startsWith(COMMIT_MARKER)) {
            this.#finishFile();
            this.#skipping = false;
            // Detached: lines are slices of 64 KB chunks of git output, and the sha outlives them.
            this.#commit = (0,strings/* detach */.Y)(line.slice(COMMIT_MARKER.length).trim());
            this.#out.push({ kind: 'commit', sha: this.#commit });
            return;
        }
        if (line.startsWith('diff --git ')) {
            this.#finishFile();
            this.#skipping = false;
            const rest = line.slice('diff --git '.length);
            const names = parseDiffGitNames(rest);
            this.#file = {
                headerA: names.a,
                headerB: names.b,
                rawHeader: rest,
                minusPath: undefined,
                plusPath: undefined,
                created: false,
                deleted: false,
                binary: false,
                modeChanged: false,
                addedLines: 0,
                texts: [],
                nums: [],
                chars: 0,
            };
            return;
        }
        if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            this.#finishFile();
            this.#skipping = true;
            return;
        }
        const f = this.#file;
        if (!f || this.#skipping)
            return;
        if (line.startsWith('@@ ')) {
            const m = HUNK_HEADER.exec(line);
            if (!m)
                return;
            this.#resolvePath(f);
            this.#oldLeft = m[2] === undefined ? 1 : Number(m[2]);
            this.#newLeft = m[4] === undefined ? 1 : Number(m[4]);
            this.#newLine = Number(m[3]);
            return;
        }
        if (line.startsWith('--- '))
            f.minusPath = parseFileLinePath(line.slice(4), 'a/');
        else if (line.startsWith('+++ '))
            f.plusPath = parseFileLinePath(line.slice(4), 'b/');
        else if (line.startsWith('new file mode '))
            f.created = true;
        else if (line.startsWith('deleted file mode '))
            f.deleted = true;
        else if (line.startsWith('old mode ') || line.startsWith('new mode '))
            f.modeChanged = true;
        else if (line.startsWith('rename from '))
            f.renameFrom = parsePathField(line.slice(12)) ?? undefined;
        else if (line.startsWith('rename to '))
            f.renameTo = parsePathField(line.slice(10)) ?? undefined;
        else if (line.startsWith('copy from '))
            f.copyFrom = parsePathField(line.slice(10)) ?? undefined;
        else if (line.startsWith('copy to '))
            f.copyTo = parsePathField(line.slice(8)) ?? undefined;
        else if (line.startsWith('Binary files ') && line.endsWith(' differ'))
            f.binary = true;
        // `index …`, `similarity index …`, `\ No newline at end of file`, blank lines: nothing to do.
    }
    end() {
        this.#oldLeft = 0;
        this.#newLeft = 0;
        this.#finishFile();
    }
    /** Returns false when the line cannot belong to a hunk. */
    #hunkLine(line) {
        const c = line.charCodeAt(0);
        if (c === 43 /* + */) {
            this.#added(line.slice(1));
            this.#newLine++;
            this.#newLeft--;
        }
        else if (c === 45 /* - */) {
            this.#oldLeft--;
        }
        else if (c === 32 /* space */ || line.length === 0) {
            // Context (never with -U0, but handled); an empty line is context under diff.suppressBlankEmpty.
            this.#newLine++;
            this.#oldLeft--;
            this.#newLeft--;
        }
        else if (c === 92 /* \ */) {
            // "\ No newline at end of file": belongs to the previous line.
        }
        else {
            return false;
        }
        return true;
    }
    #added(text) {
        const f = this.#file;
        if (!f)
            return;
        if (f.chars > 0 && f.chars + text.length + 1 > this.#maxUnitChars)
            this.#flushUnit(f);
        f.texts.push(text);
        f.nums.push(this.#newLine);
        f.chars += text.length + 1;
        f.addedLines++;
    }
    #resolvePath(f) {
        if (f.path !== undefined)
            return f.path;
        const path = f.renameTo ??
            f.copyTo ??
            (typeof f.plusPath === 'string' ? f.plusPath : undefined) ??
            (f.deleted && typeof f.minusPath === 'string' ? f.minusPath : undefined) ??
            f.headerB ??
            f.headerA ??
            f.rawHeader;
        f.path = (0,strings/* detach */.Y)(path);
        return f.path;
    }
    #flushUnit(f) {
        if (f.texts.length === 0)
            return;
        const unit = { path: this.#resolvePath(f), text: f.texts.join('\n'), lines: f.nums };
        if (this.#commit !== undefined)
            unit.commit = this.#commit;
        this.#out.push({ kind: 'unit', unit });
        f.texts = [];
        f.nums = [];
        f.chars = 0;
    }
    #finishFile() {
        const f = this.#file;
        if (!f)
            return;
        this.#flushUnit(f);
        const status = f.renameTo !== undefined
            ? 'renamed'
            : f.copyTo !== undefined
                ? 'copied'
                : f.created
                    ? 'added'
                    : f.deleted
                        ? 'deleted'
                        : 'modified';
        const file = {
            path: this.#resolvePath(f),
            status,
            binary: f.binary,
            modeChanged: f.modeChanged,
            addedLines: f.addedLines,
        };
        const oldPath = f.renameFrom ?? f.copyFrom;
        if (oldPath !== undefined)
            file.oldPath = (0,strings/* detach */.Y)(oldPath);
        if (this.#commit !== undefined)
            file.commit = this.#commit;
        this.#out.push({ kind: 'file', file });
        this.#file = null;
    }
}
/**
 * Parses a diff stream (a Node Readable or any async iterable of Buffer/string chunks) into
 * events. Memory stays bounded by the longest line plus one unit (`maxUnitChars`).
 */
async function* parseDiff(input, opts = {}) {
    const parser = new DiffParser(opts);
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let carry = '';
    for await (const chunk of input) {
        const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
        let start = 0;
        let nl = s.indexOf('\n');
        while (nl !== -1) {
            const piece = s.slice(start, nl);
            parser.line(carry.length > 0 ? carry + piece : piece);
            carry = '';
            start = nl + 1;
            nl = s.indexOf('\n', start);
        }
        if (start < s.length)
            carry += s.slice(start);
        const events = parser.drain();
        for (const e of events)
            yield e;
    }
    carry += decoder.end();
    if (carry.length > 0)
        parser.line(carry);
    parser.end();
    for (const e of parser.drain())
        yield e;
}

// EXTERNAL MODULE: ./src/sources/git.ts
var sources_git = __webpack_require__(8022);
;// CONCATENATED MODULE: ./src/sources/git-pem.ts
/** A block that never ends is taken up to this many lines (a 16384-bit RSA key is ~200). */
const MAX_PEM_BLOCK_LINES = 400;
function isPemBegin(line) {
    const i = line.indexOf('-----BEGIN ');
    return i >= 0 && line.indexOf('PRIVATE KEY-----', i) >= 0;
}
function isPemEnd(line) {
    const i = line.indexOf('-----END ');
    return i >= 0 && line.indexOf('PRIVATE KEY-----', i) >= 0;
}
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
const EDGE_CHARS = new Set([' ', '\t', '\r', '"', "'", '`', ',', ';', '+']);
/**
 * Whether a line could be a PEM body line: after dropping surrounding whitespace, string
 * quotes, `,`/`;`/`+` and a literal `\n`, it is all base64 — 40+ characters, or 16+ with a
 * digit, `+` or `/` (the short last line of a body). Linear-time, no backtracking.
 */
function looksLikePemBody(line) {
    let start = 0;
    let end = line.length;
    while (start < end && EDGE_CHARS.has(line[start]))
        start++;
    for (;;) {
        while (end > start && EDGE_CHARS.has(line[end - 1]))
            end--;
        if (end - start >= 2 && line[end - 2] === '\\' && line[end - 1] === 'n')
            end -= 2;
        else
            break;
    }
    const core = line.slice(start, end);
    if (core.length < 16 || !BASE64_BODY.test(core))
        return false;
    return core.length >= 40 || /[0-9+/]/.test(core);
}
/** PEM private-key blocks of a file's lines (index 0 = line 1). */
function findPemBlocks(fileLines) {
    const blocks = [];
    let i = 0;
    while (i < fileLines.length) {
        if (!isPemBegin(fileLines[i])) {
            i++;
            continue;
        }
        const limit = Math.min(fileLines.length, i + MAX_PEM_BLOCK_LINES);
        let end = -1;
        for (let j = i + 1; j < limit; j++) {
            if (isPemEnd(fileLines[j])) {
                end = j;
                break;
            }
            if (isPemBegin(fileLines[j]))
                break;
        }
        const last = end >= 0 ? end : limit - 1;
        blocks.push({ first: i + 1, last: last + 1 });
        i = last + 1;
    }
    return blocks;
}
/**
 * Whether the unit has an added line that may belong to a PEM block not wholly inside the
 * unit: cheap, so the new file is only read when this says yes.
 */
function needsPemContext(unit) {
    const lines = unit.lines;
    if (!lines)
        return false;
    const texts = unit.text.split('\n');
    let coveredUntil = -1;
    for (let k = 0; k < texts.length; k++) {
        const t = texts[k];
        if (k <= coveredUntil)
            continue;
        if (isPemBegin(t)) {
            // Complete block within the unit on consecutive lines: nothing to fetch for it.
            let j = k + 1;
            while (j < texts.length && lines[j] === lines[j - 1] + 1 && !isPemEnd(texts[j]) && j - k < MAX_PEM_BLOCK_LINES)
                j++;
            if (j < texts.length && lines[j] === lines[j - 1] + 1 && isPemEnd(texts[j])) {
                coveredUntil = j;
                continue;
            }
            return true;
        }
        if (isPemEnd(t) || looksLikePemBody(t))
            return true;
    }
    return false;
}
/**
 * Adds to `unit` the lines of every PEM block of the new file (`fileText`) that contains one
 * of the unit's line numbers. Returns the unit unchanged when no block is touched.
 */
function expandPemBlocks(unit, fileText) {
    const lines = unit.lines;
    if (!lines || lines.length === 0)
        return unit;
    const fileLines = fileText.split('\n');
    const blocks = findPemBlocks(fileLines);
    if (blocks.length === 0)
        return unit;
    const byLine = new Map();
    const texts = unit.text.split('\n');
    for (let k = 0; k < lines.length; k++)
        byLine.set(lines[k], texts[k] ?? '');
    let touched = false;
    let bi = 0;
    const sortedAdded = [...lines].sort((x, y) => x - y);
    for (const n of sortedAdded) {
        while (bi < blocks.length && blocks[bi].last < n)
            bi++;
        if (bi >= blocks.length)
            break;
        const b = blocks[bi];
        if (n < b.first)
            continue;
        for (let ln = b.first; ln <= b.last; ln++) {
            if (!byLine.has(ln)) {
                byLine.set(ln, fileLines[ln - 1] ?? '');
                touched = true;
            }
        }
        bi++;
    }
    if (!touched)
        return unit;
    const nums = [...byLine.keys()].sort((x, y) => x - y);
    const out = { path: unit.path, text: nums.map((n) => byLine.get(n)).join('\n'), lines: nums };
    if (unit.commit !== undefined)
        out.commit = unit.commit;
    return out;
}

;// CONCATENATED MODULE: ./src/sources/git-units.ts
/**
 * Git scan sources: staged changes, the net diff of a range, every commit of a range, and the
 * whole history (every ref, as `git log --all` minus the stash, or what `--ref` revisions
 * reach; src/sources/git-history.ts then keeps one finding per secret per file). A pathspec
 * that no diff entry touches ends the scan with a UsageError when it names nothing in the
 * compared trees (or the index / work tree for staged scans, or the walked history), else
 * with a "0 changes in …" notice. Each yields ScanUnits holding only added lines (plus the PEM blocks they
 * belong to) with their new-file line numbers; commit scans set `commit`.
 *
 * Ranges: `A..B` (net diff from A to B), `A...B` (from merge-base(A, B) to B), `A` alone means
 * `A..HEAD`; an empty side means HEAD (`A..` = `A..HEAD`). In commits mode `A...B` selects the
 * same commits as `A..B`. Paths are relative to the repository root; pathspecs are literal
 * paths (files or directories, relative to `cwd`).
 */






/** Flags that make diff output parseable by diff-parser whatever the user's config. */
const DIFF_FLAGS = [
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--ignore-submodules=all',
    '-U0',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
];
/** Skipped-file entries kept at most; the rest are counted in a notice. */
const MAX_SKIPPED_LISTED = 1000;
/** New-file blobs larger than this are not read to complete PEM blocks. */
const MAX_PEM_BLOB_BYTES = 8 * 1024 * 1024;
const git_units_short = (sha) => sha.slice(0, 7);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Splits a range string. Throws a UsageError for an empty or option-like range. */
function parseRange(range) {
    const r = range.trim();
    if (r === '')
        throw new types/* UsageError */.e('empty git range: give BASE..HEAD, BASE...HEAD or a single BASE (meaning BASE..HEAD)');
    let left;
    let right;
    let mb = false;
    const tri = r.indexOf('...');
    if (tri >= 0) {
        left = r.slice(0, tri);
        right = r.slice(tri + 3);
        mb = true;
    }
    else {
        const two = r.indexOf('..');
        if (two >= 0) {
            left = r.slice(0, two);
            right = r.slice(two + 2);
        }
        else {
            left = r;
            right = 'HEAD';
        }
    }
    left = left || 'HEAD';
    right = right || 'HEAD';
    for (const ref of [left, right]) {
        if (ref.startsWith('-') || ref.includes('..') || /\s/.test(ref)) {
            throw new types/* UsageError */.e(`invalid git range '${range}': give BASE..HEAD, BASE...HEAD or a single BASE`);
        }
    }
    return { left, right, mergeBase: mb };
}
function shallowFix(what) {
    return (`${what} is missing from this shallow clone: fetch the history ` +
        '(GitHub Actions: actions/checkout with `fetch-depth: 0`; locally: `git fetch --deepen=N` or `git fetch origin <base>`)');
}
async function resolveOrThrow(ref, info, cwd) {
    const sha = await (0,sources_git/* resolveCommit */.WL)(ref, cwd);
    if (sha)
        return sha;
    if (info.shallow)
        throw new types/* UsageError */.e(shallowFix(`git revision '${ref}'`));
    throw new types/* UsageError */.e(`unknown git revision '${ref}': check the name, or fetch it first (\`git fetch origin ${ref}\`)`);
}
async function planScan(mode, info, cwd) {
    switch (mode.kind) {
        case 'staged':
            // `git diff --cached` compares with the empty tree before the first commit.
            return {
                args: ['diff', '--cached', ...DIFF_FLAGS],
                blobRev: ':0:',
                describe: (files) => `staged changes (${plural(files, 'file')})`,
                notices: [],
                trees: (await (0,sources_git/* resolveCommit */.WL)('HEAD', cwd)) ? ['HEAD'] : [],
                where: 'the index, HEAD or the work tree',
            };
        case 'diff': {
            const r = parseRange(mode.range);
            const leftSha = await resolveOrThrow(r.left, info, cwd);
            const rightSha = await resolveOrThrow(r.right, info, cwd);
            let base = leftSha;
            if (r.mergeBase) {
                const mb = await (0,sources_git/* mergeBase */.wu)(leftSha, rightSha, cwd);
                if (!mb) {
                    if (info.shallow)
                        throw new types/* UsageError */.e(shallowFix(`the merge base of '${r.left}' and '${r.right}'`));
                    throw new types/* UsageError */.e(`'${r.left}' and '${r.right}' have no common ancestor: use ${r.left}..${r.right} for the net diff between them`);
                }
                base = mb;
            }
            return {
                args: ['diff', ...DIFF_FLAGS, base, rightSha],
                blobRev: `${rightSha}:`,
                describe: (files) => `diff ${git_units_short(base)}..${git_units_short(rightSha)} (${plural(files, 'file')})`,
                notices: [],
                trees: [base, rightSha],
                countRevs: [`${base}..${rightSha}`],
                where: `${git_units_short(base)}..${git_units_short(rightSha)}`,
            };
        }
        case 'commits': {
            const r = parseRange(mode.range);
            const leftSha = await resolveOrThrow(r.left, info, cwd);
            const rightSha = await resolveOrThrow(r.right, info, cwd);
            if (info.shallow && !(await (0,sources_git/* mergeBase */.wu)(leftSha, rightSha, cwd))) {
                throw new types/* UsageError */.e(shallowFix(`the history between '${r.left}' and '${r.right}'`));
            }
            return {
                args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, `${leftSha}..${rightSha}`],
                blobRev: null,
                describe: (_files, commits) => `${plural(commits, 'commit')} ${git_units_short(leftSha)}..${git_units_short(rightSha)}`,
                notices: [],
                trees: [leftSha, rightSha],
                countRevs: [`${leftSha}..${rightSha}`],
                where: `${git_units_short(leftSha)}..${git_units_short(rightSha)}`,
            };
        }
        case 'history':
            return planHistory(mode.refs ?? [], info, cwd);
    }
}
/** Refs `--all` walks, without the stash (local, never pushed: see docs/pre-commit-and-diffs.md). */
const ALL_REFS = ['--exclude=refs/stash', '--all'];
/** `3 branches, 2 tags, 4 remote-tracking refs`: what `--all` walks, for the scan's description. */
async function refCounts(cwd) {
    const r = await (0,sources_git/* runGit */.EO)(['for-each-ref', '--format=%(refname)'], cwd);
    const refs = r.code === 0 ? r.stdout.toString('utf8').split('\n').filter((l) => l && l !== 'refs/stash') : [];
    const heads = refs.filter((l) => l.startsWith('refs/heads/')).length;
    const tags = refs.filter((l) => l.startsWith('refs/tags/')).length;
    const remotes = refs.filter((l) => l.startsWith('refs/remotes/') && !l.endsWith('/HEAD')).length;
    const parts = [`${heads} ${heads === 1 ? 'branch' : 'branches'}`, plural(tags, 'tag')];
    if (remotes)
        parts.push(plural(remotes, 'remote-tracking ref'));
    const other = refs.length - heads - tags - refs.filter((l) => l.startsWith('refs/remotes/')).length;
    if (other)
        parts.push(plural(other, 'other ref'));
    return parts.join(', ');
}
async function planHistory(refs, info, cwd) {
    const notices = info.shallow
        ? ['shallow clone: history was scanned only down to the shallow boundary (fetch full history with `fetch-depth: 0` or `git fetch --unshallow` for a complete audit)']
        : [];
    if (refs.length > 0) {
        const shas = [];
        for (const ref of refs) {
            if (ref.trim() === '')
                throw new types/* UsageError */.e('--ref needs a revision (a branch, tag or commit)');
            shas.push(await resolveOrThrow(ref, info, cwd));
        }
        const names = refs.map((r) => r.slice(0, 60)).join(', ');
        return {
            args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, ...shas],
            blobRev: null,
            describe: (_files, commits) => `${plural(commits, 'commit')} reachable from ${names}`,
            notices,
            trees: [],
            countRevs: shas,
            where: `the history of ${names}`,
        };
    }
    const any = await (0,sources_git/* runGit */.EO)(['rev-list', '--max-count=1', ...ALL_REFS], cwd);
    if (any.code !== 0 || any.stdout.toString('utf8').trim() === '') {
        return { args: [], blobRev: null, describe: () => 'history (no commits yet)', notices, empty: true, trees: [], where: 'the history' };
    }
    const counts = await refCounts(cwd);
    return {
        args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, ...ALL_REFS],
        blobRev: null,
        describe: (_files, commits) => `${plural(commits, 'commit')} on all refs (${counts})`,
        notices,
        trees: [],
        countRevs: ALL_REFS,
        where: 'the history (all refs)',
    };
}
/** Reads a blob, or null when it cannot be read or is larger than `maxBytes`. */
async function readBlob(spec, cwd, opts = {}) {
    try {
        const r = await (0,sources_git/* runGit */.EO)(['cat-file', 'blob', spec], cwd, { maxBytes: MAX_PEM_BLOB_BYTES, ...opts });
        return r.code === 0 ? r.stdout : null;
    }
    catch {
        return null;
    }
}
/** git's own binary test looks for a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;
function looksBinary(head) {
    return head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
const RENAME_WARNING = /rename detection was skipped|diff\.renameLimit/i;
/** Files git called binary that are checked for being text marked `-diff`/`binary` by .gitattributes. */
const MAX_BINARY_RECHECKS = 200;
async function openGitScan(mode, opts) {
    const cwd = opts.cwd;
    const info = await (0,sources_git/* repoInfo */.Lt)(cwd);
    const plan = await planScan(mode, info, cwd);
    const pathspecs = opts.pathspecs ?? [];
    if (pathspecs.some((p) => p === ''))
        throw new types/* UsageError */.e('empty path given to a git scan');
    let files = 0;
    let commits = 0;
    const skipped = [];
    let skippedOverflow = 0;
    let binaries = 0;
    let textRescans = 0;
    const notices = [...plan.notices];
    const pemUnread = new Set();
    const specs = pathspecs.map((p) => ({ given: p, rel: repoRelative(p, info, cwd), matched: false }));
    const markMatched = (file) => {
        for (const s of specs)
            if (!s.matched && coversPath(s.rel, file))
                s.matched = true;
    };
    function skipBinary(b) {
        binaries++;
        if (skipped.length >= MAX_SKIPPED_LISTED) {
            skippedOverflow++;
            return;
        }
        const s = { path: b.path, reason: 'binary' };
        if (b.commit)
            s.detail = `commit ${git_units_short(b.commit)}`;
        skipped.push(s);
    }
    /** Completes PEM blocks from the new file when an added line may belong to one. */
    async function finish(unit) {
        if (!needsPemContext(unit))
            return unit;
        const rev = plan.blobRev ?? (unit.commit ? `${unit.commit}:` : null);
        const blob = rev ? await readBlob(`${rev}${unit.path}`, cwd) : null;
        if (blob === null) {
            pemUnread.add(unit.path);
            return unit;
        }
        return expandPemBlocks(unit, blob.toString('utf8'));
    }
    /** Runs one git diff/log command and yields its units; binary entries go to `binaryOut`. */
    async function* stream(args, binaryOut) {
        const git = (0,sources_git/* streamGit */.t1)(args, cwd, { literalPathspecs: true });
        let finished = false;
        try {
            for await (const ev of parseDiff(git.stdout, { maxUnitChars: DEFAULT_MAX_UNIT_CHARS })) {
                if (ev.kind === 'commit') {
                    if (binaryOut)
                        commits++;
                }
                else if (ev.kind === 'file') {
                    if (binaryOut)
                        files++;
                    markMatched(ev.file.path);
                    if (ev.file.oldPath)
                        markMatched(ev.file.oldPath);
                    if (ev.file.binary && ev.file.status !== 'deleted') {
                        const b = { path: ev.file.path };
                        if (ev.file.commit)
                            b.commit = ev.file.commit;
                        if (binaryOut)
                            binaryOut.push(b);
                        else
                            skipBinary(b);
                    }
                }
                else {
                    yield await finish(ev.unit);
                }
            }
            const { code, stderr } = await git.done;
            if (code !== 0) {
                throw new types/* UsageError */.e(`git could not read ${describeMode(mode)}: ${(0,sources_git/* firstLine */.TM)(stderr)}`);
            }
            if (RENAME_WARNING.test(stderr) && !notices.some((n) => n.startsWith('git skipped rename'))) {
                notices.push('git skipped rename detection (too many files): renamed files were scanned as wholly added');
            }
            finished = true;
        }
        finally {
            if (!finished)
                git.kill();
        }
    }
    /** The same change of one path, forced to text (for files .gitattributes marks binary). */
    function textArgs(b) {
        if (b.commit) {
            return ['-c', 'log.showRoot=true', 'log', '-p', '--text', '-1', ...DIFF_FLAGS, COMMIT_FORMAT, b.commit, '--', b.path];
        }
        const [cmd, ...rest] = plan.args;
        return [cmd, '--text', ...rest, '--', b.path];
    }
    async function* generate() {
        if (plan.empty)
            return;
        const binaryFiles = [];
        yield* stream([...plan.args, '--', ...pathspecs], binaryFiles);
        // git calls a file binary when it has a NUL byte near the start, or when .gitattributes
        // says so (`-diff`, `binary`): a text file marked that way must not hide a key.
        for (const [i, b] of binaryFiles.entries()) {
            const rev = b.commit ? `${b.commit}:` : plan.blobRev;
            const blob = i < MAX_BINARY_RECHECKS && rev ? await readBlob(`${rev}${b.path}`, cwd, { headBytes: BINARY_SNIFF_BYTES }) : null;
            if (blob === null || looksBinary(blob)) {
                skipBinary(b);
                continue;
            }
            textRescans++;
            yield* stream(textArgs(b), null);
        }
        // A pathspec no diff entry touched: a typo (exit 2) or a path without changes (a notice).
        for (const s of specs.filter((x) => !x.matched)) {
            if (!(await pathExists(s.rel, s.given, plan, cwd)))
                throw new types/* UsageError */.e(`${s.given} matches no file in ${plan.where}`);
            const across = plan.countRevs ? ` across ${plural(await countCommits(plan.countRevs, cwd), 'commit')}` : ' in the staged changes';
            notices.push(`0 changes in ${s.given}${across}`);
        }
    }
    return {
        units: { [Symbol.asyncIterator]: () => generate() },
        describe: () => plan.describe(files, commits),
        notices: () => {
            const out = [...notices];
            if (binaries > 0)
                out.push(`${plural(binaries, 'binary file')} skipped`);
            if (skippedOverflow > 0)
                out.push(`${skippedOverflow} more skipped files not listed`);
            if (textRescans > 0)
                out.push(`${plural(textRescans, 'text file')} marked binary by .gitattributes scanned as text`);
            if (pemUnread.size > 0)
                out.push(`could not read ${plural(pemUnread.size, 'file')} to complete private key blocks`);
            return out;
        },
        skipped: () => [...skipped],
    };
}
/** A pathspec (relative to `cwd`, literal) as a path relative to the repository root ('' = all). */
function repoRelative(spec, info, cwd) {
    let realCwd;
    try {
        realCwd = (0,external_node_fs_.realpathSync)(cwd);
    }
    catch {
        realCwd = (0,external_node_path_.resolve)(cwd);
    }
    return (0,external_node_path_.relative)(info.topLevel, (0,external_node_path_.resolve)(realCwd, spec)).split(external_node_path_.sep).join('/');
}
/** Literal pathspec semantics: the path itself or anything below it. */
function coversPath(rel, file) {
    return rel === '' || file === rel || file.startsWith(rel + '/');
}
/** Whether a pathspec names something in the plan's trees, the index or the work tree. */
async function pathExists(rel, given, plan, cwd) {
    if (rel === '' || rel.startsWith('..'))
        return true;
    const top = ['--full-tree', '-r', '--name-only'];
    for (const tree of plan.trees) {
        const r = await (0,sources_git/* runGit */.EO)(['ls-tree', ...top, tree, '--', rel], cwd, { maxBytes: 1024 * 1024, headBytes: 4096 });
        if (r.code === 0 && r.stdout.length > 0)
            return true;
    }
    if (plan.countRevs)
        return false;
    // Staged mode: the index or the work tree.
    const idx = await (0,sources_git/* runGit */.EO)(['ls-files', '--cached', '--', given], cwd, { literalPathspecs: true, headBytes: 4096 });
    if (idx.code === 0 && idx.stdout.length > 0)
        return true;
    return (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, given));
}
async function countCommits(revs, cwd) {
    const r = await (0,sources_git/* runGit */.EO)(['rev-list', '--count', ...revs], cwd);
    return r.code === 0 ? Number(r.stdout.toString('utf8').trim()) || 0 : 0;
}
function describeMode(mode) {
    switch (mode.kind) {
        case 'staged':
            return 'the staged changes';
        case 'diff':
            return `the diff ${mode.range}`;
        case 'commits':
            return `the commits ${mode.range}`;
        case 'history':
            return 'the history';
    }
}
/**
 * For the pre-commit hook: which of the given files (relative to `cwd`, as pre-commit passes
 * them) have staged changes — scan their staged added lines — and which have none — scan their
 * full content (`pre-commit run --all-files`, `--files`). Order and spelling of `files` is kept.
 */
async function splitHookFiles(files, cwd) {
    if (files.length === 0)
        return { staged: [], full: [] };
    const info = await (0,sources_git/* repoInfo */.Lt)(cwd);
    const r = await (0,sources_git/* runGit */.EO)(['diff', '--cached', '--name-only', '-z', '--no-renames', '--no-relative', '--ignore-submodules=all'], cwd);
    if (r.code !== 0)
        throw new types/* UsageError */.e(`git could not list the staged files: ${(0,sources_git/* firstLine */.TM)(r.stderr)}`);
    const stagedSet = new Set(r.stdout.toString('utf8').split('\0').filter((s) => s.length > 0));
    let realCwd;
    try {
        realCwd = (0,external_node_fs_.realpathSync)(cwd);
    }
    catch {
        realCwd = (0,external_node_path_.resolve)(cwd);
    }
    const staged = [];
    const full = [];
    for (const f of files) {
        const rel = (0,external_node_path_.relative)(info.topLevel, (0,external_node_path_.resolve)(realCwd, f)).split(external_node_path_.sep).join('/');
        (stagedSet.has(rel) ? staged : full).push(f);
    }
    return { staged, full };
}


/***/ }),

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   Lt: () => (/* binding */ repoInfo),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   t1: () => (/* binding */ streamGit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony export EMPTY_TREE_SHA1 */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/**
 * Running git: child_process.spawn without a shell, an environment that makes the output
 * independent of the user's pager, external diff drivers and locale, and errors that say
 * what to do. Content bytes are never interpreted here.
 */



/** Config overrides that keep porcelain output parseable whatever the user's config says. */
const CONFIG_OVERRIDES = [
    ...['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'diff.noprefix=false'],
    // Smaller pack windows and delta cache: by default git maps up to 1 GB of pack per process,
    // all counted in its RSS (430 MB on a 1 GB --history scan; 82 MB with these, same speed).
    ...['-c', 'core.packedGitWindowSize=16m', '-c', 'core.packedGitLimit=64m', '-c', 'core.deltaBaseCacheLimit=16m'],
];
function gitEnv(opts) {
    const env = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
    delete env.GIT_EXTERNAL_DIFF;
    delete env.GIT_DIFF_OPTS;
    if (opts.literalPathspecs)
        env.GIT_LITERAL_PATHSPECS = '1';
    else
        delete env.GIT_LITERAL_PATHSPECS;
    return env;
}
function notInstalled() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('git is not installed (or not on PATH): install git, or scan files with `keylint scan PATH`');
}
/** First meaningful line of git's stderr, for error messages. */
function firstLine(stderr) {
    const line = stderr
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0 && !l.startsWith('hint:'));
    return line ?? '(no message)';
}
/** Runs git to completion and collects its output (for small outputs: refs, names, blobs). */
function runGit(args, cwd, opts = {}) {
    const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...CONFIG_OVERRIDES, ...args], { cwd, env: gitEnv(opts), stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (err) {
            reject(spawnError(err, cwd));
            return;
        }
        const out = [];
        let outBytes = 0;
        let tooLarge = false;
        let err = '';
        let truncated = false;
        child.stdout.on('data', (b) => {
            if (truncated)
                return;
            if (opts.headBytes !== undefined && outBytes + b.length >= opts.headBytes) {
                out.push(b.subarray(0, opts.headBytes - outBytes));
                outBytes = opts.headBytes;
                truncated = true;
                child.kill();
                return;
            }
            outBytes += b.length;
            if (outBytes > maxBytes) {
                tooLarge = true;
                child.kill();
                return;
            }
            out.push(b);
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (s) => {
            if (err.length < 64 * 1024)
                err += s;
        });
        child.on('error', (e) => reject(spawnError(e, cwd)));
        child.on('close', (code) => {
            if (tooLarge) {
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`git ${args[0] ?? ''} produced more than ${maxBytes} bytes`));
                return;
            }
            resolve({ code: truncated ? 0 : (code ?? 1), stdout: Buffer.concat(out), stderr: err });
        });
    });
}
function spawnError(e, cwd) {
    const code = e?.code;
    if (code === 'ENOENT') {
        // Either git is missing or cwd does not exist.
        return notInstalledOrBadDir(cwd);
    }
    return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`could not run git: ${e.message}`);
}
/** spawn reports ENOENT both when git is missing and when cwd does not exist. */
function notInstalledOrBadDir(cwd) {
    if (!dirExists(cwd))
        return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`directory not found: ${cwd}`);
    return notInstalled();
}
function dirExists(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function streamGit(args, cwd, opts = {}) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...CONFIG_OVERRIDES, ...args], { cwd, env: gitEnv(opts), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
        if (err.length < 64 * 1024)
            err += s;
    });
    const done = new Promise((resolve, reject) => {
        child.on('error', (e) => reject(spawnError(e, cwd)));
        child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stderr: err }));
    });
    // Surface spawn errors through `done` only; the stdout stream then just ends.
    done.catch(() => undefined);
    return {
        stdout: child.stdout,
        done,
        kill: () => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill();
        },
    };
}
const EMPTY_TREE_SHA1 = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
async function repoInfo(cwd) {
    const r = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], cwd);
    if (r.code !== 0) {
        const msg = firstLine(r.stderr);
        if (/not a git repository/i.test(msg)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`not a git repository: ${cwd} (run keylint inside a git work tree, or scan files with \`keylint scan PATH\`)`);
        }
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`git cannot read the repository at ${cwd}: ${msg}`);
    }
    const [topLevel = '', shallow = 'false'] = r.stdout.toString('utf8').split('\n');
    if (topLevel === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`not inside a git work tree: ${cwd} (a bare repository has no staged changes; use --diff/--commits in a clone)`);
    }
    return { topLevel, shallow: shallow.trim() === 'true' };
}
/** Resolves a revision to a full commit sha, or null when git does not know it. */
async function resolveCommit(rev, cwd) {
    if (rev.startsWith('-'))
        return null;
    const r = await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
    if (r.code !== 0)
        return null;
    return r.stdout.toString('utf8').trim() || null;
}
async function mergeBase(a, b, cwd) {
    const r = await runGit(['merge-base', a, b], cwd);
    if (r.code !== 0)
        return null;
    return r.stdout.toString('utf8').trim() || null;
}


/***/ }),

/***/ 4842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ knownRuleIds),
/* harmony export */   o: () => (/* binding */ resolveRuleId)
/* harmony export */ });
/* harmony import */ var _providers_gitleaks_aliases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7449);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(602);


let known;
/** Built-in rule and provider ids. */
function knownRuleIds() {
    known ??= new Set(_providers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .providers */ .r5.flatMap((p) => [p.id, ...p.rules.map((r) => r.id)]));
    return known;
}
/**
 * The keylint id for an id written by a user: a keylint rule or provider id stays as it is
 * (keylint's own id wins where a gitleaks id is spelt the same), a gitleaks id maps to the
 * keylint rule that finds the same kind of secret, anything else passes through.
 */
function resolveRuleId(id, extra = new Set()) {
    if (knownRuleIds().has(id) || extra.has(id))
        return id;
    return (0,_providers_gitleaks_aliases_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalRuleId */ .m)(id);
}


/***/ })

};
