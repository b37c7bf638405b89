export const id = 354;
export const ids = [354];
export const modules = {

/***/ 2354:
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
// EXTERNAL MODULE: ./src/health/check.ts + 1 modules
var check = __webpack_require__(8118);
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

// EXTERNAL MODULE: ./src/health/targets.ts
var health_targets = __webpack_require__(2280);
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
        const specs = parsed.specs.length > 0 ? parsed.specs : (0,health_targets/* defaultSpecs */.Qq)(env, providers);
        const targets = (0,health_targets/* resolveTargets */.h5)(specs, { providers, env, endpoints: parsed.endpoints });
        const results = await (0,check/* checkSecrets */.KK)(targets, {
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


/***/ })

};
