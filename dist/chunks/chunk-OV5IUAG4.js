import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  parseTree
} from "./chunk-6M2POZZX.js";
import {
  normalizeResolved
} from "./chunk-T5X3EIEI.js";
import {
  MAX_LOCKFILE_BYTES,
  contentProblem,
  jsonErrorLine,
  lineAt,
  precheck
} from "./chunk-OD3H3W7Q.js";
import {
  LockfileError,
  defang,
  md,
  mdLink,
  mdProse,
  plain,
  quote
} from "./chunk-VJTRWSQF.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
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

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// src/core/report.ts
function allFindings(report) {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}
function exitCode(report) {
  if (report.errors.length) return 2;
  return report.lockfiles.some((l) => l.findings.length) ? 1 : 0;
}

// src/outputs/render.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
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
function howItEntered(finding) {
  if (finding.direct) return `direct dependency${finding.importer ? ` (${finding.importer})` : ""}`;
  if (finding.via.length)
    return `via ${finding.via.join(" → ")}${finding.importer ? ` (from ${finding.importer})` : ""}`;
  return "dependency chain not recorded in the lockfile";
}
function describeSource(status) {
  const parts = [];
  if (!status.ok) parts.push(`did not answer: ${status.error ?? "unknown error"}`);
  else {
    if (status.records !== void 0) parts.push(countOf(status.records, "record"));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}`);
  }
  return `${status.name}: ${parts.join(", ") || "answered"}`;
}
function summaryLine(report) {
  const findings = allFindings(report);
  const checked = report.lockfiles.length;
  if (report.errors.length) return `lockgate could not finish: ${countOf(report.errors.length, "error")}.`;
  if (findings.length) {
    return `lockgate: ${countOf(findings.length, "malicious package version")} found in ${countOf(checked, "lockfile")}.`;
  }
  const changed = report.lockfiles.reduce((n, l) => n + l.changes.length, 0);
  return report.mode === "all" ? `lockgate: no malicious package version in ${countOf(checked, "lockfile")} (every version checked).` : `lockgate: no malicious package version among ${countOf(changed, "changed package")} in ${countOf(checked, "lockfile")}.`;
}
function changeLine(change) {
  switch (change.kind) {
    case "added":
      return `added ${change.name} ${change.to.join(", ")}`;
    case "removed":
      return `removed ${change.name} ${change.from.join(", ")}`;
    case "changed":
      return `changed ${change.name} ${change.to.join(", ")} (${change.reason ?? "origin changed"})`;
    default:
      return `${change.kind} ${change.name} ${change.from.join(", ")} → ${change.to.join(", ")}`;
  }
}
function lockfileTitle(lockfile) {
  const base = lockfile.base ? ` (base: ${lockfile.base.path}, ${lockfile.base.format} ${lockfile.base.formatVersion})` : "";
  const deleted = lockfile.deleted ? " — deleted in head" : "";
  return `${lockfile.path} (${lockfile.format} ${lockfile.formatVersion})${base}${deleted}`;
}
var TEXT_CHANGES = 200;
function renderText(report) {
  const out = [summaryLine(report), ""];
  for (const error of report.errors) out.push(`error: ${plain(error, 500)}`);
  if (report.errors.length) out.push("");
  for (const lockfile of report.lockfiles) {
    for (const f of lockfile.findings) out.push(...textFinding(lockfile.path, f), "");
  }
  for (const lockfile of report.lockfiles) {
    out.push(`${plain(lockfileTitle(lockfile))}: ${countOf(lockfile.changes.length, "change")}`);
    for (const change of lockfile.changes.slice(0, TEXT_CHANGES)) out.push(`  ${plain(changeLine(change), 400)}`);
    if (lockfile.changes.length > TEXT_CHANGES) {
      out.push(`  … ${lockfile.changes.length - TEXT_CHANGES} more (see --format json)`);
    }
  }
  if (!report.lockfiles.length && !report.errors.length) out.push("No lockfile found.");
  out.push("", "Advisory sources consulted:");
  for (const status of report.sources) out.push(`  ${plain(describeSource(status), 400)}`);
  if (!report.sources.length) out.push("  none (no version needed checking)");
  for (const note of report.notes) out.push(`note: ${plain(note, 500)}`);
  return `${out.join("\n")}
`;
}
function textFinding(lockfile, f) {
  const g = f.guidance;
  const lines = [
    `✖ ${plain(f.name)}@${plain(f.version, 64)}${f.alias ? ` (installed as ${plain(f.alias)})` : ""} — ${plain(howItChanged(f))}`,
    `  ${plain(lockfile)}:${f.line}, ${plain(howItEntered(f), 1e3)}${f.installScript ? ", has an install script" : ""}`
  ];
  for (const a of f.advisories) {
    const aliases = a.aliases.length ? ` (also ${a.aliases.map((x2) => plain(x2, 60)).join(", ")})` : "";
    lines.push(`  ${plain(a.id, 60)}${aliases}: ${plain(a.summary)} [${a.sources.join(", ")}] ${a.url}`);
  }
  lines.push(`  ${plain(g.headline, 500)}`, "  What to do now:");
  g.now.forEach((step, i2) => lines.push(`    ${i2 + 1}. ${plain(step, 1e3)}`));
  lines.push(`  When it could have run: ${plain(g.exposure.text, 1e3)}`);
  lines.push("  Rotate, on machines that installed it:", ...g.rotate.machines.map((m) => `    - ${plain(m, 300)}`));
  for (const ci of g.rotate.ci) {
    lines.push(
      `  Rotate, CI secrets of ${plain(ci.workflow)}: ${ci.secrets.map((s) => plain(s, 100)).join(", ")}${ci.note ? ` (${plain(ci.note, 300)})` : ""}`
    );
  }
  lines.push(`  ${plain(g.rotate.ciNote, 500)}`);
  const { domains, ips, urls } = g.indicators;
  if (domains.length + ips.length + urls.length) {
    lines.push(
      `  Indicators (defanged): ${[...domains, ...ips, ...urls].map((x2) => plain(defang(x2), 200)).join(", ")}`
    );
  }
  const links = g.links.map((l) => l.url);
  if (links.length) lines.push(`  Links: ${links.join(" ")}`);
  return lines;
}
function renderMarkdown(report, options) {
  const findings = report.lockfiles.flatMap((l) => l.findings.map((f) => ({ lockfile: l.path, f })));
  const head = [];
  if (options.prefix) head.push(options.prefix);
  const icon = report.errors.length ? "⚠️" : findings.length ? "❌" : "✅";
  head.push(`## ${icon} ${md(summaryLine(report), 300)}`, "");
  for (const error of report.errors) head.push(`- **Error:** ${md(error, 500)}`);
  if (report.errors.length) head.push("");
  const tail = ["", "<details><summary>Advisory sources consulted</summary>", ""];
  for (const status of report.sources) tail.push(`- ${md(describeSource(status), 400)}`);
  if (!report.sources.length) tail.push("- none (no version needed checking)");
  tail.push("", "</details>");
  for (const note of report.notes) tail.push("", `> ${md(note, 500)}`);
  if (findings.length > 1) head.push(...findingsTable(findings), "");
  const blocks = [];
  for (const { lockfile, f } of findings) blocks.push({ text: markdownFinding(lockfile, f), kind: "finding" });
  for (const lockfile of report.lockfiles) {
    if (!lockfile.changes.length && !lockfile.deleted) continue;
    blocks.push({
      text: `
<details><summary>${md(lockfileTitle(lockfile), 400)}: ${countOf(lockfile.changes.length, "change")}</summary>

| change | package | from | to |
|---|---|---|---|`,
      kind: "change"
    });
    for (const c of lockfile.changes) {
      blocks.push({
        text: `| ${c.kind} | ${md(c.name)} | ${md(c.from.join(", "), 300)} | ${md(c.to.join(", "), 300)} |`,
        kind: "change"
      });
    }
    blocks.push({ text: "\n</details>", kind: "change" });
  }
  const reserve = 400;
  let used = head.join("\n").length + tail.join("\n").length + reserve;
  const body = [];
  let skippedFindings = 0;
  let skippedChanges = 0;
  let inTable = false;
  for (const block of blocks) {
    if (used + block.text.length + 1 > options.maxChars) {
      if (block.kind === "finding") skippedFindings++;
      else if (block.text.startsWith("|")) skippedChanges++;
      continue;
    }
    if (block.text.startsWith("\n<details>")) inTable = true;
    if (block.text === "\n</details>") inTable = false;
    body.push(block.text);
    used += block.text.length + 1;
  }
  if (inTable) body.push("\n</details>");
  if (skippedFindings || skippedChanges) {
    const what = [
      skippedFindings ? countOf(skippedFindings, "finding") : "",
      skippedChanges ? countOf(skippedChanges, "change") : ""
    ].filter(Boolean);
    body.push(
      "",
      `> ${what.join(" and ")} did not fit here${options.fullReportHint ? `; ${options.fullReportHint}` : ""}.`
    );
  }
  return [...head, ...body, ...tail].join("\n");
}
var TABLE_ROWS = 50;
function findingsTable(findings) {
  const rows = findings.slice(0, TABLE_ROWS).map(
    ({ lockfile, f }) => `| ${md(`${f.name}@${f.version}`, 280)} | ${md(howItChanged(f))} | ${md(lockfile)} line ${f.line} | ${f.direct ? "direct" : f.via.length ? `via ${md(f.via[0])}` : "indirect"} | ${f.advisories.map((a) => mdLink(a.id, a.url)).join(", ")} |`
  );
  if (findings.length > TABLE_ROWS) rows.push(`| … ${findings.length - TABLE_ROWS} more below | | | | |`);
  return ["| package | change | where | how it entered | advisories |", "|---|---|---|---|---|", ...rows];
}
function markdownFinding(lockfile, f) {
  const g = f.guidance;
  const out = [
    `### ${md(`${f.name}@${f.version}`, 280)} — ${md(howItChanged(f))}`,
    "",
    `- **Where:** ${md(lockfile)} line ${f.line}${f.alias ? `, installed as ${md(f.alias)}` : ""}`,
    `- **How it entered:** ${md(howItEntered(f), 1e3)}`,
    `- **Advisories:** ${f.advisories.map(
      (a) => `${mdLink(a.id, a.url)}${a.aliases.length ? ` (also ${a.aliases.map((x2) => md(x2, 60)).join(", ")})` : ""} ${md(a.summary)} — ${md(a.sources.join(", "))}`
    ).join("; ")}`,
    "",
    `${md(g.headline, 500)}`,
    "",
    "**What to do now**",
    "",
    ...g.now.map((step, i2) => `${i2 + 1}. ${mdProse(step, 1e3)}`),
    "",
    `**When it could have run:** ${mdProse(g.exposure.text, 1e3)}`,
    "",
    "**Credentials to rotate**",
    "",
    ...g.rotate.machines.map((m) => `- ${mdProse(m, 300)}`),
    ...g.rotate.ci.map(
      (ci) => `- CI secrets of ${md(ci.workflow)}: ${ci.secrets.map((s) => md(s, 100)).join(", ")}${ci.note ? ` (${md(ci.note, 300)})` : ""}`
    ),
    `- ${md(g.rotate.ciNote, 500)}`
  ];
  const { domains, ips, urls } = g.indicators;
  if (domains.length + ips.length + urls.length) {
    out.push(
      "",
      `**Indicators of compromise** (defanged): ${[...domains, ...ips, ...urls].map((x2) => md(defang(x2))).join(", ")}`
    );
  }
  if (g.links.length)
    out.push(
      "",
      `**Links:** ${g.links.map((l) => mdLink(l.id === l.url ? l.url : `${l.id} (${l.kind})`, l.url)).join(", ")}`
    );
  out.push("");
  return out.join("\n");
}

