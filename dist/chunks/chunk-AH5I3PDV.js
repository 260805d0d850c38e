import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/core/escape.ts
var MAX_ECHO = 200;
var HIDDEN = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
);
function plain(text, max = MAX_ECHO) {
  const clean = text.replace(HIDDEN, "?");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
function plainUrl(url) {
  return plain(url, 500);
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
var HOST_TLDS = "com|net|org|io|ru|su|xyz|top|cn|info|dev|app|co|me|site|online|tk|ml|ga|cf|gq|pw|cc|biz|us|uk|de|in|link|click|sh|ai|to|gg|ws|so|live|cloud|pro|shop|store|fun|icu|vip|tech|space|website";
var URL_OR_HOST = new RegExp(
  `\\b(?:https?|ftp|wss?)://[^\\s<>"'\`]+|\\b(?:[A-Za-z0-9-]+\\.)+(?:${HOST_TLDS})\\b(?![.-]?[A-Za-z0-9])`,
  "gi"
);
function defangText(text) {
  return text.replace(URL_OR_HOST, (match) => {
    const scheme = /^([a-z]+):\/\//i.exec(match);
    if (!scheme) return match.replace(/\./g, "[.]");
    const rest = match.slice(scheme[0].length);
    const slash = rest.indexOf("/");
    const host = slash === -1 ? rest : rest.slice(0, slash);
    const tail = slash === -1 ? "" : rest.slice(slash);
    return `${scheme[1].replace(/^http/i, "hxxp")}://${host.replace(/\./g, "[.]")}${tail}`;
  });
}
var CODE_SAFE = /^[A-Za-z0-9@/._~+-]+$/;
function mdCode(text, max = MAX_ECHO) {
  return text.length <= max && CODE_SAFE.test(text) ? `\`${text}\`` : md(text, max);
}

// src/core/guards.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  plain,
  plainUrl,
  md,
  mdProse,
  defang,
  mdLink,
  defangText,
  mdCode,
  isRecord
};
