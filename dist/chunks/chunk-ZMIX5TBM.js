import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  plain
} from "./chunk-WRU4FYIT.js";

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

export {
  LockfileError,
  quote
};
