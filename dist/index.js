import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  DirTree,
  EmptyTree,
  GitTree,
  InputError,
  allFindings,
  changedLockfiles,
  check,
  createClient,
  describeHttpError,
  emptyReport,
  errorSentence,
  exitCode,
  git,
  githubApiUrl,
  howItChanged,
  httpStatus,
  isLockfilePath,
  listPullFiles,
  lockgateVersion,
  message,
  messagesAt,
  parseActionInputs,
  parseRepository,
  renderJson,
  renderMarkdown,
  require_tunnel,
  sarifFor,
  signalGroups,
  takenLabel
} from "./chunks/chunk-4OCRHSVZ.js";
import {
  require_undici
} from "./chunks/chunk-CFW47MYL.js";
import "./chunks/chunk-ZVYVRW72.js";
import "./chunks/chunk-DDQOH2IR.js";
import "./chunks/chunk-DS6KX64N.js";
import "./chunks/chunk-46RT45P2.js";
import {
  MAX_LOCKFILE_BYTES
} from "./chunks/chunk-DAHF6HJP.js";
import {
  isRecord,
  plain
} from "./chunks/chunk-AH5I3PDV.js";
import {
  __toESM
} from "./chunks/chunk-7FTKMFDC.js";

// src/entry/action.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties2) {
  if (!Object.keys(annotationProperties2).length) {
    return {};
  }
  return {
    title: annotationProperties2.title,
    file: annotationProperties2.file,
    line: annotationProperties2.startLine,
    endLine: annotationProperties2.endLine,
    col: annotationProperties2.startColumn,
    endColumn: annotationProperties2.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}

// src/github/comment.ts
var COMMENT_MARKER = "<!-- lockgate:sticky-comment -->";
var MAX_COMMENT_CHARS = 65536;
function decideComment(existing, state) {
  if (state.mode === "never") return { kind: "none" };
  const clean = state.findings === 0 && state.errors === 0;
  if (!existing) {
    return state.findings > 0 || state.mode === "always" ? { kind: "create", body: state.reportBody } : { kind: "none" };
  }
  if (clean && state.mode === "on-findings") {
    return existing.body === state.resolvedBody || isResolved(existing.body) ? { kind: "none" } : { kind: "update", id: existing.id, body: state.resolvedBody };
  }
  return { kind: "update", id: existing.id, body: state.reportBody };
}
var RESOLVED_HEADING = "## ✅ Resolved";
function resolvedNote(commit, runUrl) {
  const at = commit ? ` at commit ${commit.slice(0, 12)}` : "";
  const run2 = runUrl ? ` ([run](${runUrl}))` : "";
  return [
    COMMENT_MARKER,
    RESOLVED_HEADING,
    "",
    `lockgate no longer finds a malicious package version in this pull request${at}${run2}. The earlier report is in this comment's edit history; if the flagged version was ever installed, its rotation guidance still applies.`
  ].join("\n");
}
function isResolved(body) {
  return body.startsWith(`${COMMENT_MARKER}
${RESOLVED_HEADING}`);
}
var PERMISSION_WARNING = "lockgate could not write its pull request comment: the token lacks the `pull-requests: write` permission (pull requests from forks always get a read-only token). Add `permissions: pull-requests: write` to the job to get the comment; the annotations and the job summary carry the full report.";
async function syncComment(client, target, state) {
  if (state.mode === "never") return { action: "none" };
  try {
    const existing = await findComment(client, target);
    const action = decideComment(existing, state);
    if (action.kind === "none") return { action: "none" };
    const { data } = action.kind === "create" ? await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: action.body
    }) : await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: action.id,
      body: action.body
    });
    return { action: action.kind, ...data.html_url ? { url: data.html_url } : {} };
  } catch (error2) {
    const status = httpStatus(error2);
    if (status === 403 || status === 404) return { action: "failed", warning: PERMISSION_WARNING };
    return {
      action: "failed",
      warning: `lockgate could not write its pull request comment: ${describeHttpError(error2)}. The annotations and the job summary carry the full report.`
    };
  }
}
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function tokenLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === "string" && data.login) return data.login;
  } catch {
  }
  try {
    const answer = await client.graphql("query { viewer { login } }");
    const login = answer.viewer?.login;
    if (typeof login === "string" && login) return login;
  } catch {
  }
  return ACTIONS_BOT_LOGIN;
}
async function findComment(client, target) {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  let login;
  for await (const page of iterator) {
    for (const comment of page.data) {
      if (!(comment.body ?? "").startsWith(COMMENT_MARKER)) continue;
      login ??= tokenLogin(client);
      if (comment.user?.login === await login) return { id: comment.id, body: comment.body ?? "" };
    }
  }
  return void 0;
}

