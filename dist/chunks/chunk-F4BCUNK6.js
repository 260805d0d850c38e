import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  DEPENDENCY_FIELDS,
  entryLabel,
  isOwnCode
} from "./chunk-LHOIBBIU.js";
import {
  parseTree
} from "./chunk-ZVYVRW72.js";
import {
  isInstallPath,
  nameFromInstallPath
} from "./chunk-ZGRLDC5Z.js";
import {
  require_js_yaml
} from "./chunk-46RT45P2.js";
import {
  LockfileError,
  LockgateError,
  MAX_LOCKFILE_BYTES,
  PUBLIC_REGISTRY,
  PUBLIC_REGISTRY_HOSTS,
  applyPlan,
  contentProblem,
  downloadHost,
  emptyProblem,
  errorSentence,
  gitRepository,
  isHostedRepoPage,
  isHttpUrl,
  isPlainHttp,
  isPublicRegistryHost,
  isTarballPath,
  jsonErrorLine,
  lineAt,
  normalizeResolved,
  precheck,
  quote,
  registryPrefix,
  registryTarball,
  urlHost
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import {
  defangText,
  md,
  mdCode,
  mdJsonSpan,
  mdLink,
  mdProse,
  plain
} from "./chunk-UNWV5ZLC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7FTKMFDC.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max2] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max2}}`).split(`${token}+`).join(`${token}{1,${max2}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i2 = 0; i2 < identifiers.length; i2++) {
        if (compareIdentifiers(prerelease[i2], identifiers[i2]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i2 = 0;
        do {
          const a = this.prerelease[i2];
          const b = other.prerelease[i2];
          debug("prerelease compare", i2, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i2);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i2 = 0;
        do {
          const a = this.build[i2];
          const b = other.build[i2];
          debug("build compare", i2, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i2);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i2 = this.prerelease.length;
              while (--i2 >= 0) {
                if (typeof this.prerelease[i2] === "number") {
                  this.prerelease[i2]++;
                  i2 = -2;
                }
              }
              if (i2 === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first2 = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first2];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i2 = 0; i2 < this.set.length; i2++) {
            if (i2 > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i2];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i2 = 0; i2 < this.set.length; i2++) {
          if (testSet(this.set[i2], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i2 = 0; i2 < set.length; i2++) {
        if (!set[i2].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i2 = 0; i2 < set.length; i2++) {
          debug(set[i2].semver);
          if (set[i2].semver === Comparator.ANY) {
            continue;
          }
          if (set[i2].semver.prerelease.length > 0) {
            const allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean2 = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean2;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max2 = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max2 || maxSV.compare(v) === -1) {
            max2 = v;
            maxSV = new SemVer(max2, options);
          }
        }
      });
      return max2;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first2 = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first2) {
            first2 = version;
          }
        } else {
          if (prev) {
            set.push([first2, prev]);
          }
          prev = null;
          first2 = null;
        }
      }
      if (first2) {
        set.push([first2, null]);
      }
      const ranges = [];
      for (const [min, max2] of set) {
        if (min === max2) {
          ranges.push(min);
        } else if (!max2 && min === v[0]) {
          ranges.push("*");
        } else if (!max2) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max2}`);
        } else {
          ranges.push(`${min} - ${max2}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean2 = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean: clean2,
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
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/advisories/local.ts
var import_parse2 = __toESM(require_parse(), 1);
import { realpath, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// src/core/paths.ts
import path from "node:path";
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}

// src/match/origins.ts
var ORIGINS_KEY = "malicious-packages-origins";
var cache = /* @__PURE__ */ new WeakMap();
function originImports(record) {
  const specific = record.database_specific;
  const list2 = isRecord(specific) ? specific[ORIGINS_KEY] : void 0;
  if (!Array.isArray(list2)) return [];
  const imports = [];
  for (const raw of list2) {
    if (!isRecord(raw) || typeof raw.source !== "string") continue;
    const entry = { source: raw.source };
    for (const key of ["id", "modified_time", "import_time"]) {
      const value = raw[key];
      if (typeof value === "string" && value !== "") entry[key] = value;
    }
    if (Array.isArray(raw.ranges)) entry.ranges = raw.ranges.filter(isRecord);
    if (Array.isArray(raw.versions)) entry.versions = raw.versions.filter((v) => typeof v === "string");
    imports.push(entry);
  }
  return imports;
}
function timeOf(value) {
  const ms = value === void 0 ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? -Infinity : ms;
}
function compareImports(a, b) {
  return timeOf(a.modified_time) - timeOf(b.modified_time) || timeOf(a.import_time) - timeOf(b.import_time) || 0;
}
function latestImports(imports) {
  const groups = /* @__PURE__ */ new Map();
  imports.forEach((entry, index) => {
    const key = entry.id === void 0 ? `#${index}` : `${entry.source}\0${entry.id}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  });
  const latest2 = [];
  const superseded = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort(compareImports);
    latest2.push(sorted.at(-1));
    superseded.push(...sorted.slice(0, -1));
  }
  return { latest: latest2, superseded };
}
function rangeKey(range) {
  const events = (Array.isArray(range.events) ? range.events : []).flatMap(
    (event) => isRecord(event) ? Object.entries(event).filter(([, value]) => typeof value === "string").map(([kind, value]) => `${kind}=${String(value)}`) : []
  ).sort();
  return `${typeof range.type === "string" ? range.type.toUpperCase() : ""}|${events.join(",")}`;
}
function withoutStale(entry, staleRanges, staleVersions) {
  if (entry === null || typeof entry !== "object") return entry;
  const oldRanges = Array.isArray(entry.ranges) ? entry.ranges : [];
  const oldVersions = Array.isArray(entry.versions) ? entry.versions : [];
  const ranges = oldRanges.filter((r) => !isRecord(r) || !staleRanges.has(rangeKey(r)));
  const versions = oldVersions.filter((v) => !staleVersions.has(v));
  const kept = ranges.length + versions.length;
  if (kept === oldRanges.length + oldVersions.length || kept === 0) return entry;
  const copy = { ...entry };
  if (Array.isArray(entry.ranges)) copy.ranges = ranges;
  if (Array.isArray(entry.versions)) copy.versions = versions;
  return copy;
}
function currentRecord(record) {
  const known = cache.get(record);
  if (known) return known;
  const affected = Array.isArray(record.affected) ? record.affected : [];
  const { latest: latest2, superseded } = latestImports(originImports(record));
  const currentRanges = new Set(latest2.flatMap((i2) => (i2.ranges ?? []).map(rangeKey)));
  const currentVersions = new Set(latest2.flatMap((i2) => i2.versions ?? []));
  const staleRanges = new Set(
    superseded.flatMap((i2) => (i2.ranges ?? []).map(rangeKey)).filter((key) => !currentRanges.has(key))
  );
  const staleVersions = new Set(superseded.flatMap((i2) => i2.versions ?? []).filter((v) => !currentVersions.has(v)));
  let narrowed = false;
  const current = staleRanges.size === 0 && staleVersions.size === 0 ? affected : affected.map((entry) => {
    const narrowedEntry = withoutStale(entry, staleRanges, staleVersions);
    if (narrowedEntry !== entry) narrowed = true;
    return narrowedEntry;
  });
  const result = { affected: current, origins: latest2, narrowed };
  cache.set(record, result);
  return result;
}
function currentView(record) {
  const current = currentRecord(record);
  return current.narrowed ? { ...record, affected: current.affected } : record;
}

// src/match/osv-range.ts
var import_compare = __toESM(require_compare(), 1);
var import_parse = __toESM(require_parse(), 1);
var EVENT_KINDS = ["introduced", "fixed", "last_affected", "limit"];
var VERSION_RANGE_TYPES = /* @__PURE__ */ new Set(["SEMVER", "ECOSYSTEM"]);
function parseVersion(version) {
  return (0, import_parse.default)(version, { loose: true });
}
function isVersionRange(range) {
  return typeof range.type === "string" && VERSION_RANGE_TYPES.has(range.type.toUpperCase());
}
function flattenEvents(events) {
  const flat = [];
  for (const event of events) {
    if (event === null || typeof event !== "object") continue;
    for (const kind of EVENT_KINDS) {
      const value = event[kind];
      if (typeof value === "string" && value.trim() !== "") flat.push({ kind, value: value.trim() });
    }
  }
  return flat;
}
function parseBound(kind, value) {
  if (kind === "introduced" && value === "0") return { at: "zero" };
  if (kind === "limit" && value.includes("*")) return { at: "infinity" };
  const version = parseVersion(value);
  return version ? { at: "version", version } : null;
}
function parseRangeEvents(range) {
  const events = [];
  for (const { kind, value } of flattenEvents(Array.isArray(range.events) ? range.events : [])) {
    const bound = parseBound(kind, value);
    if (!bound) return { error: `${kind} ${JSON.stringify(value.slice(0, 80))} is not a semver version` };
    events.push({ kind, bound });
  }
  return { events: [...events].sort(compareEvents) };
}
function compareBounds(a, b) {
  const rank2 = (x2) => x2.at === "zero" ? 0 : x2.at === "version" ? 1 : 2;
  if (a.at === "version" && b.at === "version") return (0, import_compare.default)(a.version, b.version);
  return rank2(a) - rank2(b);
}
function compareEvents(a, b) {
  return compareBounds(a.bound, b.bound) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind);
}
function compareToBound(version, bound) {
  if (bound.at === "zero") return 1;
  if (bound.at === "infinity") return -1;
  return (0, import_compare.default)(version, bound.version);
}
function beforeLimits(version, events) {
  const limits = events.filter((e) => e.kind === "limit");
  return limits.length === 0 || limits.some((e) => compareToBound(version, e.bound) < 0);
}
function inEvents(version, events) {
  if (!beforeLimits(version, events)) return false;
  let affected = false;
  for (const event of events) {
    const cmp = compareToBound(version, event.bound);
    if (event.kind === "introduced" && cmp >= 0) affected = true;
    else if (event.kind === "fixed" && cmp >= 0) affected = false;
    else if (event.kind === "last_affected" && cmp > 0) affected = false;
  }
  return affected;
}
function coversEverything(events) {
  const hasZero = events.some((e) => e.kind === "introduced" && e.bound.at === "zero");
  const hasUpper = events.some(
    (e) => e.kind === "fixed" || e.kind === "last_affected" || e.kind === "limit" && e.bound.at !== "infinity"
  );
  return hasZero && !hasUpper;
}
function inVersionList(versions, version) {
  if (versions.includes(version)) return true;
  const wanted = parseVersion(version);
  if (!wanted) return false;
  return versions.some((listed) => {
    if (typeof listed !== "string") return false;
    const parsed = parseVersion(listed);
    return parsed !== null && parsed.version === wanted.version;
  });
}
function rangeAffects(range, version) {
  if (range === null || typeof range !== "object" || !isVersionRange(range)) return false;
  const parsed = parseRangeEvents(range);
  if ("error" in parsed) return false;
  const semverVersion = parseVersion(version);
  if (!semverVersion) return coversEverything(parsed.events);
  return inEvents(semverVersion, parsed.events);
}
function affectsVersion(affected, version) {
  if (Array.isArray(affected.versions) && inVersionList(affected.versions, version)) return true;
  return Array.isArray(affected.ranges) && affected.ranges.some((range) => rangeAffects(range, version));
}

// src/match/match.ts
var NPM = "npm";
function describe(value) {
  if (value === null) return "null";
  if (value === void 0) return "missing";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function isWithdrawn(record) {
  return typeof record.withdrawn === "string" && record.withdrawn.trim() !== "";
}
function namesPackage(affected, name) {
  const pkg = affected.package;
  return isRecord(pkg) && typeof pkg.ecosystem === "string" && pkg.ecosystem.toLowerCase() === NPM && pkg.name === name;
}
function recordAffects(record, name, version) {
  if (isWithdrawn(record) || !Array.isArray(record.affected)) return false;
  return currentRecord(record).affected.some(
    (affected) => isRecord(affected) && namesPackage(affected, name) && affectsVersion(affected, version)
  );
}
function matchedOrigins(record, name, version) {
  const named = (record.affected ?? []).some((a) => isRecord(a) && namesPackage(a, name));
  if (!named) return [];
  return currentRecord(record).origins.filter((origin) => {
    const said = {};
    if (origin.ranges) said.ranges = origin.ranges;
    if (origin.versions) said.versions = origin.versions;
    return affectsVersion(said, version);
  }).map((origin) => ({
    record: record.id,
    source: origin.source,
    ...origin.id !== void 0 ? { id: origin.id } : {},
    ...origin.modified_time !== void 0 ? { modified: origin.modified_time } : {}
  }));
}
function affectedErrors(affected, path15) {
  if (!isRecord(affected)) return [`${path15} is ${describe(affected)}, not an object`];
  const errors = [];
  const pkg = affected.package;
  if (pkg !== void 0 && pkg !== null && !isRecord(pkg))
    errors.push(`${path15}.package is ${describe(pkg)}, not an object`);
  const versions = affected.versions;
  if (versions !== void 0 && versions !== null) {
    if (!Array.isArray(versions)) errors.push(`${path15}.versions is ${describe(versions)}, not an array`);
    else {
      const bad = versions.findIndex((v) => typeof v !== "string");
      if (bad >= 0) errors.push(`${path15}.versions[${bad}] is ${describe(versions[bad])}, not a string`);
    }
  }
  const ranges = affected.ranges;
  if (ranges !== void 0 && ranges !== null) {
    if (!Array.isArray(ranges)) errors.push(`${path15}.ranges is ${describe(ranges)}, not an array`);
    else {
      ranges.forEach((range, i2) => {
        if (!isRecord(range)) errors.push(`${path15}.ranges[${i2}] is ${describe(range)}, not an object`);
        else if (range.events !== void 0 && !Array.isArray(range.events))
          errors.push(`${path15}.ranges[${i2}].events is ${describe(range.events)}, not an array`);
        else if (Array.isArray(range.events)) {
          const bad = range.events.findIndex((e) => !isRecord(e));
          if (bad >= 0)
            errors.push(`${path15}.ranges[${i2}].events[${bad}] is ${describe(range.events[bad])}, not an object`);
        }
      });
    }
  }
  return errors;
}
function affectedWarnings(affected, path15) {
  const warnings = [];
  (affected.ranges ?? []).forEach((range, i2) => {
    if (!isVersionRange(range)) return;
    const parsed = parseRangeEvents(range);
    if ("error" in parsed) warnings.push(`${path15}.ranges[${i2}] is skipped: ${plain(parsed.error, 100)}`);
    else if (!parsed.events.some((e) => e.kind === "introduced"))
      warnings.push(`${path15}.ranges[${i2}] has no introduced event, so it matches no version`);
  });
  return warnings;
}
function packageNames(affected) {
  const names = affected.map((a) => isRecord(a) && isRecord(a.package) && typeof a.package.name === "string" ? a.package.name : "").filter((n) => n !== "");
  return [...new Set(names)];
}
function validateRecord(raw) {
  if (!isRecord(raw)) return { error: `the record is ${describe(raw)}, not a JSON object` };
  const rawId = raw.id;
  if (rawId !== void 0 && rawId !== null && typeof rawId !== "string")
    return { error: `the record's id is ${describe(rawId)}, not a string` };
  const idLabel = typeof rawId === "string" && rawId.trim() !== "" ? `record ${plain(rawId, 100)}` : "a record without id";
  const affected = raw.affected;
  if (!Array.isArray(affected))
    return { error: `${idLabel} has no affected array (affected is ${describe(affected)})` };
  if (affected.length === 0) return { error: `${idLabel} has an empty affected array, so it names no package` };
  const errors = affected.flatMap((a, i2) => affectedErrors(a, `affected[${i2}]`));
  if (errors.length > 0) return { error: `${idLabel}: ${errors.slice(0, 3).join("; ")}` };
  const aliases = raw.aliases;
  if (aliases !== void 0 && aliases !== null && !(Array.isArray(aliases) && aliases.every((a) => typeof a === "string")))
    return { error: `${idLabel}: aliases is not a list of strings` };
  const id = typeof rawId === "string" && rawId.trim() !== "" ? rawId.trim() : `(no id: ${plain(packageNames(affected).join(", ") || "no package", 100)})`;
  const record = { ...raw, id };
  if (aliases === null) delete record.aliases;
  if (typeof raw.withdrawn !== "string") delete record.withdrawn;
  if (typeof raw.summary !== "string") delete record.summary;
  const warnings = (record.affected ?? []).flatMap((a, i2) => affectedWarnings(a, `affected[${i2}]`));
  return warnings.length > 0 ? { record, warnings: warnings.map((w) => `${idLabel}: ${w}`) } : { record };
}
function idRank(id) {
  if (id.startsWith("MAL-")) return 0;
  if (id.startsWith("GHSA-")) return 1;
  return 2;
}
function primaryId(ids) {
  return [...ids].sort((a, b) => idRank(a) - idRank(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
}
function idsOf(record) {
  return [record.id, ...Array.isArray(record.aliases) ? record.aliases : []].filter(
    (id) => typeof id === "string" && id !== ""
  );
}
function groupByAliases(records) {
  const parent = /* @__PURE__ */ new Map();
  const find = (id) => {
    if (!parent.has(id)) parent.set(id, id);
    let root = id;
    for (let up = parent.get(root); up !== void 0 && up !== root; up = parent.get(root)) root = up;
    parent.set(id, root);
    return root;
  };
  const union = (a, b) => {
    parent.set(find(a), find(b));
  };
  for (const record of records) {
    const ids = idsOf(record);
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) union(ids[0] ?? id, id);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const record of records) {
    const root = find(record.id);
    const group = groups.get(root) ?? [];
    group.push(record);
    groups.set(root, group);
  }
  return [...groups.values()];
}
function toHit(group, sourceOf, name, version) {
  const records = [...group].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const id = primaryId(records.map((r) => r.id)) ?? "";
  const allIds = new Set(records.flatMap(idsOf));
  allIds.delete(id);
  const primary = records.find((r) => r.id === id && typeof r.summary === "string");
  const summary = primary?.summary ?? records.find((r) => typeof r.summary === "string")?.summary;
  const sources = [...new Set(records.map(sourceOf))].sort();
  const origins = records.flatMap((record) => matchedOrigins(record, name, version)).sort((a, b) => originLabel(a).localeCompare(originLabel(b)));
  const hit = {
    id,
    aliases: [...allIds].sort(),
    sources,
    source: sources.join(", "),
    records: records.map(currentView),
    origins,
    recordSources: records.map(sourceOf)
  };
  if (summary !== void 0) hit.summary = summary;
  return hit;
}
function originLabel(origin) {
  const id = origin.id !== void 0 ? ` ${plain(origin.id, 60)}` : "";
  const modified = origin.modified !== void 0 ? ` (modified ${plain(origin.modified, 40).slice(0, 10)})` : "";
  return `${plain(origin.source, 60)}${id}${modified}`;
}
function indexByPackage(records) {
  const index = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (isWithdrawn(record) || !Array.isArray(record.affected)) continue;
    const names = /* @__PURE__ */ new Set();
    for (const affected of record.affected) {
      const pkg = isRecord(affected) ? affected.package : void 0;
      if (isRecord(pkg) && typeof pkg.ecosystem === "string" && pkg.ecosystem.toLowerCase() === NPM && typeof pkg.name === "string")
        names.add(pkg.name);
    }
    for (const name of names) {
      const list2 = index.get(name) ?? [];
      list2.push(record);
      index.set(name, list2);
    }
  }
  return index;
}
function matchPackages(queries, records, sourceOf = () => "unknown") {
  const index = indexByPackage([...new Set(records)]);
  const result = /* @__PURE__ */ new Map();
  for (const { name, version } of queries) {
    const key = `${name}@${version}`;
    if (result.has(key)) continue;
    const matching = (index.get(name) ?? []).filter((record) => recordAffects(record, name, version));
    if (matching.length === 0) continue;
    const hits = groupByAliases(matching).map((group) => toHit(group, sourceOf, name, version));
    result.set(
      key,
      hits.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  }
  return result;
}

// src/advisories/records.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path2 from "node:path";
import { gunzipSync } from "node:zlib";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/advisories/records.ts
function shapeOfName(name) {
  const lower = name.toLowerCase().replace(/[?#].*$/, "");
  if (lower.endsWith(".zip")) return "zip";
  if (lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz") || lower.endsWith(".json.gz")) return "jsonl.gz";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".json")) return "json";
  return void 0;
}
function shapeOfBytes(bytes) {
  if (bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4) return "zip";
  if (bytes[0] === 31 && bytes[1] === 139) return "jsonl.gz";
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return text.startsWith("[") ? "json" : "jsonl";
}
function toSourced(value, file, line) {
  if (isRecord(value) && typeof value.id === "string" && value.id && (value.affected == null || Array.isArray(value.affected) && !value.affected.length)) {
    return { record: value, file, line };
  }
  const { record, error } = validateRecord(value);
  if (!record) throw new LockfileError(file, line, error ?? "not an OSV record");
  return { record, file, line };
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parseJsonl(text, file) {
  const out = [];
  const lines = stripBom(text).split("\n");
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new LockfileError(file, index + 1, `not a JSON record (${errorText(error)})`);
    }
    out.push(toSourced(value, file, index + 1));
  }
  return out;
}
function parseJsonRecords(text, file) {
  const clean2 = stripBom(text);
  if (clean2.trim() === "")
    throw new LockfileError(file, 1, "file is empty; expected an OSV record or an array of them");
  let value;
  try {
    value = JSON.parse(clean2);
  } catch (error) {
    throw new LockfileError(
      file,
      syntaxErrorLine(clean2) ?? jsonErrorLine(clean2, error) ?? 1,
      `not valid JSON (${errorText(error)})`
    );
  }
  if (!Array.isArray(value)) return [toSourced(value, file, firstLine(clean2))];
  const lines = elementLines(clean2);
  return value.map((item, index) => toSourced(item, file, lines[index] ?? 1));
}
function syntaxErrorLine(text) {
  const errors = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0] ? lineAt(text, errors[0].offset) : void 0;
}
function elementLines(text) {
  const root = parseTree(text);
  return (root?.children ?? []).map((child) => lineAt(text, child.offset));
}
function firstLine(text) {
  const at = text.search(/\S/);
  return at === -1 ? 1 : lineAt(text, at);
}
function parseZip(bytes, file) {
  let entries;
  try {
    entries = unzipSync(bytes, { filter: (entry) => entry.name.toLowerCase().endsWith(".json") });
  } catch (error) {
    throw new LockfileError(file, void 0, `not a readable zip archive (${errorText(error)})`);
  }
  const decoder3 = new TextDecoder("utf-8", { fatal: true });
  const out = [];
  for (const name of Object.keys(entries).sort()) {
    const entryName = `${file}!${name}`;
    let text;
    try {
      text = decoder3.decode(entries[name]);
    } catch {
      throw new LockfileError(entryName, void 0, "entry is not UTF-8 text");
    }
    out.push(...parseJsonRecords(text, entryName));
  }
  return out;
}
function parseRecordBytes(bytes, file, shape = shapeOfName(file) ?? shapeOfBytes(bytes)) {
  switch (shape) {
    case "zip":
      return parseZip(bytes, file);
    case "jsonl.gz": {
      let text;
      try {
        text = gunzipSync(bytes).toString("utf8");
      } catch (error) {
        throw new LockfileError(file, void 0, `not a readable gzip file (${errorText(error)})`);
      }
      return parseJsonl(text, file);
    }
    case "jsonl":
      return parseJsonl(Buffer.from(bytes).toString("utf8"), file);
    case "json":
      return parseJsonRecords(Buffer.from(bytes).toString("utf8"), file);
  }
}
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path2.join(entry.parentPath ?? entry.path ?? dir, entry.name)).sort();
}
async function readBytes(file) {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LockfileError(file, void 0, `cannot read file (${errorText(error)})`);
  }
}
function errorText(error) {
  const message2 = error instanceof Error ? error.message : String(error);
  return quote(message2, 160).slice(1, -1);
}
function namesCwe506(value) {
  if (!Array.isArray(value)) return false;
  return value.some((entry) => {
    const id = isRecord(entry) ? entry.cweId ?? entry.cwe_id ?? entry.id : entry;
    return typeof id === "string" && id.trim().toUpperCase() === "CWE-506";
  });
}
function hasCwe506(specific) {
  return isRecord(specific) && (namesCwe506(specific.cwes) || namesCwe506(specific.cwe_ids));
}
function isMalicious(record) {
  if (record.id.startsWith("MAL-")) return true;
  if ((record.aliases ?? []).some((alias) => alias.startsWith("MAL-"))) return true;
  if (hasCwe506(record.database_specific)) return true;
  return (record.affected ?? []).some((affected) => hasCwe506(affected.database_specific));
}

// src/advisories/snapshot-format.ts
import { inflateRawSync } from "node:zlib";
var SNAPSHOT_FORMAT = "lockgate-advisories";
var SNAPSHOT_VERSION = 1;
var DETAILS_MAX = 300;
var HEADER_MAX_BYTES = 4096;
var SnapshotFormatError = class extends LockgateError {
  constructor(reason) {
    super("snapshot", reason);
    this.name = "SnapshotFormatError";
  }
};
function compactRecord(record) {
  const out = { id: record.id };
  const aliases = strings(record.aliases);
  if (aliases.length > 0) out.aliases = aliases;
  if (typeof record.summary === "string" && record.summary !== "") out.summary = record.summary;
  const details = detailsExtract(record.details);
  if (details) out.details = details;
  if (typeof record.published === "string") out.published = record.published;
  if (typeof record.modified === "string") out.modified = record.modified;
  if (typeof record.withdrawn === "string") out.withdrawn = record.withdrawn;
  const current = currentRecord(record);
  out.affected = current.affected.map(compactAffected);
  const references = (record.references ?? []).filter((r) => typeof r?.url === "string");
  if (references.length > 0) {
    out.references = references.map(
      (r) => typeof r.type === "string" ? { type: r.type, url: r.url } : { url: r.url }
    );
  }
  const iocs = compactIocs(record.database_specific?.iocs);
  const origins = current.origins.map(compactOrigin);
  if (iocs || origins.length > 0) {
    out.database_specific = { ...iocs ? { iocs } : {}, ...origins.length > 0 ? { [ORIGINS_KEY]: origins } : {} };
  }
  return out;
}
function compactOrigin(origin) {
  const out = { source: origin.source };
  if (origin.id !== void 0) out.id = origin.id;
  if (origin.modified_time !== void 0) out.modified_time = origin.modified_time;
  if (origin.ranges) out.ranges = origin.ranges.map(compactRange);
  if (origin.versions) out.versions = strings(origin.versions);
  return out;
}
function compactAffected(affected) {
  const out = {};
  const pkg = affected.package;
  if (pkg) {
    out.package = {};
    if (typeof pkg.ecosystem === "string") out.package.ecosystem = pkg.ecosystem;
    if (typeof pkg.name === "string") out.package.name = pkg.name;
  }
  if (Array.isArray(affected.versions)) out.versions = strings(affected.versions);
  if (Array.isArray(affected.ranges)) out.ranges = affected.ranges.map(compactRange);
  const indicators = affected.database_specific?.indicators;
  const domains = strings(isRecord(indicators) ? indicators.domains : void 0);
  if (domains.length > 0) out.database_specific = { indicators: { domains } };
  return out;
}
function compactRange(range) {
  const out = {};
  if (typeof range.type === "string") out.type = range.type;
  out.events = (range.events ?? []).map((event) => {
    const kept = {};
    for (const key of ["introduced", "fixed", "last_affected", "limit"]) {
      const value = event[key];
      if (typeof value === "string") kept[key] = value;
    }
    return kept;
  });
  return out;
}
function compactIocs(iocs) {
  if (!isRecord(iocs)) return void 0;
  const out = {};
  for (const key of ["domains", "ips", "urls"]) {
    const list2 = strings(iocs[key]);
    if (list2.length > 0) out[key] = list2;
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
function detailsExtract(details, max2 = DETAILS_MAX) {
  if (typeof details !== "string") return void 0;
  const marker = details.search(/_-= Per source details/);
  let text = (marker === -1 ? details : details.slice(0, marker).replace(/-{3,}\s*$/, "")).trim();
  if (text === "" && marker !== -1) {
    const below = details.slice(details.indexOf("\n", marker) + 1 || details.length);
    const bodies = below.split(/^##\s*Source:.*$/m).map((body) => body.trim()).filter((body) => body !== "");
    text = [...new Set(bodies)].join(" ");
  }
  text = text.replace(/\s+/g, " ").trim();
  if (text === "") return void 0;
  return text.length > max2 ? `${text.slice(0, max2 - 1).trimEnd()}…` : text;
}
function npmNames(record) {
  const names = /* @__PURE__ */ new Set();
  for (const affected of record.affected ?? []) {
    const name = affected.package?.name;
    if (affected.package?.ecosystem === "npm" && typeof name === "string" && name !== "") names.add(name);
  }
  return [...names];
}
function newestDate(dates) {
  let best;
  let bestTime = -Infinity;
  for (const date of dates) {
    if (typeof date !== "string") continue;
    const time = Date.parse(date);
    if (Number.isNaN(time)) continue;
    if (time > bestTime || time === bestTime && best !== void 0 && date > best) {
      best = date;
      bestTime = time;
    }
  }
  return best;
}
function decodeHeader(bytes) {
  const end = bytes.subarray(0, HEADER_MAX_BYTES).indexOf(10);
  if (end === -1) throw new SnapshotFormatError("no header line (not a lockgate advisory snapshot)");
  let value;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)));
  } catch {
    throw new SnapshotFormatError("header line is not JSON (not a lockgate advisory snapshot)");
  }
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotFormatError("header does not name the lockgate-advisories format");
  }
  if (value.version !== SNAPSHOT_VERSION) {
    throw new SnapshotFormatError(
      `format version ${String(value.version)} is not the supported version ${SNAPSHOT_VERSION}`
    );
  }
  for (const key of ["records", "names", "postings", "blockRecords", "blocks", "indexBytes", "blockBytes"]) {
    const count = value[key];
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0 || count > 4294967295) {
      throw new SnapshotFormatError(`header field "${key}" is not a count`);
    }
  }
  const header = value;
  if (header.blockRecords === 0 || header.blocks !== Math.ceil(header.records / header.blockRecords)) {
    throw new SnapshotFormatError("header block counts do not fit its record count");
  }
  if (value.asOf !== void 0 && typeof value.asOf !== "string")
    throw new SnapshotFormatError('header "asOf" is not a date');
  return { header, indexStart: end + 1 };
}
function expectedSize(header, indexStart) {
  return indexStart + header.indexBytes + header.blockBytes;
}
var SnapshotIndex = class {
  /** `index` is exactly the index section (`header.indexBytes` bytes). */
  constructor(header, index) {
    this.header = header;
    const { names, postings, blocks, records } = header;
    const tableBytes = 4 * (2 * (names + 1) + postings + blocks + 1);
    if (index.length !== header.indexBytes || tableBytes > index.length) {
      throw new SnapshotFormatError("index section has the wrong size (truncated or corrupt file)");
    }
    const tables = uint32s(index.subarray(0, tableBytes));
    this.nameStarts = tables.subarray(0, names + 1);
    this.postingStarts = tables.subarray(names + 1, 2 * (names + 1));
    this.postings = tables.subarray(2 * (names + 1), 2 * (names + 1) + postings);
    this.blockStarts = tables.subarray(2 * (names + 1) + postings);
    this.nameBytes = index.subarray(tableBytes);
    checkTable(this.nameStarts, this.nameBytes.length, "name");
    checkTable(this.postingStarts, postings, "posting");
    checkTable(this.blockStarts, header.blockBytes, "block");
    for (const number of this.postings) {
      if (number >= records) throw new SnapshotFormatError("index points at a record that does not exist");
    }
  }
  header;
  nameStarts;
  postingStarts;
  postings;
  blockStarts;
  nameBytes;
  /** Record numbers of the records naming `name` (exact, case-sensitive), or []. */
  recordsFor(name) {
    const target = utf8(name);
    const { nameStarts, nameBytes } = this;
    let lo = 0;
    let hi = this.header.names - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const order = compareBytes(nameBytes, nameStarts[mid], nameStarts[mid + 1], target);
      if (order === 0)
        return Array.from(this.postings.subarray(this.postingStarts[mid], this.postingStarts[mid + 1]));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }
  /** Byte span of a compressed block within the blocks section. */
  blockSpan(block) {
    if (!Number.isInteger(block) || block < 0 || block >= this.header.blocks)
      throw new RangeError(`no block number ${block}`);
    return { start: this.blockStarts[block], end: this.blockStarts[block + 1] };
  }
  /** Records a block holds (all blocks are full but the last). */
  blockSize(block) {
    const { records, blockRecords } = this.header;
    return Math.min(blockRecords, records - block * blockRecords);
  }
  /** Every name in the index, in order (for tools and tests; a lookup never needs it). */
  names() {
    const decoder3 = new TextDecoder();
    const out = [];
    for (let i2 = 0; i2 < this.header.names; i2++) {
      out.push(decoder3.decode(this.nameBytes.subarray(this.nameStarts[i2], this.nameStarts[i2 + 1])));
    }
    return out;
  }
};
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function uint32s(bytes) {
  const count = bytes.length / 4;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Uint32Array(count);
  for (let i2 = 0; i2 < count; i2++) out[i2] = view.getUint32(4 * i2, true);
  return out;
}
function checkTable(table, total, what) {
  if (table[0] !== 0) throw new SnapshotFormatError(`${what} offset table is out of order (corrupt file)`);
  for (let i2 = 1; i2 < table.length; i2++) {
    if (table[i2] < table[i2 - 1]) throw new SnapshotFormatError(`${what} offset table is out of order (corrupt file)`);
  }
  if (table[table.length - 1] !== total) {
    throw new SnapshotFormatError(`${what} offset table does not match the section size (corrupt file)`);
  }
}
function utf8(text) {
  const out = new Uint8Array(text.length);
  for (let i2 = 0; i2 < text.length; i2++) {
    const code = text.charCodeAt(i2);
    if (code >= 128) return new TextEncoder().encode(text);
    out[i2] = code;
  }
  return out;
}
function compareBytes(bytes, start, end, target) {
  const length = Math.min(end - start, target.length);
  for (let i2 = 0; i2 < length; i2++) {
    const difference = bytes[start + i2] - target[i2];
    if (difference !== 0) return difference;
  }
  return end - start - target.length;
}
function decodeBlock(compressed, block, size, lines) {
  let text;
  try {
    text = inflateRawSync(compressed).toString("utf8");
  } catch {
    throw new SnapshotFormatError(`block ${block} does not inflate (corrupt file)`);
  }
  const rows = text.split("\n");
  if (rows.length !== size + 1 || rows[size] !== "") {
    throw new SnapshotFormatError(`block ${block} holds ${rows.length - 1} records, not ${size} (corrupt file)`);
  }
  const out = /* @__PURE__ */ new Map();
  for (const line of lines) {
    let value;
    try {
      value = JSON.parse(rows[line] ?? "");
    } catch {
      throw new SnapshotFormatError(`record ${line} of block ${block} is not JSON (corrupt file)`);
    }
    const { record } = validateRecord(value);
    if (!record) throw new SnapshotFormatError(`record ${line} of block ${block} is not an OSV record (corrupt file)`);
    out.set(line, record);
  }
  return out;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/advisories/local.ts
var PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
var NAME_MAX = 214;
function parseIncidentList(text, file) {
  const entries = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const entry = raw.replace(/#.*$/, "").trim();
    if (entry === "") continue;
    if (/\s/.test(entry)) {
      throw new LockfileError(file, line, `expected one "name@version" or "name" per line, got ${quote(entry)}`);
    }
    const at = entry.lastIndexOf("@");
    const name = at > 0 ? entry.slice(0, at) : entry;
    const version = at > 0 ? entry.slice(at + 1) : void 0;
    if (!PACKAGE_NAME.test(name) || name.length > NAME_MAX) {
      throw new LockfileError(
        file,
        line,
        `${quote(name)} is not an npm package name (expected "name@version" or "name")`
      );
    }
    if (version === "") throw new LockfileError(file, line, `${quote(entry)} has no version after "@"`);
    if (version !== void 0 && (!/^\d/.test(version) || (0, import_parse2.default)(version) === null)) {
      throw new LockfileError(file, line, `${quote(version)} is not an exact version (expected e.g. 1.2.3)`);
    }
    entries.push(version === void 0 ? { name, line } : { name, version, line });
  }
  return entries;
}
function listEntryRecord(entry, listPath) {
  const label = entry.version === void 0 ? `${entry.name} (every version)` : `${entry.name}@${entry.version}`;
  return {
    id: `LIST-${listPath}:${entry.line}`,
    summary: `${label} is listed in ${listPath} (line ${entry.line})`,
    affected: [
      entry.version === void 0 ? {
        package: { ecosystem: "npm", name: entry.name },
        ranges: [{ type: "SEMVER", events: [{ introduced: "0" }] }]
      } : { package: { ecosystem: "npm", name: entry.name }, versions: [entry.version] }
    ]
  };
}
var LocalSource = class {
  constructor(records, warnings = []) {
    this.records = records;
    let unindexed = 0;
    for (const record of records) {
      const names = npmNames(record);
      if (names.length === 0) unindexed++;
      for (const name of names) {
        const key = name.toLowerCase();
        const list2 = this.byName.get(key);
        if (list2) list2.push(record);
        else this.byName.set(key, [record]);
      }
    }
    this.warnings = [...warnings];
    if (unindexed > 0) this.warnings.push(`${unindexed} record(s) name no npm package and can never match`);
  }
  records;
  name = "custom";
  byName = /* @__PURE__ */ new Map();
  warnings;
  /**
   * Records naming any of the packages, each once, in the order they were read.
   * A list entry whose name differs from a package's only in case is returned
   * under the package's own spelling (OSV records from files match exactly).
   */
  async lookup(packages) {
    const found = /* @__PURE__ */ new Map();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const record of this.byName.get(name.toLowerCase()) ?? []) {
        const named = npmNames(record);
        if (named.includes(name)) found.set(record, [...found.get(record) ?? [], record]);
        else if (record.id.startsWith("LIST-"))
          found.set(record, [...found.get(record) ?? [], renamed(record, name)]);
      }
    }
    return this.records.flatMap((record) => [...new Set(found.get(record) ?? [])]);
  }
  status() {
    const asOf = newestDate(this.records.map((r) => r.modified));
    return {
      name: this.name,
      ok: true,
      records: this.records.length,
      ...asOf ? { asOf } : {},
      ...this.warnings.length > 0 ? { warning: this.warnings.join("; ") } : {}
    };
  }
};
function renamed(record, name) {
  return {
    ...record,
    affected: (record.affected ?? []).map((a) => ({ ...a, package: { ...a.package, ecosystem: "npm", name } }))
  };
}
function displayPath(file, root = process.cwd()) {
  const full = path3.resolve(file);
  const shown = full !== path3.resolve(root) && isInside(root, full) ? path3.relative(root, full) : file;
  return shown.split(path3.sep).join("/");
}
async function confine(file, root) {
  if (root === void 0 || !isInside(path3.resolve(root), path3.resolve(file))) return;
  let real;
  let realRoot;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  } catch {
    return;
  }
  if (!isInside(realRoot, real)) {
    throw new LockfileError(
      displayPath(file, root),
      void 0,
      "this advisory list is a symbolic link (or lies under one) that leads outside the repository; lockgate reads no list outside it"
    );
  }
}
async function readAdvisoryPath(file, warnings, root) {
  await confine(file, root);
  let isDirectory;
  try {
    isDirectory = (await stat2(file)).isDirectory();
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file or directory" : String(error);
    throw new LockfileError(file, void 0, `cannot read advisories (${quote(reason, 160).slice(1, -1)})`);
  }
  if (!isDirectory) return recordsOfFile(displayPath(file, root), await readBytes(file));
  const files = await filesUnder(file);
  const read = files.filter(isAdvisoryFileName);
  const skipped = files.filter((f) => !read.includes(f));
  if (read.length === 0) {
    throw new LockfileError(file, void 0, "directory holds no advisory file (.json, .jsonl, .jsonl.gz, .zip, .txt)");
  }
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((f) => path3.relative(file, f));
    warnings.push(
      `${displayPath(file, root)}: ${skipped.length} file(s) not read, not being advisory files: ${names.join(", ")}${skipped.length > 5 ? ", …" : ""}`
    );
  }
  const records = [];
  for (const f of read) {
    await confine(f, root);
    records.push(...recordsOfFile(displayPath(f, root), await readBytes(f)));
  }
  return records;
}
var LIST_EXTENSIONS = /\.(?:txt|list)$/i;
function isAdvisoryFileName(file) {
  return shapeOfName(file) !== void 0 || LIST_EXTENSIONS.test(file);
}
function recordsOfFile(shown, bytes) {
  const shape = shapeOfName(shown);
  if (shape) return parseRecordBytes(bytes, shown, shape).map((r) => compactRecord(r.record));
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LockfileError(shown, void 0, "incident list is not UTF-8 text");
  }
  return parseIncidentList(text, shown).map((entry) => listEntryRecord(entry, shown));
}
async function loadAdvisoryPaths(paths, options = {}) {
  const records = [];
  const warnings = [];
  for (const file of paths) {
    const read = await readAdvisoryPath(file, warnings, options.root);
    if (read.length === 0) warnings.push(`${displayPath(file, options.root)} holds no advisories`);
    records.push(...read);
  }
  for (const file of options.files ?? []) records.push(...recordsOfFile(file.path, file.bytes));
  return new LocalSource(records, warnings);
}

// src/config/urls.ts
function normalizeHttpUrl(raw) {
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  } catch {
    return void 0;
  }
  return raw.replace(/\/+$/, "");
}
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
function githubApiUrl(env) {
  return (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL).replace(/\/+$/, "");
}

// src/net/http.ts
var HttpRequestError = class extends LockgateError {
  kind;
  /** The last HTTP status seen, when there was a response. */
  status;
  /** How many attempts were made. */
  attempts;
  /** For a rate limit: the wait the answer asked for (Retry-After, or until the reset), when it named one. */
  retryAfterMs;
  constructor(kind, message2, attempts, status, retryAfterMs) {
    super("http", message2);
    this.name = "HttpRequestError";
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
};
var SourceUnavailableError = class extends LockgateError {
  /** The source's name (`osv`, `github`). */
  source;
  constructor(source, message2) {
    super("source-unavailable", message2);
    this.name = "SourceUnavailableError";
    this.source = source;
  }
};
function withDeadline(policy, budgetMs) {
  const now = (policy.now ?? Date.now)();
  const budget = policy.budgetMs ?? budgetMs ?? DEFAULTS.budgetMs;
  return { ...policy, budgetMs: budget, deadline: now + budget };
}
function budgetFor(requests, parallel, perRequestMs = 2e3) {
  const rounds = Math.ceil(Math.max(0, requests) / Math.max(1, parallel));
  return DEFAULTS.budgetMs + rounds * perRequestMs;
}
var retryWaits = { sleep: defaultSleep };
var DEFAULTS = {
  timeoutMs: envMs("LOCKGATE_HTTP_TIMEOUT_MS") ?? 1e4,
  maxAttempts: envMs("LOCKGATE_HTTP_ATTEMPTS") ?? 4,
  baseDelayMs: envMs("LOCKGATE_HTTP_BACKOFF_MS") ?? 500,
  maxDelayMs: 8e3,
  maxTotalWaitMs: 3e4,
  budgetMs: 6e4,
  maxBytes: 64 * 1024 * 1024
};
function envMs(name) {
  const value = process.env[name]?.trim();
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : void 0;
}
async function requestJson(request, policy = {}) {
  const what = `${request.method ?? "GET"} ${describeUrl(request.url)}`;
  return retrying(request, policy, async (attempt) => {
    const result = await attemptOnce(request, policy, attempt);
    if (result.outcome !== "ok") return result;
    const { body, headers, status } = result.response;
    if (status === 304) return { outcome: "ok", response: { data: void 0, headers, status, bytes: 0 } };
    const text = body.toString("utf8");
    try {
      return { outcome: "ok", response: { data: JSON.parse(text), headers, status, bytes: body.length } };
    } catch {
      const error = new HttpRequestError(
        "json",
        `${what} answered ${text.trim() === "" ? "an empty body" : `malformed JSON (${body.length} bytes starting ${boundedQuote(text, 40)})`}`,
        attempt,
        status
      );
      return { outcome: request.retryUnreadable ? "retry" : "fail", error };
    }
  });
}
async function requestBytes(request, policy = {}) {
  return retrying(request, policy, (attempt) => attemptOnce(request, policy, attempt));
}
async function retrying(request, policy, attemptOnce2) {
  const idempotent = request.idempotent ?? (request.method ?? "GET") !== "POST";
  const maxAttempts = Math.max(1, policy.maxAttempts ?? DEFAULTS.maxAttempts);
  const maxTotalWaitMs = policy.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;
  const sleep = policy.sleep ?? retryWaits.sleep;
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce2(attempt);
    if (result.outcome === "ok") return result.response;
    if (result.outcome === "fail") throw result.error;
    if (!idempotent && !result.unsent) throw withAttempts(result.error, attempt, attempt > 1);
    if (attempt >= maxAttempts) throw withAttempts(result.error, attempt, true);
    const delay = result.waitMs ?? backoffDelay(attempt, policy);
    if (policy.deadline !== void 0 && now() + delay >= policy.deadline) {
      throw withAttempts(
        result.error,
        attempt,
        true,
        `; the ${formatSeconds(policy.budgetMs ?? DEFAULTS.budgetMs)} budget for this source is spent`
      );
    }
    if (waited + delay > maxTotalWaitMs) {
      const why = result.waitMs !== void 0 ? `; the server asked to wait ${formatSeconds(delay)}, over the ${formatSeconds(maxTotalWaitMs)} wait limit` : "";
      throw withAttempts(result.error, attempt, true, why);
    }
    waited += delay;
    await sleep(delay);
  }
}
function backoffDelay(attempt, policy = {}) {
  const base = policy.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const cap = policy.maxDelayMs ?? DEFAULTS.maxDelayMs;
  const random = policy.random ?? Math.random;
  const exp = Math.min(cap, base * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}
function rateLimitWaitMs(headers, now) {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (headers.get("x-ratelimit-remaining")?.trim() === "0") {
    const reset = headers.get("x-ratelimit-reset")?.trim();
    if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
  }
  return void 0;
}
async function attemptOnce(request, policy, attempt) {
  const method = request.method ?? "GET";
  const what = `${method} ${describeUrl(request.url)}`;
  const left = policy.deadline === void 0 ? Infinity : policy.deadline - (policy.now ?? Date.now)();
  const timeoutMs = Math.max(1, Math.min(policy.timeoutMs ?? DEFAULTS.timeoutMs, left));
  const headers = { accept: "application/json", ...request.headers };
  if (request.conditional?.etag) headers["if-none-match"] = request.conditional.etag;
  else if (request.conditional?.lastModified) headers["if-modified-since"] = request.conditional.lastModified;
  let body;
  if (request.body !== void 0) {
    body = JSON.stringify(request.body);
    headers["content-type"] = "application/json";
  }
  const maxBytes = request.maxBytes ?? DEFAULTS.maxBytes;
  let bytes;
  let response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetchWithProxy(
      request.url,
      { method, headers, body, signal, redirect: request.redirect === "error" ? "manual" : "follow" },
      policy.proxyEnv
    );
    if (request.redirect === "error" && response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => void 0);
      const to = response.headers.get("location");
      return {
        outcome: "fail",
        error: new HttpRequestError(
          "redirect",
          `${what} answered a redirect (HTTP ${response.status}${to ? ` to ${describeUrl(new URL(to, request.url).href)}` : ""}), which an API call does not follow`,
          attempt,
          response.status
        )
      };
    }
    bytes = await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof HttpRequestError) {
      return { outcome: "fail", error: new HttpRequestError(error.kind, `${what} ${error.message}`, attempt) };
    }
    if (isTimeout(error)) {
      return {
        outcome: "retry",
        error: new HttpRequestError("timeout", `${what} timed out after ${formatSeconds(timeoutMs)}`, attempt)
      };
    }
    const proxy = proxyFor(request.url, policy.proxyEnv);
    const reason = `${describeNetworkError(error)}${proxy ? ` (through the proxy ${proxy.host})` : ""}`;
    return {
      outcome: reason.startsWith("host not found") ? "fail" : "retry",
      ...reason.startsWith("connection refused") ? { unsent: true } : {},
      error: new HttpRequestError("network", `${what} failed: ${reason}`, attempt)
    };
  }
  const status = response.status;
  const text = () => bytes.subarray(0, 4096).toString("utf8");
  if (status === 429 || status === 403 && isRateLimited(response.headers)) {
    const waitMs = rateLimitWaitMs(response.headers, (policy.now ?? Date.now)());
    return {
      outcome: "retry",
      unsent: true,
      waitMs: waitMs ?? backoffDelay(attempt, policy),
      error: new HttpRequestError("rate-limit", `${what} was rate-limited (HTTP ${status})`, attempt, status, waitMs)
    };
  }
  if (status >= 500) {
    return {
      outcome: "retry",
      error: new HttpRequestError("status", `${what} answered HTTP ${status}`, attempt, status)
    };
  }
  if (status === 304 && request.conditional && (request.conditional.etag || request.conditional.lastModified)) {
    return { outcome: "ok", response: { body: Buffer.alloc(0), headers: response.headers, status } };
  }
  if (status < 200 || status >= 300) {
    return {
      outcome: "fail",
      error: new HttpRequestError("status", `${what} answered HTTP ${status}${serverMessage(text())}`, attempt, status)
    };
  }
  return { outcome: "ok", response: { body: bytes, headers: response.headers, status } };
}
async function readCapped(response, maxBytes) {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw new HttpRequestError("too-large", `answered a body over the ${formatBytes(maxBytes)} limit`, 1);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
function isRateLimited(headers) {
  return headers.has("retry-after") || headers.get("x-ratelimit-remaining")?.trim() === "0";
}
function withAttempts(error, attempts, spent, extra = "") {
  const suffix = spent ? ` (${attempts} attempt${attempts === 1 ? "" : "s"}${extra})` : extra;
  return new HttpRequestError(error.kind, `${error.message}${suffix}`, attempts, error.status, error.retryAfterMs);
}
function isTimeout(error) {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
function describeNetworkError(error) {
  const codes = [];
  const messages = [];
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = current.code;
    if (typeof code === "string") codes.push(code);
    messages.push(current.message);
    current = current.cause;
  }
  const all = `${codes.join(" ")} ${messages.join(" ")}`;
  if (/ECONNRESET|UND_ERR_SOCKET|socket hang up|other side closed/i.test(all)) return "connection reset";
  if (/ECONNREFUSED/.test(all)) return "connection refused";
  if (/ENOTFOUND/.test(all)) return "host not found";
  if (/EAI_AGAIN/.test(all)) return "name lookup failed (temporary)";
  if (/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT/.test(all)) return "connection timed out";
  if (/CERT|SSL|TLS/i.test(all)) return "TLS error";
  const last = messages[messages.length - 1] ?? "unknown error";
  return boundedQuote(last, 80);
}
function describeUrl(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return boundedQuote(url, 60);
  }
}
function serverMessage(text) {
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === "object" && typeof parsed.message === "string") {
      return `: ${boundedQuote(parsed.message, 120)}`;
    }
  } catch {
  }
  return "";
}
function boundedQuote(text, max2) {
  return JSON.stringify(plain(text, max2));
}
function formatSeconds(ms) {
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(2))}s`;
}
function defaultSleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  async function worker() {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, () => worker()));
  if (failure) throw failure.error;
  return results;
}
function proxyFor(url, env = process.env) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return void 0;
  }
  const https = target.protocol === "https:";
  const raw = (https ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY)?.trim();
  if (!raw || bypassesProxy(target, env.no_proxy || env.NO_PROXY || "")) return void 0;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new HttpRequestError("network", `The ${https ? "HTTPS_PROXY" : "HTTP_PROXY"} setting is not a URL`, 0);
  }
}
function bypassesProxy(target, noProxy) {
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  for (const item of noProxy.split(/[\s,]+/).map((x2) => x2.trim().toLowerCase())) {
    if (!item) continue;
    if (item === "*") return true;
    const bareV6 = !item.startsWith("[") && item.split(":").length > 2;
    const [entryHost, entryPort] = bareV6 ? [item] : /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(item)?.slice(1) ?? [item];
    if (entryPort && entryPort !== port) continue;
    const domain = (entryHost ?? "").replace(/^\*?\./, "");
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}
var proxyAgents = /* @__PURE__ */ new Map();
async function fetchWithProxy(url, init = {}, env = process.env) {
  const proxy = proxyFor(url, env);
  if (!proxy) return fetch(url, init);
  const key = proxy.href;
  let agent = proxyAgents.get(key);
  if (!agent) {
    agent = import("./undici-I3A55XAM.js").then((loaded) => {
      const undici = "ProxyAgent" in loaded ? loaded : loaded.default;
      const auth = proxy.username || proxy.password ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}` : void 0;
      const origin = `${proxy.protocol}//${proxy.host}`;
      return {
        fetch: undici.fetch,
        dispatcher: new undici.ProxyAgent({ uri: origin, ...auth ? { token: auth } : {} })
      };
    });
    proxyAgents.set(key, agent);
  }
  const { fetch: proxied, dispatcher } = await agent;
  return proxied(url, { ...init, dispatcher });
}
function describeFailure(error) {
  if (error instanceof HttpRequestError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message.slice(0, 200)}`;
  return "unexpected error";
}
function nextLink(link) {
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (m && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2] ?? "")) return m[1];
  }
  return void 0;
}

// src/advisories/github.ts
var CHUNKS_IN_FLIGHT = 4;
function parseVulnerableRange(text) {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { range: semverRange([{ introduced: "0" }]) };
  let lower;
  let upper;
  let exact;
  const parts = trimmed.split(",").map((p) => p.trim());
  for (const part of parts) {
    const m = /^(>=|<=|>|<|=)?\s*v?(\S+)$/.exec(part);
    const version = m ? normalizeVersion(m[2] ?? "") : void 0;
    if (!m || !version) return { error: `unreadable constraint "${part}"` };
    const op = m[1] ?? "=";
    if (op === "=") {
      if (exact !== void 0) return { error: "two exact versions" };
      exact = version;
    } else if (op === ">=" || op === ">") {
      if (lower) return { error: "two lower bounds" };
      lower = { op, version };
    } else {
      if (upper) return { error: "two upper bounds" };
      upper = { op, version };
    }
  }
  if (exact !== void 0) {
    if (lower || upper) return { error: "an exact version combined with bounds" };
    return { versions: [exact] };
  }
  const events = [];
  if (!lower || lower.op === ">=" && isZero(lower.version)) events.push({ introduced: "0" });
  else events.push({ introduced: lower.op === ">=" ? lower.version : nextVersion(lower.version) });
  if (upper?.op === "<") events.push({ fixed: upper.version });
  if (upper?.op === "<=") events.push({ last_affected: upper.version });
  return { range: semverRange(events) };
}
function semverRange(events) {
  return { type: "SEMVER", events };
}
function normalizeVersion(text) {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
  if (!m) return void 0;
  return `${m[1]}.${m[2] ?? "0"}.${m[3] ?? "0"}${m[4] ?? ""}${m[5] ?? ""}`;
}
function isZero(version) {
  return /^0\.0\.0$/.test(version);
}
function nextVersion(version) {
  const core = version.split("+")[0] ?? version;
  const dash = core.indexOf("-");
  if (dash !== -1) return `${core}.0`;
  const [major, minor, patch] = core.split(".").map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}-0`;
}
function advisoryToOsv(advisory) {
  const problems = [];
  const affected = [];
  for (const vuln of advisory.vulnerabilities ?? []) {
    const name = vuln.package?.name;
    if (!name || (vuln.package?.ecosystem ?? "").toLowerCase() !== "npm") continue;
    const parsed = parseVulnerableRange(vuln.vulnerable_version_range);
    const entry = { package: { ecosystem: "npm", name } };
    if ("error" in parsed) {
      problems.push(
        `${advisory.ghsa_id} (${name}): ${parsed.error} in range ${JSON.stringify(String(vuln.vulnerable_version_range).slice(0, 60))}`
      );
      entry.database_specific = { unreadable_range: vuln.vulnerable_version_range ?? null };
    } else if ("versions" in parsed) {
      entry.versions = parsed.versions;
    } else {
      entry.ranges = [parsed.range];
    }
    affected.push(entry);
  }
  const aliases = /* @__PURE__ */ new Set();
  if (advisory.cve_id) aliases.add(advisory.cve_id);
  for (const identifier of advisory.identifiers ?? []) {
    if (identifier.value && identifier.value !== advisory.ghsa_id) aliases.add(identifier.value);
  }
  const references = (advisory.references ?? []).filter((url) => typeof url === "string" && url !== "").map((url) => ({ type: "WEB", url }));
  if (advisory.html_url) references.unshift({ type: "ADVISORY", url: advisory.html_url });
  const record = {
    id: advisory.ghsa_id,
    ...aliases.size > 0 ? { aliases: [...aliases] } : {},
    ...advisory.summary ? { summary: advisory.summary } : {},
    ...advisory.description ? { details: advisory.description } : {},
    ...advisory.published_at ? { published: advisory.published_at } : {},
    ...advisory.updated_at ? { modified: advisory.updated_at } : {},
    ...advisory.withdrawn_at ? { withdrawn: advisory.withdrawn_at } : {},
    affected,
    references,
    database_specific: {
      source: "github",
      type: advisory.type ?? null,
      severity: advisory.severity ?? null,
      cwe_ids: (advisory.cwes ?? []).map((c) => c.cwe_id).filter((c) => typeof c === "string")
    }
  };
  return { record, problems };
}
function chunkAffects(entries, maxItems, maxChars) {
  const chunks = [];
  let current = [];
  let length = 0;
  for (const entry of entries) {
    const encoded = encodeURIComponent(entry);
    const added = (current.length > 0 ? 1 : 0) + encoded.length;
    if (current.length > 0 && (current.length >= maxItems || length + added > maxChars)) {
      chunks.push(current.join(","));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + encoded.length;
    current.push(encoded);
  }
  if (current.length > 0) chunks.push(current.join(","));
  return chunks;
}
var GitHubAdvisorySource = class {
  name = "github";
  baseUrl;
  token;
  maxItems;
  maxChars;
  maxPages;
  retry;
  /** The retry policy of the lookup in progress: its requests share one deadline. */
  policy = {};
  state = { name: "github", ok: false, error: "not queried yet" };
  /** Some request of the lookup in progress answered: a 404 after that is a failure, never "no database". */
  answered = false;
  constructor(options = {}) {
    this.baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, "") : githubApiUrl(process.env);
    this.token = options.token || void 0;
    this.maxItems = Math.max(1, options.maxPackagesPerRequest ?? 50);
    this.maxChars = Math.max(1, options.maxAffectsChars ?? 2e3);
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.retry = options.retry ?? {};
  }
  /** Malware advisories affecting any of `packages`, as OSV records; throws SourceUnavailableError when GitHub cannot answer. */
  async lookup(packages) {
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    this.answered = false;
    try {
      const entries = [...new Set(packages.map((p) => `${p.name}@${p.version}`))];
      const byId = /* @__PURE__ */ new Map();
      const problems = [];
      let newest;
      const chunks = chunkAffects(entries, this.maxItems, this.maxChars);
      this.policy = withDeadline(this.retry, budgetFor(chunks.length, CHUNKS_IN_FLIGHT));
      const first2 = chunks.length ? [await this.listChunk(chunks[0])] : [];
      const rest = await mapLimit(chunks.slice(1), CHUNKS_IN_FLIGHT, (affects) => this.listChunk(affects));
      for (const chunk of [...first2, ...rest]) {
        for (const advisory of chunk) {
          if (byId.has(advisory.ghsa_id)) continue;
          const mapped = advisoryToOsv(advisory);
          byId.set(advisory.ghsa_id, mapped.record);
          problems.push(...mapped.problems);
          const updated = advisory.updated_at ? Date.parse(advisory.updated_at) : NaN;
          if (!Number.isNaN(updated) && (newest === void 0 || updated > newest)) newest = updated;
        }
      }
      const records = [...byId.values()];
      this.state = {
        name: this.name,
        ok: true,
        records: records.length,
        asOf: newest !== void 0 ? new Date(newest).toISOString() : startedAt,
        ...problems.length > 0 ? { warning: rangeWarning(problems) } : {}
      };
      return records;
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404 && !this.answered && await this.hasNoDatabase()) {
        this.state = {
          name: this.name,
          ok: true,
          records: 0,
          note: `${new URL(this.baseUrl).host} has no advisory database (GET /advisories answered 404, as GitHub Enterprise Server does), so the other sources were used; set the github-advisories input to false to stop asking.`
        };
        return [];
      }
      const message2 = `GitHub Advisory Database is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message2 };
      throw new SourceUnavailableError(this.name, message2);
    }
  }
  /**
   * The dedicated probe behind "no advisory database": `GET /advisories` with
   * no filter answers 404 too. Anything else (an answer, another failure)
   * makes the first 404 a failure of the lookup.
   */
  async hasNoDatabase() {
    try {
      await requestJson({ url: `${this.baseUrl}/advisories?per_page=1`, headers: this.headers() }, this.policy);
      return false;
    } catch (error) {
      return error instanceof HttpRequestError && error.status === 404;
    }
  }
  /** What the last lookup came to. */
  status() {
    return { ...this.state };
  }
  /** Every advisory of one `affects` chunk, following `Link` pages on the same origin. */
  async listChunk(affects) {
    const out = [];
    let url = `${this.baseUrl}/advisories?type=malware&ecosystem=npm&affects=${affects}&per_page=100`;
    const origin = new URL(this.baseUrl).origin;
    for (let page = 0; url; page++) {
      if (page >= this.maxPages) {
        throw new HttpRequestError(
          "json",
          `GET /advisories kept linking a next page after ${this.maxPages} pages`,
          page
        );
      }
      const response = await requestJson({ url, headers: this.headers() }, this.policy);
      this.answered = true;
      out.push(...readAdvisories(response.data));
      const next = nextLink(response.headers.get("link"));
      if (next && new URL(next, url).origin !== origin) {
        throw new HttpRequestError("json", "GET /advisories linked a next page on another host", page + 1);
      }
      url = next ? new URL(next, url).href : void 0;
    }
    return out;
  }
  headers() {
    const headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "lockgate"
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return headers;
  }
};
function readAdvisories(data) {
  if (!Array.isArray(data)) throw new HttpRequestError("json", "GET /advisories answered JSON that is not a list", 1);
  return data.map((item) => {
    if (typeof item !== "object" || item === null || typeof item.ghsa_id !== "string") {
      throw new HttpRequestError("json", "GET /advisories answered an advisory without a ghsa_id", 1);
    }
    return item;
  });
}
function rangeWarning(problems) {
  const shown = problems.slice(0, 5).join("; ");
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : "";
  return `${problems.length} GitHub advisory range${problems.length === 1 ? " was" : "s were"} unreadable and will match no version: ${shown}${more}.`;
}

// src/advisories/osv-api.ts
var BATCHES_IN_FLIGHT = 4;
var OSV_MAX_BATCH = 1e3;
var OsvApiSource = class {
  name = "osv";
  baseUrl;
  batchSize;
  concurrency;
  maxPages;
  retry;
  /** The retry policy of the lookup in progress: its requests share one deadline. */
  policy = {};
  state = { name: "osv", ok: false, error: "not queried yet" };
  constructor(options = {}) {
    this.baseUrl = (options.baseUrl ?? "https://api.osv.dev").replace(/\/+$/, "");
    this.batchSize = Math.min(OSV_MAX_BATCH, Math.max(1, options.batchSize ?? OSV_MAX_BATCH));
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.retry = options.retry ?? {};
  }
  /** Malicious records OSV.dev holds for any of `packages`; throws SourceUnavailableError when OSV.dev cannot answer. */
  async lookup(packages) {
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    const queries = distinctQueries(packages);
    const batchCount = Math.ceil(queries.length / this.batchSize);
    this.policy = withDeadline(this.retry, budgetFor(batchCount * 2, BATCHES_IN_FLIGHT, 1e4));
    try {
      const batches = [];
      for (let i2 = 0; i2 < queries.length; i2 += this.batchSize) batches.push(queries.slice(i2, i2 + this.batchSize));
      const ids = new Set((await mapLimit(batches, BATCHES_IN_FLIGHT, (batch) => this.queryBatch(batch))).flat());
      const answers = await mapLimit([...ids].sort(), this.concurrency, (id) => this.fetchVuln(id));
      const records = [];
      const unreadable = [];
      for (const answer of answers) {
        const { record, error } = validateRecord(answer);
        if (record) records.push(record);
        else unreadable.push(error ?? "not an OSV record");
      }
      const malicious = records.filter(isMalicious);
      this.state = {
        name: this.name,
        ok: true,
        records: malicious.length,
        asOf: newestModified(malicious) ?? startedAt,
        ...unreadable.length ? {
          warning: `${unreadable.length} record(s) OSV.dev returned could not be read and were not matched; the first: ${unreadable[0]}`
        } : {}
      };
      return malicious;
    } catch (error) {
      const message2 = `OSV.dev is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message2 };
      throw new SourceUnavailableError(this.name, message2);
    }
  }
  /** What the last lookup came to. */
  status() {
    return { ...this.state };
  }
  /** Every vuln id OSV.dev returns for one batch of queries, following page tokens. */
  async queryBatch(queries) {
    const ids = [];
    let pending = queries;
    for (let round = 0; pending.length > 0; round++) {
      if (round >= this.maxPages) {
        throw new HttpRequestError(
          "json",
          `OSV.dev kept returning next_page_token after ${this.maxPages} rounds`,
          round
        );
      }
      const { data } = await requestJson(
        // A query: safe to send again.
        { method: "POST", url: `${this.baseUrl}/v1/querybatch`, body: { queries: pending }, idempotent: true },
        this.policy
      );
      const results = readBatchResults(data, pending.length);
      const again = [];
      results.forEach((result, index) => {
        for (const vuln of result.vulns) ids.push(vuln);
        if (result.nextPageToken) again.push({ ...pending[index], page_token: result.nextPageToken });
      });
      pending = again;
    }
    return ids;
  }
  /** The record OSV.dev holds for `id`, as JSON: validated by the caller. */
  async fetchVuln(id) {
    const { data } = await requestJson({ url: `${this.baseUrl}/v1/vulns/${encodeURIComponent(id)}` }, this.policy);
    return data;
  }
};
function distinctQueries(packages) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const p of packages) {
    const key = `${p.name}@${p.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ package: { name: p.name, ecosystem: "npm" }, version: p.version });
  }
  return out;
}
function readBatchResults(data, expected) {
  const results = isRecord(data) ? data.results : void 0;
  if (!Array.isArray(results) || results.length !== expected) {
    const got = Array.isArray(results) ? `${results.length} results` : "no results array";
    throw new HttpRequestError("json", `querybatch answered ${got} for ${expected} queries`, 1);
  }
  return results.map((result) => {
    if (!isRecord(result)) throw new HttpRequestError("json", "querybatch answered a result that is not an object", 1);
    const vulns = result.vulns ?? [];
    if (!Array.isArray(vulns))
      throw new HttpRequestError("json", "querybatch answered a `vulns` that is not a list", 1);
    const ids = vulns.map((v) => {
      if (!isRecord(v) || typeof v.id !== "string") {
        throw new HttpRequestError("json", "querybatch answered a vuln without an id", 1);
      }
      return v.id;
    });
    const token = typeof result.next_page_token === "string" && result.next_page_token ? result.next_page_token : void 0;
    return token ? { vulns: ids, nextPageToken: token } : { vulns: ids };
  });
}
function newestModified(records) {
  let newest;
  let newestMs = -Infinity;
  for (const r of records) {
    const ms = r.modified ? Date.parse(r.modified) : NaN;
    if (!Number.isNaN(ms) && ms > newestMs) {
      newestMs = ms;
      newest = new Date(ms).toISOString();
    }
  }
  return newest;
}

// src/advisories/snapshot.ts
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import path4 from "node:path";
import { fileURLToPath } from "node:url";
var SNAPSHOT_FILE = "advisories.snapshot";
var SnapshotError = class extends LockgateError {
  constructor(message2) {
    super("snapshot", message2);
    this.name = "SnapshotError";
  }
};
var SnapshotSource = class {
  constructor(index, readSpans, file) {
    this.index = index;
    this.readSpans = readSpans;
    this.file = file;
  }
  index;
  readSpans;
  file;
  name = "snapshot";
  parsed = /* @__PURE__ */ new Map();
  /** The snapshot's header: record count, asOf, sizes. */
  get header() {
    return this.index.header;
  }
  /** Every record naming one of the packages (versions are for matching to decide), in id order. */
  async lookup(packages) {
    const numbers = /* @__PURE__ */ new Set();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const number of this.index.recordsFor(name)) numbers.add(number);
    }
    const wanted = [...numbers].sort((a, b) => a - b);
    const missing = wanted.filter((n) => !this.parsed.has(n));
    if (missing.length > 0) {
      try {
        this.parseRecords(missing);
      } catch (error) {
        throw new SnapshotError(`advisory snapshot ${this.file} is unreadable: ${reasonOf(error)}`);
      }
    }
    return wanted.map((n) => this.parsed.get(n));
  }
  /** Read, inflate and parse the blocks holding these record numbers. */
  parseRecords(numbers) {
    const per = this.index.header.blockRecords;
    const byBlock = /* @__PURE__ */ new Map();
    for (const number of numbers) {
      const block = Math.floor(number / per);
      const lines = byBlock.get(block);
      if (lines) lines.push(number % per);
      else byBlock.set(block, [number % per]);
    }
    const blocks = [...byBlock.keys()];
    const compressed = this.readSpans(blocks.map((block) => this.index.blockSpan(block)));
    blocks.forEach((block, i2) => {
      const lines = byBlock.get(block);
      const records = decodeBlock(compressed[i2], block, this.index.blockSize(block), lines);
      for (const line of lines) this.parsed.set(block * per + line, records.get(line));
    });
  }
  status() {
    const { records, asOf } = this.index.header;
    return { name: this.name, ok: true, records, ...asOf ? { asOf } : {} };
  }
};
function defaultSnapshotPath() {
  const here = path4.dirname(fileURLToPath(new URL(import.meta.url)));
  const candidates = [path4.join(here, SNAPSHOT_FILE), path4.join(here, "..", SNAPSHOT_FILE)];
  let dir = here;
  for (let level = 0; level < 4; level++) {
    dir = path4.dirname(dir);
    candidates.push(path4.join(dir, "dist", SNAPSHOT_FILE));
  }
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}
async function loadSnapshot(file = defaultSnapshotPath()) {
  let fd2;
  try {
    fd2 = openSync(file, "r");
  } catch (error) {
    const missing = error.code === "ENOENT";
    throw new SnapshotError(
      missing ? `advisory snapshot ${file} is missing; rebuild it with "npm run advisories:build"` : `advisory snapshot ${file} cannot be opened: ${reasonOf(error)}`
    );
  }
  try {
    const size = fstatSync(fd2).size;
    const head = readAt(fd2, 0, Math.min(size, HEADER_MAX_BYTES));
    const { header, indexStart } = decodeHeader(head);
    if (size !== expectedSize(header, indexStart)) {
      throw new Error(
        `file is ${size} bytes but its header describes ${expectedSize(header, indexStart)} (truncated or corrupt)`
      );
    }
    const index = new SnapshotIndex(header, readAt(fd2, indexStart, header.indexBytes));
    const blocksStart = indexStart + header.indexBytes;
    return new SnapshotSource(index, fileSpanReader(file, blocksStart, size), file);
  } catch (error) {
    throw new SnapshotError(`advisory snapshot ${file} is unreadable: ${reasonOf(error)}`);
  } finally {
    closeSync(fd2);
  }
}
function fileSpanReader(file, blocksStart, size) {
  return (spans) => {
    const fd2 = openSync(file, "r");
    try {
      if (fstatSync(fd2).size !== size) throw new Error("the file changed after it was loaded");
      return spans.map((span) => readAt(fd2, blocksStart + span.start, span.end - span.start));
    } finally {
      closeSync(fd2);
    }
  };
}
function readAt(fd2, position, length) {
  const buffer = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd2, buffer, done, length - done, position + done);
    if (read === 0) throw new Error("unexpected end of file (truncated)");
    done += read;
  }
  return buffer;
}
function reasonOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  return plain(text, 200);
}

// src/advisories/sources.ts
async function createSources(options) {
  const sources = [await loadSnapshot(options.snapshotPath)];
  if (options.advisories.length || options.advisoryFiles?.length) {
    sources.push(
      await loadAdvisoryPaths(options.advisories, {
        ...options.advisoryRoot ? { root: options.advisoryRoot } : {},
        ...options.advisoryFiles ? { files: options.advisoryFiles } : {}
      })
    );
  }
  const live = /* @__PURE__ */ new Set();
  if (!options.offline) {
    const retry = {
      ...options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {},
      ...options.env ? { proxyEnv: options.env } : {}
    };
    const osv = new OsvApiSource({ baseUrl: options.osvUrl, retry });
    const github = new GitHubAdvisorySource({
      baseUrl: options.githubApiUrl,
      retry,
      ...options.githubToken ? { token: options.githubToken } : {}
    });
    if (options.osv !== false) {
      sources.push(osv);
      live.add(osv.name);
    }
    if (options.githubAdvisories !== false) {
      sources.push(github);
      live.add(github.name);
    }
  }
  return { sources, live };
}

// src/version.ts
import { readFileSync } from "node:fs";
function lockgateVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "lockgate" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}

// src/core/duration.ts
var UNITS = { m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const t = text.trim().toLowerCase();
  if (/^0+(\.0+)?$/.test(t)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(t);
  if (!match) return void 0;
  const ms = Math.round(Number(match[1]) * UNITS[match[2]]);
  return Number.isFinite(ms) && ms <= 365 * UNITS.d ? ms : void 0;
}

// src/config/options.ts
var kinds = {
  /** A boolean input (a CLI flag takes no value): YAML 1.2 core-schema spellings, as @actions/core reads them. */
  boolean: {
    parse: (raw) => ["true", "True", "TRUE"].includes(raw) ? true : ["false", "False", "FALSE"].includes(raw) ? false : void 0,
    expected: "true or false"
  },
  text: { parse: (raw) => raw.trim() ? raw : void 0, expected: "a value" },
  /** An http(s) URL, normalised; `example` is shown in the error. */
  url(example) {
    return { parse: normalizeHttpUrl, expected: `an http(s) URL such as ${example}` };
  },
  duration: {
    parse: parseDuration,
    expected: "a duration such as 72h, 3d or 90m (at most 365d), or 0 to turn the hold off"
  },
  seconds: {
    parse: (raw) => {
      const n = Number(raw);
      return /^\d+(\.\d+)?$/.test(raw.trim()) && n > 0 && n <= 600 ? n : void 0;
    },
    expected: "a number of seconds between 0 and 600, such as 10"
  },
  /** A path inside the repository. */
  repoPath: {
    parse: (raw) => raw.trim() && !raw.split(/[\\/]/).includes("..") ? raw : void 0,
    expected: "a path inside the repository (no '..')"
  },
  /** A branch, tag or commit name: never an option (`-…`), no `..`, no spaces or control characters. */
  gitRef: {
    parse: (raw) => /^(?!-)[A-Za-z0-9._/-]{1,255}$/.test(raw) && !raw.includes("..") ? raw : void 0,
    expected: "a branch, tag or commit, such as main"
  },
  /** A whole number of at least `min` (thousands separators allowed). */
  count(min) {
    return {
      parse: (raw) => {
        const n = Number(raw.replace(/[,_]/g, ""));
        return /^\d[\d,_]*$/.test(raw.trim()) && Number.isSafeInteger(n) && n >= min ? n : void 0;
      },
      expected: `a whole number of at least ${min}, such as 65536`
    };
  },
  oneOf(values) {
    return {
      parse: (raw) => values.includes(raw) ? raw : void 0,
      expected: `one of: ${values.join(", ")}`
    };
  }
};
function listItems(raw) {
  return raw.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
var OUTPUT_FORMATS = ["text", "json", "markdown", "sarif"];
var MODES = ["diff", "all"];
var COMMENT_MODES = ["on-findings", "always", "never"];
var HOLD_MODES = ["fail", "warn"];
var DEFAULT_CONFIG = ".github/lockgate.yml";
var DEFAULT_OSV_URL = "https://api.osv.dev";
var OPTIONS = [
  { key: "githubToken", input: "github-token", help: "Token for the REST API. Never logged." },
  {
    key: "base",
    flag: "base",
    arg: "<ref>",
    kind: kinds.text,
    help: "git commit/ref to compare against (default: merge-base of HEAD and the remote default branch)"
  },
  {
    key: "baseDir",
    flag: "base-dir",
    arg: "<dir>",
    kind: kinds.text,
    help: "compare against the lockfiles in this directory instead of git"
  },
  {
    key: "headDir",
    flag: "head-dir",
    arg: "<dir>",
    kind: kinds.text,
    help: "the tree to check (default: the current directory when it or a folder below it has a lockfile, else the nearest folder above it that has one, as the package managers find the workspace root)"
  },
  {
    key: "baseRef",
    input: "base-ref",
    kind: kinds.gitRef,
    help: "branch, tag or commit to compare against on events without a pull request"
  },
  { key: "headRef", input: "head-ref", kind: kinds.gitRef, help: "head to check instead of the workspace" },
  {
    key: "workingDirectory",
    input: "working-directory",
    kind: kinds.text,
    help: "the folder, inside GITHUB_WORKSPACE, where the repository is checked out: actions/checkout's `path:` when it puts the repository in a subfolder (default: the workspace itself). lockfiles, git objects and the advisories input's files are read there; sarif-file and cache-dir stay relative to the workspace. A folder outside the workspace is refused"
  },
  {
    key: "lockfiles",
    flag: "lockfile",
    arg: "<path|glob>",
    multiple: true,
    input: "lockfiles",
    list: true,
    configKey: "lockfiles",
    help: "check only the lockfiles this path or glob selects (repeatable; default: every lockfile found, skipping node_modules)"
  },
  {
    key: "advisories",
    flag: "advisories",
    arg: "<path>",
    multiple: true,
    input: "advisories",
    list: true,
    configKey: "advisories",
    help: "extra advisories: OSV .json record or array, a directory of them, .jsonl / .jsonl.gz, or a plain list (one name@version or name per line, # comments) (repeatable)"
  },
  {
    key: "config",
    flag: "config",
    arg: "<file>",
    input: "config",
    kind: kinds.text,
    help: "config file: ignore entries, advisory lists, lockfile globs, signal levels (default: .github/lockgate.yml, read from the base commit in git mode as the action does, else from the head directory)"
  },
  { key: "configToken", input: "config-token", help: "token that can read a config in another repository" },
  {
    key: "offline",
    flag: "offline",
    input: "offline",
    kind: kinds.boolean,
    default: "false",
    help: "use no network source (bundled snapshot and --advisories only; no registry signals, no package content)"
  },
  {
    key: "noContent",
    flag: "no-content",
    help: "do not read the tarballs of new versions (package content: what the new code adds over the version it replaces)"
  },
  {
    key: "content",
    input: "content",
    kind: kinds.boolean,
    default: "true",
    help: "read the tarballs of the versions a change adds and of the versions they replace, and report what the new code adds (docs/content.md); offline turns it off too"
  },
  {
    key: "cacheDir",
    flag: "cache-dir",
    arg: "<dir>",
    input: "cache-dir",
    kind: kinds.text,
    help: "a directory for lockgate's on-disk caches (package tarballs by integrity; outside the checked tree also the registry's documents, each revalidated before use), for actions/cache to keep between runs; files unused for 30 days, then the least recently used past 1 GiB, are removed after each run; nothing is cached when unset"
  },
  {
    key: "requireLive",
    flag: "require-live",
    input: "require-live-sources",
    kind: kinds.boolean,
    default: "false",
    help: "exit 2 when a live source (OSV, GitHub, the registry) does not answer"
  },
  { key: "osv", input: "osv", kind: kinds.boolean, default: "true", help: "ask OSV.dev" },
  {
    key: "githubAdvisories",
    input: "github-advisories",
    kind: kinds.boolean,
    default: "true",
    help: "ask the GitHub Advisory Database"
  },
  {
    key: "osvUrl",
    flag: "osv-url",
    arg: "<url>",
    input: "osv-url",
    kind: kinds.url(DEFAULT_OSV_URL),
    default: DEFAULT_OSV_URL,
    help: `OSV API base URL (default ${DEFAULT_OSV_URL})`
  },
  {
    key: "githubApiUrl",
    flag: "github-api-url",
    arg: "<url>",
    kind: kinds.url("https://api.github.com"),
    help: "GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)"
  },
  {
    key: "registryUrl",
    flag: "registry-url",
    arg: "<url>",
    input: "registry-url",
    kind: kinds.url(PUBLIC_REGISTRY),
    default: PUBLIC_REGISTRY,
    help: `npm registry read for registry signals (default ${PUBLIC_REGISTRY})`
  },
  {
    key: "minReleaseAgeMs",
    flag: "min-release-age",
    arg: "<d>",
    input: "min-release-age",
    configKey: "signals.min-release-age",
    kind: kinds.duration,
    help: "hold versions published less than this ago: 72h, 3d, 90m; 0 turns the hold off (default 3d)"
  },
  {
    key: "requestTimeoutSeconds",
    flag: "request-timeout",
    arg: "<s>",
    kind: kinds.seconds,
    default: "10",
    help: "seconds allowed for one request to a live source (default 10; failed requests are retried with backoff)"
  },
  {
    key: "holds",
    flag: "holds",
    arg: "<m>",
    input: "holds",
    kind: kinds.oneOf(HOLD_MODES),
    default: "fail",
    help: "fail (default): a version younger than min-release-age fails the check; warn: holds are warnings and every other fail stays (local and pre-commit use)"
  },
  {
    key: "overrideLabel",
    input: "override-label",
    help: "a pull request label that, added after the latest push, turns the holds of that push into warnings"
  },
  {
    key: "rerunHeld",
    input: "rerun-held",
    kind: kinds.boolean,
    default: "false",
    help: "re-run the failed jobs of pull requests whose holds have ended"
  },
  { key: "all", flag: "all", help: "check every package in the head lockfiles, not only new versions" },
  {
    key: "mode",
    input: "mode",
    kind: kinds.oneOf(MODES),
    help: "diff: the versions the change adds; all: every version"
  },
  {
    key: "comment",
    input: "comment",
    kind: kinds.oneOf(COMMENT_MODES),
    default: "on-findings",
    help: "when to write the sticky pull request comment"
  },
  {
    key: "warnOnly",
    flag: "warn-only",
    input: "warn-only",
    kind: kinds.boolean,
    default: "false",
    help: "report findings but exit 0 (errors still exit 2)"
  },
  {
    key: "format",
    flag: "format",
    arg: "<f>",
    kind: kinds.oneOf(OUTPUT_FORMATS),
    default: "text",
    help: "text (default) | json | markdown | sarif"
  },
  {
    key: "output",
    flag: "output",
    arg: "<file>",
    kind: kinds.text,
    help: "write the report to this file instead of stdout"
  },
  { key: "sarifFile", input: "sarif-file", kind: kinds.repoPath, help: "where to write a SARIF 2.1.0 file" },
  {
    key: "maxChars",
    flag: "max-chars",
    arg: "<n>",
    kind: kinds.count(2e3),
    default: "65536",
    help: "most characters of --format markdown (default 65536, a pull request comment's limit; the details shorten first)"
  },
  {
    key: "quiet",
    flag: "quiet",
    short: "q",
    help: "findings, holds and errors only (no changes, sources or progress)"
  },
  { key: "demo", flag: "demo", help: "check the bundled postmark-mcp example (offline), then exit" },
  { key: "help", flag: "help", short: "h", help: "show this help" },
  { key: "version", flag: "version", short: "v", help: "show the version" }
];
var FLAG_OPTIONS = OPTIONS.filter((o) => o.flag !== void 0);
var INPUT_OPTIONS = OPTIONS.filter((o) => o.input !== void 0);
function optionsHelp(width = 88) {
  const lines = [];
  for (const o of FLAG_OPTIONS) {
    const head = `  ${o.short ? `-${o.short}, ` : ""}--${o.flag}${o.arg ? ` ${o.arg}` : ""}`;
    const words = o.help.split(" ");
    let line = head.length < 26 ? head.padEnd(26) : `${head}
${" ".repeat(26)}`;
    let used = line.length - line.lastIndexOf("\n") - 1;
    for (const word of words) {
      if (used + word.length + 1 > width && used > 26) {
        lines.push(line.trimEnd());
        line = " ".repeat(26);
        used = 26;
      }
      line += (used > 26 ? " " : "") + word;
      used += (used > 26 ? 1 : 0) + word.length;
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\n");
}
function explicitOrFile(explicit, file, fallback) {
  return explicit ?? file ?? fallback;
}

// src/core/signals.ts
var SIGNAL_NAMES = [
  "unpublished",
  "unanswered",
  "release-age",
  "new-package",
  "install-script-added",
  "trust-downgrade",
  "publisher-changed",
  "burst"
];
var SIGNAL_LEVELS = ["fail", "warn", "off"];
var CONTENT_SIGNAL_NAMES = [
  "content-exfiltration",
  "content-obfuscation",
  "content-exec-endpoint",
  "content-install-network",
  "content-install-script",
  "content-endpoint",
  "content-capability",
  "content-secret-access",
  "content-encoded",
  "content-binary",
  "content-not-read",
  "content-not-compared"
];
function isContentSignalName(signal) {
  return CONTENT_SIGNAL_NAMES.includes(signal);
}
function isContentSignal(signal) {
  return isContentSignalName(signal.signal);
}
var DEFAULT_MIN_RELEASE_AGE_MS = 3 * 24 * 36e5;
var DEFAULT_LEVELS = {
  unpublished: "fail",
  unanswered: "fail",
  "release-age": "fail",
  "new-package": "fail",
  "install-script-added": "fail",
  "trust-downgrade": "fail",
  "publisher-changed": "warn",
  burst: "warn"
};

// src/core/report.ts
function isPolicy(finding) {
  return finding.kind !== "advisory";
}
function verdictCounts(report) {
  let malicious = report.manifestFindings?.length ?? 0;
  let policy = report.fileFindings?.length ?? 0;
  const suspicious = /* @__PURE__ */ new Set();
  const held = /* @__PURE__ */ new Set();
  for (const lockfile of report.lockfiles) {
    const covered = /* @__PURE__ */ new Set();
    for (const finding of lockfile.findings) {
      if (isPolicy(finding)) policy++;
      else {
        malicious++;
        covered.add(`${finding.name}@${finding.version}`);
      }
    }
    for (const signal of lockfile.signals) {
      if (signal.level !== "fail") continue;
      const version = `${signal.name}@${signal.version}`;
      if (isContentSignal(signal)) {
        if (!covered.has(version)) suspicious.add(`${lockfile.path}\0${version}`);
      } else held.add(`${lockfile.path}\0${version}`);
    }
  }
  return { malicious, suspicious: suspicious.size, policy, held: held.size, findings: malicious + policy };
}
function verdictOf(report) {
  if (messagesAt(report, "error").length) return "error";
  const counts = verdictCounts(report);
  if (counts.malicious) return "malicious";
  if (counts.suspicious) return "suspicious";
  if (counts.policy) return "policy";
  if (counts.held) return "held";
  return "clean";
}
function notChecked(report) {
  const out = [];
  const live = report.sources.filter((s) => s.type === "advisory" && s.live === true);
  const sources = (names) => `live advisory source${names.length === 1 ? "" : "s"} ${names.join(" and ")}`;
  const failed = live.filter((s) => s.state === "failed").map((s) => s.name);
  if (failed.length) out.push(`${sources(failed)} (did not answer)`);
  const unasked = live.filter((s) => s.state === "not-asked" && s.error);
  if (unasked.length) out.push(`${sources(unasked.map((s) => s.name))} (${unasked[0].error})`);
  const registry = report.sources.find((s) => s.type === "registry");
  const skipped = report.lockfiles.reduce((n, l) => n + (l.notChecked?.length ?? 0), 0);
  if (skipped) out.push(`registry signals for ${skipped} version${skipped === 1 ? "" : "s"}`);
  else if (registry && registry.state !== "answered" && registry.error)
    out.push(`registry signals (${registry.error})`);
  const unread = new Set(
    report.lockfiles.flatMap(
      (l) => l.signals.filter((s) => s.signal === "content-not-read").map((s) => `${s.name}@${s.version}`)
    )
  );
  if (unread.size) out.push(`package content of ${unread.size} new version${unread.size === 1 ? "" : "s"}`);
  const tarballs = report.lockfiles.flatMap((l) => l.tarballsNotRead ?? []);
  const first2 = tarballs[0];
  if (first2)
    out.push(
      `${tarballs.length === 1 ? "the committed tarball" : `${tarballs.length} committed tarballs, first`} ${first2.file} of ${first2.name} (${first2.reason})`
    );
  return out;
}
function messagesAt(report, level) {
  return report.messages.filter((m) => m.level === level);
}
function message(level, text, where2 = {}) {
  return {
    level,
    message: text,
    ...where2.file !== void 0 ? { file: where2.file } : {},
    ...where2.line !== void 0 ? { line: where2.line } : {}
  };
}
function emptyReport(mode, messages) {
  return { version: 2, mode, lockfiles: [], sources: [], messages };
}
function reportJson(report) {
  return {
    version: 2,
    verdict: verdictOf(report),
    counts: verdictCounts(report),
    mode: report.mode,
    notChecked: notChecked(report),
    lockfiles: report.lockfiles,
    sources: report.sources,
    messages: report.messages,
    ...report.fileFindings?.length ? { fileFindings: report.fileFindings } : {},
    ...report.manifestFindings?.length ? { manifestFindings: report.manifestFindings } : {},
    ...report.holds ? { holds: report.holds } : {}
  };
}
function allFindings(report) {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}
function allSignals(report) {
  return report.lockfiles.flatMap((l) => l.signals.map((s) => ({ ...s, lockfile: l.path })));
}
function exitCode(report, warnOnly = false) {
  const verdict = verdictOf(report);
  if (verdict === "error") return 2;
  return verdict !== "clean" && !warnOnly ? 1 : 0;
}

// src/lockfiles/formats.ts
import path5 from "node:path";

// src/lockfiles/npm-edges.ts
function npmEdges(lockfile) {
  const resolver = new Resolver(lockfile.packages.map((p) => p.id));
  const deps = /* @__PURE__ */ new Map();
  for (const pkg of lockfile.packages) {
    deps.set(pkg.id, pkg.wants ? resolver.resolveAll(pkg.id, pkg.wants) : pkg.deps ?? []);
  }
  const root = lockfile.unresolvedEdges?.root;
  if (root === void 0)
    return { deps, importers: [{ path: "package.json", deps: treeRoots(lockfile.packages, deps) }] };
  const importers = [{ path: "package.json", deps: resolver.resolveAll("", root) }];
  for (const pkg of lockfile.packages) {
    if (pkg.source === "workspace") importers.push({ path: `${pkg.id}/package.json`, deps: deps.get(pkg.id) });
  }
  return { deps, importers };
}
function treeRoots(packages, deps) {
  const required = /* @__PURE__ */ new Set();
  for (const [id, ids] of deps) for (const dep of ids) if (dep !== id) required.add(dep);
  const topLevel = packages.map((p) => p.id).filter((id) => !id.includes("/node_modules/"));
  const roots = topLevel.filter((id) => !required.has(id));
  const reached = /* @__PURE__ */ new Set();
  const reach = (from) => {
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop();
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dep of deps.get(id) ?? []) if (!reached.has(dep)) queue.push(dep);
    }
  };
  roots.forEach(reach);
  for (const id of topLevel) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}
var Resolver = class {
  children = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  constructor(ids) {
    for (const id of ids) {
      const name = nameFromInstallPath(id);
      if (name === void 0 || !isInstallPath(id)) continue;
      const folder = id.slice(0, Math.max(0, id.length - name.length - "/node_modules/".length));
      let names = this.children.get(folder);
      if (!names) this.children.set(folder, names = /* @__PURE__ */ new Map());
      names.set(name, id);
    }
  }
  /** The id `name` resolves to when required from folder `dir`, if the lockfile has it. */
  resolve(dir, name) {
    let at = dir;
    for (; ; ) {
      const hit = this.children.get(at)?.get(name);
      if (hit !== void 0) return hit;
      if (at === "") return void 0;
      at = this.parentOf(at);
    }
  }
  /**
   * `names` wanted by the entry at install path `id` (`''` for the root),
   * resolved from its folder, without repeats or itself.
   */
  resolveAll(id, names) {
    const deps = [];
    const seen = /* @__PURE__ */ new Set();
    for (const name of names) {
      const dep = this.resolve(id, name);
      if (dep !== void 0 && dep !== id && !seen.has(dep)) {
        seen.add(dep);
        deps.push(dep);
      }
    }
    return deps;
  }
  /** The next folder up that can hold a `node_modules`: `a/node_modules/b` → `a`, `packages/x` → `packages`. */
  parentOf(dir) {
    let parent = this.parents.get(dir);
    if (parent === void 0) {
      const nested = dir.lastIndexOf("/node_modules/");
      if (nested !== -1) parent = dir.slice(0, nested);
      else if (dir.startsWith("node_modules/")) parent = "";
      else parent = dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
      this.parents.set(dir, parent);
    }
    return parent;
  }
};

// src/lockfiles/formats.ts
var PLUGINS = [
  {
    format: "npm",
    fileNames: ["package-lock.json", "npm-shrinkwrap.json"],
    syntax: "json",
    emptyRefusedBy: "npm ci",
    load: async () => (await import("./npm-A6BVMWKB.js")).parseNpm,
    edges: (lockfile) => lockfile.unresolvedEdges ? npmEdges(lockfile) : parserEdges(lockfile)
  },
  {
    format: "pnpm",
    fileNames: ["pnpm-lock.yaml"],
    syntax: "lines",
    emptyRefusedBy: "pnpm install --frozen-lockfile",
    load: async () => (await import("./pnpm-BNBS4DVD.js")).parsePnpm
  },
  {
    format: "yarn-classic",
    fileNames: ["yarn.lock"],
    syntax: "lines",
    load: async () => (await import("./yarn-classic-4THRWOKL.js")).parseYarnClassic,
    manifests: {
      which: "workspaces",
      async apply(lockfile, manifests) {
        const { importersFromManifests } = await import("./yarn-classic-4THRWOKL.js");
        lockfile.importers = importersFromManifests(lockfile, manifests);
      }
    }
  },
  {
    format: "yarn-berry",
    fileNames: ["yarn.lock"],
    syntax: "lines",
    emptyRefusedBy: "yarn install --immutable",
    load: async () => (await import("./yarn-berry-RK5276RT.js")).parseYarnBerry
  },
  {
    format: "bun",
    fileNames: ["bun.lock"],
    syntax: "json",
    emptyRefusedBy: "bun install --frozen-lockfile",
    load: async () => (await import("./bun-QSK7JRCL.js")).parseBun
  },
  {
    format: "bun",
    fileNames: ["bun.lockb"],
    syntax: "binary",
    load: async () => (await import("./bun-binary-7L65J6SA.js")).parseBunBinary,
    manifests: {
      which: "importers",
      async apply(lockfile, manifests) {
        const { declarationLines } = await import("./bun-binary-lines-JKWNIYWM.js");
        await declarationLines(lockfile, manifests);
      }
    }
  }
];
var LOCKFILE_NAMES = [...new Set(PLUGINS.flatMap((p) => p.fileNames))];
function lockfileName(file) {
  const base = path5.posix.basename(file).toLowerCase();
  return LOCKFILE_NAMES.includes(base) ? base : void 0;
}
function pluginsForName(file) {
  const base = lockfileName(file);
  return base === void 0 ? [] : PLUGINS.filter((p) => p.fileNames.includes(base));
}
function isBinaryLockfile(file) {
  return pluginsForName(file).some((p) => p.syntax === "binary");
}
function pluginOf(lockfile) {
  const byName2 = pluginsForName(lockfile.path).find((p) => p.format === lockfile.format);
  return byName2 ?? PLUGINS.find((p) => p.format === lockfile.format && p.syntax !== "binary");
}
function textPlugin(format) {
  return PLUGINS.find((p) => p.format === format && p.syntax !== "binary");
}
function edgesOf(lockfile) {
  return pluginOf(lockfile).edges?.(lockfile) ?? parserEdges(lockfile);
}
function parserEdges(lockfile) {
  return { deps: new Map(lockfile.packages.map((p) => [p.id, p.deps ?? []])), importers: lockfile.importers };
}

// src/engine/pairing.ts
import path6 from "node:path";
var nameOf = (file) => lockfileName(file);
var rank = (file) => {
  const name = nameOf(file);
  return name === void 0 ? -1 : LOCKFILE_NAMES.indexOf(name);
};
var byRank = (a, b) => rank(a) - rank(b) || a.localeCompare(b);
var dirOf = (file) => path6.posix.dirname(file);
function bunPairs(files) {
  const pairs = [];
  for (const binary of files.filter(isBinaryLockfile)) {
    const text = files.find((f) => f !== binary && dirOf(f) === dirOf(binary) && nameOf(f) === "bun.lock");
    if (text) pairs.push([text, binary]);
  }
  return pairs;
}
function pairLockfiles(headFiles, baseFiles, only) {
  const notes = [];
  const errors = [];
  const wanted = only?.length ? new Set(only.map(normalize)) : void 0;
  const inScope = (file) => !wanted || wanted.has(file);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }
  const twins = bunPairs(headFiles);
  const scoped = (file) => inScope(file) || twins.some((pair) => pair.includes(file) && pair.some((twin) => inScope(twin)));
  const headText = headFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const sameFile2 = (a, b) => dirOf(a) === dirOf(b) && nameOf(a) === nameOf(b);
  const taken = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const head of headText.filter(scoped)) {
    let base = baseText.includes(head) ? head : void 0;
    base ??= baseText.find((f) => sameFile2(f, head) && !headText.includes(f) && !taken.has(f));
    if (!base) {
      base = baseText.find((f) => dirOf(f) === dirOf(head) && !headText.some((h) => sameFile2(h, f)) && !taken.has(f));
      if (base)
        notes.push(
          `${head} replaces ${base}; compared with it so a package-manager switch does not report every package as new.`
        );
    }
    if (base) taken.add(base);
    pairs.push({ head, base });
  }
  for (const base of baseText) {
    if (!taken.has(base) && !headText.includes(base) && inScope(base)) pairs.push({ base });
  }
  return { pairs, notes, errors };
}
function normalize(file) {
  return path6.posix.normalize(file.replaceAll("\\", "/")).replace(/^\.\//, "");
}
function changedLockfiles(files, isLockfile) {
  const inHead = files.filter((f) => f.status !== "removed" && isLockfile(f.filename)).map((f) => f.filename);
  const any = files.some(
    (f) => isLockfile(f.filename) || f.previousFilename !== void 0 && isLockfile(f.previousFilename)
  );
  return { inHead: [...new Set(inHead)].sort(), any };
}

// src/inputs/trees.ts
import { spawn } from "node:child_process";
import { lstatSync, readFileSync as readFileSync2, readdirSync, readlinkSync, statSync } from "node:fs";
import path8 from "node:path";

// src/lockfiles/detect.ts
import path7 from "node:path";
function detect(file, text) {
  const plugins = pluginsForName(file).filter((p) => p.syntax !== "binary");
  if (plugins.length === 1) return plugins[0].format;
  if (plugins.length > 1) return isBerryText(text) ? "yarn-berry" : "yarn-classic";
  return detectByContent(text);
}
var LEGACY_HEADER = /^(?:#.*\r?\n)*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
function isBerryText(text) {
  if (LEGACY_HEADER.test(text.slice(0, 4096))) return false;
  return /^\s{0,2}(?:__metadata|"__metadata"|'__metadata')\s*:/m.test(text.slice(0, 64 * 1024));
}
function detectByContent(text) {
  const head = text.slice(0, 4096);
  if (/^\s*\{/.test(head)) return isBunJson(head) ? "bun" : "npm";
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return "yarn-berry";
  if (/^# yarn lockfile v1/m.test(head)) return "yarn-classic";
  return /^lockfileVersion:/m.test(text) ? "pnpm" : "npm";
}
function isBunJson(head) {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
}
function isLockfileName(file) {
  return lockfileName(file) !== void 0;
}
function caseVariantNote(file) {
  const name = lockfileName(file);
  const base = path7.posix.basename(file);
  if (name === void 0 || base === name) return void 0;
  return `${file} is named in another case than ${name}; it is read as ${name}, which the package manager reads on case-insensitive file systems (macOS, Windows). Rename it to ${name}.`;
}
function isLockfilePath(file) {
  return !file.split("/").includes("node_modules") && isLockfileName(file);
}

// src/inputs/trees.ts
function listLockfiles(tree) {
  return tree.listFiles(isLockfilePath);
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var DirTree = class {
  constructor(dir, name = "") {
    this.dir = dir;
    this.name = name;
  }
  dir;
  name;
  label(file) {
    return this.name ? `${this.name}:${file}` : file;
  }
  async listFiles(select) {
    const found = [];
    const walk = (rel) => {
      const entries = readdirSync(path8.join(this.dir, rel), { withFileTypes: true });
      for (const entry of entries) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(child);
        else if ((entry.isFile() || entry.isSymbolicLink()) && select(child)) found.push(child);
      }
    };
    try {
      walk("");
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new Error(`${this.dir} is not a directory that exists.`);
      throw error;
    }
    return found.sort();
  }
  async read(file) {
    return (await this.readBytes(file))?.toString("utf8");
  }
  async readBytes(file) {
    const real = await resolveInTree(this.label(file), file, (at) => this.node(at));
    if (real === void 0) return void 0;
    const full = path8.join(this.dir, real);
    const info = statSync(full);
    if (info.size > MAX_LOCKFILE_BYTES) throw tooLarge(this.label(file), info.size);
    return readFileSync2(full);
  }
  /** What the directory holds at `rel`, without following a link. */
  node(rel) {
    const full = path8.join(this.dir, rel);
    try {
      const info = lstatSync(full);
      if (info.isSymbolicLink()) return { kind: "link", target: () => readlinkSync(full, "utf8") };
      if (info.isDirectory()) return { kind: "dir" };
      return info.isFile() ? { kind: "file" } : void 0;
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
      throw error;
    }
  }
};
var GitTree = class {
  constructor(repoDir, ref) {
    this.repoDir = repoDir;
    this.ref = ref;
  }
  repoDir;
  ref;
  listing;
  label(file) {
    return `${this.ref}:${file}`;
  }
  async listFiles(select) {
    const { entries, prefix } = await this.index();
    const found = [];
    for (const [full, entry] of entries) {
      if (entry.mode === SUBMODULE || !full.startsWith(prefix)) continue;
      const file = full.slice(prefix.length);
      if (!file.split("/").includes("node_modules") && select(file)) found.push(file);
    }
    return found.sort();
  }
  async read(file) {
    return (await this.readBytes(file))?.toString("utf8");
  }
  async readBytes(file) {
    const { entries, dirs, prefix } = await this.index();
    const node = (at) => {
      const entry = entries.get(at);
      if (entry === void 0) return dirs.has(at) ? { kind: "dir" } : void 0;
      if (entry.mode === SYMLINK)
        return { kind: "link", target: async () => (await this.blob(entry.oid, at)).toString("utf8") };
      return entry.mode === SUBMODULE ? void 0 : { kind: "file" };
    };
    const real = await resolveInTree(this.label(file), `${prefix}${file}`, node);
    if (real === void 0) return void 0;
    return this.blob(entries.get(real).oid, file);
  }
  /**
   * One blob's bytes. Reads asked for in the same turn of the event loop (the
   * package.json files of a workspace, a lockfile beside its config) share one
   * `git cat-file --batch`: a monorepo's hundreds of manifests are one git
   * process, not one each.
   */
  blob(oid, file) {
    const kept = this.kept.get(oid);
    if (kept !== void 0) return Promise.resolve(kept);
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, file, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.readPending());
    });
  }
  pending = [];
  /**
   * Blobs already read, by object id, up to KEPT_BYTES in all: most reads of a run ask again for a
   * file an earlier step read (the CLI's change list reads every package.json, config file and
   * lockfile of both trees; the manifest, config and range steps then read them one at a time),
   * and each such read was one more git process (1,759 on parcel's 316-lockfile tree).
   */
  kept = /* @__PURE__ */ new Map();
  keptBytes = 0;
  async readPending() {
    const batch = this.pending.splice(0);
    try {
      const blobs = await catFileBatch(this.repoDir, [...new Set(batch.map((b) => b.oid))]);
      for (const [oid, bytes] of blobs) {
        if (bytes.length > MAX_LOCKFILE_BYTES || this.keptBytes + bytes.length > KEPT_BYTES) continue;
        this.kept.set(oid, Buffer.from(bytes));
        this.keptBytes += bytes.length;
      }
      for (const b of batch) {
        const bytes = blobs.get(b.oid);
        if (bytes.length > MAX_LOCKFILE_BYTES) b.reject(tooLarge(this.label(b.file), bytes.length));
        else b.resolve(bytes);
      }
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
  /** Every entry of the commit's tree with its mode (`git ls-tree -r -z --full-tree`), listed once. */
  index() {
    this.listing ??= this.loadIndex();
    return this.listing;
  }
  async loadIndex() {
    const commit = git(this.repoDir, ["rev-parse", "--show-prefix", "--verify", "--quiet", `${this.ref}^{commit}`]);
    const listing = git(this.repoDir, ["ls-tree", "-r", "-z", "--full-tree", `${this.ref}^{commit}`]);
    listing.catch(() => void 0);
    let prefix;
    try {
      prefix = (await commit).stdout.split("\n")[0];
    } catch {
      throw new Error(
        `git ref '${plain(this.ref, 100)}' is not a commit in ${this.repoDir}; fetch it or pass another --base.`
      );
    }
    const { stdout } = await listing;
    const entries = /* @__PURE__ */ new Map();
    const dirs = /* @__PURE__ */ new Set();
    for (const record of stdout.split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1) continue;
      const [mode = "", , oid = ""] = record.slice(0, tab).split(" ");
      const file = record.slice(tab + 1);
      entries.set(file, { mode, oid });
      for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1))
        dirs.add(file.slice(0, slash));
    }
    return { entries, dirs, prefix: prefix.trim() };
  }
};
var KEPT_BYTES = 64 * 1024 * 1024;
var SYMLINK = "120000";
var SUBMODULE = "160000";
var MAX_LINKS = 40;
async function resolveInTree(label, file, node) {
  const pending = file.split("/").reverse();
  const done = [];
  let link;
  const refuse = (why) => new LockfileError(
    label,
    void 0,
    `the symbolic link ${quote(link.path, 200)} points to ${quote(link.target, 200)}, ${why}; lockgate reads no file outside the repository`
  );
  let links = 0;
  let kind = "dir";
  while (pending.length > 0) {
    const part = pending.pop();
    if (part === "" || part === ".") continue;
    if (kind !== "dir") return missing();
    if (part === "..") {
      if (done.length === 0) throw refuse("which leaves the tree");
      done.pop();
      continue;
    }
    const here = done.length ? `${done.join("/")}/${part}` : part;
    const found = await node(here);
    if (found?.kind === "link") {
      const target = await found.target();
      link = { path: here, target };
      if (++links > MAX_LINKS) throw refuse(`which is a chain of more than ${MAX_LINKS} links (a loop?)`);
      if (target.startsWith("/") || /^[a-z]:[\\/]/i.test(target) || target === "")
        throw refuse("which leaves the tree");
      for (const piece of target.split("/").reverse()) pending.push(piece);
      continue;
    }
    if (found === void 0) return missing();
    kind = found.kind;
    done.push(part);
  }
  return kind === "file" ? done.join("/") : missing();
  function missing() {
    if (link) throw refuse("which names no file in the tree");
    return void 0;
  }
}
async function sameBytes(head, base, file) {
  const [a, b] = await Promise.all([head.readBytes(file), base.readBytes(file)]);
  return equalBytes(a, b);
}
function equalBytes(a, b) {
  return a !== void 0 && b !== void 0 && Buffer.from(a).equals(Buffer.from(b));
}
var EmptyTree = class {
  label(file) {
    return file;
  }
  async listFiles() {
    return [];
  }
  async read() {
    return void 0;
  }
  async readBytes() {
    return void 0;
  }
};
var GIT_TIMEOUT_MS = positiveEnv("LOCKGATE_GIT_TIMEOUT_MS") ?? 12e4;
async function git(cwd, args, timeoutMs = GIT_TIMEOUT_MS) {
  const { stdout } = await runGit(cwd, args, timeoutMs);
  return { stdout: stdout.toString("utf8") };
}
async function catFileBatch(cwd, oids) {
  const cap = oids.length * (MAX_LOCKFILE_BYTES + 1024);
  const { stdout } = await runGit(cwd, ["cat-file", "--batch"], GIT_TIMEOUT_MS, { input: `${oids.join("\n")}
`, cap });
  const blobs = /* @__PURE__ */ new Map();
  let at = 0;
  for (const oid of oids) {
    const eol = stdout.indexOf(10, at);
    const header = eol === -1 ? "" : stdout.toString("latin1", at, eol);
    const [answered, type, size] = header.split(" ");
    if (answered !== oid || type !== "blob" || !/^\d+$/.test(size ?? "") || eol + 1 + Number(size) > stdout.length)
      throw new Error(`git cat-file could not read object ${oid.slice(0, 12)}: ${plain(header, 100) || "no answer"}`);
    blobs.set(oid, stdout.subarray(eol + 1, eol + 1 + Number(size)));
    at = eol + 2 + Number(size);
  }
  return blobs;
}
function runGit(cwd, args, timeoutMs, options = {}) {
  const full = ["-c", "core.quotepath=off", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=30", ...args];
  const cap = options.cap ?? MAX_LOCKFILE_BYTES + 1024;
  return new Promise((resolve, reject) => {
    const child = spawn("git", full, {
      cwd,
      detached: true,
      stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    });
    if (options.input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(options.input);
    }
    const out = [];
    let size = 0;
    let stderr = "";
    let failure;
    const kill = (why) => {
      failure ??= why;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(
      () => kill(new Error(`git ${args[0]} did not finish within ${Math.round(timeoutMs / 1e3)}s`)),
      timeoutMs
    );
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > cap) kill(new Error(`git ${args[0]} wrote more than ${cap - 1024} bytes`));
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code !== 0)
        reject(new Error(`git ${args[0]} failed: ${plain(stderr.trim().split("\n")[0] ?? "", 200)}`));
      else resolve({ stdout: Buffer.concat(out, size) });
    });
  });
}
function positiveEnv(name) {
  const value = process.env[name]?.trim();
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : void 0;
}
async function defaultBaseRef(repoDir) {
  for (const candidate of ["origin/HEAD", "origin/main", "origin/master"]) {
    try {
      const { stdout } = await git(repoDir, ["merge-base", "HEAD", candidate]);
      if (stdout.trim()) return stdout.trim();
    } catch {
    }
  }
  throw new Error(
    `could not find a base to compare against in ${repoDir} (no merge-base with origin/HEAD, origin/main or origin/master); pass --base <ref> or --base-dir <dir>.`
  );
}
function tooLarge(file, size) {
  return new LockfileError(
    file,
    void 0,
    `file is ${size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`
  );
}

// src/content/unpack.ts
import { createGunzip } from "node:zlib";

// node_modules/modern-tar/dist/packer-By1HVV7Z.js
var FILE = "file";
var LINK = "link";
var SYMLINK2 = "symlink";
var DIRECTORY = "directory";
var FLAGTYPE = {
  48: FILE,
  49: LINK,
  50: SYMLINK2,
  51: "character-device",
  52: "block-device",
  53: DIRECTORY,
  54: "fifo",
  120: "pax-header",
  103: "pax-global-header",
  76: "gnu-long-name",
  75: "gnu-long-link-name"
};
var EMPTY = /* @__PURE__ */ new Uint8Array(0);
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function readString(view, offset, size) {
  if (view[offset] === 0) return "";
  const end = view.indexOf(0, offset);
  const sliceEnd = end === -1 || end > offset + size ? offset + size : end;
  return decoder.decode(view.subarray(offset, sliceEnd));
}
function readOctal(view, offset, size) {
  let value = 0;
  const end = offset + size;
  for (let i2 = offset; i2 < end; i2++) {
    const charCode = view[i2];
    if (charCode === 0) break;
    if (charCode === 32) continue;
    if (charCode < 48 || charCode > 55) throw new Error("Invalid tar number.");
    value = value * 8 + (charCode - 48);
  }
  return value;
}
function readNumeric(view, offset, size) {
  if (view[offset] & 128) {
    let result = 0;
    result = view[offset] & 127;
    for (let i2 = 1; i2 < size; i2++) result = result * 256 + view[offset + i2];
    if (!Number.isSafeInteger(result)) throw new Error("TAR number too large");
    return result;
  }
  return readOctal(view, offset, size);
}
var isBodyless = (header) => header.type === "directory" || header.type === "symlink" || header.type === "link" || header.type === "character-device" || header.type === "block-device" || header.type === "fifo";
var INITIAL_CAPACITY = 256;
function createChunkQueue() {
  let chunks = new Array(INITIAL_CAPACITY);
  let capacityMask = chunks.length - 1;
  let head = 0;
  let tail = 0;
  let totalAvailable = 0;
  const consumeFromHead = (count) => {
    const chunk = chunks[head];
    if (count === chunk.length) {
      chunks[head] = EMPTY;
      head = head + 1 & capacityMask;
    } else chunks[head] = chunk.subarray(count);
    totalAvailable -= count;
    if (totalAvailable === 0 && chunks.length > INITIAL_CAPACITY) {
      chunks = new Array(INITIAL_CAPACITY);
      capacityMask = 255;
      head = 0;
      tail = 0;
    }
  };
  function pull(bytes, callback) {
    if (callback) {
      let fed = 0;
      let remaining2 = Math.min(bytes, totalAvailable);
      while (remaining2 > 0) {
        const chunk = chunks[head];
        const toFeed = Math.min(remaining2, chunk.length);
        const segment = toFeed === chunk.length ? chunk : chunk.subarray(0, toFeed);
        consumeFromHead(toFeed);
        remaining2 -= toFeed;
        fed += toFeed;
        if (!callback(segment)) break;
      }
      return fed;
    }
    if (totalAvailable < bytes) return null;
    if (bytes === 0) return EMPTY;
    const firstChunk = chunks[head];
    if (firstChunk.length >= bytes) {
      const view = firstChunk.length === bytes ? firstChunk : firstChunk.subarray(0, bytes);
      consumeFromHead(bytes);
      return view;
    }
    const result = new Uint8Array(bytes);
    let copied = 0;
    let remaining = bytes;
    while (remaining > 0) {
      const chunk = chunks[head];
      const toCopy = Math.min(remaining, chunk.length);
      result.set(toCopy === chunk.length ? chunk : chunk.subarray(0, toCopy), copied);
      copied += toCopy;
      remaining -= toCopy;
      consumeFromHead(toCopy);
    }
    return result;
  }
  return {
    push: (chunk) => {
      if (chunk.length === 0) return;
      let nextTail = tail + 1 & capacityMask;
      if (nextTail === head) {
        const oldLen = chunks.length;
        const newLen = oldLen * 2;
        const newChunks = new Array(newLen);
        const count = tail - head + oldLen & oldLen - 1;
        if (head < tail) for (let i2 = 0; i2 < count; i2++) newChunks[i2] = chunks[head + i2];
        else {
          const firstPart = oldLen - head;
          for (let i2 = 0; i2 < firstPart; i2++) newChunks[i2] = chunks[head + i2];
          for (let i2 = 0; i2 < tail; i2++) newChunks[firstPart + i2] = chunks[i2];
        }
        chunks = newChunks;
        capacityMask = newLen - 1;
        head = 0;
        tail = count;
        nextTail = tail + 1 & capacityMask;
      }
      chunks[tail] = chunk;
      tail = nextTail;
      totalAvailable += chunk.length;
    },
    available: () => totalAvailable,
    peek: (bytes) => {
      if (totalAvailable < bytes) return null;
      if (bytes === 0) return EMPTY;
      const firstChunk = chunks[head];
      if (firstChunk.length >= bytes) return firstChunk.length === bytes ? firstChunk : firstChunk.subarray(0, bytes);
      const result = new Uint8Array(bytes);
      let copied = 0;
      let index = head;
      while (copied < bytes) {
        const chunk = chunks[index];
        const toCopy = Math.min(bytes - copied, chunk.length);
        if (toCopy === chunk.length) result.set(chunk, copied);
        else result.set(chunk.subarray(0, toCopy), copied);
        copied += toCopy;
        index = index + 1 & capacityMask;
      }
      return result;
    },
    discard: (bytes) => {
      if (bytes > totalAvailable) throw new Error("Too many bytes consumed");
      if (bytes === 0) return;
      let remaining = bytes;
      while (remaining > 0) {
        const chunk = chunks[head];
        const toConsume = Math.min(remaining, chunk.length);
        consumeFromHead(toConsume);
        remaining -= toConsume;
      }
    },
    pull
  };
}
var CHECKSUM_SPACE = 32;
function validateChecksum(block) {
  const stored = readOctal(block, 148, 8);
  let sum = 0;
  for (let i2 = 0; i2 < block.length; i2++) if (i2 >= 148 && i2 < 156) sum += CHECKSUM_SPACE;
  else sum += block[i2];
  return stored === sum;
}
function parseUstarHeader(block, strict) {
  if (strict && !validateChecksum(block)) throw new Error("Invalid tar header checksum.");
  const header = {
    name: readString(block, 0, 100),
    mode: readOctal(block, 100, 8),
    uid: readNumeric(block, 108, 8),
    gid: readNumeric(block, 116, 8),
    size: readNumeric(block, 124, 12),
    mtime: /* @__PURE__ */ new Date(readNumeric(block, 136, 12) * 1e3),
    type: FLAGTYPE[block[156]] || "file",
    linkname: readString(block, 157, 100)
  };
  const magic = readString(block, 257, 6);
  if (magic.trim() === "ustar") {
    header.uname = readString(block, 265, 32);
    header.gname = readString(block, 297, 32);
  }
  if (magic === "ustar") header.prefix = readString(block, 345, 155);
  return header;
}
var PAX_MAPPING = {
  path: ["name", (v) => v],
  linkpath: ["linkname", (v) => v],
  size: ["size", (v) => /^\d+$/.test(v) && Number.isSafeInteger(+v) ? +v : NaN],
  mtime: ["mtime", parseFloat],
  uid: ["uid", (v) => parseInt(v, 10)],
  gid: ["gid", (v) => parseInt(v, 10)],
  uname: ["uname", (v) => v],
  gname: ["gname", (v) => v]
};
function parsePax(buffer) {
  const overrides = /* @__PURE__ */ Object.create(null);
  const pax = /* @__PURE__ */ Object.create(null);
  let isPax = false;
  let offset = 0;
  while (offset < buffer.length) {
    const spaceIndex = buffer.indexOf(32, offset);
    if (spaceIndex === -1) break;
    const length = parseInt(decoder.decode(buffer.subarray(offset, spaceIndex)), 10);
    if (!(length > 0)) break;
    const recordEnd = offset + length;
    const recordStr = decoder.decode(buffer.subarray(spaceIndex + 1, recordEnd - 1));
    const equalsIndex = recordStr.indexOf("=");
    if (equalsIndex > 0) {
      const key = recordStr.slice(0, equalsIndex);
      const value = recordStr.slice(equalsIndex + 1);
      pax[key] = value;
      isPax = true;
      if (Object.hasOwn(PAX_MAPPING, key)) {
        const [targetKey, parser] = PAX_MAPPING[key];
        const parsedValue = parser(value);
        if (typeof parsedValue === "string" || !Number.isNaN(parsedValue)) overrides[targetKey] = parsedValue;
      }
    }
    offset = recordEnd;
  }
  if (isPax) overrides.pax = pax;
  return overrides;
}
function applyOverrides(header, overrides) {
  if (overrides.name !== void 0) header.name = overrides.name;
  if (overrides.linkname !== void 0) header.linkname = overrides.linkname;
  if (overrides.size !== void 0) header.size = overrides.size;
  if (overrides.mtime !== void 0) header.mtime = /* @__PURE__ */ new Date(overrides.mtime * 1e3);
  if (overrides.uid !== void 0) header.uid = overrides.uid;
  if (overrides.gid !== void 0) header.gid = overrides.gid;
  if (overrides.uname !== void 0) header.uname = overrides.uname;
  if (overrides.gname !== void 0) header.gname = overrides.gname;
  if (overrides.pax) header.pax = Object.assign({}, header.pax ?? {}, overrides.pax);
}
function getMetaParser(type) {
  switch (type) {
    case "pax-global-header":
    case "pax-header":
      return parsePax;
    case "gnu-long-name":
      return (data) => ({ name: readString(data, 0, data.length) });
    case "gnu-long-link-name":
      return (data) => ({ linkname: readString(data, 0, data.length) });
    default:
      return;
  }
}
var STATE_HEADER = 0;
var STATE_BODY = 1;
var MAX_META_SIZE = 8388608;
var MAX_GLOBAL_PAX_KEYS = 512;
var truncateErr = /* @__PURE__ */ new Error("Tar archive is truncated.");
function createUnpacker(options = {}) {
  const strict = options.strict ?? false;
  const { available, peek, push, discard, pull } = createChunkQueue();
  let state = STATE_HEADER;
  let ended = false;
  let done = false;
  let eof = false;
  let currentEntry = null;
  const paxGlobals = {};
  let nextEntryOverrides = {};
  const unpacker = {
    isEntryActive: () => state === STATE_BODY,
    isBodyComplete: () => !currentEntry || currentEntry.remaining === 0,
    canFinish: () => !currentEntry || available() >= currentEntry.remaining + currentEntry.padding,
    bodyBytes: () => currentEntry && currentEntry.remaining > 0 ? Math.min(currentEntry.remaining, available()) : 0,
    available,
    write(chunk) {
      if (ended) throw new Error("Archive already ended.");
      if (eof) {
        if (strict) checkPadding(chunk);
        return;
      }
      push(chunk);
    },
    end() {
      ended = true;
    },
    readHeader() {
      if (state !== STATE_HEADER) throw new Error("Cannot read header while an entry is active");
      if (done) return void 0;
      while (!done) {
        if (available() < 512) {
          if (ended) {
            if (available() > 0 && strict) throw truncateErr;
            done = true;
            return;
          }
          return null;
        }
        const headerBlock = peek(512);
        if (isZeroBlock(headerBlock)) {
          if (available() < 1024) {
            if (ended) {
              if (strict) throw truncateErr;
              done = true;
              return;
            }
            return null;
          }
          if (isZeroBlock(peek(1024).subarray(512))) {
            discard(1024);
            done = true;
            eof = true;
            if (strict) pull(available(), checkPadding);
            else discard(available());
            return;
          }
          if (strict) throw new Error("Invalid tar header.");
          discard(512);
          continue;
        }
        let internalHeader;
        try {
          internalHeader = parseUstarHeader(headerBlock, strict);
        } catch (err2) {
          if (strict) throw err2;
          discard(512);
          continue;
        }
        const metaParser = getMetaParser(internalHeader.type);
        if (metaParser) {
          if (internalHeader.size > MAX_META_SIZE) throw new Error("Tar metadata entry exceeds maximum size.");
          const paddedSize = internalHeader.size + (-internalHeader.size & 511);
          if (available() < 512 + paddedSize) {
            if (ended && strict) throw truncateErr;
            return null;
          }
          discard(512);
          const overrides = metaParser(pull(paddedSize).subarray(0, internalHeader.size));
          if (nextEntryOverrides.pax) nextEntryOverrides = {};
          const target = internalHeader.type === "pax-global-header" ? paxGlobals : nextEntryOverrides;
          if (target === paxGlobals && overrides.pax && Object.keys(overrides.pax).length > MAX_GLOBAL_PAX_KEYS) throw new Error("Too many global attributes.");
          for (const key in overrides) target[key] = overrides[key];
          continue;
        }
        discard(512);
        const header = internalHeader;
        if (internalHeader.prefix) header.name = `${internalHeader.prefix}/${header.name}`;
        applyOverrides(header, paxGlobals);
        applyOverrides(header, nextEntryOverrides);
        let archiveSize = header.size;
        if (isBodyless(header)) {
          archiveSize = 0;
          header.size = 0;
        } else if (header.name.endsWith("/") && header.type === "file") {
          header.type = DIRECTORY;
          header.size = 0;
        }
        nextEntryOverrides = {};
        currentEntry = {
          header,
          remaining: archiveSize,
          padding: -archiveSize & 511
        };
        state = STATE_BODY;
        return header;
      }
    },
    streamBody(callback) {
      if (state !== STATE_BODY || !currentEntry || currentEntry.remaining === 0) return 0;
      const bytesToFeed = Math.min(currentEntry.remaining, available());
      if (bytesToFeed === 0) return 0;
      const fed = pull(bytesToFeed, callback);
      currentEntry.remaining -= fed;
      return fed;
    },
    skipPadding() {
      if (state !== STATE_BODY || !currentEntry) return true;
      if (currentEntry.remaining > 0) throw new Error("Body not fully consumed");
      if (available() < currentEntry.padding) return false;
      discard(currentEntry.padding);
      currentEntry = null;
      state = STATE_HEADER;
      return true;
    },
    skipEntry() {
      if (state !== STATE_BODY || !currentEntry) return true;
      const toDiscard = Math.min(currentEntry.remaining, available());
      if (toDiscard > 0) {
        discard(toDiscard);
        currentEntry.remaining -= toDiscard;
      }
      if (currentEntry.remaining > 0) return false;
      return unpacker.skipPadding();
    },
    finish() {
      if (strict && !eof) throw truncateErr;
    }
  };
  return unpacker;
}
function isZeroBlock(block) {
  if (block.length === 0) return true;
  if (block[0] !== 0) return false;
  if (block.byteOffset % 8 === 0 && block.length % 8 === 0) {
    const view = new BigUint64Array(block.buffer, block.byteOffset, block.length / 8);
    for (let i2 = 0; i2 < view.length; i2++) if (view[i2] !== 0n) return false;
    return true;
  }
  for (let i2 = 0; i2 < block.length; i2++) if (block[i2] !== 0) return false;
  return true;
}
function checkPadding(chunk) {
  if (!isZeroBlock(chunk)) throw new Error("Invalid EOF.");
  return true;
}

// node_modules/modern-tar/dist/web/index.js
var BUFFER_LIMIT = 1048576;
var RESUME_LIMIT = BUFFER_LIMIT / 2;
function createTarDecoder(options = {}) {
  const unpacker = createUnpacker(options);
  const strict = options.strict ?? false;
  let controller = null;
  let bodyController = null;
  let pumping = false;
  let blocked = false;
  let resume = null;
  let abortHooked = false;
  let eofReached = false;
  let sourceEnded = false;
  let closed = false;
  const unblock = () => {
    resume?.();
    resume = null;
  };
  const closeBody = () => {
    try {
      bodyController?.close();
    } catch {
    }
    bodyController = null;
  };
  const fail = (reason) => {
    if (closed) return;
    closed = true;
    try {
      bodyController?.error(reason);
    } catch {
    }
    bodyController = null;
    try {
      controller.error(reason);
    } catch {
    }
    controller = null;
    unblock();
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    closeBody();
    try {
      controller.close();
    } catch {
    }
    controller = null;
    unblock();
  };
  const truncateOrFinish = () => {
    if (strict) throw new Error("Tar archive is truncated.");
    finish();
  };
  const pump = () => {
    if (pumping || closed || !controller) return;
    blocked = false;
    pumping = true;
    try {
      while (true) {
        if (eofReached) {
          if (sourceEnded) finish();
          break;
        }
        if (unpacker.isEntryActive()) {
          if (sourceEnded && !unpacker.canFinish()) {
            truncateOrFinish();
            break;
          }
          if (bodyController) {
            if ((bodyController.desiredSize ?? 1) <= 0) {
              blocked = true;
              break;
            }
            if (unpacker.streamBody((c) => (bodyController.enqueue(c), (bodyController.desiredSize ?? 1) > 0)) === 0 && !unpacker.isBodyComplete()) {
              if (sourceEnded) truncateOrFinish();
              break;
            }
          } else if (!unpacker.skipEntry()) {
            if (sourceEnded) truncateOrFinish();
            break;
          }
          if (unpacker.isBodyComplete()) {
            closeBody();
            if (!unpacker.skipPadding()) {
              if (sourceEnded) truncateOrFinish();
              break;
            }
          }
        } else {
          if ((controller.desiredSize ?? 0) < 0) {
            blocked = true;
            break;
          }
          const header = unpacker.readHeader();
          if (header === null) {
            if (sourceEnded) finish();
            break;
          }
          if (header === void 0) {
            if (sourceEnded) {
              unpacker.finish();
              finish();
              break;
            }
            eofReached = true;
            break;
          }
          controller.enqueue({
            header,
            body: new ReadableStream({
              start(c) {
                if (header.size === 0) c.close();
                else bodyController = c;
              },
              pull: pump,
              cancel() {
                bodyController = null;
                pump();
              }
            })
          });
        }
      }
    } catch (error) {
      fail(error);
      throw error;
    } finally {
      pumping = false;
    }
    if (resume && (!blocked || unpacker.available() < RESUME_LIMIT)) unblock();
  };
  return {
    readable: new ReadableStream({
      start(c) {
        controller = c;
      },
      pull: pump,
      cancel(reason) {
        unpacker.end();
        if (reason !== void 0) fail(reason);
        else finish();
      }
    }, { highWaterMark: 2 }),
    writable: new WritableStream({
      write(chunk, controller2) {
        try {
          unpacker.write(chunk);
          pump();
          if (blocked && unpacker.available() >= BUFFER_LIMIT) {
            if (!abortHooked) {
              controller2.signal.onabort = unblock;
              abortHooked = true;
            }
            return new Promise((resolve) => resume = resolve);
          }
        } catch (error) {
          fail(error);
          throw error;
        }
      },
      close() {
        try {
          sourceEnded = true;
          unpacker.end();
          pump();
        } catch (error) {
          fail(error);
          throw error;
        }
      },
      abort(reason) {
        fail(reason);
      }
    })
  };
}

// src/content/unpack.ts
var DEFAULT_UNPACK_LIMITS = {
  maxUnpackedBytes: 128 * 1024 * 1024,
  maxEntries: 2e4
};
var UnpackError = class extends Error {
  constructor(reason, message2) {
    super(message2);
    this.reason = reason;
    this.name = "UnpackError";
  }
  reason;
};
var MAX_SKIPPED_NOTES = 20;
async function unpackTarball(bytes, limits = DEFAULT_UNPACK_LIMITS) {
  const tar = gunzipStream(bytes, limits.maxUnpackedBytes);
  const decoder3 = createTarDecoder({ strict: true });
  const files = /* @__PURE__ */ new Map();
  const skipped = [];
  let entries = 0;
  let failure;
  const piping = tar.stream.pipeTo(decoder3.writable).catch((error) => {
    failure ??= error;
  });
  const reader = decoder3.readable.getReader();
  try {
    for (; ; ) {
      const { done, value: entry } = await reader.read();
      if (done) break;
      entries++;
      if (entries > limits.maxEntries) {
        await entry.body.cancel();
        throw new UnpackError("too-many-files", `more than ${limits.maxEntries.toLocaleString("en-US")} entries`);
      }
      const type = entry.header.type ?? "file";
      const path15 = packagePath(entry.header.name);
      if (type !== "file" || path15 === void 0) {
        await entry.body.cancel();
        if (type !== "directory" && skipped.length < MAX_SKIPPED_NOTES) {
          skipped.push(
            path15 === void 0 ? `unsafe path ${JSON.stringify(entry.header.name.slice(0, 120))}` : `${type} entry ${path15}`
          );
        }
        continue;
      }
      files.set(path15, await readAll(entry.body, entry.header.size));
    }
  } catch (error) {
    await reader.cancel().catch(() => void 0);
    throw asUnpackError(tar.overflow() ? tooLarge2(limits) : error);
  }
  await piping;
  if (tar.overflow()) throw tooLarge2(limits);
  if (failure !== void 0) throw asUnpackError(failure);
  return { files, skipped, unpackedBytes: tar.bytes() };
}
function tooLarge2(limits) {
  return new UnpackError("too-large", `more than ${formatBytes2(limits.maxUnpackedBytes)} unpacked`);
}
function asUnpackError(error) {
  if (error instanceof UnpackError) return error;
  const message2 = error instanceof Error ? error.message : String(error);
  return new UnpackError("corrupt", `not a readable gzip/tar stream (${message2.slice(0, 120)})`);
}
function packagePath(name) {
  const parts = name.replace(/\\/g, "/").split("/");
  if (parts[0] === "" || /^[a-z]:$/i.test(parts[0] ?? "")) return void 0;
  const rest = parts.slice(1).filter((p) => p !== "" && p !== ".");
  if (rest.length === 0 || rest.includes("..")) return void 0;
  return rest.join("/");
}
async function readAll(body, size) {
  const out = new Uint8Array(size);
  let at = 0;
  const reader = body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > size) throw new UnpackError("corrupt", "an entry is longer than its header says");
    out.set(value, at);
    at += value.length;
  }
  return at === size ? out : out.subarray(0, at);
}
function gunzipStream(bytes, cap) {
  let total = 0;
  let over = false;
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const stream = new ReadableStream(
    {
      start(controller) {
        gunzip.on("data", (chunk) => {
          total += chunk.length;
          if (total > cap) {
            over = true;
            gunzip.destroy();
            controller.error(new UnpackError("too-large", `more than ${formatBytes2(cap)} unpacked`));
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
          if ((controller.desiredSize ?? 1) <= 0) gunzip.pause();
        });
        gunzip.on("end", () => {
          if (!over) controller.close();
        });
        gunzip.on("error", (error) => {
          if (!over) controller.error(error);
        });
        gunzip.end(bytes);
      },
      pull() {
        gunzip.resume();
      },
      cancel() {
        gunzip.destroy();
      }
    },
    { highWaterMark: 16 }
  );
  return { stream, bytes: () => total, overflow: () => over };
}
function formatBytes2(n) {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

// src/lockfiles/local-tarball.ts
import path9 from "node:path";
function localTarballPath(lockfile, pkg) {
  if (pkg.source !== "file" || pkg.resolved === void 0) return void 0;
  let ref = pkg.resolved.replace(/^file:/, "");
  let folder = ".";
  if (lockfile.format === "yarn-berry") {
    const hash = ref.indexOf("#");
    const [target, params = ""] = (hash === -1 ? ref : ref.slice(hash + 1)).split("::");
    ref = target ?? "";
    const locator = new URLSearchParams(params).get("locator") ?? "";
    const workspace = /@workspace:(.*)$/.exec(locator);
    if (workspace) folder = workspace[1] || ".";
  } else ref = ref.split("#")[0] ?? "";
  if (!isTarballPath(ref)) return void 0;
  const from = path9.posix.dirname(lockfile.path);
  if (ref.startsWith("/") || /^[a-z]:[\\/]/i.test(ref)) return { outside: ref };
  const joined = path9.posix.normalize(path9.posix.join(from, folder, ref.replaceAll("\\", "/")));
  if (joined === ".." || joined.startsWith("../") || joined.startsWith("/")) return { outside: ref };
  return { path: joined };
}

// src/inputs/local-tarballs.ts
var MAX_LOCAL_TARBALLS = 200;
async function readLocalTarballs(tree, lockfile, opened = /* @__PURE__ */ new Map()) {
  const out = /* @__PURE__ */ new Map();
  const mine = /* @__PURE__ */ new Set();
  for (const pkg of lockfile.packages) {
    const where2 = localTarballPath(lockfile, pkg);
    if (!where2) continue;
    if ("outside" in where2) {
      out.set(pkg.id, { path: where2.outside.slice(0, 300), notRead: "its path leads outside the repository" });
      continue;
    }
    let pending = opened.get(where2.path);
    if (!pending) {
      pending = mine.size < MAX_LOCAL_TARBALLS ? openTarball(tree, where2.path) : Promise.resolve({ path: where2.path, notRead: `more than ${MAX_LOCAL_TARBALLS} tarballs in one lockfile` });
      if (mine.size < MAX_LOCAL_TARBALLS) opened.set(where2.path, pending);
    }
    mine.add(where2.path);
    out.set(pkg.id, await pending);
  }
  return out;
}
async function openTarball(tree, file) {
  let bytes;
  try {
    bytes = await tree.readBytes(file);
  } catch (error) {
    return { path: file, notRead: `it could not be read from the tree (${firstLine2(error)})` };
  }
  if (bytes === void 0) return { path: file, notRead: "it is not in the tree" };
  try {
    const unpacked = await unpackTarball(bytes);
    const manifest = unpacked.files.get("package.json");
    if (!manifest) return { path: file, notRead: "it holds no package.json" };
    const json2 = JSON.parse(new TextDecoder().decode(manifest));
    if (!isRecord(json2) || typeof json2.name !== "string")
      return { path: file, notRead: "its package.json names no package" };
    return {
      path: file,
      inside: {
        name: json2.name.slice(0, 214),
        version: typeof json2.version === "string" ? json2.version.slice(0, 256) : ""
      }
    };
  } catch (error) {
    if (error instanceof UnpackError) return { path: file, notRead: `it is not a readable package (${error.message})` };
    if (error instanceof SyntaxError) return { path: file, notRead: "its package.json is not JSON" };
    throw error;
  }
}
function firstLine2(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 200);
}

// src/core/integrity.ts
var ALGORITHMS = ["sha512", "sha384", "sha256", "sha1"];
function sriHashes(integrity) {
  const out = /* @__PURE__ */ new Map();
  for (const token of (integrity ?? "").split(/\s+/)) {
    const match = /^(sha(?:1|256|384|512))-([A-Za-z0-9+/]+={0,2})(?:\?\S*)?$/.exec(token);
    if (!match) continue;
    const list2 = out.get(match[1]);
    if (list2) list2.push(match[2]);
    else out.set(match[1], [match[2]]);
  }
  return out;
}
function sha1FromHex(hex) {
  return hex !== void 0 && /^[0-9a-f]{40}$/i.test(hex) ? Buffer.from(hex, "hex").toString("base64") : void 0;
}
function entryHashes(pkg) {
  const out = sriHashes(pkg.integrity);
  const fragment = pkg.resolved && /^(?:https?|file):/i.test(pkg.resolved) ? /#([0-9a-f]{40})$/i.exec(pkg.resolved)?.[1] : void 0;
  const sha1 = sha1FromHex(fragment);
  if (sha1) out.set("sha1", [.../* @__PURE__ */ new Set([...out.get("sha1") ?? [], sha1])]);
  return out;
}
function entriesHashes(pkgs) {
  const out = /* @__PURE__ */ new Map();
  for (const pkg of pkgs)
    for (const [algorithm, digests] of entryHashes(pkg))
      out.set(algorithm, [...out.get(algorithm) ?? [], ...digests]);
  return out;
}
function registryHashes(dist) {
  const out = sriHashes(dist.integrity);
  const sha1 = sha1FromHex(dist.shasum);
  if (sha1) out.set("sha1", [.../* @__PURE__ */ new Set([...out.get("sha1") ?? [], sha1])]);
  return out;
}
function compareHashes(lockfile, other) {
  for (const algorithm of ALGORITHMS) {
    const mine = lockfile.get(algorithm);
    const theirs = other.get(algorithm);
    if (!mine?.length || !theirs?.length) continue;
    const wrong = mine.find((d) => !theirs.includes(d));
    return wrong === void 0 ? void 0 : { algorithm, lockfile: wrong, registry: theirs[0] };
  }
  return "incomparable";
}
function shortHash(algorithm, digest) {
  return `${algorithm}-${digest.length > 16 ? `${digest.slice(0, 16)}…` : digest}`;
}

// src/core/origin.ts
function originFacts(bases, head, sameFormat) {
  if (bases.some((b) => sameOrigin(b, head))) return [];
  const facts = [];
  if (!bases.some((b) => sourceKind(b) === sourceKind(head))) facts.push({ fact: "source", to: sourceKind(head) });
  const url = normalizeResolved(head.resolved);
  const urls = defined(bases.map((b) => normalizeResolved(b.resolved)));
  if (url !== void 0 && urls.size && !urls.has(url)) facts.push({ fact: "resolved" });
  const host = downloadHost(head);
  const hosts = defined(bases.map((b) => downloadHost(b)));
  if (host !== void 0 && hosts.size && !hosts.has(host)) facts.push({ fact: "host", from: [...hosts], to: host });
  const git2 = gitFact(head, bases);
  if (git2) facts.push(git2);
  const hashes = entryHashes(head);
  const baseHashes = entriesHashes(bases);
  if (hashes.size && baseHashes.size) {
    const compared = compareHashes(hashes, baseHashes);
    if (compared === "incomparable") {
      if (sameFormat) facts.push({ fact: "algorithm" });
    } else if (compared) facts.push({ fact: "integrity", algorithm: compared.algorithm });
  }
  const checksum = berryChecksum(head.integrity);
  if (checksum) {
    const same = bases.map((b) => berryChecksum(b.integrity)).filter((c) => c?.key === checksum.key);
    if (same.length && !same.some((c) => c.hash === checksum.hash)) facts.push({ fact: "checksum" });
  }
  return facts;
}
function digestPinned(bases, head) {
  const hashes = entryHashes(head);
  const baseHashes = entriesHashes(bases);
  if (hashes.size === 0) return false;
  for (const [algorithm, digests] of hashes) {
    const known = baseHashes.get(algorithm);
    if (!known || !digests.every((d) => known.includes(d))) return false;
  }
  return true;
}
function sameOrigin(a, b) {
  return a.source === b.source && a.resolved === b.resolved && a.integrity === b.integrity;
}
function gitFact(head, bases) {
  const repo = head.resolved ? gitRepository(head.resolved) : void 0;
  if (!repo) return void 0;
  const before = bases.map((b) => b.resolved ? gitRepository(b.resolved) : void 0).filter((r) => r !== void 0);
  if (!before.length) return void 0;
  const full = (r) => `${r.host}/${r.path}`;
  if (!before.some((b) => full(b) === full(repo)))
    return { fact: "repository", host: repo.host, from: [...new Set(before.map(full))], to: full(repo) };
  const commits = new Set(before.filter((b) => full(b) === full(repo)).map((b) => b.ref ?? ""));
  if (repo.ref !== void 0 && !commits.has(repo.ref) && !commits.has(""))
    return { fact: "commit", host: repo.host, repository: full(repo), from: [...commits], to: repo.ref };
  return void 0;
}
function berryChecksum(integrity) {
  const match = integrity === void 0 ? null : /^(?:([0-9]+[a-z0-9]*)\/)?([0-9a-f]{32,})$/i.exec(integrity);
  return match ? { key: match[1] ?? "", hash: match[2].toLowerCase() } : void 0;
}
function sourceKind(pkg) {
  return pkg.source === "patch" ? "registry" : pkg.source;
}
function defined(values) {
  return new Set(values.filter((v) => v !== void 0));
}

// src/core/versions.ts
var import_valid = __toESM(require_valid(), 1);
var import_compare2 = __toESM(require_compare(), 1);
function compareVersions(a, b) {
  const va = (0, import_valid.default)(a, { loose: true });
  const vb = (0, import_valid.default)(b, { loose: true });
  if (va && vb) return (0, import_compare2.default)(va, vb, { loose: true }) || (a < b ? -1 : a > b ? 1 : 0);
  if (va) return -1;
  if (vb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortVersions(versions) {
  return [...versions].sort(compareVersions);
}

// src/core/diff.ts
function diffLockfiles(base, head) {
  const before = byName(base?.packages ?? []);
  const after = byName(head?.packages ?? []);
  const names = [...after.keys()];
  for (const name of before.keys()) if (!after.has(name)) names.push(name);
  const sameFormat = base?.format === head?.format;
  const changes = [];
  for (const name of names.sort()) {
    const b = before.get(name) ?? [];
    const h = after.get(name) ?? [];
    if (b.length === 1 && h.length === 1 && b[0].version === h[0].version) {
      const reason = sameOrigin(b[0], h[0]) ? void 0 : originChange(b, h, sameFormat);
      if (reason) changes.push({ name, kind: "changed", from: [h[0].version], to: [h[0].version], reason });
      continue;
    }
    const bv = byVersion(b);
    const hv = byVersion(h);
    const from = sortVersions([...bv.keys()].filter((v) => !hv.has(v)));
    const to = sortVersions([...hv.keys()].filter((v) => !bv.has(v)));
    if (from.length || to.length) changes.push({ name, kind: kindOf(from, to), from, to });
    for (const [version, heads] of hv) {
      const bases = bv.get(version);
      const reason = bases && originChange(bases, heads, sameFormat);
      if (reason) changes.push({ name, kind: "changed", from: [version], to: [version], reason });
    }
  }
  return changes;
}
function kindOf(from, to) {
  if (from.length === 0) return "added";
  if (to.length === 0) return "removed";
  return compareVersions(to[to.length - 1], from[from.length - 1]) > 0 ? "upgraded" : "downgraded";
}
function byName(packages) {
  const names = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    if (isOwnCode(pkg) || pkg.legacy) continue;
    const list2 = names.get(pkg.name);
    if (list2) list2.push(pkg);
    else names.set(pkg.name, [pkg]);
  }
  return names;
}
function byVersion(packages) {
  const versions = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    const list2 = versions.get(pkg.version);
    if (list2) list2.push(pkg);
    else versions.set(pkg.version, [pkg]);
  }
  return versions;
}
function originChange(bases, heads, sameFormat) {
  const facts = heads.flatMap((h) => originFacts(bases, h, sameFormat));
  for (const kinds2 of REASON_ORDER) {
    const fact = facts.find((f) => kinds2.includes(f.fact));
    if (fact) return changeReason(fact);
  }
  return void 0;
}
var REASON_ORDER = [
  ["source"],
  ["resolved"],
  ["integrity", "algorithm"],
  ["checksum"]
];
function changeReason(fact) {
  switch (fact.fact) {
    case "source":
      return `source changed to ${fact.to}`;
    case "integrity":
      return "integrity changed";
    case "algorithm":
      return "integrity changed to another algorithm";
    case "checksum":
      return "checksum changed";
    default:
      return "resolved URL changed";
  }
}

// src/inputs/manifests.ts
import path10 from "node:path";

// src/core/globs.ts
function globMatcher(patterns) {
  if (!patterns.length) return () => true;
  const compiled = patterns.map((p) => ({
    negate: p.startsWith("!"),
    regex: globRegex(p.replace(/^!/, "").replace(/^\.\//, ""))
  }));
  const anyPositive = compiled.some((c) => !c.negate);
  return (file) => {
    let selected = !anyPositive;
    for (const { negate, regex } of compiled) if (regex.test(file)) selected = !negate;
    return selected;
  };
}
function globRegex(pattern) {
  let out = "";
  let braces = 0;
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const ch = pattern[i2];
    if (ch === "*" && pattern[i2 + 1] === "*") {
      const slashAfter = pattern[i2 + 2] === "/";
      out += slashAfter ? "(?:[^/]*/)*" : ".*";
      i2 += slashAfter ? 2 : 1;
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "{") {
      braces++;
      out += "(?:";
    } else if (ch === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (ch === "," && braces > 0) out += "|";
    else out += ch.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  if (braces > 0) throw new Error(`Invalid lockfile glob '${pattern.slice(0, 100)}': unclosed '{'.`);
  return new RegExp(`^${out}$`);
}

// src/inputs/manifests.ts
var import_js_yaml = __toESM(require_js_yaml(), 1);
var MAX_MANIFESTS = 2e3;
async function readManifests(tree, lockfile) {
  const dir = path10.posix.dirname(lockfile);
  const inDir = (file) => dir === "." ? file : `${dir}/${file}`;
  const root = await readManifest(tree, inDir("package.json"));
  if (!root) return [];
  const manifests = [{ path: "package.json", dependencies: root.dependencies, text: root.text }];
  const patterns = [
    ...workspacePatterns(root.raw),
    ...path10.posix.basename(lockfile).toLowerCase() === "pnpm-lock.yaml" ? pnpmWorkspacePatterns(await tree.read(inDir("pnpm-workspace.yaml")).catch(() => void 0)) : []
  ];
  if (!patterns.length) return manifests;
  const matches = globMatcher(patterns.map((p) => p.replace(/\/+$/, "")));
  const prefix = dir === "." ? "" : `${dir}/`;
  const files = await tree.listFiles(
    (f) => f.startsWith(prefix) && f.endsWith("/package.json") && matches(path10.posix.dirname(f.slice(prefix.length)))
  );
  for (const file of files.slice(0, MAX_MANIFESTS)) {
    const manifest = await readManifest(tree, file);
    if (manifest)
      manifests.push({ path: file.slice(prefix.length), dependencies: manifest.dependencies, text: manifest.text });
  }
  return manifests;
}
async function readManifest(tree, file) {
  let raw;
  let text;
  try {
    text = await tree.read(file);
    if (text === void 0) return void 0;
    raw = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(raw)) return void 0;
  const dependencies = {};
  for (const field of DEPENDENCY_FIELDS) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    for (const [name, range] of Object.entries(deps)) if (typeof range === "string") dependencies[name] = range;
  }
  return { raw, dependencies, text };
}
function workspacePatterns(manifest) {
  const field = manifest.workspaces;
  const list2 = Array.isArray(field) ? field : isRecord(field) && Array.isArray(field.packages) ? field.packages : [];
  return globList(list2);
}
function pnpmWorkspacePatterns(text) {
  if (text === void 0) return [];
  try {
    const doc = (0, import_js_yaml.load)(text);
    return isRecord(doc) && Array.isArray(doc.packages) ? globList(doc.packages) : [];
  } catch {
    return [];
  }
}
function globList(list2) {
  return list2.filter((p) => typeof p === "string" && p.length > 0 && p.length < 500);
}
async function readImporterManifests(tree, lockfile) {
  const dir = path10.posix.dirname(lockfile.path);
  const manifests = [];
  for (const importer of lockfile.importers.slice(0, MAX_MANIFESTS)) {
    const file = dir === "." ? importer.path : `${dir}/${importer.path}`;
    const text = await tree.read(file).catch(() => void 0);
    if (text === void 0) continue;
    const manifest = await readManifest(tree, file);
    manifests.push({ path: importer.path, dependencies: manifest?.dependencies ?? {}, text });
  }
  return manifests;
}
async function completeFromManifests(tree, plugin, lockfile) {
  if (!plugin.manifests) return;
  const manifests = plugin.manifests.which === "workspaces" ? await readManifests(tree, lockfile.path) : await readImporterManifests(tree, lockfile);
  await plugin.manifests.apply(lockfile, manifests);
}
function parseManifest(text) {
  try {
    const doc = JSON.parse(text);
    return isRecord(doc) ? doc : void 0;
  } catch {
    return void 0;
  }
}

// src/match/source-policy.ts
function hostsPolicy(allowedHosts, explicit = false) {
  return { allowedHosts, explicit, configHosts: [], scopeHosts: /* @__PURE__ */ new Map() };
}
var GIT_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "gist.github.com", "codeload.github.com"]);
function safeUrl(text) {
  try {
    return new URL(text);
  } catch {
    return void 0;
  }
}
function specKind(spec) {
  const s = spec.trim();
  if (/^(?:workspace|link|portal):/i.test(s)) return "own";
  if (/^file:/i.test(s) || /^\.{0,2}\//.test(s) || /^~\//.test(s)) return "file";
  if (/^(?:npm|catalog|jsr):/i.test(s)) return "registry";
  if (/^(?:git\+|git:|ssh:|github:|gitlab:|bitbucket:|gist:)/i.test(s) || /^[\w.-]+@[\w.-]+:/.test(s)) return "git";
  if (isHttpUrl(s)) {
    const url = safeUrl(s);
    const hostedPage = url !== void 0 && isHostedRepoPage(url.host.toLowerCase(), url.pathname.split("/").filter(Boolean));
    return gitRepository(s) && (/\.git(?:#|$)/i.test(s) || hostedPage) ? "git" : "tarball";
  }
  if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s) && !s.startsWith(".")) return "git";
  return "registry";
}
function requestedSpecs(texts) {
  const out = /* @__PURE__ */ new Map();
  const add = (name, spec) => {
    if (!name || typeof spec !== "string") return;
    const list2 = out.get(name);
    if (list2) list2.push(spec);
    else out.set(name, [spec]);
  };
  const walk = (value) => {
    if (!isRecord(value)) return;
    for (const [key, spec] of Object.entries(value)) {
      if (isRecord(spec)) walk(spec);
      else add(lastName(key), spec);
    }
  };
  for (const text of texts) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      continue;
    }
    if (!isRecord(doc)) continue;
    for (const field of [
      "dependencies",
      "devDependencies",
      "optionalDependencies",
      "peerDependencies",
      "overrides",
      "resolutions"
    ])
      walk(doc[field]);
    if (isRecord(doc.pnpm)) walk(doc.pnpm.overrides);
  }
  return out;
}
function nameAskedTarballs(packages, requested) {
  for (const pkg of packages) {
    if (pkg.alias !== void 0 || pkg.source !== "tarball" || pkg.resolved === void 0) continue;
    const tarball = registryTarball(pkg.resolved);
    if (!tarball || tarball.version !== pkg.version) continue;
    const name = tarball.name;
    if (name === pkg.name) continue;
    const specs = requested.get(pkg.name) ?? [];
    if (!specs.some((spec) => specKind(spec) === "tarball" && sameUrl(spec, pkg.resolved))) continue;
    pkg.alias = pkg.name;
    pkg.name = name;
  }
}
function lastName(key) {
  const last = key.split(/>|\//).reduce((names, part) => {
    if (names.length && names[names.length - 1].startsWith("@") && !names[names.length - 1].includes("/"))
      names[names.length - 1] = `${names[names.length - 1]}/${part}`;
    else names.push(part);
    return names;
  }, []);
  const name = last[last.length - 1]?.trim();
  return name ? /^((?:@[^/@]+\/)?[^@]+)/.exec(name)?.[1] : void 0;
}
function registryHostsOf(packages) {
  const out = { hosts: /* @__PURE__ */ new Set(), byScope: /* @__PURE__ */ new Map(), counts: /* @__PURE__ */ new Map() };
  for (const pkg of packages) {
    if (pkg.source !== "registry" && pkg.source !== "patch") continue;
    const host = registryHost(pkg);
    out.hosts.add(host);
    out.counts.set(host, (out.counts.get(host) ?? 0) + 1);
    const scope = scopeOf(pkg.name);
    let hosts = out.byScope.get(scope);
    if (!hosts) out.byScope.set(scope, hosts = /* @__PURE__ */ new Map());
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  return out;
}
function judgeSource(pkg, ctx) {
  return pkg.source === "registry" || pkg.source === "patch" ? judgeRegistry(pkg, ctx) : judgeOther(pkg, ctx);
}
function judgeRegistry(pkg, ctx) {
  const host = registryHost(pkg);
  const { policy } = ctx;
  const id = `${pkg.name}@${pkg.version}`;
  const http = isPlainHttp(pkg.resolved);
  const scope = scopeOf(pkg.name);
  const scopeHost = scope ? policy.scopeHosts.get(scope) : void 0;
  if (scopeHost !== void 0 && scopeHost !== host) {
    return {
      level: "fail",
      from: host,
      reason: `${id} downloads from ${host}, but the repository's registry config sends ${scope} to ${scopeHost}: a scoped name fetched from another registry is how dependency confusion installs someone else's package.`
    };
  }
  const configured = allowedHost(host, policy) || policy.configHosts.includes(host) || (ctx.base?.hosts.has(host) ?? false) || scopeHost === host;
  if (!configured) {
    if (ctx.base) return unconfigured(id, host);
    const outlier = isOutlier(host, scope, ctx.head);
    if (outlier && (!ctx.all || policy.explicit)) return unconfigured(id, host);
    if (ctx.all && policy.explicit) return unconfigured(id, host);
    if (outlier)
      return {
        level: "warning",
        from: host,
        reason: `from ${host}, a registry no other package of its scope in this lockfile uses and no config names`
      };
  }
  if (http)
    return {
      level: "warning",
      from: host,
      reason: `over plain http from ${host}: anyone on the network path can replace the download`
    };
  return void 0;
}
function unconfigured(id, host) {
  return {
    level: "fail",
    from: host,
    reason: `${id} is a registry package downloaded from ${host}, which neither the base lockfile, the repository's registry config nor allowed-hosts names; a package manager with this repository's config would not fetch it there.`
  };
}
function isOutlier(host, scope, head) {
  if (head.hosts.size <= 1) return false;
  const inScope = head.byScope.get(scope) ?? /* @__PURE__ */ new Map();
  if ((inScope.get(host) ?? 0) > 1) return false;
  if (inScope.size <= 1 && (head.counts.get(host) ?? 0) > 1) return false;
  return true;
}
function judgeOther(pkg, ctx) {
  const ref = pkg.resolved ?? "";
  const repo = gitRepository(ref);
  const host = repo?.host ?? (isHttpUrl(ref) ? urlHost(ref) : void 0);
  const from = repo ? `${repo.host}/${repo.path}` : host ?? `a ${pkg.source} source`;
  const id = `${pkg.name}@${pkg.version}`;
  const http = isPlainHttp(ref);
  const specs = [...ctx.requested.get(pkg.name) ?? [], ...pkg.alias ? ctx.requested.get(pkg.alias) ?? [] : []];
  if (asks(specs, pkg, repo)) {
    return http ? {
      level: "warning",
      from,
      reason: `over plain http from ${from}, as package.json asks; anyone on the network path can replace the download`
    } : { level: "note", from, reason: `from ${from}, as package.json asks; not checked by registry signals` };
  }
  const pinned = specs.filter((spec) => {
    const kind = specKind(spec);
    return kind === "git" || kind === "tarball";
  });
  if (pinned.length && pkg.source !== "file") {
    return {
      level: "fail",
      from,
      reason: `${id} downloads from ${from}, but package.json asks for ${pinned.slice(0, 2).join(" or ")}: the lockfile installs another source than the manifest names.`
    };
  }
  if (pkg.source === "file")
    return {
      level: "note",
      from: "the repository",
      reason: "from a tarball in the repository; not checked by registry signals"
    };
  if (host === void 0) return void 0;
  if (repo && repoAllowed(repo, ctx.policy.allowedHosts))
    return { level: "note", from, reason: `from ${from}, an allowed repository; not checked by registry signals` };
  const configured = knownHost(host, ctx);
  if (!http && (configured || repo && GIT_HOSTS.has(host)))
    return {
      level: "warning",
      from,
      reason: `from ${from}, which no package.json of the repository asks for; not checked by registry signals`
    };
  if (ctx.all && !ctx.policy.explicit)
    return {
      level: "warning",
      from,
      reason: `from ${from}${http ? " over plain http" : ""}, which nothing configures`
    };
  return {
    level: "fail",
    from,
    reason: `${id} downloads ${http ? "over plain http " : ""}from ${from} (${pkg.source}), which no package.json asks for and neither allowed-hosts nor the base lockfile names; add the host to allowed-hosts if it is trusted.`
  };
}
function knownHost(host, ctx) {
  return allowedHost(host, ctx.policy) || ctx.baseHosts.has(host) || ctx.policy.configHosts.includes(host);
}
function asks(specs, pkg, repo) {
  for (const spec of specs) {
    const kind = specKind(spec);
    if (kind === "file" && pkg.source === "file") return true;
    if (kind === "git" || kind === "tarball") {
      const wanted = gitRepository(spec);
      if (repo && wanted && wanted.host === repo.host && wanted.path === repo.path) return true;
      if (kind === "tarball" && pkg.resolved && sameUrl(spec, pkg.resolved)) return true;
    }
  }
  return false;
}
function repoAllowed(repo, allowed) {
  const full = `${repo.host}/${repo.path}`;
  return allowed.some((entry) => {
    const pattern = entry.toLowerCase().replace(/\/+$/, "");
    if (!pattern.includes("/")) return false;
    return pattern.endsWith("/*") ? full.startsWith(pattern.slice(0, -1)) && !full.slice(pattern.length - 1).includes("/") : full === pattern;
  });
}
function allowedHost(host, policy) {
  const hosts = policy.allowedHosts.filter((h) => !h.includes("/")).map((h) => h.toLowerCase());
  if (hosts.includes(host)) return true;
  return isPublicRegistryHost(host) && hosts.some((h) => isPublicRegistryHost(h));
}
function registryHost(pkg) {
  const ref = pkg.resolved;
  const host = ref && isHttpUrl(ref) ? urlHost(ref) : void 0;
  if (host === void 0 || isPublicRegistryHost(host)) return PUBLIC_REGISTRY_HOSTS[0];
  return host;
}
function scopeOf(name) {
  return name.startsWith("@") && name.includes("/") ? name.slice(0, name.indexOf("/")).toLowerCase() : "";
}
function sameUrl(a, b) {
  const norm = (u) => u.split("#")[0].replace(/\/+$/, "").toLowerCase();
  return norm(a) === norm(b);
}

// src/lockfiles/index.ts
async function loadLockfile(file, content, options = {}) {
  if (typeof content !== "string") {
    const binary = pluginsForName(options.name ?? file).find((p) => p.syntax === "binary");
    if (!binary) throw new LockfileError(file, void 0, "is not a binary lockfile and was given as bytes");
    return withPlan((await binary.load())(file, content), options);
  }
  const text = content.charCodeAt(0) === 65279 ? content.slice(1) : content;
  precheck(file, text);
  const format = detect(options.name ?? file, text);
  const entry = textPlugin(format);
  const empty = emptyProblem(file, text, entry.emptyRefusedBy);
  if (empty) throw empty;
  const parse = await entry.load();
  if (entry.syntax === "lines") {
    const problem = contentProblem(file, text);
    if (problem) throw problem;
    return withPlan(parse(file, text, options), options);
  }
  try {
    return withPlan(parse(file, text, options), options);
  } catch (error) {
    if (error instanceof LockfileError) throw contentProblem(file, text) ?? error;
    throw error;
  }
}
function withPlan(lockfile, options) {
  for (const pkg of lockfile.packages) {
    if (pkg.url === void 0 && pkg.host === void 0 && pkg.git === void 0) applyPlan(pkg, options.registries);
  }
  return lockfile;
}

// src/engine/compare.ts
async function compareTrees(head, base, only, all = false) {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const pairing = pairLockfiles(headFiles, baseFiles, only);
  const messages = [
    ...pairing.errors.map((text) => message("error", text)),
    ...pairing.notes.map((text) => message("note", text))
  ];
  const pairs = [...pairing.pairs];
  for (const pair of pairs) {
    const note = pair.head === void 0 ? void 0 : caseVariantNote(pair.head);
    if (note) messages.push(message("note", plain(note, 600), { file: pair.head }));
  }
  const lockfiles = [];
  const tarballs = /* @__PURE__ */ new Map();
  let unreadable;
  for (const pair of pairs) {
    try {
      const [headLock, baseLock] = await Promise.all([
        readSide(head, pair.head, "head"),
        readSide(base, pair.base, "base")
      ]);
      if (headLock) await completeFromManifests(head, pluginOf(headLock), headLock);
      for (const note of headLock?.notes ?? []) {
        const where2 = { file: pair.head, line: note.line };
        messages.push(message("note", `${plain(where2.file, 300)}:${where2.line}: ${note.message}`, where2));
      }
      const requested = headLock && await requestedSources(head, headLock);
      if (headLock && requested) nameAskedTarballs(headLock.packages, requested);
      const baseRequested = baseLock && await requestedSources(base, baseLock);
      if (baseLock && baseRequested) nameAskedTarballs(baseLock.packages, baseRequested);
      const localTarballs = headLock && await readLocalTarballs(head, headLock, tarballs);
      lockfiles.push({
        path: pair.head ?? pair.base,
        ...headLock ? { head: headLock } : {},
        ...baseLock ? { base: baseLock } : {},
        changes: diffLockfiles(baseLock, headLock),
        ...requested ? { requested } : {},
        ...localTarballs?.size ? { localTarballs } : {}
      });
    } catch (error) {
      if (!all && pair.head !== void 0 && pair.base === pair.head && await sameBytes(head, base, pair.head)) {
        messages.push(untouched(error, pair.head));
        continue;
      }
      messages.push(errorMessage(error));
      if (error instanceof SideError && error.side === "head") unreadable ??= error.file;
    }
  }
  if (unreadable !== void 0 && !only) {
    const glob = plain(
      `!${unreadable.includes("/") ? unreadable.slice(0, unreadable.lastIndexOf("/")) + "/**" : unreadable}`,
      300
    );
    messages.push(
      message(
        "note",
        `A lockfile that no install uses (a test fixture, an example) can be left out with a negated lockfile glob: \`--lockfile '${glob}'\`, the \`lockfiles\` input, or \`lockfiles:\` in the config file.`
      )
    );
  }
  messages.push(...bunDisagreements(lockfiles, headFiles));
  return { lockfiles, messages };
}
function bunDisagreements(lockfiles, headFiles) {
  const errors = [];
  for (const [text, binary] of bunPairs(headFiles)) {
    const a = lockfiles.find((l) => l.path === text)?.head;
    const b = lockfiles.find((l) => l.path === binary)?.head;
    if (!a || !b) continue;
    const versions = (lockfile) => new Set(lockfile.packages.filter((p) => !isOwnCode(p)).map((p) => `${p.name}@${p.version}`));
    const [inText, inBinary] = [versions(a), versions(b)];
    const onlyText = [...inText].filter((v) => !inBinary.has(v)).sort();
    const onlyBinary = [...inBinary].filter((v) => !inText.has(v)).sort();
    if (onlyText.length === 0 && onlyBinary.length === 0) continue;
    const first2 = onlyBinary.length ? `${onlyBinary[0]} only in ${binary}` : `${onlyText[0]} only in ${text}`;
    const count = onlyText.length + onlyBinary.length;
    errors.push(
      message(
        "error",
        plain(
          `${text} and ${binary} disagree (${count} name@version${count === 1 ? "" : "s"} differ; ${first2}): Bun before 1.2 installs from ${binary} and Bun 1.2 and later from ${text}, so what is installed depends on the Bun version. Regenerate both with \`bun install\`, or delete the one the project no longer uses.`,
          800
        ),
        { file: binary }
      )
    );
  }
  return errors;
}
function untouched(error, file) {
  const line = error instanceof SideError && error.original instanceof LockfileError ? error.original.line : void 0;
  const reason = errorSentence(error);
  return message(
    "warning",
    `${reason.replace(/\.?$/, ".")} The file is the same in the base, so this change does not touch it and it was not compared; a full scan (--all) stops on it.`,
    { file, ...line ? { line } : {} }
  );
}
var SideError = class extends Error {
  constructor(original, file, side) {
    super(errorSentence(original));
    this.original = original;
    this.file = file;
    this.side = side;
  }
  original;
  file;
  side;
};
async function readSide(tree, file, side) {
  if (!file) return void 0;
  try {
    const content = isBinaryLockfile(file) ? await tree.readBytes(file) : await tree.read(file);
    if (content === void 0)
      throw new LockfileError(tree.label(file), void 0, "listed in the tree but could not be read");
    const lockfile = await loadLockfile(tree.label(file), content, { name: file });
    lockfile.path = file;
    return lockfile;
  } catch (error) {
    throw new SideError(error, file, side);
  }
}
async function requestedSources(tree, lockfile) {
  if (!lockfile.packages.some((p) => p.source === "git" || p.source === "tarball" || p.source === "file"))
    return void 0;
  const manifests = [...await readManifests(tree, lockfile.path), ...await readImporterManifests(tree, lockfile)];
  return requestedSpecs([...new Map(manifests.map((m) => [m.path, m.text])).values()]);
}
function errorMessage(error) {
  if (error instanceof SideError) {
    const line = error.original instanceof LockfileError ? error.original.line : void 0;
    return message("error", error.message, error.side === "head" ? { file: error.file, line } : {});
  }
  return message("error", errorSentence(error));
}

// src/net/disk-cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile as readFile2, readdir as readdir2, rename, rm, stat as stat3, utimes, writeFile } from "node:fs/promises";
import path11 from "node:path";
var FORMAT = "lockgate-http-cache-1";
var DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;
var DiskCache = class {
  dir;
  maxEntryBytes;
  counts = { revalidated: 0, damaged: 0, unwritten: 0 };
  constructor(dir, options = {}) {
    this.dir = path11.resolve(dir);
    this.maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  }
  /** The file of `key` (a request's identity: method, Accept and URL). */
  fileOf(key) {
    return path11.join(this.dir, `${sha256(key).slice(0, 40)}.entry`);
  }
  /** True when an entry file for `key` exists (it may still turn out damaged when read). */
  async has(key) {
    return stat3(this.fileOf(key)).then(
      (s) => s.isFile(),
      () => false
    );
  }
  /** The stored entry of `key`, or undefined: absent, or damaged in any way (counted). */
  async read(key) {
    const file = this.fileOf(key);
    let raw;
    try {
      const info = await stat3(file);
      if (!info.isFile()) return this.damaged();
      if (info.size > this.maxEntryBytes + 4096) return this.damaged();
      raw = await readFile2(file);
    } catch (error) {
      return error.code === "ENOENT" ? void 0 : this.damaged();
    }
    const newline = raw.indexOf(10);
    if (newline < 0 || newline > 4096) return this.damaged();
    const head = readHead(raw.subarray(0, newline).toString("utf8"));
    const body = raw.subarray(newline + 1);
    if (!head || head.key !== key || head.bytes !== body.length || head.sha256 !== sha256(body) || !head.etag && !head.lastModified) {
      return this.damaged();
    }
    await markUsed(file);
    return {
      body,
      ...head.etag ? { etag: head.etag } : {},
      ...head.lastModified ? { lastModified: head.lastModified } : {}
    };
  }
  /** Stores `entry` under `key`; an entry without a validator, or too large, is not stored. Never throws. */
  async write(key, entry) {
    if (!entry.etag && !entry.lastModified || entry.body.length > this.maxEntryBytes) return;
    const head = {
      format: FORMAT,
      key,
      ...entry.etag ? { etag: entry.etag } : {},
      ...entry.lastModified ? { lastModified: entry.lastModified } : {},
      bytes: entry.body.length,
      sha256: sha256(entry.body)
    };
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(head)}
`), entry.body]));
      await rename(temporary, file);
    } catch {
      this.counts.unwritten++;
      await rm(temporary, { force: true }).catch(() => void 0);
    }
  }
  /** Counts an entry the server confirmed. */
  confirmed() {
    this.counts.revalidated++;
  }
  counted() {
    return { ...this.counts };
  }
  /** Counts an entry found damaged (unreadable, cut off, altered); the caller treats it as a miss. */
  damaged() {
    this.counts.damaged++;
    return void 0;
  }
};
async function requestJsonCached(request, policy, cache2) {
  if (!cache2) return { ...await requestJson(request, policy), fromCache: false };
  const key = cacheKey(request);
  const stored = await cache2.read(key);
  const conditional = stored ? { etag: stored.etag, lastModified: stored.lastModified } : void 0;
  let response = await requestJson({ ...request, ...conditional ? { conditional } : {} }, policy);
  if (response.status === 304 && stored) {
    const data = parseJson(stored.body);
    if (data.ok) {
      cache2.confirmed();
      return { data: data.value, headers: response.headers, status: 200, bytes: 0, fromCache: true };
    }
    cache2.damaged();
    response = await requestJson(request, policy);
  }
  const etag = response.headers.get("etag") ?? void 0;
  const lastModified = response.headers.get("last-modified") ?? void 0;
  if (etag || lastModified) {
    await cache2.write(key, {
      body: Buffer.from(JSON.stringify(response.data)),
      ...etag ? { etag } : {},
      ...lastModified ? { lastModified } : {}
    });
  }
  return { ...response, fromCache: false };
}
function cacheKey(request) {
  const accept = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === "accept")?.[1] ?? "";
  return `GET ${accept} ${request.url}`;
}
function parseJson(body) {
  try {
    return { ok: true, value: JSON.parse(body.toString("utf8")) };
  } catch {
    return { ok: false };
  }
}
function readHead(line) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const h = parsed;
  const optional = (v) => v === void 0 || typeof v === "string" && v.length <= 1024;
  if (h.format !== FORMAT || typeof h.key !== "string" || typeof h.bytes !== "number" || typeof h.sha256 !== "string" || !optional(h.etag) || !optional(h.lastModified)) {
    return void 0;
  }
  return h;
}
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
async function markUsed(file) {
  const now = /* @__PURE__ */ new Date();
  await utimes(file, now, now).catch(() => void 0);
}
var CACHE_PRUNING = { maxUnusedDays: 30, maxBytes: 1024 * 1024 * 1024 };
var OWN_FILES = {
  registry: /^[0-9a-f]{40}\.entry(?:\.\d+\.[0-9a-f]{8}\.tmp)?$/,
  tarballs: /^[0-9a-f]{64}\.tgz(?:\.\d+\.[0-9a-f]{8}\.partial)?$/
};
var STALE_TEMPORARY_MS = 60 * 60 * 1e3;
async function pruneCache(root, now = Date.now(), limits = CACHE_PRUNING) {
  const files = [];
  const outcome = { removed: 0, removedBytes: 0, keptBytes: 0 };
  const remove = async (file, size) => {
    const gone = await rm(file).then(
      () => true,
      () => false
    );
    if (gone) {
      outcome.removed++;
      outcome.removedBytes += size;
    }
    return gone;
  };
  for (const [folder, own] of Object.entries(OWN_FILES)) {
    const dir = path11.join(root, folder);
    const names = await readdir2(dir).catch(() => []);
    for (const name of names) {
      if (!own.test(name)) continue;
      const file = path11.join(dir, name);
      const info = await stat3(file).catch(() => void 0);
      if (!info?.isFile()) continue;
      const temporary = !name.endsWith(".entry") && !name.endsWith(".tgz");
      const age = now - info.mtimeMs;
      if (temporary && age > STALE_TEMPORARY_MS || !temporary && age > limits.maxUnusedDays * 864e5)
        await remove(file, info.size);
      else if (!temporary) files.push({ file, size: info.size, used: info.mtimeMs });
    }
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  for (const f of files.sort((a, b) => a.used - b.used)) {
    if (total <= limits.maxBytes) break;
    if (await remove(f.file, f.size)) total -= f.size;
  }
  outcome.keptBytes = total;
  return outcome;
}

// src/core/numbers.ts
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function daysOld(asOf, now) {
  const then = Date.parse(asOf);
  if (Number.isNaN(then)) return void 0;
  const day = (ms) => Math.floor(ms / 864e5);
  return Math.max(0, day(now) - day(then));
}

// src/signals/lockfile-scripts.ts
function recordedInstallScripts(compared, level, registryToo) {
  const out = { signals: [], arriving: [] };
  const { head, base } = compared;
  if (!head) return out;
  const judged = (p) => !isOwnCode(p) && (registryToo || p.source !== "registry");
  for (const change of compared.changes) {
    if (change.kind === "removed") continue;
    for (const version of change.to) {
      const pkg = head.packages.find((p) => p.name === change.name && p.version === version && judged(p));
      if (!pkg || pkg.hasInstallScript !== true) continue;
      if (change.kind === "added") {
        out.arriving.push({ name: pkg.name, version, line: pkg.line });
        continue;
      }
      const replaced2 = (base?.packages ?? []).filter((p) => p.name === change.name && change.from.includes(p.version));
      const before = change.kind === "changed" ? base?.packages.filter((p) => p.name === pkg.name && p.version === version) : replaced2;
      if (!before?.length || level === "off" || !before.every((p) => p.hasInstallScript === false)) continue;
      out.signals.push({
        name: pkg.name,
        version,
        line: pkg.line,
        signal: "install-script-added",
        level: "warn",
        detail: `${pkg.name}@${version} runs an install script, as ${head.path} records; ${before[0].version}, the version it replaces, ran none`
      });
    }
  }
  out.arriving.sort((a, b) => a.line - b.line);
  return out;
}

// src/core/osv.ts
function distinctQueries2(queries) {
  const seen = /* @__PURE__ */ new Map();
  for (const q of queries) seen.set(`${q.name}@${q.version}`, q);
  return [...seen.values()];
}

// src/findings/graph.ts
var DependencyGraph = class {
  byId = /* @__PURE__ */ new Map();
  /** id → the id it was first reached from (undefined for roots). */
  parent = /* @__PURE__ */ new Map();
  /** root id → importer path. */
  rootImporter = /* @__PURE__ */ new Map();
  edges;
  /** name → who depends on an entry of that name (built on first use). */
  dependers;
  constructor(lockfile) {
    const edges = edgesOf(lockfile);
    this.edges = edges;
    for (const pkg of lockfile.packages) this.byId.set(pkg.id, pkg);
    const queue = [];
    const visit = (id, from) => {
      if (this.parent.has(id) || !this.byId.has(id)) return;
      this.parent.set(id, from);
      queue.push(id);
    };
    for (const importer of edges.importers) {
      for (const id of importer.deps) {
        if (!this.rootImporter.has(id)) this.rootImporter.set(id, importer.path);
        visit(id, void 0);
      }
    }
    const drain = (from) => {
      for (let i2 = from; i2 < queue.length; i2++) {
        const id = queue[i2];
        for (const dep of edges.deps.get(id) ?? []) visit(dep, id);
      }
    };
    drain(0);
    const depended = new Set([...edges.deps.values()].flat());
    const start = queue.length;
    for (const pkg of lockfile.packages) {
      if (!depended.has(pkg.id) && !this.parent.has(pkg.id)) {
        this.rootImporter.set(pkg.id, void 0);
        visit(pkg.id, void 0);
      }
    }
    drain(start);
  }
  /** Provenance of the best-placed entry among `ids` (the shortest chain wins). */
  provenance(ids) {
    let best;
    for (const id of ids) {
      const chain = this.chain(id);
      if (chain && (!best || chain.length < best.length)) best = chain;
    }
    if (!best) return { direct: false, via: [] };
    const root = best[0];
    const importer = this.rootImporter.get(root);
    return {
      direct: best.length === 1,
      ...importer ? { importer } : {},
      via: best.length === 1 ? [] : best.map((id) => this.describe(id))
    };
  }
  /**
   * Who depends on any entry named `name`, whatever its version: the names of the packages
   * that do, and the importer paths (`package.json`, `packages/web/package.json`) that declare
   * it directly. Sorted.
   */
  dependersOf(name) {
    if (!this.dependers) {
      this.dependers = /* @__PURE__ */ new Map();
      const add = (id, who) => {
        const dep = this.byId.get(id);
        if (!dep) return;
        const set = this.dependers.get(dep.name) ?? /* @__PURE__ */ new Set();
        set.add(who);
        this.dependers.set(dep.name, set);
      };
      for (const importer of this.edges.importers) for (const id of importer.deps) add(id, importer.path);
      for (const [from, deps] of this.edges.deps) {
        const parent = this.byId.get(from);
        if (parent) for (const id of deps) add(id, parent.name);
      }
    }
    return [...this.dependers.get(name) ?? []].sort();
  }
  /** Ids from a root down to `id`, or undefined when `id` is unreachable. */
  chain(id) {
    if (!this.parent.has(id)) return void 0;
    const ids = [];
    for (let at = id; at !== void 0; at = this.parent.get(at)) ids.unshift(at);
    return ids;
  }
  describe(id) {
    const pkg = this.byId.get(id);
    return `${pkg.name}@${pkg.version}`;
  }
};

// src/findings/guidance/commands.ts
function cacheCommand(format) {
  switch (format) {
    case "npm":
      return "npm cache clean --force";
    case "yarn-classic":
      return "yarn cache clean";
    case "yarn-berry":
      return "yarn cache clean --all";
    case "pnpm":
      return "pnpm store prune";
    case "bun":
      return "bun pm cache rm";
  }
}
function regenerateCommand(format) {
  switch (format) {
    case "npm":
      return "npm install --package-lock-only";
    case "yarn-classic":
      return "yarn install --ignore-scripts";
    case "yarn-berry":
      return "yarn install --mode=update-lockfile";
    case "pnpm":
      return "pnpm install --lockfile-only";
    case "bun":
      return "bun install --lockfile-only";
  }
}
function overrideField(format) {
  switch (format) {
    case "npm":
    case "bun":
      return '"overrides"';
    case "yarn-classic":
    case "yarn-berry":
      return '"resolutions"';
    case "pnpm":
      return '"pnpm.overrides" (or overrides in pnpm-workspace.yaml)';
  }
}
function whyCommand(format, name) {
  switch (format) {
    case "npm":
      return `npm explain ${name}`;
    case "yarn-classic":
    case "yarn-berry":
      return `yarn why ${name}`;
    case "pnpm":
      return `pnpm why ${name}`;
    case "bun":
      return `bun pm ls --all`;
  }
}
function formatLabel(format) {
  switch (format) {
    case "npm":
      return "npm";
    case "yarn-classic":
      return "Yarn classic";
    case "yarn-berry":
      return "Yarn Berry";
    case "pnpm":
      return "pnpm";
    case "bun":
      return "Bun";
  }
}

// src/findings/guidance/records.ts
var MAX_NAME = 214;
var MAX_VERSION = 64;
var MAX_INDICATORS = 50;
var MAX_REFERENCE_LINKS = 12;
var MAX_LISTED_VERSIONS = 10;
var MAX_DETAILS = 4;
var MAX_DETAIL_CHARS = 600;
function affectedEntries(records, name) {
  const all = records.flatMap((record) => currentRecord(record).affected);
  const own = all.filter((entry) => entry?.package?.name === name);
  return own.length > 0 ? own : all.filter((entry) => entry !== null && typeof entry === "object");
}
function describesTakeover(records) {
  const said = records.map((r) => `${isText(r.summary) ? r.summary : ""} ${isText(r.details) ? r.details : ""}`).join(" ");
  return TAKEOVER.test(said);
}
var TAKEOVER = /\b(?:was|were|been|got) (?:compromised|hijacked|taken over)\b|\btake-?over\b|\bhijack(?:ed|ing)?\b/i;
function guidanceKind(entries) {
  if (entries.length === 0) return "malicious-package";
  return entries.some(coversEveryVersion) ? "malicious-package" : "compromised-release";
}
function coversEveryVersion(entry) {
  return versionRanges(entry).some((events) => {
    const fromZero = events.some((e) => e.introduced === "0");
    const bounded = events.some(
      (e) => isText(e.fixed) || isText(e.last_affected) || isText(e.limit) && !e.limit.includes("*")
    );
    return fromZero && !bounded;
  });
}
function describeAffected(entries) {
  if (entries.length === 0 || entries.some(coversEveryVersion)) return "every version";
  const parts = [];
  const listed = [...new Set(entries.flatMap((e) => Array.isArray(e.versions) ? e.versions : []).filter(isText))].map((v) => clean(v, MAX_VERSION)).sort(compareVersions);
  if (listed.length > 0) {
    const shown = listed.slice(0, MAX_LISTED_VERSIONS).join(", ");
    parts.push(
      listed.length > MAX_LISTED_VERSIONS ? `${shown} and ${listed.length - MAX_LISTED_VERSIONS} more` : shown
    );
  }
  for (const entry of entries) {
    for (const events of versionRanges(entry)) {
      const text = describeRange(events);
      if (text && !parts.includes(text)) parts.push(text);
    }
  }
  return parts.length > 0 ? parts.slice(0, MAX_LISTED_VERSIONS).join("; ") : "the versions its record lists";
}
function describeRange(events) {
  const introduced = events.map((e) => e.introduced).find(isText);
  if (introduced === void 0) return void 0;
  const start = introduced === "0" ? "every version" : clean(introduced, MAX_VERSION);
  const lastAffected = events.map((e) => e.last_affected).find(isText);
  const fixed = events.map((e) => e.fixed).find(isText);
  if (lastAffected !== void 0) {
    return introduced === "0" ? `every version through ${clean(lastAffected, MAX_VERSION)}` : `${start} through ${clean(lastAffected, MAX_VERSION)}`;
  }
  if (fixed !== void 0) {
    return introduced === "0" ? `every version before ${clean(fixed, MAX_VERSION)}` : `${start} up to (not including) ${clean(fixed, MAX_VERSION)}`;
  }
  return introduced === "0" ? start : `${start} and later`;
}
function lowestAffectedInLine(entries, version) {
  const flagged = parseVersion(version);
  if (!flagged) return void 0;
  const candidates = [];
  for (const entry of entries) {
    if (Array.isArray(entry.versions)) candidates.push(...entry.versions.filter(isText));
    for (const events of versionRanges(entry)) {
      for (const event of events) {
        if (isText(event.introduced) && event.introduced !== "0") candidates.push(event.introduced);
      }
    }
  }
  return candidates.filter((candidate) => {
    const parsed = parseVersion(candidate);
    return parsed !== null && parsed.major === flagged.major && parsed.compare(flagged) <= 0;
  }).sort(compareVersions)[0];
}
function fixedAbove(entries, version) {
  const flagged = parseVersion(version);
  if (!flagged) return void 0;
  const fixes = [];
  for (const entry of entries) {
    for (const events of versionRanges(entry)) {
      for (const event of events) {
        const parsed = isText(event.fixed) ? parseVersion(event.fixed) : null;
        if (parsed && parsed.compare(flagged) > 0) fixes.push(event.fixed);
      }
    }
  }
  return fixes.filter((fix) => !entries.some((entry) => affectsVersion(entry, fix))).sort(compareVersions)[0];
}
function cleanVersions(entries, versions) {
  return versions.filter((v) => !entries.some((entry) => affectsVersion(entry, v))).sort(compareVersions);
}
function recordDetails(records, sourceOf) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  records.forEach((record, index) => {
    if (!isText(record.details) || !isText(record.id)) return;
    for (const section of detailSections(record.details)) {
      const text = clean(defangText(section.text.replace(/\s+/g, " ").trim()), MAX_DETAIL_CHARS);
      if (text === "" || seen.has(text) || out.length >= MAX_DETAILS) continue;
      seen.add(text);
      out.push({ id: clean(record.id, 80), source: clean(section.source ?? sourceOf(index), 60), text });
    }
  });
  return out;
}
function detailSections(details) {
  const text = details.slice(0, 2e4);
  const marker = /^## Source: ([^\s(]+)[^\n]*$/gm;
  const starts = [...text.matchAll(marker)];
  if (starts.length === 0) return [{ text }];
  const sections = [];
  const preamble = text.slice(0, starts[0].index).replace(/^-{3,}\s*$/gm, "").replace(/_-= Per source details\. Do not edit below this line\.=-_/, "").trim();
  if (preamble !== "") sections.push({ text: preamble });
  starts.forEach((start, i2) => {
    const end = starts[i2 + 1]?.index ?? text.length;
    sections.push({ source: start[1], text: text.slice(start.index + start[0].length, end) });
  });
  return sections;
}
var TAKE_VERB = /\b(?:exfil\w*|steal\w*|stole\w*|harvest\w*|collect\w*|send\w*|sent|upload\w*|leak\w*|grab\w*|capture\w*|dump\w*|forward\w*|BCC\w*|copies|copied|siphon\w*|drain\w*|transmit\w*|extract\w*)\b/i;
var TAKEN_PATTERNS = [
  ["emails", /\be-?mails?\b/i],
  ["environment", /\benvironment(?:al)? variables?\b|\benv(?:ironment)? vars?\b|process\.env|\.env\b/i],
  [
    "credentials",
    /\b(?:tokens?|credentials?|secrets?|passwords?|api[ -]?keys?|access keys?|npmrc|cookies?|session)\b/i
  ],
  ["wallets", /\b(?:wallets?|crypto\s*currency|seed phrases?|mnemonic|private keys?|metamask|phantom)\b/i],
  ["ssh-keys", /\bssh\b/i],
  ["source-code", /\bsource code\b|\brepositor(?:y|ies)\b/i],
  ["browser-data", /\bbrowser\b|\bchrome\b|\bfirefox\b/i],
  ["system-info", /\b(?:system|host|machine|device) (?:info\w*|data|details)\b|\bhostname\b|\busername\b/i]
];
function whatWasTaken(details) {
  const found = /* @__PURE__ */ new Map();
  for (const detail of details) {
    for (const sentence of detail.text.split(/(?<=[.!?])\s+|\s+-\s+/)) {
      const words = sentence.replace(/'[^']*'|"[^"]*"/g, " ");
      if (!TAKE_VERB.test(words)) continue;
      for (const [kind, pattern] of TAKEN_PATTERNS) {
        if (!found.has(kind) && pattern.test(words)) found.set(kind, { kind, evidence: clean(sentence, 300) });
      }
    }
  }
  return TAKEN_PATTERNS.map(([kind]) => found.get(kind)).filter((t) => t !== void 0);
}
function collectIndicators(records) {
  const domains = /* @__PURE__ */ new Set();
  const ips = /* @__PURE__ */ new Set();
  const urls = /* @__PURE__ */ new Set();
  const add = (target, values, max2, lower) => {
    if (!Array.isArray(values)) return;
    for (const value of values) {
      if (!isText(value) || target.size >= MAX_INDICATORS) continue;
      const text = clean(value.trim(), max2);
      if (text !== "") target.add(lower ? text.toLowerCase() : text);
    }
  };
  const addAll = (source) => {
    if (!isRecord(source)) return;
    add(domains, source.domains, 253, true);
    add(ips, source.ips, 64, true);
    add(urls, source.urls, 500, false);
  };
  for (const record of records) {
    addAll(isRecord(record.database_specific) ? record.database_specific.iocs : void 0);
    for (const entry of Array.isArray(record.affected) ? record.affected : []) {
      const specific = entry?.database_specific;
      addAll(isRecord(specific) ? specific.indicators : void 0);
    }
  }
  return { domains: [...domains], ips: [...ips], urls: [...urls] };
}
var REFERENCE_KINDS = /* @__PURE__ */ new Set(["advisory", "report", "article", "web", "package", "evidence"]);
function collectLinks(records) {
  const links = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (link) => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };
  for (const record of records) {
    const ids = [record.id, ...Array.isArray(record.aliases) ? record.aliases : []];
    for (const id of ids) {
      if (!isText(id) || !ADVISORY_ID.test(id) || !LINKED_PREFIX.test(id)) continue;
      push({ id, url: advisoryUrl(id), kind: "record" });
    }
  }
  let references = 0;
  for (const record of records) {
    if (!isText(record.id) || !ADVISORY_ID.test(record.id)) continue;
    for (const ref of Array.isArray(record.references) ? record.references : []) {
      if (references >= MAX_REFERENCE_LINKS) break;
      if (!isText(ref?.url) || !SAFE_URL.test(ref.url)) continue;
      const type = isText(ref.type) ? ref.type.toLowerCase() : "";
      const kind = REFERENCE_KINDS.has(type) ? type : "reference";
      const before = links.length;
      push({ id: record.id, url: ref.url, kind });
      if (links.length > before) references++;
    }
  }
  return links;
}
var ADVISORY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._-]{1,80}$/;
var LINKED_PREFIX = /^(?:MAL|GHSA|CVE|OSV)-/i;
var SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[^\s"'<>`\\]{0,400})?$/;
function advisoryUrl(id) {
  if (/^GHSA-/i.test(id)) return `https://github.com/advisories/${encodeURIComponent(id)}`;
  if (!LINKED_PREFIX.test(id)) return "";
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function versionRanges(entry) {
  const ranges = Array.isArray(entry.ranges) ? entry.ranges : [];
  return ranges.filter((range) => range !== null && typeof range === "object" && isVersionRange(range)).map((range) => Array.isArray(range.events) ? range.events.filter((e) => isRecord(e)) : []);
}
function isText(value) {
  return typeof value === "string" && value !== "";
}
function codeName(name, version) {
  const text = version === void 0 ? name : `${name}@${version}`;
  return /^[A-Za-z0-9@/.-]+$/.test(text) && text.length <= MAX_NAME + MAX_VERSION ? `\`${text}\`` : text;
}
function clean(value, max2) {
  return plain(value.replaceAll("`", "'"), max2);
}

// src/findings/guidance/exposure.ts
var MAX_WORKFLOWS = 50;
function exposureOf(input, name, version) {
  const lockfile = clean(input.lockfile, 200);
  const ranIn = input.change === "present" ? "this branch" : "this branch (including CI runs of this pull request)";
  if (input.installScript === true) {
    return {
      when: "install",
      text: `At install time: ${lockfile} records an install script for ${codeName(name, version)}, which runs during install, so every machine and CI job that installed ${ranIn} ran it, whether or not the code was ever used.`
    };
  }
  if (input.installScript === false) {
    return {
      when: "runtime",
      text: `When code that requires it runs: ${lockfile} records no install script for ${codeName(name, version)}, so it ran wherever tests, builds or the app were started after installing ${ranIn}; a plain install did not run it.`
    };
  }
  return {
    when: "unknown",
    text: `Assume install time: ${lockfile} (${formatLabel(input.format)}) does not record install scripts, so every machine and CI job that installed ${ranIn} may have run it.`
  };
}
function machineCredentials() {
  return [
    "npm tokens: ~/.npmrc and project .npmrc files, NPM_TOKEN / NODE_AUTH_TOKEN variables (revoke them on npmjs.com or with `npm token revoke`, and check recent publishes of your packages).",
    "GitHub tokens: personal access tokens, the gh CLI login (`gh auth status`), git credential helpers (revoke and sign in again; look for unfamiliar repositories, workflows, deploy keys).",
    "SSH keys in ~/.ssh (replace them and remove the old public keys from GitHub and servers).",
    "Cloud credentials: AWS (~/.aws, AWS_* variables), Google Cloud (gcloud and application-default credentials), Azure (~/.azure, az login).",
    ".env files and secrets in the environment of the shells that installed or ran it; other tokens on disk (Docker registry logins in ~/.docker/config.json, kubeconfig)."
  ];
}
function ciExposure(workflows) {
  const ci = [];
  for (const workflow of workflows) {
    if (!workflow.installsDependencies && workflow.error === void 0) continue;
    if (ci.length >= MAX_WORKFLOWS) break;
    const secrets = ["GITHUB_TOKEN", ...workflow.secrets.filter((s) => s !== "GITHUB_TOKEN")];
    const entry = { workflow: clean(workflow.path, 200), secrets };
    if (workflow.error !== void 0) {
      entry.note = `could not be read (${clean(workflow.error, 200)}); check by hand whether it installs dependencies and which secrets it uses`;
    } else if (workflow.notes.length > 0) {
      entry.note = workflow.notes.map((n) => clean(n, 200)).join("; ");
    }
    ci.push(entry);
  }
  const token = "Every workflow job gets GITHUB_TOKEN: it expires when the job ends, but while exposed jobs ran it could act with the workflow's permissions, so review commits, tags, releases and workflow changes made meanwhile.";
  let scope;
  if (workflows.length === 0)
    scope = "No workflow of this repository was read: find the CI jobs that installed this lockfile and rotate their secrets.";
  else if (ci.length === 0)
    scope = "No workflow in .github/workflows installs dependencies; check CI that runs elsewhere.";
  else
    scope = "Listed: the workflows that install dependencies, with every secret they reference; secrets of the repository's other workflows were not available to those jobs.";
  return { ci, ciNote: `${token} ${scope}` };
}

// src/findings/guidance/guidance.ts
function buildGuidance(input, workflows = []) {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const entries = affectedEntries(input.records, input.name);
  const kind = guidanceKind(entries);
  const affected = describeAffected(entries);
  const exposure = exposureOf(input, name, version);
  const indicators = collectIndicators(input.records);
  const details = recordDetails(input.records, (i2) => input.recordSources?.[i2] ?? "advisory");
  const headline = kind === "compromised-release" ? `${codeName(name, version)} is a compromised release of ${name}: the advisory covers ${affected}, not the package as a whole.` : everyVersionHeadline(input.records, name, version);
  const renamed2 = input.entryName !== void 0 && input.entryName !== input.name;
  const fix = renamed2 ? restoreStep(input, clean(input.entryName, MAX_NAME), name, version) : kind === "compromised-release" ? pinStep(input, entries, name, version) : removeStep(input, name);
  const now = [
    contextStep(input, name, version),
    fix,
    NODE_MODULES_STEP,
    purgeStep([input.format]),
    CI_CACHE_STEP,
    ROTATE_STEP
  ];
  const indicatorCount = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (indicatorCount > 0) now.push(indicatorStep(indicatorCount));
  return {
    kind,
    headline,
    affected,
    now,
    fix,
    exposure,
    rotate: { machines: machineCredentials(), ...ciExposure(workflows) },
    indicators,
    links: collectLinks(input.records),
    details,
    taken: whatWasTaken(details)
  };
}
function everyVersionHeadline(records, name, version) {
  return describesTakeover(records) ? `The advisory covers every version of ${name}, and its record describes a takeover of a real package, so no release is known to be safe: ${codeName(name, version)} must not be installed.` : `The advisory covers every version of ${name}: its record describes a package published to attack, not a real one, so ${codeName(name, version)} must not be installed.`;
}
var NODE_MODULES_STEP = "On every machine that installed it, delete node_modules before installing again; if it ran at install time, treat the machine as compromised (removing the package does not remove what it may have dropped), and rebuild it from a clean image when in doubt.";
var CI_CACHE_STEP = "Delete the CI caches that may hold it: actions/cache entries and the actions/setup-node dependency cache (`gh cache delete --all`, or the repository's Actions → Caches page).";
var ROTATE_STEP = "Rotate the credentials listed below from a clean machine, CI and publishing secrets first, and review recent activity they allow (npm publishes, pushes, cloud logs).";
function purgeStep(formats) {
  const commands = [...new Set(formats.map(cacheCommand))].map((c) => `\`${c}\``);
  return `Purge the package-manager cache on those machines: ${commands.join(", ")}.`;
}
function indicatorStep(count) {
  return `Search DNS, proxy and firewall logs of those machines and CI runners for the ${count} indicator${count === 1 ? "" : "s"} of compromise listed below.`;
}
function contextStep(input, name, version) {
  if (input.change === "present") {
    return `${codeName(name, version)} is already in ${clean(input.lockfile, 200)} on this branch: every machine and CI job that installed this branch has it.`;
  }
  const from = input.from.length > 0 ? ` (from ${input.from.map((v) => clean(v, MAX_VERSION)).join(", ")})` : "";
  const verb = input.change === "added" ? "adds" : input.change === "changed" || input.change === "removed" ? "changes the source or integrity of" : input.change === "upgraded" ? "upgrades to" : "downgrades to";
  return `Do not merge this change and do not install this branch: it ${verb} ${codeName(name, version)}${from} in ${clean(input.lockfile, 200)}.`;
}
function pinStep(input, entries, name, version) {
  const cleanBase = cleanVersions(entries, input.from).at(-1);
  const below = lowestAffectedInLine(entries, input.version);
  const later = fixedAbove(entries, input.version);
  let target;
  if (cleanBase !== void 0) {
    target = `${clean(cleanBase, MAX_VERSION)}, the version on the base branch, which the advisory does not cover`;
  } else if (below !== void 0) {
    target = `the last release before the affected ones (a version below ${clean(below, MAX_VERSION)})`;
  } else {
    target = `a release before ${version} that the advisory does not cover`;
  }
  const alternative = later !== void 0 ? `, or to ${clean(later, MAX_VERSION)} or later` : "";
  const how = input.direct ? "as an exact version in package.json (no ^ or ~)" : `with ${overrideField(input.format)} in package.json, since it is a transitive dependency${chainText(input)}`;
  return `Pin ${name} to ${target}${alternative}, ${how}, then regenerate ${clean(input.lockfile, 200)} without running install scripts (\`${regenerateCommand(input.format)}\`).`;
}
function restoreStep(input, entryName, name, version) {
  const lockfile = clean(input.lockfile, 200);
  return `Restore from the base branch the ${entryName} entry of ${lockfile} and any file it installs from that the change replaced (a committed tarball), then regenerate ${lockfile} without running install scripts (\`${regenerateCommand(input.format)}\`): the entry names ${entryName} but installs ${codeName(name, version)}.`;
}
function removeStep(input, name) {
  const lockfile = clean(input.lockfile, 200);
  const regenerate = `then regenerate ${lockfile} (\`${regenerateCommand(input.format)}\`)`;
  if (input.direct) {
    return `Remove ${name} from package.json (it is a direct dependency; check whether the name was meant to be a different, legitimate package), ${regenerate}.`;
  }
  const top = input.via[0];
  if (top !== void 0 && input.via.length > 1) {
    return `Remove ${name} and ${clean(top, MAX_NAME + MAX_VERSION)}, the direct dependency that pulls it in${chainText(input)}, or move that dependency to a version that does not depend on ${name}; ${regenerate}.`;
  }
  return `Remove ${name} and the dependency that pulls it in (find it with \`${whyCommand(input.format, name)}\`), ${regenerate}.`;
}
function chainText(input) {
  if (input.via.length < 2) return "";
  const chain = input.via.slice(0, 10).map((step) => clean(step, MAX_NAME + MAX_VERSION));
  return ` (${chain.join(" → ")}${input.via.length > 10 ? " → …" : ""})`;
}

// src/findings/guidance/policy.ts
function policyGuidance(facts, input) {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const fix = policyFix(facts, input, name, version);
  return {
    kind: "policy",
    headline: clean(facts.problem, 1e3),
    now: [policyContext(1, [clean(input.lockfile, 200)]), fix],
    fix,
    exposure: exposureOf(input, name, version)
  };
}
function policyContext(count, lockfiles) {
  const where2 = lockfiles.length <= 5 ? lockfiles.join(", ") : `${lockfiles.length} lockfiles`;
  const what = count === 1 ? "this entry is" : `these ${count} entries are`;
  return `Do not merge until ${what} regenerated by the package manager or ${count === 1 ? "its source is" : "their sources are"} allowed (${where2}).`;
}
function policyFix(facts, input, name, version) {
  const lockfile = clean(input.lockfile, 200);
  const regenerate = `remove the entry from ${lockfile} and run \`${regenerateCommand(input.format)}\``;
  const host = facts.host ? clean(facts.host, 200) : "the host";
  switch (facts.kind) {
    case "resolved-mismatch":
      return `Regenerate the entry with the package manager instead of editing it by hand: ${regenerate}, then check that the new entry downloads ${codeName(name, version)} itself.`;
    case "origin-changed":
      return `Restore the entry from the base branch, or regenerate it (${regenerate}); a registry never republishes a version, so whoever changed its source or hash should say why.`;
    case "plain-http":
      return `Switch the source to https (in package.json or the registry config) and regenerate the entry (${regenerate}): a download over plain http can be altered on the way.`;
    case "integrity-mismatch":
      return `Regenerate the entry from the registry (${regenerate}) and do not take its hash from the pull request: the registry publishes one integrity for ${codeName(name, version)}, and this entry accepts other bytes (a cached or mirrored tarball with that hash would be installed).`;
    case "registry-config":
      return `Check that the new registry setting is intended: it changes where the package manager downloads every package from. If it is, merge it on its own first, so later changes are checked against it.`;
    case "unapproved-host":
      return `If ${host} is a registry or git host your team trusts, allow it: add it to allowed-hosts in .github/lockgate.yml (or set registry-url to it). Otherwise install ${name} from the registry: ${regenerate}.`;
  }
}

// src/match/origin-checks.ts
var DEFAULT_ALLOWED_HOSTS = PUBLIC_REGISTRY_HOSTS;
function originIssues(input, all, policy) {
  return evaluate(input, all, policy).issues;
}
function sourceNotes(input, all, policy) {
  return evaluate(input, all, policy).notes;
}
var NO_SPECS = /* @__PURE__ */ new Map();
function sourceContextOf(input, all, policy) {
  return {
    policy,
    base: input.base ? registryHostsOf(input.base.packages) : void 0,
    head: registryHostsOf(input.head.packages),
    baseHosts: new Set(
      (input.base?.packages ?? []).map((p) => downloadHost(p)).filter((h) => h !== void 0)
    ),
    basePrefixes: new Set((input.base?.packages ?? []).map(prefixOf).filter((p) => p !== void 0)),
    all,
    requested: input.requested ?? NO_SPECS
  };
}
function evaluate(input, all, policy) {
  const added = /* @__PURE__ */ new Set();
  const changed = /* @__PURE__ */ new Set();
  for (const change of input.changes) {
    for (const version of change.to) (change.kind === "changed" ? changed : added).add(`${change.name}@${version}`);
  }
  const baseEntries = /* @__PURE__ */ new Map();
  for (const pkg of input.base?.packages ?? []) {
    const key = `${pkg.name}@${pkg.version}`;
    const list2 = baseEntries.get(key);
    if (list2) list2.push(pkg);
    else baseEntries.set(key, [pkg]);
  }
  const context = sourceContextOf(input, all, policy);
  const sameFormat = input.base?.format === input.head.format;
  const issues = [];
  const notes = /* @__PURE__ */ new Map();
  const addNote = (verdict, pkg) => {
    const id = `${verdict.level}\0${verdict.from}\0${verdict.reason}`;
    const note = notes.get(id);
    if (note) note.pkgs.push(pkg);
    else notes.set(id, { level: verdict.level, from: verdict.from, reason: verdict.reason, pkgs: [pkg] });
  };
  for (const pkg of input.head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const isNew = added.has(key);
    const isChanged = changed.has(key);
    const local = input.localTarballs?.has(pkg.id) === true;
    if (!all && !isNew && !isChanged && !local) continue;
    const mismatch = resolvedMismatch(pkg) ?? tarballMismatch(pkg, input.localTarballs?.get(pkg.id));
    if (mismatch) issues.push(mismatch);
    const before = baseEntries.get(key);
    const origin = isChanged && before ? originChange2(pkg, before, sameFormat, context) : void 0;
    if (origin && "kind" in origin) issues.push(origin);
    else if (origin) addNote(origin, pkg);
    else if ((isNew || all) && !mismatch) {
      const verdict = judgeSource(pkg, context);
      if (verdict?.level === "fail")
        issues.push({ kind: "unapproved-host", pkg, host: verdict.from, problem: verdict.reason });
      else if (verdict) addNote({ ...verdict, level: verdict.level }, pkg);
    }
  }
  return { issues, notes: [...notes.values()] };
}
function originQueries(issues) {
  return issues.flatMap((i2) => i2.tarball ? [{ name: i2.tarball.name, version: i2.tarball.version }] : []);
}
function resolvedMismatch(pkg) {
  const tarball = pkg.resolved === void 0 ? void 0 : registryTarball(pkg.resolved);
  if (!tarball) return void 0;
  const sameName = tarball.name === pkg.name || tarball.scoped === pkg.name;
  const sameVersion = sameRelease(tarball.version, pkg.version);
  if (sameName && sameVersion) return void 0;
  const entry = pkg.alias ? `${pkg.alias} (${pkg.name}@${pkg.version})` : `${pkg.name}@${pkg.version}`;
  return {
    kind: "resolved-mismatch",
    pkg,
    tarball: { name: tarball.name, version: tarball.version },
    problem: `The entry says ${entry}, but its resolved URL downloads ${tarball.name}@${tarball.version} from ${tarball.host}: the package manager installs what the URL names.`
  };
}
function tarballMismatch(pkg, tarball) {
  if (!tarball || !("inside" in tarball)) return void 0;
  const inside = tarball.inside;
  if (inside.name === pkg.name && (pkg.version === "" || sameRelease(inside.version, pkg.version))) return void 0;
  const entry = pkg.alias ? `${pkg.alias} (${pkg.name}@${pkg.version})` : `${pkg.name}@${pkg.version}`;
  return {
    kind: "resolved-mismatch",
    pkg,
    tarball: { name: inside.name, version: inside.version },
    problem: plain(
      `The entry says ${entry}, but the tarball it installs from the repository (${tarball.path}) holds ${inside.name}@${inside.version || "(no version)"}: the package manager installs what the tarball holds.`,
      1e3
    )
  };
}
function originChange2(pkg, bases, sameFormat, context) {
  const facts = originFacts(bases, pkg, sameFormat);
  const fact = facts.find((f) => f.fact === "repository" || f.fact === "commit") ?? facts.find((f) => f.fact === "host") ?? facts.find((f) => f.fact === "integrity");
  const at = `${pkg.name}@${pkg.version} kept its version but`;
  switch (fact?.fact) {
    case "repository":
      return {
        kind: "origin-changed",
        pkg,
        host: fact.host,
        problem: `${at} now comes from the repository ${fact.to} instead of ${fact.from.join(", ")}: another repository's code under the same version.`
      };
    case "commit":
      return {
        kind: "origin-changed",
        pkg,
        host: fact.host,
        problem: `${at} now installs commit ${fact.to.slice(0, 40)} of ${fact.repository} instead of ${fact.from.map((c) => c.slice(0, 40)).join(", ")}: other code under the same version.`
      };
    case "host":
      if (digestPinned(bases, pkg) && knownHost(fact.to, context))
        return {
          level: "note",
          from: fact.to,
          reason: `from ${fact.to} now, a host the repository already uses, at the versions and digests the base locked from another host; the package manager checks each digest, so the bytes are unchanged`
        };
      if (!facts.some((f) => f.fact === "integrity" || f.fact === "checksum") && fromBaseRegistry(pkg, context))
        return {
          level: "note",
          from: fact.to,
          reason: `from ${fact.to} now, a registry path the base lockfile already downloads other packages from, and no digest of the same algorithm changed; the registry serves one set of bytes per version, so it installs what an honest resolution there would`
        };
      return {
        kind: "origin-changed",
        pkg,
        host: fact.to,
        problem: `${at} now downloads from ${fact.to} instead of ${fact.from.join(", ")}; a version does not move between hosts honestly.`
      };
    case "integrity":
      return {
        kind: "origin-changed",
        pkg,
        problem: `${at} its ${fact.algorithm} integrity hash changed; the registry never lets a published version change, so this is different code under the same version.`
      };
    default:
      return void 0;
  }
}
function prefixOf(pkg) {
  const url = pkg.url ?? pkg.resolved;
  return url === void 0 ? void 0 : registryPrefix(url, pkg.name);
}
function fromBaseRegistry(pkg, context) {
  const prefix = prefixOf(pkg);
  return prefix !== void 0 && (context.basePrefixes?.has(prefix) ?? false);
}
function withoutBuild(version) {
  const plus = version.indexOf("+");
  return plus === -1 ? version : version.slice(0, plus);
}
function sameRelease(a, b) {
  const x2 = withoutBuild(a);
  const y = withoutBuild(b);
  return x2 === y || withoutLeadingZeros(x2) === withoutLeadingZeros(y);
}
function withoutLeadingZeros(version) {
  return version.replace(
    /^(\d+)\.(\d+)\.(\d+)/,
    (_m, major, minor, patch) => [major, minor, patch].map((n) => n.replace(/^0+(?=\d)/, "")).join(".")
  );
}

// src/findings/findings.ts
var DEFAULT_POLICY = hostsPolicy(DEFAULT_ALLOWED_HOSTS);
function issuesOf(lockfile, all) {
  return lockfile.origins ? [...lockfile.origins] : originIssues(lockfile, all, lockfile.policy ?? DEFAULT_POLICY);
}
function withOriginIssues(lockfile, all) {
  return { ...lockfile, origins: issuesOf(lockfile, all) };
}
function versionsToCheck(lockfile, all) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const add = (name, version) => {
    const key = `${name}@${version}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ name, version });
    }
  };
  if (all) {
    for (const pkg of lockfile.head.packages) if (!isOwnCode(pkg)) add(pkg.name, pkg.version);
  } else {
    for (const change of lockfile.changes) for (const version of change.to) add(change.name, version);
  }
  const before = new Set(lockfile.base?.packages.map((p) => `${p.name}@${p.version}`));
  for (const pkg of lockfile.head.packages) {
    if (pkg.legacy && !before.has(`${pkg.name}@${pkg.version}`)) add(pkg.name, pkg.version);
  }
  for (const query of originQueries(issuesOf(lockfile, all))) add(query.name, query.version);
  return out;
}
function declaredAt(head, pkg, provenance) {
  if (pkg.line || !provenance.importer) return {};
  const importer = head.importers.find((i2) => i2.path === provenance.importer);
  const top = provenance.via[0];
  const names = provenance.direct ? [pkg.alias, pkg.name] : [top?.slice(0, top.lastIndexOf("@"))];
  for (const name of names) {
    const line = name ? importer?.lines?.[name] : void 0;
    if (line) {
      const dir = head.path.includes("/") ? head.path.slice(0, head.path.lastIndexOf("/") + 1) : "";
      return { declared: { file: `${dir}${provenance.importer}`, line } };
    }
  }
  return {};
}
function findingsFor(lockfile, hits, all, workflows) {
  const locator = new EntryLocator(lockfile);
  return [
    ...advisoryFindings(lockfile, locator, hits, all, workflows),
    ...originFindings(lockfile, locator, hits, all, workflows)
  ].sort((a, b) => a.line - b.line);
}
var EntryLocator = class {
  constructor(lockfile) {
    this.lockfile = lockfile;
    for (const pkg of lockfile.head.packages) {
      if (isOwnCode(pkg)) continue;
      const key = `${pkg.name}@${pkg.version}`;
      const list2 = this.entries.get(key);
      if (list2) list2.push(pkg);
      else this.entries.set(key, [pkg]);
    }
    for (const change of lockfile.changes)
      for (const version of change.to) this.changeOf.set(`${change.name}@${version}`, change);
  }
  lockfile;
  entries = /* @__PURE__ */ new Map();
  changeOf = /* @__PURE__ */ new Map();
  graph;
  /** Where entries `pkgs` of one name@version are (the first line), how they entered, and the guidance's input. */
  locate(pkgs) {
    const head = this.lockfile.head;
    const { name, version } = pkgs[0];
    this.graph ??= new DependencyGraph(head);
    const provenance = this.graph.provenance(pkgs.map((p) => p.id));
    const change = this.changeOf.get(`${name}@${version}`);
    const first2 = pkgs.reduce((a, b) => b.line < a.line ? b : a);
    const installScript = installScriptOf(pkgs);
    const located = {
      name,
      version,
      change: change?.kind ?? "present",
      from: change && change.kind !== "changed" ? change.from : [],
      ...first2.alias ? { alias: first2.alias } : {},
      line: first2.line,
      ...declaredAt(head, first2, provenance),
      direct: provenance.direct,
      ...provenance.importer ? { importer: provenance.importer } : {},
      via: provenance.via,
      installScript: installScript === true
    };
    const input = {
      name,
      version,
      change: change?.kind ?? "present",
      from: change?.from ?? [],
      installScript,
      direct: provenance.direct,
      via: provenance.via,
      lockfile: head.path,
      format: head.format
    };
    return { located, input };
  }
};
function advisoryFindings(lockfile, locator, hits, all, workflows) {
  const findings = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = locator.entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    findings.push(maliciousFinding(locator.locate(pkgs), matched, workflows));
  }
  return findings;
}
function maliciousFinding({ located, input }, matched, workflows, extra = void 0) {
  const [records, recordSources] = recordsOf(matched);
  return {
    ...located,
    kind: "advisory",
    advisories: matched.map(toRef),
    ...extra ? { origin: extra.origin } : {},
    guidance: buildGuidance(
      { ...input, ...extra ? { ...extra.installed, entryName: input.name } : {}, records, recordSources },
      workflows
    )
  };
}
function originFindings(lockfile, locator, hits, all, workflows) {
  const issues = issuesOf(lockfile, all);
  const failing = new Set(issues.map((i2) => i2.pkg));
  issues.push(...(lockfile.integrity ?? []).filter((i2) => !failing.has(i2.pkg)));
  return issues.map((issue) => {
    const location = locator.locate([issue.pkg]);
    const facts = originFacts2(issue);
    const urlHits = issue.tarball ? hits.get(`${issue.tarball.name}@${issue.tarball.version}`) ?? [] : [];
    if (urlHits.length && issue.tarball)
      return maliciousFinding(location, urlHits, workflows, { origin: facts, installed: issue.tarball });
    return { ...location.located, ...facts, guidance: policyGuidance(facts, location.input) };
  });
}
function installScriptOf(pkgs) {
  const flags = pkgs.map((p) => p.hasInstallScript);
  if (flags.includes(true)) return true;
  return flags.every((f) => f === false) ? false : void 0;
}
function originFacts2(issue) {
  return {
    kind: issue.kind,
    problem: issue.problem,
    ...issue.tarball ? { resolvedAs: issue.tarball } : {},
    ...issue.host ? { host: issue.host } : {}
  };
}
function recordsOf(hits) {
  return [hits.flatMap((h) => h.records), hits.flatMap((h) => h.recordSources ?? h.records.map(() => h.source))];
}
function toRef(hit) {
  return {
    id: hit.id,
    aliases: hit.aliases,
    summary: hit.summary ?? "",
    source: hit.sources[0] ?? "unknown",
    sources: hit.sources,
    url: advisoryUrl(hit.id),
    ...hit.origins.length > 0 ? { origins: hit.origins.map(({ record: _record, ...origin }) => origin) } : {}
  };
}

// src/signals/settings.ts
function allowedBy(name, allow) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  return allow.find(
    (a) => a.package === name || scope !== void 0 && (a.package === scope || a.package === `${scope}/*`)
  );
}

// src/signals/targets.ts
function signalTargets(compared, registryHost2, allow) {
  const plan = { targets: [], notChecked: [], verify: [], verifyOnly: [] };
  const head = compared.head;
  if (!head) return plan;
  const baseNames = new Set((compared.base?.packages ?? []).map((p) => p.name));
  const entries = /* @__PURE__ */ new Map();
  for (const pkg of head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const list2 = entries.get(key);
    if (list2) list2.push(pkg);
    else entries.set(key, [pkg]);
  }
  let dependents;
  for (const change of compared.changes) {
    if (change.kind === "removed") continue;
    for (const version of change.to) {
      const found = entries.get(`${change.name}@${version}`) ?? [];
      if (!found.length) continue;
      const allowed = allowedBy(change.name, allow);
      if (change.kind === "changed") {
        const verify = found.filter((p) => verifiable(head, p, registryHost2));
        plan.verify.push(...verify);
        if (!allowed && verify.length)
          plan.verifyOnly.push({ ...first(change.name, version, verify), replaces: [], newToLockfile: false });
        continue;
      }
      if (allowed) {
        plan.notChecked.push({ name: change.name, version, reason: `allowed by the config (${allowed.reason})` });
        continue;
      }
      const fromRegistry = found.filter((p) => fromReadRegistry(p, registryHost2));
      if (!fromRegistry.length) {
        plan.notChecked.push({ name: change.name, version, reason: whereFrom(found[0]) });
        continue;
      }
      const newToLockfile = !baseNames.has(change.name);
      plan.verify.push(...fromRegistry.filter((p) => verifiable(head, p, registryHost2)));
      plan.targets.push({
        ...first(change.name, version, fromRegistry),
        replaces: change.from,
        newToLockfile,
        ...newToLockfile ? { dependents: (dependents ??= dependentsIn(head, registryHost2))(change.name) } : {}
      });
    }
  }
  return plan;
}
function first(name, version, pkgs) {
  return { name, version, line: Math.min(...pkgs.map((p) => p.line)) };
}
function verifiable(lockfile, pkg, registryHost2) {
  return lockfile.format !== "yarn-berry" && fromReadRegistry(pkg, registryHost2) && entryHashes(pkg).size > 0;
}
function dependentsIn(lockfile, registryHost2) {
  const byId = new Map(lockfile.packages.map((p) => [p.id, p]));
  const parents = /* @__PURE__ */ new Map();
  for (const [id, deps] of edgesOf(lockfile).deps) {
    const from = byId.get(id);
    if (!from || !fromReadRegistry(from, registryHost2)) continue;
    for (const dep of deps) {
      const child = byId.get(dep)?.name;
      if (child === void 0) continue;
      let list2 = parents.get(child);
      if (!list2) parents.set(child, list2 = /* @__PURE__ */ new Map());
      list2.set(`${from.name}@${from.version}`, { name: from.name, version: from.version });
    }
  }
  return (name) => [...parents.get(name)?.values() ?? []];
}
function fromReadRegistry(pkg, registryHost2) {
  if (pkg.source !== "registry") return false;
  if (!pkg.resolved || !isHttpUrl(pkg.resolved)) return true;
  const host = urlHost(pkg.resolved);
  return isPublicRegistryHost(host) || host !== void 0 && host === registryHost2;
}
function whereFrom(pkg) {
  if (pkg.source === "registry")
    return `resolved from ${urlHost(pkg.resolved ?? "") ?? "another registry"}, not the registry lockgate reads`;
  return `a ${pkg.source} dependency, not from the registry`;
}

// src/signals/integrity.ts
function integrityIssue(pkg, published) {
  const registry = registryHashes(published);
  if (!registry.size) return void 0;
  const locked = entryHashes(pkg);
  const compared = compareHashes(locked, registry);
  if (compared === void 0) return void 0;
  if (compared === "incomparable")
    return {
      kind: "integrity-mismatch",
      pkg,
      problem: `${pkg.name}@${pkg.version} is locked with ${[...locked.keys()].join(" and ")} only, which the registry does not publish for that version (it publishes ${[...registry.keys()].join(" and ")}): the lockfile's hash cannot be the registry's, and the package manager would accept whatever bytes match it.`
    };
  return {
    kind: "integrity-mismatch",
    pkg,
    problem: `${pkg.name}@${pkg.version} is locked with ${compared.algorithm} ${shortHash(compared.algorithm, compared.lockfile)}, but the registry publishes ${shortHash(compared.algorithm, compared.registry)} for that version: the package manager would accept other bytes than the registry's.`
  };
}

// src/signals/rules.ts
var import_major = __toESM(require_major(), 1);
var import_prerelease = __toESM(require_prerelease(), 1);
var import_valid2 = __toESM(require_valid(), 1);
var HOUR = 36e5;
var DAY = 24 * HOUR;
var YOUNG_MS = 7 * DAY;
var MIN_REVIEW_MS = 3 * DAY;
function reviewWindow(settings) {
  return Math.max(settings.minReleaseAgeMs, MIN_REVIEW_MS);
}
var EVIDENCE_WINDOW_MS = 30 * DAY;
var PREVIOUS_PUBLISHERS = 5;
var BURST_WINDOW_MS = HOUR;
var RULES = {
  "release-age": ({ settings, publishedBy, now }) => {
    if (settings.minReleaseAgeMs <= 0 || publishedBy === void 0) return void 0;
    if (now - publishedBy >= settings.minReleaseAgeMs) return void 0;
    const eligible = publishedBy + settings.minReleaseAgeMs;
    return {
      level: "fail",
      detail: `published ${when(publishedBy, now)}; versions younger than ${duration(settings.minReleaseAgeMs)} are held, so it can ${settings.verb ?? "merge"} from ${stamp(eligible)}`,
      eligibleAt: eligible
    };
  },
  "new-package": (ctx) => {
    const { target, meta, now } = ctx;
    if (!target.newToLockfile) return void 0;
    const first2 = meta.created ?? earliest(meta.times);
    if (first2 === void 0 || now - first2 >= YOUNG_MS || siblingOf(ctx)) return void 0;
    return {
      level: "fail",
      detail: `${target.name} is new to this lockfile and its first release on the registry was ${when(first2, now)}`,
      eligibleAt: first2 + YOUNG_MS
    };
  },
  "install-script-added": ({ target, meta, current, publishedBy, now, settings }) => {
    if (!current.installScript) return void 0;
    const replacing = target.replaces.length > 0;
    const previous = replacing ? replacedVersion(target) : previousRelease(meta, target.version);
    const before = previous === void 0 ? void 0 : meta.versions.get(previous);
    if (!before || before.installScript) return void 0;
    return youngFails(publishedBy, now, reviewWindow(settings), {
      detail: `${target.name}@${target.version} runs ${scriptWords(current)} on install; ${previous}, ${replacing ? "the version it replaces" : "the release before it"}, ran none`
    });
  },
  "trust-downgrade": ({ target, meta, current, publishedBy, now, settings }) => {
    const replacing = target.replaces.length > 0;
    const trustBase = replacing ? replacedVersion(target) : previousOnLine(meta, target.version);
    const baseMeta = trustBase === void 0 ? void 0 : meta.versions.get(trustBase);
    if (!baseMeta) return void 0;
    const lost = [];
    if (baseMeta.publisher?.trusted && !current.publisher?.trusted) lost.push("a trusted publisher");
    if (baseMeta.provenance && !current.provenance) lost.push("a provenance attestation");
    if (!lost.length) return void 0;
    return youngFails(publishedBy, now, reviewWindow(settings), {
      detail: `${trustBase}${replacing ? ", the version it replaces," : ""} was published with ${lost.join(" and ")}; ${target.version} was published without`
    });
  },
  "publisher-changed": ({ meta, current, published }) => {
    const who = current.publisher;
    if (!who || published === void 0) return void 0;
    const previous = releasesBefore(meta, published).map((v) => meta.versions.get(v)?.publisher).filter((p) => p !== void 0).slice(0, PREVIOUS_PUBLISHERS);
    if (!previous.length) return void 0;
    const names = [...new Set(previous.map((p) => p.name))];
    if (!names.includes(who.name)) {
      const were = previous.length === 1 ? "release was" : `${previous.length} releases were`;
      return {
        level: "warn",
        detail: `published by ${who.name}; the previous ${were} published by ${names.join(", ")}`
      };
    }
    const emails = previous.filter((p) => p.name === who.name && p.email).map((p) => p.email);
    if (!who.email || !emails.length || emails.includes(who.email)) return void 0;
    return {
      level: "warn",
      detail: `published by ${who.name} with an email address none of the previous ${previous.length} releases had`
    };
  },
  burst: ({ target, meta, published }) => {
    const major = majorOf(target.version);
    if (published === void 0 || major === void 0) return void 0;
    const near2 = [...meta.times].filter(([v, t]) => v !== target.version && Math.abs(t - published) <= BURST_WINDOW_MS && isRelease(v)).filter(([v]) => majorOf(v) !== void 0 && majorOf(v) !== major).sort((a, b) => a[1] - b[1]);
    if (!near2.length) return void 0;
    const list2 = near2.slice(0, 5).map(([v, t]) => `${v} (${gap(Math.abs(t - published))} apart)`);
    return {
      level: "warn",
      detail: `published within an hour of ${list2.join(", ")} on another major line; a compromised account often publishes on every line at once`
    };
  }
};
var SIGNAL_HELP = {
  unpublished: {
    title: "Version removed from the registry",
    help: "The registry no longer serves this version, or the package at all. Malicious versions are removed first, so treat it as suspect until you know why it went: do not merge; move to a version the registry serves, check the advisories and the project for the reason, and if it was installed anywhere, look at what it could have run."
  },
  unanswered: {
    title: "The registry did not answer",
    help: "The registry did not answer for this package (an error, a timeout or the run ran out of time), so nothing about the version is known and it is held rather than passed. Run the check again later; for a private registry, name the environment variable with its token in signals.registry-token-env."
  },
  "release-age": {
    title: "Version younger than the hold",
    help: "The version was published less than min-release-age ago (default 3 days). Compromised releases are usually found and removed within hours to days, so the check waits; nothing says this version is malicious. Wait until the time shown (a scheduled lockgate run with rerun-held re-runs the check), use the older version the report suggests, or, once someone has reviewed the release, add the override label or an expiring ignore entry."
  },
  "new-package": {
    title: "New, young package",
    help: "The package is new to this lockfile, its first release is less than 7 days old, and it shares no maintainer with the package that brings it in (platform binaries and a framework's own new packages do). Attackers add a fresh package to a trusted one (axios 1.14.1 brought in an 18-hour-old plain-crypto-js). Find which dependency brings it in (the chain in the report), read its code and who published it, and keep the dependent on its previous version until you know."
  },
  "install-script-added": {
    title: "Install script added",
    help: "The version runs a preinstall, install or postinstall script and the version it replaces ran none; such a script runs on every machine and CI job that installs it. It fails while the release is within the review window, then warns. Read the script in the package before merging (or install with --ignore-scripts); a legitimate one, such as a native-binary helper, can be exempted after review."
  },
  "trust-downgrade": {
    title: "Published with less trust than before",
    help: "The version it replaces was published from CI with a trusted publisher or a provenance attestation, and this one was not: what a stolen token looks like. It fails within the review window, then warns. Check on the registry who published it and from where, look for the maintainers' word on the release, and stay on the previous version until it is explained."
  },
  "publisher-changed": {
    title: "New publisher",
    help: "The version was published by an account none of the previous 5 releases was published by, or by the same account with a new email address; accounts are taken over and maintainers added before a malicious release. Check the project's repository or changelog for the change of hands; by itself it only warns."
  },
  burst: {
    title: "Releases on several major lines at once",
    help: "The version was published within an hour of a release on another major line; a compromised account often publishes on every line at once. It is reported only beside another signal on the same version: review the two together."
  }
};
var RULE_ORDER = SIGNAL_NAMES.filter((n) => n !== "unpublished" && n !== "unanswered");
function evaluateSignals(target, answer, now, settings, registry = () => void 0) {
  const signal = (name, hit) => {
    const setting = settings.levels[name];
    if (!hit || setting === "off") return [];
    const level = setting === "warn" ? "warn" : hit.level;
    const { name: pkg, version, line } = target;
    const eligibleAt = hit.eligibleAt !== void 0 && level === "fail" ? { eligibleAt: iso(hit.eligibleAt) } : {};
    return [{ name: pkg, version, line, signal: name, level, detail: hit.detail, ...eligibleAt }];
  };
  const gone = unpublished(target, answer, now);
  if (gone || answer.kind === "not-found") return signal("unpublished", gone);
  const meta = answer.meta;
  const current = meta.versions.get(target.version);
  const published = meta.times.get(target.version);
  const publishedBy = published ?? meta.modified;
  if (publishedBy === void 0 && settings.minReleaseAgeMs > 0)
    return unansweredSignal(target, "its document gives no publish time for this version", settings);
  const ctx = { target, meta, current, published, publishedBy, now, settings, registry };
  const out = RULE_ORDER.flatMap((name) => signal(name, RULES[name](ctx)));
  return out.some((s) => s.signal !== "burst") ? out : [];
}
function siblingOf(ctx) {
  const { target, meta, settings } = ctx;
  const mine = new Set(ctx.current.maintainers);
  const published = meta.times.get(target.version);
  if (!mine.size || published === void 0) return void 0;
  const window = Math.max(settings.minReleaseAgeMs, DAY);
  return target.dependents?.find((d) => {
    const parent = ctx.registry(d.name);
    const release = parent?.versions.get(d.version);
    const at = parent?.times.get(d.version);
    if (!parent || !release || at === void 0) return false;
    if (d.version !== target.version && Math.abs(at - published) > window) return false;
    const before = previousRelease(parent, d.version);
    const earlier = new Set(before === void 0 ? [] : parent.versions.get(before)?.maintainers);
    return release.maintainers.some((m) => mine.has(m) && earlier.has(m));
  });
}
function unpublished(target, answer, now) {
  const { name, version } = target;
  if (answer.kind === "not-found") {
    return {
      level: "fail",
      detail: `the registry has no package ${name} (HTTP 404): it was removed, and malicious packages are removed first`
    };
  }
  if (answer.meta.versions.has(version)) return void 0;
  const published = answer.meta.times.get(version);
  return {
    level: "fail",
    detail: published !== void 0 ? `${name}@${version} was published ${when(published, now)} and has since been removed from the registry; malicious versions are removed first` : `${name}@${version} is not among the versions the registry serves for ${name}`
  };
}
function youngFails(publishedBy, now, window, hit) {
  if (publishedBy !== void 0 && now - publishedBy < window)
    return { level: "fail", detail: hit.detail, eligibleAt: publishedBy + window };
  return { level: "warn", detail: hit.detail };
}
function unansweredSignal(target, reason, settings) {
  if (settings.levels.unanswered === "off") return [];
  return [
    {
      name: target.name,
      version: target.version,
      line: target.line,
      signal: "unanswered",
      level: settings.levels.unanswered === "warn" ? "warn" : "fail",
      detail: `the registry did not answer for ${target.name}@${target.version} (${reason.replace(/\.$/, "")}); held until it does: run the check again later`
    }
  ];
}
function overrideHolds(signals, label) {
  return holdsAsWarnings(signals, `hold overridden by the pull request label ${label}`);
}
function holdsAsWarnings(signals, why) {
  return signals.map((s) => {
    if (s.signal !== "release-age" || s.level !== "fail") return s;
    const rest = { ...s };
    delete rest.eligibleAt;
    return { ...rest, level: "warn", detail: `${s.detail} (${why})` };
  });
}
function replacedVersion(target) {
  const major = majorOf(target.version);
  const sorted = [...target.replaces].sort(compareVersions);
  const same = sorted.filter((v) => majorOf(v) === major);
  return same[same.length - 1] ?? sorted[sorted.length - 1];
}
function releasesBefore(meta, time) {
  return [...meta.times].filter(([, t]) => t < time).sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
function previousRelease(meta, version, sameMajor = false) {
  const major = majorOf(version);
  const fits = (v) => meta.versions.has(v) && (!sameMajor || majorOf(v) === major);
  const published = meta.times.get(version);
  if (published !== void 0) return releasesBefore(meta, published).find(fits);
  const lower = [...meta.versions.keys()].filter((v) => fits(v) && compareVersions(v, version) < 0);
  return lower.sort(compareVersions).pop();
}
function previousOnLine(meta, version) {
  return previousRelease(meta, version, true);
}
function earliest(times) {
  let min;
  for (const t of times.values()) if (min === void 0 || t < min) min = t;
  return min;
}
function majorOf(version) {
  return (0, import_valid2.default)(version, { loose: true }) ? (0, import_major.default)(version, { loose: true }) : void 0;
}
function isRelease(version) {
  return (0, import_valid2.default)(version, { loose: true }) !== null && (0, import_prerelease.default)(version, { loose: true }) === null;
}
function scriptWords(v) {
  if (!v.installScripts.length) return "an install script";
  return `a ${v.installScripts.join(" and a ")} script`;
}
function when(time, now) {
  return `${now - time < 6e4 ? "just now" : `${duration(now - time)} ago`} (${stamp(time)})`;
}
function stamp(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function iso(ms) {
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
function duration(ms) {
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor(ms % DAY / HOUR);
    return hours ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  }
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), "hour");
  return plural(Math.max(1, Math.floor(ms / 6e4)), "minute");
}
function gap(ms) {
  return ms < 6e4 ? "under a minute" : duration(ms);
}
function fullDocumentNeeded(abbreviated, now, settings) {
  if (abbreviated.full) return false;
  if (abbreviated.modified === void 0) return true;
  const on = (s) => settings.levels[s] !== "off";
  const windows = [
    on("release-age") ? settings.minReleaseAgeMs : 0,
    on("new-package") ? YOUNG_MS : 0,
    on("install-script-added") ? reviewWindow(settings) : 0,
    on("trust-downgrade") || on("publisher-changed") || on("burst") ? EVIDENCE_WINDOW_MS : 0
  ];
  return now - abbreviated.modified < Math.max(...windows);
}

// src/signals/suggest.ts
var import_satisfies = __toESM(require_satisfies(), 1);
var import_valid3 = __toESM(require_valid(), 1);
var import_valid4 = __toESM(require_valid2(), 1);
var MAX_CANDIDATES = 200;
var MAX_STANDBY = 20;
var PIN_FIELDS = ["dependencies", "devDependencies", "optionalDependencies"];
var OVERRIDE_FIELD = {
  npm: "overrides",
  bun: "overrides",
  "yarn-classic": "resolutions",
  "yarn-berry": "resolutions",
  pnpm: "pnpm.overrides"
};
var MAX_OTHERS = 10;
var json = (value) => JSON.stringify(value);
var SCOPED_OVERRIDE = {
  npm: (parent, name, version) => `${json(parent)}: { ${json(name)}: ${json(version)} }`,
  pnpm: (parent, name, version) => `${json(`${parent}>${name}`)}: ${json(version)}`,
  "yarn-classic": (parent, name, version) => `${json(`${parent}/${name}`)}: ${json(version)}`,
  "yarn-berry": (parent, name, version) => `${json(`${parent}/${name}`)}: ${json(version)}`
};
function passingVersions(target, meta, range, now, settings, registry, limit) {
  if ((0, import_valid4.default)(range) === null) return [];
  const candidates = [...meta.versions.keys()].filter((v) => v !== target.version && (0, import_valid3.default)(v) !== null && (0, import_satisfies.default)(v, range)).sort(compareVersions).reverse().slice(0, MAX_CANDIDATES);
  const out = [];
  for (const version of candidates) {
    if (out.length >= limit) break;
    const judged = evaluateSignals({ ...target, version }, { kind: "found", meta }, now, settings, registry);
    if (!judged.some((s) => s.level === "fail")) out.push(version);
  }
  return out;
}
function suggestFor(target, meta, source, now, settings, registry) {
  const candidates = passingVersions(target, meta, source.range, now, settings, registry, MAX_STANDBY);
  if (!candidates.length) return void 0;
  return { name: target.name, version: target.version, source, candidates };
}
function suggestionOf(draft, suggested) {
  const scope = draft.source.scope;
  return {
    name: draft.name,
    version: draft.version,
    suggested,
    range: draft.source.range,
    rangeFrom: draft.source.rangeFrom,
    file: draft.source.file,
    field: draft.source.field,
    edit: scope ? SCOPED_OVERRIDE[scope.format](scope.parent, draft.name, suggested) : `${json(draft.name)}: ${json(suggested)}`,
    ...scope ? { scope: scope.parent } : {},
    ...draft.source.others ? { others: draft.source.others } : {}
  };
}
function directSource(file, text, name) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(doc)) return void 0;
  for (const field of PIN_FIELDS) {
    const deps = doc[field];
    const range = isRecord(deps) ? deps[name] : void 0;
    if (typeof range === "string") return { range, rangeFrom: file, file, field };
  }
  return void 0;
}
function overrideSource(format, rootManifest, name, dependent, dependers = []) {
  const range = dependent.meta?.versions.get(dependent.version)?.dependencies?.[name];
  if (typeof range !== "string") return void 0;
  const others = dependers.filter((d) => d !== dependent.name);
  return {
    range,
    rangeFrom: `${dependent.name}@${dependent.version}`,
    file: rootManifest,
    field: OVERRIDE_FIELD[format],
    ...others.length ? { others: others.slice(0, MAX_OTHERS) } : {},
    ...others.length && format !== "bun" ? { scope: { parent: dependent.name, format } } : {}
  };
}
function splitSpec(spec) {
  const at = spec.lastIndexOf("@");
  if (at <= 0) return void 0;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

// src/engine/signals.ts
import path12 from "node:path";

// src/signals/packument.ts
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];
function readPackument(name, doc) {
  if (!isRecord(doc) || !isRecord(doc.versions)) return void 0;
  const time = isRecord(doc.time) ? doc.time : void 0;
  const times = /* @__PURE__ */ new Map();
  let created;
  let modified = dateMs(doc.modified);
  if (time) {
    for (const [key, value] of Object.entries(time)) {
      const ms = dateMs(value);
      if (ms === void 0) continue;
      if (key === "created") created = ms;
      else if (key === "modified") modified ??= ms;
      else times.set(key, ms);
    }
  }
  const owners = userNames(doc.maintainers);
  const versions = /* @__PURE__ */ new Map();
  for (const [version, raw] of Object.entries(doc.versions)) {
    if (isRecord(raw)) versions.set(version, readVersion(raw, owners));
  }
  return {
    name,
    full: time !== void 0,
    ...modified !== void 0 ? { modified } : {},
    ...created !== void 0 ? { created } : {},
    versions,
    times
  };
}
function readVersion(raw, owners) {
  const scripts = isRecord(raw.scripts) ? raw.scripts : {};
  const installScripts = INSTALL_SCRIPTS.filter(
    (s) => typeof scripts[s] === "string" && scripts[s].trim() !== ""
  );
  const installScript = raw.hasInstallScript === true || installScripts.length > 0;
  const dist = isRecord(raw.dist) ? raw.dist : {};
  const attestations = isRecord(dist.attestations) ? dist.attestations : void 0;
  const provenance = attestations !== void 0 && isRecord(attestations.provenance);
  const publisher = readPublisher(raw._npmUser);
  const own = userNames(raw.maintainers);
  const person = publisher && !publisher.trusted ? [publisher.name] : [];
  const maintainers = [.../* @__PURE__ */ new Set([...own.length ? own : owners, ...person])];
  return {
    installScript,
    installScripts,
    provenance,
    maintainers,
    ...publisher ? { publisher } : {},
    ...typeof dist.integrity === "string" && dist.integrity !== "" ? { integrity: dist.integrity } : {},
    ...typeof dist.shasum === "string" && dist.shasum !== "" ? { shasum: dist.shasum } : {},
    ...dependencyMap(raw)
  };
}
function dependencyMap(raw) {
  const deps = isRecord(raw.dependencies) ? raw.dependencies : void 0;
  const optional = isRecord(raw.optionalDependencies) ? raw.optionalDependencies : void 0;
  if (!deps && !optional) return {};
  return { dependencies: deps && optional ? { ...deps, ...optional } : deps ?? optional };
}
function userNames(raw) {
  if (!Array.isArray(raw)) return [];
  const names = raw.map((m) => isRecord(m) ? m.name : typeof m === "string" ? m.split(" <")[0] : void 0);
  return names.filter((n) => typeof n === "string" && n !== "");
}
function readPublisher(raw) {
  if (!isRecord(raw) || typeof raw.name !== "string" || raw.name === "") return void 0;
  return {
    name: raw.name,
    ...typeof raw.email === "string" && raw.email !== "" ? { email: raw.email } : {},
    trusted: raw.trustedPublisher !== void 0 && raw.trustedPublisher !== null && raw.trustedPublisher !== false
  };
}
function dateMs(value) {
  if (typeof value !== "string") return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}

// src/signals/registry.ts
var ABBREVIATED = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
var FULL = "application/json";
var RegistryClient = class {
  name = "registry";
  url;
  token;
  concurrency;
  retry;
  localNow;
  disk;
  requests = 0;
  bytes = 0;
  notModified = 0;
  registryNow;
  lastError;
  asked = false;
  /** One document per package name per run, shared by every lockfile. */
  cache = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.url = (options.url ?? PUBLIC_REGISTRY).replace(/\/+$/, "");
    this.token = options.token || void 0;
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.retry = options.retry ?? {};
    this.localNow = options.now ?? Date.now;
    this.disk = options.cache;
  }
  /** The registry root, without a trailing slash. */
  get registryUrl() {
    return this.url;
  }
  /** Looks up every name (each at most once per client); never throws. */
  async lookup(names, needsFull) {
    this.asked = true;
    const distinct = [...new Set(names)];
    const policy = withDeadline(this.retry, budgetFor(distinct.length * 2, this.concurrency));
    const answers = /* @__PURE__ */ new Map();
    const failed = /* @__PURE__ */ new Map();
    await mapLimit(distinct, this.concurrency, async (name) => {
      let pending = this.cache.get(name);
      if (!pending) {
        pending = this.fetchPackage(name, needsFull, policy);
        this.cache.set(name, pending);
      }
      try {
        let answer = await pending;
        if (answer.kind === "found" && !answer.meta.full && needsFull(answer.meta, this.clock())) {
          pending = this.fetchFull(name, policy);
          this.cache.set(name, pending);
          answer = await pending;
        }
        answers.set(name, answer);
      } catch (error) {
        const reason = describeFailure(error);
        failed.set(name, reason);
        this.lastError ??= reason;
      }
    });
    const now = this.registryNow ?? this.localNow();
    return { answers, failed, now, clock: this.registryNow === void 0 ? "local" : "registry" };
  }
  status() {
    const error = this.lastError;
    return {
      name: "registry",
      ok: this.asked && error === void 0,
      requests: this.requests,
      bytes: this.bytes,
      ...this.disk ? { notModified: this.notModified } : {},
      ...error !== void 0 ? { error } : !this.asked ? { error: "not queried" } : {}
    };
  }
  clock() {
    return this.registryNow ?? this.localNow();
  }
  async fetchPackage(name, needsFull, policy) {
    if (this.disk && await this.disk.has(cacheKey(this.request(name, FULL)))) return this.fetchFull(name, policy);
    const small = await this.get(name, ABBREVIATED, policy);
    if (small === "not-found") return { kind: "not-found" };
    if (small.full || !needsFull(small, this.clock())) return { kind: "found", meta: small };
    return this.fetchFull(name, policy);
  }
  async fetchFull(name, policy) {
    const full = await this.get(name, FULL, policy);
    return full === "not-found" ? { kind: "not-found" } : { kind: "found", meta: full };
  }
  /** The request for one document (`accept`: abbreviated or full). */
  request(name, accept) {
    const headers = { accept };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return { url: `${this.url}/${packagePath2(name)}`, headers };
  }
  async get(name, accept, policy) {
    this.requests++;
    try {
      const response = await requestJsonCached(this.request(name, accept), policy, this.disk);
      this.bytes += response.bytes;
      if (response.fromCache) this.notModified++;
      this.noteDate(response.headers.get("date"));
      const meta = readPackument(name, response.data);
      if (!meta) {
        throw new HttpRequestError(
          "json",
          `GET ${this.url}/${packagePath2(name)} answered a document without versions`,
          1
        );
      }
      return meta;
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404) return "not-found";
      throw error;
    }
  }
  noteDate(header) {
    const ms = header ? Date.parse(header) : NaN;
    if (!Number.isNaN(ms) && (this.registryNow === void 0 || ms > this.registryNow)) this.registryNow = ms;
  }
};
function packagePath2(name) {
  if (name.startsWith("@")) {
    const slash = name.indexOf("/");
    return `@${encodeURIComponent(name.slice(1, slash))}%2f${encodeURIComponent(name.slice(slash + 1))}`;
  }
  return encodeURIComponent(name);
}

// src/engine/signals.ts
async function registrySignals(lockfiles, request) {
  const host = urlHost(request.client.registryUrl);
  const plans = lockfiles.map((l) => ({ path: l.path, plan: signalTargets(l, host, request.allow) }));
  const names = plans.flatMap((p) => [...p.plan.targets, ...p.plan.verifyOnly].map((t) => t.name));
  const lookup = names.length ? await request.client.lookup(names, (meta, now) => fullDocumentNeeded(meta, now, request.settings)) : void 0;
  const dependents = lookup ? plans.flatMap(
    (p) => p.plan.targets.flatMap((t) => youngNewPackage(t, lookup) ? (t.dependents ?? []).map((d) => d.name) : [])
  ) : [];
  const more = dependents.length ? await request.client.lookup(dependents, () => true) : void 0;
  const view = (name) => {
    const answer = more?.answers.get(name) ?? lookup?.answers.get(name);
    return answer?.kind === "found" ? answer.meta : void 0;
  };
  const out = /* @__PURE__ */ new Map();
  const untimed = [];
  const evaluated = plans.map(({ path: file, plan }) => {
    const signals = [];
    for (const target of plan.targets) {
      const answer = lookup?.answers.get(target.name);
      if (!answer) {
        const reason = lookup?.failed.get(target.name) ?? "no answer";
        signals.push(...unansweredSignal(target, reason, request.settings));
        continue;
      }
      const judged = evaluateSignals(target, answer, lookup.now, request.settings, view);
      if (judged.some((s) => s.signal === "unanswered")) untimed.push(`${target.name}@${target.version}`);
      signals.push(...judged);
    }
    for (const target of plan.verifyOnly) {
      const answer = lookup?.answers.get(target.name);
      if (!answer)
        signals.push(...unansweredSignal(target, lookup?.failed.get(target.name) ?? "no answer", request.settings));
      else
        signals.push(
          ...evaluateSignals(target, answer, lookup.now, request.settings).filter((s) => s.signal === "unpublished")
        );
    }
    return { file, plan, signals };
  });
  const wayOut = lookup ? await waysOut(lockfiles, evaluated, lookup, view, request) : /* @__PURE__ */ new Map();
  for (const { file, plan, signals: found } of evaluated) {
    const way = wayOut.get(file);
    let signals = way ? found.map((s) => ({ ...s, ...way.where.get(`${s.name}@${s.version}`) })) : found;
    if (request.override?.applies) signals = overrideHolds(signals, request.override.label);
    if (request.holds === "warn") signals = holdsAsWarnings(signals, "a warning: holds is set to warn");
    const { integrity, verified } = verifyIntegrity(plan.verify, view);
    out.set(file, {
      signals,
      notChecked: [...plan.notChecked],
      drafts: way?.drafts ?? [],
      integrity,
      verified
    });
  }
  const held = [...out.values()].some((l) => l.signals.some((s) => s.signal === "release-age" && s.level === "fail"));
  const rerun = held && request.rerun ? await request.rerun().catch(() => ({ rerun: false })) : { rerun: false };
  const failed = [...lookup ? lookup.failed.values() : [], ...untimed.map((v) => `it gave no publish time for ${v}`)];
  const status = names.length ? request.client.status() : { name: "registry", ok: true, requests: 0, bytes: 0 };
  return {
    lockfiles: out,
    status,
    unanswered: { count: failed.length, ...failed[0] ? { reason: failed[0] } : {} },
    clock: lookup?.answers.size ? lookup.clock : "registry",
    holds: {
      mode: request.holds ?? "fail",
      verb: request.settings.verb ?? "merge",
      ...request.override ? { overrideLabel: request.override.label } : {},
      ...rerun.rerun ? { rerun: true } : {},
      ...rerun.unread?.length ? { rerunUnread: rerun.unread } : {}
    },
    notes: [
      overrideNote(
        request.override,
        [...out.values()].flatMap((l) => l.signals)
      ),
      names.length ? request.cacheNote : void 0
    ].filter((n) => n !== void 0)
  };
}
async function waysOut(lockfiles, evaluated, lookup, view, request) {
  const out = /* @__PURE__ */ new Map();
  const pending = [];
  for (const { file, plan, signals } of evaluated) {
    const head = lockfiles.find((l) => l.path === file)?.head;
    if (!head || !signals.length) continue;
    const graph = new DependencyGraph(head);
    const where2 = /* @__PURE__ */ new Map();
    const failing = new Set(
      signals.filter((s) => s.level === "fail" && s.signal !== "unanswered").map((s) => `${s.name}@${s.version}`)
    );
    const withSignals = new Set(signals.map((s) => `${s.name}@${s.version}`));
    const ids = /* @__PURE__ */ new Map();
    for (const p of head.packages) {
      const key = `${p.name}@${p.version}`;
      if (!withSignals.has(key)) continue;
      const list2 = ids.get(key);
      if (list2) list2.push(p.id);
      else ids.set(key, [p.id]);
    }
    for (const target of plan.targets) {
      const key = `${target.name}@${target.version}`;
      if (!withSignals.has(key)) continue;
      const prov = graph.provenance(ids.get(key) ?? []);
      where2.set(key, {
        ...prov.via.length ? { via: prov.via } : {},
        ...prov.importer ? { importer: prov.importer } : {}
      });
      if (!failing.has(key)) continue;
      const dependent = prov.via.length >= 2 ? splitSpec(prov.via[prov.via.length - 2]) : void 0;
      pending.push({
        file,
        target,
        direct: prov.direct,
        dependers: prov.direct ? [] : graph.dependersOf(target.name),
        ...prov.importer ? { importer: prov.importer } : {},
        ...dependent ? { dependent } : {}
      });
    }
    out.set(file, { where: where2, drafts: [] });
  }
  if (!pending.length) return out;
  const unread = [
    ...new Set(pending.flatMap((p) => p.dependent && !view(p.dependent.name) ? [p.dependent.name] : []))
  ];
  const more = unread.length ? await request.client.lookup(unread, () => false) : void 0;
  const meta = (name) => {
    const answer = more?.answers.get(name);
    return answer?.kind === "found" ? answer.meta : view(name);
  };
  const manifests = /* @__PURE__ */ new Map();
  const manifestsOf = (file) => {
    let list2 = manifests.get(file);
    if (!list2) {
      const head = lockfiles.find((l) => l.path === file).head;
      list2 = request.head ? Promise.all([readManifests(request.head, file), readImporterManifests(request.head, head)]).then(([a, b]) => [
        ...a,
        ...b
      ]) : Promise.resolve([]);
      manifests.set(file, list2);
    }
    return list2;
  };
  for (const p of pending) {
    const answer = lookup.answers.get(p.target.name);
    if (answer?.kind !== "found") continue;
    const head = lockfiles.find((l) => l.path === p.file).head;
    const dir = path12.posix.dirname(p.file);
    const inRepo = (relative) => dir === "." ? relative : path12.posix.join(dir, relative);
    let source;
    if (p.direct) {
      const list2 = await manifestsOf(p.file);
      const declaring = list2.filter((m) => m.path === (p.importer ?? "package.json"));
      for (const m of declaring.length ? declaring : list2) {
        source = directSource(inRepo(m.path), m.text, p.target.name);
        if (source) break;
      }
    } else if (p.dependent) {
      source = overrideSource(
        head.format,
        inRepo("package.json"),
        p.target.name,
        { ...p.dependent, meta: meta(p.dependent.name) },
        p.dependers
      );
    }
    const draft = source && suggestFor(p.target, answer.meta, source, lookup.now, request.settings, view);
    if (draft) out.get(p.file).drafts.push(draft);
  }
  return out;
}
function verifyIntegrity(entries, view) {
  const integrity = [];
  const unconfirmed = /* @__PURE__ */ new Set();
  const verified = /* @__PURE__ */ new Set();
  for (const pkg of entries) {
    const key = `${pkg.name}@${pkg.version}`;
    const published = view(pkg.name)?.versions.get(pkg.version);
    const issue = published && integrityIssue(pkg, published);
    if (issue) integrity.push(issue);
    if (!published || issue) unconfirmed.add(key);
    else verified.add(key);
  }
  for (const key of unconfirmed) verified.delete(key);
  return { integrity, verified };
}
function youngNewPackage(target, lookup) {
  const answer = lookup.answers.get(target.name);
  if (!target.newToLockfile || !target.dependents?.length || answer?.kind !== "found") return false;
  const first2 = answer.meta.created ?? Math.min(...answer.meta.times.values());
  return lookup.now - first2 < YOUNG_MS;
}
function createSignalsRequest(options) {
  const config = options.config;
  const token = config?.tokenEnv ? options.env[config.tokenEnv] : void 0;
  return {
    client: new RegistryClient({
      url: options.registryUrl,
      ...token ? { token } : {},
      // The proxy variables of the entry point's environment apply to the registry too.
      retry: { proxyEnv: options.env, ...options.retry },
      ...options.cache && "dir" in options.cache ? { cache: new DiskCache(options.cache.dir) } : {}
    }),
    settings: {
      minReleaseAgeMs: explicitOrFile(options.minReleaseAgeMs, config?.minReleaseAgeMs, DEFAULT_MIN_RELEASE_AGE_MS),
      levels: { ...DEFAULT_LEVELS, ...config?.levels },
      ...options.verb ? { verb: options.verb } : {}
    },
    ...options.holds ? { holds: options.holds } : {},
    ...options.rerun ? { rerun: options.rerun } : {},
    ...options.head ? { head: options.head } : {},
    allow: config?.allow ?? [],
    ...options.cache && "refused" in options.cache ? { cacheNote: options.cache.refused } : {},
    ...options.override ? { override: options.override } : {}
  };
}
function overrideNote(override, signals) {
  if (!override?.beforePush || !signals.some((s) => s.signal === "release-age" && s.level === "fail")) return void 0;
  return `The label \`${override.label}\` was added before this pull request's latest push, so it does not lift the holds of this push: remove it and add it again to merge now.`;
}

// src/engine/suggestions.ts
var PER_ROUND = 5;
var MAX_IDS = 3;
async function screenSuggestions(drafts, sources, known) {
  const all = [...drafts].flatMap(
    ([file, list2]) => list2.map((draft) => ({ file, draft, next: 0, skipped: [] }))
  );
  const records = [...known];
  let failure;
  for (; ; ) {
    const round = all.filter((p) => p.chosen === void 0 && p.next < p.draft.candidates.length).map((p) => ({ p, versions: p.draft.candidates.slice(p.next, p.next + PER_ROUND) }));
    if (!round.length) break;
    const queries = distinctQueries2(
      round.flatMap(({ p, versions }) => versions.map((version) => ({ name: p.draft.name, version })))
    );
    failure = await ask(sources, queries, records);
    if (failure) break;
    const hits = matchPackages(queries, records);
    for (const { p, versions } of round) {
      for (const version of versions) {
        p.next++;
        const covered = hits.get(`${p.draft.name}@${version}`);
        if (!covered) {
          p.chosen = version;
          break;
        }
        p.skipped.push({ version, ids: covered.map((h) => h.id) });
      }
    }
  }
  const suggestions = /* @__PURE__ */ new Map();
  const messages = [];
  for (const p of all) {
    if (p.chosen !== void 0) {
      const list2 = suggestions.get(p.file) ?? [];
      list2.push(suggestionOf(p.draft, p.chosen));
      suggestions.set(p.file, list2);
    }
    const note = skippedNote(p, failure === void 0);
    if (note) messages.push(message("note", note, { file: p.file }));
  }
  const unsettled = all.filter((p) => p.chosen === void 0 && p.next < p.draft.candidates.length);
  if (failure && unsettled.length) {
    const held = unsettled.slice(0, 5).map((p) => plain(`${p.draft.name}@${p.draft.version}`, 120));
    const more = unsettled.length > 5 ? ` and ${unsettled.length - 5} more` : "";
    messages.push(
      message(
        "warning",
        `No version is suggested for ${held.join(", ")}${more}: advisory source ${failure.replace(/\.$/, "")}, so the versions that pass the registry rules could not be checked against the advisories.`
      )
    );
  }
  return { suggestions, messages };
}
async function ask(sources, queries, records) {
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        const found = await source.lookup(queries);
        const status = source.status();
        return status.ok ? { found } : { error: `${source.name} did not answer (${status.error ?? "no reason given"})` };
      } catch (error) {
        return { error: `${source.name} did not answer (${errorSentence(error).replace(/\.$/, "")})` };
      }
    })
  );
  for (const answer of answers) if (answer.found) records.push(...answer.found);
  return answers.find((a) => a.error)?.error;
}
function skippedNote(p, complete) {
  if (!p.skipped.length) return void 0;
  const held = plain(`${p.draft.name}@${p.draft.version}`, 120);
  const passed = p.skipped.slice(0, 5).map((s) => {
    const ids = s.ids.slice(0, MAX_IDS).map((id) => plain(id, 80));
    return `${plain(s.version, 64)} (${ids.join(", ")}${s.ids.length > MAX_IDS ? ", …" : ""})`;
  }).join(", ");
  const more = p.skipped.length > 5 ? ` and ${p.skipped.length - 5} more` : "";
  if (p.chosen !== void 0)
    return `The way out of ${held} suggests ${plain(p.chosen, 64)}, not a newer version that passes the registry rules: an advisory covers ${passed}${more}.`;
  if (!complete) return void 0;
  return `No version is suggested for ${held}: an advisory covers each of the ${p.skipped.length} newest versions of ${plain(p.draft.source.range, 100)} that pass the registry rules today, ${passed}${more}.`;
}

// src/engine/content.ts
var import_semver = __toESM(require_semver2(), 1);
import path14 from "node:path";

// src/content/fetch.ts
import { createHash as createHash2, randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, readFile as readFile3, rename as rename2, rm as rm2, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import path13 from "node:path";
var DEFAULT_MAX_TARBALL_BYTES = 64 * 1024 * 1024;
var Counters = class {
  requests = 0;
  cached = 0;
  bytes = 0;
  unpacked = 0;
  lastError;
  status() {
    return {
      name: "content",
      ok: this.lastError === void 0,
      requests: this.requests,
      ...this.cached ? { cached: this.cached } : {},
      bytes: this.bytes,
      unpackedBytes: this.unpacked,
      ...this.lastError ? { error: this.lastError } : {}
    };
  }
  fail(reason) {
    this.lastError ??= reason;
    return { ok: false, reason };
  }
  /** Downloaded (or read) bytes to files: the empty-body, integrity and unpack checks every source shares. */
  async read(body, request, limits) {
    this.bytes += body.length;
    if (body.length === 0) return this.fail("not read: the registry answered an empty body");
    if (request.integrity) {
      const check = verifyIntegrity2(body, request.integrity);
      if (check !== "ok") {
        return this.fail(
          check === "mismatch" ? "not read: the bytes served do not match the lockfile's integrity" : `not read: ${check}`
        );
      }
    }
    try {
      const unpacked = await unpackTarball(body, limits);
      this.unpacked += unpacked.unpackedBytes;
      return {
        ok: true,
        files: unpacked.files,
        bytes: body.length,
        unpackedBytes: unpacked.unpackedBytes,
        skipped: unpacked.skipped
      };
    } catch (error) {
      return this.fail(`not read: ${error instanceof UnpackError ? error.message : String(error)}`);
    }
  }
};
var DirectoryTarballs = class {
  constructor(dir, limits = DEFAULT_UNPACK_LIMITS) {
    this.dir = dir;
    this.limits = limits;
  }
  dir;
  limits;
  counters = new Counters();
  async getAll(requests) {
    return mapLimit(requests, 4, async (request) => {
      const bare = request.name.slice(request.name.lastIndexOf("/") + 1);
      const file = path13.join(this.dir, `${bare}-${request.version}.tgz`);
      this.counters.requests++;
      let body;
      try {
        body = await readFile3(file);
      } catch {
        return this.counters.fail(`not read: no ${path13.basename(file)} among the bundled tarballs`);
      }
      return this.counters.read(body, request, this.limits);
    });
  }
  status() {
    return this.counters.status();
  }
};
var TarballClient = class {
  registry;
  base;
  token;
  retry;
  concurrency;
  maxTarballBytes;
  limits;
  cache = /* @__PURE__ */ new Map();
  counters = new Counters();
  disk;
  constructor(options) {
    this.base = options.registryUrl.replace(/\/+$/, "");
    this.registry = new URL(`${this.base}/`);
    this.token = options.token || void 0;
    this.retry = options.retry ?? {};
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxTarballBytes = options.maxTarballBytes ?? DEFAULT_MAX_TARBALL_BYTES;
    this.limits = options.limits ?? DEFAULT_UNPACK_LIMITS;
    this.disk = options.cacheDir ? new DiskTarballs(options.cacheDir, this.maxTarballBytes) : void 0;
  }
  /** Every request's result, in order; each tarball at most once per client. */
  async getAll(requests) {
    const policy = withDeadline({ budgetMs: 3e5, ...this.retry });
    return mapLimit(requests, this.concurrency, (request) => {
      const key = request.integrity ?? request.url ?? `${request.name}@${request.version}`;
      let pending = this.cache.get(key);
      if (!pending) {
        pending = this.fetchOne(request, policy);
        this.cache.set(key, pending);
      }
      return pending;
    });
  }
  status() {
    return this.counters.status();
  }
  /** The URL lockgate downloads `name@version` from (see the header). */
  tarballUrl(request) {
    if (request.url) return request.url;
    if (request.tarball) {
      try {
        const url = new URL(request.tarball);
        if (url.host.toLowerCase() === this.registry.host.toLowerCase() && /^https?:$/.test(url.protocol))
          return url.href;
      } catch {
      }
    }
    const bare = request.name.startsWith("@") ? request.name.slice(request.name.indexOf("/") + 1) : request.name;
    const scoped = request.name.startsWith("@") ? `${encodeURIComponent(request.name.slice(0, request.name.indexOf("/")))}/${encodeURIComponent(bare)}` : encodeURIComponent(request.name);
    return `${this.base}/${scoped.replace("%40", "@")}/-/${encodeURIComponent(bare)}-${encodeURIComponent(request.version)}.tgz`;
  }
  async fetchOne(request, policy) {
    const kept = request.integrity && await this.disk?.get(request.integrity);
    if (kept) {
      this.counters.cached++;
      return this.counters.read(kept, request, this.limits);
    }
    const url = this.tarballUrl(request);
    const headers = { accept: "application/octet-stream, */*" };
    if (this.token && new URL(url).host.toLowerCase() === this.registry.host.toLowerCase()) {
      headers.authorization = `Bearer ${this.token}`;
    }
    this.counters.requests++;
    let body;
    try {
      body = (await requestBytes({ url, headers, maxBytes: this.maxTarballBytes }, policy)).body;
    } catch (error) {
      return this.counters.fail(
        error instanceof HttpRequestError && error.kind === "too-large" ? `not read: the tarball is over ${formatBytes2(this.maxTarballBytes)}` : `not read: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    const result = await this.counters.read(body, request, this.limits);
    if (result.ok && request.integrity) await this.disk?.put(request.integrity, body);
    return result;
  }
};
var DiskTarballs = class {
  constructor(dir, maxBytes = DEFAULT_MAX_TARBALL_BYTES) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }
  dir;
  maxBytes;
  fileOf(integrity) {
    return path13.join(this.dir, `${createHash2("sha256").update(integrity.trim()).digest("hex")}.tgz`);
  }
  async get(integrity) {
    try {
      const file = this.fileOf(integrity);
      if ((await stat4(file)).size > this.maxBytes) return void 0;
      const bytes = await readFile3(file);
      if (verifyIntegrity2(bytes, integrity) !== "ok") return void 0;
      await markUsed(file);
      return bytes;
    } catch {
      return void 0;
    }
  }
  async put(integrity, bytes) {
    const file = this.fileOf(integrity);
    const partial = `${file}.${process.pid}.${randomBytes2(4).toString("hex")}.partial`;
    try {
      await mkdir2(this.dir, { recursive: true });
      await writeFile2(partial, bytes);
      await rename2(partial, file);
    } catch {
      await rm2(partial, { force: true }).catch(() => {
      });
    }
  }
};
function verifyIntegrity2(bytes, integrity) {
  const rank2 = { sha512: 3, sha384: 2, sha256: 1, sha1: 0 };
  let best = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const m = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(token);
    if (m) {
      const algo = m[1];
      if (!best.length || rank2[algo] > rank2[best[0].algo]) best = [{ algo, digest: m[2] }];
      else if (rank2[algo] === rank2[best[0].algo]) best.push({ algo, digest: m[2] });
    } else if (/^[0-9a-f]{40}$/i.test(token) && !best.length) {
      best = [{ algo: "sha1", digest: Buffer.from(token, "hex").toString("base64") }];
    }
  }
  if (!best.length) return "the lockfile integrity names no known hash";
  const actual = createHash2(best[0].algo).update(bytes).digest("base64");
  return best.some((b) => b.digest === actual) ? "ok" : "mismatch";
}

// src/content/diff.ts
var LONG_LINE = 1e3;
var MIN_PIECE = 64;
var MAX_PIECE = 1e3;
var decoder2 = new TextDecoder("utf-8", { fatal: false });
var DOC_FILE = /(^|\/)(readme|changelog|changes|history|license|licence|notice|authors|contributing|security)(\.[\w-]+)?$|\.(md|markdown|txt|rst|d\.ts|d\.mts|d\.cts|map|html?|css|svg|png|jpe?g|gif|ico|woff2?|ttf|eot)$/i;
var BINARY_EXT = /\.(node|dll|exe|so|dylib|wasm)$|\.so\.\d/i;
function fileKind(path15, bytes) {
  if (path15 === "package.json") return "manifest";
  if (BINARY_EXT.test(path15) || isBinary(bytes)) return "binary";
  if (DOC_FILE.test(path15)) return "doc";
  return "code";
}
function isExecutableBinary(bytes) {
  const b = bytes;
  if (b.length < 4) return false;
  if (b[0] === 127 && b[1] === 69 && b[2] === 76 && b[3] === 70) return true;
  if (b[0] === 77 && b[1] === 90) return true;
  const magic = (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) >>> 0;
  return [4277009102, 4277009103, 3472551422, 3489328638, 3405691582].includes(magic);
}
function isBinary(bytes) {
  if (isExecutableBinary(bytes)) return true;
  const n = Math.min(bytes.length, 8192);
  for (let i2 = 0; i2 < n; i2++) if (bytes[i2] === 0) return true;
  return false;
}
function decodeText(bytes) {
  return decoder2.decode(bytes);
}
function forEachUnit(text, each, firstLine3 = 1) {
  let line = firstLine3 - 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (raw.length <= LONG_LINE) each(raw, line, 0);
    else cutLongLine(raw, (piece, index) => each(piece, line, index));
    if (end >= text.length) break;
    start = end + 1;
  }
}
function cutLongLine(raw, each) {
  let from = 0;
  let index = 0;
  const ends = /[;}]/g;
  for (let m = ends.exec(raw); m; m = ends.exec(raw)) {
    const at = m.index + 1;
    const size = at - from;
    if (size < MIN_PIECE) continue;
    const h = raw.charCodeAt(at - 2) * 31 + raw.charCodeAt(at - 3) * 7 + (raw.charCodeAt(at) || 0);
    if (h % 8 !== 0 && size < MAX_PIECE) continue;
    while (at - from > MAX_PIECE) {
      each(raw.slice(from, from + MAX_PIECE), index++);
      from += MAX_PIECE;
    }
    each(raw.slice(from, at), index++);
    from = at;
  }
  while (from < raw.length) {
    each(raw.slice(from, Math.min(raw.length, from + MAX_PIECE)), index++);
    from += MAX_PIECE;
  }
}
function chunksOf(text) {
  const out = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let line = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const len = end - start;
    const boundary = len > LONG_LINE || (len * 31 + text.charCodeAt(start) + 7 * text.charCodeAt(end - 1)) % 16 === 0;
    if (boundary || end >= text.length) {
      out.push({ text: text.slice(chunkStart, end), firstLine: chunkLine });
      chunkStart = end + 1;
      chunkLine = line + 1;
    }
    start = end + 1;
  }
  if (chunkStart < text.length) out.push({ text: text.slice(chunkStart), firstLine: chunkLine });
  return out;
}
function diffPackages(before, after) {
  const old = before ?? /* @__PURE__ */ new Map();
  const oldChunks = [];
  for (const [path15, bytes] of old) {
    if (sameFile(after.get(path15), bytes) || !isText2(fileKind(path15, bytes))) continue;
    oldChunks.push(...chunksOf(decodeText(bytes)));
  }
  const chunkCounts = /* @__PURE__ */ new Map();
  for (const c of oldChunks) chunkCounts.set(c.text, (chunkCounts.get(c.text) ?? 0) + 1);
  const pending = [];
  const files = [];
  for (const path15 of [...after.keys()].sort()) {
    const bytes = after.get(path15);
    const previous = old.get(path15);
    if (sameFile(previous, bytes)) continue;
    const kind = fileKind(path15, bytes);
    const file = { path: path15, status: previous ? "changed" : "added", kind, added: [] };
    files.push(file);
    if (!isText2(kind)) continue;
    for (const chunk of chunksOf(decodeText(bytes))) {
      const left = chunkCounts.get(chunk.text) ?? 0;
      if (left > 0) chunkCounts.set(chunk.text, left - 1);
      else pending.push({ file, chunk });
    }
  }
  const remaining = /* @__PURE__ */ new Map();
  for (const c of oldChunks) {
    const left = chunkCounts.get(c.text) ?? 0;
    if (left <= 0) continue;
    chunkCounts.set(c.text, left - 1);
    forEachUnit(c.text, (text) => {
      const key = text.trim();
      if (key) remaining.set(key, (remaining.get(key) ?? 0) + 1);
    });
  }
  for (const { file, chunk } of pending) {
    forEachUnit(
      chunk.text,
      (text, line, piece) => {
        const key = text.trim();
        if (!key) return;
        const left = remaining.get(key) ?? 0;
        if (left > 0) remaining.set(key, left - 1);
        else file.added.push({ line, seq: piece, text });
      },
      chunk.firstLine
    );
  }
  const removed = [...old.keys()].filter((p) => !after.has(p)).sort();
  return { files, removed };
}
function isText2(kind) {
  return kind === "code" || kind === "manifest";
}
function sameFile(a, b) {
  if (!a || a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}

// src/content/scan.ts
function findEndpoints(text) {
  const out = [];
  if (isComment(text)) return out;
  collectEndpoints(text, out, void 0);
  for (const decoded of decodedLiterals(text)) collectEndpoints(decoded.text, out, decoded.how, decoded.index);
  return out;
}
var URL_RE = /\b(?:https?|wss?|ftp):\/\/([^\s'"`<>()\\,;]+)/gi;
var HOST_FIELD_RE = /\b(?:host|hostname|domain|server)\s*[:=]\s*['"`]([a-z0-9-]+(?:\.[a-z0-9-]+)+)['"`]/gi;
var IP_RE = /(?<=['"`/@]|^)((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?=[:/'"`]|$)/g;
var EMAIL_RE = /[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}/gi;
var RECIPIENT_RE = /\b(?:to|cc|bcc|recipients?|send\w*)\b['"]?\s*[:=(]/i;
function collectEndpoints(text, out, hidden, base = 0) {
  for (const m of text.matchAll(URL_RE)) {
    const authority = (m[1] ?? "").split(/[/?#]/)[0];
    const host = authority.replace(/^[^@]*@/, "").replace(/:\d*$/, "").replace(/^\[|\]$/g, "").toLowerCase();
    const key = endpointKey(host);
    if (key)
      out.push({ kind: "url", value: m[0], key, index: base + (hidden ? 0 : m.index), ...hidden ? { hidden } : {} });
  }
  for (const m of text.matchAll(HOST_FIELD_RE)) {
    const key = endpointKey(m[1].toLowerCase());
    if (key)
      out.push({
        kind: "host",
        value: m[1],
        key,
        index: base + (hidden ? 0 : m.index),
        ...hidden ? { hidden } : {}
      });
  }
  for (const m of text.matchAll(IP_RE)) {
    const key = endpointKey(m[1]);
    if (key && !text.slice(Math.max(0, m.index - 12), m.index).includes("://")) {
      out.push({ kind: "ip", value: m[1], key, index: base + (hidden ? 0 : m.index), ...hidden ? { hidden } : {} });
    }
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/mailto:$/i.test(before) || !RECIPIENT_RE.test(before)) continue;
    const domain = m[0].slice(m[0].indexOf("@") + 1).toLowerCase();
    if (!endpointKey(domain)) continue;
    out.push({
      kind: "recipient",
      value: m[0],
      key: m[0].toLowerCase(),
      index: base + (hidden ? 0 : m.index),
      ...hidden ? { hidden } : {}
    });
  }
}
var PLACEHOLDER_HOST = /(^|\.)(localhost|example|test|invalid|local|internal)$|(^|\.)example\.(com|org|net)$|^(www\.)?w3\.org$|^json-schema\.org$|^purl\.org$|^xmlns\.com$|^ns\.adobe\.com$|^schemas\.(microsoft|xmlsoap|openxmlformats)\.(com|org)$|^schema\.org$/;
var TWO_LEVEL_SUFFIX = /^(co|com|net|org|gov|edu|ac|or|ne|go)$/;
function endpointKey(host) {
  if (!host || /[{}$%<>*]/.test(host)) return void 0;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const [a, b] = host.split(".").map(Number);
    if (a === 0 || a === 10 || a === 127 || a >= 224 || a === 169 && b === 254 || a === 192 && b === 168 || a === 172 && b >= 16 && b <= 31) {
      return void 0;
    }
    return host;
  }
  if (host.includes(":")) return void 0;
  const labels = host.replace(/\.$/, "").split(".");
  if (labels.length < 2 || !/^[a-z]{2,24}$/.test(labels[labels.length - 1])) return void 0;
  if (PLACEHOLDER_HOST.test(host)) return void 0;
  const n = labels.length >= 3 && labels[labels.length - 1].length === 2 && TWO_LEVEL_SUFFIX.test(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join(".");
}
function isComment(text) {
  return /^\s*(\/\/|\/\*|\*|#|<!--|@rem\b|rem\b)/i.test(text);
}
var BASE64_LITERAL_RE = /['"`]([A-Za-z0-9+/]{16,}={0,2})['"`]/g;
var ESCAPED_LITERAL_RE = /['"`]((?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){8,})['"`]/g;
function decodedLiterals(text) {
  const out = [];
  for (const m of text.matchAll(BASE64_LITERAL_RE)) {
    const raw = m[1];
    if (raw.length % 4 !== 0 || !/[0-9+/=]/.test(raw)) continue;
    const decoded = Buffer.from(raw, "base64").toString("latin1");
    if (/^[\x20-\x7e\t\r\n]+$/.test(decoded)) out.push({ text: decoded, how: "base64", index: m.index });
  }
  for (const m of text.matchAll(ESCAPED_LITERAL_RE)) {
    const decoded = m[1].replace(
      /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g,
      (_, x2, u) => String.fromCharCode(parseInt(x2 ?? u, 16))
    );
    out.push({ text: decoded, how: "escapes", index: m.index });
  }
  return out;
}
var CAPABILITY_RES = [
  [
    "process",
    /\brequire\(\s*['"](?:node:)?child_process['"]\s*\)|\bfrom\s*['"](?:node:)?child_process['"]|(?<![\w$.])(?:execSync|execFileSync|spawnSync|execFile|spawn|exec)\s*\(|\.(?:execSync|execFileSync|spawnSync)\s*\(|\b(?:rundll32|powershell(?:\.exe)?|cmd\.exe|regsvr32)\b|\/bin\/(?:ba|z)?sh\b|\bbash\s+-c\b/
  ],
  [
    "dynamic-code",
    /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|\bvm\.(?:runIn\w+|compileFunction)\s*\(|\bnew\s+vm\.Script\b|\brequire\(\s*['"](?:node:)?vm['"]\s*\)/
  ],
  [
    "socket",
    /\brequire\(\s*['"](?:node:)?(?:net|dgram|dns|tls)['"]\s*\)|\bfrom\s*['"](?:node:)?(?:net|dgram|dns|tls)['"]|\bnet\.(?:connect|createConnection|Socket)\b|\bdgram\.createSocket\b|\bdns\.(?:resolve\w*|lookup)\s*\(/
  ],
  [
    "http",
    /\brequire\(\s*['"](?:node:)?https?['"]\s*\)|\bfrom\s*['"](?:node:)?https?['"]|(?<![\w$.])fetch\s*\(|\bXMLHttpRequest\b|\bhttps?\.(?:get|request)\s*\(|\b(?:curl|wget)\s|\bInvoke-WebRequest\b|\bnew\s+WebSocket\s*\(/
  ]
];
function hitsOf(table, text) {
  if (isComment(text)) return [];
  const out = [];
  for (const [kind, re] of table) {
    const m = re.exec(text);
    if (m) out.push({ kind, index: m.index });
  }
  return out;
}
function findCapabilities(text) {
  return hitsOf(CAPABILITY_RES, text);
}
var SECRET_RES = [
  [
    "credential-file",
    /\.npmrc\b|['"`/\\]\.ssh\b|\bid_(?:rsa|ed25519|ecdsa)\b|\.aws[/\\]credentials|['"`/\\]\.aws['"`/\\]|\.git-credentials|\.docker[/\\]config\.json|\.kube[/\\]config|\.netrc\b/
  ],
  [
    "wallet",
    /\.config[/\\]solana|\bExodus[/\\]|wallet\.dat\b|[/\\]\.(?:bitcoin|ethereum|electrum)\b|Local Storage[/\\]leveldb|\bLogin Data\b|nkbihfbeogaeaoehlefnkodbefgpgknn/
  ],
  [
    "env-dump",
    /JSON\.stringify\(\s*process\.env\s*[,)]|Object\.(?:keys|entries|values|assign)\(\s*(?:\{\}\s*,\s*)?process\.env\s*\)|\.\.\.process\.env\b|\bin\s+process\.env\b/
  ],
  ["token-name", /\b(?:NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|_authToken)\b/]
];
function findSecrets(text) {
  return hitsOf(SECRET_RES, text);
}
var SENSITIVE_DATA_RE = /\b(?:private_?key|secret_?key|privkey|priv_key|seed(?:phrase)?|mnemonic|passphrase|password|passwd|credentials?|wallet|keypair|_authToken)\b|\bsecretKey\b|\bprivateKey\b/i;
function findSensitiveData(text) {
  if (isComment(text)) return -1;
  const m = SENSITIVE_DATA_RE.exec(text);
  return m ? m.index : -1;
}
var OBFUSCATOR_NAME_RE = /\b_0x[0-9a-f]{4,6}\b/g;
var ROTATION_RE = /\[['"]push['"]\]\(\s*_0x\w+\[['"]shift['"]\]\(\)\s*\)/;
var WHITESPACE_HIDE_RE = /\S[ \t]{150,}\S/;
var ESCAPE_RE = /\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}/g;
var STRING_LITERAL_RE = /(['"`])([^'"`\\\s]{200,})\1/g;
function findObfuscation(text) {
  const out = [];
  const names = text.match(OBFUSCATOR_NAME_RE);
  const rotation = ROTATION_RE.exec(text);
  if (rotation || names && names.length >= 8) {
    out.push({ kind: "obfuscator", index: rotation?.index ?? text.search(OBFUSCATOR_NAME_RE) });
  }
  const hidden = WHITESPACE_HIDE_RE.exec(text);
  if (hidden) out.push({ kind: "hidden-after-whitespace", index: hidden.index });
  const escapes = text.match(ESCAPE_RE);
  if (escapes && escapes.length >= 40 && escapes.length * 4 >= text.length * 0.4) {
    out.push({ kind: "dense-escapes", index: text.search(ESCAPE_RE) });
  }
  for (const m of text.matchAll(STRING_LITERAL_RE)) {
    if (!/^data:/.test(m[2]) && entropy(m[2]) >= 5.3) {
      out.push({ kind: "high-entropy", index: m.index });
      break;
    }
  }
  return out;
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function excerpt(text, index, max2 = 200) {
  const flat = text.replace(/\s+/g, " ");
  const trimmed = flat.trim();
  if (trimmed.length <= max2) return trimmed;
  const shift = text.length - text.trimStart().length;
  const at = Math.max(0, Math.min(index - shift, trimmed.length));
  const start = Math.max(0, Math.min(at - 60, trimmed.length - max2));
  return trimmed.slice(start, start + max2);
}

// src/content/rules.ts
var CONTENT_RULE_NAMES = CONTENT_SIGNAL_NAMES.filter(
  (n) => n !== "content-not-read" && n !== "content-not-compared"
);
var RULES2 = {
  "content-exfiltration": {
    name: "content-exfiltration",
    level: "fail",
    title: "New endpoint beside key, seed, credential, mail or environment data",
    help: "The new version adds a URL, host, IP address or hard-coded mail recipient that the old version never named, and the same added code handles private keys, seeds, passwords, credential files, process.env or the mail being sent. This is how @solana/web3.js 1.95.6, xrpl 4.2.1 and postmark-mcp 1.0.16 stole data. Read the evidence lines; if the endpoint is not the project's own, pin the previous version and rotate what it could read."
  },
  "content-obfuscation": {
    name: "content-obfuscation",
    level: "fail",
    title: "Obfuscated code added to a package that had none",
    help: "The new version adds javascript-obfuscator output (_0x names, a rotated string array), code pushed off-screen after a long run of whitespace, or an endpoint hidden in a base64 or escaped string, and the old version had nothing of the kind. Maintainers do not ship this by accident (chalk/debug, September 2025). Pin the previous version."
  },
  "content-exec-endpoint": {
    name: "content-exec-endpoint",
    level: "fail",
    title: "New process execution together with a new endpoint",
    help: "The new version starts processes (child_process, rundll32, a shell) for the first time and, in the same added code, names an endpoint the old version never named: the shape of a downloader or a remote shell."
  },
  "content-install-network": {
    name: "content-install-network",
    level: "fail",
    title: "Install-time code reaches the network or runs a new binary",
    help: "A new or changed preinstall/install/postinstall script, or the file it runs, downloads something, talks to a host, or starts a binary this version added. It runs on every developer machine and CI runner at install time, with their tokens (ua-parser-js 0.7.29, eslint-scope 3.7.2, eslint-config-prettier 8.10.1)."
  },
  "content-install-script": {
    name: "content-install-script",
    level: "warn",
    title: "New or changed install script",
    help: "The new version adds or changes a preinstall/install/postinstall script. Read what it runs (the evidence quotes it)."
  },
  "content-endpoint": {
    name: "content-endpoint",
    level: "warn",
    title: "New endpoint",
    help: "The new version's code names a URL, host or IP address whose domain occurs nowhere in the old version (documentation, comments and type declarations do not count). Usually a new API or mirror; check that it is the project's."
  },
  "content-capability": {
    name: "content-capability",
    level: "warn",
    title: "New capability",
    help: "The new version uses process execution, dynamic code (eval, new Function, vm), raw sockets or DNS, or HTTP, and the old version did not. Check that the feature explains it."
  },
  "content-secret-access": {
    name: "content-secret-access",
    level: "warn",
    title: "New access to secrets",
    help: "The new version reads credential files (~/.npmrc, ~/.ssh, ~/.aws), wallet or browser-profile paths, names CI token variables, or serialises process.env, and the old version did not."
  },
  "content-encoded": {
    name: "content-encoded",
    level: "warn",
    title: "New densely escaped or high-entropy code",
    help: "The new version adds long runs of \\x/\\u escapes or long high-entropy string literals, and the old version had none. Often an embedded asset; sometimes a packed payload."
  },
  "content-binary": {
    name: "content-binary",
    level: "warn",
    title: "New binary in a package that shipped none",
    help: "The new version adds an executable binary (ELF, PE, Mach-O, .node, .dll) and the old version shipped none. A platform binary that replaces an older one is not reported."
  }
};
var DEFAULT_CONTENT_SETTINGS = { levels: {}, allowedEndpoints: [] };
var NEAR = 40;
var MAX_EVIDENCE = 5;
var INSTALL_SCRIPTS2 = ["preinstall", "install", "postinstall"];
var Baseline = class {
  constructor(files) {
    this.files = files;
    let binaries = false;
    for (const [path15, bytes] of files) {
      if (fileKind(path15, bytes) === "binary")
        binaries ||= isExecutableBinary(bytes) || /\.(node|dll|exe|so|dylib)$/i.test(path15);
    }
    this.binaries = binaries;
  }
  files;
  lowered;
  code;
  memo = /* @__PURE__ */ new Map();
  binaries;
  /** The endpoint's key (or exact value) occurs anywhere in the old package, docs and comments included. */
  hasEndpoint(e) {
    return this.ask(`e:${e.key}`, () => {
      const needles = [e.key.toLowerCase(), e.value.toLowerCase()];
      if (this.texts().some((t) => needles.some((n) => t.includes(n)))) return true;
      return this.codeTexts().some((t) => decodedLiterals(t).some((d) => d.text.toLowerCase().includes(needles[0])));
    });
  }
  has(kind, find) {
    return this.ask(
      `k:${kind}`,
      () => this.codeTexts().some((t) => {
        let hit = false;
        forEachUnit(t, (unit) => {
          if (!hit && unit.trim() && find(unit).some((h) => h.kind === kind)) hit = true;
        });
        return hit;
      })
    );
  }
  ask(key, compute) {
    let v = this.memo.get(key);
    if (v === void 0) {
      v = compute();
      this.memo.set(key, v);
    }
    return v;
  }
  texts() {
    this.lowered ??= [...this.files].filter(([p, b]) => fileKind(p, b) !== "binary").map(([, b]) => decodeText(b).toLowerCase());
    return this.lowered;
  }
  codeTexts() {
    this.code ??= [...this.files].filter(([p, b]) => ["code", "manifest"].includes(fileKind(p, b)) && !p.endsWith(".map")).map(([, b]) => decodeText(b));
    return this.code;
  }
};
function evidence(f, index) {
  return { file: f.file, line: f.unit.line, excerpt: excerpt(f.unit.text, index) };
}
function manifestScripts(files) {
  const bytes = files?.get("package.json");
  if (!bytes) return {};
  try {
    const pkg = JSON.parse(decodeText(bytes));
    const out = {};
    for (const s of INSTALL_SCRIPTS2) {
      const v = pkg.scripts?.[s];
      if (typeof v === "string") out[s] = v;
    }
    return out;
  } catch {
    return {};
  }
}
function manifestLine(files, script) {
  const text = decodeText(files.get("package.json") ?? new Uint8Array());
  const lines = text.split("\n");
  const i2 = lines.findIndex((l) => l.includes(`"${script}"`));
  return i2 < 0 ? 1 : i2 + 1;
}
function namedFiles(text, files) {
  const out = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(
    /[\w./@-]+\.(?:c?js|mjs|sh|bat|cmd|ps1|py|dll|node|exe|so|dylib)\b|(?<=\s|^)\.\/[\w./-]+/g
  )) {
    const p = m[0].replace(/^\.\//, "");
    if (files.has(p)) out.add(p);
    else {
      const base = p.split("/").pop();
      for (const f of files.keys()) if (f === base || f.endsWith(`/${base}`)) out.add(f);
    }
  }
  return [...out];
}
function contentSignals(input, settings = DEFAULT_CONTENT_SETTINGS) {
  const { before, after } = input;
  const base = new Baseline(before ?? /* @__PURE__ */ new Map());
  const allowed = settings.allowedEndpoints.map((e) => e.toLowerCase());
  const isAllowed = (e) => allowed.some((a) => e.key === a || e.value.toLowerCase() === a || e.key.endsWith(`.${a}`) || hostOf(e).endsWith(a));
  const isNewEndpoint = (e) => !isAllowed(e) && !base.hasEndpoint(e);
  const diff = diffPackages(before, after);
  const results = [];
  const ctx = {
    fresh: before === void 0,
    before,
    after,
    base,
    diff,
    all: unitFacts(diff.files, isNewEndpoint),
    isAllowed,
    isNewEndpoint,
    used: /* @__PURE__ */ new Set(),
    add: (r) => {
      const setting = settings.levels[r.signal];
      if (setting === "off") return;
      results.push({ ...r, level: setting ?? r.level, evidence: dedupe(r.evidence).slice(0, MAX_EVIDENCE) });
    }
  };
  for (const { rule, needsPrevious } of CONTENT_RULES) if (!needsPrevious || !ctx.fresh) rule(ctx);
  const order = (r) => (r.level === "fail" ? 0 : 1) * 100 + CONTENT_RULE_NAMES.indexOf(r.signal);
  return results.sort((a, b) => order(a) - order(b));
}
function unitFacts(files, isNewEndpoint) {
  const out = [];
  for (const file of files) {
    if (file.kind !== "code") continue;
    for (const unit of file.added) {
      const f = {
        file: file.path,
        unit,
        endpoints: findEndpoints(unit.text).filter(isNewEndpoint),
        capabilities: findCapabilities(unit.text).map((h) => h.kind),
        secrets: findSecrets(unit.text).map((h) => h.kind),
        sensitive: findSensitiveData(unit.text),
        obfuscation: findObfuscation(unit.text)
      };
      if (f.endpoints.length || f.capabilities.length || f.secrets.length || f.sensitive >= 0 || f.obfuscation.length)
        out.push(f);
    }
  }
  return out;
}
function unitId(f) {
  return `${f.file}:${f.unit.line}:${f.unit.seq}`;
}
function near(a, b) {
  return a.file === b.file && (a.unit.line === b.unit.line ? Math.abs(a.unit.seq - b.unit.seq) : Math.abs(a.unit.line - b.unit.line)) <= NEAR;
}
function exfiltrationRule({ all, fresh, used, add }) {
  const ev = [];
  const hosts = /* @__PURE__ */ new Set();
  let recipientsOnly = true;
  for (const f of all) {
    for (const e of f.endpoints) {
      const partner = e.kind === "recipient" ? f : all.find((g) => near(f, g) && (g.sensitive >= 0 || g.secrets.length > 0));
      if (!partner) continue;
      if (fresh && e.kind !== "recipient" && partner.secrets.length === 0) continue;
      hosts.add(e.value.length > 80 ? e.key : e.value);
      if (e.kind !== "recipient") recipientsOnly = false;
      ev.push(evidence(f, e.index));
      used.add(unitId(f));
      if (partner !== f) {
        ev.push(evidence(partner, partner.sensitive >= 0 ? partner.sensitive : 0));
        used.add(unitId(partner));
      }
    }
  }
  if (!ev.length) return;
  add({
    signal: "content-exfiltration",
    level: "fail",
    detail: recipientsOnly ? `adds a hard-coded mail recipient, ${list(hosts)}, new to this package: the mail it sends is copied there` : `adds ${list(hosts)}, new to this package, in code that handles key, credential, mail or environment data`,
    evidence: ev
  });
}
function obfuscationRule({ all, base, used, add }) {
  const ev = [];
  const kinds2 = /* @__PURE__ */ new Set();
  for (const f of all) {
    for (const o of f.obfuscation) {
      if ((o.kind === "obfuscator" || o.kind === "hidden-after-whitespace") && !base.has(o.kind, findObfuscation)) {
        kinds2.add(
          o.kind === "obfuscator" ? "javascript-obfuscator output" : "code hidden after a long run of whitespace"
        );
        ev.push(evidence(f, o.index));
        used.add(unitId(f));
      }
    }
    for (const e of f.endpoints) {
      if (e.hidden) {
        kinds2.add(
          `an endpoint hidden in ${e.hidden === "base64" ? "base64" : "escaped strings"} (${e.value.slice(0, 80)})`
        );
        ev.push(evidence(f, e.index));
        used.add(unitId(f));
      }
    }
  }
  if (!ev.length) return;
  add({
    signal: "content-obfuscation",
    level: "fail",
    detail: `adds ${list(kinds2)}; the previous version had none`,
    evidence: ev
  });
}
function execEndpointRule({ all, fresh, base, used, add }) {
  if (fresh || !all.some((f) => f.capabilities.includes("process")) || base.has("process", findCapabilities)) return;
  const ev = [];
  for (const f of all) {
    if (!f.capabilities.includes("process")) continue;
    const g = all.find((x2) => near(f, x2) && x2.endpoints.length > 0);
    if (!g) continue;
    ev.push(evidence(f, 0), evidence(g, g.endpoints[0].index));
    used.add(unitId(f)).add(unitId(g));
  }
  if (ev.length)
    add({
      signal: "content-exec-endpoint",
      level: "fail",
      detail: "starts processes for the first time, next to a new endpoint",
      evidence: ev
    });
}
function newEndpointRule({ all, used, add }) {
  const endpoints = [];
  const hosts = /* @__PURE__ */ new Set();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const e of f.endpoints) {
      hosts.add(e.kind === "url" ? e.key : e.value);
      endpoints.push(evidence(f, e.index));
    }
  }
  if (endpoints.length)
    add({
      signal: "content-endpoint",
      level: "warn",
      detail: `names ${list(hosts)}, new to this package`,
      evidence: endpoints
    });
}
function firstUseRules({ all, base, used, add }) {
  const caps = /* @__PURE__ */ new Map();
  const secrets = /* @__PURE__ */ new Map();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const c of f.capabilities) if (!caps.has(c) && !base.has(c, findCapabilities)) caps.set(c, evidence(f, 0));
    for (const k of f.secrets) if (!secrets.has(k) && !base.has(k, findSecrets)) secrets.set(k, evidence(f, 0));
  }
  if (caps.size)
    add({
      signal: "content-capability",
      level: "warn",
      detail: `uses ${list(new Set([...caps.keys()].map(capabilityWords)))} for the first time`,
      evidence: [...caps.values()]
    });
  if (secrets.size)
    add({
      signal: "content-secret-access",
      level: "warn",
      detail: `reaches for ${list(new Set([...secrets.keys()].map(secretWords)))} for the first time`,
      evidence: [...secrets.values()]
    });
}
function encodedRule({ all, base, used, add }) {
  const encoded = /* @__PURE__ */ new Map();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const o of f.obfuscation)
      if ((o.kind === "dense-escapes" || o.kind === "high-entropy") && !encoded.has(o.kind) && !base.has(o.kind, findObfuscation))
        encoded.set(o.kind, evidence(f, o.index));
  }
  if (!encoded.size) return;
  const words = [...encoded.keys()].map(
    (k) => k === "dense-escapes" ? "densely escaped strings" : "long high-entropy strings"
  );
  add({
    signal: "content-encoded",
    level: "warn",
    detail: `adds ${words.join(" and ")}; the previous version had none`,
    evidence: [...encoded.values()]
  });
}
function binaryRule({ base, diff, after, add }) {
  if (base.binaries) return;
  const bins = diff.files.filter(
    (f) => f.kind === "binary" && f.status === "added" && (isExecutableBinary(after.get(f.path)) || /\.(node|dll|exe|so|dylib)$/i.test(f.path))
  );
  if (!bins.length) return;
  add({
    signal: "content-binary",
    level: "warn",
    detail: `adds ${bins.length === 1 ? "a binary" : `${bins.length} binaries`} (${bins.map((b) => b.path).slice(0, 3).join(", ")}); the previous version shipped none`,
    evidence: bins.slice(0, MAX_EVIDENCE).map((b) => ({
      file: b.path,
      line: 1,
      excerpt: `${describeBinary(after.get(b.path))}, ${after.get(b.path).length} bytes`
    }))
  });
}
var CONTENT_RULES = [
  { rule: exfiltrationRule },
  { rule: obfuscationRule },
  { rule: execEndpointRule },
  { rule: installRules },
  { rule: newEndpointRule, needsPrevious: true },
  { rule: firstUseRules, needsPrevious: true },
  { rule: encodedRule, needsPrevious: true },
  { rule: binaryRule, needsPrevious: true }
];
function hasNetworkCall(bytes) {
  return /\brequire\(\s*['"](?:node:)?https?['"]|\bfrom\s*['"](?:node:)?https?['"]|(?<![\w$.])fetch\s*\(|\bXMLHttpRequest\b/.test(
    decodeText(bytes)
  );
}
function hostOf(e) {
  if (e.kind === "recipient") return e.value.slice(e.value.indexOf("@") + 1).toLowerCase();
  if (e.kind !== "url") return e.value.toLowerCase();
  return (e.value.split("://")[1] ?? "").split(/[/?#:]/)[0].replace(/^[^@]*@/, "").toLowerCase();
}
function installRules({
  before,
  after,
  diff: { files },
  fresh,
  isAllowed,
  isNewEndpoint,
  add,
  used
}) {
  const oldScripts = manifestScripts(before);
  const newScripts = manifestScripts(after);
  const changedFiles = new Map(files.map((f) => [f.path, f]));
  const addedPaths = new Set(files.filter((f) => f.status === "added").map((f) => f.path));
  const addedBinaryNames = files.filter((f) => f.status === "added" && f.kind === "binary").map((f) => f.path.slice(f.path.lastIndexOf("/") + 1));
  const network = [];
  const scriptEvidence = [];
  const why = /* @__PURE__ */ new Set();
  for (const script of INSTALL_SCRIPTS2) {
    const command = newScripts[script];
    if (command === void 0) continue;
    const isNew = oldScripts[script] !== command;
    const commandEvidence = {
      file: "package.json",
      line: manifestLine(after, script),
      excerpt: excerpt(`"${script}": ${JSON.stringify(command)}`, 0)
    };
    if (isNew) scriptEvidence.push(commandEvidence);
    if (isNew && (findCapabilities(command).some((c) => c.kind === "http" || c.kind === "socket") || findEndpoints(command).length)) {
      network.push(commandEvidence);
      why.add("downloads in the install command");
    }
    const first2 = namedFiles(command, after);
    const reach = new Set(first2);
    for (const p of first2) {
      const bytes = after.get(p);
      if (bytes && fileKind(p, bytes) !== "binary") for (const q of namedFiles(decodeText(bytes), after)) reach.add(q);
    }
    for (const path15 of reach) {
      const bytes = after.get(path15);
      if (fileKind(path15, bytes) === "binary") {
        if (addedPaths.has(path15) && (isNew || addedPaths.has(first2[0] ?? ""))) {
          network.push({
            file: path15,
            line: 1,
            excerpt: `${describeBinary(bytes)} added in this version, run at install time`
          });
          why.add(`runs ${path15}, a binary added in this version`);
        }
        continue;
      }
      const whole = isNew || addedPaths.has(path15);
      const units = [];
      if (whole)
        forEachUnit(decodeText(bytes), (text, line, seq) => void (text.trim() && units.push({ text, line, seq })));
      else units.push(...changedFiles.get(path15)?.added ?? []);
      const shell = /\.(sh|bat|cmd|ps1)$/i.test(path15);
      for (const unit of units) {
        const caps = findCapabilities(unit.text).filter((c) => c.kind === "http" || c.kind === "socket");
        const endpoints = findEndpoints(unit.text).filter((e) => whole ? !isAllowed(e) : isNewEndpoint(e));
        const reaches = whole ? caps.length > 0 || endpoints.length > 0 && (shell || hasNetworkCall(bytes)) : endpoints.length > 0 && (shell || hasNetworkCall(bytes));
        const binary = addedBinaryNames.find((b) => unit.text.includes(b));
        if (binary && (whole || isNew)) {
          network.push({ file: path15, line: unit.line, excerpt: excerpt(unit.text, unit.text.indexOf(binary)) });
          used.add(`${path15}:${unit.line}:${unit.seq}`);
        }
        if (reaches) {
          network.push({ file: path15, line: unit.line, excerpt: excerpt(unit.text, endpoints[0]?.index ?? 0) });
          used.add(`${path15}:${unit.line}:${unit.seq}`);
          why.add(`${path15} reaches the network`);
        }
      }
    }
  }
  if (network.length) {
    add({
      signal: "content-install-network",
      // A package new to the lockfile has no old version to compare with, and many
      // legitimate ones download at install (esbuild's fallback, prebuilt binaries):
      // the registry signals hold new packages; here it is a warning.
      level: fresh ? "warn" : "fail",
      detail: `install-time code: ${list(why)}`,
      evidence: [...scriptEvidence.slice(0, 1), ...network]
    });
  } else if (scriptEvidence.length) {
    add({
      signal: "content-install-script",
      level: "warn",
      detail: `adds or changes ${scriptEvidence.length === 1 ? "an install script" : "install scripts"}`,
      evidence: scriptEvidence
    });
  }
}
function describeBinary(bytes) {
  if (bytes[0] === 127 && bytes[1] === 69) return "ELF executable";
  if (bytes[0] === 77 && bytes[1] === 90) return "PE (Windows) executable";
  if (isExecutableBinary(bytes)) return "Mach-O executable";
  return "binary file";
}
function capabilityWords(c) {
  return {
    process: "process execution",
    "dynamic-code": "dynamic code (eval/Function/vm)",
    socket: "raw sockets or DNS",
    http: "HTTP"
  }[c];
}
function secretWords(s) {
  return {
    "credential-file": "credential files",
    wallet: "wallet or browser-profile data",
    "env-dump": "the whole environment",
    "token-name": "CI token variables"
  }[s];
}
function list(items) {
  const a = [...items];
  const shown = a.slice(0, 3).join(", ");
  return a.length > 3 ? `${shown} and ${a.length - 3} more` : shown;
}
function dedupe(evidence2) {
  const seen = /* @__PURE__ */ new Set();
  return evidence2.filter((e) => {
    const k = `${e.file}:${e.line}:${e.excerpt}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/engine/content.ts
function archiveAt(base) {
  const root = base.replace(/\/+$/, "");
  return (owner, repo, commit) => `${root}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tar.gz/${commit}`;
}
var CODELOAD = (owner, repo, commit) => `https://codeload.github.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tar.gz/${commit}`;
function createContentRequest(options, config, signals) {
  const limits = {
    ...DEFAULT_UNPACK_LIMITS,
    ...config?.maxUnpackedBytes ? { maxUnpackedBytes: config.maxUnpackedBytes } : {}
  };
  const settings = {
    levels: config?.levels ?? DEFAULT_CONTENT_SETTINGS.levels,
    allowedEndpoints: config?.allowedEndpoints ?? []
  };
  if ("directory" in options) {
    return { source: new DirectoryTarballs(options.directory, limits), settings, allow: signals.allow };
  }
  const token = signals.tokenEnv ? options.env[signals.tokenEnv] : void 0;
  return {
    source: new TarballClient({
      registryUrl: options.registryUrl,
      ...token ? { token } : {},
      // The proxy variables of the entry point's environment apply here as to the registry signals.
      retry: { proxyEnv: options.env, ...options.retry },
      limits,
      ...options.cacheDir ? { cacheDir: path14.join(options.cacheDir, "tarballs") } : {}
    }),
    settings,
    ...hostOf2(options.registryUrl) ? { registryHost: hostOf2(options.registryUrl) } : {},
    allow: signals.allow,
    ...options.env.LOCKGATE_GIT_ARCHIVE_URL ? { gitArchive: archiveAt(options.env.LOCKGATE_GIT_ARCHIVE_URL) } : {}
  };
}
async function packageContent(lockfiles, request) {
  const jobs = [];
  const notRead = /* @__PURE__ */ new Map();
  for (const compared of lockfiles) {
    const direct = directJobs(compared, request);
    jobs.push(...direct.jobs);
    if (direct.notRead.length) notRead.set(compared.path, direct.notRead);
    const plan = signalTargets(compared, request.registryHost, request.allow);
    for (const t of plan.targets) {
      const after = entryOf(compared.head, t.name, t.version);
      const previous = t.newToLockfile ? void 0 : replaced(t.replaces, t.version);
      const before = previous ? entryOf(compared.base, t.name, previous) : void 0;
      jobs.push({
        path: compared.path,
        name: t.name,
        version: t.version,
        line: t.line,
        after: tarballRequest(t.name, t.version, after),
        ...previous ? { before: { ...tarballRequest(t.name, previous, before), version: previous } } : {}
      });
    }
  }
  const requests = jobs.flatMap((j) => j.before ? [j.after, j.before] : [j.after]);
  const results = requests.length ? await request.source.getAll(requests) : [];
  const byRequest = new Map(requests.map((r, i2) => [r, results[i2]]));
  const judged = /* @__PURE__ */ new Map();
  const out = new Map(lockfiles.map((l) => [l.path, []]));
  let unread = 0;
  let firstReason;
  for (const job of jobs) {
    const signals = out.get(job.path);
    const at = { name: job.name, version: job.version, line: job.line };
    const after = byRequest.get(job.after);
    if (!after.ok) {
      unread++;
      firstReason ??= after.reason;
      signals.push({ ...at, signal: "content-not-read", level: "warn", detail: `content ${after.reason}` });
      continue;
    }
    const before = job.before ? byRequest.get(job.before) : void 0;
    if (before && !before.ok) {
      signals.push({
        ...at,
        signal: "content-not-compared",
        level: "warn",
        detail: `the replaced version ${job.before.version} was ${before.reason}; only the rules that need no comparison ran`
      });
    }
    const key = `${job.before?.integrity ?? job.before?.url ?? job.before?.version ?? ""}\0${job.after.integrity ?? job.after.url ?? `${job.name}@${job.version}`}`;
    let results2 = judged.get(key);
    if (!results2) {
      results2 = contentSignals(
        { ...before?.ok ? { before: before.files } : {}, after: after.files },
        request.settings
      );
      judged.set(key, results2);
    }
    for (const r of results2) {
      signals.push({ ...at, signal: r.signal, level: r.level, detail: r.detail, evidence: r.evidence });
    }
  }
  return {
    lockfiles: out,
    status: request.source.status(),
    unread: { count: unread, ...firstReason ? { reason: firstReason } : {} },
    notRead
  };
}
function directJobs(compared, request) {
  const out = { jobs: [], notRead: [] };
  const head = compared.head;
  if (!head || !request.sourcePolicy) return out;
  const context = sourceContextOf(
    { head, base: compared.base, changes: compared.changes, requested: compared.requested },
    false,
    request.sourcePolicy
  );
  const archive = request.gitArchive ?? CODELOAD;
  for (const change of compared.changes) {
    if (change.kind === "removed") continue;
    for (const version of change.to) {
      const pkg = head.packages.find(
        (p) => p.name === change.name && p.version === version && !isOwnCode(p) && p.source !== "registry"
      );
      if (!pkg || pkg.source === "patch" || allowedBy(pkg.name, request.allow)) continue;
      const verdict = judgeSource(pkg, context);
      const after = verdict?.level === "fail" ? { reason: `its source ${verdict.from} is not one the source policy allows` } : directRequest(pkg, archive);
      if ("reason" in after) {
        out.notRead.push({ name: pkg.name, version, reason: `package content not read: ${after.reason}` });
        continue;
      }
      const previous = change.kind === "changed" ? version : replaced(change.from, version);
      const old = previous === void 0 ? void 0 : compared.base?.packages.find((p) => p.name === pkg.name && p.version === previous && !isOwnCode(p));
      const before = !old ? void 0 : old.source === "registry" ? tarballRequest(old.name, old.version, old) : directRequest(old, archive);
      out.jobs.push({
        path: compared.path,
        name: pkg.name,
        version,
        line: pkg.line,
        after,
        ...before && !("reason" in before) ? { before: { ...before, version: previous } } : {}
      });
    }
  }
  return out;
}
function directRequest(pkg, archive) {
  if (pkg.git) {
    const repo = /^github\.com\/([^/]+)\/([^/]+)$/.exec(pkg.git.repository);
    if (!pkg.git.commit)
      return { reason: `a git dependency from ${pkg.git.repository} whose reference pins no commit` };
    if (!repo)
      return { reason: `a git dependency from ${pkg.git.repository}: only GitHub's archives of a commit are read` };
    return { name: pkg.name, version: pkg.version, url: archive(repo[1], repo[2], pkg.git.commit) };
  }
  const integrity = pkg.integrity?.trim();
  if (pkg.url && isHttpUrl(pkg.url) && integrity && TARBALL_HASH.test(integrity))
    return { name: pkg.name, version: pkg.version, url: pkg.url, integrity };
  return {
    reason: pkg.url ? `a tarball from ${pkg.host ?? "its host"} without an integrity to verify it by` : `a ${pkg.source} dependency`
  };
}
function contentMessages(outcome, requireLive) {
  const { count, reason } = outcome.unread;
  if (!count) return [];
  const what = `${count} new version${count === 1 ? "" : "s"} (${plain(reason ?? "no reason given", 200).replace(/\.$/, "")})`;
  return [
    requireLive ? message("error", `Package content was not read for ${what}.`) : message(
      "warning",
      `Package content was not read for ${what}; the advisory check and registry signals are complete.`
    )
  ];
}
function replaced(from, version) {
  const valid = from.filter((v) => import_semver.default.valid(v));
  const below = valid.filter((v) => import_semver.default.lt(v, version));
  const pick = (list2) => [...list2].sort(import_semver.default.rcompare)[0];
  return pick(below) ?? pick(valid) ?? from[0];
}
function entryOf(lockfile, name, version) {
  return lockfile?.packages.find((p) => p.name === name && p.version === version && p.source === "registry");
}
var TARBALL_HASH = /^(?:(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]+\s*)+$|^[0-9a-f]{40}$/i;
function tarballRequest(name, version, entry) {
  const integrity = entry?.integrity?.trim();
  return { name, version, ...integrity && TARBALL_HASH.test(integrity) ? { integrity } : {} };
}
function hostOf2(url) {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return void 0;
  }
}

// src/engine/lookup.ts
var DEFAULT_SOURCE_POLICY = hostsPolicy(DEFAULT_ALLOWED_HOSTS);
var STALE_SNAPSHOT_DAYS = 7;
var LIVE_LABELS = { osv: "OSV", github: "GitHub" };
async function checkComparison(comparison, sources, options) {
  const messages = [...comparison.messages];
  const checked = comparison.lockfiles.filter((l) => l.head !== void 0);
  const policy = options.sourcePolicy ? { policy: options.sourcePolicy } : {};
  const inputs = new Map(
    checked.map((l) => [
      l.path,
      withOriginIssues(
        {
          head: l.head,
          base: l.base,
          changes: l.changes,
          requested: l.requested,
          localTarballs: l.localTarballs,
          ...policy
        },
        options.all
      )
    ])
  );
  const pins = options.pins ?? [];
  const lockedQueries = distinctQueries2([...inputs.values()].flatMap((l) => versionsToCheck(l, options.all)));
  const queries = distinctQueries2([...lockedQueries, ...pins.map((p) => ({ name: p.name, version: p.version }))]);
  const explained = /* @__PURE__ */ new Set();
  for (const lockfile of checked) messages.push(...sourceMessages(lockfile, options, explained));
  const { signalsPending, contentPending } = startBesideLookups(comparison, options);
  const advisories = await askAdvisorySources(sources, queries, options);
  const statuses = advisories.statuses;
  messages.push(...advisories.messages);
  const signals = await signalsPending;
  if (signals) {
    statuses.push(registryStatus(signals.status));
    messages.push(...signalsMessages(signals, options.requireLive));
  }
  const screened = signals ? await screenSuggestions(
    new Map([...signals.lockfiles].map(([file, l]) => [file, l.drafts])),
    sources.filter((source) => !advisories.failed.has(source)),
    [...advisories.sourceOf.keys()]
  ) : void 0;
  if (screened) messages.push(...screened.messages);
  const content = await contentPending;
  if (content) {
    statuses.push(contentStatus(content.status));
    messages.push(...contentMessages(content, options.requireLive));
  }
  const recorded = new Map(
    options.all ? [] : comparison.lockfiles.map((l) => [
      l.path,
      recordedInstallScripts(l, options.installScriptLevel ?? "fail", !options.signals)
    ])
  );
  for (const [file, scripts] of recorded) messages.push(...installScriptNotes(file, scripts.arriving));
  const { sourceOf } = advisories;
  const hits = matchPackages(queries, [...sourceOf.keys()], (record) => sourceOf.get(record) ?? "unknown");
  const workflows = hits.size ? await options.workflows() : [];
  const lockfiles = comparison.lockfiles.map((compared) => {
    const path15 = compared.path;
    const registry = signals?.lockfiles.get(path15);
    return {
      ...lockfileHeader(compared),
      findings: inputs.has(path15) ? findingsFor({ ...inputs.get(path15), integrity: registry?.integrity }, hits, options.all, workflows) : [],
      signals: [
        ...registry?.signals ?? [],
        ...recorded.get(path15)?.signals ?? [],
        ...content?.lockfiles.get(path15) ?? []
      ],
      ...notCheckedOf(registry?.notChecked, content?.notRead.get(path15)),
      ...screened?.suggestions.get(path15)?.length ? { suggestions: screened.suggestions.get(path15) } : {},
      ...tarballsNotRead(compared)
    };
  });
  messages.push(...originWarnings(comparison.lockfiles, alreadyReported(lockfiles, signals, explained)));
  if (options.offline) statuses.push(...offlineStatuses(options.all ? void 0 : lockedQueries.length));
  const locked = new Set(lockfiles.flatMap((l) => l.findings.map((f) => `${f.name}@${f.version}`)));
  const manifestFindings = pinFindings(
    pins.filter((p) => !locked.has(`${p.name}@${p.version}`)),
    hits
  );
  return {
    version: 2,
    mode: options.all ? "all" : "diff",
    lockfiles,
    sources: statuses,
    messages,
    ...manifestFindings.length ? { manifestFindings } : {},
    ...signals ? { holds: signals.holds } : {}
  };
}
function startBesideLookups(comparison, options) {
  const diff = !options.all;
  return {
    signalsPending: options.signals && diff ? registrySignals(comparison.lockfiles, options.signals) : Promise.resolve(void 0),
    contentPending: options.content && diff ? packageContent(comparison.lockfiles, {
      ...options.content,
      sourcePolicy: options.sourcePolicy ?? DEFAULT_SOURCE_POLICY
    }) : Promise.resolve(void 0)
  };
}
async function askAdvisorySources(sources, queries, options) {
  const out = { sourceOf: /* @__PURE__ */ new Map(), statuses: [], messages: [], failed: /* @__PURE__ */ new Set() };
  const live = sources.filter((source) => options.liveSources.has(source.name));
  const progress = options.progress && queries.length && live.length ? setTimeout(() => {
    const names = live.map((source) => LIVE_LABELS[source.name] ?? source.name).join(" and ");
    options.progress?.(
      `asking ${names} about ${thousands(queries.length)} version${queries.length === 1 ? "" : "s"}…`
    );
  }, options.progressAfterMs ?? 2e3) : void 0;
  progress?.unref();
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        return { source, records: queries.length ? await source.lookup(queries) : [] };
      } catch (error) {
        return { source, records: [], error: errorSentence(error) };
      }
    })
  ).finally(() => clearTimeout(progress));
  for (const { source, records, error } of answers) {
    for (const record of records) out.sourceOf.set(record, source.name);
    const isLive = options.liveSources.has(source.name);
    if (isLive && !queries.length) {
      out.statuses.push(advisoryStatus({ name: source.name }, true, "not-asked"));
      continue;
    }
    const status = source.status();
    if (error || !status.ok) out.failed.add(source);
    if (!error) {
      out.statuses.push(advisoryStatus(status, isLive, status.ok ? "answered" : "failed"));
      if (status.warning) out.messages.push(message("warning", `Advisory source ${source.name}: ${status.warning}`));
      if (status.note) out.messages.push(message("note", `Advisory source ${source.name}: ${status.note}`));
      continue;
    }
    const failed = advisoryStatus({ ...status, error: status.error ?? error }, isLive, "failed");
    out.statuses.push(failed);
    out.messages.push(
      isLive && !options.requireLive ? message(
        "warning",
        `Advisory source ${source.name} did not answer (${failed.error?.replace(/\.$/, "")}); the other sources were used.${staleSnapshot(out.statuses, options.now ?? Date.now())}`
      ) : message(
        "error",
        isLive ? `Required advisory source ${source.name} did not answer: ${failed.error}` : `Advisory source ${source.name} failed: ${failed.error}`
      )
    );
  }
  return out;
}
function signalsMessages(signals, requireLive) {
  const out = [];
  const { count, reason } = signals.unanswered;
  if (count) {
    const what = `the registry did not answer for ${count} package${count === 1 ? "" : "s"} (${reason?.replace(/\.$/, "") ?? "no reason given"})`;
    out.push(
      requireLive ? message("error", `Required source registry did not answer: ${what}.`) : message("warning", `Registry signals are incomplete: ${what}; the advisory check is complete.`)
    );
  }
  for (const note of signals.notes) out.push(message("note", note));
  if (signals.clock === "local")
    out.push(
      message(
        "note",
        "The registry's answers carried no Date header, so ages were measured with this machine's clock."
      )
    );
  return out;
}
function installScriptNotes(file, arriving) {
  if (!arriving.length) return [];
  const names = arriving.slice(0, 10).map((a) => plain(`${a.name}@${a.version}`, 120));
  const more = arriving.length > 10 ? ` and ${arriving.length - 10} more` : "";
  const line = arriving[0].line;
  return [
    message("note", `New packages that run an install script, as ${plain(file)} records: ${names.join(", ")}${more}.`, {
      file,
      ...line ? { line } : {}
    })
  ];
}
function lockfileHeader(compared) {
  const shown = compared.head ?? compared.base;
  const { base, head } = compared;
  const moved = base && head && (base.path !== head.path || base.format !== head.format || base.formatVersion !== head.formatVersion);
  return {
    path: compared.path,
    format: shown.format,
    formatVersion: shown.formatVersion,
    ...moved ? { base: { path: base.path, format: base.format, formatVersion: base.formatVersion } } : {},
    ...head ? {} : { deleted: true },
    changes: compared.changes
  };
}
function offlineStatuses(newVersions) {
  const out = ["osv", "github"].map(
    (name) => advisoryStatus({ name, error: "offline" }, true, "not-asked")
  );
  if (newVersions !== void 0)
    out.push({
      type: "registry",
      name: "registry",
      state: "not-asked",
      ok: false,
      error: `offline; ${newVersions} new version${newVersions === 1 ? "" : "s"}`
    });
  return out;
}
function alreadyReported(lockfiles, signals, explained) {
  const found = /* @__PURE__ */ new Set([
    ...explained,
    ...lockfiles.flatMap((l) => l.findings.filter((f) => f.kind).map((f) => `${l.path}\0${f.name}@${f.version}`))
  ]);
  for (const [path15, outcome] of signals?.lockfiles ?? [])
    for (const key of outcome.verified) found.add(`${path15}\0${key}`);
  return found;
}
function pinFindings(pins, hits) {
  return pins.flatMap((pin) => {
    const matched = hits.get(`${pin.name}@${pin.version}`);
    if (!matched?.length) return [];
    return [
      {
        file: pin.file,
        ...pin.line ? { line: pin.line } : {},
        field: pin.field,
        key: plain(pin.key, 300),
        name: plain(pin.name, 214),
        version: plain(pin.version, 64),
        advisories: matched.map(toRef)
      }
    ];
  });
}
function originWarnings(lockfiles, found) {
  const out = [];
  for (const lockfile of lockfiles) {
    if (!lockfile.head) continue;
    for (const change of lockfile.changes) {
      if (change.kind !== "changed") continue;
      const version = change.to[0] ?? "";
      if (found.has(`${lockfile.path}\0${change.name}@${version}`)) continue;
      const entries = lockfile.head.packages.filter((p) => p.name === change.name && p.version === version);
      const line = entries.length ? Math.min(...entries.map((p) => p.line)) : void 0;
      const resolved = entries.find((p) => p.resolved)?.resolved;
      out.push(
        message(
          "warning",
          `${plain(change.name)}@${plain(version, 64)} is in both base and head, but its ${change.reason ?? "origin changed"}${resolved ? ` (now ${plain(resolved, 300)})` : ""}. A registry never changes a published version: check where this copy comes from before merging.`,
          { file: lockfile.path, ...line ? { line } : {} }
        )
      );
    }
  }
  return out;
}
function advisoryStatus(status, live, state) {
  return { type: "advisory", ...status, state, ok: state === "answered", ...live ? { live: true } : {} };
}
function notCheckedOf(signals, content) {
  const out = (signals ?? []).map((n) => ({ ...n }));
  for (const unread of content ?? []) {
    const same = out.find((n) => n.name === unread.name && n.version === unread.version);
    if (same) same.reason = `${same.reason}; ${unread.reason}`;
    else out.push(unread);
  }
  return out.length ? { notChecked: out } : {};
}
function contentStatus(status) {
  const state = status.requests + (status.cached ?? 0) === 0 ? "not-asked" : status.ok ? "answered" : "failed";
  return { type: "content", ...status, state };
}
function registryStatus(status) {
  const asked = status.requests > 0;
  const state = !asked ? "not-asked" : status.error === void 0 ? "answered" : "failed";
  return { type: "registry", ...status, state };
}
function sourceMessages(lockfile, options, explained) {
  const notes = sourceNotes(lockfile, options.all, options.sourcePolicy ?? DEFAULT_SOURCE_POLICY);
  for (const note of notes) for (const p of note.pkgs) explained.add(`${lockfile.head.path}\0${p.name}@${p.version}`);
  return notes.map((note) => {
    const first2 = note.pkgs.reduce((a, b) => b.line < a.line ? b : a);
    const names = note.pkgs.slice(0, 5).map((p) => plain(entryLabel(p), 300));
    const more = note.pkgs.length > 5 ? ` and ${note.pkgs.length - 5} more` : "";
    return message(note.level, `${names.join(", ")}${more}: ${plain(note.reason, 400)}.`, {
      file: lockfile.head.path,
      ...first2.line ? { line: first2.line } : {}
    });
  });
}
function staleSnapshot(statuses, now) {
  const snapshot = statuses.find((s) => s.type === "advisory" && s.name === "snapshot" && s.ok);
  const asOf = snapshot?.type === "advisory" ? snapshot.asOf : void 0;
  const days = asOf ? daysOld(asOf, now) : void 0;
  if (days === void 0 || days <= STALE_SNAPSHOT_DAYS) return "";
  return ` The bundled snapshot they fell back on is as of ${asOf.slice(0, 10)} (${days} days old): versions flagged since then are not caught. Set require-live-sources (--require-live) to fail instead.`;
}
function tarballsNotRead(compared) {
  const out = [];
  for (const pkg of compared.head?.packages ?? []) {
    const tarball = compared.localTarballs?.get(pkg.id);
    if (tarball && "notRead" in tarball)
      out.push({
        name: plain(pkg.name, 214),
        version: plain(pkg.version, 100),
        file: plain(tarball.path, 200),
        reason: tarball.notRead
      });
  }
  return out.length ? { tarballsNotRead: out } : {};
}

// src/findings/guidance/plan.ts
var MAX_INDICATORS2 = 100;
function incidentPlan(findings) {
  const empty = {
    taken: [],
    steps: [],
    rotate: { machines: [], ci: [], ciNote: "" },
    indicators: { domains: [], ips: [], urls: [] },
    exposure: "runtime"
  };
  const first2 = findings[0];
  if (!first2) return empty;
  const taken = takenItems(findings);
  const steps = taken.map((t) => t.step);
  steps.push(contextStep2(findings));
  steps.push(
    findings.length === 1 ? first2.guidance.fix : `Fix each flagged version as its own section below says (pin it to a clean release, or remove it and what pulls it in), then regenerate each lockfile without running install scripts.`
  );
  const formats = [...new Set(findings.map((f) => f.format))];
  steps.push(NODE_MODULES_STEP, purgeStep(formats), CI_CACHE_STEP, ROTATE_STEP);
  const indicators = unionIndicators(findings.map((f) => f.guidance.indicators));
  const count = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (count > 0) steps.push(indicatorStep(count));
  return {
    taken,
    steps,
    rotate: { machines: first2.guidance.rotate.machines, ci: unionCi(findings), ciNote: first2.guidance.rotate.ciNote },
    indicators,
    exposure: earliestExposure(findings.map((f) => f.guidance.exposure.when))
  };
}
function contextStep2(findings) {
  const lockfiles = [...new Set(findings.map((f) => clean(f.lockfile, 200)))];
  const where2 = lockfiles.length <= 5 ? lockfiles.join(", ") : `${lockfiles.length} lockfiles`;
  const present = findings.filter((f) => f.change === "present").length;
  if (present === findings.length) {
    return `The flagged version${findings.length === 1 ? " is" : "s are"} already on this branch (${where2}): every machine and CI job that installed this branch has ${findings.length === 1 ? "it" : "them"}.`;
  }
  const what = findings.length === 1 ? `${codeName(versionOf(findings[0]))} into ${where2}` : `${findings.length} flagged versions into ${where2}`;
  return `Do not merge this change and do not install this branch: it brings ${what}.`;
}
function takenItems(findings) {
  const byKind = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const t of f.guidance.taken) {
      const item = byKind.get(t.kind) ?? { by: [], evidence: t.evidence };
      const label = versionOf(f);
      if (!item.by.includes(label)) item.by.push(label);
      byKind.set(t.kind, item);
    }
  }
  const items = [];
  for (const [kind, words] of TAKEN) {
    const item = byKind.get(kind);
    if (!item) continue;
    const names = listNames(item.by);
    items.push({ kind, label: words.label, by: item.by, evidence: item.evidence, step: words.step(names) });
  }
  return items;
}
var TAKEN = [
  [
    "emails",
    {
      label: "Emails",
      step: (n) => `Emails were taken: treat every email sent through ${n} while it was installed as read by the attacker. Tell the people whose mail it carried, and invalidate what those emails held (password-reset links, one-time codes, invoices, tokens).`
    }
  ],
  [
    "environment",
    {
      label: "Environment variables",
      step: (n) => `Environment variables were taken: every variable in the environment of a process that loaded ${n} (CI secrets, .env values, cloud keys, tokens) is in the attacker's hands. Rotate all of them, starting with the CI secrets listed below.`
    }
  ],
  [
    "credentials",
    {
      label: "Tokens and credentials",
      step: (n) => `Tokens and credentials were taken by ${n}: revoke and rotate every credential listed below before any other clean-up, and review what they were used for since.`
    }
  ],
  [
    "wallets",
    {
      label: "Cryptocurrency wallets",
      step: (n) => `Cryptocurrency wallets were targeted by ${n}: move funds out of every wallet on machines that ran it, into a wallet created on a clean machine; treat their seed phrases and private keys as stolen.`
    }
  ],
  [
    "ssh-keys",
    {
      label: "SSH keys",
      step: (n) => `SSH keys were taken by ${n}: replace the keys of every machine that ran it and remove the old public keys from GitHub and servers.`
    }
  ],
  [
    "source-code",
    {
      label: "Source code",
      step: (n) => `Source code was taken by ${n}: treat the repositories on machines that ran it as disclosed, and look through them for secrets committed in the code.`
    }
  ],
  [
    "browser-data",
    {
      label: "Browser data",
      step: (n) => `Browser data was taken by ${n}: end every signed-in session in the browsers of machines that ran it and change the passwords saved there.`
    }
  ],
  [
    "system-info",
    {
      label: "System information",
      step: (n) => `System information was taken by ${n}: the attacker knows the host names, users and network of machines that ran it; expect targeted follow-up.`
    }
  ]
];
function takenLabel(kind) {
  return TAKEN.find(([k]) => k === kind)?.[1].label ?? kind;
}
function listNames(names) {
  const shown = names.slice(0, 3).map((n) => codeName(n));
  if (names.length > 3) return `${shown.join(", ")} and ${names.length - 3} more`;
  return shown.length <= 1 ? shown[0] ?? "" : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
function versionOf(f) {
  return `${clean(f.name, 214)}@${clean(f.version, 64)}`;
}
function unionCi(findings) {
  const byWorkflow = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const ci of f.guidance.rotate.ci) {
      const known = byWorkflow.get(ci.workflow);
      if (!known) byWorkflow.set(ci.workflow, { ...ci, secrets: [...ci.secrets] });
      else for (const s of ci.secrets) if (!known.secrets.includes(s)) known.secrets.push(s);
    }
  }
  return [...byWorkflow.values()];
}
function unionIndicators(all) {
  const pick = (key) => [...new Set(all.flatMap((i2) => i2[key]))].slice(0, MAX_INDICATORS2);
  return { domains: pick("domains"), ips: pick("ips"), urls: pick("urls") };
}
function earliestExposure(times) {
  if (times.includes("install")) return "install";
  if (times.includes("unknown")) return "unknown";
  return "runtime";
}
function policyPlan(findings) {
  const first2 = findings[0];
  if (!first2) return [];
  const lockfiles = [...new Set(findings.map((f) => clean(f.lockfile, 200)))];
  return [
    policyContext(findings.length, lockfiles),
    findings.length === 1 ? first2.guidance.fix : "Fix each entry as its own section below says: regenerate it with the package manager, or allow its source in the config when the team trusts it."
  ];
}

// src/outputs/signals.ts
var MAX_LISTED = 50;
function versionSignals(report, keep) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of allSignals(report)) {
    if (!keep(s)) continue;
    const key = `${s.lockfile}
${s.name}@${s.version}`;
    let g = groups.get(key);
    if (!g) {
      g = { lockfile: s.lockfile, name: s.name, version: s.version, line: s.line, signals: [], fails: false };
      groups.set(key, g);
    }
    g.signals.push(s);
    g.fails ||= s.level === "fail";
  }
  return [...groups.values()].sort((a, b) => Number(b.fails) - Number(a.fails));
}
function signalGroups(report) {
  const lockfiles = new Map(report.lockfiles.map((l) => [l.path, l]));
  return versionSignals(report, (s) => !isContentSignal(s)).map((v) => {
    const fails = v.signals.filter((s) => s.level === "fail");
    const lockfile = lockfiles.get(v.lockfile);
    const suggestion = lockfile?.suggestions?.find((x2) => x2.name === v.name && x2.version === v.version);
    const first2 = v.signals[0];
    const hold = fails.find((s) => s.signal === "release-age" && s.eligibleAt);
    const alsoFails = fails.filter((s) => s !== hold && s.signal !== "unanswered").map((s) => s.signal);
    return {
      ...v,
      ...hold ? { heldUntil: hold.eligibleAt } : {},
      ...hold && !alsoFails.length ? { eligibleAt: hold.eligibleAt } : {},
      alsoFails,
      retry: fails.some((s) => s.signal === "unanswered"),
      ...lockfile ? { format: lockfile.format } : {},
      ...first2.via?.length ? { via: first2.via } : {},
      ...first2.importer !== void 0 ? { importer: first2.importer } : {},
      ...suggestion ? { suggestion } : {}
    };
  });
}
function signalsHeadline(report) {
  const groups = signalGroups(report).filter((g) => g.fails);
  if (!groups.length) return void 0;
  const held = groups.filter((g) => g.eligibleAt && !g.retry).length;
  const retry = groups.filter((g) => g.retry).length;
  const review = groups.length - held - retry;
  const parts = [
    held ? `${held} new version${held === 1 ? "" : "s"} held until ${latest(groups)}` : "",
    retry ? `${retry} version${retry === 1 ? "" : "s"} held until the registry answers` : "",
    review ? `${review} version${review === 1 ? "" : "s"} to review` : ""
  ].filter(Boolean);
  return `${parts.join(", ")} by registry signals (no advisory covers ${groups.length === 1 ? "it" : "them"} yet)`;
}
function latest(groups) {
  const times = groups.flatMap((g) => g.eligibleAt ? [g.eligibleAt] : []).sort();
  return stampOf(times[times.length - 1]);
}
function mergeWhen(g, verb) {
  if (g.retry) return "held until the registry answers for it: run the check again later";
  return g.eligibleAt ? `can ${verb} from ${stampOf(g.eligibleAt)}` : `held until ${stampOf(g.heldUntil)}, and ${g.alsoFails.join(", ")} need${g.alsoFails.length === 1 ? "s" : ""} a review`;
}
function verbOf(report) {
  return report.holds?.verb ?? "merge";
}
function whereFrom2(g) {
  const chain = g.via?.length ? `via ${g.via.join(" → ")}` : "";
  const importer = g.importer !== void 0 && (chain || g.importer !== "package.json") ? `brought in by ${g.importer}` : "";
  return [chain, importer].filter(Boolean).join(", ");
}
function wayOutText(g) {
  const s = g.suggestion;
  if (!s) return void 0;
  const direct = !isOverrideField(s.field);
  const command = g.format ? INSTALL_COMMAND[g.format] : "the package manager's install";
  return `use ${s.suggested} instead, the newest of ${s.range} (${direct ? `in ${s.rangeFrom}` : `asked by ${s.rangeFrom}`}) that passes today: in ${s.file} ${direct ? `"${s.field}", change it to` : `add to "${s.field}"`} ${s.edit}${othersClause(g, s, (x2) => x2)}, then run ${command}`;
}
function othersClause(g, s, name) {
  if (!s.others?.length) return "";
  const who = s.others.map(name).join(", ");
  if (s.scope !== void 0)
    return ` (only under ${name(s.scope)}: the ${name(s.name)} that ${who} depend${s.others.length === 1 ? "s" : ""} on is not overridden)`;
  const why = g.format === "bun" ? "Bun reads plain-name overrides only, so " : "";
  return ` (${why}this changes the ${name(s.name)} that ${who} depend${s.others.length === 1 ? "s" : ""} on too)`;
}
var INSTALL_COMMAND = {
  npm: "npm install",
  bun: "bun install",
  "yarn-classic": "yarn install",
  "yarn-berry": "yarn install",
  pnpm: "pnpm install"
};
function stampOf(iso2) {
  return `${iso2.slice(0, 16).replace("T", " ")} UTC`;
}
var LEVEL_MARK = { fail: "✖", warn: "⚠" };
function unblockText(report) {
  const holds = report.holds;
  const exempt = "add an ignore entry to `.github/lockgate.yml` with package, versions, `signal: release-age`, reason and expires";
  if (holds?.verb === "install") return `To install sooner, use a suggested version, or ${exempt}.`;
  const label = holds?.overrideLabel;
  if (label === void 0)
    return `To merge sooner, someone who has reviewed the version either adds the pull request label named by the action's \`override-label\` input (it lifts age holds only) or ${exempt}.`;
  if (label === "")
    return `To merge sooner, use a suggested version; or configure an override label (the action input \`override-label\`, for example \`lockgate-override\`) that someone who has reviewed the version adds (it lifts age holds only); or ${exempt}.`;
  return `To merge sooner, use a suggested version; or someone who has reviewed the version adds the label \`${plain(label, 100).replaceAll("`", "'")}\` to the pull request after its latest push (it lifts age holds only); or ${exempt}.`;
}
function whenTimeComes(report) {
  if (report.holds?.verb === "install") return "run the check again then";
  if (report.holds?.rerun) return "the scheduled lockgate run re-runs the check then";
  const unread = report.holds?.rerunUnread;
  if (unread?.length)
    return `re-run this check then (a scheduled workflow calls ${unread.map((u) => `\`${plain(u, 120).replaceAll("`", "'")}\``).join(", ")}, a reusable workflow of another repository that lockgate cannot read, so no automatic re-run is promised; see docs/signals.md)`;
  return "re-run this check then (a scheduled lockgate run with `rerun-held: true` would do it by itself; see docs/signals.md)";
}
function textSignals(report) {
  const groups = signalGroups(report);
  const out = [];
  const held = groups.filter((g) => g.heldUntil || g.retry);
  if (held.length) {
    out.push("Held (new on the registry: a reason to wait, not a verdict of malware):");
    const verb = verbOf(report);
    const parts = byWorkspace(held.slice(0, MAX_LISTED));
    for (const part of parts) {
      const indent = parts.length > 1 ? "    " : "  ";
      if (parts.length > 1) out.push(`  ${textWorkspace(part.workspace)}:`);
      for (const g of part.groups) {
        const where2 = whereFrom2(g);
        out.push(
          `${indent}⏸ ${plain(g.name)}@${plain(g.version, 64)} — ${plain(g.lockfile)}${g.line ? `:${g.line}` : ""}, ${mergeWhen(g, verb)}${where2 ? ` (${plain(where2, 600)})` : ""}`
        );
        const way = wayOutText(g);
        if (way) out.push(`${indent}  → ${plain(way, 600)}`);
      }
    }
    if (held.length > MAX_LISTED) out.push(`  … ${held.length - MAX_LISTED} more (see --format json)`);
    out.push(`  ${unblockText(report)}`, "");
  }
  if (groups.length) {
    out.push("Registry signals (reasons to wait or look; the registry metadata, not an advisory):");
    const parts = byWorkspace(groups.slice(0, MAX_LISTED));
    for (const part of parts) {
      const indent = parts.length > 1 ? "    " : "  ";
      if (parts.length > 1) out.push(`  ${textWorkspace(part.workspace)}:`);
      for (const g of part.groups) {
        out.push(
          `${indent}${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ""})`
        );
        for (const s of g.signals) out.push(`${indent}  ${LEVEL_MARK[s.level]} ${s.signal}: ${plain(s.detail, 500)}`);
        const way = g.fails && !(g.heldUntil || g.retry) ? wayOutText(g) : void 0;
        if (way) out.push(`${indent}  → ${plain(way, 600)}`);
      }
    }
    if (groups.length > MAX_LISTED) out.push(`  … ${groups.length - MAX_LISTED} more versions (see --format json)`);
    out.push("");
  }
  const notChecked2 = notCheckedOf2(report);
  if (notChecked2.length) {
    out.push("Not checked by registry signals:");
    for (const n of notChecked2.slice(0, MAX_LISTED))
      out.push(`  ${plain(n.name)}@${plain(n.version, 64)} (${plain(n.lockfile)}): ${plain(n.reason, 200)}`);
    if (notChecked2.length > MAX_LISTED) out.push(`  … ${notChecked2.length - MAX_LISTED} more (see --format json)`);
    out.push("");
  }
  return out;
}
function markdownWhere(g) {
  const chain = g.via?.length ? `via ${g.via.slice(0, 20).map((v) => mdCode(v, 280)).join(" → ")}` : "";
  const importer = g.importer !== void 0 && (chain || g.importer !== "package.json") ? `brought in by ${mdCode(g.importer, 300)}` : "";
  const both = [chain, importer].filter(Boolean).join(", ");
  return both ? ` (${both})` : "";
}
function workspaceOf(g) {
  if (g.importer === void 0) return "";
  const slash = g.lockfile.lastIndexOf("/");
  return slash < 0 ? g.importer : `${g.lockfile.slice(0, slash)}/${g.importer}`;
}
function textWorkspace(workspace) {
  return workspace ? plain(workspace, 300) : "brought in by no known package.json";
}
function markdownWorkspace(workspace) {
  return `**${workspace ? mdCode(workspace, 300) : "brought in by no known package.json"}**`;
}
function byWorkspace(groups) {
  const parts = /* @__PURE__ */ new Map();
  for (const g of groups) {
    const key = workspaceOf(g);
    const list2 = parts.get(key);
    if (list2) list2.push(g);
    else parts.set(key, [g]);
  }
  if ([...parts.keys()].filter(Boolean).length < 2) return [{ workspace: "", groups: [...groups] }];
  return [...parts].map(([workspace, list2]) => ({ workspace, groups: list2 }));
}
function markdownWayOut(g, s) {
  const direct = !isOverrideField(s.field);
  const command = g.format ? INSTALL_COMMAND[g.format] : "install";
  return `use **${md(s.suggested, 64)}**, the newest of ${mdJsonSpan(s.range, 100)} (${direct ? `in ${mdCode(s.rangeFrom, 200)}` : `asked by ${mdCode(s.rangeFrom, 200)}`}) that passes today: in ${mdCode(s.file, 200)} ${direct ? `${mdCode(s.field)}, change it to` : `add to ${mdCode(s.field)}`} ${mdJsonSpan(s.edit, 300)}${othersClause(g, s, (x2) => mdCode(x2, 300))}, then run \`${command}\`.`;
}
function isOverrideField(field) {
  return field === "overrides" || field === "resolutions" || field === "pnpm.overrides";
}
function notCheckedOf2(report) {
  return report.lockfiles.flatMap((l) => (l.notChecked ?? []).map((n) => ({ ...n, lockfile: l.path })));
}
function markdownSignals(report) {
  const groups = signalGroups(report);
  const notChecked2 = notCheckedOf2(report);
  if (!groups.length && !notChecked2.length) return "";
  const out = [];
  const held = groups.filter((g) => g.heldUntil || g.retry);
  if (held.length) {
    out.push(
      "### ⏸ Held",
      "",
      `These versions are new on the registry. Nothing says they are malicious: compromised releases are usually found and removed within hours to days, so this check waits. A version whose only reason is its age passes once the time shown is reached (${mdProse(whenTimeComes(report), 400)}); one with other reasons needs a review of the signals below. ${mdProse(unblockText(report), 1e3)}`,
      ""
    );
    const parts = byWorkspace(held.slice(0, MAX_LISTED));
    for (const [i2, part] of parts.entries()) {
      if (parts.length > 1) out.push(...i2 ? [""] : [], markdownWorkspace(part.workspace), "");
      out.push(
        `| package | where | can ${verbOf(report)} from | why |`,
        "|---|---|---|---|",
        ...part.groups.map(
          (g) => `| ${mdCode(`${g.name}@${g.version}`, 280)} | ${md(g.lockfile)}${g.line ? ` line ${g.line}` : ""} | ${g.retry ? "after a run the registry answers" : g.eligibleAt ? stampOf(g.eligibleAt) : "after review"} | ${[...g.retry ? ["unanswered"] : [], ...g.heldUntil ? ["release-age"] : [], ...g.alsoFails].join(", ")} |`
        )
      );
    }
    if (held.length > MAX_LISTED) out.push(`| … ${held.length - MAX_LISTED} more in the report file | | | |`);
    out.push("");
  }
  const ways = groups.filter((g) => g.fails && (g.suggestion || g.via?.length)).slice(0, MAX_LISTED);
  if (ways.length) {
    out.push("#### Way out", "");
    const parts = byWorkspace(ways);
    for (const part of parts) {
      if (parts.length > 1) out.push(markdownWorkspace(part.workspace), "");
      for (const g of part.groups) {
        const s = g.suggestion;
        out.push(
          `- ${mdCode(`${g.name}@${g.version}`, 280)}${markdownWhere(g)}: ${s ? markdownWayOut(g, s) : "no version of its range passes today: wait, or see above."}`
        );
      }
      out.push("");
    }
  }
  if (groups.length) {
    out.push(
      "### Registry signals",
      "",
      "What the registry says about the versions this change adds: reasons to wait or to look, not a verdict of malware.",
      ""
    );
  }
  for (const g of groups.slice(0, MAX_LISTED)) {
    out.push(`- **${mdCode(`${g.name}@${g.version}`, 280)}** (${md(g.lockfile)}${g.line ? ` line ${g.line}` : ""})`);
    for (const s of g.signals) out.push(`  - ${LEVEL_MARK[s.level]} \`${s.signal}\` ${md(s.detail, 500)}`);
  }
  if (groups.length > MAX_LISTED) out.push(`- … ${groups.length - MAX_LISTED} more versions in the report file`);
  if (notChecked2.length) {
    out.push(
      "",
      `<details><summary>${notChecked2.length} version${notChecked2.length === 1 ? "" : "s"} not checked by registry signals</summary>`,
      "",
      ...notChecked2.slice(0, MAX_LISTED).map((n) => `- ${mdCode(`${n.name}@${n.version}`, 280)} (${md(n.lockfile)}): ${md(n.reason, 200)}`),
      "",
      "</details>"
    );
  }
  return out.join("\n");
}

// src/outputs/words.ts
function countOf(n, one, many = `${one}s`) {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}
function howItChanged(finding) {
  switch (finding.change) {
    case "upgraded":
    case "downgraded":
      return `${finding.change} from ${finding.from.join(", ")}`;
    case "added":
      return finding.from.length ? `added beside ${finding.from.join(", ")}` : "added";
    case "changed":
      return "same version, new origin";
    case "present":
      return "present (full scan)";
    default:
      return finding.change;
  }
}
function whereIs(lockfile, f, sep = " line ") {
  if (f.line) return `${lockfile}${sep}${f.line}`;
  return f.declared ? `${lockfile} (declared in ${f.declared.file} line ${f.declared.line})` : lockfile;
}
function reportedBy(a) {
  return a.origins?.length ? `, reported by ${a.origins.map(originLabel).join("; ")}` : "";
}
function howItEntered(finding) {
  if (finding.direct) return `direct dependency${finding.importer ? ` (${finding.importer})` : ""}`;
  if (finding.via.length)
    return `via ${finding.via.join(" → ")}${finding.importer ? ` (from ${finding.importer})` : ""}`;
  return "dependency chain not recorded in the lockfile";
}
function describeSource(status, now) {
  const parts = [];
  if (status.state === "failed") parts.push(`did not answer: ${status.error ?? "unknown error"}`);
  else if (status.state === "not-asked") parts.push(`not asked${status.error ? ` (${status.error})` : ""}`);
  else if (status.type !== "advisory") {
    if (status.requests !== void 0) parts.push(countOf(status.requests, "request"));
    if (status.bytes !== void 0) parts.push(countOf(status.bytes, "byte"));
    if (status.type === "content") {
      if (status.cached) parts.push(`${countOf(status.cached, "tarball")} from the cache`);
      if (status.unpackedBytes !== void 0) parts.push(`${countOf(status.unpackedBytes, "byte")} unpacked`);
    }
    if (status.type === "registry" && status.notModified !== void 0)
      parts.push(`${thousands(status.notModified)} from the cache (not modified)`);
  } else {
    if (status.records !== void 0) parts.push(countOf(status.records, "record"));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}${ageSuffix(status.asOf, now)}`);
  }
  return `${status.name}: ${parts.join(", ") || "answered"}`;
}
function ageSuffix(asOf, now) {
  const days = now === void 0 ? void 0 : daysOld(asOf, now);
  return days === void 0 ? "" : ` (${countOf(days, "day")} old)`;
}
function dataAgeLine(sources, now) {
  const advisory = sources.filter((s) => s.type === "advisory");
  const dated = advisory.filter((s) => s.state === "answered" && s.asOf && !s.live);
  const live = advisory.filter((s) => s.live);
  const parts = dated.map((s) => `${s.name} as of ${s.asOf.slice(0, 10)}${ageSuffix(s.asOf, now)}`);
  const answered = live.filter((s) => s.state === "answered").map((s) => s.name);
  const silent = live.filter((s) => s.state === "failed").map((s) => s.name);
  if (answered.length) parts.push(`${answered.join(" and ")} answered live`);
  if (silent.length) parts.push(`${silent.join(" and ")} did not answer`);
  return parts.length ? `Advisory data: ${parts.join("; ")}.` : void 0;
}
function summaryLine(report) {
  const checked = report.lockfiles.length;
  const errors = messagesAt(report, "error").length;
  if (errors) return `lockgate could not finish: ${countOf(errors, "error")}.`;
  const counts = verdictCounts(report);
  const files = report.fileFindings?.length ?? 0;
  const asked = report.manifestFindings?.length ?? 0;
  const locked = counts.malicious - asked;
  const entries = counts.policy - files;
  const held = signalsHeadline(report);
  const parts = [
    locked ? `${countOf(locked, "malicious package version")} found` : "",
    asked ? `${countOf(asked, "malicious package version")} that package.json asks for` : "",
    counts.suspicious ? `${countOf(counts.suspicious, "version")} with suspicious new code (content signals; no advisory covers ${counts.suspicious === 1 ? "it" : "them"} yet)` : "",
    entries ? `${countOf(entries, "lockfile entry", "lockfile entries")} against the source policy (no advisory covers ${entries === 1 ? "it" : "them"})` : "",
    files ? `${countOf(files, "policy finding")} in package-manager config or manifests` : "",
    held ?? ""
  ].filter(Boolean);
  if (parts.length) {
    const [first2, ...rest] = parts;
    const where2 = first2.includes("package-manager config") || first2.includes("package.json asks for") ? "" : ` in ${countOf(checked, "lockfile")}`;
    return `lockgate: ${first2}${where2}.${rest.length ? ` Also ${rest.join("; ")}.` : ""}`;
  }
  const changed = report.lockfiles.reduce((n, l) => n + l.changes.length, 0);
  return report.mode === "all" ? `lockgate: no malicious package version in ${countOf(checked, "lockfile")} (every version checked).` : `lockgate: no malicious package version among ${countOf(changed, "changed package")} in ${countOf(checked, "lockfile")}.`;
}
function fileFindingLines(report) {
  return (report.fileFindings ?? []).map((f) => {
    const at = `${f.file}${f.line ? `:${f.line}` : ""}`;
    return f.problem.startsWith(`${f.file}:`) ? `${at}: ${f.problem.slice(f.file.length + 1).trim()}` : `${at}: ${f.problem}`;
  });
}
function manifestFindingLines(report) {
  return (report.manifestFindings ?? []).map((f) => {
    const at = `${f.file}${f.line ? `:${f.line}` : ""}`;
    const ids = f.advisories.map((a) => a.id).join(", ");
    const summary = f.advisories.find((a) => a.summary)?.summary;
    return `${at}: ${f.field} "${f.key}" asks for ${f.name}@${f.version}, which ${ids} covers${summary ? ` (${summary.slice(0, 200)})` : ""}. The next install after a merge (npm install, yarn, pnpm install, bun install, a bot's rebase) fetches it whatever the lockfile holds: remove it, or ask for a version no advisory covers.`;
  });
}
var FILE_FINDINGS_FIX = "Review each change with the people who own the repository's install setup; if it is intended, merge it with their approval (the check fails until then), else revert it.";
function notCheckedLine(report) {
  const gaps = notChecked(report);
  return gaps.length ? `Not checked: ${gaps.join("; ")}.` : void 0;
}
function sentences(...parts) {
  return parts.map((p) => p?.trim() ?? "").filter(Boolean).map((p) => /[.!?]$/.test(p) ? p : `${p}.`).join(" ");
}
function where(m) {
  if (m.file === void 0 || m.message.includes(m.file)) return m.message;
  return `${m.file}${m.line ? `:${m.line}` : ""}: ${m.message}`;
}
function changeLine(change) {
  const from = versionsText(change.from);
  const to = versionsText(change.to);
  switch (change.kind) {
    case "added":
      return `added ${change.name} ${to}`;
    case "removed":
      return `removed ${change.name} ${from}`;
    case "changed":
      return `changed ${change.name} ${to} (${change.reason ?? "origin changed"})`;
    default:
      return `${change.kind} ${change.name} ${from} → ${to}`;
  }
}
function versionsText(versions) {
  return versions.map((v) => v || "(no version recorded)").join(", ");
}
function lockfileTitle(lockfile) {
  const base = lockfile.base ? ` (base: ${lockfile.base.path}, ${lockfile.base.format} ${lockfile.base.formatVersion})` : "";
  const deleted = lockfile.deleted ? " — deleted in head" : "";
  return `${lockfile.path} (${lockfile.format} ${lockfile.formatVersion})${base}${deleted}`;
}
function locatedFindings(report) {
  return [...maliciousFindings(report), ...policyFindings(report)];
}
function maliciousFindings(report) {
  return report.lockfiles.flatMap(
    (l) => l.findings.flatMap((f) => isPolicy(f) ? [] : [{ ...f, lockfile: l.path, format: l.format }])
  );
}
function policyFindings(report) {
  return report.lockfiles.flatMap(
    (l) => l.findings.flatMap((f) => isPolicy(f) ? [{ ...f, lockfile: l.path, format: l.format }] : [])
  );
}
function reportPlan(report) {
  return incidentPlan(maliciousFindings(report));
}
function versionLabel(f) {
  if (f.version) return `${f.name}@${f.version}`;
  return f.host ? `${f.name} (from ${f.host})` : `${f.name} (no version recorded)`;
}
function noSourcesLine(stopped) {
  return stopped ? "none asked (the run stopped before the lookup)" : "none asked (no version needed checking)";
}

// src/outputs/sarif.ts
import { createHash as createHash3 } from "node:crypto";

// src/outputs/content.ts
var MAX_LISTED2 = 30;
var MAX_EVIDENCE2 = 5;
function contentGroups(report) {
  return versionSignals(report, isContentSignal);
}
function defang(text) {
  return text.replace(/\b(h)tt(ps?):\/\//gi, "$1xx$2://").replace(/\b(ftp|wss?):\/\//gi, (m) => `${m.slice(0, -3).replace(/[a-z]$/i, (c) => `${c}x`)}://`).replace(/([a-z0-9._%+-])@([a-z0-9-]+\.)/gi, "$1[@]$2").replace(
    /([a-z0-9-])\.([a-z]{2,24})\b/gi,
    (m, before, label) => FILE_EXTENSION.test(label) ? m : `${before}[.]${label}`
  ).replace(/\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})\b/g, "$1[.]$2");
}
var FILE_EXTENSION = /^(c?js|mjs|ts|mts|cts|jsx|tsx|json|md|sh|bat|cmd|ps1|node|dll|exe|so|dylib|map|txt|ya?ml|lock|tgz|html?|css|py|env|npmrc)$/i;
function evidenceText(e) {
  return `${plain(e.file, 200)}:${e.line}  ${plain(defang(e.excerpt), 260)}`;
}
var MARK = { fail: "✖", warn: "⚠" };
function textContent(report) {
  const groups = contentGroups(report);
  if (!groups.length) return [];
  const out = ["What the new code adds (package content, compared with the version it replaces):"];
  for (const g of groups.slice(0, MAX_LISTED2)) {
    out.push(`  ${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ""})`);
    for (const s of g.signals) {
      out.push(`    ${MARK[s.level]} ${s.signal}: ${plain(defang(s.detail), 500)}`);
      for (const e of (s.evidence ?? []).slice(0, MAX_EVIDENCE2)) out.push(`        ${evidenceText(e)}`);
    }
  }
  if (groups.length > MAX_LISTED2) out.push(`  … ${groups.length - MAX_LISTED2} more versions (see --format json)`);
  out.push("");
  return out;
}
var UNREAD = {
  "content-not-read": {
    title: "Package content not read",
    help: "The tarball of this version could not be downloaded, verified or unpacked within the caps, so what its code adds is unknown. Re-run, or read the package yourself before merging."
  },
  "content-not-compared": {
    title: "Package content not compared",
    help: "The tarball of the version this one replaces could not be read, so only the rules that need no comparison ran (obfuscation, binaries, install-time code, secrets). Re-run, or compare the two versions' files yourself."
  }
};
function contentRule(name) {
  const rule = isContentSignalName(name) && name in RULES2 ? RULES2[name] : void 0;
  const unread = UNREAD[name] ?? UNREAD["content-not-read"];
  const title = rule?.title ?? unread.title;
  const help = rule?.help ?? unread.help;
  return {
    id: `content/${name}`,
    name: "PackageContent",
    shortDescription: { text: `Package content: ${title}` },
    fullDescription: { text: help },
    help: { text: help, markdown: `**${title}** (\`${name}\`): ${help}` },
    helpUri: "https://github.com/lockgate/lockgate/blob/main/docs/content.md",
    defaultConfiguration: { level: rule?.level === "fail" ? "error" : "warning" },
    properties: { tags: ["security", "supply-chain"], "security-severity": rule?.level === "fail" ? "8.0" : "4.0" }
  };
}
function contentMessage(s) {
  const evidence2 = (s.evidence ?? []).slice(0, 3).map(evidenceText);
  return plain(
    `${s.name}@${s.version}: ${defang(s.detail)}.${evidence2.length ? ` ${evidence2.join(" | ")}` : ""}`,
    2e3
  );
}

// src/outputs/sarif.ts
function sarifFor(report, options) {
  return messagesAt(report, "error").length ? void 0 : renderSarif(report, options);
}
var POLICY_SEVERITY = {
  "resolved-mismatch": "8.0",
  "integrity-mismatch": "8.0",
  "origin-changed": "7.0",
  "registry-config": "6.0",
  "unapproved-host": "5.0",
  "plain-http": "5.0"
};
function renderSarif(report, opts) {
  const parts = resultParts(report);
  const rules = rulesOf(parts);
  const ctx = sarifContext(rules, opts.uriPrefix);
  const category = opts.category ? `${opts.category.replace(/[^A-Za-z0-9._/-]/g, "-").replace(/^\/+|\/+$/g, "")}/` : "";
  const notifications = report.messages.map((m) => ({ message: { text: plain(where(m), 1e3) }, level: m.level }));
  const manifestLines = parts.asked.length ? manifestFindingLines(report) : [];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lockgate",
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: "https://github.com/lockgate/lockgate",
            rules: [...rules.values()].map((r) => r.rule)
          }
        },
        automationDetails: { id: `lockgate/${category}` },
        invocations: [
          {
            executionSuccessful: true,
            ...notifications.length ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        properties: { mode: report.mode, verdict: verdictOf(report) },
        results: [
          ...parts.malicious.map((f) => maliciousResult(ctx, f)),
          ...parts.policy.map((f) => policyResult(ctx, f)),
          ...parts.files.map((f) => fileFindingResult(ctx, f)),
          ...parts.asked.map((f, i2) => manifestResult(ctx, f, manifestLines[i2])),
          ...parts.signals.map((sig) => signalResult(ctx, sig))
        ]
      }
    ]
  };
}
function resultParts(report) {
  return {
    malicious: maliciousFindings(report),
    policy: policyFindings(report),
    files: report.fileFindings ?? [],
    asked: report.manifestFindings ?? [],
    signals: allSignals(report)
  };
}
function rulesOf(parts) {
  const rules = /* @__PURE__ */ new Map();
  const add = (rule) => {
    if (!rules.has(rule.id)) rules.set(rule.id, { rule, index: rules.size });
  };
  for (const f of parts.malicious) add(ruleFor(f));
  for (const f of parts.policy) add(policyRule(f));
  for (const f of parts.files) add(fileFindingRule(f.kind));
  if (parts.asked.length) add(MANIFEST_PIN_RULE);
  for (const sig of parts.signals) add(isContentSignal(sig) ? contentRule(sig.signal) : signalRule(sig.signal));
  return rules;
}
function sarifContext(rules, uriPrefix) {
  const prefix = (uriPrefix ?? "").replace(/^\/+|\/+$/g, "");
  return {
    ruleIndex: (id) => rules.get(id).index,
    at(file, line) {
      const path15 = prefix ? `${prefix}/${file}` : file;
      const uri = path15.split("/").map(encodeURIComponent).join("/");
      return {
        path: path15,
        locations: [
          { physicalLocation: { artifactLocation: { uri }, ...line ? { region: { startLine: line } } : {} } }
        ]
      };
    }
  };
}
function findingResult(ctx, f, ruleId, text) {
  const where2 = ctx.at(f.lockfile, f.line);
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: "error",
    message: { text: plain(text, 3e3) },
    locations: where2.locations,
    partialFingerprints: { "lockgateFinding/v1": fingerprint(where2.path, f) },
    properties: { package: plain(f.name, 214), version: plain(f.version, 64), change: f.change, kind: f.kind }
  };
}
function maliciousResult(ctx, f) {
  const text = sentences(
    `${versionLabel(f)} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(", ")}`,
    f.origin?.problem,
    f.guidance.headline.replaceAll("`", ""),
    `Fix: ${f.guidance.fix.replaceAll("`", "")}`
  );
  return findingResult(ctx, f, advisoryRuleId(f), text);
}
function policyResult(ctx, f) {
  const text = sentences(
    `${versionLabel(f)} (${howItChanged(f)}, ${howItEntered(f)}) fails the lockfile policy check ${f.kind}`,
    f.guidance.headline.replaceAll("`", ""),
    `Fix: ${f.guidance.fix.replaceAll("`", "")}`
  );
  return findingResult(ctx, f, `policy/${f.kind}`, text);
}
function fileFindingResult(ctx, f) {
  const where2 = ctx.at(f.file, f.line ?? 0);
  const ruleId = `policy/${f.kind}`;
  const identity = `${where2.path}\0${f.kind}\0${f.key ?? ""}\0${f.to ?? ""}`;
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: "error",
    message: { text: plain(sentences(f.problem, `Fix: ${FILE_FINDINGS_FIX}`), 3e3) },
    locations: where2.locations,
    partialFingerprints: {
      "lockgateFileFinding/v1": createHash3("sha256").update(identity).digest("hex").slice(0, 32)
    }
  };
}
function manifestResult(ctx, f, line) {
  const where2 = ctx.at(f.file, f.line ?? 0);
  return {
    ruleId: MANIFEST_PIN_RULE.id,
    ruleIndex: ctx.ruleIndex(MANIFEST_PIN_RULE.id),
    level: "error",
    message: { text: plain(line, 3e3) },
    locations: where2.locations,
    partialFingerprints: { "lockgateManifestFinding/v1": fingerprint(`${where2.path}\0${f.field}\0${f.key}`, f) },
    properties: { package: plain(f.name, 214), version: plain(f.version, 64), field: f.field }
  };
}
function signalResult(ctx, sig) {
  const content = isContentSignal(sig);
  const ruleId = `${content ? "content" : "registry"}/${sig.signal}`;
  const where2 = ctx.at(sig.lockfile, sig.line);
  const text = content ? contentMessage(sig) : sentences(`${sig.name}@${sig.version}: ${sig.detail}`, sig.eligibleAt ? `Held until ${sig.eligibleAt}` : "");
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: sig.level === "fail" ? "error" : "warning",
    message: { text: plain(text, 2e3) },
    locations: where2.locations,
    partialFingerprints: { "lockgateSignal/v1": fingerprint(`${where2.path}\0${sig.signal}`, sig) }
  };
}
function signalRule(name) {
  const what = "Registry signal";
  const known = isSignalName(name) ? SIGNAL_HELP[name] : void 0;
  const verdict = "A reason to wait or to look before merging, not a verdict of malware: no advisory covers the version yet.";
  const text = known ? `${known.help} ${verdict}` : `${what}: ${name}. ${verdict}`;
  return {
    id: `registry/${name}`,
    name: "RegistrySignal",
    shortDescription: { text: known ? `${what}: ${known.title} (${name})` : `${what}: ${name}` },
    fullDescription: { text },
    help: {
      text,
      markdown: known ? `**${md(known.title)}** (\`${name}\`): ${md(text, 4e3)}` : `**${what} \`${name}\`**: ${md(verdict)}`
    },
    helpUri: "https://github.com/lockgate/lockgate/blob/main/docs/signals.md",
    defaultConfiguration: { level: "warning" },
    properties: { tags: ["security", "supply-chain"], "security-severity": "5.0" }
  };
}
function isSignalName(name) {
  return SIGNAL_NAMES.includes(name);
}
function policyRule(f) {
  const g = f.guidance;
  const summary = `Lockfile policy: ${f.kind}`;
  const what = POLICY_TEXT[f.kind];
  return {
    id: `policy/${f.kind}`,
    name: "LockfilePolicy",
    shortDescription: { text: summary },
    fullDescription: { text: `${what} No advisory covers what the entry installs: it is the lockfile policy.` },
    help: {
      text: [what, "What to do:", ...g.now.map((s, i2) => `${i2 + 1}. ${s.replaceAll("`", "")}`)].map((l) => plain(l, 2e3)).join("\n"),
      markdown: [
        `**${summary}** — ${what}`,
        "",
        "**What to do**",
        "",
        ...g.now.map((s, i2) => `${i2 + 1}. ${mdProse(s, 1e3)}`)
      ].join("\n")
    },
    helpUri: "https://github.com/lockgate/lockgate#what-it-protects-against",
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "supply-chain", "lockfile-policy"],
      "security-severity": POLICY_SEVERITY[f.kind],
      precision: "high",
      "problem.severity": "error"
    }
  };
}
var MANIFEST_PIN_RULE = (() => {
  const what = "A package.json asks for an exact version (a pin, an npm: alias, an override or a resolution) that a malicious-package advisory covers: the next install after a merge fetches it, whatever the lockfile holds.";
  const fix = "Remove it or ask for a version no advisory covers, before merging. If it was installed anywhere already, follow the advisory: treat that machine as compromised and rotate the credentials it could read.";
  return {
    id: "manifest/malicious-version",
    name: "MaliciousVersionInManifest",
    shortDescription: { text: "package.json asks for a malicious version" },
    fullDescription: { text: what },
    help: { text: `${what} ${fix}`, markdown: `**package.json asks for a malicious version** — ${what}

${fix}` },
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "supply-chain", "malware"],
      precision: "high",
      "problem.severity": "error",
      "security-severity": "10.0"
    }
  };
})();
var FILE_FINDING_TEXT = {
  "config-changed": "The change edits the package managers' config: where packages download from, how they are verified, or what code runs at install.",
  "manifest-without-lockfile": "A manifest's dependencies change while its lockfile does not: the next install resolves them afresh, unreviewed.",
  "lockfile-deleted": "A lockfile is deleted while its package.json stays: the next install resolves every dependency afresh, unreviewed.",
  "range-unsatisfied": "A locked version does not satisfy the range package.json asks for: the lockfile is not what the package manager would write."
};
function fileFindingRule(kind) {
  const what = FILE_FINDING_TEXT[kind];
  return {
    id: `policy/${kind}`,
    name: "InstallSetupPolicy",
    shortDescription: { text: `Install setup policy: ${kind}` },
    fullDescription: { text: what },
    help: {
      text: `${what} ${FILE_FINDINGS_FIX}`,
      markdown: `**Install setup policy: ${kind}** — ${what}

${FILE_FINDINGS_FIX}`
    },
    helpUri: "https://github.com/lockgate/lockgate#what-it-protects-against",
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "supply-chain", "lockfile-policy"],
      "security-severity": "6.0",
      precision: "high",
      "problem.severity": "error"
    }
  };
}
var POLICY_TEXT = {
  "resolved-mismatch": "The entry downloads another package or version than its name and version say: the package manager installs what the URL names.",
  "origin-changed": "A version already in the lockfile now downloads from another host or with another hash; a registry never republishes a version.",
  "unapproved-host": "A new package downloads from a host that the policy does not allow.",
  "plain-http": "A package downloads over plain http, which anyone on the way can alter.",
  "registry-config": "The change edits where the package manager downloads packages from.",
  "integrity-mismatch": "The entry's integrity is not the one the registry publishes for that version: the package manager accepts other bytes than the registry's."
};
function advisoryRuleId(f) {
  const a = f.advisories[0];
  const list2 = /^LIST-(.*):\d+$/.exec(a.id);
  return list2 ? `list/${list2[1]}/${f.name}` : a.id;
}
function fingerprint(lockfile, f) {
  return createHash3("sha256").update(`${lockfile}\0${f.name}@${f.version}`).digest("hex").slice(0, 32);
}
function ruleFor(f) {
  const a = f.advisories[0];
  const g = f.guidance;
  const summary = a.summary || `Malicious package (${a.id})`;
  const details = g.details.map((d) => `${d.id} (${d.source}): ${d.text}`).join(" ");
  const steps = incidentPlan([f]).steps;
  const references = g.links.filter((l) => l.kind !== "record");
  const helpText = [
    g.headline.replaceAll("`", ""),
    details ? `What the advisory says: ${details}` : "",
    "What to do:",
    ...steps.map((s, i2) => `${i2 + 1}. ${s.replaceAll("`", "")}`),
    references.length ? `References: ${references.map((l) => l.url).join(" ")}` : ""
  ].filter(Boolean);
  const helpMarkdown = [
    `**${mdCode(versionLabel(f), 280)}** — ${mdProse(g.headline, 500)}`,
    "",
    ...g.details.map((d) => `> **${md(d.id, 80)}** (${md(d.source, 60)}): ${md(d.text, 600)}
`),
    "**What to do**",
    "",
    ...steps.map((s, i2) => `${i2 + 1}. ${mdProse(s, 1e3)}`),
    "",
    ...references.length ? [`**References:** ${references.map((l) => mdLink(l.kind, l.url)).join(", ")}`] : []
  ];
  return {
    id: advisoryRuleId(f),
    name: "MaliciousPackageVersion",
    shortDescription: { text: plain(summary, 300) },
    fullDescription: { text: plain(details || `${summary}. ${g.headline.replaceAll("`", "")}`, 1e3) },
    help: { text: helpText.map((line) => plain(line, 2e3)).join("\n"), markdown: helpMarkdown.join("\n") },
    ...a.url ? { helpUri: a.url } : {},
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "malware", "supply-chain", "external/cwe/cwe-506"],
      "security-severity": "10.0",
      precision: "very-high",
      "problem.severity": "error"
    }
  };
}

export {
  parseDuration,
  githubApiUrl,
  kinds,
  listItems,
  DEFAULT_CONFIG,
  FLAG_OPTIONS,
  INPUT_OPTIONS,
  optionsHelp,
  explicitOrFile,
  SIGNAL_NAMES,
  SIGNAL_LEVELS,
  CONTENT_SIGNAL_NAMES,
  isPolicy,
  verdictCounts,
  verdictOf,
  messagesAt,
  message,
  emptyReport,
  reportJson,
  allFindings,
  exitCode,
  isInside,
  parseIncidentList,
  listEntryRecord,
  LocalSource,
  isAdvisoryFileName,
  HttpRequestError,
  requestJson,
  requestBytes,
  mapLimit,
  nextLink,
  createSources,
  CONTENT_RULE_NAMES,
  require_valid2 as require_valid,
  globMatcher,
  DEFAULT_ALLOWED_HOSTS,
  require_satisfies,
  policyGuidance,
  LOCKFILE_NAMES,
  lockfileName,
  pluginOf,
  edgesOf,
  changedLockfiles,
  isLockfilePath,
  listLockfiles,
  DirTree,
  GitTree,
  SYMLINK,
  sameBytes,
  equalBytes,
  EmptyTree,
  git,
  defaultBaseRef,
  loadLockfile,
  readManifests,
  completeFromManifests,
  parseManifest,
  compareTrees,
  errorMessage,
  require_semver2 as require_semver,
  pruneCache,
  createSignalsRequest,
  createContentRequest,
  thousands,
  checkComparison,
  signalGroups,
  wayOutText,
  unblockText,
  textSignals,
  markdownSignals,
  incidentPlan,
  takenLabel,
  policyPlan,
  countOf,
  howItChanged,
  whereIs,
  reportedBy,
  howItEntered,
  describeSource,
  dataAgeLine,
  summaryLine,
  fileFindingLines,
  manifestFindingLines,
  FILE_FINDINGS_FIX,
  notCheckedLine,
  sentences,
  where,
  changeLine,
  lockfileTitle,
  locatedFindings,
  maliciousFindings,
  policyFindings,
  reportPlan,
  versionLabel,
  noSourcesLine,
  textContent,
  sarifFor,
  renderSarif,
  lockgateVersion
};
