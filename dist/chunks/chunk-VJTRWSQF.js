import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/core/escape.ts
var MAX_ECHO = 200;
function plain(text, max = MAX_ECHO) {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "?");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
var ZWSP = "&#8203;";
function md(text, max = MAX_ECHO) {
  return plain(text, max).replace(/[\\`*_[\]<>@&|!#~:{}$^]/g, (ch) => `&#${ch.codePointAt(0)};${"@#:".includes(ch) ? ZWSP : ""}`).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}&#46;`);
}
function mdProse(text, max = MAX_ECHO) {
  return md(text, max).replace(
    /&#96;((?:[A-Za-z0-9 ._/=-]|&#64;&#8203;)+?)&#96;/g,
    (_, inner) => `\`${inner.replaceAll("&#64;&#8203;", "@")}\``
  );
}
function defang(indicator) {
  return indicator.replace(/^http/i, "hxxp").replace(/\./g, "[.]");
}
function mdLink(label, url) {
  return url.length <= 500 && /^https:\/\/[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~%/?#=&+:@-]*)?$/.test(url) ? `[${md(label)}](${url})` : md(label);
}

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
  plain,
  md,
  mdProse,
  defang,
  mdLink,
  LockfileError,
  quote
};
