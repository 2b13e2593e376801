#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(471)
const cmp = __nccwpck_require__(646)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(379)
const debug = __nccwpck_require__(159)
const SemVer = __nccwpck_require__(163)
const trimComparatorWhitespace = __nccwpck_require__(737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(101)
const { safeRe: re, t } = __nccwpck_require__(471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gt = __nccwpck_require__(599)
const gte = __nccwpck_require__(236)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = __nccwpck_require__(353)
const { safeRe: re, t } = __nccwpck_require__(471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 82:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 491:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 11:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 88:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(471)
const constants = __nccwpck_require__(101)
const SemVer = __nccwpck_require__(163)
const identifiers = __nccwpck_require__(348)
const parse = __nccwpck_require__(353)
const valid = __nccwpck_require__(780)
const clean = __nccwpck_require__(799)
const inc = __nccwpck_require__(338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(511)
const minor = __nccwpck_require__(603)
const patch = __nccwpck_require__(756)
const prerelease = __nccwpck_require__(714)
const compare = __nccwpck_require__(469)
const rcompare = __nccwpck_require__(173)
const compareLoose = __nccwpck_require__(874)
const compareBuild = __nccwpck_require__(648)
const sort = __nccwpck_require__(872)
const rsort = __nccwpck_require__(192)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const eq = __nccwpck_require__(82)
const neq = __nccwpck_require__(974)
const gte = __nccwpck_require__(236)
const lte = __nccwpck_require__(717)
const cmp = __nccwpck_require__(646)
const coerce = __nccwpck_require__(385)
const truncate = __nccwpck_require__(114)
const Comparator = __nccwpck_require__(379)
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const toComparators = __nccwpck_require__(750)
const maxSatisfying = __nccwpck_require__(193)
const minSatisfying = __nccwpck_require__(595)
const minVersion = __nccwpck_require__(866)
const validRange = __nccwpck_require__(118)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(276)
const ltr = __nccwpck_require__(213)
const intersects = __nccwpck_require__(465)
const simplifyRange = __nccwpck_require__(28)
const subset = __nccwpck_require__(489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(101)
const debug = __nccwpck_require__(159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Range = __nccwpck_require__(782)
const gt = __nccwpck_require__(599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(163)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const Range = __nccwpck_require__(782)
const satisfies = __nccwpck_require__(11)
const gt = __nccwpck_require__(599)
const lt = __nccwpck_require__(491)
const lte = __nccwpck_require__(717)
const gte = __nccwpck_require__(236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 28:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const Comparator = __nccwpck_require__(379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(11)
const compare = __nccwpck_require__(469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 118:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/targets/table.ts
/**
 * The one target table: every GOOS/GOARCH pair Go's `go tool dist list` has
 * shipped (go1.19 .. go1.23 union) and the binary facts Go's linker writes for
 * each. Used by input validation (is this a Go target? which variant
 * variable?) and by the verifier (what header should this binary have?).
 */
// ELF e_machine values (elf.h).
const EM = {
    I386: 3,
    MIPS: 8,
    PPC64: 21,
    S390: 22,
    ARM: 40,
    X86_64: 62,
    AARCH64: 183,
    RISCV: 243,
    LOONGARCH: 258
};
const ARCH_LIST = [
    {
        goarch: '386',
        bits: 32,
        endian: 'little',
        elfMachine: EM.I386,
        machineName: 'Intel 80386',
        peMachine: 0x14c,
        variantVar: 'GO386',
        variantPattern: /^(sse2|softfloat)$/,
        variantAccepted: 'sse2, softfloat'
    },
    {
        goarch: 'amd64',
        bits: 64,
        endian: 'little',
        elfMachine: EM.X86_64,
        machineName: 'x86-64',
        machoCpu: 0x01000007,
        peMachine: 0x8664,
        variantVar: 'GOAMD64',
        variantPattern: /^v[1-4]$/,
        variantAccepted: 'v1, v2, v3, v4'
    },
    {
        goarch: 'arm',
        bits: 32,
        endian: 'little',
        elfMachine: EM.ARM,
        machineName: 'ARM',
        peMachine: 0x1c4,
        variantVar: 'GOARM',
        variantPattern: /^[5-7](,(softfloat|hardfloat))?$/,
        variantAccepted: '5, 6, 7, optionally with ,softfloat or ,hardfloat'
    },
    {
        goarch: 'arm64',
        bits: 64,
        endian: 'little',
        elfMachine: EM.AARCH64,
        machineName: 'AArch64',
        machoCpu: 0x0100000c,
        peMachine: 0xaa64,
        variantVar: 'GOARM64',
        variantPattern: /^v(8\.[0-9]|9\.[0-5])(,(lse|crypto))*$/,
        variantAccepted: 'v8.0 .. v8.9, v9.0 .. v9.5, optionally with ,lse and/or ,crypto'
    },
    {
        goarch: 'loong64',
        bits: 64,
        endian: 'little',
        elfMachine: EM.LOONGARCH,
        machineName: 'LoongArch'
    },
    {
        goarch: 'mips',
        bits: 32,
        endian: 'big',
        elfMachine: EM.MIPS,
        machineName: 'MIPS',
        variantVar: 'GOMIPS',
        variantPattern: /^(hardfloat|softfloat)$/,
        variantAccepted: 'hardfloat, softfloat'
    },
    {
        goarch: 'mipsle',
        bits: 32,
        endian: 'little',
        elfMachine: EM.MIPS,
        machineName: 'MIPS',
        variantVar: 'GOMIPS',
        variantPattern: /^(hardfloat|softfloat)$/,
        variantAccepted: 'hardfloat, softfloat'
    },
    {
        goarch: 'mips64',
        bits: 64,
        endian: 'big',
        elfMachine: EM.MIPS,
        machineName: 'MIPS64',
        variantVar: 'GOMIPS64',
        variantPattern: /^(hardfloat|softfloat)$/,
        variantAccepted: 'hardfloat, softfloat'
    },
    {
        goarch: 'mips64le',
        bits: 64,
        endian: 'little',
        elfMachine: EM.MIPS,
        machineName: 'MIPS64',
        variantVar: 'GOMIPS64',
        variantPattern: /^(hardfloat|softfloat)$/,
        variantAccepted: 'hardfloat, softfloat'
    },
    {
        goarch: 'ppc64',
        bits: 64,
        endian: 'big',
        elfMachine: EM.PPC64,
        machineName: 'PowerPC64',
        variantVar: 'GOPPC64',
        variantPattern: /^power(8|9|10)$/,
        variantAccepted: 'power8, power9, power10'
    },
    {
        goarch: 'ppc64le',
        bits: 64,
        endian: 'little',
        elfMachine: EM.PPC64,
        machineName: 'PowerPC64',
        variantVar: 'GOPPC64',
        variantPattern: /^power(8|9|10)$/,
        variantAccepted: 'power8, power9, power10'
    },
    {
        goarch: 'riscv64',
        bits: 64,
        endian: 'little',
        elfMachine: EM.RISCV,
        machineName: 'RISC-V',
        variantVar: 'GORISCV64',
        variantPattern: /^rva2[023]u64$/,
        variantAccepted: 'rva20u64, rva22u64, rva23u64'
    },
    {
        goarch: 's390x',
        bits: 64,
        endian: 'big',
        elfMachine: EM.S390,
        machineName: 'IBM S/390',
        machoCpu: undefined
    },
    { goarch: 'wasm', bits: 32, endian: 'little', elfMachine: 0, machineName: 'WebAssembly' }
];
const OS_LIST = [
    { goos: 'aix', format: 'xcoff' },
    { goos: 'android', format: 'elf', elfOsabi: 0 },
    { goos: 'darwin', format: 'macho' },
    { goos: 'dragonfly', format: 'elf', elfOsabi: 0 },
    { goos: 'freebsd', format: 'elf', elfOsabi: 9 },
    { goos: 'illumos', format: 'elf', elfOsabi: 0 },
    { goos: 'ios', format: 'macho' },
    { goos: 'js', format: 'wasm' },
    { goos: 'linux', format: 'elf', elfOsabi: 0 },
    { goos: 'netbsd', format: 'elf', elfOsabi: 2 },
    { goos: 'openbsd', format: 'elf', elfOsabi: 12 },
    { goos: 'plan9', format: 'plan9' },
    { goos: 'solaris', format: 'elf', elfOsabi: 0 },
    { goos: 'wasip1', format: 'wasm' },
    { goos: 'windows', format: 'pe' }
];
/** Union of `go tool dist list` over the Go versions we support. */
const DIST_LIST = [
    'aix/ppc64',
    'android/386',
    'android/amd64',
    'android/arm',
    'android/arm64',
    'darwin/amd64',
    'darwin/arm64',
    'dragonfly/amd64',
    'freebsd/386',
    'freebsd/amd64',
    'freebsd/arm',
    'freebsd/arm64',
    'freebsd/riscv64',
    'illumos/amd64',
    'ios/amd64',
    'ios/arm64',
    'js/wasm',
    'linux/386',
    'linux/amd64',
    'linux/arm',
    'linux/arm64',
    'linux/loong64',
    'linux/mips',
    'linux/mips64',
    'linux/mips64le',
    'linux/mipsle',
    'linux/ppc64',
    'linux/ppc64le',
    'linux/riscv64',
    'linux/s390x',
    'netbsd/386',
    'netbsd/amd64',
    'netbsd/arm',
    'netbsd/arm64',
    'openbsd/386',
    'openbsd/amd64',
    'openbsd/arm',
    'openbsd/arm64',
    'openbsd/mips64',
    'openbsd/ppc64',
    'openbsd/riscv64',
    'plan9/386',
    'plan9/amd64',
    'plan9/arm',
    'solaris/amd64',
    'wasip1/wasm',
    'windows/386',
    'windows/amd64',
    'windows/arm',
    'windows/arm64'
];
const ARCHES = new Map(ARCH_LIST.map(a => [a.goarch, a]));
const OSES = new Map(OS_LIST.map(o => [o.goos, o]));
const PAIRS = new Set(DIST_LIST);
function archInfo(goarch) {
    return ARCHES.get(goarch);
}
function osInfo(goos) {
    return OSES.get(goos);
}
function isDistPair(goos, goarch) {
    return PAIRS.has(`${goos}/${goarch}`);
}
/** Everything a correct binary for goos/goarch looks like, or undefined if not a Go target. */
function targetFacts(goos, goarch) {
    const os = OSES.get(goos);
    const arch = ARCHES.get(goarch);
    if (!os || !arch || !isDistPair(goos, goarch))
        return undefined;
    return {
        goos,
        goarch,
        format: os.format,
        bits: arch.bits,
        endian: arch.endian,
        elfMachine: os.format === 'elf' ? arch.elfMachine : undefined,
        elfOsabi: os.elfOsabi,
        machoCpu: os.format === 'macho' ? arch.machoCpu : undefined,
        peMachine: os.format === 'pe' ? arch.peMachine : undefined,
        machineName: arch.machineName
    };
}
// ---- Reverse lookups for the verifier: header facts -> the Go names users know. ----
/** GOARCH values whose ELF header looks like this (mips/mipsle share e_machine; endianness splits them). */
function goarchForElf(machine, bits, endian) {
    return ARCH_LIST.find(a => a.elfMachine === machine && a.bits === bits && a.endian === endian && a.goarch !== 'wasm')?.goarch;
}
function goarchForMachoCpu(cpu) {
    return ARCH_LIST.find(a => a.machoCpu === cpu)?.goarch;
}
function goarchForPeMachine(machine) {
    return ARCH_LIST.find(a => a.peMachine === machine)?.goarch;
}
/** The GOOS an ELF OS/ABI byte says; 0 (System V) is what Go writes for linux and others, so it reads as linux. */
function goosForElfOsabi(osabi) {
    if (osabi === 0)
        return 'linux';
    return OS_LIST.find(o => o.format === 'elf' && o.elfOsabi === osabi)?.goos;
}
/** Names of ELF OS/ABI values, as readelf prints them. */
const OSABI_NAMES = {
    0: 'UNIX - System V',
    1: 'HP-UX',
    2: 'NetBSD',
    3: 'Linux (GNU)',
    6: 'Solaris',
    9: 'FreeBSD',
    12: 'OpenBSD'
};
/** Human name of an ELF e_machine, from the table or a few common others. */
function elfMachineName(machine) {
    const known = ARCH_LIST.find(a => a.elfMachine === machine && a.goarch !== 'wasm');
    if (known)
        return known.machineName;
    const others = { 2: 'SPARC', 20: 'PowerPC', 43: 'SPARC V9', 50: 'IA-64' };
    return others[machine] ?? `machine ${machine}`;
}
/** GOOS targets whose binaries always have an ELF interpreter (they link libc dynamically). */
const ALWAYS_DYNAMIC_GOOS = new Set(['openbsd', 'solaris', 'illumos']);

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/verify/reader.ts
/**
 * Bounded positional reads. Parsers never see the whole file: they ask for
 * (offset, length) ranges, and every range is checked against the file size
 * before any I/O, so a lying header becomes a FormatError, not a huge read.
 */

/** The file is not a well-formed binary of the format it claims. */
class FormatError extends Error {
    name = 'FormatError';
}
/** The file could not be opened or read at all (missing, directory, permission). */
class ReadError extends Error {
    name = 'ReadError';
}
/** Largest single read a parser may ask for; real headers and build info are far smaller. */
const MAX_READ = 4 * 1024 * 1024;
class reader_Reader {
    source;
    base;
    size;
    parent;
    /** Total bytes fetched from the source: tests use it to prove large files are not slurped. */
    bytesRead = 0;
    reads = 0;
    constructor(source, 
    /** Offset of this view inside the source (a slice of a fat Mach-O). */
    base = 0, size = source.size - base, parent) {
        this.source = source;
        this.base = base;
        this.size = size;
        this.parent = parent;
    }
    /** A view of [base, base+size) of this reader, sharing the byte counter. */
    slice(offset, size, what) {
        this.check(offset, size, what);
        return new reader_Reader(this.source, this.base + offset, size, this.root());
    }
    root() {
        return this.parent ?? this;
    }
    check(offset, length, what) {
        if (!Number.isSafeInteger(offset) ||
            !Number.isSafeInteger(length) ||
            offset < 0 ||
            length < 0) {
            throw new FormatError(`${what}: invalid offset ${offset} / size ${length}`);
        }
        if (offset > this.size || length > this.size - offset) {
            throw new FormatError(`${what} at offset ${offset} (${length} bytes) runs past the end of the file (${this.size} bytes)`);
        }
    }
    /** Exactly `length` bytes at `offset`, or a FormatError naming `what`. */
    async bytes(offset, length, what) {
        this.check(offset, length, what);
        if (length > MAX_READ)
            throw new FormatError(`${what} is implausibly large (${length} bytes)`);
        // Unsafe is fine: every byte is overwritten below or the read throws.
        const buf = Buffer.allocUnsafe(length);
        if (length === 0)
            return buf;
        let done = 0;
        while (done < length) {
            const n = await this.source.readInto(buf.subarray(done), this.base + offset + done);
            if (n <= 0)
                throw new FormatError(`${what}: file ended early (it changed while being read?)`);
            done += n;
        }
        const root = this.root();
        root.bytesRead += length;
        root.reads += 1;
        return buf;
    }
    /** Up to `length` bytes at `offset`, clipped at the end of the file. */
    async upTo(offset, length, what) {
        if (offset >= this.size)
            return Buffer.alloc(0);
        return this.bytes(offset, Math.min(length, this.size - offset), what);
    }
}
/**
 * Synchronous positional reads on a file descriptor: the reads are a few KiB
 * from the page cache, where a thread-pool round trip per read would cost
 * more than the read itself (see bench/verify.mjs).
 */
class FileSource {
    fd;
    size;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    async readInto(buf, position) {
        return (0,external_node_fs_namespaceObject.readSync)(this.fd, buf, 0, buf.length, position);
    }
    async close() {
        (0,external_node_fs_namespaceObject.closeSync)(this.fd);
    }
}
/** An in-memory source, for callers that already hold the bytes (fuzzing, tests). */
class reader_BufferSource {
    data;
    constructor(data) {
        this.data = data;
    }
    get size() {
        return this.data.length;
    }
    async readInto(buf, position) {
        const n = Math.max(0, Math.min(buf.length, this.data.length - position));
        buf.set(this.data.subarray(position, position + n));
        return n;
    }
    async close() { }
}
/** Opens a regular file for positional reads; ReadError for anything else. */
async function reader_openFile(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on regular files).
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        throw new ReadError(describeIoError(path, err));
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (st.isDirectory())
            throw new ReadError(`${path}: is a directory`);
        if (!st.isFile())
            throw new ReadError(`${path}: not a regular file`);
        return new FileSource(fd, st.size);
    }
    catch (err) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw err instanceof ReadError ? err : new ReadError(describeIoError(path, err));
    }
}
function describeIoError(path, err) {
    const code = err?.code;
    switch (code) {
        case 'ENOENT':
            return `${path}: no such file (or a dangling symlink)`;
        case 'EISDIR':
            return `${path}: is a directory`;
        case 'EACCES':
        case 'EPERM':
            return `${path}: permission denied`;
        case 'ELOOP':
            return `${path}: too many levels of symbolic links`;
        default:
            return `${path}: cannot read (${code ?? err?.message ?? 'unknown error'})`;
    }
}

;// CONCATENATED MODULE: ./src/verify/binary.ts
/**
 * Binary-reading helpers shared by the ELF, Mach-O and PE parsers: endian-aware
 * integer and string access to a buffer the Reader read (out-of-range access is
 * a FormatError, never a RangeError), the truncation test, the DWARF section
 * naming rule, and the address-to-offset map build info decoding uses.
 */

class Fields {
    buf;
    little;
    what;
    constructor(buf, little, what) {
        this.buf = buf;
        this.little = little;
        this.what = what;
    }
    need(off, n) {
        if (off < 0 || off + n > this.buf.length) {
            throw new FormatError(`${this.what}: field at ${off} (${n} bytes) is outside the ${this.buf.length}-byte record`);
        }
    }
    u8(off) {
        this.need(off, 1);
        return this.buf[off];
    }
    u16(off) {
        this.need(off, 2);
        return this.little ? this.buf.readUInt16LE(off) : this.buf.readUInt16BE(off);
    }
    u32(off) {
        this.need(off, 4);
        return this.little ? this.buf.readUInt32LE(off) : this.buf.readUInt32BE(off);
    }
    /** A 64-bit value as a number (two 32-bit reads: no BigInt); above 2^53 it loses precision, which bounds checks then reject. */
    u64(off) {
        this.need(off, 8);
        const b = this.buf;
        const hi = this.little ? b.readUInt32LE(off + 4) : b.readUInt32BE(off);
        const lo = this.little ? b.readUInt32LE(off) : b.readUInt32BE(off + 4);
        return hi * 0x100000000 + lo;
    }
    /** 4- or 8-byte word, as the file's class says. */
    word(off, size) {
        return size === 8 ? this.u64(off) : this.u32(off);
    }
}
/** A NUL-terminated string starting at `off` inside `buf`; `null` if it has no terminator within `max`. */
function cString(buf, off, max = 4096) {
    if (off < 0 || off >= buf.length)
        return null;
    const end = buf.indexOf(0, off);
    if (end < 0 || end - off > max)
        return null;
    return buf.toString('utf8', off, end);
}
/** A fixed-width, NUL-padded name (Mach-O segname/sectname, PE short section names). */
function fixedString(buf, off, len) {
    const raw = buf.subarray(off, off + len);
    const nul = raw.indexOf(0);
    return raw.toString('latin1', 0, nul < 0 ? raw.length : nul);
}
/** The first region that ends past the end of the file, described; null if all fit. */
function beyondEnd(size, regions) {
    const bad = regions.find(x => x.end > size);
    return bad
        ? `${bad.what} ends at byte ${bad.end}, past the end of the file (${size} bytes)`
        : null;
}
function isDwarfName(name) {
    // ELF/PE .debug_* and (compressed, Go <= 1.19 and PE) .zdebug_*; Mach-O __debug_* / __zdebug_*.
    return /^(\.|__)z?debug_/.test(name);
}

;// CONCATENATED MODULE: ./src/verify/elf.ts
/**
 * ELF facts (32/64-bit, either byte order): header, program headers with the
 * interpreter and DT_NEEDED names, section headers with names, notes. Modelled
 * on Go's debug/elf structure; reads only headers and the few small tables
 * it needs. No policy here: checks.ts decides what is wrong.
 */


const PT = { LOAD: 1, DYNAMIC: 2, INTERP: 3, NOTE: 4 };
const PF = { X: 1, W: 2, R: 4 };
const SHT_SYMTAB = 2;
const SHT_NOTE = 7;
const SHT_NOBITS = 8;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
// Caps on counts and sizes read from the file (real Go binaries are far below).
const MAX_PHNUM = 4096;
// Linked executables have tens of sections; 16384 bounds the work on a lying header (each is an object).
const MAX_SHNUM = 16384;
const MAX_DYN = 8192;
const MAX_NOTES_BYTES = 64 * 1024;
const MAX_STRTAB = 1024 * 1024;
/** e_type values (ET_*). */
const ET = { NONE: 0, REL: 1, EXEC: 2, DYN: 3, CORE: 4 };
/** Each e_type once: the report's short name and the words a finding uses. */
const ELF_TYPES = {
    [ET.NONE]: { name: 'none', what: 'none' },
    [ET.REL]: { name: 'rel', what: 'relocatable object' },
    [ET.EXEC]: { name: 'exec', what: 'executable' },
    [ET.DYN]: { name: 'dyn', what: 'shared object' },
    [ET.CORE]: { name: 'core', what: 'core dump' }
};
function isElf(head) {
    return (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46);
}
async function parseElf(r) {
    const ident = await r.bytes(0, 16, 'ELF identification');
    const cls = ident[4];
    const data = ident[5];
    if (cls !== 1 && cls !== 2)
        throw new FormatError(`ELF class byte is ${cls}, not 1 (32-bit) or 2 (64-bit)`);
    if (data !== 1 && data !== 2)
        throw new FormatError(`ELF data byte is ${data}, not 1 (little) or 2 (big endian)`);
    const bits = cls === 2 ? 64 : 32;
    const little = data === 1;
    const w = bits === 64 ? 8 : 4;
    const ehsize = bits === 64 ? 64 : 52;
    const h = new Fields(await r.bytes(0, ehsize, 'ELF header'), little, 'ELF header');
    const type = h.u16(16);
    const machine = h.u16(18);
    const version = h.u32(20);
    const entry = h.word(24, w);
    const phoff = h.word(24 + w, w);
    const shoff = h.word(24 + 2 * w, w);
    const flags = h.u32(24 + 3 * w);
    const phentsize = h.u16(28 + 3 * w + 2);
    let phnum = h.u16(28 + 3 * w + 4);
    const shentsize = h.u16(28 + 3 * w + 6);
    let shnum = h.u16(28 + 3 * w + 8);
    let shstrndx = h.u16(28 + 3 * w + 10);
    const facts = {
        bits,
        endian: little ? 'little' : 'big',
        osabi: ident[7],
        abiVersion: ident[8],
        type,
        machine,
        version,
        flags,
        entry,
        programs: [],
        sections: [],
        interpreter: null,
        hasDynamic: false,
        needed: [],
        goBuildId: null,
        gnuBuildId: null,
        warnings: [],
        truncated: null
    };
    const shdrSize = bits === 64 ? 64 : 40;
    const phdrSize = bits === 64 ? 56 : 32;
    // Extended numbering (Go's debug/elf): counts that do not fit live in section 0.
    if (shoff !== 0 && (shnum === 0 || shstrndx === 0xffff || phnum === 0xffff)) {
        if (shentsize < shdrSize)
            throw new FormatError(`ELF section header size ${shentsize} is too small`);
        const s0 = new Fields(await r.bytes(shoff, shdrSize, 'ELF section header 0'), little, 'section 0');
        if (shnum === 0)
            shnum = s0.word(bits === 64 ? 32 : 20, w);
        if (shstrndx === 0xffff)
            shstrndx = s0.u32(bits === 64 ? 40 : 24);
        if (phnum === 0xffff)
            phnum = s0.u32(bits === 64 ? 44 : 28);
    }
    if (phnum > 0) {
        if (phnum > MAX_PHNUM)
            throw new FormatError(`ELF header claims ${phnum} program headers`);
        if (phentsize < phdrSize)
            throw new FormatError(`ELF program header size ${phentsize} is too small`);
        const t = new Fields(await r.bytes(phoff, phnum * phentsize, 'ELF program header table'), little, 'program headers');
        for (let i = 0, o = 0; i < phnum; i++, o += phentsize) {
            facts.programs.push(bits === 64
                ? {
                    type: t.u32(o),
                    flags: t.u32(o + 4),
                    offset: t.u64(o + 8),
                    vaddr: t.u64(o + 16),
                    filesz: t.u64(o + 32),
                    memsz: t.u64(o + 40)
                }
                : {
                    type: t.u32(o),
                    offset: t.u32(o + 4),
                    vaddr: t.u32(o + 8),
                    filesz: t.u32(o + 16),
                    memsz: t.u32(o + 20),
                    flags: t.u32(o + 24)
                });
        }
    }
    if (shoff !== 0 && shnum > 0) {
        if (shnum > MAX_SHNUM)
            throw new FormatError(`ELF header claims ${shnum} sections (more than ${MAX_SHNUM}: not a plausible executable)`);
        if (shentsize < shdrSize)
            throw new FormatError(`ELF section header size ${shentsize} is too small`);
        const t = new Fields(await r.bytes(shoff, shnum * shentsize, 'ELF section header table'), little, 'section headers');
        const raw = [];
        const nameOffs = [];
        for (let i = 0, o = 0; i < shnum; i++, o += shentsize) {
            raw.push(bits === 64
                ? {
                    name: '',
                    type: t.u32(o + 4),
                    flags: t.u64(o + 8),
                    addr: t.u64(o + 16),
                    offset: t.u64(o + 24),
                    size: t.u64(o + 32),
                    link: t.u32(o + 40)
                }
                : {
                    name: '',
                    type: t.u32(o + 4),
                    flags: t.u32(o + 8),
                    addr: t.u32(o + 12),
                    offset: t.u32(o + 16),
                    size: t.u32(o + 20),
                    link: t.u32(o + 24)
                });
            nameOffs.push(t.u32(o));
        }
        if (shstrndx !== 0) {
            if (shstrndx >= shnum)
                throw new FormatError(`ELF section name table index ${shstrndx} is not below the section count ${shnum}`);
            const strtab = raw[shstrndx];
            if (strtab.size > MAX_STRTAB)
                throw new FormatError(`ELF section name table is implausibly large (${strtab.size} bytes)`);
            const names = await r.bytes(strtab.offset, strtab.size, 'ELF section name table');
            for (let i = 0; i < raw.length; i++) {
                const name = cString(names, nameOffs[i], 1024);
                if (name === null)
                    throw new FormatError(`ELF section ${i} has a name offset (${nameOffs[i]}) outside the section name table`);
                raw[i].name = name;
            }
        }
        facts.sections = raw;
    }
    // Cheap scan first; words only for the one region that does not fit.
    const p = facts.programs.findIndex(x => x.offset + x.filesz > r.size);
    const sec = facts.sections.find(x => x.type !== SHT_NOBITS && x.offset + x.size > r.size);
    facts.truncated =
        p >= 0
            ? beyondEnd(r.size, [
                { what: `program header ${p}`, end: facts.programs[p].offset + facts.programs[p].filesz }
            ])
            : sec
                ? beyondEnd(r.size, [
                    { what: `section ${sec.name || '(unnamed)'}`, end: sec.offset + sec.size }
                ])
                : null;
    const interp = facts.programs.find(p => p.type === PT.INTERP);
    if (interp) {
        const bytes = await r.bytes(interp.offset, Math.min(interp.filesz, 4096), 'ELF interpreter (PT_INTERP)');
        const nul = bytes.indexOf(0);
        facts.interpreter = bytes.toString('utf8', 0, nul < 0 ? bytes.length : nul);
    }
    const dyn = facts.programs.find(p => p.type === PT.DYNAMIC);
    if (dyn) {
        facts.hasDynamic = true;
        facts.needed = await readNeeded(r, facts, dyn, little, w);
    }
    await readNotes(r, facts, little);
    return facts;
}
/** Segments that map virtual addresses to file bytes (for pointer-format build info). */
function elfSegments(f) {
    return f.programs
        .filter(p => p.type === PT.LOAD)
        .map(p => ({ vaddr: p.vaddr, offset: p.offset, size: p.filesz }));
}
async function readNeeded(r, f, dyn, little, w) {
    const entSize = 2 * w;
    const count = Math.min(Math.floor(dyn.filesz / entSize), MAX_DYN);
    const table = new Fields(await r.bytes(dyn.offset, count * entSize, 'ELF dynamic section'), little, 'dynamic');
    const neededOffs = [];
    let strtabAddr = null;
    let strsz = null;
    for (let i = 0; i < count; i++) {
        const tag = table.word(i * entSize, w);
        const val = table.word(i * entSize + w, w);
        if (tag === DT_NULL)
            break;
        if (tag === DT_NEEDED)
            neededOffs.push(val);
        else if (tag === DT_STRTAB)
            strtabAddr = val;
        else if (tag === DT_STRSZ)
            strsz = val;
    }
    if (neededOffs.length === 0)
        return [];
    // Prefer the section the dynamic section links to (as readelf does), else map DT_STRTAB.
    let strOff = null;
    let strSize = null;
    const dynSec = f.sections.find(s => s.offset === dyn.offset && s.type !== SHT_NOBITS);
    const linked = dynSec ? f.sections[dynSec.link] : undefined;
    if (linked && linked.type !== SHT_NOBITS) {
        strOff = linked.offset;
        strSize = linked.size;
    }
    else if (strtabAddr !== null) {
        const seg = elfSegments(f).find(s => strtabAddr >= s.vaddr && strtabAddr < s.vaddr + s.size);
        if (seg) {
            strOff = seg.offset + (strtabAddr - seg.vaddr);
            strSize = strsz ?? seg.size - (strtabAddr - seg.vaddr);
        }
    }
    if (strOff === null || strSize === null) {
        f.warnings.push('dynamic section has DT_NEEDED entries but no string table');
        return neededOffs.map(o => `<unknown:${o}>`);
    }
    const strs = await r.bytes(strOff, Math.min(strSize, MAX_STRTAB, Math.max(0, r.size - strOff)), 'ELF dynamic string table');
    return neededOffs.map(o => {
        const s = cString(strs, o);
        if (s === null) {
            f.warnings.push(`DT_NEEDED name offset ${o} is outside the dynamic string table`);
            return `<invalid:${o}>`;
        }
        return s;
    });
}
/** Go build ID and GNU build ID from SHT_NOTE sections (or PT_NOTE segments without sections). */
async function readNotes(r, f, little) {
    const regions = f.sections.length > 0
        ? f.sections.filter(s => s.type === SHT_NOTE).map(s => ({ offset: s.offset, size: s.size }))
        : f.programs.filter(p => p.type === PT.NOTE).map(p => ({ offset: p.offset, size: p.filesz }));
    for (const reg of regions.slice(0, 16)) {
        const buf = await r.bytes(reg.offset, Math.min(reg.size, MAX_NOTES_BYTES), 'ELF note');
        const n = new Fields(buf, little, 'note');
        let off = 0;
        while (off + 12 <= buf.length) {
            const namesz = n.u32(off);
            const descsz = n.u32(off + 4);
            const type = n.u32(off + 8);
            const nameStart = off + 12;
            const descStart = nameStart + align4(namesz);
            const next = descStart + align4(descsz);
            if (next > buf.length || next <= off)
                break;
            const name = buf.toString('latin1', nameStart, nameStart + namesz).replace(/\0+$/, '');
            const desc = buf.subarray(descStart, descStart + descsz);
            if (name === 'Go' && type === 4)
                f.goBuildId = desc.toString('latin1');
            if (name === 'GNU' && type === 3)
                f.gnuBuildId = desc.toString('hex');
            off = next;
        }
    }
}
function align4(n) {
    return Math.ceil(n / 4) * 4;
}
function hasSymtab(f) {
    return f.sections.some(s => s.type === SHT_SYMTAB || s.name === '.symtab');
}

;// CONCATENATED MODULE: ./src/verify/macho.ts
/**
 * Mach-O facts: thin 32/64-bit (either byte order) and fat/universal files
 * (every arch). cputype, filetype, flags, segments and sections, dylibs,
 * symbol table presence, DWARF, platform. Structure as Go's debug/macho.
 */


const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const LC_SEGMENT = 0x1;
const LC_SYMTAB = 0x2;
const LC_DYSYMTAB = 0xb;
const LC_LOAD_DYLIB = 0xc;
const LC_ID_DYLIB = 0xd;
const LC_LOAD_WEAK_DYLIB = 0x80000018;
const LC_REEXPORT_DYLIB = 0x8000001f;
const LC_LAZY_LOAD_DYLIB = 0x20;
const LC_LOAD_UPWARD_DYLIB = 0x80000023;
const LC_SEGMENT_64 = 0x19;
const LC_UUID = 0x1b;
const LC_VERSION_MIN_MACOSX = 0x24;
const LC_VERSION_MIN_IPHONEOS = 0x25;
const LC_BUILD_VERSION = 0x32;
const MAX_FAT_ARCHES = 64;
const MAX_NCMDS = 4096;
const MAX_SIZEOFCMDS = 1024 * 1024;
const MAX_NSECTS = 1024;
const MACHO_FILETYPES = {
    1: 'object',
    2: 'execute',
    3: 'fvmlib',
    4: 'core',
    5: 'preload',
    6: 'dylib',
    7: 'dylinker',
    8: 'bundle',
    9: 'dylib_stub',
    10: 'dsym',
    11: 'kext_bundle'
};
const MACHO_CPUS = {
    7: 'i386',
    0x01000007: 'x86_64',
    12: 'arm',
    0x0100000c: 'arm64',
    0x0200000c: 'arm64_32',
    18: 'ppc',
    0x01000012: 'ppc64'
};
function machoKind(head) {
    if (head.length < 8)
        return null;
    const le = head.readUInt32LE(0);
    if (le === MH_MAGIC || le === MH_MAGIC_64 || le === MH_CIGAM || le === MH_CIGAM_64)
        return 'thin';
    const be = head.readUInt32BE(0);
    // Java class files share 0xcafebabe; their next word (version >= 45) is far above any arch count.
    if ((be === FAT_MAGIC || be === FAT_MAGIC_64) &&
        head.readUInt32BE(4) > 0 &&
        head.readUInt32BE(4) < 45)
        return 'fat';
    return null;
}
async function parseFat(r) {
    const h = new Fields(await r.bytes(0, 8, 'fat header'), false, 'fat header');
    const is64 = h.u32(0) === FAT_MAGIC_64;
    const n = h.u32(4);
    if (n > MAX_FAT_ARCHES)
        throw new FormatError(`fat Mach-O claims ${n} architectures`);
    const entSize = is64 ? 32 : 20;
    const t = new Fields(await r.bytes(8, n * entSize, 'fat arch table'), false, 'fat arch table');
    const arches = [];
    for (let i = 0; i < n; i++) {
        const o = i * entSize;
        arches.push({
            cpu: t.u32(o),
            cpuSubtype: t.u32(o + 4),
            offset: is64 ? t.u64(o + 8) : t.u32(o + 8),
            size: is64 ? t.u64(o + 16) : t.u32(o + 12)
        });
    }
    // Every arch must lie inside the file, not just the one we will inspect.
    arches.forEach((a, i) => r.check(a.offset, a.size, `fat Mach-O arch ${i}`));
    return arches;
}
async function parseMachO(r) {
    const magicBuf = await r.bytes(0, 4, 'Mach-O magic');
    const le = magicBuf.readUInt32LE(0);
    const little = le === MH_MAGIC || le === MH_MAGIC_64;
    const bits = le === MH_MAGIC_64 || le === MH_CIGAM_64 ? 64 : 32;
    if (!little && le !== MH_CIGAM && le !== MH_CIGAM_64)
        throw new FormatError('not a Mach-O file (bad magic)');
    const hsize = bits === 64 ? 32 : 28;
    const h = new Fields(await r.bytes(0, hsize, 'Mach-O header'), little, 'Mach-O header');
    const facts = {
        bits,
        endian: little ? 'little' : 'big',
        cpu: h.u32(4),
        cpuSubtype: h.u32(8),
        filetype: h.u32(12),
        flags: h.u32(24),
        segments: [],
        sections: [],
        dylibs: [],
        nsyms: 0,
        nundefsym: 0,
        uuid: null,
        platform: null,
        truncated: null
    };
    const ncmds = h.u32(16);
    const sizeofcmds = h.u32(20);
    if (ncmds > MAX_NCMDS)
        throw new FormatError(`Mach-O header claims ${ncmds} load commands`);
    if (sizeofcmds > MAX_SIZEOFCMDS)
        throw new FormatError(`Mach-O load commands claim ${sizeofcmds} bytes`);
    const cmds = await r.bytes(hsize, sizeofcmds, 'Mach-O load commands');
    const c = new Fields(cmds, little, 'Mach-O load commands');
    let off = 0;
    for (let i = 0; i < ncmds; i++) {
        if (off + 8 > cmds.length)
            throw new FormatError(`Mach-O load command ${i} is outside sizeofcmds`);
        const cmd = c.u32(off);
        const size = c.u32(off + 4);
        if (size < 8 || off + size > cmds.length)
            throw new FormatError(`Mach-O load command ${i} has bad size ${size}`);
        const body = new Fields(cmds.subarray(off, off + size), little, `load command ${i}`);
        switch (cmd) {
            case LC_SEGMENT:
            case LC_SEGMENT_64:
                readSegment(facts, body, cmd === LC_SEGMENT_64);
                break;
            case LC_SYMTAB:
                facts.nsyms = body.u32(12);
                break;
            case LC_DYSYMTAB:
                facts.nundefsym = body.u32(28);
                break;
            case LC_LOAD_DYLIB:
            case LC_LOAD_WEAK_DYLIB:
            case LC_REEXPORT_DYLIB:
            case LC_LAZY_LOAD_DYLIB:
            case LC_LOAD_UPWARD_DYLIB: {
                const name = cString(body.buf, body.u32(8), 4096);
                facts.dylibs.push(name ?? '<invalid>');
                break;
            }
            case LC_UUID:
                facts.uuid = body.buf.subarray(8, 24).toString('hex');
                break;
            case LC_BUILD_VERSION:
                facts.platform = body.u32(8);
                break;
            case LC_VERSION_MIN_MACOSX:
                facts.platform ??= 1;
                break;
            case LC_VERSION_MIN_IPHONEOS:
                facts.platform ??= 2;
                break;
            case LC_ID_DYLIB:
            default:
                break;
        }
        off += size;
    }
    facts.truncated = beyondEnd(r.size, facts.segments.map(s => ({
        what: `segment ${s.name || '(unnamed)'}`,
        end: s.fileoff + s.filesize
    })));
    return facts;
}
function readSegment(f, b, is64) {
    const w = is64 ? 8 : 4;
    const seg = {
        name: fixedString(b.buf, 8, 16),
        vmaddr: b.word(24, w),
        vmsize: b.word(24 + w, w),
        fileoff: b.word(24 + 2 * w, w),
        filesize: b.word(24 + 3 * w, w)
    };
    f.segments.push(seg);
    const nsectsOff = 24 + 4 * w + 8;
    const nsects = b.u32(nsectsOff);
    if (nsects > MAX_NSECTS)
        throw new FormatError(`Mach-O segment ${seg.name} claims ${nsects} sections`);
    const secSize = is64 ? 80 : 68;
    let off = nsectsOff + 8;
    for (let i = 0; i < nsects; i++, off += secSize) {
        if (off + secSize > b.buf.length)
            throw new FormatError(`Mach-O segment ${seg.name}: section ${i} is outside the command`);
        f.sections.push({
            name: fixedString(b.buf, off, 16),
            segment: fixedString(b.buf, off + 16, 16),
            addr: b.word(off + 32, w),
            size: b.word(off + 32 + w, w),
            offset: b.u32(off + 32 + 2 * w)
        });
    }
}
function machoSegments(f) {
    return f.segments.map(s => ({
        vaddr: s.vmaddr,
        offset: s.fileoff,
        size: Math.min(s.filesize, s.vmsize)
    }));
}
/** Symbols beyond the imports dyld needs: what -ldflags=-s removes. */
function machoOwnSymbols(f) {
    return Math.max(0, f.nsyms - f.nundefsym);
}
function machoHasDwarf(f) {
    return f.sections.some(s => s.segment === '__DWARF' || isDwarfName(s.name));
}

;// CONCATENATED MODULE: ./src/verify/pe.ts
/**
 * PE/COFF facts: machine, PE32/PE32+, subsystem, characteristics, sections
 * (long names resolved through the COFF string table), COFF symbols, and the
 * imported DLLs. Structure as Go's debug/pe.
 */


const MAX_SECTIONS = 4096;
const MAX_IMPORTS = 1024;
const pe_MAX_STRTAB = 1024 * 1024;
const IMAGE_FILE_EXECUTABLE_IMAGE = 0x2;
const IMAGE_FILE_DLL = 0x2000;
// Section characteristics, named as in Go's debug/pe.
const IMAGE_SCN_CNT_INITIALIZED_DATA = 0x40;
const IMAGE_SCN_ALIGN_32BYTES = 0x600000;
const IMAGE_SCN_MEM_READ = 0x40000000;
const IMAGE_SCN_MEM_WRITE = 0x80000000;
/**
 * Go's debug/buildinfo looks for build info in the first section that is
 * initialized, readable, writable data (alignment bits ignored): this one.
 */
function isPeDataSection(s) {
    const want = (IMAGE_SCN_CNT_INITIALIZED_DATA | IMAGE_SCN_MEM_READ | IMAGE_SCN_MEM_WRITE) >>> 0;
    return (s.virtualAddress !== 0 &&
        s.rawSize !== 0 &&
        (s.characteristics & ~IMAGE_SCN_ALIGN_32BYTES) >>> 0 === want);
}
const PE_MACHINES = {
    0x14c: 'Intel 386',
    0x8664: 'x86-64',
    0x1c0: 'ARM',
    0x1c4: 'ARMv7 Thumb-2',
    0xaa64: 'AArch64',
    0x5064: 'RISC-V 64',
    0x6264: 'LoongArch64'
};
const PE_SUBSYSTEMS = {
    1: 'native',
    2: 'windows-gui',
    3: 'windows-cui',
    9: 'windows-ce-gui',
    10: 'efi-application'
};
function isPe(head) {
    return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a; // "MZ"
}
async function parsePe(r) {
    const dos = new Fields(await r.bytes(0, 64, 'DOS header'), true, 'DOS header');
    const peOff = dos.u32(0x3c);
    const sig = await r.bytes(peOff, 4, 'PE signature');
    if (sig.readUInt32BE(0) !== 0x50450000)
        throw new FormatError('MZ file without a PE signature (not a PE executable)');
    const coff = new Fields(await r.bytes(peOff + 4, 20, 'COFF header'), true, 'COFF header');
    const nsects = coff.u16(2);
    const symOff = coff.u32(8);
    const nsyms = coff.u32(12);
    const optSize = coff.u16(16);
    if (nsects > MAX_SECTIONS)
        throw new FormatError(`PE header claims ${nsects} sections`);
    const facts = {
        machine: coff.u16(0),
        characteristics: coff.u16(18),
        magic: 0,
        imageBase: 0,
        subsystem: 0,
        sections: [],
        nsyms: symOff === 0 ? 0 : nsyms,
        dlls: [],
        warnings: [],
        truncated: null
    };
    let importRva = 0;
    let importSize = 0;
    const optOff = peOff + 24;
    if (optSize >= 2) {
        const opt = new Fields(await r.bytes(optOff, optSize, 'PE optional header'), true, 'optional header');
        facts.magic = opt.u16(0);
        if (facts.magic !== 0x10b && facts.magic !== 0x20b)
            throw new FormatError(`PE optional header magic 0x${facts.magic.toString(16)} is neither PE32 nor PE32+`);
        const plus = facts.magic === 0x20b;
        facts.imageBase = plus ? opt.u64(24) : opt.u32(28);
        facts.subsystem = opt.u16(68);
        const ndirs = opt.u32(plus ? 108 : 92);
        const dirs = plus ? 112 : 96;
        if (ndirs > 1 && dirs + 16 <= optSize) {
            importRva = opt.u32(dirs + 8);
            importSize = opt.u32(dirs + 12);
        }
    }
    // Long section names are "/<decimal offset>" into the COFF string table after the symbols.
    let strtab = null;
    const strtabOff = symOff + nsyms * 18;
    const table = await r.bytes(optOff + optSize, nsects * 40, 'PE section table');
    for (let i = 0; i < nsects; i++) {
        const s = new Fields(table.subarray(i * 40, i * 40 + 40), true, `section ${i}`);
        let name = fixedString(table, i * 40, 8);
        if (/^\/\d+$/.test(name)) {
            if (strtab === null && symOff !== 0) {
                const lenBuf = await r.bytes(strtabOff, 4, 'COFF string table');
                const len = lenBuf.readUInt32LE(0);
                if (len > pe_MAX_STRTAB)
                    throw new FormatError(`COFF string table claims ${len} bytes`);
                strtab = await r.bytes(strtabOff, Math.max(4, len), 'COFF string table');
            }
            const resolved = strtab ? cString(strtab, Number(name.slice(1)), 256) : null;
            if (resolved === null)
                throw new FormatError(`PE section ${i} name ${name} is outside the COFF string table`);
            name = resolved;
        }
        facts.sections.push({
            name,
            virtualSize: s.u32(8),
            virtualAddress: s.u32(12),
            rawSize: s.u32(16),
            rawOffset: s.u32(20),
            characteristics: s.u32(36)
        });
    }
    facts.truncated = beyondEnd(r.size, [
        ...facts.sections.map(s => ({
            what: `section ${s.name || '(unnamed)'}`,
            end: s.rawOffset + s.rawSize
        })),
        ...(symOff !== 0 ? [{ what: 'COFF symbol table', end: strtabOff }] : [])
    ]);
    if (importRva !== 0 && importSize !== 0)
        facts.dlls = await readImports(r, facts, importRva);
    return facts;
}
function rvaToOffset(f, rva) {
    for (const s of f.sections) {
        const size = Math.min(s.rawSize, s.virtualSize || s.rawSize);
        if (rva >= s.virtualAddress && rva < s.virtualAddress + size)
            return s.rawOffset + (rva - s.virtualAddress);
    }
    return null;
}
/** DLL names from the import directory (20-byte descriptors ending with a zero one). */
async function readImports(r, f, rva) {
    const off = rvaToOffset(f, rva);
    if (off === null) {
        f.warnings.push('import directory is not inside any section');
        return [];
    }
    const dlls = [];
    const table = await r.upTo(off, MAX_IMPORTS * 20, 'PE import directory');
    for (let i = 0; i + 20 <= table.length; i += 20) {
        const d = new Fields(table.subarray(i, i + 20), true, 'import descriptor');
        const nameRva = d.u32(12);
        if (nameRva === 0 && d.u32(0) === 0 && d.u32(16) === 0)
            break;
        const nameOff = rvaToOffset(f, nameRva);
        const name = nameOff === null ? null : cString(await r.upTo(nameOff, 256, 'PE import name'), 0, 255);
        if (name === null)
            f.warnings.push(`import descriptor ${i / 20} has a bad name address`);
        dlls.push(name ?? '<invalid>');
    }
    return dlls;
}
function peSegments(f) {
    return f.sections.map(s => ({
        vaddr: f.imageBase + s.virtualAddress,
        offset: s.rawOffset,
        size: Math.min(s.rawSize, s.virtualSize || s.rawSize)
    }));
}
function peHasDwarf(f) {
    return f.sections.some(s => isDwarfName(s.name));
}

;// CONCATENATED MODULE: ./src/verify/buildinfo.ts
/**
 * Go build info (what `go version -m` reads), per Go's debug/buildinfo:
 * a 16-byte aligned blob starting "\xff Go buildinf:", then either two
 * uvarint-prefixed strings (Go 1.18+, flag bit 1) or two pointers to Go
 * string headers (older Go), mapped to file offsets through the segments.
 */


const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_SIZE = 32;
const ALIGN = 16;
/** Go's own scan window over the data section (debug/buildinfo read 64 KiB before 1.22). */
const SCAN_BUDGET = 64 * 1024;
/** Longest version or modinfo string we accept (real ones are a few KiB). */
const MAX_STRING = 1024 * 1024;
/** Finds and decodes build info in `region`; null when there is no magic there. */
async function readBuildInfo(r, region, segments) {
    const size = Math.min(region.size, SCAN_BUDGET, Math.max(0, r.size - region.offset));
    if (size < HEADER_SIZE || region.offset < 0)
        return null;
    // The linker puts the blob at the start of the region, so read a small chunk first, then more.
    let data = Buffer.alloc(0);
    let at = -1;
    let from = 0;
    for (let chunk = 4096; at < 0 && data.length < size; chunk *= 4) {
        const more = await r.bytes(region.offset + data.length, Math.min(chunk, size - data.length), 'Go build info region');
        data = data.length ? Buffer.concat([data, more]) : more;
        // Native search, then Go's rule: only a 16-byte aligned match with a whole header counts.
        for (let i = data.indexOf(BUILDINFO_MAGIC, from); i >= 0; i = data.indexOf(BUILDINFO_MAGIC, from)) {
            if (i + HEADER_SIZE > data.length)
                break;
            if (i % ALIGN === 0) {
                at = i;
                break;
            }
            from = i + 1;
        }
        if (at < 0)
            from = Math.max(from, data.length - HEADER_SIZE + 1);
    }
    if (at < 0)
        return null;
    const offset = region.offset + at;
    const ptrSize = data[at + 14];
    const flags = data[at + 15];
    const bigEndian = (flags & 1) !== 0;
    if (ptrSize !== 4 && ptrSize !== 8)
        throw new FormatError(`Go build info has pointer size ${ptrSize}, not 4 or 8`);
    let version;
    let mod;
    let format;
    if (flags & 2) {
        format = 'inline';
        const [v, next] = await readVarString(r, offset + HEADER_SIZE, 'Go version string');
        const [m] = await readVarString(r, next, 'Go module info');
        version = v.toString('utf8');
        mod = m;
    }
    else {
        format = 'pointer';
        const f = new Fields(data.subarray(at, at + HEADER_SIZE), !bigEndian, 'Go build info header');
        version = (await readGoString(r, f.word(16, ptrSize), ptrSize, bigEndian, segments, 'Go version string')).toString('utf8');
        mod = await readGoString(r, f.word(16 + ptrSize, ptrSize), ptrSize, bigEndian, segments, 'Go module info');
    }
    if (version === '')
        throw new FormatError('Go build info has an empty Go version');
    // Modinfo is framed by 16-byte sentinels; the byte before the trailing one is '\n'.
    const modinfo = mod.length >= 33 && mod[mod.length - 17] === 0x0a
        ? mod.subarray(16, mod.length - 16).toString('utf8')
        : '';
    return { version, modinfo, format, ptrSize, bigEndian, offset };
}
/** Decodes an unsigned LEB128 varint (at most 10 bytes, no overflow), as Go's binary.Uvarint. */
function uvarint(buf, off) {
    let x = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
        if (off + i >= buf.length)
            throw new FormatError('Go build info: length varint runs past the end of the data');
        const b = buf[off + i];
        if (i === 9 && b > 1)
            throw new FormatError('Go build info: length varint overflows 64 bits');
        x |= BigInt(b & 0x7f) << shift;
        if (b < 0x80) {
            if (x > BigInt(Number.MAX_SAFE_INTEGER))
                throw new FormatError('Go build info: string length is implausibly large');
            return [Number(x), i + 1];
        }
        shift += 7n;
    }
    throw new FormatError('Go build info: length varint is longer than 10 bytes');
}
async function readVarString(r, off, what) {
    const head = await r.upTo(off, 10, what);
    const [len, n] = uvarint(head, 0);
    if (len > MAX_STRING)
        throw new FormatError(`${what} is implausibly long (${len} bytes)`);
    return [await r.bytes(off + n, len, what), off + n + len];
}
function mapAddress(addr, length, segments, what) {
    for (const s of segments) {
        if (addr >= s.vaddr && addr - s.vaddr + length <= s.size)
            return s.offset + (addr - s.vaddr);
    }
    throw new FormatError(`${what}: address 0x${addr.toString(16)} is not in any loaded segment`);
}
/** Reads a Go string header {data, len} at virtual address `addr`, then the data. */
async function readGoString(r, addr, ptrSize, bigEndian, segments, what) {
    const hdrOff = mapAddress(addr, 2 * ptrSize, segments, what);
    const hdr = new Fields(await r.bytes(hdrOff, 2 * ptrSize, what), !bigEndian, what);
    const dataAddr = hdr.word(0, ptrSize);
    const len = hdr.word(ptrSize, ptrSize);
    if (len === 0)
        return Buffer.alloc(0);
    if (len > MAX_STRING)
        throw new FormatError(`${what} is implausibly long (${len} bytes)`);
    return r.bytes(mapAddress(dataAddr, len, segments, what), len, what);
}

;// CONCATENATED MODULE: ./src/verify/modinfo.ts
/**
 * Parses Go's modinfo text (runtime/debug.BuildInfo.String format) into the
 * main package path, main module, deps (with `=>` replacements) and build
 * settings, unquoting keys/values the way strconv.Unquote does.
 */
function parseModInfo(text) {
    const info = { path: null, main: null, deps: [], settings: {}, bad: [] };
    let last = null;
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const kind = tab < 0 ? line : line.slice(0, tab);
        const rest = tab < 0 ? '' : line.slice(tab + 1);
        switch (kind) {
            case 'path':
                info.path = rest;
                last = null;
                break;
            case 'mod':
            case 'dep': {
                const m = moduleLine(rest);
                if (!m) {
                    info.bad.push(line);
                    last = null;
                    break;
                }
                if (kind === 'mod')
                    info.main = m;
                else
                    info.deps.push(m);
                last = m;
                break;
            }
            case '=>': {
                const m = moduleLine(rest);
                if (!m || !last)
                    info.bad.push(line);
                else
                    last.replace = m;
                last = null;
                break;
            }
            case 'build': {
                const kv = buildSetting(rest);
                if (kv)
                    info.settings[kv[0]] = kv[1];
                else
                    info.bad.push(line);
                break;
            }
            default:
                // Unknown line kinds are ignored (forward compatibility), as Go does for blank lines.
                info.bad.push(line);
        }
    }
    return info;
}
/** `path \t version [\t sum]`; a replacement may be a bare directory with no version. */
function moduleLine(rest) {
    const elem = rest.split('\t');
    if (elem.length < 1 || elem.length > 3 || elem[0] === '')
        return null;
    return { path: elem[0], version: elem[1] ?? '', sum: elem[2] ?? '' };
}
/** `key=value`, where key or value may be Go-quoted (double quotes or backticks). */
function buildSetting(kv) {
    let key;
    let rest;
    if (kv.startsWith('"') || kv.startsWith('`')) {
        const prefix = quotedPrefix(kv);
        if (prefix === null)
            return null;
        const k = unquote(prefix);
        if (k === null)
            return null;
        key = k;
        rest = kv.slice(prefix.length);
        if (!rest.startsWith('='))
            return null;
        rest = rest.slice(1);
    }
    else {
        const eq = kv.indexOf('=');
        if (eq < 0)
            return null;
        key = kv.slice(0, eq);
        rest = kv.slice(eq + 1);
    }
    if (key === '')
        return null;
    if (rest.startsWith('"') || rest.startsWith('`')) {
        const v = unquote(rest);
        if (v === null)
            return null;
        return [key, v];
    }
    return [key, rest];
}
/** The quoted literal at the start of s (like strconv.QuotedPrefix), or null. */
function quotedPrefix(s) {
    const q = s[0];
    if (q === '`') {
        const end = s.indexOf('`', 1);
        return end < 0 ? null : s.slice(0, end + 1);
    }
    if (q !== '"')
        return null;
    for (let i = 1; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '"')
            return s.slice(0, i + 1);
        else if (s[i] === '\n')
            return null;
    }
    return null;
}
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    f: 12,
    n: 10,
    r: 13,
    t: 9,
    v: 11,
    '\\': 92,
    '"': 34
};
/**
 * strconv.Unquote for double-quoted and backtick literals. Works on bytes so
 * \x and octal escapes produce raw bytes, then decodes UTF-8. Null if invalid.
 */
function unquote(s) {
    if (s.length < 2)
        return null;
    if (s[0] === '`') {
        if (s[s.length - 1] !== '`' || s.slice(1, -1).includes('`'))
            return null;
        return s.slice(1, -1).replace(/\r/g, ''); // Go drops CRs from raw strings.
    }
    if (s[0] !== '"' || s[s.length - 1] !== '"')
        return null;
    const body = s.slice(1, -1);
    // Most values have no escapes: the text is the value (the byte path below is for \x and octal).
    if (!body.includes('\\'))
        return body.includes('"') || body.includes('\n') ? null : body;
    const out = [];
    const pushUtf8 = (str) => out.push(...Buffer.from(str, 'utf8'));
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (c === '"' || c === '\n')
            return null;
        if (c !== '\\') {
            const cp = body.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            pushUtf8(ch);
            i += ch.length;
            continue;
        }
        const e = body[i + 1];
        if (e === undefined)
            return null;
        if (e in SIMPLE_ESCAPES) {
            out.push(SIMPLE_ESCAPES[e]);
            i += 2;
        }
        else if (e === 'x') {
            const h = body.slice(i + 2, i + 4);
            if (!/^[0-9a-fA-F]{2}$/.test(h))
                return null;
            out.push(parseInt(h, 16));
            i += 4;
        }
        else if (e >= '0' && e <= '7') {
            const o = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255)
                return null;
            out.push(parseInt(o, 8));
            i += 4;
        }
        else if (e === 'u' || e === 'U') {
            const n = e === 'u' ? 4 : 8;
            const h = body.slice(i + 2, i + 2 + n);
            if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h))
                return null;
            const cp = parseInt(h, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
                return null;
            pushUtf8(String.fromCodePoint(cp));
            i += 2 + n;
        }
        else {
            return null; // \' is only valid in rune literals; anything else is not an escape.
        }
    }
    return Buffer.from(out).toString('utf8');
}