// src/github/holds.ts
var PREFIX = "<!-- lockgate:held ";
function heldUntil(report) {
  if (messagesAt(report, "error").length || report.lockfiles.some((l) => l.findings.length)) return void 0;
  const failing = signalGroups(report).filter((g) => g.fails);
  if (!failing.length || failing.some((g) => !g.eligibleAt)) return void 0;
  return failing.map((g) => g.eligibleAt).sort()[failing.length - 1];
}
function holdMarker(marker) {
  return `${PREFIX}${JSON.stringify(marker)} -->`;
}
function readHoldMarker(body) {
  const start = body.indexOf(PREFIX);
  if (start < 0) return void 0;
  const end = body.indexOf(" -->", start);
  if (end < 0) return void 0;
  try {
    const raw = JSON.parse(body.slice(start + PREFIX.length, end));
    const { run: run2, job, sha: sha2, until } = raw;
    if (typeof run2 !== "number" || !Number.isSafeInteger(run2) || typeof job !== "string" || !/^[\w.-]{1,100}$/.test(job) || typeof sha2 !== "string" || !/^[0-9a-f]{40}$/.test(sha2) || typeof until !== "string" || Number.isNaN(Date.parse(until)))
      return void 0;
    return { run: run2, job, sha: sha2, until };
  } catch {
    return void 0;
  }
}
async function rerunEndedHolds(client, repo, now) {
  const outcomes = [];
  const pulls = await client.paginate(client.rest.pulls.list, { ...repo, state: "open", per_page: 100 });
  for (const pr of pulls) {
    try {
      const comment = await findComment(client, { ...repo, issueNumber: pr.number });
      const marker = comment && readHoldMarker(comment.body);
      if (!marker) {
        outcomes.push({ pull: pr.number, action: "none", detail: "no hold" });
        continue;
      }
      if (marker.sha !== pr.head.sha) {
        outcomes.push({ pull: pr.number, action: "stale", detail: "the pull request has new commits since the hold" });
        continue;
      }
      if (Date.parse(marker.until) > now) {
        outcomes.push({ pull: pr.number, action: "waiting", detail: `held until ${marker.until}` });
        continue;
      }
      const { data: run2 } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: marker.run });
      if (run2.status !== "completed" || run2.conclusion !== "failure" || run2.head_sha !== marker.sha) {
        outcomes.push({
          pull: pr.number,
          action: "none",
          detail: `run ${marker.run} is ${run2.conclusion ?? run2.status}`
        });
        continue;
      }
      const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
        ...repo,
        run_id: marker.run,
        per_page: 100
      });
      const held = jobs.filter(
        (j) => j.conclusion === "failure" && (j.name === marker.job || j.name.startsWith(`${marker.job} (`))
      );
      if (!held.length) {
        outcomes.push({
          pull: pr.number,
          action: "none",
          detail: `no failed job named ${marker.job} in run ${marker.run}`
        });
        continue;
      }
      for (const job of held) await client.rest.actions.reRunJobForWorkflowRun({ ...repo, job_id: job.id });
      outcomes.push({
        pull: pr.number,
        action: "rerun",
        detail: `re-ran job ${held.map((j) => j.id).join(", ")} of run ${marker.run}: its holds ended at ${marker.until}`
      });
    } catch (error2) {
      outcomes.push({ pull: pr.number, action: "failed", detail: describeHttpError(error2) });
    }
  }
  return outcomes;
}

// src/github/commits.ts
import { readdir as readdir2, realpath } from "node:fs/promises";

