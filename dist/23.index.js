export const id = 23;
export const ids = [23];
export const modules = {

/***/ 6023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandArchive: () => (/* binding */ expandArchive)
/* harmony export */ });
/* unused harmony export DEFAULT_ARCHIVE_LIMITS */
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1306);
/* harmony import */ var tar_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3979);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6141);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2472);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3130);
/**
 * Archives opened for scanning: `.zip` (and `.jar`, `.war`, `.ear`, `.aar`, `.whl`, `.nupkg`,
 * `.apk`, all zip), `.tar`, `.tar.gz`/`.tgz` and plain `.gz`. Their text members become units
 * named `archive.zip!inner/file.env` (nested archives: `a.zip!b.tar.gz!c.env`).
 *
 * Libraries, not hand-written parsers: fflate reads zip (synchronous, as scan threads are; it
 * lets a filter refuse members by their declared sizes before inflating), node-tar's parser
 * reads tar (ustar, pax and GNU long names; it parses synchronously when handed the whole
 * buffer), node's zlib gunzips with an output cap.
 *
 * Bounded: total unpacked bytes, member count, member size (the scan's size limit), nesting
 * depth, and the compression ratio of large members (a zip bomb). Every bound that is hit and
 * every archive that cannot be read is a notice: an archive is never skipped silently.
 */