// src/outputs/sarif.ts
function renderSarif(report, toolVersion) {
  const findings = allFindings(report);
  const rules = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const a of f.advisories) {
      if (rules.has(a.id)) continue;
      rules.set(a.id, {
        id: a.id,
        name: "MaliciousPackage",
        shortDescription: { text: plain(a.summary || `Malicious package (${a.id})`, 300) },
        helpUri: a.url,
        properties: { tags: ["security", "malware", "supply-chain"], "security-severity": "10.0" },
        defaultConfiguration: { level: "error" }
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lockgate",
            version: toolVersion,
            informationUri: "https://github.com/lockgate/lockgate",
            rules: [...rules.values()]
          }
        },
        results: findings.map((f) => ({
          ruleId: f.advisories[0]?.id ?? "malicious-package",
          level: "error",
          message: {
            text: plain(
              `${f.name}@${f.version} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(", ")}. ${f.guidance.headline}`,
              2e3
            )
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.lockfile.split("/").map(encodeURIComponent).join("/") },
                region: { startLine: f.line }
              }
            }
          ],
          partialFingerprints: { lockgateFinding: `${f.lockfile}:${f.name}@${f.version}` }
        }))
      }
    ]
  };
}

// src/inputs/trees.ts
import { execFile } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path2 from "node:path";
import { promisify } from "node:util";