// src/github/contents-tree.ts
var SYMLINK = "120000";
var ContentsTree = class {
  constructor(client, repo, sha2) {
    this.client = client;
    this.repo = repo;
    this.sha = sha2;
  }
  client;
  repo;
  sha;
  listing;
  /** Paths of symbolic links (the API would answer with the link's target text or the file it names). */
  links = /* @__PURE__ */ new Set();
  label(file) {
    return `${this.sha.slice(0, 12)}:${file}`;
  }
  async listFiles(select) {
    const files = await this.files();
    return [...files.keys()].filter((f) => !f.split("/").includes("node_modules") && select(f)).sort();
  }
  async read(file) {
    await this.checkSize(file);
    const encoded = file.split("/").map(encodeURIComponent).join("/");
    try {
      const response = await this.client.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner: this.repo.owner,
        repo: this.repo.repo,
        ref: this.sha,
        mediaType: { format: "raw" }
      });
      const data = response.data;
      if (typeof data === "string") return data;
      if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
      const json = data;
      if (json?.encoding === "base64" && typeof json.content === "string")
        return Buffer.from(json.content, "base64").toString("utf8");
      throw new Error(`${this.label(file)}: the contents API did not answer with the file's text`);
    } catch (error2) {
      if (httpStatus(error2) === 404) return void 0;
      throw new Error(`${this.label(file)}: could not be read through the contents API: ${describeHttpError(error2)}`);
    }
  }
  /**
   * The file's bytes, through the git blobs API (`GET /repos/{o}/{r}/git/blobs/{sha}`,
   * base64 content): the raw contents media type may be decoded as text on the way.
   */
  async readBytes(file) {
    const blob = await this.checkSize(file);
    if (!blob?.sha) return void 0;
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
        owner: this.repo.owner,
        repo: this.repo.repo,
        file_sha: blob.sha
      });
      const json = data;
      if (json?.encoding === "base64" && typeof json.content === "string") return Buffer.from(json.content, "base64");
      throw new Error(`${this.label(file)}: the blobs API did not answer with the file's content`);
    } catch (error2) {
      if (httpStatus(error2) === 404) return void 0;
      throw new Error(`${this.label(file)}: could not be read through the blobs API: ${describeHttpError(error2)}`);
    }
  }
  /** The listing's entry for `file`, after checking the size limit and that it is no symbolic link. */
  async checkSize(file) {
    const blob = (await this.files()).get(file);
    if (this.links.has(file)) {
      throw new Error(
        `${this.label(file)}: is a symbolic link; read through the API it cannot be resolved safely, so check out the repository with actions/checkout`
      );
    }
    if (blob?.size !== void 0 && blob.size > MAX_LOCKFILE_BYTES) {
      throw new Error(
        `${this.label(file)}: file is ${blob.size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`
      );
    }
    return blob;
  }
  /** Every blob of the commit (path → size and sha), listed once. */
  files() {
    this.listing ??= this.loadListing();
    return this.listing;
  }
  async loadListing() {
    let data;
    try {
      ({ data } = await this.client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        owner: this.repo.owner,
        repo: this.repo.repo,
        tree_sha: this.sha,
        recursive: "1"
      }));
    } catch (error2) {
      throw new Error(
        `Could not list the files of commit ${this.sha.slice(0, 12)} through the API: ${describeHttpError(error2)}`
      );
    }
    if (data.truncated) {
      throw new Error(
        `The file list of commit ${this.sha.slice(0, 12)} is too large for the API (truncated); check out the repository with actions/checkout so lockgate can read it from git.`
      );
    }
    const files = /* @__PURE__ */ new Map();
    for (const entry of data.tree ?? []) {
      if (entry.type === "blob" && typeof entry.path === "string") {
        files.set(entry.path, { size: entry.size, ...entry.sha ? { sha: entry.sha } : {} });
        if (entry.mode === SYMLINK) this.links.add(entry.path);
      }
    }
    return files;
  }
};