const DEFAULT_ARCHIVE_LIMITS = { totalBytes: 256 * 1024 * 1024, members: 20_000, memberBytes: 10 * 1024 * 1024, depth: 3, ratio: 200 };
/** Members smaller than this are never judged by their ratio (a 1 KB file of spaces compresses 100×). */
const RATIO_FLOOR = 1024 * 1024;
/** Opens an archive (already read into memory) and returns its text members as units. Never throws. */
function expandArchive(path, bytes, kind, limits = {}) {
    const state = { limits: { ...DEFAULT_ARCHIVE_LIMITS, ...limits }, out: { units: [], skipped: [], notices: [], bytes: 0 }, members: 0, bytes: 0, full: false };
    open(state, path, bytes, kind, 0);
    state.out.bytes = state.bytes;
    return state.out;
}
function open(state, path, bytes, kind, depth) {
    try {
        if (kind === 'zip')
            openZip(state, path, bytes, depth);
        else if (kind === 'tar')
            openTar(state, path, bytes, depth);
        else
            openGzip(state, path, bytes, depth);
    }
    catch (err) {
        state.out.notices.push(`could not read the archive ${path}: ${reason(err)}; its contents were not scanned`);
    }
}
function reason(err) {
    const msg = err instanceof Error ? err.message : String(err);
    return (msg.split('\n')[0] ?? 'unreadable').slice(0, 120) || 'unreadable';
}
/** Whether one more member of `size` bytes fits the total bounds; a notice the first time it does not. */
function admit(state, archive, size) {
    if (state.full)
        return false;
    const { limits } = state;
    if (state.members + 1 > limits.members) {
        state.full = true;
        state.out.notices.push(`${archive}: more than ${limits.members} archive members; the rest were not scanned`);
        state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `members after the first ${limits.members}` });
        return false;
    }
    if (state.bytes + size > limits.totalBytes) {
        state.full = true;
        state.out.notices.push(`${archive}: more than ${limits.totalBytes} bytes unpacked; the rest were not scanned`);
        state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `members past ${limits.totalBytes} bytes unpacked` });
        return false;
    }
    state.members++;
    state.bytes += size;
    return true;
}
function memberPath(archive, name) {
    const clean = name.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
    return `${archive}!${clean}`;
}
/** A member's bytes: a nested archive is opened, text becomes a unit, anything else is binary. */
function addMember(state, path, data, depth) {
    const kind = (0,_archive_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveKind */ .FF)(path, data.subarray(0, 512));
    if (kind && (kind !== 'gzip' || data.length > 0)) {
        if (depth + 1 > state.limits.depth) {
            state.out.notices.push(`${path}: archive nested more than ${state.limits.depth} deep; not opened`);
            state.out.skipped.push({ path, reason: 'archive-limit', detail: `nested more than ${state.limits.depth} deep` });
            return;
        }
        open(state, path, data, kind, depth + 1);
        return;
    }
    const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeBytes */ .y)(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (decoded.kind === 'binary')
        state.out.skipped.push({ path, reason: 'binary' });
    else
        state.out.units.push({ path, text: decoded.text });
}
function tooLarge(state, path, size) {
    if (size <= state.limits.memberBytes)
        return false;
    state.out.notices.push(`skipped ${path}: larger than the size limit (${size} bytes > limit ${state.limits.memberBytes}); raise --max-file-size to scan it`);
    state.out.skipped.push({ path, reason: 'too-large', detail: `${size} bytes > limit ${state.limits.memberBytes}` });
    return true;
}
function openZip(state, archive, bytes, depth) {
    const refused = [];
    const files = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .unzipSync */ .AO)(bytes, {
        filter: (f) => {
            if (f.name.endsWith('/'))
                return false;
            const path = memberPath(archive, f.name);
            if (f.originalSize > RATIO_FLOOR && f.originalSize > f.size * state.limits.ratio) {
                refused.push(`${path}: compression ratio over ${state.limits.ratio}:1 (a zip bomb?); not unpacked`);
                state.out.skipped.push({ path, reason: 'archive-limit', detail: `compression ratio over ${state.limits.ratio}:1` });
                return false;
            }
            if (tooLarge(state, path, f.originalSize))
                return false;
            return admit(state, archive, f.originalSize);
        },
    });
    state.out.notices.push(...refused);
    for (const [name, data] of Object.entries(files))
        addMember(state, memberPath(archive, name), data, depth);
}
function openTar(state, archive, bytes, depth) {
    const members = [];
    let failure;
    const parser = new tar_parse__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .i({
        strict: true,
        onwarn: (_code, message) => {
            failure ??= message;
        },
        onReadEntry: (entry) => {
            const path = memberPath(archive, entry.path);
            if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
                entry.resume();
                return;
            }
            if (tooLarge(state, path, entry.size) || !admit(state, archive, entry.size)) {
                entry.resume();
                return;
            }
            const chunks = [];
            entry.on('data', (c) => chunks.push(c));
            entry.on('end', () => members.push({ path, data: Buffer.concat(chunks) }));
        },
    });
    parser.on('error', (err) => {
        failure ??= err.message;
    });
    // Handed the whole buffer, the parser emits every entry and its data before `end` returns.
    parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (failure !== undefined && members.length === 0)
        throw new Error(failure);
    if (failure !== undefined)
        state.out.notices.push(`${archive}: ${failure.slice(0, 120)}; the members after it were not scanned`);
    for (const m of members)
        addMember(state, m.path, m.data, depth);
}
function openGzip(state, archive, bytes, depth) {
    const room = Math.min(state.limits.totalBytes - state.bytes, Math.max(state.limits.memberBytes, RATIO_FLOOR) * state.limits.ratio);
    let data;
    try {
        data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(bytes, { maxOutputLength: Math.max(1, room) });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || err.code === node_zlib__WEBPACK_IMPORTED_MODULE_1__.constants.Z_BUF_ERROR) {
            state.out.notices.push(`${archive}: unpacks to more than ${room} bytes; not scanned`);
            state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `unpacks to more than ${room} bytes` });
            return;
        }
        throw err;
    }
    if (data.length > RATIO_FLOOR && data.length > bytes.length * state.limits.ratio) {
        state.out.notices.push(`${archive}: compression ratio over ${state.limits.ratio}:1 (a zip bomb?); not scanned`);
        state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `compression ratio over ${state.limits.ratio}:1` });
        return;
    }
    // `x.tar.gz`, `x.tgz`: a tar inside. `dump.sql.gz`: the one file inside, named without `.gz`.
    if ((0,_archive_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isTar */ .YZ)(data.subarray(0, 512))) {
        openTar(state, archive, data, depth);
        return;
    }
    const inner = memberPath(archive, archive.replace(/^.*[/!]/, '').replace(/\.t?gz$/i, (m) => (m.toLowerCase() === '.tgz' ? '.tar' : '')));
    if (tooLarge(state, inner, data.length) || !admit(state, archive, data.length))
        return;
    addMember(state, inner, data, depth);
}


/***/ })

};