;// CONCATENATED MODULE: ./src/verify/inspect.ts
/**
 * Facts about one file: detects the format from its first bytes, runs the
 * matching parser, locates and decodes Go build info, and decides whether the
 * file is a Go binary. Still no policy: checks.ts judges these facts.
 */







const GO_BUILD_ID = Buffer.from('\xff Go build ID: "', 'latin1');
function sniff(head) {
    if (isElf(head))
        return 'elf';
    if (machoKind(head))
        return 'macho';
    if (isPe(head))
        return 'pe';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d)
        return 'wasm';
    if (head.length >= 2 && (head.readUInt16BE(0) === 0x01df || head.readUInt16BE(0) === 0x01f7))
        return 'xcoff';
    return null;
}
/**
 * Inspects a file. `preferCpu` picks the arch of a fat Mach-O (the target's
 * cputype). A FormatError is caught and recorded in `error` with the facts
 * gathered so far; only I/O failures propagate.
 */
async function inspect_inspect(r, preferCpu) {
    const head = await r.upTo(0, 64, 'file header');
    const ins = { format: sniff(head), go: null, goMarkers: [], head };
    try {
        switch (ins.format) {
            case 'elf':
                await inspectElf(r, ins);
                break;
            case 'macho':
                await inspectMachO(r, ins, preferCpu);
                break;
            case 'pe':
                await inspectPe(r, ins);
                break;
            default:
                break;
        }
    }
    catch (err) {
        if (!(err instanceof FormatError))
            throw err;
        ins.error = err.message;
    }
    return ins;
}
async function decodeGo(r, region, segments, ins) {
    if (!region)
        return;
    const raw = await readBuildInfo(r, region, segments);
    if (raw)
        ins.go = { raw, mod: parseModInfo(raw.modinfo) };
}
async function inspectElf(r, ins) {
    const f = await parseElf(r);
    ins.elf = f;
    for (const name of ['.go.buildinfo', '.gopclntab', '.go.module', '.note.go.buildid']) {
        if (f.sections.some(s => s.name === name))
            ins.goMarkers.push(name);
    }
    if (f.goBuildId !== null && !ins.goMarkers.includes('.note.go.buildid'))
        ins.goMarkers.push('Go build ID note');
    // Go's debug/buildinfo: the .go.buildinfo section, else the first writable, non-executable PT_LOAD.
    const sec = f.sections.find(s => s.name === '.go.buildinfo');
    let region = sec
        ? { offset: sec.offset, size: sec.size, vaddr: sec.addr }
        : null;
    if (!region) {
        const seg = f.programs.find(p => p.type === PT.LOAD && (p.flags & (PF.X | PF.W)) === PF.W);
        if (seg)
            region = { offset: seg.offset, size: seg.filesz, vaddr: seg.vaddr };
    }
    await decodeGo(r, region, elfSegments(f), ins);
}
async function inspectMachO(r, ins, preferCpu) {
    let view = r;
    let f;
    if (machoKind(ins.head) === 'fat') {
        const arches = await parseFat(r);
        if (arches.length === 0)
            throw new FormatError('fat Mach-O with no architectures');
        // Every arch is parsed (a broken one is a broken file); the target's is the one checked.
        const facts = [];
        for (const [i, a] of arches.entries()) {
            facts.push(await parseMachO(r.slice(a.offset, a.size, `fat Mach-O arch ${i}`)));
        }
        const found = arches.findIndex(a => a.cpu === preferCpu);
        const chosen = found < 0 ? 0 : found;
        ins.fat = { arches, facts, chosen };
        view = r.slice(arches[chosen].offset, arches[chosen].size, `fat Mach-O arch ${chosen}`);
        f = facts[chosen];
    }
    else {
        f = await parseMachO(view);
    }
    ins.macho = f;
    for (const name of ['__go_buildinfo', '__gopclntab', '__go_module', '__gosymtab']) {
        if (f.sections.some(s => s.name === name))
            ins.goMarkers.push(name);
    }
    const sec = f.sections.find(s => s.name === '__go_buildinfo') ??
        f.sections.find(s => s.segment === '__DATA' && s.name === '__data');
    const region = sec ? { offset: sec.offset, size: sec.size, vaddr: sec.addr } : null;
    await decodeGo(view, region, machoSegments(f), ins);
    if (ins.goMarkers.length === 0)
        await findBuildIdInText(view, f.sections.find(s => s.name === '__text'), ins);
}
async function inspectPe(r, ins) {
    const f = await parsePe(r);
    ins.pe = f;
    // Go's linker writes a (possibly empty) COFF ".symtab" section no other common linker does.
    if (f.sections.some(s => s.name === '.symtab'))
        ins.goMarkers.push('.symtab section (Go linker)');
    const data = f.sections.find(isPeDataSection);
    const region = data
        ? {
            offset: data.rawOffset,
            size: Math.min(data.rawSize, data.virtualSize || data.rawSize),
            vaddr: f.imageBase + data.virtualAddress
        }
        : null;
    await decodeGo(r, region, peSegments(f), ins);
    const text = f.sections.find(s => s.name === '.text');
    await findBuildIdInText(r, text && { offset: text.rawOffset }, ins);
}
/** Go's linker puts `\xff Go build ID: "..."` at the start of the text of Mach-O and PE files. */
async function findBuildIdInText(r, text, ins) {
    if (!text)
        return;
    const buf = await r.upTo(text.offset, 4096, 'text section start');
    if (buf.indexOf(GO_BUILD_ID) >= 0)
        ins.goMarkers.push('Go build ID');
}
function elfStripped(f) {
    return !hasSymtab(f);
}
function elfDwarf(f) {
    return f.sections.some(s => isDwarfName(s.name));
}