// src/github/commits.ts
async function isGitCheckout(dir) {
  try {
    const { stdout } = await git(dir, ["rev-parse", "--show-toplevel"]);
    return await realpath(stdout.trim()) === await realpath(dir);
  } catch {
    return false;
  }
}
async function hasCommit(dir, sha2) {
  try {
    await git(dir, ["cat-file", "-e", `${sha2}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function fetchCommit(dir, sha2) {
  try {
    await git(dir, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha2]);
    return hasCommit(dir, sha2);
  } catch {
    return false;
  }
}
async function commitTree(sha2, options) {
  const inGit = await isGitCheckout(options.workspace);
  if (inGit && await hasCommit(options.workspace, sha2))
    return { tree: new GitTree(options.workspace, sha2), how: "git" };
  if (inGit && options.fetch && await fetchCommit(options.workspace, sha2)) {
    return { tree: new GitTree(options.workspace, sha2), how: "fetched" };
  }
  if (options.client) return { tree: new ContentsTree(options.client, options.repo, sha2), how: "api" };
  throw new Error(
    `Commit ${sha2.slice(0, 12)} is not in the checkout and there is no github-token to read it through the API.`
  );
}
async function workspaceTree(sha2, options) {
  if (await isGitCheckout(options.workspace)) return { tree: new GitTree(options.workspace, "HEAD"), how: "workspace" };
  const hasFiles = await readdir2(options.workspace).then(
    (names) => names.length > 0,
    () => false
  );
  if (!hasFiles && sha2 && options.client)
    return { tree: new ContentsTree(options.client, options.repo, sha2), how: "api" };
  return { tree: new DirTree(options.workspace), how: "workspace" };
}

// src/github/event.ts
var ZERO_SHA = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function planForEvent(event, payload) {
  const p = isRecord(payload) ? payload : {};
  switch (event) {
    case "pull_request":
    case "pull_request_target": {
      const pr = record(p.pull_request);
      const number = typeof pr.number === "number" ? pr.number : typeof p.number === "number" ? p.number : void 0;
      const baseSha = sha(record(pr.base).sha, `${event} payload pull_request.base.sha`);
      const headSha = sha(record(pr.head).sha, `${event} payload pull_request.head.sha`);
      if (number === void 0) throw new Error(`The ${event} event payload has no pull_request.number.`);
      return {
        event,
        baseSha,
        head: event === "pull_request" ? { kind: "workspace", sha: headSha } : { kind: "commit", sha: headSha },
        hasBase: true,
        pullNumber: number,
        ...typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {},
        trustedConfigFrom: "base",
        labels: Array.isArray(pr.labels) ? pr.labels.flatMap((l) => isRecord(l) && typeof l.name === "string" ? [l.name] : []) : []
      };
    }
    case "merge_group": {
      const group = record(p.merge_group);
      return {
        event,
        baseSha: sha(group.base_sha, "merge_group payload merge_group.base_sha"),
        head: { kind: "workspace", sha: sha(group.head_sha, "merge_group payload merge_group.head_sha") },
        hasBase: true,
        trustedConfigFrom: "base"
      };
    }
    case "push": {
      const after = sha(p.after, "push payload after");
      const before = typeof p.before === "string" && !ZERO_SHA.test(p.before) ? sha(p.before, "push payload before") : void 0;
      return {
        event,
        ...before ? { baseSha: before } : {},
        head: { kind: "workspace", sha: after },
        hasBase: true,
        trustedConfigFrom: "head"
      };
    }
    default:
      return { event, head: { kind: "workspace" }, hasBase: false, trustedConfigFrom: "head" };
  }
}
function sha(value, what) {
  if (typeof value === "string" && SHA.test(value)) return value;
  throw new Error(`The ${what} is missing or not a commit SHA.`);
}
function record(value) {
  return isRecord(value) ? value : {};
}

// src/github/publish.ts
import { mkdir as mkdir2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import os5 from "node:os";
import path from "node:path";

// src/github/annotations.ts
var MAX_INLINE_PER_LEVEL = 10;
function findingAnnotations(report) {
  const errors = messagesAt(report, "error").map(
    (error2) => messageAnnotation(error2, "lockgate could not finish")
  );
  const findings = allFindings(report).map((f) => {
    const advisories = f.advisories.map((a) => `${a.id}${a.summary ? ` (${a.summary})` : ""}`).join(", ");
    return {
      level: "error",
      title: plain(`Malicious package version: ${f.name}@${f.version}`, 300),
      file: f.lockfile,
      line: f.line,
      message: plain(
        `${f.name}@${f.version} (${howItChanged(f)})${f.declared ? `, declared in ${f.declared.file} line ${f.declared.line},` : ""} is covered by ${advisories}. ${f.guidance.headline.replaceAll("`", "")}${taken(f)} See the job summary for what to do now and which credentials to rotate.`,
        2e3
      )
    };
  });
  return [...errors, ...findings];
}
function taken(f) {
  const kinds = f.guidance.taken.map((t) => takenLabel(t.kind).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()));
  if (!kinds.length) return "";
  const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(", ")} and ${kinds.at(-1)}`;
  return ` It took ${list}, as the advisory says.`;
}
function warningAnnotations(report) {
  return messagesAt(report, "warning").map((warning2) => messageAnnotation(warning2, "lockgate"));
}
function messageAnnotation(m, title) {
  return {
    level: m.level === "error" ? "error" : "warning",
    title,
    message: plain(m.message, 1e3),
    ...m.file !== void 0 ? { file: m.file } : {},
    ...m.line !== void 0 ? { line: m.line } : {}
  };
}
function planAnnotations(errors, warnings) {
  return {
    shown: [...errors.slice(0, MAX_INLINE_PER_LEVEL), ...warnings.slice(0, MAX_INLINE_PER_LEVEL)],
    hiddenErrors: Math.max(0, errors.length - MAX_INLINE_PER_LEVEL),
    hiddenWarnings: Math.max(0, warnings.length - MAX_INLINE_PER_LEVEL)
  };
}
function hiddenAnnotationsNote(plan) {
  if (!plan.hiddenErrors && !plan.hiddenWarnings) return void 0;
  const parts = [
    plan.hiddenErrors ? `${plan.hiddenErrors} error annotation${plan.hiddenErrors === 1 ? "" : "s"}` : "",
    plan.hiddenWarnings ? `${plan.hiddenWarnings} warning annotation${plan.hiddenWarnings === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return `${parts.join(" and ")} not shown inline (GitHub shows ${MAX_INLINE_PER_LEVEL} of each per step); every finding is listed in this summary and in the report file.`;
}
function annotationProperties(annotation) {
  return {
    title: annotation.title,
    ...annotation.file ? { file: annotation.file } : {},
    ...annotation.line ? { startLine: annotation.line } : {}
  };
}
function signalAnnotations(report) {
  const errors = [];
  const warnings = [];
  for (const g of signalGroups(report)) {
    const what = g.signals.map((s) => `${s.signal} (${s.level}): ${s.detail}`).join(" ");
    const annotation = {
      level: g.fails ? "error" : "warning",
      title: plain(
        g.fails ? g.eligibleAt ? `Held until ${g.eligibleAt.slice(0, 16).replace("T", " ")} UTC: ${g.name}@${g.version}` : `Registry signals to review: ${g.name}@${g.version}` : `Registry signal: ${g.name}@${g.version}`,
        300
      ),
      file: g.lockfile,
      line: g.line,
      message: plain(
        `${what} This is a reason to ${g.fails ? "wait" : "look"}, not a verdict of malware; no advisory covers it yet.`,
        2e3
      )
    };
    (g.fails ? errors : warnings).push(annotation);
  }
  return { errors, warnings };
}

// src/github/summary.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
function markdownWithinBytes(report, maxBytes, options) {
  const extra = options.extra?.length ? `

${options.extra.map((e) => `> ${e}`).join("\n\n")}` : "";
  let budget = maxBytes - Buffer.byteLength(extra);
  for (let attempt = 0; attempt < 8; attempt++) {
    const text = `${renderMarkdown(report, {
      maxChars: budget,
      ...options.prefix ? { prefix: options.prefix } : {},
      ...options.fullReportHint ? { fullReportHint: options.fullReportHint } : {}
    })}${extra}`;
    const bytes = Buffer.byteLength(text);
    if (bytes <= maxBytes) return text;
    budget = Math.floor(budget * maxBytes * 0.95 / bytes);
  }
  return `${options.prefix ? `${options.prefix}
` : ""}lockgate: the report did not fit here; ${options.fullReportHint ?? "see the report file"}.`;
}
function findingsOutput(report) {
  return allFindings(report).map((f) => ({
    lockfile: f.lockfile,
    name: f.name,
    version: f.version,
    line: f.line,
    change: f.change,
    advisories: f.advisories.map((a) => a.id)
  }));
}

// src/github/publish.ts
async function publish(inputs, plan, checked, ctx) {
  const runUrl = runLink(ctx.env, ctx.repo);
  const fullReportHint = `the full report is in the job summary${runUrl ? ` of [this run](${runUrl})` : ""} and in the report file (output report-path)`;
  const comment = await writeComment(inputs, plan, checked, ctx, { runUrl, fullReportHint });
  const report = comment.warning ? { ...checked, messages: [...checked.messages, comment.warning] } : checked;
  const reportPath = await writeReportFile(report, ctx.env);
  const signalNotes = signalAnnotations(report);
  const annotations = planAnnotations(
    [...findingAnnotations(report), ...signalNotes.errors],
    [...warningAnnotations(report), ...signalNotes.warnings]
  );
  for (const annotation of annotations.shown) {
    const emit = annotation.level === "error" ? error : warning;
    emit(annotation.message, annotationProperties(annotation));
  }
  const extra = [hiddenAnnotationsNote(annotations), comment.url ? `Pull request comment: ${comment.url}` : void 0];
  const summary2 = markdownWithinBytes(report, MAX_SUMMARY_BYTES - 1024, {
    fullReportHint: "the full report is in the report file (output report-path)",
    extra: extra.filter((x) => !!x)
  });
  try {
    await summary.addRaw(summary2).write();
  } catch (error2) {
    info(`No job summary written (${errorSentence(error2)}).`);
  }
  setOutput("finding-count", String(allFindings(report).length));
  setOutput("findings", JSON.stringify(findingsOutput(report)));
  setOutput("report-path", reportPath);
  setOutput("markdown", markdownWithinBytes(report, MAX_COMMENT_CHARS, { fullReportHint }));
  if (inputs.sarifFile) await writeSarif(report, path.resolve(ctx.workspace, inputs.sarifFile));
  const status = exitCode(report, inputs.warnOnly);
  const findings = allFindings(report).length;
  const errors = messagesAt(report, "error").length;
  if (errors) info(`lockgate could not finish: ${errors} error(s); see the annotations and the job summary.`);
  else if (!findings && signalGroups(report).some((g) => g.fails)) {
    const until = heldUntil(report);
    const held = signalGroups(report).filter((g) => g.fails).length;
    const passes = inputs.warnOnly ? "; warn-only is set, so the step passes" : "";
    info(
      until ? `lockgate holds ${held} new version(s) until ${until}: a reason to wait, not a verdict of malware${passes || "; the scheduled run with rerun-held re-runs this job then"}.` : `lockgate: registry signals fail the check (see the annotations and the job summary)${passes}.`
    );
  } else if (findings)
    info(
      `lockgate found ${findings} malicious package version(s)${inputs.warnOnly ? "; warn-only is set, so the step passes" : ""}.`
    );
  else {
    const first = report.messages[0];
    info(`lockgate found no malicious package version.${first ? ` ${first.message}` : ""}`);
  }
  return status;
}
async function writeComment(inputs, plan, report, ctx, links) {
  if (plan.pullNumber === void 0 || inputs.comment === "never") return {};
  if (!ctx.client)
    return {
      warning: message(
        "warning",
        "lockgate could not write its pull request comment: the github-token input is empty."
      )
    };
  const body = markdownWithinBytes(report, MAX_COMMENT_CHARS - 600, {
    prefix: COMMENT_MARKER,
    fullReportHint: links.fullReportHint
  });
  const footer = `

<sub>lockgate${plan.head.sha ? ` checked commit ${plan.head.sha.slice(0, 12)}` : ""}${links.runUrl ? ` in [this run](${links.runUrl})` : ""}.</sub>`;
  const outcome = await syncComment(
    ctx.client,
    { ...ctx.repo, issueNumber: plan.pullNumber },
    {
      mode: inputs.comment,
      // Failing registry signals need the comment too: it carries the hold marker the scheduled re-run reads.
      findings: allFindings(report).length + signalGroups(report).filter((g) => g.fails).length,
      errors: messagesAt(report, "error").length,
      reportBody: `${body}${footer}${heldMarkerLine(report, plan, ctx.env)}`,
      resolvedBody: resolvedNote(plan.head.sha, links.runUrl)
    }
  );
  if (outcome.action !== "none" && outcome.action !== "failed")
    info(`Pull request comment: ${outcome.action}d${outcome.url ? ` (${outcome.url})` : ""}.`);
  return {
    ...outcome.url ? { url: outcome.url } : {},
    ...outcome.warning ? { warning: message("warning", outcome.warning) } : {}
  };
}
function heldMarkerLine(report, plan, env) {
  const until = heldUntil(report);
  const run2 = Number(env.GITHUB_RUN_ID);
  const job = env.GITHUB_JOB ?? "";
  if (!until || !plan.head.sha || !Number.isSafeInteger(run2) || run2 <= 0 || !/^[\w.-]{1,100}$/.test(job)) return "";
  return `
${holdMarker({ run: run2, job, sha: plan.head.sha, until })}`;
}
async function writeSarif(report, sarifPath) {
  const log = sarifFor(report, { toolVersion: lockgateVersion() });
  if (!log) {
    await rm2(sarifPath, { force: true });
    info(
      "No SARIF written: the run did not finish, and an incomplete analysis would close open code scanning alerts."
    );
    return;
  }
  await mkdir2(path.dirname(sarifPath), { recursive: true });
  await writeFile2(sarifPath, `${JSON.stringify(log, null, 2)}
`);
  setOutput("sarif-file", sarifPath);
  info(`SARIF written to ${sarifPath}.`);
}
function runLink(env, repo) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
}
async function writeReportFile(report, env) {
  const dir = env.RUNNER_TEMP || os5.tmpdir();
  const step = (env.GITHUB_ACTION || "lockgate").replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 100);
  const file = path.join(dir, `lockgate-report-${step}.json`);
  await mkdir2(dir, { recursive: true });
  await writeFile2(file, renderJson(report));
  return file;
}

// src/entry/action.ts
async function run(env = process.env) {
  process.exitCode = await runAction(env);
}
async function runAction(env) {
  let inputs;
  try {
    inputs = parseActionInputs((name) => getInput(name));
  } catch (error2) {
    error(error2 instanceof InputError ? error2.message : `lockgate: ${errorSentence(error2)}`);
    return 2;
  }
  try {
    const plan = withRefs(planForEvent(env.GITHUB_EVENT_NAME ?? "", readEventPayload(env.GITHUB_EVENT_PATH)), inputs);
    const client = inputs.githubToken ? createClient(inputs.githubToken, githubApiUrl(env), env) : void 0;
    const ctx = {
      workspace: path2.resolve(env.GITHUB_WORKSPACE || process.cwd()),
      repo: parseRepository(env.GITHUB_REPOSITORY),
      env,
      ...client ? { client } : {}
    };
    if (inputs.rerunHeld && plan.pullNumber === void 0) await rerunHeld(ctx);
    return await publish(inputs, plan, await scan(inputs, plan, ctx), ctx);
  } catch (error2) {
    error(`lockgate: ${errorSentence(error2)}`);
    return 2;
  }
}
async function scan(inputs, plan, ctx) {
  const mode = plan.hasBase ? inputs.mode ?? "diff" : "all";
  if (!plan.hasBase)
    info(
      `The ${plan.event || "current"} event has no base commit, so every version in the lockfiles is checked (mode all).`
    );
  const changedFiles = mode === "diff" ? await pullFiles(plan, ctx) : void 0;
  if (changedFiles && !changedLockfiles(changedFiles, isLockfilePath).any) {
    const count = `${changedFiles.length} file${changedFiles.length === 1 ? "" : "s"} changed`;
    return emptyReport(mode, [
      message("note", `This pull request changes no lockfile (${count}), so nothing needed checking.`)
    ]);
  }
  const request = await actionRequest(inputs, plan, ctx, mode, changedFiles);
  return check(request);
}
async function pullFiles(plan, ctx) {
  if (plan.pullNumber === void 0 || !ctx.client) return void 0;
  try {
    const files = await listPullFiles(ctx.client, ctx.repo, plan.pullNumber, plan.changedFiles, plan.head.sha);
    if (!files)
      info(
        "The pull request's file list could not be tied to the event's head commit; every lockfile is compared."
      );
    return files;
  } catch (error2) {
    info(`Could not list the pull request's files (${describeHttpError(error2)}); every lockfile is compared.`);
    return void 0;
  }
}
async function actionRequest(inputs, plan, ctx, mode, changedFiles) {
  const treeOptions = { workspace: ctx.workspace, repo: ctx.repo, ...ctx.client ? { client: ctx.client } : {} };
  const base = plan.baseSha ? await commitTree(plan.baseSha, { ...treeOptions, fetch: true }) : void 0;
  const head = plan.head.kind === "commit" ? await commitTree(plan.head.sha, { ...treeOptions, fetch: false }) : await workspaceTree(plan.head.sha, { ...treeOptions, fetch: false });
  info(
    `lockgate: ${plan.event || "unknown"} event, mode ${mode}; head ${describeTree(plan.head.sha, head)}; base ${plan.baseSha ? describeTree(plan.baseSha, base) : "empty"}.`
  );
  const trusted = plan.trustedConfigFrom === "base" && base ? base.tree : void 0;
  return {
    head: head.tree,
    base: base?.tree ?? new EmptyTree(),
    mode,
    config: inputs.configRepo ? externalConfigRequest(inputs, ctx) : {
      tree: trusted ?? head.tree,
      path: inputs.config,
      origin: "input 'config'",
      required: inputs.configExplicit,
      ...trusted ? { untrusted: head.tree } : {}
    },
    lockfileGlobs: inputs.lockfiles,
    ...changedFiles ? { changedFiles } : {},
    root: ctx.workspace,
    lists: inputs.advisories.map((p) => path2.resolve(ctx.workspace, p)),
    ...trusted ? { protectListsFrom: trusted } : {},
    sources: {
      offline: inputs.offline,
      osv: inputs.osv,
      githubAdvisories: inputs.githubAdvisories,
      env: ctx.env,
      osvUrl: inputs.osvUrl,
      githubApiUrl: githubApiUrl(ctx.env),
      ...inputs.githubToken ? { githubToken: inputs.githubToken } : {}
    },
    requireLive: inputs.requireLiveSources,
    ...inputs.offline ? {} : { signals: signalsOptions(inputs, plan, ctx.env) }
  };
}
function signalsOptions(inputs, plan, env) {
  const overridden = inputs.overrideLabel !== "" && (plan.labels ?? []).includes(inputs.overrideLabel);
  return {
    registryUrl: inputs.registryUrl,
    ...inputs.minReleaseAgeMs !== void 0 ? { minReleaseAgeMs: inputs.minReleaseAgeMs } : {},
    env,
    ...overridden ? { overrideLabel: inputs.overrideLabel } : {}
  };
}
async function rerunHeld(ctx) {
  if (!ctx.client) {
    warning("lockgate could not re-run held pull requests: the github-token input is empty.");
    return;
  }
  try {
    const outcomes = await rerunEndedHolds(ctx.client, ctx.repo, Date.now());
    for (const o of outcomes) {
      const line = `Pull request #${o.pull}: ${o.action} (${o.detail}).`;
      if (o.action === "failed") warning(`lockgate could not re-run a held job. ${line}`);
      else info(line);
    }
    info(
      `Held pull requests: ${outcomes.filter((o) => o.action === "rerun").length} re-run of ${outcomes.length} open.`
    );
  } catch (error2) {
    warning(
      `lockgate could not list the open pull requests to re-run held jobs (${describeHttpError(error2)}); the job needs \`actions: write\` and \`pull-requests: read\`.`
    );
  }
}
function withRefs(plan, inputs) {
  return {
    ...plan,
    ...inputs.baseRef ? { baseSha: inputs.baseRef, hasBase: true } : {},
    ...inputs.headRef ? { head: { kind: "commit", sha: inputs.headRef } } : {}
  };
}
function externalConfigRequest(inputs, ctx) {
  const external = inputs.configRepo;
  const token = inputs.configToken || inputs.githubToken;
  if (!token)
    throw new Error(
      `The config ${external.owner}/${external.repo}/${external.path}@${external.ref} is in another repository; set config-token (or github-token) to read it.`
    );
  const client = createClient(token, githubApiUrl(ctx.env), ctx.env);
  return {
    tree: new ContentsTree(client, { owner: external.owner, repo: external.repo }, external.ref),
    path: external.path,
    origin: `input 'config' (${external.owner}/${external.repo}@${external.ref})`,
    required: true
  };
}
function readEventPayload(file) {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error2) {
    throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${errorSentence(error2)}).`);
  }
}
function describeTree(sha2, resolved) {
  const what = sha2 ? `commit ${sha2.slice(0, 12)}` : "the workspace";
  const how = {
    git: "from git objects",
    fetched: "fetched shallowly",
    api: "through the contents API",
    workspace: "checked out in the workspace"
  }[resolved.how];
  return `${what} (${how})`;
}

// src/index.ts
await run();
