export const id = 805;
export const ids = [805];
export const modules = {

/***/ 7805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importIntoBaseline: () => (/* binding */ importIntoBaseline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/scan/pipeline.ts + 13 modules
var pipeline = __webpack_require__(8939);
// EXTERNAL MODULE: ./src/baseline/index.ts
var baseline = __webpack_require__(3907);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/secret.ts
var src_secret = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/suppress/detect-secrets.ts
var detect_secrets = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/suppress/json-shape.ts
var json_shape = __webpack_require__(8441);
// EXTERNAL MODULE: ./src/suppress/rule-ids.ts
var rule_ids = __webpack_require__(4842);
;// CONCATENATED MODULE: ./src/baseline/import.ts
/**
 * `keylint baseline --import FILE`: a detect-secrets `.secrets.baseline` or a gitleaks JSON
 * report as keylint baseline entries, so a team keeps its triage.
 *
 * - gitleaks report (an array of {RuleID, File, StartLine, Secret, Fingerprint, …}): the raw
 *   `Secret` is read in memory to compute keylint's fingerprint, its SHA-1 and the redacted
 *   form; it is never written. Entries of a report made with `--redact` have no secret and
 *   cannot be imported (counted, and the message says why).
 * - detect-secrets baseline: only SHA-1 hashes, so the entries are of the `sha1` kind.
 */






function fromGitleaks(data, file) {
    const entries = [];
    let skipped = 0;
    data.forEach((x, i) => {
        const at = `${file}: [${i}]`;
        if (typeof x.RuleID !== 'string' || !x.RuleID)
            throw new types/* UsageError */.e(`${at}.RuleID must be a rule id`);
        if (typeof x.File !== 'string' || !x.File)
            throw new types/* UsageError */.e(`${at}.File must be a path`);
        const secret = typeof x.Secret === 'string' ? x.Secret : '';
        if (secret === '' || /REDACTED/.test(secret)) {
            skipped++;
            return;
        }
        const rule = (0,rule_ids/* resolveRuleId */.o)(x.RuleID);
        const rel = x.File.replace(/\\/g, '/').replace(/^\.\//, '');
        const line = typeof x.StartLine === 'number' && Number.isInteger(x.StartLine) && x.StartLine > 0 ? x.StartLine : 1;
        entries.push({ fingerprint: (0,src_secret/* fingerprint */.Rj)(rule, rel, secret), sha1: (0,detect_secrets/* sha1Hex */.Ru)(secret), rule, file: rel, line, redacted: (0,src_secret/* redact */.E$)(secret) });
    });
    const out = { kind: 'gitleaks', entries, skipped };
    if (skipped)
        out.why = 'the report was made with --redact (no secret to fingerprint); run gitleaks without --redact for the import, then delete the report';
    return out;
}
/** Converts parsed JSON; `file` names it in errors. */
function importBaselineData(data, file) {
    if (Array.isArray(data) && data.length === 0)
        return { kind: 'gitleaks', entries: [], skipped: 0 };
    if ((0,json_shape/* looksLikeGitleaksReport */.MO)(data))
        return fromGitleaks(data, file);
    if ((0,detect_secrets/* looksLikeDetectSecretsBaseline */.hf)(data)) {
        const entries = (0,detect_secrets/* detectSecretsEntries */.DX)(data, file).map((e) => ({ sha1: e.sha1, rule: `detect-secrets:${e.type}`, file: e.file, line: e.line, redacted: '(SHA-1 only, imported from detect-secrets)' }));
        return { kind: 'detect-secrets', entries, skipped: 0 };
    }
    throw new types/* UsageError */.e(`${file}: neither a detect-secrets baseline ({"version", "results"}) nor a gitleaks JSON report (an array of findings with RuleID)`);
}
async function importBaselineFile(file, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new types/* UsageError */.e(code === 'ENOENT' ? `file to import not found: ${shown}` : `cannot read ${shown}: ${code ?? e.message}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        // Never echo the text: a gitleaks report holds raw secrets.
        throw new types/* UsageError */.e(`${shown}: malformed JSON: ${e.message.split('\n')[0].replace(/, "[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '')}`);
    }
    return importBaselineData(data, shown);
}

;// CONCATENATED MODULE: ./src/baseline/import-command.ts





/** Converts `file` and merges its entries into keylint's baseline (existing entries are kept). */
async function importIntoBaseline(req) {
    const shown = external_node_path_default().relative(req.cwd, external_node_path_default().resolve(req.cwd, req.file)) || req.file;
    const imported = await importBaselineFile(external_node_path_default().resolve(req.cwd, req.file), shown);
    const target = req.target !== undefined ? external_node_path_default().resolve(req.cwd, req.target) : await (0,pipeline/* defaultBaselinePath */.Q6)(req.cwd, req.configPath);
    const existing = (0,external_node_fs_.existsSync)(target) ? await (0,baseline/* readBaseline */.mF)(target) : [];
    const same = (a, b) => (0,baseline/* compareEntries */.wD)(a, b) === 0 && a.sha1 === b.sha1;
    const added = imported.entries.filter((e) => !existing.some((x) => same(x, e)));
    await (0,baseline/* writeBaselineEntries */.dG)(target, [...existing, ...added]);
    const rel = external_node_path_default().relative(req.cwd, target) || target;
    let message = `keylint: imported ${added.length} entr${added.length === 1 ? 'y' : 'ies'} from the ${imported.kind} file ${shown} into ${rel}`;
    if (existing.length)
        message += ` (${existing.length} already there kept${imported.entries.length > added.length ? `, ${imported.entries.length - added.length} duplicate(s) skipped` : ''})`;
    message += '.\n';
    if (imported.skipped)
        message += `keylint: ${imported.skipped} entr${imported.skipped === 1 ? 'y was' : 'ies were'} not imported: ${imported.why}.\n`;
    return { path: target, message };
}


/***/ })

};
