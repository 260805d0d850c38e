import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  treeReRunsHeld
} from "./chunks/chunk-RLA2M7T3.js";
import {
  cacheRoot,
  check,
  isInstallPlanPath,
  registryCacheDir,
  renderJson,
  renderMarkdown
} from "./chunks/chunk-TJSSW6OX.js";
import {
  DEFAULT_CONFIG,
  DirTree,
  EmptyTree,
  GitTree,
  HttpRequestError,
  INPUT_OPTIONS,
  SYMLINK,
  allFindings,
  changedLockfiles,
  emptyReport,
  exitCode,
  git,
  githubApiUrl,
  howItChanged,
  isInside,
  isPolicy,
  kinds,
  listItems,
  lockgateVersion,
  manifestFindingLines,
  message,
  messagesAt,
  nextLink,
  notCheckedLine,
  pruneCache,
  requestBytes,
  requestJson,
  sarifFor,
  sentences,
  signalGroups,
  summaryLine,
  takenLabel,
  unblockText,
  verdictCounts,
  verdictOf,
  versionLabel,
  wayOutText
} from "./chunks/chunk-F4BCUNK6.js";
import "./chunks/chunk-LHOIBBIU.js";
import {
  require_undici
} from "./chunks/chunk-CFW47MYL.js";
import "./chunks/chunk-ZVYVRW72.js";
import "./chunks/chunk-ZGRLDC5Z.js";
import "./chunks/chunk-DJLBLQNC.js";
import "./chunks/chunk-46RT45P2.js";
import {
  LockgateError,
  MAX_LOCKFILE_BYTES,
  errorSentence
} from "./chunks/chunk-PCST67PE.js";
import {
  isRecord
} from "./chunks/chunk-3GP7XQVC.js";
import {
  plain
} from "./chunks/chunk-UNWV5ZLC.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-7FTKMFDC.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// src/entry/action.ts
import { readFileSync } from "node:fs";
import path3 from "node:path";

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
var tunnel = __toESM(require_tunnel2(), 1);
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
      } catch (_a2) {
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
    const listItems2 = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems2);
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

