export const id = 353;
export const ids = [353];
export const modules = {

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseWithSites: () => (/* binding */ parseWithSites)
/* harmony export */ });
/* unused harmony export parseConfig */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var _regex_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5594);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(131);
/* harmony import */ var _sites_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4666);
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4089);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2784);
/*
 * Parsing and validating config text (YAML). Apart from load.ts, which finds the file: the YAML
 * library loads only when a scan has a config file (most have none, and it is ~300 KB to load).
 */








const MAX_ALIASES = 100;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const CONFIDENCES = ['high', 'medium', 'low'];
class Reader {
    file;
    doc;
    lines;
    sites = new Map();
    regexes = [];
    #aliases = 0;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    where(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return this.file;
        const { line, col } = this.lines.linePos(offset);
        return `${this.file}:${line}:${col}`;
    }
    fail(node, message) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`${this.where(node)}: ${message}`);
    }
    resolve(node) {
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
            if (++this.#aliases > MAX_ALIASES)
                this.fail(node, `more than ${MAX_ALIASES} YAML aliases`);
            const target = node.resolve(this.doc);
            if (!target)
                this.fail(node, `unknown YAML alias *${node.source}`);
            return this.resolve(target);
        }
        return node;
    }
    /** A mapping's entries as [key, keyNode, valueNode], after checking forbidden and unknown keys. */
    entries(node, at, allowed) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
            this.fail(node, `${at || 'the config'} must be a mapping of keys to values, got ${describe(node)}`);
        const out = [];
        const seen = new Set();
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) || typeof keyNode.value !== 'string')
                this.fail(keyNode ?? node, `${at || 'config'} keys must be plain names`);
            const key = keyNode.value;
            const reason = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .FORBIDDEN_KEYS */ .p5.get((0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseKey */ .ay)(key));
            if (reason !== undefined)
                this.fail(keyNode, `key "${key}" is not allowed: ${reason}`);
            if (!allowed.includes(key)) {
                const scope = at ? ` in ${at}` : '';
                this.fail(keyNode, `unknown key "${key}"${scope}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .au)(key, allowed)} (valid keys: ${allowed.join(', ')})`);
            }
            if (seen.has(key))
                this.fail(keyNode, `duplicate key "${key}"`);
            seen.add(key);
            out.push([key, keyNode, this.resolve(pair.value)]);
        }
        return out;
    }
    string(node, at) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && typeof node.value === 'string') {
            if (node.value.trim() === '')
                this.fail(node, `${at} must not be empty`);
            this.sites.set(at, this.where(node));
            return node.value;
        }
        const hint = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') ? ` (quote it: "${String(node.value)}")` : '';
        this.fail(node, `${at} must be a string, got ${describe(node)}${hint}`);
    }
    /** A list of strings; a single string is accepted as a one-item list when `single` is set. */
    strings(node, at, single = false) {
        if (node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && node.value === null))
            return [];
        if (single && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
            return [this.string(node, `${at}[0]`)];
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
            this.fail(node, `${at} must be a list of strings, got ${describe(node)}`);
        return node.items.map((item, i) => this.string(this.resolve(item), `${at}[${i}]`));
    }
    regex(node, at, what) {
        const source = this.string(node, at);
        try {
            new RegExp(source, 'd');
        }
        catch (e) {
            this.fail(node, `${what}: invalid regex: ${e.message}`);
        }
        const problem = (0,_regex_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .staticRedosProblem */ .x7)(source);
        if (problem)
            this.fail(node, `${what}: regex is not linear-time: ${problem}`);
        this.regexes.push({ source, where: this.where(node), what });
        return source;
    }
}
function describe(node) {
    if (node === null)
        return 'nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing';
        if (typeof v === 'string')
            return 'a string';
        return `a ${typeof v}`;
    }
    return 'an unsupported value';
}
function readGlobs(r, node, at) {
    const globs = r.strings(node, at, true);
    globs.forEach((g, i) => {
        const itemNode = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) ? r.resolve(node.items[i]) : node;
        if (g.startsWith('!'))
            r.fail(itemNode, `${at}: negated glob "${g}" is not supported; use include to narrow the scan`);
        if (g.split('/').includes('..'))
            r.fail(itemNode, `${at}: glob "${g}" points outside the scan root; globs are relative to it`);
    });
    return globs;
}
function readCustomRule(r, node, i, ids, file) {
    const at = `custom-rules[${i}]`;
    if (!node || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        r.fail(node, `${at} must be a mapping with id, regex and keywords, got ${describe(node)}`);
    const fields = new Map(r.entries(node, at, _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CUSTOM_RULE_KEYS */ .Oj).map(([k, kn, v]) => [k, { kn, v }]));
    const need = (k) => {
        const f = fields.get(k);
        if (!f)
            r.fail(node, `${at}: missing required key "${k}"`);
        return f.v;
    };
    const idNode = need('id');
    const id = r.string(idNode, `${at}.id`);
    if (!RULE_ID.test(id))
        r.fail(idNode, `${at}.id "${id}" must be kebab-case: lower-case letters, digits and dashes`);
    if (ids.has(id))
        r.fail(idNode, `${at}.id: duplicate custom rule id "${id}"`);
    ids.add(id);
    const what = `custom rule "${id}"`;
    const regex = r.regex(need('regex'), `${at}.regex`, what);
    if (new RegExp(regex).exec('') !== null)
        r.fail(need('regex'), `${what}: regex matches empty text, so it would report empty secrets`);
    const kwNode = need('keywords');
    const keywords = r.strings(kwNode, `${at}.keywords`);
    if (keywords.length === 0)
        r.fail(kwNode, `${what}: keywords must list at least one string that occurs in or near every match`);
    keywords.forEach((k, j) => {
        if (k.length < 2)
            r.fail((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(kwNode) ? r.resolve(kwNode.items[j]) : kwNode, `${what}: keyword "${k}" is too short (2 characters at least)`);
    });
    const rule = {
        id,
        description: fields.has('description') ? r.string(fields.get('description').v, `${at}.description`) : `Custom rule ${id} (${file})`,
        regex,
        keywords,
    };
    const ent = fields.get('min-entropy');
    if (ent) {
        const v = ent.v;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) || typeof v.value !== 'number' || !(v.value >= 0 && v.value <= 8)) {
            r.fail(v ?? ent.kn, `${at}.min-entropy must be a number of bits per character between 0 and 8, got ${describe(v)}`);
        }
        rule.minEntropy = v.value;
    }
    const allow = fields.get('allow');
    if (allow) {
        const list = allow.v;
        if (list !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(list))
            r.fail(list, `${at}.allow must be a list of regexes, got ${describe(list)}`);
        rule.allow = (list?.items ?? []).map((item, j) => r.regex(r.resolve(item), `${at}.allow[${j}]`, `${what} allow[${j}]`));
    }
    const conf = fields.get('confidence');
    if (conf) {
        const v = r.string(conf.v, `${at}.confidence`);
        if (!CONFIDENCES.includes(v))
            r.fail(conf.v, `${at}.confidence must be one of high, medium, low${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .didYouMean */ .au)(v, CONFIDENCES)}`);
        rule.confidence = v;
    }
    return rule;
}
function readAllowEntry(r, node, i) {
    const at = `allow[${i}]`;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
        return { value: r.string(node, at) };
    if (!node || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        r.fail(node, `${at} must be a value (string) or a mapping with "value" or "regex", got ${describe(node)}`);
    }
    const fields = new Map(r.entries(node, at, _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ALLOW_ENTRY_KEYS */ .S5).map(([k, , v]) => [k, v]));
    if (fields.has('value') === fields.has('regex'))
        r.fail(node, `${at} must have exactly one of "value" or "regex"`);
    if (fields.has('reason'))
        r.string(fields.get('reason'), `${at}.reason`);
    if (fields.has('value'))
        return { value: r.string(fields.get('value'), `${at}.value`) };
    return { regex: r.regex(fields.get('regex'), `${at}.regex`, at) };
}
function readBaselinePath(r, node) {
    const p = r.string(node, 'baseline').replace(/\\/g, '/');
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(p) || /^[A-Za-z]:/.test(p))
        r.fail(node, `baseline must be a path relative to the scan root, got "${p}"`);
    const norm = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p);
    if (norm === '..' || norm.startsWith('../'))
        r.fail(node, `baseline "${p}" points outside the scan root`);
    return norm;
}
/** Parses and validates config text, with where each value and regex came from. */
function parseWithSites(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const config = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultConfig */ .sb)();
    config.source = file;
    const err = doc.errors[0];
    if (err) {
        const { line, col } = lines.linePos(err.pos[0]);
        const where = `${file}:${line}:${col}`;
        const msg = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`${where}: invalid YAML: ${msg}`);
    }
    const r = new Reader(file, doc, lines);
    const root = r.resolve(doc.contents);
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(root) && root.value === null))
        return { config, regexes: [] };
    for (const [key, , value] of r.entries(root, '', _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .TOP_LEVEL_KEYS */ .Uw)) {
        switch (key) {
            case 'exclude':
                config.exclude = readGlobs(r, value, 'exclude');
                break;
            case 'include':
                config.include = readGlobs(r, value, 'include');
                break;
            case 'rules': {
                if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && value.value === null))
                    break;
                for (const [k, , v] of r.entries(value, 'rules', _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES_KEYS */ .R_)) {
                    const ids = r.strings(v, `rules.${k}`, true);
                    config.rules[k] = ids;
                }
                break;
            }
            case 'custom-rules': {
                if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && value.value === null))
                    break;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value))
                    r.fail(value, `custom-rules must be a list of rules, got ${describe(value)}`);
                const ids = new Set();
                config.customRules = value.items.map((item, i) => readCustomRule(r, r.resolve(item), i, ids, file));
                break;
            }
            case 'allow': {
                if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) && value.value === null))
                    break;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value))
                    r.fail(value, `allow must be a list of values or {regex: ...} entries, got ${describe(value)}`);
                config.allow = value.items.map((item, i) => readAllowEntry(r, r.resolve(item), i));
                break;
            }
            case 'max-file-size': {
                const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) ? value.value : undefined;
                const size = typeof raw === 'number' || typeof raw === 'string' ? (0,_size_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .D)(raw) : undefined;
                if (size === undefined)
                    r.fail(value, `max-file-size must be a positive size such as 1048576, "512KB" or "10MB", got ${describe(value)}`);
                config.maxFileSize = size;
                break;
            }
            case 'baseline':
                config.baseline = readBaselinePath(r, value);
                break;
        }
    }
    _sites_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_SITES */ .M.set(config, r.sites);
    return { config, regexes: r.regexes };
}
/**
 * Parses and validates config text (no file access, no timed regex probe). `file` names the
 * source in error messages. Throws UsageError `file:line:col: message` on any problem.
 */
function parseConfig(text, file = '.keylint.yml') {
    return parseWithSites(text, file).config;
}


/***/ })

};
