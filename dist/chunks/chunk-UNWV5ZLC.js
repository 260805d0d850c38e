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
  return plain(text, max).replace(/[\\`*_[\]<>@&|!#~:{}$^]/g, (ch, at, whole) => {
    const next = whole[at + 1] ?? "";
    const links = ch === "@" && /[A-Za-z0-9]/.test(next) || ch === "#" && /[0-9]/.test(next) || ch === ":" && next === "/";
    return `&#${ch.codePointAt(0)};${links ? ZWSP : ""}`;
  }).replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}&#46;`);
}
var SPAN_SAFE = /^[A-Za-z0-9 @/._~+:?=&%#!$*,;(){}^-]+$/;
var COPYABLE = /(?<![`\w@/.-])(?:[a-z][a-z0-9+.-]*:\/\/[^\s`|<>"'\\]+|@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?@[0-9][\w.+-]*)/gi;
function mdText(text, max = MAX_ECHO) {
  const clean = plain(text, max);
  let out = "";
  let last = 0;
  for (const match of clean.matchAll(COPYABLE)) {
    const [, body = ""] = /^(.*?)[.,;:)]*$/.exec(match[0]) ?? [];
    if (!body || !SPAN_SAFE.test(body)) continue;
    out += `${md(clean.slice(last, match.index), Infinity)}\`${body}\``;
    last = match.index + body.length;
  }
  return out + md(clean.slice(last), Infinity);
}
function mdProse(text, max = MAX_ECHO) {
  return mdText(text, max).replace(/&#96;((?:(?!&#96;).)+?)&#96;/g, (whole, inner) => {
    const content = inner.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replaceAll("​", "");
    return SPAN_SAFE.test(content) ? `\`${content}\`` : whole;
  });
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
var CODE_SAFE = /^[A-Za-z0-9@/._~+:?=&%#[\]-]+$/;
function mdCode(text, max = MAX_ECHO) {
  return text.length <= max && CODE_SAFE.test(text) ? `\`${text}\`` : md(text, max);
}
function mdJsonSpan(text, max = MAX_ECHO) {
  return text.length <= max && /^[A-Za-z0-9 @/._~+:?=&%#!$*,;(){}^">-]+$/.test(text) ? `\`${text}\`` : md(text, max);
}

export {
  plain,
  plainUrl,
  md,
  mdText,
  mdProse,
  defang,
  mdLink,
  defangText,
  mdCode,
  mdJsonSpan
};