;// CONCATENATED MODULE: ./src/toolchain/go-version.ts
/**
 * The syntax of a Go version, once: go1.22.12, 1.22.12, go1.20 (no .0 before
 * 1.21), go1.22rc1, go1.21beta1. Every place that reads a Go version (inputs,
 * version files, the CLI, build info) uses these; no dependencies, so the
 * CLI bundle stays small.
 */
const BODY = String.raw `(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?`;
const WHOLE = new RegExp(`^(?:go)?${BODY}$`);
const LEADING = new RegExp(`^go${BODY}`);
function parts(m, prefix) {
    if (!m)
        return undefined;
    const [whole, major, minor, patch, pre, preNum] = m;
    return {
        text: whole.slice(prefix),
        major: Number(major),
        minor: Number(minor),
        patch: patch === undefined ? undefined : Number(patch),
        pre: pre,
        preNum: preNum === undefined ? undefined : Number(preNum)
    };
}
/** A whole Go version, with or without `go`; undefined when `text` is not one. */
function parseGoVersion(text) {
    const m = WHOLE.exec(text);
    return parts(m, m && text.startsWith('go') ? 2 : 0);
}
/**
 * The Go version at the start of a `go`-prefixed string that may go on
 * (`go1.22.3+auto`, `go1.21.1-custom`, `go1.22.12 X:boringcrypto`).
 */
