export const id = 194;
export const ids = [194];
export const modules = {

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: CHECK_USAGE, parseCheckArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/health/check.ts
var check = __webpack_require__(3774);
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
/** The row's mark: FAIL for every result that fails the check, whatever its status. */
function mark(r) {
    return r.failed ? 'FAIL' : MARK[r.status];
}
/**
 * The closing verdict. "All healthy" only when every secret was verified live; keys that were
 * not verified (offline, no live check) are "format ok, not verified", never healthy.
 */
function verdictLine(results) {
    const failed = results.filter((r) => r.failed).length;
    const unverified = results.filter((r) => !r.failed && r.status === 'unverified').length;
    const ok = results.length - failed - unverified;
    if (failed === 0 && unverified === 0)
        return 'All healthy.';
    const parts = [];
    if (failed > 0)
        parts.push(`${failed} unhealthy`);
    if (ok > 0)
        parts.push(`${ok} healthy`);
    if (unverified > 0)
        parts.push(unverified === results.length ? (unverified === 1 ? 'format ok, not verified' : `${unverified === 2 ? 'both' : 'all'} format ok, not verified`) : `${unverified} format ok, not verified`);
    const text = parts.join('; ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
/** The terminal report: one table row per secret, then its message, diagnoses and fix. */
function renderHealthText(results) {
    if (results.length === 0)
        return 'No secrets to check: none of the known provider variables is set (name them: keylint check NAME ...).\n';
    const rows = results.map((r) => [
        `${mark(r)} ${r.status}`,
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
    out.push('');
    out.push(`${results.length} secret${results.length === 1 ? '' : 's'} checked: ${statusCounts(results)}. ${verdictLine(results)}`);
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
        out.push(`| ${r.failed && (r.status === 'valid' || r.status === 'unverified') ? '❌' : EMOJI[r.status]} ${r.status} | \`${md(r.name)}\` | ${md(r.providerName ?? r.provider ?? 'unknown')} | \`${md(r.redacted)}\` | ${r.httpStatus ?? '–'} | ${r.latencyMs === null ? '–' : `${r.latencyMs} ms`} | ${diag} | ${fix || '–'} |`);
    }
    const failed = results.filter((r) => r.failed).length;
    out.push('');
    out.push(`${results.length} checked: ${statusCounts(results)}. ${failed === 0 ? verdictLine(results) : `**${verdictLine(results)}**`}`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/health/format-check.ts
var format_check = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/health/diagnose.ts + 1 modules
var diagnose = __webpack_require__(5857);
// EXTERNAL MODULE: ./src/health/targets.ts
var health_targets = __webpack_require__(9899);
;// CONCATENATED MODULE: ./src/health/file-source.ts
/**
 * `keylint check --file PATH[=PROVIDER]`: the keys a file holds — a PEM key file, a Google
 * service-account JSON (its `private_key`, labelled with its `client_email`), a `.netrc` (each
 * machine's password), or a plain file holding one key — with the offline diagnoses a PEM key
 * gets here (structure, END line, base64 body and its `=` padding, whether it parses). The
 * file's contents are never printed: results carry the path, a label and a redacted form.
 */







/** Files larger than this are not key files. */
const MAX_BYTES = 1024 * 1024;
const PROVIDER_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
function expandHome(p, env) {
    if (p === '~' || p.startsWith('~/'))
        return (env['HOME'] || (0,external_node_os_.homedir)()) + p.slice(1);
    return p;
}
/** `PATH[=PROVIDER]`: a trailing `=id` names the provider unless the whole argument is a file. */
function parseFileSpec(arg, env = process.env) {
    if (arg === '' || arg.includes('\0'))
        throw new types/* UsageError */.e('--file needs a path');
    const whole = expandHome(arg, env);
    const eq = arg.lastIndexOf('=');
    if (eq > 0 && PROVIDER_RE.test(arg.slice(eq + 1)) && !(0,external_node_fs_.existsSync)(whole)) {
        const label = arg.slice(0, eq);
        return { label, path: expandHome(label, env), provider: arg.slice(eq + 1) };
    }
    return { label: arg, path: whole };
}
function readKeyFile(spec) {
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(spec.path);
        if (st.isDirectory())
            throw new types/* UsageError */.e(`--file ${spec.label}: is a directory, not a key file`);
        size = st.size;
    }
    catch (err) {
        if (err instanceof types/* UsageError */.e)
            throw err;
        const code = err.code;
        throw new types/* UsageError */.e(`--file ${spec.label}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})`}`);
    }
    if (size > MAX_BYTES)
        throw new types/* UsageError */.e(`--file ${spec.label}: ${size} bytes is too large for a key file (at most 1 MiB)`);
    let buf;
    try {
        buf = (0,external_node_fs_.readFileSync)(spec.path);
    }
    catch (err) {
        throw new types/* UsageError */.e(`--file ${spec.label}: cannot read it (${err.code ?? 'error'})`);
    }
    if (buf.includes(0))
        throw new types/* UsageError */.e(`--file ${spec.label}: a binary file, not a key file (PEM, service-account JSON, .netrc or one key)`);
    return buf.toString('utf8').replace(/^\uFEFF/, '');
}
/** The machine/password pairs of a .netrc (`default` is a machine named `default`; macros skipped). */
function parseNetrc(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    const tokens = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*#/.test(line))
            continue;
        const words = line.trim().split(/\s+/).filter((w) => w !== '');
        const macro = words.indexOf('macdef');
        if (macro >= 0) {
            tokens.push(...words.slice(0, macro));
            // A macro runs to the next empty line.
            while (i + 1 < lines.length && lines[i + 1].trim() !== '')
                i++;
            continue;
        }
        tokens.push(...words);
    }
    let machine;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === 'machine')
            machine = tokens[++i];
        else if (t === 'default')
            machine = 'default';
        else if ((t === 'password' || t === 'passwd') && machine !== undefined && tokens[i + 1] !== undefined)
            out.push({ machine, password: tokens[++i] });
        else if (t === 'login' || t === 'account' || t === 'port')
            i++;
    }
    return out;
}
function hostProvider(host, providers) {
    if (!/^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/.test(host))
        return undefined;
    try {
        // `machine github.com` authenticates git; the token is the one api.github.com checks.
        return ((0,health_targets/* providersAtHost */.qX)(`https://${host}`, providers)[0] ?? (0,health_targets/* providersAtHost */.qX)(`https://api.${host}`, providers)[0])?.id;
    }
    catch {
        return undefined;
    }
}
function looksLikeNetrc(label, text) {
    return /^[._]netrc$/.test((0,external_node_path_.basename)(label)) || (/^\s*(?:machine\s+\S+|default)\b/m.test(text) && /\bpassword\s+\S/.test(text));
}
/** The keys in the file named by `spec`; throws UsageError when there is none. */
function keysFromFile(spec, providers) {
    const text = readKeyFile(spec);
    const forced = spec.provider;
    const trimmed = text.trim();
    if (trimmed === '')
        throw new types/* UsageError */.e(`--file ${spec.label}: the file is empty`);
    if (trimmed.startsWith('{')) {
        let data;
        try {
            data = JSON.parse(trimmed);
        }
        catch {
            throw new types/* UsageError */.e(`--file ${spec.label}: not valid JSON (a service-account key file is one JSON object)`);
        }
        const o = (typeof data === 'object' && data !== null ? data : {});
        if (typeof o.private_key !== 'string')
            throw new types/* UsageError */.e(`--file ${spec.label}: JSON without a "private_key" (expected a Google service-account key file)`);
        const email = typeof o.client_email === 'string' && /^[^\s@]{1,100}@[A-Za-z0-9.-]{1,200}$/.test(o.client_email) ? ` (${o.client_email})` : '';
        return [{ name: `${spec.label}: private_key${email}`, value: o.private_key, kind: 'pem', provider: forced ?? 'google-service-account' }];
    }
    if (/-----BEGIN [A-Z0-9 ]{0,60}-----/.test(text) || /-----BEGIN/.test(trimmed.slice(0, 200))) {
        return [{ name: spec.label, value: trimmed, kind: 'pem', ...(forced ? { provider: forced } : {}) }];
    }
    if (looksLikeNetrc(spec.label, text)) {
        const entries = parseNetrc(text);
        if (entries.length === 0)
            throw new types/* UsageError */.e(`--file ${spec.label}: a .netrc without a password entry`);
        return entries.map((e) => {
            const provider = forced ?? hostProvider(e.machine, providers);
            return { name: `${spec.label}: machine ${e.machine.slice(0, 200)}`, value: e.password, kind: 'plain', ...(provider ? { provider } : {}) };
        });
    }
    // One key: the file's own final line break is not part of it (other whitespace is diagnosed).
    return [{ name: spec.label, value: text.replace(/\r?\n$/, ''), kind: 'plain', ...(forced ? { provider: forced } : {}) }];
}
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** A standard-base64 value whose trailing `=` padding went missing (`+` or `/` say it is base64). */
function paddingDiagnosis(value, what = 'the key') {
    const v = value.trim();
    if (v.length < 16 || !/^[A-Za-z0-9+/]+$/.test(v) || !/[+/]/.test(v))
        return undefined;
    const missing = (4 - (v.length % 4)) % 4;
    if (missing === 0 || missing === 3)
        return undefined;
    const pad = '='.repeat(missing);
    return (0,diagnose/* diagnosis */.C1)('padding', `${what} is base64 that lost its trailing \`${pad}\` padding (${v.length} characters, not a multiple of 4): it was cut when copied`, `Copy ${what} again including the trailing \`${pad}\`, or add \`${pad}\` at the end.`);
}
/** Offline diagnoses of a PEM key (never its contents). */
function pemDiagnoses(raw) {
    const out = [];
    let pem = raw;
    if (!/\n/.test(pem) && /\\n/.test(pem)) {
        out.push((0,diagnose/* diagnosis */.C1)('whitespace', 'has `\\n` escapes instead of line breaks', "Write the key with real line breaks (printf '%b' \"$KEY\" > key.pem), or keep it in the JSON file it came in."));
        pem = pem.replace(/\\n/g, '\n');
    }
    const begin = /-----BEGIN ([A-Z0-9 ]{0,60})-----/.exec(pem);
    if (!begin) {
        out.push((0,diagnose/* diagnosis */.C1)('truncated', 'has no `-----BEGIN … -----` line: the start of the key is missing', 'Copy the key file again whole, from the BEGIN line to the END line.'));
        return out;
    }
    const label = begin[1];
    if (!/PRIVATE KEY/.test(label)) {
        out.push((0,diagnose/* diagnosis */.C1)('wrong-provider', `holds a ${/CERTIFICATE/.test(label) ? 'certificate' : label.toLowerCase().trim() || 'PEM block'}, not a private key`, 'Use the private key file (its first line says PRIVATE KEY), not the certificate or public key.'));
        return out;
    }
    const rest = pem.slice(begin.index + begin[0].length);
    const end = /-----END ([A-Z0-9 ]{0,60})-----/.exec(rest);
    if (!end) {
        out.push((0,diagnose/* diagnosis */.C1)('truncated', `has a BEGIN ${label} line but no END line: the end of the key is missing`, 'Copy the key file again whole, down to the -----END … PRIVATE KEY----- line.'));
        return out;
    }
    if (end[1] !== label)
        out.push((0,diagnose/* diagnosis */.C1)('bad-charset', `BEGIN ${label} and END ${end[1]} do not match`, 'Copy the key file again whole; the BEGIN and END lines come from one key.'));
    // OpenPGP armor has its own headers and checksum line; its structure is not checked here.
    if (/PGP/.test(label))
        return out;
    const bodyLines = rest.slice(0, end.index).split(/\r?\n/).filter((l) => l.trim() !== '' && !/^[A-Za-z-]+:/.test(l) && !/^\s*$/.test(l));
    const body = bodyLines.map((l) => l.trim()).join('');
    if (body === '') {
        out.push((0,diagnose/* diagnosis */.C1)('truncated', 'has no key data between the BEGIN and END lines', 'Copy the key file again whole.'));
        return out;
    }
    if (!B64.test(body)) {
        const bad = [...body].filter((c) => !/[A-Za-z0-9+/=]/.test(c)).length;
        out.push((0,diagnose/* diagnosis */.C1)('bad-charset', `the body has ${bad} character${bad === 1 ? '' : 's'} that base64 never contains`, 'Copy the key file again exactly; it was changed in transit (smart quotes, a wrapped line).'));
        return out;
    }
    const rem = body.length % 4;
    if (rem === 2 || rem === 3) {
        const pad = '='.repeat(4 - rem);
        out.push((0,diagnose/* diagnosis */.C1)('padding', `the base64 body lost its trailing \`${pad}\` padding (the last line before END should end in \`${pad}\`)`, `Copy the key file again whole, or add \`${pad}\` at the end of the last body line.`));
        return out;
    }
    if (rem === 1) {
        out.push((0,diagnose/* diagnosis */.C1)('truncated', 'the base64 body is cut off (its length is not possible for base64)', 'Copy the key file again whole.'));
        return out;
    }
    if (out.length === 0 && !/ENCRYPTED/.test(label) && !/Proc-Type: 4,ENCRYPTED/.test(rest)) {
        try {
            (0,external_node_crypto_.createPrivateKey)({ key: pem.slice(begin.index), format: 'pem' });
        }
        catch {
            if (!/OPENSSH/.test(label))
                out.push((0,diagnose/* diagnosis */.C1)('truncated', 'does not parse as a private key: the encoded data is incomplete or damaged', 'Copy the key file again whole, or create a new key.'));
        }
    }
    return out;
}
function pemRedacted(value) {
    const begin = /-----BEGIN ([A-Z0-9 ]{0,60})-----/.exec(value);
    return `${begin ? `${begin[1]} PEM` : 'PEM'} (${value.length} chars)`;
}
/** The result of a PEM key: offline only (a private key signs requests; none carries it). */
function pemResult(key, provider, now) {
    const diagnoses = pemDiagnoses(key.value);
    const firstError = diagnoses.find((d) => d.severity === 'error');
    return {
        name: key.name,
        provider: provider?.id ?? null,
        providerName: provider?.name ?? null,
        status: 'unverified',
        httpStatus: null,
        diagnoses,
        message: 'not checked live: a private key signs requests, no request carries it',
        fix: firstError?.fix ?? diagnoses[0]?.fix ?? '',
        latencyMs: null,
        checkedAt: new Date(now).toISOString(),
        redacted: pemRedacted(key.value),
        host: null,
        rotateUrl: provider?.rotateUrl ?? null,
        scopes: null,
        expiresAt: null,
        failed: firstError !== undefined,
    };
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
  --file PATH[=PROVIDER]    check the key in a file (repeatable): a PEM key, a Google
                            service-account JSON, a .netrc, or a file holding one key
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
        files: [],
    };
    const list = [...args];
    if (list[0] === 'check')
        list.shift();
    for (let i = 0; i < list.length; i++) {
        const arg = list[i];
        if (arg === '--') {
            for (const rest of list.slice(i + 1))
                out.specs.push((0,health_targets/* parseTargetSpec */.Sf)(rest));
            break;
        }
        if (!arg.startsWith('-')) {
            out.specs.push((0,health_targets/* parseTargetSpec */.Sf)(arg));
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
            case '--file':
                out.files.push(value());
                break;
            case '--offline':
                out.offline = true;
                break;
            case '--endpoint': {
                const [provider, url] = (0,health_targets/* parseEndpoint */.Bk)(value());
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
/** Results in argument order: PEM keys get their own offline result; a provider-less base64 key its padding check. */
function withFileResults(checked, keys, providers) {
    const byName = new Map(checked.map((r) => [r.name, r]));
    const fileNames = new Set(keys.map((k) => k.name));
    const out = checked.filter((r) => !fileNames.has(r.name));
    for (const k of keys) {
        if (k.kind === 'pem') {
            out.push(pemResult(k, k.provider ? (0,health_targets/* findProvider */.lh)(k.provider, providers) : providers.find((p) => p.id === 'private-key'), Date.now()));
            continue;
        }
        const r = byName.get(k.name);
        if (!r)
            continue;
        const provider = r.provider ? (0,health_targets/* findProvider */.lh)(r.provider, providers) : undefined;
        // A provider inferred from a prefix-less shape is weak evidence; a base64 value short of its padding says more.
        const weak = !provider?.format || (!k.provider && (0,format_check/* prefixMatchLength */.o_)(k.value, provider) === 0 && !provider.format.padding);
        const pad = weak && !r.diagnoses.some((d) => d.code === 'padding') ? paddingDiagnosis(k.value) : undefined;
        out.push(pad ? { ...r, diagnoses: [...r.diagnoses, pad], fix: pad.fix, failed: true } : r);
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
        const fileKeys = parsed.files.map((f) => parseFileSpec(f, env)).flatMap((f) => keysFromFile(f, providers));
        for (const k of fileKeys) {
            if (k.provider && !(0,health_targets/* findProvider */.lh)(k.provider, providers))
                throw new types/* UsageError */.e(`unknown provider "${k.provider}" for ${k.name} (known: ${providers.map((p) => p.id).join(', ')})`);
        }
        const plain = fileKeys.filter((k) => k.kind === 'plain');
        // File keys go through the same checks under their file label (never an environment variable).
        const checkEnv = plain.length > 0 ? { ...env, ...Object.fromEntries(plain.map((k) => [k.name, k.value])) } : env;
        const specs = [
            ...(parsed.specs.length > 0 || fileKeys.length > 0 ? parsed.specs : (0,health_targets/* defaultSpecs */.Qq)(env, providers)),
            ...plain.map((k) => ({ name: k.name, ...(k.provider ? { provider: k.provider } : {}) })),
        ];
        const targets = (0,health_targets/* resolveTargets */.h5)(specs, { providers, env: checkEnv, endpoints: parsed.endpoints });
        const checked = await (0,check/* checkSecrets */.KK)(targets, {
            providers,
            env,
            offline: parsed.offline,
            timeoutMs: parsed.timeoutMs,
            failOn: parsed.failOn,
            expiryDays: parsed.expiryDays,
            concurrency: parsed.concurrency,
        });
        const results = fileKeys.length > 0 ? withFileResults(checked, fileKeys, providers) : checked;
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
        return (0,check/* exitCodeFor */.Rr)(results);
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


/***/ })

};
