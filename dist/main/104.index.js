export const id = 104;
export const ids = [104];
export const modules = {

/***/ 5104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SBOM_SUFFIX: () => (/* binding */ SBOM_SUFFIX),
/* harmony export */   buildSbom: () => (/* binding */ buildSbom),
/* harmony export */   isCycloneDxText: () => (/* binding */ isCycloneDxText),
/* harmony export */   mergeDeps: () => (/* binding */ mergeDeps),
/* harmony export */   serializeSbom: () => (/* binding */ serializeSbom)
/* harmony export */ });
/* unused harmony exports goPurl, h1Hex, settingsProperties */
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_4__);
/**
 * A CycloneDX 1.6 SBOM for one Go binary, from its own build info (what was
 * linked, not what go.mod asks for): the main module, every dependency with
 * its version, replacement and h1: sum, the Go standard library of the
 * toolchain, and GOOS/GOARCH and the build settings as properties. Built and
 * serialized with @cyclonedx/cyclonedx-library. Pure; reproducible output
 * (no timestamp, no random serial number or bom-refs).
 */
// Submodules, not the package index: the index loads the validator's schema
// resources through __dirname, which the ESM bundle does not have.





/** `pkg:golang/<path>@<version>` (no version for the main module's `(devel)`). */
function goPurl(modPath, version) {
    const slash = modPath.lastIndexOf('/');
    const namespace = slash > 0 ? modPath.slice(0, slash) : undefined;
    const name = slash > 0 ? modPath.slice(slash + 1) : modPath;
    const v = version && version !== '(devel)' ? version : undefined;
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_4__.PackageURL('golang', namespace, name, v, undefined, undefined).toString();
}
/**
 * h1: is base64 SHA-256 of the module's file list hash (go.sum's dirhash);
 * it is kept verbatim as a property and as the SHA-256 it encodes.
 */
function h1Hex(sum) {
    const m = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(sum);
    return m ? Buffer.from(m[1], 'base64').toString('hex') : undefined;
}
function prop(name, value) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property(name, value);
}
function moduleComponent(m, type) {
    const purl = goPurl(m.path, m.version);
    const c = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(type, m.path, {
        version: m.version || undefined,
        bomRef: purl,
        purl
    });
    const sum = m.replace?.sum || m.sum;
    if (sum) {
        c.properties.add(prop('go:module:sum', sum));
        const hex = h1Hex(sum);
        if (hex)
            c.hashes.set(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.HashAlgorithm['SHA-256'], hex);
    }
    if (m.replace) {
        c.properties.add(prop('go:module:replace:path', m.replace.path));
        if (m.replace.version)
            c.properties.add(prop('go:module:replace:version', m.replace.version));
    }
    return c;
}
/**
 * Build settings as properties: `go:build:<key>` for a value every slice
 * shares, `go:slice:<goarch>:build:<key>` for one that differs (GOARCH,
 * GOAMD64/GOARM64 ...). One binary is one slice. Pure.
 */
function settingsProperties(slices) {
    const out = [];
    const keys = [...new Set(slices.flatMap(s => Object.keys(s.go.settings)))];
    for (const key of keys) {
        const values = slices.map(s => s.go.settings[key]);
        if (values.every(v => v !== undefined && v === values[0]))
            out.push([`go:build:${key}`, values[0]]);
        else
            slices.forEach((s, i) => {
                if (values[i] !== undefined)
                    out.push([`go:slice:${s.goarch}:build:${key}`, values[i]]);
            });
    }
    return out;
}
/**
 * The dependencies of every slice, each once (by path and version), with
 * the slices that link it. Pure.
 */
function mergeDeps(slices) {
    const merged = new Map();
    for (const s of slices)
        for (const dep of s.go.deps) {
            const id = `${dep.path}@${dep.version}`;
            const m = merged.get(id) ?? { module: dep, goarches: [] };
            m.goarches.push(s.goarch);
            merged.set(id, m);
        }
    return [...merged.values()];
}
function buildSbom(subject) {
    const { go } = subject;
    const slices = subject.slices?.length ? subject.slices : [{ goarch: '', go }];
    const universal = slices.length > 1;
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    const main = moduleComponent(go.main ?? { path: go.path ?? subject.name, version: '(devel)', sum: '' }, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application);
    if (go.path)
        main.properties.add(prop('go:package', go.path));
    for (const [key, value] of settingsProperties(slices))
        main.properties.add(prop(key, value));
    bom.metadata.component = main;
    bom.metadata.properties.add(prop('go:artifact', subject.name));
    if (universal)
        bom.metadata.properties.add(prop('go:slices', slices.map(s => s.goarch).join(',')));
    for (const version of new Set(slices.map(s => s.go.version))) {
        const std = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, 'std', {
            version,
            bomRef: goPurl('std', version),
            purl: goPurl('std', version),
            description: `The Go standard library and toolchain ${version}`
        });
        std.properties.add(prop('go:toolchain', version));
        bom.components.add(std);
        main.dependencies.add(std.bomRef);
    }
    const refs = new Map();
    const deps = new Set();
    for (const { module, goarches } of mergeDeps(slices)) {
        const c = moduleComponent(module, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library);
        if (universal && goarches.length < slices.length)
            c.properties.add(prop('go:slices', goarches.join(',')));
        bom.components.add(c);
        deps.add(c);
        if (!refs.has(module.path))
            refs.set(module.path, c.bomRef);
    }
    const dependsOn = (component, paths) => {
        for (const p of paths) {
            const ref = refs.get(p);
            if (ref)
                component.dependencies.add(ref);
        }
    };
    const requires = go.main ? subject.requires : undefined;
    if (!requires || !go.main)
        dependsOn(main, refs.keys());
    else {
        dependsOn(main, requires.get(go.main.path) ?? []);
        for (const c of deps)
            dependsOn(c, requires.get(c.name) ?? []);
    }
    return bom;
}
/** Whether text is a CycloneDX JSON document (an SBOM an earlier run wrote may be replaced). Pure. */
function isCycloneDxText(text) {
    try {
        return JSON.parse(text).bomFormat === 'CycloneDX';
    }
    catch {
        return false;
    }
}
/** The SBOM as CycloneDX 1.6 JSON, lists sorted so equal inputs give equal bytes. */
function serializeSbom(bom) {
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot6));
    return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}
const SBOM_SUFFIX = '.cdx.json';


/***/ })

};
