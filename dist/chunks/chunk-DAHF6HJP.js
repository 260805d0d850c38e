import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  plain
} from "./chunk-AH5I3PDV.js";

// src/lockfiles/errors.ts
var LockfileError = class extends Error {
  file;
  line;
  reason;
  constructor(file, line, reason) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.name = "LockfileError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
};
function quote(value, max = 80) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return `"${plain(text, max)}"`;
}

// src/lockfiles/text.ts
var MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
var MAX_ID_LENGTH = 16 * 1024;
function checkIdLength(file, line, id) {
  if (id.length > MAX_ID_LENGTH) {
    throw new LockfileError(
      file,
      line,
      `the entry key ${quote(id, 60)} is ${id.length} characters long, over the ${MAX_ID_LENGTH}-character limit`
    );
  }
}
function precheck(file, text) {
  if (text.length > MAX_LOCKFILE_BYTES) {
    throw new LockfileError(
      file,
      void 0,
      `file is ${text.length} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`
    );
  }
  if (text.trimStart() === "") throw new LockfileError(file, 1, "file is empty");
}
function contentProblem(file, text) {
  const nul = text.indexOf("\0");
  if (nul !== -1)
    return new LockfileError(file, lineAt(text, nul), "file holds binary data (a NUL byte), not lockfile text");
  const bad = text.indexOf("�");
  if (bad !== -1) return new LockfileError(file, lineAt(text, bad), "file is not valid UTF-8 text");
  const conflict = conflictMarker(text);
  if (conflict !== void 0) {
    return new LockfileError(
      file,
      lineAt(text, conflict),
      "merge-conflict marker; resolve the conflict and regenerate the lockfile"
    );
  }
  return void 0;
}
function conflictMarker(text) {
  let first;
  for (const marker of ["<<<<<<<", "=======", ">>>>>>>"]) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      const atLineStart = at === 0 || text[at - 1] === "\n";
      const after = text[at + 7];
      if (atLineStart && (after === void 0 || after === " " || after === "\r" || after === "\n")) {
        if (first === void 0 || at < first) first = at;
        break;
      }
    }
  }
  return first;
}
function lineAt(text, offset) {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  return line;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  /** 1-based line holding the character at `offset`. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};
function jsonErrorLine(text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+)/i.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineAt(text, text.length);
  return void 0;
}
var DependencyBudget = class {
  constructor(file, text) {
    this.file = file;
    this.left = text.length;
  }
  file;
  left;
  /** Count `count` dependencies of the entry at `line`; throws a LockfileError past the budget. */
  spend(count, line) {
    this.left -= count * 2;
    if (this.left < 0) {
      throw new LockfileError(
        this.file,
        line,
        "the dependency maps list more dependencies than the file has room for (YAML aliases repeat them; lockfiles use none)"
      );
    }
  }
};

export {
  LockfileError,
  quote,
  MAX_LOCKFILE_BYTES,
  checkIdLength,
  precheck,
  contentProblem,
  lineAt,
  LineIndex,
  jsonErrorLine,
  DependencyBudget
};
