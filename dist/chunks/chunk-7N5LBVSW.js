import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

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
  let text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  if (text.length > max) text = `${text.slice(0, max)}…`;
  return `"${text}"`;
}

export {
  LockfileError,
  quote
};
