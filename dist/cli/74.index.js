export const id = 74;
export const ids = [74];
export const modules = {

/***/ 2074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importIntoBaseline: () => (/* binding */ importIntoBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scan_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8939);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3907);
/* harmony import */ var _import_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8098);





/** Converts `file` and merges its entries into keylint's baseline (existing entries are kept). */
async function importIntoBaseline(req) {
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(req.cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(req.cwd, req.file)) || req.file;
    const imported = await (0,_import_js__WEBPACK_IMPORTED_MODULE_4__/* .importBaselineFile */ .nR)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(req.cwd, req.file), shown);
    const target = req.target !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(req.cwd, req.target) : await (0,_scan_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultBaselinePath */ .Q6)(req.cwd, req.configPath);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) ? await (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readBaseline */ .mF)(target) : [];
    const same = (a, b) => (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compareEntries */ .wD)(a, b) === 0 && a.sha1 === b.sha1;
    const added = imported.entries.filter((e) => !existing.some((x) => same(x, e)));
    await (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBaselineEntries */ .dG)(target, [...existing, ...added]);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(req.cwd, target) || target;
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
