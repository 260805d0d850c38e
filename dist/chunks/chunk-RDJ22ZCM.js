import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  LockfileError
} from "./chunk-ZMIX5TBM.js";

// src/lockfiles/text.ts
var MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
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
function jsonErrorLine(text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+)/i.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineAt(text, text.length);
  return void 0;
}

export {
  MAX_LOCKFILE_BYTES,
  precheck,
  contentProblem,
  lineAt,
  jsonErrorLine
};