// src/config/action-inputs.ts
var InputError = class extends LockgateError {
  name = "InputError";
  constructor(message2) {
    super("input", message2);
  }
};
function parseActionInputs(get) {
  const read = {};
  for (const o of INPUT_OPTIONS) {
    const raw = o.list ? get(o.input) : get(o.input).trim();
    if (o.list) read[o.key] = listItems(raw);
    else if (raw === "" && o.default === void 0) continue;
    else if (!o.kind) read[o.key] = raw;
    else read[o.key] = inputValue(o.input, raw || o.default, o.kind);
  }
  if (read.offline && read.requireLive) {
    throw new InputError(
      "Inputs 'offline' and 'require-live-sources' are both true; they contradict each other, set one of them."
    );
  }
  const { requireLive, config: config2, configToken, githubToken, overrideLabel, ...rest } = read;
  const configText = config2 ?? "";
  const configRepo = externalConfig(configText);
  return {
    ...rest,
    githubToken: githubToken ?? "",
    requireLiveSources: requireLive,
    config: configRepo ? configRepo.path : inputValue("config", configText || DEFAULT_CONFIG, kinds.repoPath),
    configExplicit: configRepo !== void 0 || configText !== "" && configText !== DEFAULT_CONFIG,
    ...configRepo ? { configRepo } : {},
    ...configToken ? { configToken } : {},
    overrideLabel: overrideLabel ?? ""
  };
}
function inputValue(name, raw, kind) {
  const value = kind.parse(raw);
  if (value === void 0) throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected ${kind.expected}.`);
  return value;
}
function externalConfig(raw) {
  if (!raw.includes("@")) return void 0;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@([^@]+)$/.exec(raw);
  if (!match || match[3].split("/").includes("..")) {
    throw new InputError(
      `Invalid input 'config': ${shown(raw)}. Expected a path in this repository, or {owner}/{repo}/{path}@{ref} for a config in another repository.`
    );
  }
  return { owner: match[1], repo: match[2], path: match[3], ref: inputValue("config", match[4], kinds.gitRef) };
}
function shown(raw) {
  return `'${plain(raw, 80)}'`;
}

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path4, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path4);
    return iss;
  });
}
function unwrapMessage(message2) {
  return typeof message2 === "string" ? message2 : message2?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message2 = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message2;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}

// src/github/client.ts
var MAX_PAGES = 100;
var MAX_ANSWER_BYTES = 16 * 1024 * 1024;
var MAX_CONTENT_BYTES = 96 * 1024 * 1024;
var GitHubClient = class {
  constructor(token, apiUrl, policy = {}) {
    this.token = token;
    this.policy = policy;
    this.apiUrl = apiUrl.replace(/\/+$/, "");
    this.origin = new URL(this.apiUrl).origin;
  }
  token;
  policy;
  apiUrl;
  origin;
  /** `GET path` (relative to the API root, `?query` included), checked against `schema`. */
  async get(path4, schema, options = {}) {
    return (await this.call("GET", path4, schema, void 0, options)).data;
  }
  /** `POST` or `PATCH` with a JSON body; a POST is sent once unless the server cannot have acted on it. */
  async send(method, path4, body, schema, options = {}) {
    return (await this.call(method, path4, schema, body, options)).data;
  }
  /** A file's raw bytes and content type (`Accept` of a raw media type); undefined for a 404. */
  async raw(path4, accept) {
    try {
      const request = this.request("GET", path4, void 0, { accept, maxBytes: MAX_CONTENT_BYTES });
      const response = await requestBytes(request, this.policy);
      return { body: response.body, contentType: response.headers.get("content-type") ?? "" };
    } catch (error2) {
      if (error2 instanceof HttpRequestError && error2.status === 404) return void 0;
      throw error2;
    }
  }
  /**
   * Every item of a paged list: each page must be an array of `item` (or, with
   * `field`, an object whose `field` is one), and the `Link` header's next page
   * must stay on the API's origin. A page that cannot be read is asked for
   * again before the whole list fails; a list is never shorter than GitHub's.
   */
  async paginate(path4, item, field) {
    const page = field ? looseObject({ [field]: array(item) }) : array(item);
    const out = [];
    let url = this.url(withQuery(path4, "per_page=100"));
    for (let n = 1; url; n++) {
      if (n > MAX_PAGES)
        throw new HttpRequestError("shape", `GET ${pathOf(path4)} linked a next page after ${MAX_PAGES} pages`, n);
      const answer = await this.call("GET", url, page, void 0, {}, `page ${n}`);
      out.push(...field ? answer.data[field] : answer.data);
      const next = nextLink(answer.headers.get("link"));
      if (next !== void 0 && new URL(next, url).origin !== this.origin)
        throw new HttpRequestError("shape", `GET ${pathOf(path4)} linked its next page on another host`, n);
      url = next === void 0 ? void 0 : new URL(next, url).href;
    }
    return out;
  }
  /** A GraphQL query's `data`, checked against `schema`; `errors` in the answer are a failure. */
  async graphql(query, schema) {
    const answer = await this.send(
      "POST",
      "/graphql",
      { query },
      object({
        data: optional(nullable(schema)),
        errors: optional(array(looseObject({ message: string2() })))
      }),
      { idempotent: true }
    );
    if (answer.errors?.length || answer.data == null)
      throw new HttpRequestError(
        "shape",
        `POST /graphql answered errors: ${JSON.stringify(answer.errors?.[0]?.message ?? "no data").slice(0, 200)}`,
        1
      );
    return answer.data;
  }
  url(path4) {
    return /^https?:\/\//.test(path4) ? path4 : `${this.apiUrl}${path4}`;
  }
  request(method, path4, body, options) {
    return {
      method,
      url: this.url(path4),
      headers: {
        accept: options.accept ?? "application/vnd.github+json",
        authorization: `Bearer ${this.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "lockgate"
      },
      ...body !== void 0 ? { body } : {},
      ...options.idempotent !== void 0 ? { idempotent: options.idempotent } : {},
      redirect: "error",
      maxBytes: options.maxBytes ?? MAX_ANSWER_BYTES,
      retryUnreadable: method === "GET"
    };
  }
  async call(method, path4, schema, body, options, where) {
    const request = this.request(method, path4, body, options);
    for (let attempt = 1; ; attempt++) {
      const response = await requestJson(request, this.policy);
      const parsed = safeParse(schema, response.data);
      if (parsed.success) return { data: parsed.data, headers: response.headers };
      if (method === "GET" && attempt < 2) continue;
      throw new HttpRequestError(
        "shape",
        `${method} ${pathOf(request.url)}${where ? ` (${where})` : ""} answered ${describeShapeProblem(parsed.error.issues, response.data)}`,
        attempt,
        response.status
      );
    }
  }
  /** `DELETE path`; a 404 (already gone) is not a failure. */
  async delete(path4) {
    try {
      await requestBytes(this.request("DELETE", path4, void 0, {}), this.policy);
    } catch (error2) {
      if (!(error2 instanceof HttpRequestError && error2.status === 404)) throw error2;
    }
  }
  /**
   * `POST path` whose answer carries nothing to read but its status: a re-run
   * answers 201 Created. Any other success (an empty or HTML 200 from a proxy)
   * is a doubtful answer, not a done re-run.
   */
  async post(path4, body, expectedStatus = 201) {
    const response = await requestBytes(this.request("POST", path4, body, {}), this.policy);
    if (response.status !== expectedStatus)
      throw new HttpRequestError(
        "status",
        `POST ${pathOf(path4)} answered ${response.status} where ${expectedStatus} was expected`,
        1,
        response.status
      );
  }
};
function createClient(token, apiUrl, env = process.env) {
  return new GitHubClient(token, apiUrl, { proxyEnv: env });
}
function parseRepository(value) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? "");
  if (!match)
    throw new Error(`Invalid GITHUB_REPOSITORY '${(value ?? "").slice(0, 100)}'. Expected format {owner}/{repo}.`);
  return { owner: match[1], repo: match[2] };
}
function repoPath(repo, rest) {
  return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}${rest}`;
}
function httpStatus(error2) {
  return error2 instanceof HttpRequestError ? error2.status : void 0;
}
function isRateLimit(error2) {
  return error2 instanceof HttpRequestError && error2.kind === "rate-limit";
}
function describeHttpError(error2) {
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  return message2.split("\n")[0].slice(0, 300);
}
function withQuery(path4, query) {
  return `${path4}${path4.includes("?") ? "&" : "?"}${query}`;
}
function pathOf(url) {
  try {
    return new URL(url, "http://x").pathname;
  } catch {
    return url.slice(0, 100);
  }
}
function describeShapeProblem(issues, data) {
  if (data === null || typeof data !== "object")
    return `${describeValue(data)} where JSON ${expectedTop(issues)} was expected`;
  const first = issues[0];
  if (!first) return "JSON of another shape";
  const at = first.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
  let value = data;
  for (const key of first.path)
    value = value !== null && typeof value === "object" ? value[key] : void 0;
  const expected = "expected" in first ? `expected ${String(first.expected)}` : first.message;
  return `JSON of another shape (${at || "the answer"}: ${expected}, found ${describeValue(value)})`;
}
function expectedTop(issues) {
  const first = issues[0];
  return first && first.path.length === 0 && "expected" in first ? String(first.expected) : "data";
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : "a string";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
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
var COMMENT = looseObject({
  id: number2(),
  html_url: string2(),
  body: optional(nullable(string2())),
  user: nullable(looseObject({ login: string2() }))
});
async function syncComment(client, target, state) {
  if (state.mode === "never") return { action: "none" };
  const comments = new StickyComments(client, target);
  let own2;
  let action;
  let written;
  try {
    own2 = await comments.own();
  } catch (error2) {
    return { action: "failed", warning: commentWarning("read the pull request comments", error2) };
  }
  try {
    action = decideComment(own2[0], state);
    if (action.kind === "update") written = await comments.update(action.id, action.body);
    if (action.kind === "create") written = await comments.create(action.body);
  } catch (error2) {
    return { action: "failed", warning: commentWarning("write its pull request comment", error2) };
  }
  const done = { action: action.kind, ...written ? { url: written.html_url } : {} };
  if (action.kind !== "create" && own2.length < 2) return done;
  try {
    const after = action.kind === "create" ? await comments.own() : own2;
    const kept = await comments.fold(after, written);
    return {
      ...done,
      ...kept.url ? { url: kept.url } : {},
      ...after.length > 1 ? { folded: after.length - 1 } : {}
    };
  } catch (error2) {
    return { ...done, warning: commentWarning("fold duplicates of its pull request comment", error2) };
  }
}
function commentWarning(step, error2) {
  const status = httpStatus(error2);
  if (isRateLimit(error2))
    return `lockgate could not ${step}: the GitHub API rate limit was reached (${describeHttpError(error2)}). The annotations and the job summary carry the full report.`;
  if (status === 403 || status === 404) return PERMISSION_WARNING;
  return `lockgate could not ${step}: ${describeHttpError(error2)}. The annotations and the job summary carry the full report.`;
}
var StickyComments = class {
  constructor(client, target) {
    this.client = client;
    this.target = target;
  }
  client;
  target;
  login;
  /** lockgate's own comments (marker first, written by this token's identity), oldest first; throws when a page cannot be read. */
  async own() {
    const all = await this.client.paginate(this.path("/issues/{n}/comments"), COMMENT);
    const marked = all.filter((c) => (c.body ?? "").startsWith(COMMENT_MARKER));
    if (!marked.length) return [];
    this.login ??= tokenLogin(this.client);
    const login = await this.login;
    return marked.filter((c) => c.user?.login === login).sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, body: c.body ?? "" }));
  }
  async update(id, body) {
    return this.client.send("PATCH", repoPath(this.target, `/issues/comments/${id}`), { body }, COMMENT);
  }
  /**
   * Creates the comment. A create that failed other than by a refusal (403,
   * 404, 422) may have been made all the same: list again, and create once
   * more only when it was not.
   */
  async create(body) {
    try {
      return await this.client.send("POST", this.path("/issues/{n}/comments"), { body }, COMMENT);
    } catch (error2) {
      const status = httpStatus(error2);
      if (status !== void 0 && status >= 400 && status < 500) throw error2;
      const own2 = await this.own();
      if (own2[0]) return this.update(own2[0].id, body);
      return this.client.send("POST", this.path("/issues/{n}/comments"), { body }, COMMENT);
    }
  }
  /**
   * Keeps the oldest of `own` and deletes the rest. When this run `written`
   * a newer one (another run created the oldest meanwhile), its body goes
   * into the oldest. Returns the comment kept, with its address when known.
   */
  async fold(own2, written) {
    const [oldest, ...newer] = own2;
    let kept = written && (!oldest || written.id === oldest.id) ? { url: written.html_url } : {};
    if (oldest && written && written.id !== oldest.id)
      kept = { url: (await this.update(oldest.id, written.body ?? "")).html_url };
    for (const duplicate of newer) await this.client.delete(repoPath(this.target, `/issues/comments/${duplicate.id}`));
    return kept;
  }
  path(template) {
    return repoPath(this.target, template.replace("{n}", String(this.target.issueNumber)));
  }
};
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function tokenLogin(client) {
  try {
    const user = await client.get("/user", looseObject({ login: string2().check(_minLength(1)) }));
    return user.login;
  } catch {
  }
  try {
    const answer = await client.graphql(
      "query { viewer { login } }",
      looseObject({ viewer: looseObject({ login: string2().check(_minLength(1)) }) })
    );
    return answer.viewer.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}
async function findComment(client, target) {
  return (await new StickyComments(client, target).own())[0];
}

// src/github/holds.ts
var OPEN_PULL = looseObject({ number: number2(), head: looseObject({ sha: string2() }) });
var RUN = looseObject({
  id: number2(),
  head_sha: string2(),
  status: nullable(string2()),
  conclusion: nullable(string2())
});
var JOB = looseObject({ id: number2(), name: string2(), conclusion: nullable(string2()) });
var PREFIX = "<!-- lockgate:held ";
function heldUntil(report) {
  const counts = verdictCounts(report);
  if (messagesAt(report, "error").length || counts.findings || counts.suspicious) return void 0;
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
  const pulls = await client.paginate(repoPath(repo, "/pulls?state=open"), OPEN_PULL);
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
      const run2 = await client.get(repoPath(repo, `/actions/runs/${marker.run}`), RUN);
      if (run2.status !== "completed" || run2.conclusion !== "failure" || run2.head_sha !== marker.sha) {
        outcomes.push({
          pull: pr.number,
          action: "none",
          detail: run2.head_sha !== marker.sha ? `run ${marker.run} checked commit ${run2.head_sha.slice(0, 12)}, not the held ${marker.sha.slice(0, 12)}` : `run ${marker.run} is ${run2.conclusion ?? run2.status ?? "in an unknown state"}, not failed`
        });
        continue;
      }
      const jobs = await client.paginate(repoPath(repo, `/actions/runs/${marker.run}/jobs`), JOB, "jobs");
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
      for (const job of held) await client.post(repoPath(repo, `/actions/jobs/${job.id}/rerun`), {});
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
import { readdir as readdir2, realpath, stat as stat2 } from "node:fs/promises";
import path from "node:path";

// src/github/contents-tree.ts
import { createHash } from "node:crypto";
var TREE = looseObject({
  tree: array(
    looseObject({
      path: string2(),
      type: string2(),
      mode: optional(string2()),
      size: optional(number2()),
      sha: string2()
    })
  ),
  truncated: optional(boolean2())
});
var BLOB = looseObject({ encoding: literal("base64"), content: string2() });
var CONTENTS_JSON = looseObject({
  type: literal("file"),
  encoding: literal("base64"),
  content: string2(),
  sha: string2()
});
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
    const blob = await this.checkSize(file);
    if (!blob) return void 0;
    const encoded = file.split("/").map(encodeURIComponent).join("/");
    let answer;
    try {
      answer = await this.client.raw(
        repoPath(this.repo, `/contents/${encoded}?ref=${encodeURIComponent(this.sha)}`),
        "application/vnd.github.raw"
      );
    } catch (error2) {
      throw new Error(`${this.label(file)}: could not be read through the contents API: ${describeHttpError(error2)}`);
    }
    if (answer === void 0) throw listedButMissing(this.label(file), "contents");
    let bytes = answer.body;
    if (/^application\/json\b/i.test(answer.contentType) && !isBlob(bytes, blob.sha)) {
      const json = safeParse(CONTENTS_JSON, parseJson(bytes));
      if (json.success) bytes = Buffer.from(json.data.content, "base64");
    }
    this.verify(file, bytes, blob.sha, "contents");
    return bytes.toString("utf8");
  }
  /**
   * The file's bytes, through the git blobs API (`GET /repos/{o}/{r}/git/blobs/{sha}`,
   * base64 content): the raw contents media type may be decoded as text on the way.
   */
  async readBytes(file) {
    const blob = await this.checkSize(file);
    if (!blob) return void 0;
    let data;
    try {
      data = await this.client.get(repoPath(this.repo, `/git/blobs/${encodeURIComponent(blob.sha)}`), BLOB, {
        maxBytes: 96 * 1024 * 1024
      });
    } catch (error2) {
      if (error2.status === 404) throw listedButMissing(this.label(file), "blobs");
      throw new Error(`${this.label(file)}: could not be read through the blobs API: ${describeHttpError(error2)}`);
    }
    const bytes = Buffer.from(data.content, "base64");
    this.verify(file, bytes, blob.sha, "blobs");
    return bytes;
  }
  /** Throws unless `bytes` are the blob `sha` the listing names (when it names one). */
  verify(file, bytes, sha2, api) {
    if (!isBlob(bytes, sha2))
      throw new Error(
        `${this.label(file)}: the ${api} API answered ${bytes.length} bytes that are not the blob ${sha2.slice(0, 12)} the tree listing names (cut off or altered on the way).`
      );
  }
  /** The listing's entry for `file` (undefined: the commit has no such file), after the size and link checks. */
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
    const commit = this.sha.slice(0, 12);
    let data;
    try {
      data = await this.client.get(
        repoPath(this.repo, `/git/trees/${encodeURIComponent(this.sha)}?recursive=1`),
        TREE,
        { maxBytes: 96 * 1024 * 1024 }
      );
    } catch (error2) {
      throw new Error(`Could not list the files of commit ${commit} through the API: ${describeHttpError(error2)}`);
    }
    if (data.truncated) {
      throw new Error(
        `The file list of commit ${commit} is too large for the API (truncated); check out the repository with actions/checkout so lockgate can read it from git.`
      );
    }
    const files = /* @__PURE__ */ new Map();
    for (const entry of data.tree) {
      if (entry.type !== "blob") continue;
      files.set(entry.path, { sha: entry.sha, ...entry.size !== void 0 ? { size: entry.size } : {} });
      if (entry.mode === SYMLINK) this.links.add(entry.path);
    }
    if (files.size === 0)
      throw new Error(
        `Could not list the files of commit ${commit} through the API: the listing names no file at all, which no commit to check has.`
      );
    return files;
  }
};
function isBlob(bytes, sha2) {
  const hash = createHash(sha2.length === 64 ? "sha256" : "sha1");
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest("hex") === sha2.toLowerCase();
}
function parseJson(bytes) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
function listedButMissing(label, api) {
  return new Error(`${label}: the tree listing names this file, but the ${api} API answered 404 for it.`);
}

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
async function fetchCommit(dir, sha2, timeoutMs) {
  try {
    await git(dir, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha2], timeoutMs);
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
  return { tree: new DirTree(options.workspace), how: "files" };
}
async function checkoutDir(workspace, input) {
  if (!input) return workspace;
  const dir = path.resolve(workspace, input);
  const shown2 = `Input 'working-directory' (${plain(input, 200)})`;
  if (!isInside(workspace, dir))
    throw new InputError(
      `${shown2} leaves the workspace ${plain(workspace, 200)}; name a folder inside it, such as actions/checkout's \`path:\`.`
    );
  const [real, realWorkspace] = await Promise.all([
    realpath(dir).catch(() => void 0),
    realpath(workspace).catch(() => workspace)
  ]);
  const isDir = real !== void 0 && await stat2(real).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (!isDir)
    throw new InputError(
      `${shown2} is not a folder in the workspace; check out the repository there first (actions/checkout with \`path:\`).`
    );
  if (!isInside(realWorkspace, real))
    throw new InputError(
      `${shown2} is a symbolic link that leaves the workspace ${plain(workspace, 200)}; name a folder inside it.`
    );
  return dir;
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
      const number3 = typeof pr.number === "number" ? pr.number : typeof p.number === "number" ? p.number : void 0;
      const baseSha = sha(record(pr.base).sha, `${event} payload pull_request.base.sha`);
      const headSha = sha(record(pr.head).sha, `${event} payload pull_request.head.sha`);
      if (number3 === void 0) throw new Error(`The ${event} event payload has no pull_request.number.`);
      return {
        event,
        baseSha,
        head: event === "pull_request" ? { kind: "workspace", sha: headSha } : { kind: "commit", sha: headSha },
        hasBase: true,
        pullNumber: number3,
        ...typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {},
        trustedConfigFrom: "base",
        labels: Array.isArray(pr.labels) ? pr.labels.flatMap((l) => isRecord(l) && typeof l.name === "string" ? [l.name] : []) : [],
        ...p.action === "labeled" && typeof record(p.label).name === "string" ? { labeled: record(p.label).name } : {}
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
import path2 from "node:path";

// src/github/annotations.ts
var MAX_INLINE_PER_LEVEL = 10;
var MAX_NAMED = 20;
function findingAnnotations(report) {
  const errors = messagesAt(report, "error").map(
    (error2) => messageAnnotation(error2, "lockgate could not finish")
  );
  const findings = allFindings(report).map((f) => {
    const declared = f.declared ? `, declared in ${f.declared.file} line ${f.declared.line},` : "";
    const what = `${versionLabel(f)} (${howItChanged(f)})${declared}`;
    if (isPolicy(f)) {
      return {
        level: "error",
        title: plain(`Lockfile policy, ${f.kind}: ${versionLabel(f)}`, 300),
        file: f.lockfile,
        line: f.line,
        message: plain(
          sentences(
            `${what} fails the lockfile policy check ${f.kind}`,
            f.guidance.headline.replaceAll("`", ""),
            f.guidance.fix.replaceAll("`", ""),
            "No advisory covers it: it is the lockfile policy"
          ),
          2e3
        )
      };
    }
    const advisories = f.advisories.map((a) => `${a.id}${a.summary ? ` (${a.summary})` : ""}`).join(", ");
    return {
      level: "error",
      title: plain(`Malicious package version: ${versionLabel(f)}`, 300),
      file: f.lockfile,
      line: f.line,
      message: plain(
        sentences(
          `${what} is covered by ${advisories}`,
          f.origin?.problem,
          f.guidance.headline.replaceAll("`", ""),
          taken(f),
          "See the job summary for what to do now and which credentials to rotate"
        ),
        2e3
      )
    };
  });
  const policy = (report.fileFindings ?? []).map((f) => ({
    level: "error",
    title: plain(`Policy: ${f.key ?? f.kind} in ${f.file}`, 300),
    file: f.file,
    ...f.line ? { line: f.line } : {},
    message: plain(f.problem, 2e3)
  }));
  const lines = manifestFindingLines(report);
  const asked = (report.manifestFindings ?? []).map((f, i) => ({
    level: "error",
    title: plain(`Malicious package version in ${f.file}: ${f.name}@${f.version}`, 300),
    file: f.file,
    ...f.line ? { line: f.line } : {},
    message: plain(lines[i], 2e3)
  }));
  return [...errors, ...findings, ...asked, ...policy];
}
function taken(f) {
  const kinds2 = f.guidance.taken.map((t) => takenLabel(t.kind).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()));
  if (!kinds2.length) return "";
  const list = kinds2.length === 1 ? kinds2[0] : `${kinds2.slice(0, -1).join(", ")} and ${kinds2.at(-1)}`;
  return `It took ${list}, as the advisory says.`;
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
  const e = capped(errors, "error");
  const w = capped(warnings, "warning");
  return { shown: [...e.shown, ...w.shown], hiddenErrors: e.hidden, hiddenWarnings: w.hidden };
}
function capped(list, level) {
  if (list.length <= MAX_INLINE_PER_LEVEL) return { shown: [...list], hidden: 0 };
  const rest = list.slice(MAX_INLINE_PER_LEVEL - 1);
  const names = rest.slice(0, MAX_NAMED).map((a) => a.title);
  const more = rest.length > names.length ? `; and ${rest.length - names.length} more` : "";
  const summary2 = {
    level,
    title: `${rest.length} more ${level === "error" ? "errors" : "warnings"} of lockgate`,
    message: plain(
      `${names.join("; ")}${more}. GitHub shows ${MAX_INLINE_PER_LEVEL} ${level === "error" ? "errors" : "warnings"} per step inline; every one is in the job summary and the report file.`,
      2e3
    )
  };
  return { shown: [...list.slice(0, MAX_INLINE_PER_LEVEL - 1), summary2], hidden: rest.length };
}
function hiddenAnnotationsNote(plan) {
  if (!plan.hiddenErrors && !plan.hiddenWarnings) return void 0;
  const parts = [
    plan.hiddenErrors ? `${plan.hiddenErrors} error annotation${plan.hiddenErrors === 1 ? "" : "s"}` : "",
    plan.hiddenWarnings ? `${plan.hiddenWarnings} warning annotation${plan.hiddenWarnings === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return `${parts.join(" and ")} not shown on their own lines (GitHub shows ${MAX_INLINE_PER_LEVEL} of each per step; one annotation names the rest); every finding is listed in this summary and in the report file.`;
}
function annotationProperties(annotation) {
  return {
    title: annotation.title,
    ...annotation.file ? { file: annotation.file } : {},
    ...annotation.line ? { startLine: annotation.line } : {}
  };
}
function wayOut(g, report) {
  const way = wayOutText(g);
  return [
    ...g.via?.length ? [`It comes in via ${g.via.join(" → ")}${g.importer ? ` (${g.importer})` : ""}`] : [],
    ...way ? [`Way out: ${way}`] : [],
    unblockText(report)
  ];
}
function signalAnnotations(report) {
  const errors = [];
  const warnings = [];
  for (const g of signalGroups(report)) {
    const what = sentences(...g.signals.map((s) => `${s.signal} (${s.level}): ${s.detail}`));
    const annotation = {
      level: g.fails ? "error" : "warning",
      title: plain(
        g.fails ? g.eligibleAt ? `Held until ${g.eligibleAt.slice(0, 16).replace("T", " ")} UTC: ${g.name}@${g.version}` : `Registry signals to review: ${g.name}@${g.version}` : `Registry signal: ${g.name}@${g.version}`,
        300
      ),
      file: g.lockfile,
      line: g.line,
      message: plain(
        sentences(
          what,
          `This is a reason to ${g.fails ? "wait" : "look"}, not a verdict of malware; no advisory covers it yet`,
          ...g.fails ? wayOut(g, report) : []
        ),
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
    kind: f.kind,
    advisories: isPolicy(f) ? [] : f.advisories.map((a) => a.id)
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
  const counts = verdictCounts(report);
  const verdict = verdictOf(report);
  setOutput("verdict", verdict);
  setOutput("finding-count", String(counts.findings));
  setOutput("policy-count", String(counts.policy));
  setOutput("held-count", String(counts.held));
  setOutput("findings", JSON.stringify(findingsOutput(report)));
  setOutput("report-path", reportPath);
  setOutput("markdown", markdownWithinBytes(report, MAX_COMMENT_CHARS, { fullReportHint }));
  if (inputs.sarifFile) await writeSarif(report, path2.resolve(ctx.workspace, inputs.sarifFile));
  const status = exitCode(report, inputs.warnOnly);
  info(closingLine(report, verdict, inputs.warnOnly));
  return status;
}
function rerunSentence(report) {
  if (report.holds?.rerun) return " The scheduled run with rerun-held re-runs this job then.";
  const unread = report.holds?.rerunUnread;
  const why = unread?.length ? `a scheduled workflow calls ${unread.map((u) => plain(u, 120)).join(", ")}, a reusable workflow of another repository that lockgate cannot read, so no re-run is promised` : "no scheduled run with rerun-held was found in .github/workflows";
  return ` Re-run this job then (${why}).`;
}
function closingLine(report, verdict, warnOnly) {
  const passes = warnOnly && verdict !== "clean" && verdict !== "error" ? " warn-only is set, so the step passes." : "";
  const gaps = notCheckedLine(report);
  const tail = `${passes}${gaps ? ` ${gaps}` : ""}`;
  switch (verdict) {
    case "error":
      return `lockgate could not finish: ${messagesAt(report, "error").length} error(s); see the annotations and the job summary.`;
    case "held": {
      const until = heldUntil(report);
      return until ? `lockgate holds ${verdictCounts(report).held} new version(s) until ${until}: a reason to wait, not a verdict of malware.${passes || rerunSentence(report)}${gaps ? ` ${gaps}` : ""}` : `lockgate: registry signals fail the check (see the annotations and the job summary).${tail}`;
    }
    case "clean": {
      const first = report.messages[0];
      return `lockgate found no malicious package version.${first ? ` ${plain(first.message, 500)}` : ""}${tail}`;
    }
    default:
      return `${summaryLine(report)}${tail}`;
  }
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
  const counts = verdictCounts(report);
  const outcome = await syncComment(
    ctx.client,
    { ...ctx.repo, issueNumber: plan.pullNumber },
    {
      mode: inputs.comment,
      // Holds need the comment too: it carries the hold marker the scheduled re-run reads.
      findings: counts.findings + counts.suspicious + counts.held,
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
  await mkdir2(path2.dirname(sarifPath), { recursive: true });
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
  const file = path2.join(dir, `lockgate-report-${step}.json`);
  await mkdir2(dir, { recursive: true });
  await writeFile2(file, renderJson(report));
  return file;
}

// src/github/pull-files.ts
var MAX_LISTED_FILES = 3e3;
var PULL_FILE = looseObject({
  filename: string2(),
  status: string2(),
  previous_filename: optional(nullable(string2()))
});
var PULL = looseObject({
  head: looseObject({ sha: string2() }),
  changed_files: optional(nullable(number2()))
});
async function listPullFiles(client, repo, pullNumber, changedFiles, headSha) {
  if (headSha === void 0) return { fullScan: "the event names no head commit to tie the list to" };
  if (changedFiles !== void 0 && changedFiles >= MAX_LISTED_FILES) return tooMany(changedFiles);
  const files = await client.paginate(repoPath(repo, `/pulls/${pullNumber}/files`), PULL_FILE);
  if (files.length >= MAX_LISTED_FILES) return tooMany(files.length);
  const pull = await client.get(repoPath(repo, `/pulls/${pullNumber}`), PULL);
  if (pull.head.sha !== headSha)
    return { fullScan: "the file list could not be tied to the event's head commit (the pull request moved on)" };
  const count = pull.changed_files;
  if (typeof count !== "number")
    return { fullScan: `GET /pulls/${pullNumber} gave no changed_files count to check the file list against` };
  if (count >= MAX_LISTED_FILES) return tooMany(count);
  if (count !== files.length)
    return {
      fullScan: `the file list has ${files.length} file${files.length === 1 ? "" : "s"}, but the pull request changes ${count}`
    };
  return {
    files: files.map((f) => ({
      filename: f.filename,
      status: f.status,
      ...f.previous_filename ? { previousFilename: f.previous_filename } : {}
    }))
  };
}
function tooMany(count) {
  return { fullScan: `the pull request changes ${count} files; the API lists at most ${MAX_LISTED_FILES}` };
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
      workspace: path3.resolve(env.GITHUB_WORKSPACE || process.cwd()),
      repo: parseRepository(env.GITHUB_REPOSITORY),
      env,
      ...client ? { client } : {}
    };
    if (inputs.rerunHeld && plan.pullNumber === void 0) await rerunHeld(ctx);
    const report = await scan(inputs, plan, ctx);
    if (inputs.cacheDir) await pruneCache(cacheRoot(inputs.cacheDir, ctx.workspace));
    return await publish(inputs, plan, report, ctx);
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
  const checkout = await checkoutDir(ctx.workspace, inputs.workingDirectory);
  const changedFiles = mode === "diff" ? await pullFiles(plan, ctx) : void 0;
  if (changedFiles && !changedLockfiles(changedFiles, isInstallPlanPath).any) {
    const count = `${changedFiles.length} file${changedFiles.length === 1 ? "" : "s"} changed`;
    return emptyReport(mode, [
      message(
        "note",
        `This pull request changes no lockfile, package-manager config, package.json or committed tarball (${count}), so nothing needed checking.`
      )
    ]);
  }
  const { request, head } = await actionRequest(inputs, plan, ctx, checkout, mode, changedFiles);
  const notGit = head.how === "files" && plan.pullNumber !== void 0;
  const missing = changedFiles && head.how !== "api" ? await missingFromCheckout(changedFiles, head) : void 0;
  if (missing !== void 0)
    return emptyReport(mode, [
      message(
        "error",
        `The pull request's file list names ${plain(missing, 200)} as added or modified, but ${notGit ? `${checkoutName(inputs)}, which is not a git checkout, does` : `the checkout in ${checkoutName(inputs)} does`} not have it; if actions/checkout puts the repository in a subfolder (\`path:\`), set lockgate's \`working-directory\` input to that folder.`,
        { file: missing }
      )
    ]);
  const report = await check(request);
  if (notGit) report.messages.unshift(notGitMessage(inputs));
  return report;
}
function checkoutName(inputs) {
  return inputs.workingDirectory ? `'${plain(inputs.workingDirectory, 200)}'` : "the workspace";
}
function notGitMessage(inputs) {
  return message(
    "warning",
    `${inputs.workingDirectory ? `The working-directory ${checkoutName(inputs)}` : "The workspace"} is not a git checkout, so the pull request's head was read from its files as they are; check the repository out there with actions/checkout (and when its \`path:\` puts it in a subfolder, set lockgate's \`working-directory\` input to that folder).`
  );
}
async function missingFromCheckout(changedFiles, head) {
  const named = changedLockfiles(changedFiles, isInstallPlanPath).inHead;
  if (!named.length) return void 0;
  const present = new Set(await head.tree.listFiles(isInstallPlanPath));
  return named.find((f) => !present.has(f));
}
async function pullFiles(plan, ctx) {
  if (plan.pullNumber === void 0 || !ctx.client) return void 0;
  try {
    const list = await listPullFiles(ctx.client, ctx.repo, plan.pullNumber, plan.changedFiles, plan.head.sha);
    if ("files" in list) return list.files;
    info(`The pull request's file list is not used: ${list.fullScan}; every lockfile is compared.`);
  } catch (error2) {
    info(`Could not list the pull request's files (${describeHttpError(error2)}); every lockfile is compared.`);
  }
  return void 0;
}
async function actionRequest(inputs, plan, ctx, checkout, mode, changedFiles) {
  const treeOptions = { workspace: checkout, repo: ctx.repo, ...ctx.client ? { client: ctx.client } : {} };
  const base = plan.baseSha ? await commitTree(plan.baseSha, { ...treeOptions, fetch: true }) : void 0;
  const head = plan.head.kind === "commit" ? await commitTree(plan.head.sha, { ...treeOptions, fetch: false }) : await workspaceTree(plan.head.sha, { ...treeOptions, fetch: false });
  info(
    `lockgate: ${plan.event || "unknown"} event, mode ${mode}; head ${describeTree(plan.head.sha, head)}; base ${plan.baseSha ? describeTree(plan.baseSha, base) : "empty"}.`
  );
  const trusted = plan.trustedConfigFrom === "base" && base ? base.tree : void 0;
  const request = {
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
    root: checkout,
    lists: inputs.advisories.map((p) => path3.resolve(checkout, p)),
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
    ...inputs.offline ? {} : {
      signals: {
        ...signalsOptions(inputs, plan, ctx),
        // The schedule runs the default branch's workflows: read them from the base (trusted) tree.
        rerun: () => treeReRunsHeld(base?.tree ?? head.tree)
      }
    },
    ...inputs.offline || !inputs.content ? {} : {
      content: {
        registryUrl: inputs.registryUrl,
        env: ctx.env,
        ...inputs.cacheDir ? { cacheDir: cacheRoot(inputs.cacheDir, ctx.workspace) } : {}
      }
    }
  };
  return { request, head };
}
function signalsOptions(inputs, plan, ctx) {
  const env = ctx.env;
  const label = inputs.overrideLabel;
  const on = label !== "" && (plan.labels ?? []).includes(label);
  const justAdded = on && plan.labeled === label;
  return {
    registryUrl: inputs.registryUrl,
    ...inputs.cacheDir ? { cache: registryCacheDir(inputs.cacheDir, ctx.workspace, ctx.workspace) } : {},
    ...inputs.minReleaseAgeMs !== void 0 ? { minReleaseAgeMs: inputs.minReleaseAgeMs } : {},
    verb: plan.pullNumber !== void 0 ? "merge" : "install",
    holds: inputs.holds,
    env,
    ...plan.pullNumber !== void 0 ? { override: { label, applies: justAdded, beforePush: on && !justAdded } } : {}
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
    const status = httpStatus(error2);
    const refused = !isRateLimit(error2) && (status === 403 || status === 404);
    warning(
      `lockgate could not list the open pull requests to re-run held jobs (${describeHttpError(error2)})${refused ? "; the job needs `actions: write` and `pull-requests: read`" : ""}.`
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
    workspace: "checked out in the workspace",
    files: "the files in the workspace, which is not a git checkout"
  }[resolved.how];
  return `${what} (${how})`;
}

// src/index.ts
await run();