function leadingGoVersion(text) {
    return parts(LEADING.exec(text), 2);
}

;// CONCATENATED MODULE: ./src/verify/goversion.ts

function parseBuildVersion(raw) {
    let rest = raw.trim();
    let experiments = [];
    // " X:" first: a devel version or a custom suffix may itself contain "-".
    const x = rest.search(/[ -]X:/);
    if (x >= 0) {
        experiments = rest
            .slice(x + 3)
            .trim()
            .split(',')
            .map(s => s.trim())
            .filter(Boolean);
        rest = rest.slice(0, x).trim();
    }
    if (rest.startsWith('devel'))
        return { raw, devel: true, experiments };
    const v = leadingGoVersion(rest);
    const release = v ? `go${v.text}` : undefined;
    // The release is only what is followed by nothing, a +suffix, or -suffix/space (vendor builds).
    if (!release || !/^(?:$|[+ -])/.test(rest.slice(release.length)))
        return { raw, release: undefined, devel: false, experiments };
    return { raw, release, devel: false, experiments };
}
/** Minor version (27 for go1.27.4), or null when the version is not a release. */
function buildMinor(v) {
    const parsed = v.release ? leadingGoVersion(v.release) : undefined;
    return parsed?.major === 1 ? parsed.minor : null;
}

