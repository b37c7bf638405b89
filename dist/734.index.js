export const id = 734;
export const ids = [734];
export const modules = {

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseWithSites: () => (/* binding */ parseWithSites)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/config/regex-safety.ts + 1 modules
var regex_safety = __webpack_require__(5594);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/config/sites.ts
var sites = __webpack_require__(4666);
;// CONCATENATED MODULE: ./src/config/size.ts
const UNITS = {
    '': 1, b: 1,
    k: 1024, kb: 1024, kib: 1024,
    m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2,
    g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3,
};
/**
 * Parses a size: a number of bytes, or a string such as `10MB`, `512 KB`, `1.5m`.
 * Units are binary (1 KB = 1024 bytes). Returns undefined for anything else, zero or negative.
 */
function parseSize(input) {
    if (typeof input === 'number')
        return Number.isSafeInteger(input) && input > 0 ? input : undefined;
    const m = /^\s*(\d{1,15}(?:\.\d{1,6})?)\s*([a-z]{0,3})\s*$/i.exec(input);
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/config/parse.ts
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
        throw new types/* UsageError */.e(`${this.where(node)}: ${message}`);
    }
    resolve(node) {
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
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
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${at || 'the config'} must be a mapping of keys to values, got ${describe(node)}`);
        const out = [];
        const seen = new Set();
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string')
                this.fail(keyNode ?? node, `${at || 'config'} keys must be plain names`);
            const key = keyNode.value;
            const reason = schema/* FORBIDDEN_KEYS */.p5.get((0,schema/* normaliseKey */.ay)(key));
            if (reason !== undefined)
                this.fail(keyNode, `key "${key}" is not allowed: ${reason}`);
            if (!allowed.includes(key)) {
                const scope = at ? ` in ${at}` : '';
                this.fail(keyNode, `unknown key "${key}"${scope}${(0,suggest/* didYouMean */.au)(key, allowed)} (valid keys: ${allowed.join(', ')})`);
            }
            if (seen.has(key))
                this.fail(keyNode, `duplicate key "${key}"`);
            seen.add(key);
            out.push([key, keyNode, this.resolve(pair.value)]);
        }
        return out;
    }
    string(node, at) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            if (node.value.trim() === '')
                this.fail(node, `${at} must not be empty`);
            this.sites.set(at, this.where(node));
            return node.value;
        }
        const hint = (0,dist/* isScalar */.jn)(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') ? ` (quote it: "${String(node.value)}")` : '';
        this.fail(node, `${at} must be a string, got ${describe(node)}${hint}`);
    }
    /** A list of strings; a single string is accepted as a one-item list when `single` is set. */
    strings(node, at, single = false) {
        if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return [];
        if (single && (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return [this.string(node, `${at}[0]`)];
        if (!(0,dist/* isSeq */.oP)(node))
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
        const problem = (0,regex_safety/* staticRedosProblem */.x7)(source);
        if (problem)
            this.fail(node, `${what}: regex is not linear-time: ${problem}`);
        this.regexes.push({ source, where: this.where(node), what });
        return source;
    }
}
function describe(node) {
    if (node === null)
        return 'nothing';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
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
        const itemNode = (0,dist/* isSeq */.oP)(node) ? r.resolve(node.items[i]) : node;
        if (g.startsWith('!'))
            r.fail(itemNode, `${at}: negated glob "${g}" is not supported; use include to narrow the scan`);
        if (g.split('/').includes('..'))
            r.fail(itemNode, `${at}: glob "${g}" points outside the scan root; globs are relative to it`);
    });
    return globs;
}
function readCustomRule(r, node, i, ids, file) {
    const at = `custom-rules[${i}]`;
    if (!node || !(0,dist/* isMap */.jh)(node))
        r.fail(node, `${at} must be a mapping with id, regex and keywords, got ${describe(node)}`);
    const fields = new Map(r.entries(node, at, schema/* CUSTOM_RULE_KEYS */.Oj).map(([k, kn, v]) => [k, { kn, v }]));
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
            r.fail((0,dist/* isSeq */.oP)(kwNode) ? r.resolve(kwNode.items[j]) : kwNode, `${what}: keyword "${k}" is too short (2 characters at least)`);
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
        if (!(0,dist/* isScalar */.jn)(v) || typeof v.value !== 'number' || !(v.value >= 0 && v.value <= 8)) {
            r.fail(v ?? ent.kn, `${at}.min-entropy must be a number of bits per character between 0 and 8, got ${describe(v)}`);
        }
        rule.minEntropy = v.value;
    }
    const allow = fields.get('allow');
    if (allow) {
        const list = allow.v;
        if (list !== null && !(0,dist/* isSeq */.oP)(list))
            r.fail(list, `${at}.allow must be a list of regexes, got ${describe(list)}`);
        rule.allow = (list?.items ?? []).map((item, j) => r.regex(r.resolve(item), `${at}.allow[${j}]`, `${what} allow[${j}]`));
    }
    const conf = fields.get('confidence');
    if (conf) {
        const v = r.string(conf.v, `${at}.confidence`);
        if (!CONFIDENCES.includes(v))
            r.fail(conf.v, `${at}.confidence must be one of high, medium, low${(0,suggest/* didYouMean */.au)(v, CONFIDENCES)}`);
        rule.confidence = v;
    }
    return rule;
}
function readAllowEntry(r, node, i) {
    const at = `allow[${i}]`;
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return { value: r.string(node, at) };
    if (!node || !(0,dist/* isMap */.jh)(node)) {
        r.fail(node, `${at} must be a value (string) or a mapping with "value" or "regex", got ${describe(node)}`);
    }
    const fields = new Map(r.entries(node, at, schema/* ALLOW_ENTRY_KEYS */.S5).map(([k, , v]) => [k, v]));
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
    if (external_node_path_default().posix.isAbsolute(p) || /^[A-Za-z]:/.test(p))
        r.fail(node, `baseline must be a path relative to the scan root, got "${p}"`);
    const norm = external_node_path_default().posix.normalize(p);
    if (norm === '..' || norm.startsWith('../'))
        r.fail(node, `baseline "${p}" points outside the scan root`);
    return norm;
}
/** Parses and validates config text, with where each value and regex came from. */
function parseWithSites(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const config = (0,schema/* defaultConfig */.sb)();
    config.source = file;
    const err = doc.errors[0];
    if (err) {
        const { line, col } = lines.linePos(err.pos[0]);
        const where = `${file}:${line}:${col}`;
        const msg = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new types/* UsageError */.e(`${where}: invalid YAML: ${msg}`);
    }
    const r = new Reader(file, doc, lines);
    const root = r.resolve(doc.contents);
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return { config, regexes: [] };
    for (const [key, , value] of r.entries(root, '', schema/* TOP_LEVEL_KEYS */.Uw)) {
        switch (key) {
            case 'exclude':
                config.exclude = readGlobs(r, value, 'exclude');
                break;
            case 'include':
                config.include = readGlobs(r, value, 'include');
                break;
            case 'rules': {
                if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null))
                    break;
                for (const [k, , v] of r.entries(value, 'rules', schema/* RULES_KEYS */.R_)) {
                    const ids = r.strings(v, `rules.${k}`, true);
                    config.rules[k] = ids;
                }
                break;
            }
            case 'custom-rules': {
                if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null))
                    break;
                if (!(0,dist/* isSeq */.oP)(value))
                    r.fail(value, `custom-rules must be a list of rules, got ${describe(value)}`);
                const ids = new Set();
                config.customRules = value.items.map((item, i) => readCustomRule(r, r.resolve(item), i, ids, file));
                break;
            }
            case 'allow': {
                if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null))
                    break;
                if (!(0,dist/* isSeq */.oP)(value))
                    r.fail(value, `allow must be a list of values or {regex: ...} entries, got ${describe(value)}`);
                config.allow = value.items.map((item, i) => readAllowEntry(r, r.resolve(item), i));
                break;
            }
            case 'max-file-size': {
                const raw = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
                const size = typeof raw === 'number' || typeof raw === 'string' ? parseSize(raw) : undefined;
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
    sites/* CONFIG_SITES */.M.set(config, r.sites);
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
