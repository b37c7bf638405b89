export const id = 63;
export const ids = [63,522];
export const modules = {

/***/ 3063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  errorLine: () => (/* binding */ errorLine),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/help.ts

const HELP = `keylint ${version/* VERSION */.x} — find hardcoded API keys, and check that injected secrets work

Usage:
  keylint scan [PATH...]            scan files (git-tracked + untracked-not-ignored in a work tree);
                                    zip/jar/tar/tar.gz archives are opened (a.zip!inner/file.env)
  keylint scan -                    scan standard input (git show | keylint scan -)
  keylint scan --staged             scan the added lines of the index (pre-commit)
  keylint scan --diff BASE..HEAD    scan the net added lines of a range (BASE...HEAD: from the merge base)
  keylint scan --commits BASE..HEAD scan every commit of a range, each commit's added lines
  keylint scan --history            scan every commit of every branch, tag and remote-tracking ref
                                    (one finding per secret per file: its first commit, author, date);
                                    --ref REV (repeatable) limits it to what REV reaches
  keylint hook [FILE...]            pre-commit entry: staged lines of staged files, whole other files
  keylint baseline [PATH...]        record current findings in .keylint-baseline.json
  keylint baseline --import FILE    convert a .secrets.baseline or a gitleaks JSON report into it
  keylint rules [--format text|json|markdown]
                                    every rule: provider, confidence, live check, gitleaks ids
  keylint check [NAME[=PROVIDER][@BASE_URL]...]
                                    diagnose and live-check secrets in environment variables

Scan options:
  -f, --format text|json|sarif      output format (default text)
  -o, --output FILE                 write the report to FILE (a text summary still goes to stderr)
      --exclude GLOB                skip matching paths (repeatable; minimatch, .gitignore-like anchoring)
      --config FILE                 config file (default: .keylint.yml at the scan root)
      --baseline FILE               subtract this baseline (default: .keylint-baseline.json when present)
      --no-baseline                 ignore any baseline
      --update-baseline             rewrite the baseline with the current findings
      --no-default-excludes         also scan node_modules, lockfiles and other default excludes
      --max-file-size SIZE          skip larger files with a notice (default 10MB)
      --stdin-name NAME             the name standard input is reported as (default <stdin>)
      --verify                      ask each finding's provider whether the key is live (read-only requests
                                    to the provider's own host; nothing is sent without this flag)
      --only-verified               report only live keys (implies --verify); exit 1 iff one is live
      --endpoint PROVIDER=URL       with --verify: send PROVIDER's keys to URL (proxies, self-hosted)
      --concurrency N  --timeout MS with --verify: requests at once (default 8), per request (default 10000)
      --no-color                    plain text output
  -v, --verbose                     list skipped files
  -h, --help                        this help
      --version                     print the version

Exit codes: 0 no findings (or all secrets healthy), 1 findings (or unhealthy secrets), 2 usage or input error.
Docs: README.md, docs/configuration.md, docs/pre-commit-and-diffs.md, docs/health-check.md
`;

;// CONCATENATED MODULE: ./src/cli/main.ts






const COMMANDS = ['scan', 'hook', 'baseline', 'rules', 'check', 'help', 'version'];
/** Dispatches a command line; returns the exit code. Errors become one line on stderr, exit 2. */
async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                io.stdout(HELP);
                return 0;
            case '--version':
            case '-V':
            case 'version':
                io.stdout(`${version/* VERSION */.x}\n`);
                return 0;
            // The scan commands (engine, rules, reports) load only when one runs: `--version` and
            // `--help` answer without them.
            case 'scan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(602), __webpack_require__.e(139), __webpack_require__.e(280), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426))).runScanCommand(rest, io);
            case 'hook':
                return await (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(602), __webpack_require__.e(139), __webpack_require__.e(280), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426))).runHookCommand(rest, io);
            case 'baseline':
                return await (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(602), __webpack_require__.e(139), __webpack_require__.e(280), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426))).runBaselineCommand(rest, io);
            case 'rules': {
                const { runRulesCommand } = await Promise.all(/* import() */[__webpack_require__.e(602), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 884));
                return runRulesCommand(rest, io);
            }
            case 'check': {
                const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(602), __webpack_require__.e(774), __webpack_require__.e(280), __webpack_require__.e(194)]).then(__webpack_require__.bind(__webpack_require__, 3182));
                return await runCheck(rest, io.env, io);
            }
            default:
                // `keylint PATH` and `keylint --flag` mean `keylint scan …`; a mistyped command is not a path.
                if (!command.startsWith('-') && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(io.cwd, command))) {
                    const near = (0,suggest/* nearest */.pA)(command, COMMANDS);
                    if (near)
                        throw new types/* UsageError */.e(`unknown command "${command}" — did you mean "${near}"? (see keylint --help)`);
                }
                return await (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(602), __webpack_require__.e(139), __webpack_require__.e(280), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426))).runScanCommand(argv, io);
        }
    }
    catch (err) {
        io.stderr(`keylint: ${errorLine(err)}\n`);
        return 2;
    }
}
function errorLine(err) {
    if (err instanceof types/* UsageError */.e)
        return err.message;
    const e = err;
    if (e && typeof e.message === 'string')
        return `${e.code ? `${e.code}: ` : ''}${e.message.split('\n')[0]}`;
    return String(err).split('\n')[0] ?? 'unknown error';
}


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two adjacent
 * characters (`hihg` → `high` is 1), O(a·b). Inputs are short (config keys, rule ids).
 */
function editDistance(a, b) {
    let prev2 = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, prev2[j - 2] + 1);
            cur[j] = d;
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[b.length];
}
const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
/**
 * The candidate nearest to `input`, or undefined when none is close enough to be a typo:
 * same letters ignoring case and separators (`maxFileSize` → `max-file-size`), or an edit
 * distance of at most a third of the length (at least 1, at most 3).
 */
function nearest(input, candidates) {
    const sq = squash(input);
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        if (squash(c) === sq)
            return c;
        const d = editDistance(sq, squash(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    const limit = Math.min(3, Math.max(1, Math.floor(sq.length / 3)));
    return bestD <= limit ? best : undefined;
}
/** ` — did you mean "x"?` or the empty string. */
function didYouMean(input, candidates) {
    const n = nearest(input, candidates);
    return n === undefined ? '' : ` — did you mean "${n}"?`;
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A clear, one-line user error: the CLI prints the message and exits 2, never a stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.2.0';


/***/ })

};
