export const id = 374;
export const ids = [374];
export const modules = {

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dependencyHash: () => (/* binding */ dependencyHash)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2377);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1452);



/**
 * Hash of the dependency files for the cache keys. A stdlib-only module has
 * no go.sum: that is normal, and gets a fixed marker rather than a failure.
 */
async function dependencyHash(patterns, explicit, workspace) {
    const hash = await _actions_glob__WEBPACK_IMPORTED_MODULE_1__/* .hashFiles */ .y(patterns.join('\n'), workspace);
    if (hash)
        return hash;
    const message = `cache-dependency-path ${JSON.stringify(patterns.join(', '))} matched no file; the cache keys use "${_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_DEPS */ .NC}"`;
    if (explicit)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    return _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_DEPS */ .NC;
}


/***/ })

};