;// CONCATENATED MODULE: ./src/verify/checks.ts
/**
 * Policy: turns facts (Inspection) and what the user asked for (VerifyOptions)
 * into findings, each with a stable check name and a message that says what
 * was found and what was expected, in the words of the target table.
 */







const FORMAT_NAMES = {
    elf: 'ELF',
    macho: 'Mach-O',
    pe: 'PE (Windows)',
    wasm: 'WebAssembly',
    xcoff: 'XCOFF (AIX)',
    plan9: 'Plan 9 a.out'
};
/** What the header alone says the binary is for (GOOS/GOARCH guesses). */
function headerTarget(ins) {
    if (ins.elf) {
        const e = ins.elf;
        return { goos: goosForElfOsabi(e.osabi), goarch: goarchForElf(e.machine, e.bits, e.endian) };
    }
    if (ins.macho)
        return {
            goos: ins.macho.platform === 2 ? 'ios' : 'darwin',
            goarch: goarchForMachoCpu(ins.macho.cpu)
        };
    if (ins.pe)
        return { goos: 'windows', goarch: goarchForPeMachine(ins.pe.machine) };
    return {};
}
/** GOOS/GOARCH the binary says it is: build info first, else its header. */
function claimedTarget(ins) {
    const s = ins.go?.mod.settings ?? {};
    const h = headerTarget(ins);
    return { goos: s.GOOS ?? h.goos ?? null, goarch: s.GOARCH ?? h.goarch ?? null };
}
function runChecks(ins, opts) {
    const out = [];
    const add = (check, severity, message) => out.push({ check, severity, message });
    const claimed = claimedTarget(ins);
    const settings = ins.go?.mod.settings ?? {};
    // What to compare against: the intended target, else what the build info claims.
    const wanted = opts.target ??
        (settings.GOOS && settings.GOARCH
            ? { goos: settings.GOOS, goarch: settings.GOARCH }
            : undefined);
    const expected = wanted ? targetFacts(wanted.goos, wanted.goarch) : undefined;
    const expName = wanted ? `${wanted.goos}/${wanted.goarch}` : '';
    const foundName = claimed.goos && claimed.goarch ? ` (${claimed.goos}/${claimed.goarch})` : '';
    const byTarget = opts.target ? 'expected' : 'but its build info says';
    if (ins.format === null) {
        add('format', 'error', `not an executable: not ELF, Mach-O or PE (starts with ${describeHead(ins.head)})`);
        return out;
    }
    if (expected && expected.format !== ins.format) {
        add('format', 'error', `is ${article(FORMAT_NAMES[ins.format])} file, ${byTarget} ${FORMAT_NAMES[expected.format]} (${expName})`);
    }
    if (ins.format !== 'elf' && ins.format !== 'macho' && ins.format !== 'pe') {
        add('format', 'warning', `${FORMAT_NAMES[ins.format]} binaries are recognised but not verifiable`);
        return out;
    }
    if (ins.error)
        add('format', 'error', `malformed ${FORMAT_NAMES[ins.format]} file: ${ins.error}`);
    const truncated = ins.elf?.truncated ??
        ins.macho?.truncated ??
        ins.fat?.facts.find(a => a.truncated)?.truncated ??
        ins.pe?.truncated;
    if (truncated && !ins.error)
        add('format', 'error', `incomplete file (truncated copy?): ${truncated}`);
    // Odd but tolerated structure the parser noticed (a library name it could not read, ...).
    for (const note of ins.elf?.warnings ?? ins.pe?.warnings ?? [])
        add('format', 'info', note);
    if (expected && expected.format === ins.format)
        headerChecks(ins, expected, expName, foundName, byTarget, add);
    typeAndLinkChecks(ins, opts, claimed.goos, settings, add);
    if (opts.stripped ?? true)
        strippedChecks(ins, add);
    if (!ins.error || ins.go)
        goChecks(ins, opts, add);
    return out;
}
function headerChecks(ins, t, expName, foundName, byTarget, add) {
    if (ins.elf) {
        const e = ins.elf;
        if (e.bits !== t.bits)
            add('class', 'error', `is a ${e.bits}-bit ELF${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
        if (e.endian !== t.endian)
            add('endian', 'error', `is ${e.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`);
        if (e.machine !== t.elfMachine) {
            add('machine', 'error', `built for ${elfMachineName(e.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (t.elfOsabi !== undefined && e.osabi !== t.elfOsabi) {
            add('osabi', 'error', `ELF OS/ABI is ${e.osabi} (${OSABI_NAMES[e.osabi] ?? 'unknown'})${foundName}, ${byTarget} ${t.elfOsabi} (${OSABI_NAMES[t.elfOsabi]}, ${t.goos})`);
        }
    }
    else if (ins.macho) {
        const m = ins.macho;
        if (m.cpu !== t.machoCpu) {
            const have = ins.fat
                ? `a fat file with ${ins.fat.arches.map(a => MACHO_CPUS[a.cpu] ?? a.cpu).join(', ')}`
                : `built for ${MACHO_CPUS[m.cpu] ?? `cpu 0x${m.cpu.toString(16)}`}${foundName}`;
            add('machine', 'error', `${have}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (m.bits !== t.bits)
            add('class', 'error', `is a ${m.bits}-bit Mach-O${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
        if (m.endian !== t.endian)
            add('endian', 'error', `is ${m.endian}-endian${foundName}, ${byTarget} ${t.endian}-endian (${expName})`);
    }
    else if (ins.pe) {
        const p = ins.pe;
        const bits = p.magic === 0x20b ? 64 : 32;
        if (p.machine !== t.peMachine) {
            add('machine', 'error', `built for ${describePeMachine(p.machine)}${foundName}, ${byTarget} ${t.machineName} (${expName})`);
        }
        if (p.magic !== 0 && bits !== t.bits)
            add('class', 'error', `is a ${bits}-bit PE${foundName}, ${byTarget} ${t.bits}-bit (${expName})`);
    }
}
function typeAndLinkChecks(ins, opts, goos, settings, add) {
    const goosNow = opts.target?.goos ?? goos;
    if (ins.elf) {
        const e = ins.elf;
        if (e.type !== ET.EXEC && e.type !== ET.DYN)
            add('type', 'error', `is an ELF ${ELF_TYPES[e.type]?.what ?? `type ${e.type}`}, not an executable`);
        if (e.type === ET.DYN && settings['-buildmode'] === 'c-shared')
            add('type', 'error', 'is a shared library (-buildmode=c-shared), not an executable');
        if (opts.cgo)
            return;
        if (goosNow && ALWAYS_DYNAMIC_GOOS.has(goosNow)) {
            if (e.interpreter)
                add('static', 'info', `${goosNow} binaries always use the system dynamic loader (${e.interpreter}); static check skipped`);
            return;
        }
        const why = settings['-buildmode'] === 'pie'
            ? ' (built with -buildmode=pie)'
            : settings.CGO_ENABLED === '1'
                ? ' (built with CGO_ENABLED=1)'
                : '';
        if (e.interpreter)
            add('static', 'error', `is dynamically linked: needs the loader ${e.interpreter}${why}; expected a static binary (CGO_ENABLED=0)`);
        if (e.needed.length)
            add('static', 'error', `needs shared libraries ${e.needed.join(', ')}${why}; expected a static binary (CGO_ENABLED=0)`);
        if (e.hasDynamic && !e.interpreter && e.needed.length === 0)
            add('static', 'error', `has a dynamic section (PT_DYNAMIC)${why}; expected a static binary with none`);
    }
    else if (ins.macho) {
        if (ins.macho.filetype !== 2)
            add('type', 'error', `is a Mach-O of file type ${ins.macho.filetype}, not an executable (MH_EXECUTE)`);
    }
    else if (ins.pe) {
        const c = ins.pe.characteristics;
        if (c & IMAGE_FILE_DLL)
            add('type', 'error', 'is a DLL, not an executable');
        else if (!(c & IMAGE_FILE_EXECUTABLE_IMAGE))
            add('type', 'error', 'is not marked executable (IMAGE_FILE_EXECUTABLE_IMAGE unset)');
    }
}
function strippedChecks(ins, add) {
    let symbols = false;
    let dwarf = false;
    let symWhere = '';
    if (ins.elf) {
        symbols = !elfStripped(ins.elf);
        dwarf = elfDwarf(ins.elf);
        symWhere = 'a symbol table (.symtab)';
    }
    else if (ins.macho) {
        symbols = machoOwnSymbols(ins.macho) > 0;
        dwarf = machoHasDwarf(ins.macho);
        symWhere = `${machoOwnSymbols(ins.macho)} symbols beyond its imports (LC_SYMTAB)`;
    }
    else if (ins.pe) {
        symbols = ins.pe.nsyms > 0;
        dwarf = peHasDwarf(ins.pe);
        symWhere = `${ins.pe.nsyms} COFF symbols`;
    }
    if (symbols && ins.macho && goMinor(ins) !== null && goMinor(ins) < 22) {
        // Measured: go1.21 and older keep the Mach-O symbol table with -s; go1.22 strips it.
        add('stripped', 'warning', `has ${symWhere}: Go ${parseBuildVersion(ins.go.raw.version).release} keeps the Mach-O symbol table even with -ldflags=-s (Go 1.22+ strips it)`);
    }
    else if (symbols) {
        add('stripped', 'error', `has ${symWhere}: expected it stripped (-ldflags=-s)`);
    }
    if (dwarf)
        add('dwarf', 'error', 'has DWARF debug info (.debug_*/.zdebug_* sections): expected none (-ldflags=-w)');
}
function goChecks(ins, opts, add) {
    if (!ins.go) {
        const what = ins.goMarkers.length
            ? `a Go binary (${ins.goMarkers.join(', ')}) without Go build info`
            : 'no Go build info found: not a Go binary, or its build info was removed';
        add('buildinfo', 'warning', `${what}; Go version, GOOS/GOARCH and build settings cannot be checked`);
        return;
    }
    const { raw, mod } = ins.go;
    const s = mod.settings;
    const built = parseBuildVersion(raw.version);
    const version = built.release ?? raw.version;
    if (opts.goVersion) {
        // The pin is a release; experiments and +auto/+path suffixes do not change which Go built it.
        const want = opts.goVersion.startsWith('go') ? opts.goVersion : `go${opts.goVersion}`;
        if (built.release !== want)
            add('go-version', 'error', `built with ${raw.version}, expected ${want}`);
    }
    const t = opts.target;
    if (t) {
        if (s.GOOS !== undefined && s.GOOS !== t.goos)
            add('goos', 'error', `build info says GOOS=${s.GOOS}, expected GOOS=${t.goos}`);
        if (s.GOARCH !== undefined && s.GOARCH !== t.goarch)
            add('goarch', 'error', `build info says GOARCH=${s.GOARCH}, expected GOARCH=${t.goarch}`);
        const variant = t.variant ?? defaultVariant(t.goarch, opts.variantDefaults);
        if (variant && s.GOARCH === t.goarch) {
            const got = s[variant.name];
            const named = t.variant ? '' : ` (the default of the pinned Go: the target names no variant)`;
            if (got === undefined)
                add('variant', 'warning', `build info does not record ${variant.name}; expected ${variant.name}=${variant.value}${named}`);
            else if (!sameVariant(variant.name, got, variant.value)) {
                add('variant', 'error', `built with ${variant.name}=${got}, expected ${variant.name}=${variant.value}${named}`);
            }
        }
    }
    // Build settings exist from Go 1.18; older build info has none, so there is nothing to compare.
    const hasSettings = Object.keys(s).length > 0;
    if (hasSettings) {
        const wantCgo = opts.cgo ? '1' : '0';
        const gotCgo = s.CGO_ENABLED ?? '0';
        if (gotCgo !== wantCgo)
            add('cgo', 'error', `built with CGO_ENABLED=${gotCgo}, expected CGO_ENABLED=${wantCgo}`);
        if ((opts.trimpath ?? true) && s['-trimpath'] !== 'true')
            add('trimpath', 'error', 'built without -trimpath: local paths are embedded and the build is not reproducible');
    }
    else {
        add('buildinfo', 'info', `${version} does not record build settings; CGO_ENABLED, -trimpath and variant cannot be checked`);
    }
    const rev = s['vcs.revision'];
    if (opts.githubSha && rev && rev.toLowerCase() !== opts.githubSha.toLowerCase()) {
        add('vcs-revision', 'error', `built from commit ${rev.slice(0, 12)}, but this run is at ${opts.githubSha.slice(0, 12)} (GITHUB_SHA)`);
    }
    if (s['vcs.modified'] === 'true')
        add('vcs-modified', 'warning', 'built from a modified working tree (vcs.modified=true): the binary does not match any commit');
    if (mod.bad.length)
        add('buildinfo', 'info', `ignored ${mod.bad.length} unrecognised build info line(s)`);
}
/** Minor version of the Go that built the file (22 for go1.22.12), or null. */
function goMinor(ins) {
    return ins.go ? buildMinor(parseBuildVersion(ins.go.raw.version)) : null;
}
/**
 * GOARM=7 and GOARM=7,hardfloat are the same build (Go 1.22+ records the float
 * mode; 5 defaults to softfloat, 6 and 7 to hardfloat). Other variables compare as written.
 */
/** The default variant of a target that names none, when the pinned Go's defaults are known. */
function defaultVariant(goarch, defaults) {
    const name = archInfo(goarch)?.variantVar;
    const value = name && defaults?.[name];
    return name && value ? { name, value } : undefined;
}
function sameVariant(name, got, want) {
    if (name !== 'GOARM')
        return got === want;
    const norm = (v) => {
        const [level, fp] = v.split(',');
        return `${level},${fp ?? (level === '5' ? 'softfloat' : 'hardfloat')}`;
    };
    return norm(got) === norm(want);
}
function describePeMachine(machine) {
    const arch = goarchForPeMachine(machine);
    return arch ? (archInfo(arch)?.machineName ?? arch) : `PE machine 0x${machine.toString(16)}`;
}
function article(word) {
    return /^[AEIOU]/i.test(word) && !word.startsWith('PE') ? `an ${word}` : `a ${word}`;
}
function describeHead(head) {
    if (head.length === 0)
        return 'nothing: the file is empty';
    const text = head.subarray(0, 16);
    const printable = text.every(b => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
    return printable
        ? `text ${JSON.stringify(text.toString('latin1'))}`
        : `bytes ${text.subarray(0, 8).toString('hex')}`;
}

;// CONCATENATED MODULE: ./src/targets/parse.ts

class TargetError extends Error {
}
/**
 * Parses `GOOS/GOARCH[/variant]` (docker-style `linux/arm/v7` or Go-style
 * `linux/arm/7`). Throws TargetError with a one-line message naming the
 * `target` input, the value, and what is accepted.
 */
function parseTarget(raw, inputName = 'target') {
    const value = raw.trim();
    const parts = value.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(p => p === '')) {
        throw new TargetError(`${inputName} "${raw}" is not of the form GOOS/GOARCH[/variant] (e.g. linux/arm64, linux/arm/v7, linux/amd64/v3)`);
    }
    const [goos, goarch, variantRaw] = parts;
    if (!isDistPair(goos, goarch)) {
        const guess = suggestPair(`${goos}/${goarch}`);
        const hint = guess
            ? `; did you mean ${guess}?`
            : '; run `go tool dist list` for the accepted pairs';
        throw new TargetError(`${inputName} "${raw}" is not a Go target${hint}`);
    }
    if (variantRaw === undefined)
        return { goos, goarch };
    const arch = archInfo(goarch);
    if (!arch?.variantVar || !arch.variantPattern) {
        throw new TargetError(`${inputName} "${raw}": ${goarch} has no variants; use ${goos}/${goarch}`);
    }
    const variantValue = normaliseVariant(arch.variantVar, variantRaw);
    if (!arch.variantPattern.test(variantValue)) {
        throw new TargetError(`${inputName} "${raw}": "${variantRaw}" is not a valid ${arch.variantVar} for ${goarch}; accepted: ${arch.variantAccepted}`);
    }
    return { goos, goarch, variant: { name: arch.variantVar, value: variantValue } };
}
/** GOARM takes a bare digit; docker-style platforms write it `v7`. */
function normaliseVariant(name, raw) {
    if (name === 'GOARM')
        return raw.replace(/^v(?=[0-9])/, '');
    return raw;
}
/** The variant as users write it in a target: GOARM=7 -> v7; others as Go spells them. */
function variantText(target) {
    if (!target.variant)
        return undefined;
    const { name, value } = target.variant;
    return name === 'GOARM' ? `v${value}` : value;
}
/** The variant as it appears in file names and keys (v7, v3, v6_softfloat). */
function variantLabel(target) {
    return variantText(target)?.replace(/[^A-Za-z0-9.]+/g, '_');
}
/** `linux/arm/v7` style string for logs and outputs. */
function formatTarget(target) {
    return [target.goos, target.goarch, variantText(target)].filter(Boolean).join('/');
}
/**
 * The target key names the GOCACHE directory and the cache key:
 * linux_arm64, linux_arm_v7, linux_amd64_v3, plus _cgo when cgo is on.
 */
function targetKey(target, cgo) {
    const parts = [target.goos, target.goarch];
    const label = variantLabel(target);
    if (label)
        parts.push(label);
    if (cgo)
        parts.push('cgo');
    return parts.join('_');
}
function suggestPair(wanted) {
    let best;
    let bestDistance = Infinity;
    for (const pair of DIST_LIST) {
        const d = editDistance(wanted, pair);
        if (d < bestDistance) {
            bestDistance = d;
            best = pair;
        }
    }
    return bestDistance <= 3 ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/verify/match-target.ts
/**
 * Which of a step's several targets a binary is meant for, judged by what
 * it is (its header's GOOS/GOARCH, a fat Mach-O for darwin/universal) and,
 * between variants of one arch, by the variant its build info records.
 * The binary is then checked against that target like any other. Pure.
 */


function matchTarget(probe, targets) {
    if (probe.macho?.arches)
        return targets.find(t => t.goos === 'darwin' && t.goarch === 'universal');
    const same = targets.filter(t => t.goos === probe.goos && t.goarch === probe.goarch);
    if (same.length <= 1)
        return same[0];
    const settings = probe.go?.settings ?? {};
    return (same.find(t => {
        const got = t.variant && settings[t.variant.name];
        return got !== undefined && sameVariant(t.variant.name, got, t.variant.value);
    }) ??
        same.find(t => !t.variant) ??
        same[0]);
}
/** The finding for a binary that is none of the targets. */
function noTargetFinding(probe, targets) {
    const what = probe.macho?.arches
        ? `a fat Mach-O (${probe.macho.arches.map(a => a.cpuName).join(', ')})`
        : probe.goos && probe.goarch
            ? `built for ${probe.goos}/${probe.goarch}`
            : probe.format
                ? `a ${probe.format} file of no known GOOS/GOARCH`
                : 'not a recognised executable';
    return {
        check: 'goarch',
        severity: 'error',
        message: `${what}; not one of the targets ${targets.map(formatTarget).join(', ')}`
    };
}

;// CONCATENATED MODULE: ./src/log/escape.ts
/**
 * The one escaping layer for untrusted text (build-info strings, file names,
 * smoke-run output, input values, version-file content) on its way to the
 * log, annotations and the job summary. Pure.
 *
 * The runner reads step output line by line, splitting on LF, CRLF and a
 * lone CR, and treats a line starting with `::` (after leading blanks) as a
 * workflow command; the legacy `##[name]` form is recognised anywhere in a
 * line. So untrusted text is made one visible line (controls as \r, \n,
 * \x1b, \u2028 ...) with both command markers broken by a zero-width space.
 * @actions/core escapes annotation data and properties itself; this layer
 * adds the one-line rule there too, so an annotation cannot carry forged
 * lines either. The job summary is HTML (and its markdown context), so cells
 * are additionally HTML-escaped, including quotes and `|`.
 */
const ZWSP = '\u200b';
/** Characters that end or disturb a log line: C0, DEL, C1, and Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
const NAMED = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };
function visible(ch) {
    const named = NAMED[ch];
    if (named)
        return named;
    const code = ch.charCodeAt(0);
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Untrusted text as a harmless fragment of one log line: no line breaks, no
 * terminal escapes, no `::` or `##[` a runner could read as a command.
 */
function untrusted(text) {
    return String(text)
        .replace(CONTROL, visible)
        .replace(/::/g, `:${ZWSP}:`)
        .replace(/##\[/g, `#${ZWSP}#[`);
}
/**
 * A log line built from trusted words and untrusted values: every
 * interpolated value goes through untrusted(). Use as a tag:
 * core.info(line`built ${file}`).
 */
function line(strings, ...values) {
    let out = strings[0];
    values.forEach((v, i) => {
        out += untrusted(v) + strings[i + 1];
    });
    return guardLine(out);
}
/** A whole line (trusted or already escaped) made safe to print: the last line of defence. */
function guardLine(text) {
    const out = text.replace(CONTROL, visible);
    const start = out.trimStart();
    if (start.startsWith('::'))
        return out.replace('::', `:${ZWSP}:`).replace(/##\[/g, `#${ZWSP}#[`);
    return out.replace(/##\[/g, `#${ZWSP}#[`);
}
/** Untrusted text inside the job summary's HTML: one line, then entity-escaped. */
function escape_html(text) {
    return untrusted(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\|/g, '&#124;');
}
/** A summary fragment of trusted HTML with untrusted values: every value goes through html(). */
function escape_htmlLine(strings, ...values) {
    let out = strings[0];
    values.forEach((v, i) => {
        out += escape_html(v) + strings[i + 1];
    });
    return out;
}
/** Annotation properties (file, title) are untrusted one-liners too. */
function annotationProps(props) {
    return {
        ...(props.file !== undefined ? { file: untrusted(props.file) } : {}),
        ...(props.title !== undefined ? { title: untrusted(props.title) } : {})
    };
}
/** A short escaped excerpt of untrusted content, for errors that must hint at what was found. */
function excerpt(text, max = 24) {
    const chars = [...text];
    const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
    return untrusted(cut);
}

;// CONCATENATED MODULE: ./src/verify/report.ts
/**
 * The report shape (docs/verify-report.md, docs/verify-report.schema.json: the
 * names are a contract) and its renderings: facts -> JSON-ready objects, and a
 * compact text table.
 */







/** Every check name a finding can carry (docs/verify-report.md lists what each means). */
const CHECK_NAMES = (/* unused pure expression or super */ null && ([
    'read',
    'format',
    'class',
    'endian',
    'machine',
    'osabi',
    'type',
    'static',
    'stripped',
    'dwarf',
    'buildinfo',
    'go-version',
    'goos',
    'goarch',
    'variant',
    'cgo',
    'trimpath',
    'vcs-revision',
    'vcs-modified',
    'smoke-run',
    'reproducible',
    'image'
]));
/** The report of a file that could not be looked at: one finding says why. */
function failedReport(path, finding, size = null) {
    return {
        path,
        size,
        ok: false,
        format: null,
        goos: null,
        goarch: null,
        elf: null,
        macho: null,
        pe: null,
        go: null,
        findings: [finding]
    };
}
function elfReport(ins) {
    const f = ins.elf;
    if (!f)
        return null;
    return {
        class: f.bits,
        endian: f.endian,
        machine: f.machine,
        machineName: elfMachineName(f.machine),
        osabi: f.osabi,
        type: ELF_TYPES[f.type]?.name ?? `0x${f.type.toString(16)}`,
        flags: f.flags,
        interpreter: f.interpreter,
        needed: f.needed,
        stripped: elfStripped(f),
        dwarf: elfDwarf(f),
        goBuildId: f.goBuildId,
        gnuBuildId: f.gnuBuildId
    };
}
const cpuName = (cpu) => MACHO_CPUS[cpu] ?? `cpu 0x${cpu.toString(16)}`;
function machoReport(ins) {
    const f = ins.macho;
    if (!f)
        return null;
    return {
        bits: f.bits,
        endian: f.endian,
        cpu: f.cpu,
        cpuName: cpuName(f.cpu),
        type: MACHO_FILETYPES[f.filetype] ?? `filetype ${f.filetype}`,
        flags: f.flags,
        dylibs: f.dylibs,
        stripped: machoOwnSymbols(f) === 0,
        dwarf: machoHasDwarf(f),
        arches: ins.fat
            ? ins.fat.facts.map(a => ({
                cpu: a.cpu,
                cpuName: cpuName(a.cpu),
                bits: a.bits,
                type: MACHO_FILETYPES[a.filetype] ?? `filetype ${a.filetype}`,
                stripped: machoOwnSymbols(a) === 0,
                dwarf: machoHasDwarf(a)
            }))
            : null
    };
}
function peReport(ins) {
    const f = ins.pe;
    if (!f)
        return null;
    return {
        bits: f.magic === 0x20b ? 64 : 32,
        machine: f.machine,
        machineName: PE_MACHINES[f.machine] ?? `machine 0x${f.machine.toString(16)}`,
        magic: f.magic === 0x20b ? 'PE32+' : f.magic === 0x10b ? 'PE32' : null,
        type: f.characteristics & IMAGE_FILE_DLL
            ? 'dll'
            : f.characteristics & IMAGE_FILE_EXECUTABLE_IMAGE
                ? 'exec'
                : 'object',
        subsystem: f.subsystem,
        subsystemName: PE_SUBSYSTEMS[f.subsystem] ?? `subsystem ${f.subsystem}`,
        imports: f.dlls.length > 0,
        dlls: f.dlls,
        stripped: f.nsyms === 0,
        dwarf: peHasDwarf(f)
    };
}
/** The sections with their sizes, in header order; unnamed (index 0) and empty ones left out. */
function sectionSizes(ins) {
    if (ins.elf)
        return ins.elf.sections
            .filter(s => s.name && s.size > 0)
            .map(s => ({ name: s.name, size: s.size }));
    if (ins.macho)
        return ins.macho.sections
            .filter(s => s.size > 0)
            .map(s => ({ name: `${s.segment},${s.name}`, size: s.size }));
    if (ins.pe)
        return ins.pe.sections
            .map(s => ({ name: s.name, size: s.virtualSize || s.rawSize }))
            .filter(s => s.name && s.size > 0);
    return [];
}
function report_goReport(ins) {
    if (!ins.go)
        return null;
    const { raw, mod } = ins.go;
    return {
        version: raw.version,
        experiments: parseBuildVersion(raw.version).experiments,
        path: mod.path,
        main: mod.main,
        settings: mod.settings,
        deps: mod.deps,
        buildInfoFormat: raw.format
    };
}
/** One line per file plus indented findings: compact enough for a terminal or a CI log. */
function formatTable(reports) {
    // File names, build-info strings and finding text are untrusted: the table is
    // often printed into a CI log, where a raw newline, `::` or ESC is a command.
    const rows = reports.map(r => [
        r.ok ? 'ok' : 'FAIL',
        r.path,
        r.format ?? '-',
        r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '-',
        r.go?.version ?? '-',
        summary(r)
    ].map(untrusted));
    const head = ['', 'file', 'format', 'target', 'go', 'facts'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map(row => row[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [line(head)];
    reports.forEach((r, i) => {
        out.push(line(rows[i]));
        for (const f of r.findings) {
            if (f.severity === 'info')
                continue;
            out.push(`    ${f.severity === 'error' ? 'error' : 'warn '} ${f.check}: ${untrusted(f.message)}`);
        }
    });
    const failed = reports.filter(r => !r.ok).length;
    out.push(`${reports.length} file(s), ${failed} failed`);
    return out.join('\n');
}
function summary(r) {
    const parts = [];
    const bin = r.elf ?? r.macho ?? r.pe;
    if (r.elf) {
        parts.push(`${r.elf.class}-bit ${r.elf.endian}`, r.elf.machineName, r.elf.type);
        parts.push(r.elf.interpreter || r.elf.needed.length ? 'dynamic' : 'static');
    }
    else if (r.macho) {
        parts.push(`${r.macho.bits}-bit`, r.macho.cpuName, r.macho.type);
    }
    else if (r.pe) {
        parts.push(r.pe.magic ?? 'PE', r.pe.machineName, r.pe.type);
    }
    if (bin)
        parts.push(bin.stripped ? 'stripped' : 'symbols', bin.dwarf ? 'dwarf' : 'no-dwarf');
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/verify/universal.ts





const UNIVERSAL_SLICE_ARCHES = ['amd64', 'arm64'];
function isUniversalTarget(t) {
    return t?.goos === 'darwin' && t.goarch === 'universal';
}
async function inspectUniversal(r, options) {
    const findings = [];
    let first;
    const perSlice = [];
    for (const goarch of UNIVERSAL_SLICE_ARCHES) {
        const ins = await inspect_inspect(r, archInfo(goarch)?.machoCpu);
        first ??= ins;
        if (!ins.fat) {
            if (ins.format === 'macho')
                findings.push({
                    check: 'format',
                    severity: 'error',
                    message: `is a thin Mach-O file, expected a universal binary with ${UNIVERSAL_SLICE_ARCHES.join(' and ')} slices (darwin/universal)`
                });
            findings.push(...runChecks(ins, { ...options, target: undefined }));
            return { ins, findings, goarch: claimedTarget(ins).goarch };
        }
        perSlice.push([goarch, runChecks(ins, { ...options, target: { goos: 'darwin', goarch } })]);
    }
    // A finding every slice has is said once; the others name their slice.
    const inAll = (m) => perSlice.every(([, fs]) => fs.some(f => f.message === m));
    const said = new Set();
    for (const [goarch, fs] of perSlice)
        for (const f of fs) {
            if (!inAll(f.message))
                findings.push({ ...f, message: `${goarch} slice: ${f.message}` });
            else if (!said.has(f.message))
                findings.push(f);
            said.add(f.message);
        }
    const ins = first;
    const names = ins.fat?.arches.map(a => MACHO_CPUS[a.cpu] ?? `cpu 0x${a.cpu.toString(16)}`) ?? [];
    const goarches = ins.fat?.facts.map((_, i) => sliceGoarch(ins, i)) ?? [];
    if (ins.fat &&
        (goarches.length !== 2 || !UNIVERSAL_SLICE_ARCHES.every(a => goarches.includes(a))))
        findings.push({
            check: 'machine',
            severity: 'error',
            message: `is a fat file with ${names.join(', ')}, expected exactly x86_64 and arm64 (darwin/universal)`
        });
    return { ins, findings, goarch: ins.fat ? goarches.join('+') : claimedTarget(ins).goarch };
}
function sliceGoarch(ins, i) {
    const cpu = ins.fat.arches[i].cpu;
    return (UNIVERSAL_SLICE_ARCHES.find(a => archInfo(a)?.machoCpu === cpu) ??
        MACHO_CPUS[cpu] ??
        String(cpu));
}
/**
 * Every slice's Go build info of a fat Mach-O, in file order, each named by
 * its GOARCH; undefined for any other file. A universal binary is two
 * programs: what one slice links (a `//go:build arm64` import) the other
 * may not, so a description of the file needs them all.
 */
async function universal_sliceBuildInfo(r) {
    const first = await inspect(r);
    if (!first.fat)
        return undefined;
    const out = [];
    for (const [i, arch] of first.fat.arches.entries()) {
        const ins = await inspect(r, arch.cpu);
        out.push({ goarch: sliceGoarch(first, i), go: goReport(ins) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/verify/index.ts
/**
 * The verifier's public API: verifyFile(path, options) -> FileReport (the
 * JSON shape in docs/verify-report.md). Never throws for a bad file:
 * unreadable or malformed input becomes a report with ok=false and a finding.
 */









/** Verifies one file on disk against `options`. */
async function verifyFile(path, options = {}) {
    return (await verifyFileResult(path, options)).report;
}
/** verifyFile, with the stats and the unreadable flag as data (the CLI's exit code uses them). */
async function verifyFileResult(path, options = {}) {
    const started = performance.now();
    let source;
    try {
        source = await reader_openFile(path);
    }
    catch (err) {
        return unreadable(path, err, started);
    }
    try {
        return await verifySource(path, source, options, started);
    }
    finally {
        await source.close().catch(() => undefined);
    }
}
/**
 * The file verified against its target: the only one given (or
 * options.target), or with several the one it is built for (matchTarget,
 * from a first, target-free look at it). A file that is none of them keeps
 * that look's findings plus one goarch error, and no target.
 */
async function verifyFileForTargets(path, options, targets) {
    if (targets.length < 2) {
        const target = targets[0] ?? options.target;
        return { ...(await verifyFileResult(path, { ...options, target })), target };
    }
    const probe = await verifyFileResult(path, { ...options, target: undefined });
    if (probe.unreadable)
        return probe;
    const target = matchTarget(probe.report, targets);
    if (target)
        return { ...(await verifyFileResult(path, { ...options, target })), target };
    const finding = noTargetFinding(probe.report, targets);
    return {
        ...probe,
        report: { ...probe.report, ok: false, findings: [...probe.report.findings, finding] }
    };
}
/**
 * Each slice's build info when the file is a fat Mach-O (undefined for any
 * other file, and for one that cannot be read: verification reports that).
 */
async function readSliceBuildInfo(path) {
    const source = await openFile(path).catch(() => undefined);
    if (!source)
        return undefined;
    try {
        return await sliceBuildInfo(new Reader(source));
    }
    catch {
        return undefined;
    }
    finally {
        await source.close().catch(() => undefined);
    }
}
/** Verifies bytes already in memory (fuzzing and tests use it; same code path after the open). */
async function verifyBytes(path, data, options = {}) {
    return (await verifySource(path, new BufferSource(data), options, performance.now())).report;
}
async function verifySource(path, source, options, started) {
    const reader = new reader_Reader(source);
    try {
        const t = options.target;
        if (isUniversalTarget(t)) {
            const u = await inspectUniversal(reader, options);
            const report = {
                path,
                size: source.size,
                ok: !u.findings.some(f => f.severity === 'error'),
                format: u.ins.format,
                goos: claimedTarget(u.ins).goos,
                goarch: u.goarch,
                elf: elfReport(u.ins),
                macho: machoReport(u.ins),
                pe: peReport(u.ins),
                go: report_goReport(u.ins),
                sections: sectionSizes(u.ins),
                findings: u.findings
            };
            return withStats(report, reader, source.size, started, false);
        }
        const preferCpu = t
            ? (targetFacts(t.goos, t.goarch)?.machoCpu ?? archInfo(t.goarch)?.machoCpu)
            : undefined;
        const ins = await inspect_inspect(reader, preferCpu);
        const findings = runChecks(ins, options);
        const claimed = claimedTarget(ins);
        const report = {
            path,
            size: source.size,
            ok: !findings.some(f => f.severity === 'error'),
            format: ins.format,
            goos: claimed.goos,
            goarch: claimed.goarch,
            elf: elfReport(ins),
            macho: machoReport(ins),
            pe: peReport(ins),
            go: report_goReport(ins),
            sections: sectionSizes(ins),
            findings
        };
        return withStats(report, reader, source.size, started, false);
    }
    catch (err) {
        // Only I/O errors reach here (parsers turn malformed input into findings).
        return unreadable(path, err, started, reader, source.size);
    }
}
function unreadable(path, err, started, reader, size = 0) {
    const message = err instanceof ReadError
        ? err.message
        : `${path}: cannot read (${err?.message ?? String(err)})`;
    const report = failedReport(path, { check: 'read', severity: 'error', message }, size || null);
    return withStats(report, reader, size, started, true);
}
function withStats(report, reader, fileSize, started, unreadable) {
    const stats = {
        bytesRead: reader?.bytesRead ?? 0,
        reads: reader?.reads ?? 0,
        fileSize,
        ms: performance.now() - started
    };
    return { report, stats, unreadable };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/inputs/size-budget.ts
const UNITS = {
    '': 1,
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
const SIZE_BUDGET_ACCEPTED = 'a percentage (5%, 0.5%) or an amount (300KiB, 2MB, 1.5MiB, 4096 bytes as 4096)';
/** Parses a budget; null when the text is not one (the caller names the input). */
function parseSizeBudget(text) {
    const t = text.trim();
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
    if (pct) {
        const value = Number(pct[1]);
        return Number.isFinite(value) ? { kind: 'percent', value, text: t } : null;
    }
    const amount = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(t);
    if (!amount)
        return null;
    const unit = UNITS[amount[2].toLowerCase()];
    if (unit === undefined)
        return null;
    const value = Math.round(Number(amount[1]) * unit);
    return Number.isSafeInteger(value) ? { kind: 'bytes', value, text: t } : null;
}

;// CONCATENATED MODULE: ./src/compare/budget.ts

/** The growth over budget of one artifact, as one line; null when within it. */
function overBudget(a, budget) {
    if (!a.size || a.status === 'gone' || a.status === 'new' || a.size.delta <= 0)
        return null;
    const { delta, percent } = a.size;
    const grew = `grew by ${budget_formatBytes(delta, true)}${percent === null ? '' : ` (${budget_formatPercent(percent)})`}`;
    if (budget.kind === 'percent') {
        if (percent === null || percent <= budget.value)
            return null;
    }
    else if (delta <= budget.value)
        return null;
    return `${a.name} (${a.target}) ${grew}, over the size budget of ${budget.text}`;
}
/** 1536 -> "1.5 KiB"; with sign, "+1.5 KiB" / "-12 B". */
function budget_formatBytes(n, sign = false) {
    const s = sign ? (n > 0 ? '+' : n < 0 ? '-' : '±') : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a < 1024)
        return `${s}${a} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = a / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${s}${v.toFixed(1)} ${units[i]}`;
}
function budget_formatPercent(p) {
    return `${p > 0 ? '+' : ''}${p.toFixed(1)}%`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(88);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/compare/diff.ts
/**
 * The pure comparison of two builds: artifacts matched by name and target;
 * per artifact the size delta, the sections that moved, the linked modules
 * added / removed / upgraded / downgraded / (re-)replaced, a Go version
 * change and changed build settings. Versions are ordered as Go orders
 * them (semver, pseudo-versions as prereleases, +incompatible ignored).
 */

/** Settings that change with every commit: a difference there says nothing about the PR. */
const VOLATILE_SETTINGS = new Set(['vcs.revision', 'vcs.time']);
const matchKey = (a) => `${a.target}\u0000${a.name}`;
function compareBuilds(base, head) {
    const baseBy = new Map(base.map(a => [matchKey(a), a]));
    const headKeys = new Set(head.map(matchKey));
    const artifacts = [];
    for (const h of head) {
        const b = baseBy.get(matchKey(h));
        artifacts.push(b ? compareArtifact(b, h) : newArtifact(h));
    }
    for (const b of base)
        if (!headKeys.has(matchKey(b)))
            artifacts.push(goneArtifact(b));
    const both = artifacts.filter(a => a.size && a.status !== 'new' && a.status !== 'gone');
    return {
        artifacts,
        total: sizeDelta(both.reduce((n, a) => n + (a.size?.base ?? 0), 0), both.reduce((n, a) => n + (a.size?.head ?? 0), 0))
    };
}
function sizeDelta(base, head) {
    const delta = head - base;
    return {
        base,
        head,
        delta,
        percent: base > 0 ? Math.round((delta / base) * 10000) / 100 : null
    };
}
function compareArtifact(b, h) {
    const sections = compareSections(b.sections, h.sections);
    const modules = compareModules(b.go?.deps ?? [], h.go?.deps ?? []);
    const goVersion = (b.go?.version ?? null) !== (h.go?.version ?? null)
        ? { base: b.go?.version ?? null, head: h.go?.version ?? null }
        : null;
    const settings = compareSettings(b.go?.settings ?? {}, h.go?.settings ?? {});
    const size = sizeDelta(b.size, h.size);
    const same = size.delta === 0 &&
        (b.sha256 === null || h.sha256 === null || b.sha256 === h.sha256) &&
        !sections.length &&
        !modules.length &&
        !goVersion &&
        !settings.length;
    return {
        name: h.name,
        target: h.target,
        status: same ? 'unchanged' : 'changed',
        path: h.path,
        size,
        sections,
        modules,
        goVersion,
        settings
    };
}
function newArtifact(h) {
    return {
        name: h.name,
        target: h.target,
        status: 'new',
        path: h.path,
        size: sizeDelta(0, h.size),
        sections: [],
        modules: (h.go?.deps ?? []).map(d => ({
            change: 'added',
            path: d.path,
            base: null,
            head: moduleVersion(d)
        })),
        goVersion: null,
        settings: []
    };
}
function goneArtifact(b) {
    return {
        name: b.name,
        target: b.target,
        status: 'gone',
        path: b.path,
        size: sizeDelta(b.size, 0),
        sections: [],
        modules: [],
        goVersion: null,
        settings: []
    };
}
function compareSections(base, head) {
    const names = [...new Set([...Object.keys(base), ...Object.keys(head)])];
    return names
        .map(name => {
        const b = Object.hasOwn(base, name) ? base[name] : null;
        const h = Object.hasOwn(head, name) ? head[name] : null;
        return { name, base: b, head: h, delta: (h ?? 0) - (b ?? 0) };
    })
        .filter(s => s.delta !== 0 || (s.base === null) !== (s.head === null))
        .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));
}
function compareSettings(base, head) {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(head)])].filter(k => !VOLATILE_SETTINGS.has(k));
    return keys
        .map(key => ({
        key,
        base: Object.hasOwn(base, key) ? base[key] : null,
        head: Object.hasOwn(head, key) ? head[key] : null
    }))
        .filter(s => s.base !== s.head)
        .sort((x, y) => x.key.localeCompare(y.key));
}
/** A module as `go version -m` shows it: version, then `=> replacement [version]`. */
function moduleVersion(m) {
    const v = m.version || '(no version)';
    if (!m.replace)
        return v;
    const r = m.replace;
    return `${v} => ${r.path}${r.version ? ` ${r.version}` : ''}`;
}
/**
 * Go's ordering of two module versions: -1, 0, 1, or null when either is not
 * a semantic version (`(devel)`, a directory replacement's empty version).
 * `+incompatible` is build metadata, ignored by the order; pseudo-versions
 * are prereleases whose timestamps order them, as in Go.
 */
function compareVersions(a, b) {
    const pa = semver_default().parse(a.replace(/^v/, ''));
    const pb = semver_default().parse(b.replace(/^v/, ''));
    if (!pa || !pb || !a.startsWith('v') || !b.startsWith('v'))
        return null;
    return semver_default().compare(pa, pb);
}
/** `example.com/m/v2` -> `example.com/m`; `gopkg.in/yaml.v3` -> `gopkg.in/yaml`; else itself. */
function majorFamily(modPath) {
    const slash = /^(.+)\/v(\d+)$/.exec(modPath);
    if (slash && Number(slash[2]) >= 2)
        return slash[1];
    const gopkg = /^(gopkg\.in\/.+)\.v\d+$/.exec(modPath);
    if (gopkg)
        return gopkg[1];
    return modPath;
}
/** One dependency of the base against the same path in the head (null: nothing changed). */
function changeOf(b, h) {
    const base = moduleVersion(b);
    const head = moduleVersion(h);
    const out = (change, note) => ({
        change,
        path: h.path,
        ...(b.path !== h.path ? { basePath: b.path } : {}),
        base,
        head,
        ...(note ? { note } : {})
    });
    if (!b.replace && h.replace)
        return out('replaced');
    if (b.replace && !h.replace)
        return out('unreplaced');
    if (b.replace && h.replace) {
        if (b.replace.path !== h.replace.path)
            return out('re-replaced');
        // The same replacement path: what is linked is the replacement's version.
        if (b.replace.version !== h.replace.version)
            return byVersion(b.replace.version, h.replace.version, out);
        if (b.replace.sum !== h.replace.sum)
            return out('changed', 'same version, another sum');
        // A directory replacement has no version of its own: the required one moved (go.mod's require line).
        if (b.version !== h.version)
            return byVersion(b.version, h.version, out);
        return null;
    }
    if (b.version !== h.version)
        return byVersion(b.version, h.version, out);
    if (b.sum !== h.sum && b.sum && h.sum)
        return out('changed', 'same version, another sum');
    return null;
}
function byVersion(a, b, out) {
    const order = compareVersions(a, b);
    if (order === null)
        return out('changed');
    if (order < 0)
        return out('upgraded');
    if (order > 0)
        return out('downgraded');
    // Equal by semver but spelled differently: only +incompatible (build metadata) can do that.
    return out('changed', 'same version, other build metadata');
}
function compareModules(base, head) {
    const baseBy = new Map(base.map(m => [m.path, m]));
    const headBy = new Map(head.map(m => [m.path, m]));
    const changes = [];
    for (const h of head) {
        const b = baseBy.get(h.path);
        if (!b)
            continue;
        const c = changeOf(b, h);
        if (c)
            changes.push(c);
    }
    const added = head.filter(m => !baseBy.has(m.path));
    const removed = base.filter(m => !headBy.has(m.path));
    // A major-version move (m -> m/v2) is one module changing, not one added and one removed.
    for (const a of added) {
        const family = majorFamily(a.path);
        const i = removed.findIndex(r => r.path !== a.path && majorFamily(r.path) === family);
        if (i >= 0) {
            const [r] = removed.splice(i, 1);
            changes.push(changeOf(r, a) ?? {
                change: 'changed',
                path: a.path,
                basePath: r.path,
                base: moduleVersion(r),
                head: moduleVersion(a)
            });
            continue;
        }
        changes.push({ change: 'added', path: a.path, base: null, head: moduleVersion(a) });
    }
    for (const r of removed)
        changes.push({ change: 'removed', path: r.path, base: moduleVersion(r), head: null });
    const order = [
        'added',
        'upgraded',
        'downgraded',
        'replaced',
        're-replaced',
        'unreplaced',
        'changed',
        'removed'
    ];
    return changes.sort((x, y) => order.indexOf(x.change) - order.indexOf(y.change) || x.path.localeCompare(y.path));
}

;// CONCATENATED MODULE: ./src/compare/facts.ts
const BASELINE_SCHEMA = 'setup-go-cross-baseline/1';
/** Base name on either separator: reports from Windows runners use backslashes. */
function baseName(p) {
    return p.split(/[\\/]/).pop() ?? p;
}
function factsFromReport(r, sha256 = null) {
    const sections = {};
    for (const s of r.sections ?? [])
        sections[s.name] = (sections[s.name] ?? 0) + s.size;
    return {
        name: baseName(r.path),
        path: r.path,
        target: r.goos && r.goarch ? `${r.goos}/${r.goarch}` : '',
        size: r.size ?? 0,
        sha256,
        sections,
        go: r.go
            ? {
                version: r.go.version,
                path: r.go.path,
                main: r.go.main,
                deps: r.go.deps,
                settings: r.go.settings
            }
            : null
    };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === 'string';
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Why `v` is not a Module (null when it is). */
function moduleProblem(v, where, depth = 0) {
    if (!isObject(v) || !isString(v.path) || !isString(v.version) || !isString(v.sum))
        return `${where} is not {path, version, sum}`;
    if (v.replace !== undefined) {
        if (depth > 0)
            return `${where}.replace is nested`;
        return moduleProblem(v.replace, `${where}.replace`, 1);
    }
    return null;
}
const stringMap = (v) => isObject(v) && Object.values(v).every(isString);
/** Why `v` is not ArtifactFacts (null when it is). */
function factsProblem(v, where) {
    if (!isObject(v))
        return `${where} is not an object`;
    if (!isString(v.name) || !isString(v.path) || !isString(v.target))
        return `${where} lacks name, path or target`;
    if (!isCount(v.size))
        return `${where}.size is not a byte count`;
    if (v.sha256 !== null && !(isString(v.sha256) && /^[0-9a-f]{64}$/.test(v.sha256)))
        return `${where}.sha256 is not a SHA-256`;
    if (!isObject(v.sections) || !Object.values(v.sections).every(isCount))
        return `${where}.sections is not a map of sizes`;
    if (v.go !== null) {
        const g = v.go;
        if (!isObject(g) || !isString(g.version))
            return `${where}.go has no version`;
        if (g.path !== null && !isString(g.path))
            return `${where}.go.path is not a string`;
        if (g.main !== null) {
            const p = moduleProblem(g.main, `${where}.go.main`);
            if (p)
                return p;
        }
        if (!Array.isArray(g.deps))
            return `${where}.go.deps is not a list`;
        for (const [i, d] of g.deps.entries()) {
            const p = moduleProblem(d, `${where}.go.deps[${i}]`);
            if (p)
                return p;
        }
        if (!stringMap(g.settings))
            return `${where}.go.settings is not a map of strings`;
    }
    return null;
}
/** Parses a stored baseline; throws one line saying what is wrong with it. */
function parseBaseline(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new Error('not JSON');
    }
    if (!isObject(v))
        throw new Error('not an object');
    if (v.schema !== BASELINE_SCHEMA)
        throw new Error(`schema is ${JSON.stringify(v.schema)}, not ${BASELINE_SCHEMA}`);
    if (!isString(v.ref) || !isString(v.sha) || !isString(v.target) || !isString(v.createdAt))
        throw new Error('lacks ref, sha, target or createdAt');
    if (!Array.isArray(v.artifacts))
        throw new Error('artifacts is not a list');
    for (const [i, a] of v.artifacts.entries()) {
        const p = factsProblem(a, `artifacts[${i}]`);
        if (p)
            throw new Error(p);
    }
    return v;
}
/**
 * The reports of a verify JSON report ({"files":[...]}), checked just enough
 * to compare (each file: path, size, optional go and sections); throws one
 * line naming what is wrong.
 */
function factsFromReportJson(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new Error('is not JSON');
    }
    if (!isObject(v) || !Array.isArray(v.files))
        throw new Error('is not a report ({"files":[...]})');
    return v.files.map((f, i) => {
        const where = `files[${i}]`;
        if (!isObject(f) || !isString(f.path))
            throw new Error(`${where} has no path`);
        if (f.size !== null && !isCount(f.size))
            throw new Error(`${where}.size is not a byte count`);
        if (f.goos !== null && f.goos !== undefined && !isString(f.goos))
            throw new Error(`${where}.goos is not a string`);
        if (f.goarch !== null && f.goarch !== undefined && !isString(f.goarch))
            throw new Error(`${where}.goarch is not a string`);
        if (f.sections !== undefined) {
            if (!Array.isArray(f.sections) ||
                !f.sections.every(s => isObject(s) && isString(s.name) && isCount(s.size)))
                throw new Error(`${where}.sections is not a list of {name, size}`);
        }
        const facts = factsFromReport(f);
        const problem = factsProblem(facts, where);
        if (problem)
            throw new Error(problem);
        return facts;
    });
}

;// CONCATENATED MODULE: ./src/compare/render.ts
/**
 * A comparison for people: the job summary's "Compared with base" section
 * (HTML, every untrusted value escaped by log/escape.ts) and the CLI's text.
 */


const ICON = {
    added: '➕',
    removed: '➖',
    upgraded: '⬆️',
    downgraded: '⬇️',
    replaced: '🔀',
    're-replaced': '🔀',
    unreplaced: '↩️',
    changed: '✳️'
};
const shortSha = (sha) => sha.slice(0, 7);
function sizeCells(s) {
    if (!s)
        return ['–', '–', '–'];
    return [
        s.base ? budget_formatBytes(s.base) : '–',
        s.head ? budget_formatBytes(s.head) : '–',
        `${budget_formatBytes(s.delta, true)}${s.percent === null ? '' : ` (${budget_formatPercent(s.percent)})`}`
    ];
}
function render_status(a) {
    return a.status === 'new'
        ? 'new'
        : a.status === 'gone'
            ? 'gone'
            : a.status === 'unchanged'
                ? 'same'
                : 'changed';
}
const table = (head, rows) => `<table><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>${rows
    .map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>\n`;
function render_moduleLine(m) {
    const from = m.basePath ? `${m.basePath} ${m.base}` : m.base;
    switch (m.change) {
        case 'added':
            return `${m.path} ${m.head}`;
        case 'removed':
            return `${m.path} ${m.base}`;
        default:
            return `${m.path}: ${from} → ${m.head}${m.note ? ` (${m.note})` : ''}`;
    }
}
/** The "Compared with base" section for the job summary (HTML). */
function comparisonHtml(targets) {
    return `<h3>Compared with base</h3>\n${targetsHtml(targets)}`;
}
/** One table per target, then its findings and module changes (HTML). */
function targetsHtml(targets) {
    let out = '';
    for (const t of targets) {
        out += htmlLine `<h4>${t.target}</h4>\n<p>Baseline: <code>${t.base.ref}</code> @ <code>${shortSha(t.base.sha)}</code>`;
        out +=
            t.base.how === 'exact'
                ? ' (the base commit)</p>\n'
                : ' (newest baseline of the base branch; none for the base commit)</p>\n';
        const rows = t.comparison.artifacts.map(a => [
            htmlLine `<code>${a.name}</code>`,
            html(render_status(a)),
            ...sizeCells(a.size).map(html),
            html(a.sections
                .slice(0, 4)
                .map(s => `${s.name} ${formatBytes(s.delta, true)}`)
                .join(', ') || '–')
        ]);
        out += table(['artifact', '', 'base', 'this build', 'Δ size', 'sections moved'], rows);
        const items = [];
        for (const a of t.comparison.artifacts) {
            const tag = t.comparison.artifacts.length > 1 ? htmlLine `<code>${a.name}</code>: ` : '';
            if (a.goVersion)
                items.push(`${tag}Go ${htmlLine `${a.goVersion.base ?? '–'} → ${a.goVersion.head ?? '–'}`}`);
            for (const s of a.settings)
                items.push(`${tag}build setting ${htmlLine `<code>${s.key}</code>: ${s.base ?? '(unset)'} → ${s.head ?? '(unset)'}`}`);
        }
        for (const line of t.overBudget)
            items.push(`${t.budgetSeverity === 'error' ? '❌' : '⚠️'} ${html(line)}`);
        if (items.length)
            out += `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>\n`;
        const modules = moduleChangesOf(t.comparison);
        if (modules.length) {
            out += '<p><b>Linked modules</b></p>\n<ul>';
            for (const m of modules)
                out += `<li>${ICON[m.change]} ${html(m.change)} ${htmlLine `<code>${render_moduleLine(m)}</code>`}</li>`;
            out += '</ul>\n';
        }
    }
    return out;
}
/** The size change and number of module changes per target: the short form when the long one is too big. */
function targetsCompactHtml(targets) {
    const rows = targets.map(t => {
        const total = t.comparison.total;
        return [
            htmlLine `<code>${t.target}</code>`,
            html(`${formatBytes(total.delta, true)}${total.percent === null ? '' : ` (${formatPercent(total.percent)})`}`),
            html(String(moduleChangesOf(t.comparison).length)),
            html(t.overBudget.length ? `${t.overBudget.length} over size-budget` : '–')
        ];
    });
    return table(['target', 'Δ size', 'module changes', 'budget'], rows);
}
/** The module changes of a target's artifacts, once each (every artifact links the same set, usually). */
function moduleChangesOf(c) {
    const seen = new Set();
    const out = [];
    for (const a of c.artifacts) {
        if (a.status === 'new')
            continue;
        for (const m of a.modules) {
            const key = `${m.change}\u0000${m.path}\u0000${m.base}\u0000${m.head}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(m);
        }
    }
    return out;
}
/** The CLI's text: one line per artifact, then what changed in it. */
function comparisonText(c, baseName) {
    const out = [`Compared with ${baseName}:`];
    for (const a of c.artifacts) {
        const [b, h, d] = sizeCells(a.size);
        out.push(`  ${render_status(a).padEnd(7)} ${a.name} (${a.target || '?'})  ${b} -> ${h}  ${d}`);
        for (const s of a.sections.slice(0, 6))
            out.push(`    section ${s.name}: ${s.base ?? '-'} -> ${s.head ?? '-'} (${budget_formatBytes(s.delta, true)})`);
        if (a.goVersion)
            out.push(`    go: ${a.goVersion.base ?? '-'} -> ${a.goVersion.head ?? '-'}`);
        for (const s of a.settings)
            out.push(`    setting ${s.key}: ${s.base ?? '(unset)'} -> ${s.head ?? '(unset)'}`);
        if (a.status !== 'new')
            for (const m of a.modules)
                out.push(`    ${m.change} ${render_moduleLine(m)}`);
    }
    const t = c.total;
    out.push(`  total (artifacts in both): ${budget_formatBytes(t.delta, true)}${t.percent === null ? '' : ` (${budget_formatPercent(t.percent)})`}`);
    // Module paths, names and settings come from the binaries: one visible line each.
    return out.map(l => guardLine(untrusted(l))).join('\n');
}

;// CONCATENATED MODULE: ./src/targets/universal.ts
/** darwin/universal: one fat Mach-O joined from the darwin/amd64 and darwin/arm64 builds. */
const UNIVERSAL = { goos: 'darwin', goarch: 'universal' };
function isUniversal(t) {
    return t.goos === UNIVERSAL.goos && t.goarch === UNIVERSAL.goarch;
}
/** The thin targets a universal binary is joined from, in the order lipo writes them. */
const UNIVERSAL_SLICES = [
    { goos: 'darwin', goarch: 'amd64' },
    { goos: 'darwin', goarch: 'arm64' }
];

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Argument parsing for `setup-go-cross verify`. Usage errors are a UsageError
 * with one line naming the option and the bad value; the CLI exits 2 on them.
 */




class UsageError extends Error {
    name = 'UsageError';
}
const SHA = /^[0-9a-f]{7,64}$/i;
function parseArgs(argv, env = {}) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
        return { command: 'help' };
    if (argv[0] === '--version')
        return { command: 'version' };
    if (argv[0] !== 'verify')
        throw new UsageError(`unknown command "${argv[0]}"; the only command is "verify"`);
    const out = {
        command: 'verify',
        cgo: false,
        stripped: true,
        trimpath: true,
        json: false,
        files: [],
        targets: []
    };
    const sha = env.GITHUB_SHA?.trim();
    if (sha && SHA.test(sha))
        out.githubSha = sha;
    let onlyFiles = false;
    for (let i = 1; i < argv.length; i++) {
        const arg = argv[i];
        if (onlyFiles || !arg.startsWith('-') || arg === '-') {
            out.files.push(arg);
            continue;
        }
        if (arg === '--') {
            onlyFiles = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq < 0 ? arg : arg.slice(0, eq);
        const inline = eq < 0 ? undefined : arg.slice(eq + 1);
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || (inline === undefined && v.startsWith('--')))
                throw new UsageError(`option ${name} needs a value`);
            if (/[\u0000-\u001f\u007f]/.test(v))
                throw new UsageError(`option ${name} value ${JSON.stringify(v)} contains control characters`);
            return v;
        };
        const flag = () => {
            if (inline !== undefined)
                throw new UsageError(`option ${name} takes no value (got "${inline}")`);
        };
        switch (name) {
            case '--target': {
                const v = value();
                let t;
                try {
                    t = v.trim() === 'darwin/universal' ? UNIVERSAL : parseTarget(v, '--target');
                }
                catch (err) {
                    if (err instanceof TargetError)
                        throw new UsageError(err.message);
                    throw err;
                }
                if (out.targets.some(o => formatTarget(o) === formatTarget(t)))
                    throw new UsageError(`--target ${formatTarget(t)} is given twice`);
                out.targets.push(t);
                break;
            }
            case '--go-version': {
                const v = value().trim();
                if (parseGoVersion(v)?.major !== 1)
                    throw new UsageError(`--go-version "${v}" is not an exact Go version; use e.g. 1.22.12 or go1.22.12`);
                out.goVersion = v.startsWith('go') ? v : `go${v}`;
                break;
            }
            case '--github-sha': {
                const v = value().trim();
                if (!SHA.test(v))
                    throw new UsageError(`--github-sha "${v}" is not a commit hash (7 to 64 hex digits)`);
                out.githubSha = v;
                break;
            }
            case '--compare':
                out.compare = value();
                break;
            case '--size-budget': {
                const v = value();
                const budget = parseSizeBudget(v);
                if (!budget)
                    throw new UsageError(`--size-budget "${v}" is not a budget; use ${SIZE_BUDGET_ACCEPTED}`);
                out.sizeBudget = budget;
                break;
            }
            case '--cgo':
                flag();
                out.cgo = true;
                break;
            case '--no-stripped':
                flag();
                out.stripped = false;
                break;
            case '--no-trimpath':
                flag();
                out.trimpath = false;
                break;
            case '--json':
                flag();
                out.json = true;
                break;
            case '--help':
            case '-h':
                return { command: 'help' };
            default:
                throw new UsageError(`unknown option ${JSON.stringify(name)}; see --help`);
        }
    }
    if (out.files.length === 0)
        throw new UsageError('verify needs at least one FILE');
    if (out.sizeBudget && !out.compare)
        throw new UsageError('--size-budget needs --compare BASE-REPORT.json to measure growth against');
    return out;
}
const USAGE = `Usage: setup-go-cross verify [options] FILE...

Checks Go binaries against the intended target without readelf or Go:
format, class, byte order, machine, OS/ABI, type, static linking, stripping,
DWARF, and the Go build info (version, GOOS/GOARCH/variant, CGO_ENABLED,
-trimpath, vcs.revision, vcs.modified).

Options:
  --target GOOS/GOARCH[/variant]  intended target, e.g. linux/arm64, linux/arm/v7,
                                  darwin/universal (without it, the header is checked
                                  against the build info). Repeat it for a dist/ of
                                  several targets: each file is checked against the one
                                  it is built for, and one that is none of them fails.
  --go-version V                  expected Go version, e.g. 1.22.12
  --cgo                           cgo was on: allow dynamic linking, expect CGO_ENABLED=1
  --no-stripped                   do not require -ldflags=-s -w (symbols, DWARF)
  --no-trimpath                   do not require -trimpath
  --github-sha SHA                expected vcs.revision (default: $GITHUB_SHA when set)
  --json                          print {"files":[REPORT...]} instead of a table
  --compare BASE.json             compare with the --json report of another build (the
                                  base): size and sections, linked modules, Go version,
                                  build settings, artifacts new or gone (by name and target)
  --size-budget B                 with --compare: growth beyond B (5%, 300KiB) is exit 1

Exit status: 0 all passed, 1 an error-level finding (or over --size-budget),
2 usage error or unreadable file (or an unreadable --compare report).`;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI as a function (argv, env, output streams -> exit code), so tests
 * and the bin entry share it. Never lets an exception or stack trace out.
 */








/** A base report bigger than this is not a report of binaries (each is a few KiB). */
const MAX_BASE_REPORT = 64 * 1024 * 1024;
const NAME = 'setup-go-cross';
/** The --compare report as facts; a file that cannot be used is a usage error (exit 2). */
async function readBase(file) {
    try {
        const st = await (0,promises_namespaceObject.stat)(file);
        if (!st.isFile())
            throw new Error('not a file');
        if (st.size > MAX_BASE_REPORT)
            throw new Error(`${st.size} bytes, more than a report can be`);
        return factsFromReportJson(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new UsageError(`--compare ${JSON.stringify(file)}: ${err.code === 'ENOENT' ? 'no such file' : err.message}; accepted: the --json report of another build`);
    }
}
async function main(argv, io) {
    try {
        const args = parseArgs(argv, io.env);
        if (args.command === 'help') {
            io.out(USAGE);
            return 0;
        }
        if (args.command === 'version') {
            io.out(`${NAME} verify`);
            return 0;
        }
        const options = {
            goVersion: args.goVersion,
            cgo: args.cgo,
            stripped: args.stripped,
            trimpath: args.trimpath,
            githubSha: args.githubSha
        };
        // The base report is read first: a bad --compare is a usage error before any work.
        const base = args.compare ? await readBase(args.compare) : undefined;
        const results = [];
        for (const file of args.files)
            results.push(await verifyFileForTargets(file, options, args.targets));
        const reports = results.map(r => r.report);
        let comparison;
        if (base && args.compare) {
            const c = compareBuilds(base, reports.map(r => factsFromReport(r)));
            const over = args.sizeBudget
                ? c.artifacts.map(a => overBudget(a, args.sizeBudget)).filter((l) => !!l)
                : [];
            comparison = { base: args.compare, ...c, overBudget: over };
        }
        if (args.json)
            io.out(JSON.stringify(comparison ? { files: reports, compare: comparison } : { files: reports }, null, 2));
        else {
            io.out(formatTable(reports));
            if (comparison) {
                io.out(comparisonText(comparison, args.compare));
                for (const l of comparison.overBudget)
                    io.out(`  over budget: ${l}`);
            }
        }
        if (results.some(r => r.unreadable))
            return 2;
        return reports.every(r => r.ok) && !comparison?.overBudget.length ? 0 : 1;
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.err(`${NAME}: ${untrusted(err.message)}`);
            return 2;
        }
        // A bug, not the user's fault: one line, no stack trace (set SETUP_GO_CROSS_DEBUG=1 for it).
        io.err(`${NAME}: internal error: ${untrusted(err?.message ?? String(err))}`);
        if (io.env.SETUP_GO_CROSS_DEBUG)
            io.err(String(err?.stack));
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** Entry of dist/cli/index.js and the package.json `bin`: `setup-go-cross verify ...`. */


/*
 * A CLI run is short: most of its cost per extra binary was V8's optimising
 * compiler (TurboFan) compiling the parsers it then used only a few hundred
 * times. Capping the process at the mid tier (Maglev) halves the marginal
 * cost for runs up to thousands of files (bench/verify.mjs prints it).
 * Set before any verifier function gets hot, so it applies to all of them.
 */
(0,external_node_v8_namespaceObject.setFlagsFromString)('--max-opt=2');
const write = (stream) => (text) => {
    stream.write(`${text}\n`);
};
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', err => {
    if (err.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), {
    out: write(process.stdout),
    err: write(process.stderr),
    env: process.env
}).then(code => {
    process.exitCode = code;
}, err => {
    process.stderr.write(`setup-go-cross: internal error: ${err?.message ?? String(err)}\n`);
    process.exitCode = 2;
});