// src/lockfiles/detect.ts
import path from "node:path";
var LOCKFILE_NAMES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "yarn.lock",
  "bun.lock"
];
var BUN_BINARY_LOCKFILE = "bun.lockb";
function isLockfileName(file) {
  return LOCKFILE_NAMES.includes(path.posix.basename(file));
}
function detect(file, text) {
  const head = text.slice(0, 4096);
  const base = path.posix.basename(file);
  if (/^\s*\{/.test(head)) return base === "bun.lock" || isBunJson(head) ? "bun" : "npm";
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return "yarn-berry";
  if (/^# yarn lockfile v1/m.test(head)) return "yarn-classic";
  if (/^lockfileVersion:/m.test(head)) return "pnpm";
  if (base === "pnpm-lock.yaml") return "pnpm";
  if (base === "bun.lock") return "bun";
  if (base === "yarn.lock") return "yarn-classic";
  return "npm";
}
function isBunJson(head) {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
}
var JSON_FORMATS = /* @__PURE__ */ new Set(["npm", "bun"]);
function parseChecked(format, parse, file, text, options) {
  if (!JSON_FORMATS.has(format)) {
    const problem = contentProblem(file, text) ?? missingFinalNewline(file, text);
    if (problem) throw problem;
  }
  try {
    return parse(file, text, options);
  } catch (error) {
    if (error instanceof LockfileError && JSON_FORMATS.has(format)) throw contentProblem(file, text) ?? error;
    throw error;
  }
}
function missingFinalNewline(file, text) {
  if (text.endsWith("\n")) return void 0;
  return new LockfileError(
    file,
    lineAt(text, text.length),
    "the file does not end with a line break, so it looks truncated; regenerate it"
  );
}
function prepare(file, text) {
  precheck(file, text);
  return detect(file, text);
}

// src/inputs/trees.ts
var run = promisify(execFile);
function listLockfiles(tree) {
  return tree.listFiles(isLockfilePath);
}
function isLockfilePath(file) {
  return !file.split("/").includes("node_modules") && (isLockfileName(file) || path2.posix.basename(file) === BUN_BINARY_LOCKFILE);
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
      const entries = readdirSync(path2.join(this.dir, rel), { withFileTypes: true });
      for (const entry of entries) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(child);
        else if (entry.isFile() && select(child)) found.push(child);
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
    const full = path2.join(this.dir, file);
    try {
      const info = statSync(full);
      if (info.size > MAX_LOCKFILE_BYTES) throw tooLarge(this.label(file), info.size);
      return readFileSync(full, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return void 0;
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
  label(file) {
    return `${this.ref}:${file}`;
  }
  async listFiles(select) {
    try {
      await git(this.repoDir, ["rev-parse", "--verify", "--quiet", `${this.ref}^{commit}`]);
    } catch {
      throw new Error(
        `git ref '${plain(this.ref, 100)}' is not a commit in ${this.repoDir}; fetch it or pass another --base.`
      );
    }
    const { stdout } = await git(this.repoDir, ["ls-tree", "-r", "-z", "--name-only", this.ref, "--"]);
    return stdout.split("\0").filter((f) => f && !f.split("/").includes("node_modules") && select(f)).sort();
  }
  async read(file) {
    try {
      const { stdout } = await git(this.repoDir, ["show", `${this.ref}:./${file}`]);
      return stdout;
    } catch {
      return void 0;
    }
  }
};
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
};
async function git(cwd, args) {
  return run("git", ["-c", "core.quotepath=off", ...args], {
    cwd,
    maxBuffer: MAX_LOCKFILE_BYTES + 1024,
    encoding: "utf8"
  });
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

// src/core/model.ts
function isOwnCode(pkg) {
  return pkg.source === "workspace" || pkg.source === "link";
}

// src/core/versions.ts
var import_valid = __toESM(require_valid(), 1);
var import_compare = __toESM(require_compare(), 1);
function compareVersions(a, b) {
  const va = (0, import_valid.default)(a, { loose: true });
  const vb = (0, import_valid.default)(b, { loose: true });
  if (va && vb) return (0, import_compare.default)(va, vb, { loose: true }) || (a < b ? -1 : a > b ? 1 : 0);
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
  const changes = [];
  for (const name of names.sort()) {
    const b = before.get(name) ?? [];
    const h = after.get(name) ?? [];
    if (b.length === 1 && h.length === 1 && b[0].version === h[0].version) {
      const reason = sameOrigin(b[0], h[0]) ? void 0 : originChange(b, h);
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
      const reason = bases && originChange(bases, heads);
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
    if (isOwnCode(pkg)) continue;
    const list = names.get(pkg.name);
    if (list) list.push(pkg);
    else names.set(pkg.name, [pkg]);
  }
  return names;
}
function byVersion(packages) {
  const versions = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    const list = versions.get(pkg.version);
    if (list) list.push(pkg);
    else versions.set(pkg.version, [pkg]);
  }
  return versions;
}
function originChange(bases, heads) {
  if (heads.every((h) => bases.some((b) => sameOrigin(b, h)))) return void 0;
  const sources = new Set(bases.map((p) => sourceKind(p)));
  const newSource = heads.find((p) => !sources.has(sourceKind(p)));
  if (newSource) return `source changed to ${sourceKind(newSource)}`;
  const urls = defined(bases.map((p) => normalizeResolved(p.resolved)));
  const headUrls = defined(heads.map((p) => normalizeResolved(p.resolved)));
  if (urls.size && headUrls.size && [...headUrls].some((u) => !urls.has(u))) return "resolved URL changed";
  const hashes = defined(bases.flatMap((p) => integrityHashes(p.integrity)));
  const headHashes = [...defined(heads.flatMap((p) => integrityHashes(p.integrity)))];
  for (const hash of headHashes) {
    const algorithm = hash.slice(0, hash.indexOf("-"));
    const same = [...hashes].filter((x2) => x2.startsWith(`${algorithm}-`));
    if (same.length && !same.includes(hash)) return "integrity changed";
  }
  return void 0;
}
function sameOrigin(a, b) {
  return a.source === b.source && a.resolved === b.resolved && a.integrity === b.integrity;
}
function sourceKind(pkg) {
  return pkg.source === "patch" ? "registry" : pkg.source;
}
function integrityHashes(integrity) {
  if (!integrity) return [];
  return integrity.split(/\s+/).filter((h) => /^sha\d+-/.test(h));
}
function defined(values) {
  return new Set(values.filter((v) => v !== void 0));
}

// src/core/pairing.ts
import path3 from "node:path";
var rank = (file) => LOCKFILE_NAMES.indexOf(path3.posix.basename(file));
var byRank = (a, b) => rank(a) - rank(b) || a.localeCompare(b);
function pairLockfiles(headFiles, baseFiles, only) {
  const notes = [];
  const errors = [];
  const wanted = only?.length ? new Set(only.map(normalize)) : void 0;
  const inScope = (file) => !wanted || wanted.has(file);
  const headText = headFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0).sort(byRank);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }
  for (const binary of headFiles.filter((f) => path3.posix.basename(f) === BUN_BINARY_LOCKFILE)) {
    const dir = path3.posix.dirname(binary);
    const companion = headText.find(
      (f) => path3.posix.dirname(f) === dir && /^(bun|yarn)\.lock$/.test(path3.posix.basename(f))
    );
    if (wanted && !inScope(binary) && !(companion && inScope(companion))) continue;
    if (companion)
      notes.push(
        `${binary} (Bun's binary lockfile) was not read; its text companion ${companion} was checked instead.`
      );
    else {
      errors.push(
        `${binary}: Bun's binary lockfile cannot be read; run \`bun install --save-text-lockfile\` to write bun.lock beside it, commit that, and lockgate will check it.`
      );
    }
  }
  const taken = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const head of headText.filter(inScope)) {
    let base = baseText.includes(head) ? head : void 0;
    if (!base) {
      const dir = path3.posix.dirname(head);
      base = baseText.find((f) => path3.posix.dirname(f) === dir && !headText.includes(f) && !taken.has(f));
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
  return path3.posix.normalize(file.replaceAll("\\", "/")).replace(/^\.\//, "");
}

// src/lockfiles/load.ts
var LOADERS = {
  npm: async () => (await import("./npm-OSAWD5C2.js")).parseNpm,
  "yarn-classic": async () => (await import("./yarn-classic-JI6DKS22.js")).parseYarnClassic,
  "yarn-berry": async () => (await import("./yarn-berry-RXHKV6DI.js")).parseYarnBerry,
  pnpm: async () => (await import("./pnpm-IDNZGF53.js")).parsePnpm,
  bun: async () => (await import("./bun-CFWYERQY.js")).parseBun
};
async function loadLockfile(file, text, options) {
  const format = prepare(file, text);
  return parseChecked(format, await LOADERS[format](), file, text, options);
}

// src/inputs/manifests.ts
import path4 from "node:path";
var MAX_MANIFESTS = 2e3;
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
async function readManifests(tree, lockfile) {
  const dir = path4.posix.dirname(lockfile);
  const inDir = (file) => dir === "." ? file : `${dir}/${file}`;
  const root = await readManifest(tree, inDir("package.json"));
  if (!root) return [];
  const manifests = [{ path: "package.json", dependencies: root.dependencies }];
  const patterns = workspacePatterns(root.raw);
  if (!patterns.length) return manifests;
  const matches = globMatcher(patterns.map((p) => p.replace(/\/+$/, "")));
  const prefix = dir === "." ? "" : `${dir}/`;
  const files = await tree.listFiles(
    (f) => f.startsWith(prefix) && f.endsWith("/package.json") && matches(path4.posix.dirname(f.slice(prefix.length)))
  );
  for (const file of files.slice(0, MAX_MANIFESTS)) {
    const manifest = await readManifest(tree, file);
    if (manifest) manifests.push({ path: file.slice(prefix.length), dependencies: manifest.dependencies });
  }
  return manifests;
}
async function readManifest(tree, file) {
  let raw;
  try {
    const text = await tree.read(file);
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
  return { raw, dependencies };
}
function workspacePatterns(manifest) {
  const field = manifest.workspaces;
  const list = Array.isArray(field) ? field : isRecord(field) && Array.isArray(field.packages) ? field.packages : [];
  return list.filter((p) => typeof p === "string" && p.length > 0 && p.length < 500);
}

// src/engine/compare.ts
async function compareTrees(head, base, only) {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const pairing = pairLockfiles(headFiles, baseFiles, only);
  const errors = [...pairing.errors];
  const lockfiles = [];
  for (const pair of pairing.pairs) {
    try {
      const [headLock, baseLock] = await Promise.all([load(head, pair.head, true), load(base, pair.base)]);
      lockfiles.push({
        path: pair.head ?? pair.base,
        ...headLock ? { head: headLock } : {},
        ...baseLock ? { base: baseLock } : {},
        changes: diffLockfiles(baseLock, headLock)
      });
    } catch (error) {
      errors.push(errorSentence(error));
    }
  }
  return { lockfiles, notes: pairing.notes, errors };
}
async function load(tree, file, withManifests = false) {
  if (!file) return void 0;
  const text = await tree.read(file);
  if (text === void 0)
    throw new LockfileError(tree.label(file), void 0, "listed in the tree but could not be read");
  const lockfile = await loadLockfile(tree.label(file), text, { graph: "lazy" });
  lockfile.path = file;
  if (lockfile.format === "yarn-classic" && withManifests) {
    const { importersFromManifests } = await import("./yarn-classic-JI6DKS22.js");
    lockfile.importers = importersFromManifests(lockfile, await readManifests(tree, file));
  }
  return lockfile;
}
function errorSentence(error) {
  if (error instanceof LockfileError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 500);
}

// src/core/graph.ts
var DependencyGraph = class {
  byId = /* @__PURE__ */ new Map();
  /** id → the id it was first reached from (undefined for roots). */
  parent = /* @__PURE__ */ new Map();
  /** root id → importer path. */
  rootImporter = /* @__PURE__ */ new Map();
  constructor(lockfile) {
    lockfile.resolveGraph?.();
    for (const pkg of lockfile.packages) this.byId.set(pkg.id, pkg);
    const queue = [];
    const visit = (id, from) => {
      if (this.parent.has(id) || !this.byId.has(id)) return;
      this.parent.set(id, from);
      queue.push(id);
    };
    for (const importer of lockfile.importers) {
      for (const id of importer.deps) {
        if (!this.rootImporter.has(id)) this.rootImporter.set(id, importer.path);
        visit(id, void 0);
      }
    }
    const drain = (from) => {
      for (let i2 = from; i2 < queue.length; i2++) {
        const id = queue[i2];
        for (const dep of this.byId.get(id)?.deps ?? []) visit(dep, id);
      }
    };
    drain(0);
    const depended = new Set(lockfile.packages.flatMap((p) => p.deps ?? []));
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

// src/core/osv-range.ts
var import_compare2 = __toESM(require_compare(), 1);
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
  if (a.at === "version" && b.at === "version") return (0, import_compare2.default)(a.version, b.version);
  return rank2(a) - rank2(b);
}
function compareEvents(a, b) {
  return compareBounds(a.bound, b.bound) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind);
}
function compareToBound(version, bound) {
  if (bound.at === "zero") return 1;
  if (bound.at === "infinity") return -1;
  return (0, import_compare2.default)(version, bound.version);
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

// src/core/guidance.ts
var MAX_NAME = 214;
var MAX_VERSION = 64;
var MAX_INDICATORS = 50;
var MAX_REFERENCE_LINKS = 10;
var MAX_WORKFLOWS = 50;
var MAX_LISTED_VERSIONS = 10;
function buildGuidance(input, workflows = []) {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const entries = affectedEntries(input.records, input.name);
  const kind = guidanceKind(entries);
  const affected = describeAffected(entries);
  const exposure = exposureOf(input, name, version);
  const indicators = collectIndicators(input.records);
  const headline = kind === "compromised-release" ? `${name}@${version} is a compromised release of ${name}: the advisory covers ${affected}, not the package as a whole.` : `Every version of ${name} is malicious (typically a look-alike or dependency-confusion package): ${name}@${version} must not be installed.`;
  const now = [
    contextStep(input, name, version),
    kind === "compromised-release" ? pinStep(input, entries, name, version) : removeStep(input, name),
    `On every machine that installed it, delete node_modules before installing again; if it ran at install time, treat the machine as compromised (removing the package does not remove what it may have dropped), and rebuild it from a clean image when in doubt.`,
    `Purge the package-manager cache on those machines: \`${cacheCommand(input.format)}\`.`,
    "Delete the CI caches that may hold it: actions/cache entries and the actions/setup-node dependency cache (`gh cache delete --all`, or the repository's Actions → Caches page).",
    "Rotate the credentials listed below from a clean machine, CI and publishing secrets first, and review recent activity they allow (npm publishes, pushes, cloud logs)."
  ];
  const indicatorCount = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (indicatorCount > 0) {
    now.push(
      `Search DNS, proxy and firewall logs of those machines and CI runners for the ${indicatorCount} indicator${indicatorCount === 1 ? "" : "s"} of compromise listed below.`
    );
  }
  return {
    kind,
    headline,
    affected,
    now,
    exposure,
    rotate: { machines: machineCredentials(), ...ciExposure(workflows) },
    indicators,
    links: collectLinks(input.records)
  };
}
function affectedEntries(records, name) {
  const all = records.flatMap((record) => Array.isArray(record.affected) ? record.affected : []);
  const own = all.filter((entry) => entry?.package?.name === name);
  return own.length > 0 ? own : all.filter((entry) => entry !== null && typeof entry === "object");
}
function guidanceKind(entries) {
  if (entries.length === 0) return "malicious-package";
  return entries.some(coversEveryVersion) ? "malicious-package" : "compromised-release";
}
function coversEveryVersion(entry) {
  const ranges = Array.isArray(entry.ranges) ? entry.ranges : [];
  return ranges.some((range) => {
    if (range === null || typeof range !== "object" || !isVersionRange(range)) return false;
    const events = eventsOf(range.events);
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
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== "object" || !isVersionRange(range)) continue;
      const text = describeRange(eventsOf(range.events));
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
function contextStep(input, name, version) {
  if (input.change === "present") {
    return `${name}@${version} is already in ${clean(input.lockfile, 200)} on this branch: every machine and CI job that installed this branch has it.`;
  }
  const from = input.from.length > 0 ? ` (from ${input.from.map((v) => clean(v, MAX_VERSION)).join(", ")})` : "";
  const verb = input.change === "added" ? "adds" : input.change === "changed" || input.change === "removed" ? "changes the source or integrity of" : input.change === "upgraded" ? "upgrades to" : "downgrades to";
  return `Do not merge this change and do not install this branch: it ${verb} ${name}@${version}${from} in ${clean(input.lockfile, 200)}.`;
}
function pinStep(input, entries, name, version) {
  const cleanBase = input.from.filter((v) => !entries.some((entry) => affectsVersion(entry, v))).sort(compareVersions).at(-1);
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
function lowestAffectedInLine(entries, version) {
  const flagged = parseVersion(version);
  if (!flagged) return void 0;
  const candidates = [];
  for (const entry of entries) {
    if (Array.isArray(entry.versions)) candidates.push(...entry.versions.filter(isText));
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== "object" || !isVersionRange(range)) continue;
      for (const event of eventsOf(range.events)) {
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
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== "object" || !isVersionRange(range)) continue;
      for (const event of eventsOf(range.events)) {
        const parsed = isText(event.fixed) ? parseVersion(event.fixed) : null;
        if (parsed && parsed.compare(flagged) > 0) fixes.push(event.fixed);
      }
    }
  }
  return fixes.filter((fix) => !entries.some((entry) => affectsVersion(entry, fix))).sort(compareVersions)[0];
}
function exposureOf(input, name, version) {
  const lockfile = clean(input.lockfile, 200);
  const ranIn = input.change === "present" ? "this branch" : "this branch (including CI runs of this pull request)";
  if (input.installScript === true) {
    return {
      when: "install",
      text: `At install time: ${lockfile} records an install script for ${name}@${version}, which runs during install, so every machine and CI job that installed ${ranIn} ran it, whether or not the code was ever used.`
    };
  }
  if (input.installScript === false) {
    return {
      when: "runtime",
      text: `When code that requires it runs: ${lockfile} records no install script for ${name}@${version}, so it ran wherever tests, builds or the app were started after installing ${ranIn}; a plain install did not run it.`
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
      const type = isText(ref?.type) ? ref.type.toUpperCase() : "";
      if (type !== "ADVISORY" && type !== "REPORT" || !isText(ref.url) || !SAFE_URL.test(ref.url)) continue;
      const before = links.length;
      push({ id: record.id, url: ref.url, kind: type === "ADVISORY" ? "advisory" : "report" });
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
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
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
function eventsOf(events) {
  return Array.isArray(events) ? events.filter((e) => isRecord(e)) : [];
}
function isText(value) {
  return typeof value === "string" && value !== "";
}
function clean(value, max2) {
  return plain(value.replaceAll("`", "'"), max2);
}

// src/core/findings.ts
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
  return out;
}
function findingsFor(lockfile, hits, all, workflows) {
  const entries = /* @__PURE__ */ new Map();
  for (const pkg of lockfile.head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const list = entries.get(key);
    if (list) list.push(pkg);
    else entries.set(key, [pkg]);
  }
  const changeOf = /* @__PURE__ */ new Map();
  for (const change of lockfile.changes)
    for (const version of change.to) changeOf.set(`${change.name}@${version}`, change);
  let graph;
  const findings = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    graph ??= new DependencyGraph(lockfile.head);
    const provenance = graph.provenance(pkgs.map((p) => p.id));
    const change = changeOf.get(key);
    const first = pkgs.reduce((a, b) => b.line < a.line ? b : a);
    const installFlags = pkgs.map((p) => p.hasInstallScript);
    const installScript = installFlags.includes(true) ? true : installFlags.every((f) => f === false) ? false : void 0;
    const records = matched.flatMap((h) => h.records);
    const finding = {
      name: query.name,
      version: query.version,
      change: change?.kind ?? "present",
      from: change && change.kind !== "changed" ? change.from : [],
      ...first.alias ? { alias: first.alias } : {},
      line: first.line,
      direct: provenance.direct,
      ...provenance.importer ? { importer: provenance.importer } : {},
      via: provenance.via,
      installScript: installScript === true,
      advisories: matched.map(toRef),
      guidance: buildGuidance(
        {
          name: query.name,
          version: query.version,
          change: change?.kind ?? "present",
          from: change?.from ?? [],
          installScript,
          direct: provenance.direct,
          via: provenance.via,
          lockfile: lockfile.head.path,
          format: lockfile.head.format,
          records
        },
        workflows
      )
    };
    findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line);
}
function toRef(hit) {
  return {
    id: hit.id,
    aliases: hit.aliases,
    summary: hit.summary ?? "",
    source: hit.sources[0] ?? "unknown",
    sources: hit.sources,
    url: advisoryUrl(hit.id)
  };
}

// src/core/match.ts
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
  return record.affected.some(
    (affected) => isRecord(affected) && namesPackage(affected, name) && affectsVersion(affected, version)
  );
}
function affectedErrors(affected, path8) {
  if (!isRecord(affected)) return [`${path8} is ${describe(affected)}, not an object`];
  const errors = [];
  const pkg = affected.package;
  if (pkg !== void 0 && pkg !== null && !isRecord(pkg))
    errors.push(`${path8}.package is ${describe(pkg)}, not an object`);
  const versions = affected.versions;
  if (versions !== void 0 && versions !== null) {
    if (!Array.isArray(versions)) errors.push(`${path8}.versions is ${describe(versions)}, not an array`);
    else {
      const bad = versions.findIndex((v) => typeof v !== "string");
      if (bad >= 0) errors.push(`${path8}.versions[${bad}] is ${describe(versions[bad])}, not a string`);
    }
  }
  const ranges = affected.ranges;
  if (ranges !== void 0 && ranges !== null) {
    if (!Array.isArray(ranges)) errors.push(`${path8}.ranges is ${describe(ranges)}, not an array`);
    else {
      ranges.forEach((range, i2) => {
        if (!isRecord(range)) errors.push(`${path8}.ranges[${i2}] is ${describe(range)}, not an object`);
        else if (range.events !== void 0 && !Array.isArray(range.events))
          errors.push(`${path8}.ranges[${i2}].events is ${describe(range.events)}, not an array`);
        else if (Array.isArray(range.events)) {
          const bad = range.events.findIndex((e) => !isRecord(e));
          if (bad >= 0)
            errors.push(`${path8}.ranges[${i2}].events[${bad}] is ${describe(range.events[bad])}, not an object`);
        }
      });
    }
  }
  return errors;
}
function affectedWarnings(affected, path8) {
  const warnings = [];
  (affected.ranges ?? []).forEach((range, i2) => {
    if (!isVersionRange(range)) return;
    const parsed = parseRangeEvents(range);
    if ("error" in parsed) warnings.push(`${path8}.ranges[${i2}] is skipped: ${plain(parsed.error, 100)}`);
    else if (!parsed.events.some((e) => e.kind === "introduced"))
      warnings.push(`${path8}.ranges[${i2}] has no introduced event, so it matches no version`);
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
function toHit(group, sourceOf) {
  const records = [...group].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const id = primaryId(records.map((r) => r.id)) ?? "";
  const allIds = new Set(records.flatMap(idsOf));
  allIds.delete(id);
  const primary = records.find((r) => r.id === id && typeof r.summary === "string");
  const summary = primary?.summary ?? records.find((r) => typeof r.summary === "string")?.summary;
  const sources = [...new Set(records.map(sourceOf))].sort();
  const hit = { id, aliases: [...allIds].sort(), sources, source: sources.join(", "), records };
  if (summary !== void 0) hit.summary = summary;
  return hit;
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
      const list = index.get(name) ?? [];
      list.push(record);
      index.set(name, list);
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
    const hits = groupByAliases(matching).map((group) => toHit(group, sourceOf));
    result.set(
      key,
      hits.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  }
  return result;
}

// src/engine/lookup.ts
async function checkComparison(comparison, sources, options) {
  const errors = [...comparison.errors];
  const notes = [...comparison.notes];
  const checked = comparison.lockfiles.filter((l) => l.head !== void 0);
  const queries = dedupe(checked.flatMap((l) => versionsToCheck(l, options.all)));
  const sourceOf = /* @__PURE__ */ new Map();
  const statuses = [];
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        return { source, records: queries.length ? await source.lookup(queries) : [] };
      } catch (error) {
        return { source, records: [], error: errorSentence(error) };
      }
    })
  );
  for (const { source, records, error } of answers) {
    const unreadable = [];
    for (const raw of records) {
      const { record, error: problem } = validateRecord(raw);
      if (!record) unreadable.push(problem ?? "not an OSV record");
      else sourceOf.set(record, source.name);
    }
    if (unreadable.length) {
      notes.push(
        `Warning: advisory source ${source.name} returned ${unreadable.length} record(s) that could not be read and were not matched; the first: ${unreadable[0]}`
      );
    }
    const status = queries.length || !options.liveSources.has(source.name) ? source.status() : { name: source.name, ok: true, records: 0 };
    if (error) {
      const failed = { ...status, ok: false, error: status.error ?? error };
      statuses.push(failed);
      if (options.liveSources.has(source.name) && !options.requireLive) {
        notes.push(
          `Warning: advisory source ${source.name} did not answer (${failed.error?.replace(/\.$/, "")}); the other sources were used.`
        );
      } else {
        errors.push(
          options.liveSources.has(source.name) ? `Required advisory source ${source.name} did not answer: ${failed.error}` : `Advisory source ${source.name} failed: ${failed.error}`
        );
      }
    } else {
      statuses.push(status);
      if (status.warning) notes.push(`Warning from advisory source ${source.name}: ${status.warning}`);
    }
  }
  const hits = matchPackages(queries, [...sourceOf.keys()], (record) => sourceOf.get(record) ?? "unknown");
  const workflows = hits.size ? await options.workflows() : [];
  const lockfiles = comparison.lockfiles.map((compared) => {
    const shown = compared.head ?? compared.base;
    const base = compared.base;
    return {
      path: compared.path,
      format: shown.format,
      formatVersion: shown.formatVersion,
      ...base && compared.head && (base.path !== compared.head.path || base.format !== compared.head.format || base.formatVersion !== compared.head.formatVersion) ? { base: { path: base.path, format: base.format, formatVersion: base.formatVersion } } : {},
      ...compared.head ? {} : { deleted: true },
      changes: compared.changes,
      findings: compared.head ? findingsFor({ head: compared.head, changes: compared.changes }, hits, options.all, workflows) : []
    };
  });
  return { version: 1, mode: options.all ? "all" : "diff", lockfiles, sources: statuses, notes, errors };
}
function dedupe(queries) {
  const seen = /* @__PURE__ */ new Map();
  for (const q of queries) seen.set(`${q.name}@${q.version}`, q);
  return [...seen.values()];
}

// src/advisories/http.ts
var HttpRequestError = class extends Error {
  kind;
  /** The last HTTP status seen, when there was a response. */
  status;
  /** How many attempts were made. */
  attempts;
  constructor(kind, message, attempts, status) {
    super(message);
    this.name = "HttpRequestError";
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
  }
};
var SourceUnavailableError = class extends Error {
  /** The source's name (`osv`, `github`). */
  source;
  constructor(source, message) {
    super(message);
    this.name = "SourceUnavailableError";
    this.source = source;
  }
};
function withDeadline(policy) {
  const now = (policy.now ?? Date.now)();
  return { ...policy, deadline: now + (policy.budgetMs ?? DEFAULTS.budgetMs) };
}
var DEFAULTS = {
  timeoutMs: 1e4,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8e3,
  maxTotalWaitMs: 3e4,
  budgetMs: 6e4
};
async function requestJson(request, policy = {}) {
  const maxAttempts = Math.max(1, policy.maxAttempts ?? DEFAULTS.maxAttempts);
  const maxTotalWaitMs = policy.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;
  const sleep = policy.sleep ?? defaultSleep;
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(request, policy, attempt);
    if (result.outcome === "ok") return result.response;
    if (result.outcome === "fail") throw result.error;
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
  let body;
  if (request.body !== void 0) {
    body = JSON.stringify(request.body);
    headers["content-type"] = "application/json";
  }
  let text;
  let response;
  try {
    response = await fetch(request.url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    if (isTimeout(error)) {
      return {
        outcome: "retry",
        error: new HttpRequestError("timeout", `${what} timed out after ${formatSeconds(timeoutMs)}`, attempt)
      };
    }
    const reason = describeNetworkError(error);
    return {
      outcome: reason === "host not found" ? "fail" : "retry",
      error: new HttpRequestError("network", `${what} failed: ${reason}`, attempt)
    };
  }
  const status = response.status;
  if (status === 429 || status === 403 && isRateLimited(response.headers)) {
    const waitMs = rateLimitWaitMs(response.headers, (policy.now ?? Date.now)());
    return {
      outcome: "retry",
      waitMs: waitMs ?? backoffDelay(attempt, policy),
      error: new HttpRequestError("rate-limit", `${what} was rate-limited (HTTP ${status})`, attempt, status)
    };
  }
  if (status >= 500) {
    return {
      outcome: "retry",
      error: new HttpRequestError("status", `${what} answered HTTP ${status}`, attempt, status)
    };
  }
  if (status < 200 || status >= 300) {
    return {
      outcome: "fail",
      error: new HttpRequestError("status", `${what} answered HTTP ${status}${serverMessage(text)}`, attempt, status)
    };
  }
  try {
    return { outcome: "ok", response: { data: JSON.parse(text), headers: response.headers, status } };
  } catch {
    return {
      outcome: "fail",
      error: new HttpRequestError(
        "json",
        `${what} answered malformed JSON (${text.length} bytes starting ${boundedQuote(text, 40)})`,
        attempt,
        status
      )
    };
  }
}
function isRateLimited(headers) {
  return headers.has("retry-after") || headers.get("x-ratelimit-remaining")?.trim() === "0";
}
function withAttempts(error, attempts, spent, extra = "") {
  const suffix = spent ? ` (${attempts} attempt${attempts === 1 ? "" : "s"}${extra})` : extra;
  return new HttpRequestError(error.kind, `${error.message}${suffix}`, attempts, error.status);
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
  const clean2 = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return JSON.stringify(clean2.length > max2 ? `${clean2.slice(0, max2)}…` : clean2);
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

// src/advisories/records.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path5 from "node:path";
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
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const out = [];
  for (const name of Object.keys(entries).sort()) {
    const entryName = `${file}!${name}`;
    let text;
    try {
      text = decoder.decode(entries[name]);
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
async function readRecordsFromPath(target) {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    throw new LockfileError(target, void 0, `cannot read advisories (${errorText(error)})`);
  }
  if (info.isDirectory()) {
    const files = await jsonFilesUnder(target);
    const out = [];
    for (const file of files) out.push(...parseJsonRecords(await readText(file), file));
    return out;
  }
  const shape = shapeOfName(target);
  if (!shape) {
    throw new LockfileError(target, void 0, "unknown advisory file type; expected .json, .jsonl, .jsonl.gz or .zip");
  }
  return parseRecordBytes(await readBytes(target), target, shape);
}
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path5.join(entry.parentPath ?? entry.path ?? dir, entry.name)).sort();
}
async function jsonFilesUnder(dir) {
  return (await filesUnder(dir)).filter((file) => file.toLowerCase().endsWith(".json"));
}
async function readBytes(file) {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LockfileError(file, void 0, `cannot read file (${errorText(error)})`);
  }
}
async function readText(file) {
  return Buffer.from(await readBytes(file)).toString("utf8");
}
function errorText(error) {
  const message = error instanceof Error ? error.message : String(error);
  return quote(message, 160).slice(1, -1);
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

// src/advisories/osv-api.ts
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
    this.policy = withDeadline(this.retry);
    try {
      const queries = distinctQueries(packages);
      const ids = /* @__PURE__ */ new Set();
      for (let i2 = 0; i2 < queries.length; i2 += this.batchSize) {
        for (const id of await this.queryBatch(queries.slice(i2, i2 + this.batchSize))) ids.add(id);
      }
      const records = await mapLimit([...ids].sort(), this.concurrency, (id) => this.fetchVuln(id));
      const malicious = records.filter(isMalicious);
      this.state = {
        name: this.name,
        ok: true,
        records: malicious.length,
        asOf: newestModified(malicious) ?? startedAt
      };
      return malicious;
    } catch (error) {
      const message = `OSV.dev is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message };
      throw new SourceUnavailableError(this.name, message);
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
        { method: "POST", url: `${this.baseUrl}/v1/querybatch`, body: { queries: pending } },
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
  async fetchVuln(id) {
    const { data } = await requestJson({ url: `${this.baseUrl}/v1/vulns/${encodeURIComponent(id)}` }, this.policy);
    if (!isRecord(data) || typeof data.id !== "string") {
      throw new HttpRequestError("json", `GET /v1/vulns/${id} answered JSON that is not an OSV record`, 1);
    }
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
function describeFailure(error) {
  if (error instanceof HttpRequestError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message.slice(0, 200)}`;
  return "unexpected error";
}

// src/advisories/github.ts
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
function nextLink(link) {
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (m && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2] ?? "")) return m[1];
  }
  return void 0;
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
  constructor(options = {}) {
    this.baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
    this.token = options.token || void 0;
    this.maxItems = Math.max(1, options.maxPackagesPerRequest ?? 50);
    this.maxChars = Math.max(1, options.maxAffectsChars ?? 2e3);
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.retry = options.retry ?? {};
  }
  /** Malware advisories affecting any of `packages`, as OSV records; throws SourceUnavailableError when GitHub cannot answer. */
  async lookup(packages) {
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    this.policy = withDeadline(this.retry);
    try {
      const entries = [...new Set(packages.map((p) => `${p.name}@${p.version}`))];
      const byId = /* @__PURE__ */ new Map();
      const problems = [];
      let newest;
      for (const affects of chunkAffects(entries, this.maxItems, this.maxChars)) {
        for (const advisory of await this.listChunk(affects)) {
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
      const message = `GitHub Advisory Database is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message };
      throw new SourceUnavailableError(this.name, message);
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

// src/advisories/local.ts
var import_parse2 = __toESM(require_parse(), 1);
import { stat as stat2 } from "node:fs/promises";
import path6 from "node:path";

// src/advisories/snapshot-format.ts
import { inflateRawSync } from "node:zlib";
var SNAPSHOT_FORMAT = "lockgate-advisories";
var SNAPSHOT_VERSION = 1;
var DETAILS_MAX = 300;
var HEADER_MAX_BYTES = 4096;
var SnapshotFormatError = class extends Error {
  constructor(reason) {
    super(reason);
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
  out.affected = (record.affected ?? []).map(compactAffected);
  const references = (record.references ?? []).filter((r) => typeof r?.url === "string");
  if (references.length > 0) {
    out.references = references.map(
      (r) => typeof r.type === "string" ? { type: r.type, url: r.url } : { url: r.url }
    );
  }
  const iocs = compactIocs(record.database_specific?.iocs);
  if (iocs) out.database_specific = { iocs };
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
    const list = strings(iocs[key]);
    if (list.length > 0) out[key] = list;
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
    const decoder = new TextDecoder();
    const out = [];
    for (let i2 = 0; i2 < this.header.names; i2++) {
      out.push(decoder.decode(this.nameBytes.subarray(this.nameStarts[i2], this.nameStarts[i2 + 1])));
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
    if (!isRecord(value) || typeof value.id !== "string") {
      throw new SnapshotFormatError(`record ${line} of block ${block} is not an OSV record (corrupt file)`);
    }
    out.set(line, value);
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
        const list = this.byName.get(name);
        if (list) list.push(record);
        else this.byName.set(name, [record]);
      }
    }
    this.warnings = [...warnings];
    if (unindexed > 0) this.warnings.push(`${unindexed} record(s) name no npm package and can never match`);
  }
  records;
  name = "custom";
  byName = /* @__PURE__ */ new Map();
  warnings;
  /** Records naming any of the packages, each once, in the order they were read. */
  async lookup(packages) {
    const found = /* @__PURE__ */ new Set();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const record of this.byName.get(name) ?? []) found.add(record);
    }
    return this.records.filter((record) => found.has(record));
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
function displayPath(file) {
  const relative = path6.relative(process.cwd(), path6.resolve(file));
  const shown = relative !== "" && !relative.startsWith("..") && !path6.isAbsolute(relative) ? relative : file;
  return shown.split(path6.sep).join("/");
}
async function readAdvisoryPath(file, warnings) {
  let isDirectory;
  try {
    isDirectory = (await stat2(file)).isDirectory();
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file or directory" : String(error);
    throw new LockfileError(file, void 0, `cannot read advisories (${quote(reason, 160).slice(1, -1)})`);
  }
  if (!isDirectory) return readAdvisoryFile(file);
  const files = await filesUnder(file);
  const read = files.filter((f) => shapeOfName(f) || LIST_EXTENSIONS.test(f));
  const skipped = files.filter((f) => !read.includes(f));
  if (read.length === 0) {
    throw new LockfileError(file, void 0, "directory holds no advisory file (.json, .jsonl, .jsonl.gz, .zip, .txt)");
  }
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((f) => path6.relative(file, f));
    warnings.push(
      `${displayPath(file)}: ${skipped.length} file(s) not read, not being advisory files: ${names.join(", ")}${skipped.length > 5 ? ", …" : ""}`
    );
  }
  const records = [];
  for (const f of read) records.push(...await readAdvisoryFile(f));
  return records;
}
var LIST_EXTENSIONS = /\.(?:txt|list)$/i;
async function readAdvisoryFile(file) {
  if (shapeOfName(file)) return (await readRecordsFromPath(file)).map((r) => compactRecord(r.record));
  const bytes = await readBytes(file);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LockfileError(file, void 0, "incident list is not UTF-8 text");
  }
  const shown = displayPath(file);
  return parseIncidentList(text, file).map((entry) => listEntryRecord(entry, shown));
}
async function loadAdvisoryPaths(paths) {
  const records = [];
  const warnings = [];
  for (const file of paths) {
    const read = await readAdvisoryPath(file, warnings);
    if (read.length === 0) warnings.push(`${displayPath(file)} holds no advisories`);
    records.push(...read);
  }
  return new LocalSource(records, warnings);
}

// src/advisories/snapshot.ts
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import path7 from "node:path";
import { fileURLToPath } from "node:url";
var SNAPSHOT_FILE = "advisories.snapshot";
var SnapshotError = class extends Error {
  constructor(message) {
    super(message);
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
  const here = path7.dirname(fileURLToPath(new URL(import.meta.url)));
  const candidates = [path7.join(here, SNAPSHOT_FILE), path7.join(here, "..", SNAPSHOT_FILE)];
  let dir = here;
  for (let level = 0; level < 4; level++) {
    dir = path7.dirname(dir);
    candidates.push(path7.join(dir, "dist", SNAPSHOT_FILE));
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
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, 200);
}

// src/advisories/sources.ts
async function createSources(options) {
  const sources = [await loadSnapshot(options.snapshotPath)];
  if (options.advisories.length) sources.push(await loadAdvisoryPaths([...options.advisories]));
  const live = /* @__PURE__ */ new Set();
  if (!options.offline) {
    const retry = options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {};
    const osv = new OsvApiSource({ baseUrl: options.osvUrl, retry });
    const github = new GitHubAdvisorySource({
      baseUrl: options.githubApiUrl,
      retry,
      ...options.githubToken ? { token: options.githubToken } : {}
    });
    sources.push(osv, github);
    live.add(osv.name).add(github.name);
  }
  return { sources, live };
}

// src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
function lockgateVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync2(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "lockgate" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}

export {
  require_parse_options,
  require_constants,
  require_debug,
  require_re,
  require_semver,
  require_compare,
  allFindings,
  exitCode,
  renderJson,
  howItChanged,
  renderText,
  renderMarkdown,
  renderSarif,
  listLockfiles,
  isLockfilePath,
  DirTree,
  GitTree,
  EmptyTree,
  git,
  defaultBaseRef,
  globMatcher,
  compareTrees,
  errorSentence,
  checkComparison,
  createSources,
  lockgateVersion
};
