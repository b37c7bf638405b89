export const id = 604;
export const ids = [604,522];
export const modules = {

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

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A clear, one-line user error: the CLI prints the message and exits 2, never a stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ })

};
