export const id = 522;
export const ids = [522];
export const modules = {

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
