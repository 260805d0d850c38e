import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-CFW47MYL.js";
import {
  parseTree
} from "./chunk-ZVYVRW72.js";
import {
  isInstallPath,
  nameFromInstallPath
} from "./chunk-DDQOH2IR.js";
import {
  PUBLIC_REGISTRY_HOSTS,
  downloadHost,
  isHttpUrl,
  isPlainHttp,
  isPublicRegistryHost,
  normalizeResolved,
  registryTarball,
  urlHost
} from "./chunk-DS6KX64N.js";
import {
  require_js_yaml
} from "./chunk-46RT45P2.js";
import {
  LockfileError,
  MAX_LOCKFILE_BYTES,
  contentProblem,
  jsonErrorLine,
  lineAt,
  precheck,
  quote
} from "./chunk-DAHF6HJP.js";
import {
  defang,
  defangText,
  isRecord,
  md,
  mdCode,
  mdLink,
  mdProse,
  plain,
  plainUrl
} from "./chunk-AH5I3PDV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7FTKMFDC.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a2) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x2) => x2.trim().toUpperCase()).filter((x2) => x2)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x2) => x2 === upperNoProxyItem || x2.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x2.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

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
    exports.httpOverHttp = httpOverHttp;
    exports.httpsOverHttp = httpsOverHttp;
    exports.httpOverHttps = httpOverHttps;
    exports.httpsOverHttps = httpsOverHttps;
    function httpOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps(options) {
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
        for (var i2 = 0, len = self.requests.length; i2 < len; ++i2) {
          var pending = self.requests[i2];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i2, 1);
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
        function onCloseOrRemove(err2) {
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
      debug("making CONNECT request");
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
          debug(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug("got illegal response body from proxy");
          socket.destroy();
          var error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        debug("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error = new Error("tunneling socket could not be established, cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
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
      for (var i2 = 1, len = arguments.length; i2 < len; ++i2) {
        var overrides = arguments[i2];
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
    var debug;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug = function() {
      };
    }
    exports.debug = debug;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i2 = 0; i2 < k.length; i2++) if (k[i2] !== "default") __createBinding(result, mod, k[i2]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
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
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel2());
    var undici_1 = require_undici();
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
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
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
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message2, statusCode) {
        super(message2);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message2) {
        this.message = message2;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => {
            function callbackForResult(err2, res) {
              if (err2) {
                reject(err2);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve(res);
              }
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === "string") {
          if (!info.options.headers) {
            info.options.headers = {};
          }
          info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err2, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err2, res);
          }
        }
        const req = info.httpModule.request(info.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on("error", function(err2) {
          handleResult(err2);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === "https:";
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info.options.headers["user-agent"] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info.options);
          }
        }
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve) => setTimeout(() => resolve(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err2) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err2 = new HttpClientError(msg, statusCode);
              err2.result = response.result;
              reject(err2);
            } else {
              resolve(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

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
    var parse3 = (version, options, throwErrors = false) => {
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
    module.exports = parse3;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var valid = (version, options) => {
      const v = parse3(version, options);
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

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i2 = 0; i2 < this.set.length; i2++) {
            if (i2 > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i2];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i2 = 0; i2 < this.set.length; i2++) {
          if (testSet(this.set[i2], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i2 = 0; i2 < set.length; i2++) {
        if (!set[i2].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i2 = 0; i2 < set.length; i2++) {
          debug(set[i2].semver);
          if (set[i2].semver === Comparator.ANY) {
            continue;
          }
          if (set[i2].semver.prerelease.length > 0) {
            const allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse3(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// src/config/urls.ts
function normalizeHttpUrl(raw) {
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  } catch {
    return void 0;
  }
  return raw.replace(/\/+$/, "");
}

// src/signals/settings.ts
var UNITS = { m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text) {
  const t = text.trim().toLowerCase();
  if (/^0+(\.0+)?$/.test(t)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(t);
  if (!match) return void 0;
  const ms = Math.round(Number(match[1]) * UNITS[match[2]]);
  return Number.isFinite(ms) && ms <= 365 * UNITS.d ? ms : void 0;
}
function allowedBy(name, allow) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  return allow.find(
    (a) => a.package === name || scope !== void 0 && (a.package === scope || a.package === `${scope}/*`)
  );
}

// src/config/action-inputs.ts
var MODES = ["diff", "all"];
var COMMENT_MODES = ["on-findings", "always", "never"];
var InputError = class extends Error {
  name = "InputError";
};
var DEFAULT_CONFIG = ".github/lockgate.yml";
var DEFAULT_OSV_URL = "https://api.osv.dev";
var DEFAULT_REGISTRY_URL = "https://registry.npmjs.org";
function parseActionInputs(get) {
  const value = (name) => get(name).trim();
  const offline = booleanInput("offline", value("offline"), false);
  const requireLiveSources = booleanInput("require-live-sources", value("require-live-sources"), false);
  if (offline && requireLiveSources) {
    throw new InputError(
      "Inputs 'offline' and 'require-live-sources' are both true; they contradict each other, set one of them."
    );
  }
  const mode = value("mode");
  const sarifFile = value("sarif-file");
  const config = value("config");
  const configRepo = externalConfig(config);
  const configToken = value("config-token");
  const baseRef = value("base-ref");
  const headRef = value("head-ref");
  return {
    githubToken: value("github-token"),
    lockfiles: listInput(get("lockfiles")),
    advisories: listInput(get("advisories")),
    offline,
    requireLiveSources,
    ...mode ? { mode: oneOf("mode", mode, MODES) } : {},
    comment: oneOf("comment", value("comment") || "on-findings", COMMENT_MODES),
    warnOnly: booleanInput("warn-only", value("warn-only"), false),
    config: configRepo ? configRepo.path : relativePath("config", config || DEFAULT_CONFIG),
    configExplicit: configRepo !== void 0 || config !== "" && config !== DEFAULT_CONFIG,
    ...configRepo ? { configRepo } : {},
    ...configToken ? { configToken } : {},
    ...baseRef ? { baseRef: gitRef("base-ref", baseRef) } : {},
    ...headRef ? { headRef: gitRef("head-ref", headRef) } : {},
    osv: booleanInput("osv", value("osv"), true),
    githubAdvisories: booleanInput("github-advisories", value("github-advisories"), true),
    ...sarifFile ? { sarifFile: relativePath("sarif-file", sarifFile) } : {},
    osvUrl: httpUrl("osv-url", value("osv-url") || DEFAULT_OSV_URL),
    registryUrl: httpUrl("registry-url", value("registry-url") || DEFAULT_REGISTRY_URL),
    ...value("min-release-age") ? { minReleaseAgeMs: durationInput("min-release-age", value("min-release-age")) } : {},
    overrideLabel: value("override-label"),
    rerunHeld: booleanInput("rerun-held", value("rerun-held"), false)
  };
}
function externalConfig(raw) {
  if (!raw.includes("@")) return void 0;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@([^@]+)$/.exec(raw);
  if (!match || match[3].split("/").includes("..")) {
    throw new InputError(
      `Invalid input 'config': ${shown(raw)}. Expected a path in this repository, or {owner}/{repo}/{path}@{ref} for a config in another repository.`
    );
  }
  return { owner: match[1], repo: match[2], path: match[3], ref: gitRef("config", match[4]) };
}
function gitRef(name, raw) {
  if (!/^(?!-)[A-Za-z0-9._/-]{1,255}$/.test(raw) || raw.includes("..")) {
    throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected a branch, tag or commit, such as main.`);
  }
  return raw;
}
function listInput(raw) {
  return raw.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function booleanInput(name, raw, fallback) {
  if (raw === "") return fallback;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected true or false.`);
}
function durationInput(name, raw) {
  const ms = parseDuration(raw);
  if (ms === void 0)
    throw new InputError(
      `Invalid input '${name}': ${shown(raw)}. Expected a duration such as 72h, 3d or 90m, or 0 (off).`
    );
  return ms;
}
function oneOf(name, raw, allowed) {
  if (allowed.includes(raw)) return raw;
  throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected one of: ${allowed.join(", ")}.`);
}
function relativePath(name, raw) {
  if (raw.split(/[\\/]/).includes("..")) {
    throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected a path inside the repository (no '..').`);
  }
  return raw;
}
function httpUrl(name, raw) {
  const normalized = normalizeHttpUrl(raw);
  if (normalized === void 0)
    throw new InputError(
      `Invalid input '${name}': ${shown(raw)}. Expected an http(s) URL such as ${name === "registry-url" ? DEFAULT_REGISTRY_URL : DEFAULT_OSV_URL}.`
    );
  return normalized;
}
function shown(raw) {
  return `'${plain(raw, 80)}'`;
}

// src/core/report.ts
function messagesAt(report, level) {
  return report.messages.filter((m) => m.level === level);
}
function messageTexts(report, ...levels) {
  return report.messages.filter((m) => levels.includes(m.level)).map((m) => m.message);
}
function message(level, text, where2 = {}) {
  return {
    level,
    message: text,
    ...where2.file !== void 0 ? { file: where2.file } : {},
    ...where2.line !== void 0 ? { line: where2.line } : {}
  };
}
function emptyReport(mode, messages) {
  return { version: 1, mode, lockfiles: [], sources: [], messages };
}
function allFindings(report) {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}
function allSignals(report) {
  return report.lockfiles.flatMap((l) => (l.signals ?? []).map((s) => ({ ...s, lockfile: l.path })));
}
function exitCode(report, warnOnly = false) {
  if (messagesAt(report, "error").length) return 2;
  const fails = report.lockfiles.some((l) => l.findings.length || (l.signals ?? []).some((s) => s.level === "fail"));
  return fails && !warnOnly ? 1 : 0;
}

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a2, _b2, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path9 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path9} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a2 = process.env.GITHUB_API_URL) !== null && _a2 !== void 0 ? _a2 : `https://api.github.com`;
    this.serverUrl = (_b2 = process.env.GITHUB_SERVER_URL) !== null && _b2 !== void 0 ? _b2 : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
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
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a2;
  const orchId = (_a2 = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a2 === void 0 ? void 0 : _a2.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options) {
  const result = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value = context3[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS22 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS22);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS22,
    defaults: withDefaults.bind(null, DEFAULTS22),
    merge: merge.bind(null, DEFAULTS22),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context3);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i2 = keys.length - 1; i2 >= 0; i2--) {
          stack.push({ parent: value, key: keys[i2], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context3) => convertMarkedBigIntsReviver(key, value, context3, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message2, statusCode, options) {
    super(message2, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message2 = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message2 = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message2 = error.cause.message;
        } else if (typeof error.cause === "string") {
          message2 = error.cause;
        }
      }
    }
    const requestError = new RequestError(message2, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err2) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i2 = 0; i2 < classConstructor.plugins.length; ++i2) {
      Object.assign(this, classConstructor.plugins[i2](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache: cache2 }, methodName) {
    if (cache2[methodName]) {
      return cache2[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache2[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache2[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache2[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/advisories/http.ts
var HttpRequestError = class extends Error {
  kind;
  /** The last HTTP status seen, when there was a response. */
  status;
  /** How many attempts were made. */
  attempts;
  constructor(kind, message2, attempts, status) {
    super(message2);
    this.name = "HttpRequestError";
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
  }
};
var SourceUnavailableError = class extends Error {
  /** The source's name (`osv`, `github`). */
  source;
  constructor(source, message2) {
    super(message2);
    this.name = "SourceUnavailableError";
    this.source = source;
  }
};
function withDeadline(policy) {
  const now = (policy.now ?? Date.now)();
  return { ...policy, deadline: now + (policy.budgetMs ?? DEFAULTS2.budgetMs) };
}
var retryWaits = { sleep: defaultSleep };
var DEFAULTS2 = {
  timeoutMs: 1e4,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8e3,
  maxTotalWaitMs: 3e4,
  budgetMs: 6e4
};
async function requestJson(request2, policy = {}) {
  const maxAttempts = Math.max(1, policy.maxAttempts ?? DEFAULTS2.maxAttempts);
  const maxTotalWaitMs = policy.maxTotalWaitMs ?? DEFAULTS2.maxTotalWaitMs;
  const sleep = policy.sleep ?? retryWaits.sleep;
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(request2, policy, attempt);
    if (result.outcome === "ok") return result.response;
    if (result.outcome === "fail") throw result.error;
    if (attempt >= maxAttempts) throw withAttempts(result.error, attempt, true);
    const delay = result.waitMs ?? backoffDelay(attempt, policy);
    if (policy.deadline !== void 0 && now() + delay >= policy.deadline) {
      throw withAttempts(
        result.error,
        attempt,
        true,
        `; the ${formatSeconds(policy.budgetMs ?? DEFAULTS2.budgetMs)} budget for this source is spent`
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
  const base = policy.baseDelayMs ?? DEFAULTS2.baseDelayMs;
  const cap = policy.maxDelayMs ?? DEFAULTS2.maxDelayMs;
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
async function attemptOnce(request2, policy, attempt) {
  const method = request2.method ?? "GET";
  const what = `${method} ${describeUrl(request2.url)}`;
  const left = policy.deadline === void 0 ? Infinity : policy.deadline - (policy.now ?? Date.now)();
  const timeoutMs = Math.max(1, Math.min(policy.timeoutMs ?? DEFAULTS2.timeoutMs, left));
  const headers = { accept: "application/json", ...request2.headers };
  let body;
  if (request2.body !== void 0) {
    body = JSON.stringify(request2.body);
    headers["content-type"] = "application/json";
  }
  let text;
  let response;
  try {
    response = await fetchWithProxy(
      request2.url,
      { method, headers, body, signal: AbortSignal.timeout(timeoutMs) },
      policy.proxyEnv
    );
    text = await response.text();
  } catch (error) {
    if (isTimeout(error)) {
      return {
        outcome: "retry",
        error: new HttpRequestError("timeout", `${what} timed out after ${formatSeconds(timeoutMs)}`, attempt)
      };
    }
    const proxy = proxyFor(request2.url, policy.proxyEnv);
    const reason = `${describeNetworkError(error)}${proxy ? ` (through the proxy ${proxy.host})` : ""}`;
    return {
      outcome: reason.startsWith("host not found") ? "fail" : "retry",
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
    return {
      outcome: "ok",
      response: {
        data: JSON.parse(text),
        headers: response.headers,
        status,
        bytes: Buffer.byteLength(text)
      }
    };
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
  return JSON.stringify(plain(text, max2));
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
function proxyFor(url, env = process.env) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return void 0;
  }
  const https = target.protocol === "https:";
  const raw = (https ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY)?.trim();
  if (!raw || bypassesProxy(target, env.no_proxy || env.NO_PROXY || "")) return void 0;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new HttpRequestError("network", `The ${https ? "HTTPS_PROXY" : "HTTP_PROXY"} setting is not a URL`, 0);
  }
}
function bypassesProxy(target, noProxy) {
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  for (const item of noProxy.split(/[\s,]+/).map((x2) => x2.trim().toLowerCase())) {
    if (!item) continue;
    if (item === "*") return true;
    const bareV6 = !item.startsWith("[") && item.split(":").length > 2;
    const [entryHost, entryPort] = bareV6 ? [item] : /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(item)?.slice(1) ?? [item];
    if (entryPort && entryPort !== port) continue;
    const domain = (entryHost ?? "").replace(/^\*?\./, "");
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}
var proxyAgents = /* @__PURE__ */ new Map();
async function fetchWithProxy(url, init = {}, env = process.env) {
  const proxy = proxyFor(url, env);
  if (!proxy) return fetch(url, init);
  const key = proxy.href;
  let agent = proxyAgents.get(key);
  if (!agent) {
    agent = import("./undici-I3A55XAM.js").then((loaded) => {
      const undici = "ProxyAgent" in loaded ? loaded : loaded.default;
      const auth2 = proxy.username || proxy.password ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}` : void 0;
      const origin = `${proxy.protocol}//${proxy.host}`;
      return {
        fetch: undici.fetch,
        dispatcher: new undici.ProxyAgent({ uri: origin, ...auth2 ? { token: auth2 } : {} })
      };
    });
    proxyAgents.set(key, agent);
  }
  const { fetch: proxied, dispatcher } = await agent;
  return proxied(url, { ...init, dispatcher });
}

// src/github/client.ts
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
function githubApiUrl(env) {
  return (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL).replace(/\/+$/, "");
}
function createClient(token, apiUrl, env = process.env) {
  return getOctokit(token, {
    baseUrl: apiUrl.replace(/\/+$/, ""),
    request: { fetch: (url, init) => fetchWithProxy(url, init, env) }
  });
}
function parseRepository(value) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? "");
  if (!match)
    throw new Error(`Invalid GITHUB_REPOSITORY '${(value ?? "").slice(0, 100)}'. Expected format {owner}/{repo}.`);
  return { owner: match[1], repo: match[2] };
}
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describeHttpError(error) {
  const status = httpStatus(error);
  const message2 = error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error).slice(0, 200);
  return status ? `HTTP ${status} (${message2})` : message2;
}

// src/github/pull-files.ts
var MAX_LISTED_FILES = 3e3;
async function listPullFiles(client, repo, pullNumber, changedFiles, headSha) {
  if (headSha === void 0) return void 0;
  if (changedFiles !== void 0 && changedFiles >= MAX_LISTED_FILES) return void 0;
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pullNumber,
    per_page: 100
  });
  if (files.length >= MAX_LISTED_FILES) return void 0;
  const { data: pull } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber });
  if (pull.head?.sha !== headSha) return void 0;
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...f.previous_filename ? { previousFilename: f.previous_filename } : {}
  }));
}
function changedLockfiles(files, isLockfile) {
  const inHead = files.filter((f) => f.status !== "removed" && isLockfile(f.filename)).map((f) => f.filename);
  const any = files.some(
    (f) => isLockfile(f.filename) || f.previousFilename !== void 0 && isLockfile(f.previousFilename)
  );
  return { inHead: [...new Set(inHead)].sort(), any };
}

// src/inputs/trees.ts
import { execFile } from "node:child_process";
import { lstatSync, readFileSync as readFileSync2, readdirSync, readlinkSync, statSync } from "node:fs";
import path2 from "node:path";
import { promisify } from "node:util";

// src/lockfiles/detect.ts
import path from "node:path";
var LOCKFILE_NAMES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "yarn.lock",
  "bun.lock",
  "bun.lockb"
];
var BUN_BINARY_LOCKFILE = "bun.lockb";
function isBinaryLockfile(file) {
  return path.posix.basename(file) === BUN_BINARY_LOCKFILE;
}
function isLockfileName(file) {
  return LOCKFILE_NAMES.includes(path.posix.basename(file));
}
function detect(file, text) {
  const head = text.slice(0, 4096);
  const base = path.posix.basename(file);
  if (/^\s*\{/.test(head)) return base === "bun.lock" || isBunJson(head) ? "bun" : "npm";
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return "yarn-berry";
  if (/^# yarn lockfile v1/m.test(head)) return "yarn-classic";
  if (base === "pnpm-lock.yaml" || /^lockfileVersion:/m.test(text)) return "pnpm";
  if (base === "bun.lock") return "bun";
  if (base === "yarn.lock") return "yarn-classic";
  return "npm";
}
function isBunJson(head) {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
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
        else if ((entry.isFile() || entry.isSymbolicLink()) && select(child)) found.push(child);
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
    return (await this.readBytes(file))?.toString("utf8");
  }
  async readBytes(file) {
    const real = await resolveInTree(this.label(file), file, (at) => this.node(at));
    if (real === void 0) return void 0;
    const full = path2.join(this.dir, real);
    const info = statSync(full);
    if (info.size > MAX_LOCKFILE_BYTES) throw tooLarge(this.label(file), info.size);
    return readFileSync2(full);
  }
  /** What the directory holds at `rel`, without following a link. */
  node(rel) {
    const full = path2.join(this.dir, rel);
    try {
      const info = lstatSync(full);
      if (info.isSymbolicLink()) return { kind: "link", target: () => readlinkSync(full, "utf8") };
      if (info.isDirectory()) return { kind: "dir" };
      return info.isFile() ? { kind: "file" } : void 0;
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return void 0;
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
  listing;
  label(file) {
    return `${this.ref}:${file}`;
  }
  async listFiles(select) {
    const { entries, prefix } = await this.index();
    const found = [];
    for (const [full, entry] of entries) {
      if (entry.mode === SUBMODULE || !full.startsWith(prefix)) continue;
      const file = full.slice(prefix.length);
      if (!file.split("/").includes("node_modules") && select(file)) found.push(file);
    }
    return found.sort();
  }
  async read(file) {
    return (await this.readBytes(file))?.toString("utf8");
  }
  async readBytes(file) {
    const { entries, dirs, prefix } = await this.index();
    const node = (at) => {
      const entry = entries.get(at);
      if (entry === void 0) return dirs.has(at) ? { kind: "dir" } : void 0;
      if (entry.mode === SYMLINK)
        return { kind: "link", target: async () => (await this.blob(entry.oid)).toString("utf8") };
      return entry.mode === SUBMODULE ? void 0 : { kind: "file" };
    };
    const real = await resolveInTree(this.label(file), `${prefix}${file}`, node);
    if (real === void 0) return void 0;
    return this.blob(entries.get(real).oid);
  }
  async blob(oid) {
    const { stdout } = await run("git", ["cat-file", "blob", oid], {
      cwd: this.repoDir,
      maxBuffer: MAX_LOCKFILE_BYTES + 1024,
      encoding: "buffer"
    });
    return stdout;
  }
  /** Every entry of the commit's tree with its mode (`git ls-tree -r -z --full-tree`), listed once. */
  index() {
    this.listing ??= this.loadIndex();
    return this.listing;
  }
  async loadIndex() {
    try {
      await git(this.repoDir, ["rev-parse", "--verify", "--quiet", `${this.ref}^{commit}`]);
    } catch {
      throw new Error(
        `git ref '${plain(this.ref, 100)}' is not a commit in ${this.repoDir}; fetch it or pass another --base.`
      );
    }
    const [{ stdout: prefix }, { stdout }] = await Promise.all([
      git(this.repoDir, ["rev-parse", "--show-prefix"]),
      git(this.repoDir, ["ls-tree", "-r", "-z", "--full-tree", this.ref])
    ]);
    const entries = /* @__PURE__ */ new Map();
    const dirs = /* @__PURE__ */ new Set();
    for (const record of stdout.split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1) continue;
      const [mode = "", , oid = ""] = record.slice(0, tab).split(" ");
      const file = record.slice(tab + 1);
      entries.set(file, { mode, oid });
      for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1))
        dirs.add(file.slice(0, slash));
    }
    return { entries, dirs, prefix: prefix.trim() };
  }
};
var SYMLINK = "120000";
var SUBMODULE = "160000";
var MAX_LINKS = 40;
async function resolveInTree(label, file, node) {
  const pending = file.split("/").reverse();
  const done = [];
  let link;
  const refuse = (why) => new LockfileError(
    label,
    void 0,
    `the symbolic link ${quote(link.path, 200)} points to ${quote(link.target, 200)}, ${why}; lockgate reads no file outside the repository`
  );
  let links = 0;
  let kind = "dir";
  while (pending.length > 0) {
    const part = pending.pop();
    if (part === "" || part === ".") continue;
    if (kind !== "dir") return missing();
    if (part === "..") {
      if (done.length === 0) throw refuse("which leaves the tree");
      done.pop();
      continue;
    }
    const here = done.length ? `${done.join("/")}/${part}` : part;
    const found = await node(here);
    if (found?.kind === "link") {
      const target = await found.target();
      link = { path: here, target };
      if (++links > MAX_LINKS) throw refuse(`which is a chain of more than ${MAX_LINKS} links (a loop?)`);
      if (target.startsWith("/") || /^[a-z]:[\\/]/i.test(target) || target === "")
        throw refuse("which leaves the tree");
      for (const piece of target.split("/").reverse()) pending.push(piece);
      continue;
    }
    if (found === void 0) return missing();
    kind = found.kind;
    done.push(part);
  }
  return kind === "file" ? done.join("/") : missing();
  function missing() {
    if (link) throw refuse("which names no file in the tree");
    return void 0;
  }
}
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
  async readBytes() {
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

// src/core/model.ts
function isOwnCode(pkg) {
  return pkg.source === "workspace" || pkg.source === "link" || pkg.source === "directory";
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
var isBinary = (file) => path3.posix.basename(file) === BUN_BINARY_LOCKFILE;
function bunTwins(files, isPrint = () => true) {
  const twins = [];
  for (const binary of files.filter(isBinary)) {
    const dir = path3.posix.dirname(binary);
    const sibling = (name) => files.find((f) => f === (dir === "." ? name : `${dir}/${name}`));
    const bunLock = sibling("bun.lock");
    const yarnLock = sibling("yarn.lock");
    if (bunLock) twins.push({ read: bunLock, other: binary });
    else if (yarnLock && isPrint(yarnLock)) twins.push({ read: binary, other: yarnLock });
  }
  return twins;
}
function twinNote(twin) {
  return isBinary(twin.other) ? `${twin.read} was read and ${twin.other} (Bun's binary lockfile beside it) was not: Bun 1.2 and later install from bun.lock when both exist.` : `${twin.read} (Bun's binary lockfile) was read and ${twin.other} was not: it is Bun's yarn-format print of bun.lockb, and Bun installs from bun.lockb.`;
}
function twinPair(twin, baseFiles) {
  return {
    note: `${twin.read} and ${twin.other} disagree: this change updates one without the other, so ${twin.other} was checked too. Regenerate both with \`bun install\`, or delete the one the project no longer uses.`,
    pair: { head: twin.other, ...baseFiles.includes(twin.other) ? { base: twin.other } : {} }
  };
}
function isBunPrint(text) {
  return /^# bun \.\/bun\.lockb --hash:/m.test(text.slice(0, 1024));
}
function pairLockfiles(headFiles, baseFiles, only, prints) {
  const headTwins = bunTwins(headFiles, prints && ((f) => prints.head.has(f)));
  const baseTwins = bunTwins(baseFiles, prints && ((f) => prints.base.has(f)));
  const notes = [];
  const errors = [];
  const wanted = only?.length ? new Set(only.map(normalize)) : void 0;
  const inScope = (file) => !wanted || wanted.has(file);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }
  const twins = headTwins.filter((t) => !wanted || inScope(t.read) || inScope(t.other));
  for (const twin of twins) notes.push(twinNote(twin));
  const headLeft = new Set(headTwins.map((t) => t.other));
  const baseLeft = new Set(baseTwins.map((t) => t.other));
  const scoped = (file) => inScope(file) || twins.some((t) => t.read === file && inScope(t.other));
  const headText = headFiles.filter((f) => rank(f) >= 0 && !headLeft.has(f)).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0 && !baseLeft.has(f)).sort(byRank);
  const taken = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const head of headText.filter(scoped)) {
    let base = baseText.includes(head) ? head : void 0;
    if (!base) {
      const dir = path3.posix.dirname(head);
      base = baseText.find((f) => path3.posix.dirname(f) === dir && !headText.includes(f) && !taken.has(f));
      if (base)
        notes.push(
          `${head} replaces ${base}; compared with it so a package-manager switch does not report every package as new.`
        );
    }
    base ??= baseFiles.includes(head) ? head : void 0;
    if (base) taken.add(base);
    pairs.push({ head, base });
  }
  for (const base of baseText) {
    if (!taken.has(base) && !headText.includes(base) && inScope(base)) pairs.push({ base });
  }
  return { pairs, notes, errors, twins };
}
function normalize(file) {
  return path3.posix.normalize(file.replaceAll("\\", "/")).replace(/^\.\//, "");
}

// src/inputs/manifests.ts
import path4 from "node:path";

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

// src/inputs/manifests.ts
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
async function addDeclarationLines(tree, lockfile, file) {
  const dir = path4.posix.dirname(file);
  const { visit } = await import("./main-2GQ7O264.js");
  for (const importer of lockfile.importers.slice(0, MAX_MANIFESTS)) {
    let text;
    try {
      text = await tree.read(dir === "." ? importer.path : `${dir}/${importer.path}`);
    } catch {
      continue;
    }
    if (text === void 0) continue;
    const lines = {};
    visit(text, {
      onObjectProperty(property, _offset, _length, startLine, _startCharacter, pathSupplier) {
        const at = pathSupplier();
        if (at.length === 1 && DEPENDENCY_FIELDS.includes(String(at[0])) && !Object.hasOwn(lines, property)) {
          Object.defineProperty(lines, property, { value: startLine + 1, enumerable: true });
        }
      }
    });
    importer.lines = lines;
  }
}

// src/lockfiles/index.ts
var FORMATS = {
  npm: { load: async () => (await import("./npm-JY2HNE2L.js")).parseNpm, syntax: "json", finalNewline: false },
  "yarn-classic": {
    load: async () => (await import("./yarn-classic-VWPL2WOR.js")).parseYarnClassic,
    syntax: "lines",
    finalNewline: true
  },
  "yarn-berry": {
    load: async () => (await import("./yarn-berry-CDY53K6E.js")).parseYarnBerry,
    syntax: "lines",
    finalNewline: false
  },
  pnpm: { load: async () => (await import("./pnpm-IPZGLVQ6.js")).parsePnpm, syntax: "lines", finalNewline: true },
  bun: { load: async () => (await import("./bun-HZQI2QAI.js")).parseBun, syntax: "json", finalNewline: false }
};
async function loadLockfile(file, content, options = {}) {
  if (typeof content !== "string") return (await import("./bun-binary-O2HLEGYB.js")).parseBunBinary(file, content);
  const text = content.charCodeAt(0) === 65279 ? content.slice(1) : content;
  precheck(file, text);
  const format = detect(options.name ?? file, text);
  const entry = FORMATS[format];
  const parse3 = await entry.load();
  if (entry.syntax === "lines") {
    const problem = contentProblem(file, text) ?? (entry.finalNewline ? missingFinalNewline(file, text) : void 0);
    if (problem) throw problem;
    return parse3(file, text);
  }
  try {
    return parse3(file, text);
  } catch (error) {
    if (error instanceof LockfileError) throw contentProblem(file, text) ?? error;
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

// src/engine/compare.ts
async function compareTrees(head, base, only) {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const [headPrints, basePrints] = await Promise.all([bunPrints(head, headFiles), bunPrints(base, baseFiles)]);
  const pairing = pairLockfiles(headFiles, baseFiles, only, { head: headPrints, base: basePrints });
  const messages = [
    ...pairing.errors.map((text) => message("error", text)),
    ...pairing.notes.map((text) => message("note", text))
  ];
  const pairs = [...pairing.pairs];
  for (const twin of pairing.twins) {
    if (pairs.some((p) => p.head === twin.other)) continue;
    if (await changed(head, base, twin.read) !== await changed(head, base, twin.other)) {
      const extra = twinPair(twin, baseFiles);
      messages.push(message("note", extra.note));
      pairs.push(extra.pair);
    }
  }
  const lockfiles = [];
  for (const pair of pairs) {
    try {
      const [headLock, baseLock] = await Promise.all([
        readSide(head, pair.head, "head"),
        readSide(base, pair.base, "base")
      ]);
      if (headLock) await addImporters(head, headLock);
      for (const note of headLock?.notes ?? []) {
        const where2 = { file: pair.head, line: note.line };
        messages.push(message("note", `${where2.file}:${where2.line}: ${note.message}`, where2));
      }
      lockfiles.push({
        path: pair.head ?? pair.base,
        ...headLock ? { head: headLock } : {},
        ...baseLock ? { base: baseLock } : {},
        changes: diffLockfiles(baseLock, headLock)
      });
    } catch (error) {
      messages.push(errorMessage(error));
    }
  }
  return { lockfiles, messages };
}
async function bunPrints(tree, files) {
  const prints = /* @__PURE__ */ new Set();
  for (const binary of files.filter(isBinaryLockfile)) {
    const yarnLock = binary.replace(/bun\.lockb$/, "yarn.lock");
    if (!files.includes(yarnLock)) continue;
    const text = await tree.read(yarnLock).catch(() => void 0);
    if (text !== void 0 && isBunPrint(text)) prints.add(yarnLock);
  }
  return prints;
}
async function changed(head, base, file) {
  const [a, b] = await Promise.all([head.readBytes(file), base.readBytes(file)]);
  if (!a || !b) return a !== b;
  return !Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
var SideError = class extends Error {
  constructor(original, file, side) {
    super(errorSentence(original));
    this.original = original;
    this.file = file;
    this.side = side;
  }
  original;
  file;
  side;
};
async function readSide(tree, file, side) {
  if (!file) return void 0;
  try {
    const content = isBinaryLockfile(file) ? await tree.readBytes(file) : await tree.read(file);
    if (content === void 0)
      throw new LockfileError(tree.label(file), void 0, "listed in the tree but could not be read");
    const lockfile = await loadLockfile(tree.label(file), content, { name: file });
    lockfile.path = file;
    return lockfile;
  } catch (error) {
    throw new SideError(error, file, side);
  }
}
async function addImporters(tree, lockfile) {
  if (isBinaryLockfile(lockfile.path)) await addDeclarationLines(tree, lockfile, lockfile.path);
  if (lockfile.format !== "yarn-classic") return;
  const { importersFromManifests } = await import("./yarn-classic-VWPL2WOR.js");
  lockfile.importers = importersFromManifests(lockfile, await readManifests(tree, lockfile.path));
}
function errorMessage(error) {
  if (error instanceof SideError) {
    const line = error.original instanceof LockfileError ? error.original.line : void 0;
    return message("error", error.message, error.side === "head" ? { file: error.file, line } : {});
  }
  return message("error", errorSentence(error));
}
function errorSentence(error) {
  if (error instanceof LockfileError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 500);
}

// src/engine/check.ts
import { readFile as readFile2 } from "node:fs/promises";
import path8 from "node:path";

// src/advisories/local.ts
var import_parse2 = __toESM(require_parse(), 1);
import { realpath, stat as stat2 } from "node:fs/promises";
import path6 from "node:path";

// src/core/origins.ts
var ORIGINS_KEY = "malicious-packages-origins";
var cache = /* @__PURE__ */ new WeakMap();
function originImports(record) {
  const specific = record.database_specific;
  const list = isRecord(specific) ? specific[ORIGINS_KEY] : void 0;
  if (!Array.isArray(list)) return [];
  const imports = [];
  for (const raw of list) {
    if (!isRecord(raw) || typeof raw.source !== "string") continue;
    const entry = { source: raw.source };
    for (const key of ["id", "modified_time", "import_time"]) {
      const value = raw[key];
      if (typeof value === "string" && value !== "") entry[key] = value;
    }
    if (Array.isArray(raw.ranges)) entry.ranges = raw.ranges.filter(isRecord);
    if (Array.isArray(raw.versions)) entry.versions = raw.versions.filter((v) => typeof v === "string");
    imports.push(entry);
  }
  return imports;
}
function timeOf(value) {
  const ms = value === void 0 ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? -Infinity : ms;
}
function compareImports(a, b) {
  return timeOf(a.modified_time) - timeOf(b.modified_time) || timeOf(a.import_time) - timeOf(b.import_time) || 0;
}
function latestImports(imports) {
  const groups = /* @__PURE__ */ new Map();
  imports.forEach((entry, index) => {
    const key = entry.id === void 0 ? `#${index}` : `${entry.source}\0${entry.id}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  });
  const latest2 = [];
  const superseded = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort(compareImports);
    latest2.push(sorted.at(-1));
    superseded.push(...sorted.slice(0, -1));
  }
  return { latest: latest2, superseded };
}
function rangeKey(range) {
  const events = (Array.isArray(range.events) ? range.events : []).flatMap(
    (event) => isRecord(event) ? Object.entries(event).filter(([, value]) => typeof value === "string").map(([kind, value]) => `${kind}=${String(value)}`) : []
  ).sort();
  return `${typeof range.type === "string" ? range.type.toUpperCase() : ""}|${events.join(",")}`;
}
function withoutStale(entry, staleRanges, staleVersions) {
  if (entry === null || typeof entry !== "object") return entry;
  const oldRanges = Array.isArray(entry.ranges) ? entry.ranges : [];
  const oldVersions = Array.isArray(entry.versions) ? entry.versions : [];
  const ranges = oldRanges.filter((r) => !isRecord(r) || !staleRanges.has(rangeKey(r)));
  const versions = oldVersions.filter((v) => !staleVersions.has(v));
  const kept = ranges.length + versions.length;
  if (kept === oldRanges.length + oldVersions.length || kept === 0) return entry;
  const copy = { ...entry };
  if (Array.isArray(entry.ranges)) copy.ranges = ranges;
  if (Array.isArray(entry.versions)) copy.versions = versions;
  return copy;
}
function currentRecord(record) {
  const known = cache.get(record);
  if (known) return known;
  const affected = Array.isArray(record.affected) ? record.affected : [];
  const { latest: latest2, superseded } = latestImports(originImports(record));
  const currentRanges = new Set(latest2.flatMap((i2) => (i2.ranges ?? []).map(rangeKey)));
  const currentVersions = new Set(latest2.flatMap((i2) => i2.versions ?? []));
  const staleRanges = new Set(
    superseded.flatMap((i2) => (i2.ranges ?? []).map(rangeKey)).filter((key) => !currentRanges.has(key))
  );
  const staleVersions = new Set(superseded.flatMap((i2) => i2.versions ?? []).filter((v) => !currentVersions.has(v)));
  let narrowed = false;
  const current = staleRanges.size === 0 && staleVersions.size === 0 ? affected : affected.map((entry) => {
    const narrowedEntry = withoutStale(entry, staleRanges, staleVersions);
    if (narrowedEntry !== entry) narrowed = true;
    return narrowedEntry;
  });
  const result = { affected: current, origins: latest2, narrowed };
  cache.set(record, result);
  return result;
}
function currentView(record) {
  const current = currentRecord(record);
  return current.narrowed ? { ...record, affected: current.affected } : record;
}

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
  return currentRecord(record).affected.some(
    (affected) => isRecord(affected) && namesPackage(affected, name) && affectsVersion(affected, version)
  );
}
function matchedOrigins(record, name, version) {
  const named = (record.affected ?? []).some((a) => isRecord(a) && namesPackage(a, name));
  if (!named) return [];
  return currentRecord(record).origins.filter((origin) => {
    const said = {};
    if (origin.ranges) said.ranges = origin.ranges;
    if (origin.versions) said.versions = origin.versions;
    return affectsVersion(said, version);
  }).map((origin) => ({
    record: record.id,
    source: origin.source,
    ...origin.id !== void 0 ? { id: origin.id } : {},
    ...origin.modified_time !== void 0 ? { modified: origin.modified_time } : {}
  }));
}
function affectedErrors(affected, path9) {
  if (!isRecord(affected)) return [`${path9} is ${describe(affected)}, not an object`];
  const errors = [];
  const pkg = affected.package;
  if (pkg !== void 0 && pkg !== null && !isRecord(pkg))
    errors.push(`${path9}.package is ${describe(pkg)}, not an object`);
  const versions = affected.versions;
  if (versions !== void 0 && versions !== null) {
    if (!Array.isArray(versions)) errors.push(`${path9}.versions is ${describe(versions)}, not an array`);
    else {
      const bad = versions.findIndex((v) => typeof v !== "string");
      if (bad >= 0) errors.push(`${path9}.versions[${bad}] is ${describe(versions[bad])}, not a string`);
    }
  }
  const ranges = affected.ranges;
  if (ranges !== void 0 && ranges !== null) {
    if (!Array.isArray(ranges)) errors.push(`${path9}.ranges is ${describe(ranges)}, not an array`);
    else {
      ranges.forEach((range, i2) => {
        if (!isRecord(range)) errors.push(`${path9}.ranges[${i2}] is ${describe(range)}, not an object`);
        else if (range.events !== void 0 && !Array.isArray(range.events))
          errors.push(`${path9}.ranges[${i2}].events is ${describe(range.events)}, not an array`);
        else if (Array.isArray(range.events)) {
          const bad = range.events.findIndex((e) => !isRecord(e));
          if (bad >= 0)
            errors.push(`${path9}.ranges[${i2}].events[${bad}] is ${describe(range.events[bad])}, not an object`);
        }
      });
    }
  }
  return errors;
}
function affectedWarnings(affected, path9) {
  const warnings = [];
  (affected.ranges ?? []).forEach((range, i2) => {
    if (!isVersionRange(range)) return;
    const parsed = parseRangeEvents(range);
    if ("error" in parsed) warnings.push(`${path9}.ranges[${i2}] is skipped: ${plain(parsed.error, 100)}`);
    else if (!parsed.events.some((e) => e.kind === "introduced"))
      warnings.push(`${path9}.ranges[${i2}] has no introduced event, so it matches no version`);
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
function toHit(group, sourceOf, name, version) {
  const records = [...group].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const id = primaryId(records.map((r) => r.id)) ?? "";
  const allIds = new Set(records.flatMap(idsOf));
  allIds.delete(id);
  const primary = records.find((r) => r.id === id && typeof r.summary === "string");
  const summary = primary?.summary ?? records.find((r) => typeof r.summary === "string")?.summary;
  const sources = [...new Set(records.map(sourceOf))].sort();
  const origins = records.flatMap((record) => matchedOrigins(record, name, version)).sort((a, b) => originLabel(a).localeCompare(originLabel(b)));
  const hit = {
    id,
    aliases: [...allIds].sort(),
    sources,
    source: sources.join(", "),
    records: records.map(currentView),
    origins,
    recordSources: records.map(sourceOf)
  };
  if (summary !== void 0) hit.summary = summary;
  return hit;
}
function originLabel(origin) {
  const id = origin.id !== void 0 ? ` ${plain(origin.id, 60)}` : "";
  const modified = origin.modified !== void 0 ? ` (modified ${plain(origin.modified, 40).slice(0, 10)})` : "";
  return `${plain(origin.source, 60)}${id}${modified}`;
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
    const hits = groupByAliases(matching).map((group) => toHit(group, sourceOf, name, version));
    result.set(
      key,
      hits.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  }
  return result;
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
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path5.join(entry.parentPath ?? entry.path ?? dir, entry.name)).sort();
}
async function readBytes(file) {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LockfileError(file, void 0, `cannot read file (${errorText(error)})`);
  }
}
function errorText(error) {
  const message2 = error instanceof Error ? error.message : String(error);
  return quote(message2, 160).slice(1, -1);
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
  const current = currentRecord(record);
  out.affected = current.affected.map(compactAffected);
  const references = (record.references ?? []).filter((r) => typeof r?.url === "string");
  if (references.length > 0) {
    out.references = references.map(
      (r) => typeof r.type === "string" ? { type: r.type, url: r.url } : { url: r.url }
    );
  }
  const iocs = compactIocs(record.database_specific?.iocs);
  const origins = current.origins.map(compactOrigin);
  if (iocs || origins.length > 0) {
    out.database_specific = { ...iocs ? { iocs } : {}, ...origins.length > 0 ? { [ORIGINS_KEY]: origins } : {} };
  }
  return out;
}
function compactOrigin(origin) {
  const out = { source: origin.source };
  if (origin.id !== void 0) out.id = origin.id;
  if (origin.modified_time !== void 0) out.modified_time = origin.modified_time;
  if (origin.ranges) out.ranges = origin.ranges.map(compactRange);
  if (origin.versions) out.versions = strings(origin.versions);
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
    const { record } = validateRecord(value);
    if (!record) throw new SnapshotFormatError(`record ${line} of block ${block} is not an OSV record (corrupt file)`);
    out.set(line, record);
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
        const key = name.toLowerCase();
        const list = this.byName.get(key);
        if (list) list.push(record);
        else this.byName.set(key, [record]);
      }
    }
    this.warnings = [...warnings];
    if (unindexed > 0) this.warnings.push(`${unindexed} record(s) name no npm package and can never match`);
  }
  records;
  name = "custom";
  byName = /* @__PURE__ */ new Map();
  warnings;
  /**
   * Records naming any of the packages, each once, in the order they were read.
   * A list entry whose name differs from a package's only in case is returned
   * under the package's own spelling (OSV records from files match exactly).
   */
  async lookup(packages) {
    const found = /* @__PURE__ */ new Map();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const record of this.byName.get(name.toLowerCase()) ?? []) {
        const named = npmNames(record);
        if (named.includes(name)) found.set(record, [...found.get(record) ?? [], record]);
        else if (record.id.startsWith("LIST-"))
          found.set(record, [...found.get(record) ?? [], renamed(record, name)]);
      }
    }
    return this.records.flatMap((record) => [...new Set(found.get(record) ?? [])]);
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
function renamed(record, name) {
  return {
    ...record,
    affected: (record.affected ?? []).map((a) => ({ ...a, package: { ...a.package, ecosystem: "npm", name } }))
  };
}
function displayPath(file, root = process.cwd()) {
  const relative = path6.relative(root, path6.resolve(file));
  const shown2 = relative !== "" && !relative.startsWith("..") && !path6.isAbsolute(relative) ? relative : file;
  return shown2.split(path6.sep).join("/");
}
function isInside(dir, file) {
  const relative = path6.relative(dir, file);
  return relative === "" || !relative.startsWith("..") && !path6.isAbsolute(relative);
}
async function confine(file, root) {
  if (root === void 0 || !isInside(path6.resolve(root), path6.resolve(file))) return;
  let real;
  let realRoot;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  } catch {
    return;
  }
  if (!isInside(realRoot, real)) {
    throw new LockfileError(
      displayPath(file, root),
      void 0,
      "this advisory list is a symbolic link (or lies under one) that leads outside the repository; lockgate reads no list outside it"
    );
  }
}
async function readAdvisoryPath(file, warnings, root) {
  await confine(file, root);
  let isDirectory;
  try {
    isDirectory = (await stat2(file)).isDirectory();
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file or directory" : String(error);
    throw new LockfileError(file, void 0, `cannot read advisories (${quote(reason, 160).slice(1, -1)})`);
  }
  if (!isDirectory) return recordsOfFile(displayPath(file, root), await readBytes(file));
  const files = await filesUnder(file);
  const read = files.filter(isAdvisoryFileName);
  const skipped = files.filter((f) => !read.includes(f));
  if (read.length === 0) {
    throw new LockfileError(file, void 0, "directory holds no advisory file (.json, .jsonl, .jsonl.gz, .zip, .txt)");
  }
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((f) => path6.relative(file, f));
    warnings.push(
      `${displayPath(file, root)}: ${skipped.length} file(s) not read, not being advisory files: ${names.join(", ")}${skipped.length > 5 ? ", …" : ""}`
    );
  }
  const records = [];
  for (const f of read) {
    await confine(f, root);
    records.push(...recordsOfFile(displayPath(f, root), await readBytes(f)));
  }
  return records;
}
var LIST_EXTENSIONS = /\.(?:txt|list)$/i;
function isAdvisoryFileName(file) {
  return shapeOfName(file) !== void 0 || LIST_EXTENSIONS.test(file);
}
function recordsOfFile(shown2, bytes) {
  const shape = shapeOfName(shown2);
  if (shape) return parseRecordBytes(bytes, shown2, shape).map((r) => compactRecord(r.record));
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new LockfileError(shown2, void 0, "incident list is not UTF-8 text");
  }
  return parseIncidentList(text, shown2).map((entry) => listEntryRecord(entry, shown2));
}
async function loadAdvisoryPaths(paths, options = {}) {
  const records = [];
  const warnings = [];
  for (const file of paths) {
    const read = await readAdvisoryPath(file, warnings, options.root);
    if (read.length === 0) warnings.push(`${displayPath(file, options.root)} holds no advisories`);
    records.push(...read);
  }
  for (const file of options.files ?? []) records.push(...recordsOfFile(file.path, file.bytes));
  return new LocalSource(records, warnings);
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
      const answers = await mapLimit([...ids].sort(), this.concurrency, (id) => this.fetchVuln(id));
      const records = [];
      const unreadable = [];
      for (const answer of answers) {
        const { record, error } = validateRecord(answer);
        if (record) records.push(record);
        else unreadable.push(error ?? "not an OSV record");
      }
      const malicious = records.filter(isMalicious);
      this.state = {
        name: this.name,
        ok: true,
        records: malicious.length,
        asOf: newestModified(malicious) ?? startedAt,
        ...unreadable.length ? {
          warning: `${unreadable.length} record(s) OSV.dev returned could not be read and were not matched; the first: ${unreadable[0]}`
        } : {}
      };
      return malicious;
    } catch (error) {
      const message2 = `OSV.dev is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message2 };
      throw new SourceUnavailableError(this.name, message2);
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
  /** The record OSV.dev holds for `id`, as JSON: validated by the caller. */
  async fetchVuln(id) {
    const { data } = await requestJson({ url: `${this.baseUrl}/v1/vulns/${encodeURIComponent(id)}` }, this.policy);
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
    this.baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, "") : githubApiUrl(process.env);
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
      if (error instanceof HttpRequestError && error.status === 404) {
        this.state = {
          name: this.name,
          ok: true,
          records: 0,
          note: `${new URL(this.baseUrl).host} has no advisory database (GET /advisories answered 404, as GitHub Enterprise Server does), so the other sources were used; set the github-advisories input to false to stop asking.`
        };
        return [];
      }
      const message2 = `GitHub Advisory Database is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message2 };
      throw new SourceUnavailableError(this.name, message2);
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
  const shown2 = problems.slice(0, 5).join("; ");
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : "";
  return `${problems.length} GitHub advisory range${problems.length === 1 ? " was" : "s were"} unreadable and will match no version: ${shown2}${more}.`;
}

// src/advisories/snapshot.ts
import { closeSync, existsSync as existsSync2, fstatSync, openSync, readSync } from "node:fs";
import path7 from "node:path";
import { fileURLToPath } from "node:url";
var SNAPSHOT_FILE = "advisories.snapshot";
var SnapshotError = class extends Error {
  constructor(message2) {
    super(message2);
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
  return candidates.find((candidate) => existsSync2(candidate)) ?? candidates[0];
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
  return plain(text, 200);
}

// src/advisories/sources.ts
async function createSources(options) {
  const sources = [await loadSnapshot(options.snapshotPath)];
  if (options.advisories.length || options.advisoryFiles?.length) {
    sources.push(
      await loadAdvisoryPaths(options.advisories, {
        ...options.advisoryRoot ? { root: options.advisoryRoot } : {},
        ...options.advisoryFiles ? { files: options.advisoryFiles } : {}
      })
    );
  }
  const live = /* @__PURE__ */ new Set();
  if (!options.offline) {
    const retry = {
      ...options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {},
      ...options.env ? { proxyEnv: options.env } : {}
    };
    const osv = new OsvApiSource({ baseUrl: options.osvUrl, retry });
    const github = new GitHubAdvisorySource({
      baseUrl: options.githubApiUrl,
      retry,
      ...options.githubToken ? { token: options.githubToken } : {}
    });
    if (options.osv !== false) {
      sources.push(osv);
      live.add(osv.name);
    }
    if (options.githubAdvisories !== false) {
      sources.push(github);
      live.add(github.name);
    }
  }
  return { sources, live };
}

// src/signals/types.ts
var SIGNAL_NAMES = [
  "unpublished",
  "release-age",
  "new-package",
  "install-script-added",
  "trust-downgrade",
  "publisher-changed",
  "burst"
];
var SIGNAL_LEVELS = ["fail", "warn", "off"];
var DEFAULT_MIN_RELEASE_AGE_MS = 3 * 24 * 36e5;
var DEFAULT_LEVELS = {
  unpublished: "fail",
  "release-age": "fail",
  "new-package": "fail",
  "install-script-added": "fail",
  "trust-downgrade": "fail",
  "publisher-changed": "warn",
  burst: "warn"
};

// src/config/config-file.ts
var import_js_yaml = __toESM(require_js_yaml(), 1);
var import_valid2 = __toESM(require_valid2(), 1);
var EMPTY_CONFIG = {
  ignore: [],
  advisories: [],
  lockfiles: [],
  signals: { levels: {}, allow: [] }
};
var MAX_CONFIG_BYTES = 256 * 1024;
var MAX_ENTRIES = 1e3;
var IGNORE_FIELDS = ["package", "versions", "advisory", "reason", "expires"];
var TOP_LEVEL = ["ignore", "advisories", "lockfiles", "signals", "allowed-hosts"];
var SIGNALS_KEYS = ["min-release-age", "levels", "allow", "registry-token-env"];
var LONG_EXPIRY_DAYS = 366;
function parseConfigText(file, text) {
  if (text.length > MAX_CONFIG_BYTES)
    throw new Error(`${file}: file is over the ${MAX_CONFIG_BYTES}-byte limit for the config file.`);
  try {
    return import_js_yaml.default.load(text, { filename: file, schema: import_js_yaml.default.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const mark = error.mark;
    const reason = error.reason ?? "not valid YAML";
    throw new Error(`${file}${mark?.line !== void 0 ? `:${mark.line + 1}` : ""}: ${clip(reason)}.`);
  }
}
function validateConfig(file, doc, today) {
  const errors = [];
  const warnings = [];
  const config = { ignore: [], advisories: [], lockfiles: [], signals: { levels: {}, allow: [] } };
  if (!isRecord(doc)) {
    return { config, errors: [`${file}: expected a mapping with the keys ${TOP_LEVEL.join(", ")}.`], warnings };
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.includes(key)) {
      warnings.push(`${file}: unknown key ${quoted(key)} was ignored (known keys: ${TOP_LEVEL.join(", ")}).`);
    }
  }
  config.advisories = stringList(file, "advisories", doc.advisories, errors);
  config.lockfiles = stringList(file, "lockfiles", doc.lockfiles, errors);
  config.signals = validateSignals(file, doc.signals, errors, warnings);
  if (doc["allowed-hosts"] !== void 0 && doc["allowed-hosts"] !== null) {
    const hosts = stringList(file, "allowed-hosts", doc["allowed-hosts"], errors).map((h) => h.toLowerCase());
    const bad = hosts.find((h) => !/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$/.test(h));
    if (bad !== void 0)
      errors.push(
        `${file}: 'allowed-hosts' entry ${quoted(bad)} is not a host name (expected e.g. npm.corp.example or npm.corp.example:8443).`
      );
    else config.allowedHosts = hosts;
  }
  if (doc.ignore !== void 0 && doc.ignore !== null) {
    if (!Array.isArray(doc.ignore)) errors.push(`${file}: 'ignore' must be a list of entries.`);
    else if (doc.ignore.length > MAX_ENTRIES)
      errors.push(`${file}: 'ignore' has ${doc.ignore.length} entries, over the limit of ${MAX_ENTRIES}.`);
    else {
      doc.ignore.forEach((raw, index) => {
        const entry = validateIgnoreEntry(`${file}: ignore entry ${index + 1}`, raw, today, errors, warnings);
        if (entry) config.ignore.push(entry);
      });
    }
  }
  return { config, errors, warnings };
}
function validateIgnoreEntry(where2, raw, today, errors, warnings) {
  if (!isRecord(raw)) {
    errors.push(`${where2}: expected a mapping with ${IGNORE_FIELDS.join(", ")}.`);
    return void 0;
  }
  const label = typeof raw.package === "string" ? `${where2} (${quoted(raw.package)})` : where2;
  for (const key of Object.keys(raw)) {
    if (!IGNORE_FIELDS.includes(key)) {
      warnings.push(`${label}: unknown field ${quoted(key)} was ignored (fields: ${IGNORE_FIELDS.join(", ")}).`);
    }
  }
  const missing = IGNORE_FIELDS.filter(
    (field) => typeof raw[field] !== "string" || raw[field].trim() === ""
  );
  if (missing.length) {
    errors.push(
      `${label}: missing or empty ${missing.join(", ")}; every ignore entry needs package, versions (a semver range), advisory, reason and expires (YYYY-MM-DD).`
    );
    return void 0;
  }
  const entry = {
    package: raw.package.trim(),
    versions: raw.versions.trim(),
    advisory: raw.advisory.trim(),
    reason: raw.reason.trim(),
    expires: raw.expires.trim()
  };
  let ok = true;
  if ((0, import_valid2.default)(entry.versions) === null) {
    errors.push(
      `${label}: versions ${quoted(entry.versions)} is not a semver range; expected e.g. "1.3.0", ">=1.2.0 <1.4.0" or "*".`
    );
    ok = false;
  }
  if (!isDate(entry.expires)) {
    errors.push(`${label}: expires ${quoted(entry.expires)} is not a date; expected YYYY-MM-DD.`);
    ok = false;
  } else if (entry.expires < today) {
    errors.push(
      `${label}: expired on ${entry.expires} (ignoring ${quoted(entry.advisory)}); review it, then renew it with a new expires date or remove it.`
    );
    ok = false;
  } else if (daysBetween(today, entry.expires) > LONG_EXPIRY_DAYS) {
    warnings.push(
      `${label}: expires ${entry.expires}, more than a year away; ignore entries are meant to be reviewed.`
    );
  }
  return ok ? entry : void 0;
}
function validateSignals(file, raw, errors, warnings) {
  const out = { levels: {}, allow: [] };
  if (raw === void 0 || raw === null) return out;
  if (!isRecord(raw)) {
    errors.push(`${file}: 'signals' must be a mapping with the keys ${SIGNALS_KEYS.join(", ")}.`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (!SIGNALS_KEYS.includes(key))
      warnings.push(
        `${file}: unknown key signals.${quoted(key)} was ignored (known keys: ${SIGNALS_KEYS.join(", ")}).`
      );
  }
  const age = raw["min-release-age"];
  if (age !== void 0 && age !== null) {
    const ms = typeof age === "string" || typeof age === "number" ? parseDuration(String(age)) : void 0;
    if (ms === void 0)
      errors.push(
        `${file}: signals.min-release-age ${quoted(String(age))} is not a duration; expected e.g. 72h, 3d or 0 (off).`
      );
    else out.minReleaseAgeMs = ms;
  }
  const levels = raw.levels;
  if (levels !== void 0 && levels !== null) {
    if (!isRecord(levels)) errors.push(`${file}: signals.levels must map signal names to fail, warn or off.`);
    else {
      for (const [name, level] of Object.entries(levels)) {
        if (!SIGNAL_NAMES.includes(name)) {
          errors.push(
            `${file}: signals.levels has unknown signal ${quoted(name)}; expected one of ${SIGNAL_NAMES.join(", ")}.`
          );
        } else if (typeof level !== "string" || !SIGNAL_LEVELS.includes(level)) {
          errors.push(
            `${file}: signals.levels.${name} is ${quoted(String(level))}; expected one of ${SIGNAL_LEVELS.join(", ")}.`
          );
        } else out.levels[name] = level;
      }
    }
  }
  const allow = raw.allow;
  if (allow !== void 0 && allow !== null) {
    if (!Array.isArray(allow) || allow.length > MAX_ENTRIES)
      errors.push(`${file}: signals.allow must be a list of at most ${MAX_ENTRIES} entries with package and reason.`);
    else {
      allow.forEach((entry, index) => {
        const where2 = `${file}: signals.allow entry ${index + 1}`;
        const name = isRecord(entry) && typeof entry.package === "string" ? entry.package.trim() : "";
        const reason = isRecord(entry) && typeof entry.reason === "string" ? entry.reason.trim() : "";
        if (!name || !reason) {
          errors.push(`${where2}: needs package (a name, @scope or @scope/*) and a non-empty reason.`);
        } else if (!/^(?:@[\w.-]+(?:\/(?:\*|[\w.-]+))?|[\w.-]+)$/.test(name)) {
          errors.push(`${where2}: package ${quoted(name)} is not a package name, @scope or @scope/*.`);
        } else out.allow.push({ package: name, reason });
      });
    }
  }
  const tokenEnv = raw["registry-token-env"];
  if (tokenEnv !== void 0 && tokenEnv !== null) {
    if (typeof tokenEnv !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv))
      errors.push(
        `${file}: signals.registry-token-env must name an environment variable (letters, digits, _), not hold a token.`
      );
    else out.tokenEnv = tokenEnv;
  }
  return out;
}
function stringList(file, key, value, errors) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_ENTRIES || !value.every((v) => typeof v === "string" && v.trim() !== "")) {
    errors.push(`${file}: '${key}' must be a list of non-empty strings (at most ${MAX_ENTRIES}).`);
    return [];
  }
  const items = value.map((v) => v.trim());
  const outside = items.find((v) => v.split(/[\\/]/).includes("..") || v.startsWith("/"));
  if (outside !== void 0) {
    errors.push(
      `${file}: '${key}' entry ${quoted(outside)} leaves the repository; expected a path relative to its root.`
    );
    return [];
  }
  return items;
}
function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function daysBetween(from, to) {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5;
}
function utcDate(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function quoted(value) {
  return `"${clip(value)}"`;
}
function clip(value, max2 = 80) {
  return plain(value, max2);
}

// src/core/injection.ts
var DEFAULT_ALLOWED_HOSTS = PUBLIC_REGISTRY_HOSTS;
function originIssues(input, all, allowedHosts2) {
  const allowed = new Set(allowedHosts2.map((h) => h.toLowerCase()));
  if ([...allowed].some((h) => PUBLIC_REGISTRY_HOSTS.includes(h)))
    for (const h of PUBLIC_REGISTRY_HOSTS) allowed.add(h);
  const added = /* @__PURE__ */ new Set();
  const changed2 = /* @__PURE__ */ new Set();
  for (const change of input.changes) {
    for (const version of change.to) (change.kind === "changed" ? changed2 : added).add(`${change.name}@${version}`);
  }
  const baseEntries = /* @__PURE__ */ new Map();
  for (const pkg of input.base?.packages ?? []) {
    const key = `${pkg.name}@${pkg.version}`;
    const list = baseEntries.get(key);
    if (list) list.push(pkg);
    else baseEntries.set(key, [pkg]);
  }
  const issues = [];
  for (const pkg of input.head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const isNew = added.has(key);
    const isChanged = changed2.has(key);
    if (!all && !isNew && !isChanged) continue;
    const mismatch = resolvedMismatch(pkg);
    if (mismatch) issues.push(mismatch);
    const before = baseEntries.get(key);
    const origin = isChanged && before ? originChange2(pkg, before) : void 0;
    if (origin) issues.push(origin);
    else if (isNew && !mismatch) {
      const host = unapprovedHost(pkg, allowed);
      if (host) issues.push(host);
    }
  }
  return issues;
}
function originQueries(issues) {
  return issues.flatMap((i2) => i2.tarball ? [{ name: i2.tarball.name, version: i2.tarball.version }] : []);
}
function resolvedMismatch(pkg) {
  const tarball = pkg.resolved === void 0 ? void 0 : registryTarball(pkg.resolved);
  if (!tarball) return void 0;
  const sameName = tarball.name === pkg.name;
  const sameVersion = withoutBuild(tarball.version) === withoutBuild(pkg.version);
  if (sameName && sameVersion) return void 0;
  const entry = pkg.alias ? `${pkg.alias} (${pkg.name}@${pkg.version})` : `${pkg.name}@${pkg.version}`;
  return {
    kind: "resolved-mismatch",
    pkg,
    tarball: { name: tarball.name, version: tarball.version },
    problem: `The entry says ${entry}, but its resolved URL downloads ${tarball.name}@${tarball.version} from ${tarball.host}: the package manager installs what the URL names.`
  };
}
function originChange2(pkg, bases) {
  const host = downloadHost(pkg);
  const baseHosts = new Set(bases.map((b) => downloadHost(b)).filter((h) => h !== void 0));
  if (host !== void 0 && baseHosts.size > 0 && !baseHosts.has(host)) {
    return {
      kind: "origin-changed",
      pkg,
      host,
      problem: `${pkg.name}@${pkg.version} kept its version but now downloads from ${host} instead of ${[...baseHosts].join(", ")}; a version does not move between hosts honestly.`
    };
  }
  const hashes = bases.flatMap((b) => sriHashes(b.integrity));
  for (const hash of sriHashes(pkg.integrity)) {
    const algorithm = hash.slice(0, hash.indexOf("-") + 1);
    const same = hashes.filter((h) => h.startsWith(algorithm));
    if (same.length && !same.includes(hash)) {
      return {
        kind: "origin-changed",
        pkg,
        problem: `${pkg.name}@${pkg.version} kept its version but its ${algorithm.slice(0, -1)} integrity hash changed; the registry never lets a published version change, so this is different code under the same version.`
      };
    }
  }
  return void 0;
}
function unapprovedHost(pkg, allowed) {
  if (isPlainHttp(pkg.resolved)) {
    const host2 = downloadHost(pkg) ?? "an unknown host";
    return {
      kind: "unapproved-host",
      pkg,
      host: host2,
      problem: `${pkg.name}@${pkg.version} is downloaded over plain http from ${host2}, which anyone on the network path can replace.`
    };
  }
  const host = downloadHost(pkg);
  if (host === void 0 || allowed.has(host)) return void 0;
  return {
    kind: "unapproved-host",
    pkg,
    host,
    problem: `${pkg.name}@${pkg.version} is new and downloads from ${host} (${pkg.source}), which is not an allowed registry; add the host to allowed-hosts in the config if it is trusted.`
  };
}
function withoutBuild(version) {
  const plus = version.indexOf("+");
  return plus === -1 ? version : version.slice(0, plus);
}
function sriHashes(integrity) {
  return integrity ? integrity.split(/\s+/).filter((h) => /^sha\d+-/.test(h)) : [];
}

// src/core/ignore.ts
var import_satisfies = __toESM(require_satisfies(), 1);
function entryCovers(entry, finding, advisory) {
  if (entry.package !== finding.name) return false;
  if (entry.advisory !== advisory.id && !advisory.aliases.includes(entry.advisory)) return false;
  return (0, import_satisfies.default)(finding.version, entry.versions, { includePrerelease: true, loose: true });
}
function applyIgnores(report, entries, configFile) {
  if (!entries.length) return report;
  const used = /* @__PURE__ */ new Set();
  const notes = [];
  const lockfiles = report.lockfiles.map((lockfile) => {
    const findings = [];
    for (const finding of lockfile.findings) {
      const advisories = finding.advisories.filter((advisory) => {
        const entry = entries.find((e) => entryCovers(e, finding, advisory));
        if (!entry) return true;
        used.add(entry);
        notes.push(
          message(
            "note",
            `Ignored ${advisory.id} for ${finding.name}@${finding.version} in ${lockfile.path} per ${configFile} (reason: ${entry.reason}; expires ${entry.expires}).`
          )
        );
        return false;
      });
      if (advisories.length)
        findings.push(advisories.length === finding.advisories.length ? finding : { ...finding, advisories });
    }
    return findings.length === lockfile.findings.length ? lockfile : { ...lockfile, findings };
  });
  for (const entry of report.mode === "all" ? entries : []) {
    if (!used.has(entry)) {
      notes.push(
        message(
          "note",
          `Ignore entry for ${entry.package} ${entry.versions} (${entry.advisory}) in ${configFile} matched no finding; remove it if it is no longer needed.`
        )
      );
    }
  }
  return { ...report, lockfiles, messages: [...report.messages, ...notes] };
}

// src/lockfiles/npm-edges.ts
function npmEdges(lockfile) {
  const resolver = new Resolver(lockfile.packages.map((p) => p.id));
  const deps = /* @__PURE__ */ new Map();
  for (const pkg of lockfile.packages) {
    deps.set(pkg.id, pkg.wants ? resolver.resolveAll(pkg.id, pkg.wants) : pkg.deps ?? []);
  }
  const root = lockfile.unresolvedEdges?.root;
  if (root === void 0)
    return { deps, importers: [{ path: "package.json", deps: treeRoots(lockfile.packages, deps) }] };
  const importers = [{ path: "package.json", deps: resolver.resolveAll("", root) }];
  for (const pkg of lockfile.packages) {
    if (pkg.source === "workspace") importers.push({ path: `${pkg.id}/package.json`, deps: deps.get(pkg.id) });
  }
  return { deps, importers };
}
function treeRoots(packages, deps) {
  const required = /* @__PURE__ */ new Set();
  for (const [id, ids] of deps) for (const dep of ids) if (dep !== id) required.add(dep);
  const topLevel = packages.map((p) => p.id).filter((id) => !id.includes("/node_modules/"));
  const roots = topLevel.filter((id) => !required.has(id));
  const reached = /* @__PURE__ */ new Set();
  const reach = (from) => {
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop();
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dep of deps.get(id) ?? []) if (!reached.has(dep)) queue.push(dep);
    }
  };
  roots.forEach(reach);
  for (const id of topLevel) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}
var Resolver = class {
  children = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  constructor(ids) {
    for (const id of ids) {
      const name = nameFromInstallPath(id);
      if (name === void 0 || !isInstallPath(id)) continue;
      const folder = id.slice(0, Math.max(0, id.length - name.length - "/node_modules/".length));
      let names = this.children.get(folder);
      if (!names) this.children.set(folder, names = /* @__PURE__ */ new Map());
      names.set(name, id);
    }
  }
  /** The id `name` resolves to when required from folder `dir`, if the lockfile has it. */
  resolve(dir, name) {
    let at = dir;
    for (; ; ) {
      const hit = this.children.get(at)?.get(name);
      if (hit !== void 0) return hit;
      if (at === "") return void 0;
      at = this.parentOf(at);
    }
  }
  /**
   * `names` wanted by the entry at install path `id` (`''` for the root),
   * resolved from its folder, without repeats or itself.
   */
  resolveAll(id, names) {
    const deps = [];
    const seen = /* @__PURE__ */ new Set();
    for (const name of names) {
      const dep = this.resolve(id, name);
      if (dep !== void 0 && dep !== id && !seen.has(dep)) {
        seen.add(dep);
        deps.push(dep);
      }
    }
    return deps;
  }
  /** The next folder up that can hold a `node_modules`: `a/node_modules/b` → `a`, `packages/x` → `packages`. */
  parentOf(dir) {
    let parent = this.parents.get(dir);
    if (parent === void 0) {
      const nested = dir.lastIndexOf("/node_modules/");
      if (nested !== -1) parent = dir.slice(0, nested);
      else if (dir.startsWith("node_modules/")) parent = "";
      else parent = dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
      this.parents.set(dir, parent);
    }
    return parent;
  }
};

// src/core/graph.ts
var DependencyGraph = class {
  byId = /* @__PURE__ */ new Map();
  /** id → the id it was first reached from (undefined for roots). */
  parent = /* @__PURE__ */ new Map();
  /** root id → importer path. */
  rootImporter = /* @__PURE__ */ new Map();
  constructor(lockfile) {
    const edges = edgesOf(lockfile);
    for (const pkg of lockfile.packages) this.byId.set(pkg.id, pkg);
    const queue = [];
    const visit = (id, from) => {
      if (this.parent.has(id) || !this.byId.has(id)) return;
      this.parent.set(id, from);
      queue.push(id);
    };
    for (const importer of edges.importers) {
      for (const id of importer.deps) {
        if (!this.rootImporter.has(id)) this.rootImporter.set(id, importer.path);
        visit(id, void 0);
      }
    }
    const drain = (from) => {
      for (let i2 = from; i2 < queue.length; i2++) {
        const id = queue[i2];
        for (const dep of edges.deps.get(id) ?? []) visit(dep, id);
      }
    };
    drain(0);
    const depended = new Set([...edges.deps.values()].flat());
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
function edgesOf(lockfile) {
  if (lockfile.unresolvedEdges) return npmEdges(lockfile);
  return { deps: new Map(lockfile.packages.map((p) => [p.id, p.deps ?? []])), importers: lockfile.importers };
}

// src/core/guidance-commands.ts
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

// src/core/guidance-records.ts
var MAX_NAME = 214;
var MAX_VERSION = 64;
var MAX_INDICATORS = 50;
var MAX_REFERENCE_LINKS = 12;
var MAX_LISTED_VERSIONS = 10;
var MAX_DETAILS = 4;
var MAX_DETAIL_CHARS = 600;
function affectedEntries(records, name) {
  const all = records.flatMap((record) => currentRecord(record).affected);
  const own = all.filter((entry) => entry?.package?.name === name);
  return own.length > 0 ? own : all.filter((entry) => entry !== null && typeof entry === "object");
}
function describesTakeover(records) {
  const said = records.map((r) => `${isText(r.summary) ? r.summary : ""} ${isText(r.details) ? r.details : ""}`).join(" ");
  return TAKEOVER.test(said);
}
var TAKEOVER = /\b(?:was|were|been|got) (?:compromised|hijacked|taken over)\b|\btake-?over\b|\bhijack(?:ed|ing)?\b/i;
function guidanceKind(entries) {
  if (entries.length === 0) return "malicious-package";
  return entries.some(coversEveryVersion) ? "malicious-package" : "compromised-release";
}
function coversEveryVersion(entry) {
  return versionRanges(entry).some((events) => {
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
    const shown2 = listed.slice(0, MAX_LISTED_VERSIONS).join(", ");
    parts.push(
      listed.length > MAX_LISTED_VERSIONS ? `${shown2} and ${listed.length - MAX_LISTED_VERSIONS} more` : shown2
    );
  }
  for (const entry of entries) {
    for (const events of versionRanges(entry)) {
      const text = describeRange(events);
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
function lowestAffectedInLine(entries, version) {
  const flagged = parseVersion(version);
  if (!flagged) return void 0;
  const candidates = [];
  for (const entry of entries) {
    if (Array.isArray(entry.versions)) candidates.push(...entry.versions.filter(isText));
    for (const events of versionRanges(entry)) {
      for (const event of events) {
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
    for (const events of versionRanges(entry)) {
      for (const event of events) {
        const parsed = isText(event.fixed) ? parseVersion(event.fixed) : null;
        if (parsed && parsed.compare(flagged) > 0) fixes.push(event.fixed);
      }
    }
  }
  return fixes.filter((fix) => !entries.some((entry) => affectsVersion(entry, fix))).sort(compareVersions)[0];
}
function cleanVersions(entries, versions) {
  return versions.filter((v) => !entries.some((entry) => affectsVersion(entry, v))).sort(compareVersions);
}
function recordDetails(records, sourceOf) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  records.forEach((record, index) => {
    if (!isText(record.details) || !isText(record.id)) return;
    for (const section of detailSections(record.details)) {
      const text = clean(defangText(section.text.replace(/\s+/g, " ").trim()), MAX_DETAIL_CHARS);
      if (text === "" || seen.has(text) || out.length >= MAX_DETAILS) continue;
      seen.add(text);
      out.push({ id: clean(record.id, 80), source: clean(section.source ?? sourceOf(index), 60), text });
    }
  });
  return out;
}
function detailSections(details) {
  const text = details.slice(0, 2e4);
  const marker = /^## Source: ([^\s(]+)[^\n]*$/gm;
  const starts = [...text.matchAll(marker)];
  if (starts.length === 0) return [{ text }];
  const sections = [];
  const preamble = text.slice(0, starts[0].index).replace(/^-{3,}\s*$/gm, "").replace(/_-= Per source details\. Do not edit below this line\.=-_/, "").trim();
  if (preamble !== "") sections.push({ text: preamble });
  starts.forEach((start, i2) => {
    const end = starts[i2 + 1]?.index ?? text.length;
    sections.push({ source: start[1], text: text.slice(start.index + start[0].length, end) });
  });
  return sections;
}
var TAKE_VERB = /\b(?:exfil\w*|steal\w*|stole\w*|harvest\w*|collect\w*|send\w*|sent|upload\w*|leak\w*|grab\w*|capture\w*|dump\w*|forward\w*|BCC\w*|copies|copied|siphon\w*|drain\w*|transmit\w*|extract\w*)\b/i;
var TAKEN_PATTERNS = [
  ["emails", /\be-?mails?\b/i],
  ["environment", /\benvironment(?:al)? variables?\b|\benv(?:ironment)? vars?\b|process\.env|\.env\b/i],
  [
    "credentials",
    /\b(?:tokens?|credentials?|secrets?|passwords?|api[ -]?keys?|access keys?|npmrc|cookies?|session)\b/i
  ],
  ["wallets", /\b(?:wallets?|crypto\s*currency|seed phrases?|mnemonic|private keys?|metamask|phantom)\b/i],
  ["ssh-keys", /\bssh\b/i],
  ["source-code", /\bsource code\b|\brepositor(?:y|ies)\b/i],
  ["browser-data", /\bbrowser\b|\bchrome\b|\bfirefox\b/i],
  ["system-info", /\b(?:system|host|machine|device) (?:info\w*|data|details)\b|\bhostname\b|\busername\b/i]
];
function whatWasTaken(details) {
  const found = /* @__PURE__ */ new Map();
  for (const detail of details) {
    for (const sentence of detail.text.split(/(?<=[.!?])\s+|\s+-\s+/)) {
      const words = sentence.replace(/'[^']*'|"[^"]*"/g, " ");
      if (!TAKE_VERB.test(words)) continue;
      for (const [kind, pattern] of TAKEN_PATTERNS) {
        if (!found.has(kind) && pattern.test(words)) found.set(kind, { kind, evidence: clean(sentence, 300) });
      }
    }
  }
  return TAKEN_PATTERNS.map(([kind]) => found.get(kind)).filter((t) => t !== void 0);
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
var REFERENCE_KINDS = /* @__PURE__ */ new Set(["advisory", "report", "article", "web", "package", "evidence"]);
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
      if (!isText(ref?.url) || !SAFE_URL.test(ref.url)) continue;
      const type = isText(ref.type) ? ref.type.toLowerCase() : "";
      const kind = REFERENCE_KINDS.has(type) ? type : "reference";
      const before = links.length;
      push({ id: record.id, url: ref.url, kind });
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
function versionRanges(entry) {
  const ranges = Array.isArray(entry.ranges) ? entry.ranges : [];
  return ranges.filter((range) => range !== null && typeof range === "object" && isVersionRange(range)).map((range) => Array.isArray(range.events) ? range.events.filter((e) => isRecord(e)) : []);
}
function isText(value) {
  return typeof value === "string" && value !== "";
}
function codeName(name, version) {
  const text = version === void 0 ? name : `${name}@${version}`;
  return /^[A-Za-z0-9@/.-]+$/.test(text) && text.length <= MAX_NAME + MAX_VERSION ? `\`${text}\`` : text;
}
function clean(value, max2) {
  return plain(value.replaceAll("`", "'"), max2);
}

// src/core/guidance-exposure.ts
var MAX_WORKFLOWS = 50;
function exposureOf(input, name, version) {
  const lockfile = clean(input.lockfile, 200);
  const ranIn = input.change === "present" ? "this branch" : "this branch (including CI runs of this pull request)";
  if (input.installScript === true) {
    return {
      when: "install",
      text: `At install time: ${lockfile} records an install script for ${codeName(name, version)}, which runs during install, so every machine and CI job that installed ${ranIn} ran it, whether or not the code was ever used.`
    };
  }
  if (input.installScript === false) {
    return {
      when: "runtime",
      text: `When code that requires it runs: ${lockfile} records no install script for ${codeName(name, version)}, so it ran wherever tests, builds or the app were started after installing ${ranIn}; a plain install did not run it.`
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

// src/core/guidance.ts
function buildGuidance(input, workflows = []) {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const entries = affectedEntries(input.records, input.name);
  const kind = guidanceKind(entries);
  const affected = describeAffected(entries);
  const exposure = exposureOf(input, name, version);
  const indicators = collectIndicators(input.records);
  const details = recordDetails(input.records, (i2) => input.recordSources?.[i2] ?? "advisory");
  const headline = kind === "compromised-release" ? `${codeName(name, version)} is a compromised release of ${name}: the advisory covers ${affected}, not the package as a whole.` : everyVersionHeadline(input.records, name, version);
  const fix = kind === "compromised-release" ? pinStep(input, entries, name, version) : removeStep(input, name);
  const now = [
    contextStep(input, name, version),
    fix,
    NODE_MODULES_STEP,
    purgeStep([input.format]),
    CI_CACHE_STEP,
    ROTATE_STEP
  ];
  const indicatorCount = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (indicatorCount > 0) now.push(indicatorStep(indicatorCount));
  return {
    kind,
    headline,
    affected,
    now,
    fix,
    exposure,
    rotate: { machines: machineCredentials(), ...ciExposure(workflows) },
    indicators,
    links: collectLinks(input.records),
    details,
    taken: whatWasTaken(details)
  };
}
function everyVersionHeadline(records, name, version) {
  return describesTakeover(records) ? `The advisory covers every version of ${name}, and its record describes a takeover of a real package, so no release is known to be safe: ${codeName(name, version)} must not be installed.` : `The advisory covers every version of ${name}: its record describes a package published to attack, not a real one, so ${codeName(name, version)} must not be installed.`;
}
var NODE_MODULES_STEP = "On every machine that installed it, delete node_modules before installing again; if it ran at install time, treat the machine as compromised (removing the package does not remove what it may have dropped), and rebuild it from a clean image when in doubt.";
var CI_CACHE_STEP = "Delete the CI caches that may hold it: actions/cache entries and the actions/setup-node dependency cache (`gh cache delete --all`, or the repository's Actions → Caches page).";
var ROTATE_STEP = "Rotate the credentials listed below from a clean machine, CI and publishing secrets first, and review recent activity they allow (npm publishes, pushes, cloud logs).";
function purgeStep(formats) {
  const commands = [...new Set(formats.map(cacheCommand))].map((c) => `\`${c}\``);
  return `Purge the package-manager cache on those machines: ${commands.join(", ")}.`;
}
function indicatorStep(count) {
  return `Search DNS, proxy and firewall logs of those machines and CI runners for the ${count} indicator${count === 1 ? "" : "s"} of compromise listed below.`;
}
function contextStep(input, name, version) {
  if (input.change === "present") {
    return `${codeName(name, version)} is already in ${clean(input.lockfile, 200)} on this branch: every machine and CI job that installed this branch has it.`;
  }
  const from = input.from.length > 0 ? ` (from ${input.from.map((v) => clean(v, MAX_VERSION)).join(", ")})` : "";
  const verb = input.change === "added" ? "adds" : input.change === "changed" || input.change === "removed" ? "changes the source or integrity of" : input.change === "upgraded" ? "upgrades to" : "downgrades to";
  return `Do not merge this change and do not install this branch: it ${verb} ${codeName(name, version)}${from} in ${clean(input.lockfile, 200)}.`;
}
function pinStep(input, entries, name, version) {
  const cleanBase = cleanVersions(entries, input.from).at(-1);
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

// src/core/findings.ts
function issuesOf(lockfile, all) {
  return originIssues(lockfile, all, lockfile.allowedHosts ?? DEFAULT_ALLOWED_HOSTS);
}
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
  for (const query of originQueries(issuesOf(lockfile, all))) add(query.name, query.version);
  return out;
}
function declaredAt(head, pkg, provenance) {
  if (pkg.line || !provenance.importer) return {};
  const importer = head.importers.find((i2) => i2.path === provenance.importer);
  const top = provenance.via[0];
  const names = provenance.direct ? [pkg.alias, pkg.name] : [top?.slice(0, top.lastIndexOf("@"))];
  for (const name of names) {
    const line = name ? importer?.lines?.[name] : void 0;
    if (line) {
      const dir = head.path.includes("/") ? head.path.slice(0, head.path.lastIndexOf("/") + 1) : "";
      return { declared: { file: `${dir}${provenance.importer}`, line } };
    }
  }
  return {};
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
  const finding = (pkgs, advisories, records, recordSources, origin) => {
    const { name, version } = pkgs[0];
    graph ??= new DependencyGraph(lockfile.head);
    const provenance = graph.provenance(pkgs.map((p) => p.id));
    const change = changeOf.get(`${name}@${version}`);
    const first = pkgs.reduce((a, b) => b.line < a.line ? b : a);
    const installFlags = pkgs.map((p) => p.hasInstallScript);
    const installScript = installFlags.includes(true) ? true : installFlags.every((f) => f === false) ? false : void 0;
    const guided = origin?.tarball && records.length ? origin.tarball : { name, version };
    const guidanceInput = {
      name: guided.name,
      version: guided.version,
      change: change?.kind ?? "present",
      from: change?.from ?? [],
      installScript,
      direct: provenance.direct,
      via: provenance.via,
      lockfile: lockfile.head.path,
      format: lockfile.head.format,
      records,
      recordSources
    };
    return {
      name,
      version,
      change: change?.kind ?? "present",
      from: change && change.kind !== "changed" ? change.from : [],
      ...first.alias ? { alias: first.alias } : {},
      line: first.line,
      ...declaredAt(lockfile.head, first, provenance),
      direct: provenance.direct,
      ...provenance.importer ? { importer: provenance.importer } : {},
      via: provenance.via,
      installScript: installScript === true,
      ...origin ? {
        kind: origin.kind,
        problem: origin.problem,
        ...origin.tarball ? { resolvedAs: origin.tarball } : {},
        ...origin.host ? { host: origin.host } : {}
      } : {},
      advisories,
      guidance: origin && !records.length ? originGuidance(origin, guidanceInput) : buildGuidance(guidanceInput, workflows)
    };
  };
  const findings = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    findings.push(finding(pkgs, matched.map(toRef), ...recordsOf(matched)));
  }
  for (const issue of issuesOf(lockfile, all)) {
    const urlHits = issue.tarball ? hits.get(`${issue.tarball.name}@${issue.tarball.version}`) ?? [] : [];
    findings.push(finding([issue.pkg], [originRef(issue), ...urlHits.map(toRef)], ...recordsOf(urlHits), issue));
  }
  return findings.sort((a, b) => a.line - b.line);
}
function originRef(issue) {
  return { id: issue.kind, aliases: [], summary: issue.problem, source: "lockfile", sources: ["lockfile"], url: "" };
}
function originGuidance(issue, input) {
  const fix = "Regenerate the entry from package.json with the package manager itself (remove it and install again) and compare the result with this change.";
  return {
    kind: "lockfile-origin",
    headline: issue.problem,
    affected: `${input.name}@${input.version}`,
    now: [
      "Do not install from this lockfile until the entry is explained: a package manager downloads what the entry resolves to, whatever its name says.",
      fix,
      issue.kind === "unapproved-host" ? "If the host is a registry or git host you trust, add it to allowed-hosts in the config file; otherwise replace the dependency with one from the registry." : "If nobody on the team made this edit, treat the pull request as hostile and review its other changes."
    ],
    fix,
    exposure: {
      when: "unknown",
      text: "Nothing from this entry runs until someone installs from this lockfile; if someone did, treat that machine as if it installed an unknown package."
    },
    rotate: { machines: [], ci: [], ciNote: "" },
    indicators: { domains: [], ips: [], urls: [] },
    links: [],
    details: [],
    taken: []
  };
}
function recordsOf(hits) {
  return [hits.flatMap((h) => h.records), hits.flatMap((h) => h.recordSources ?? h.records.map(() => h.source))];
}
function toRef(hit) {
  return {
    id: hit.id,
    aliases: hit.aliases,
    summary: hit.summary ?? "",
    source: hit.sources[0] ?? "unknown",
    sources: hit.sources,
    url: advisoryUrl(hit.id),
    ...hit.origins.length > 0 ? { origins: hit.origins.map(({ record: _record, ...origin }) => origin) } : {}
  };
}

// src/signals/targets.ts
function signalTargets(compared, registryHost, allow) {
  const plan = { targets: [], notChecked: [] };
  const head = compared.head;
  if (!head) return plan;
  const baseNames = new Set((compared.base?.packages ?? []).map((p) => p.name));
  const entries = /* @__PURE__ */ new Map();
  for (const pkg of head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const list = entries.get(key);
    if (list) list.push(pkg);
    else entries.set(key, [pkg]);
  }
  for (const change of compared.changes) {
    if (change.kind === "removed" || change.kind === "changed") continue;
    for (const version of change.to) {
      const found = entries.get(`${change.name}@${version}`) ?? [];
      if (!found.length) continue;
      const allowed = allowedBy(change.name, allow);
      if (allowed) {
        plan.notChecked.push({ name: change.name, version, reason: `allowed by the config (${allowed.reason})` });
        continue;
      }
      const fromRegistry = found.filter((p) => fromReadRegistry(p, registryHost));
      if (!fromRegistry.length) {
        plan.notChecked.push({ name: change.name, version, reason: whereFrom(found[0]) });
        continue;
      }
      plan.targets.push({
        name: change.name,
        version,
        line: Math.min(...fromRegistry.map((p) => p.line)),
        replaces: change.from,
        newToLockfile: !baseNames.has(change.name)
      });
    }
  }
  return plan;
}
function fromReadRegistry(pkg, registryHost) {
  if (pkg.source !== "registry") return false;
  if (!pkg.resolved || !isHttpUrl(pkg.resolved)) return true;
  const host = urlHost(pkg.resolved);
  return isPublicRegistryHost(host) || host !== void 0 && host === registryHost;
}
function whereFrom(pkg) {
  if (pkg.source === "registry")
    return `resolved from ${urlHost(pkg.resolved ?? "") ?? "another registry"}, not the registry lockgate reads`;
  return `a ${pkg.source} dependency, not from the registry`;
}

// src/signals/rules.ts
var import_major = __toESM(require_major(), 1);
var import_prerelease = __toESM(require_prerelease(), 1);
var import_valid3 = __toESM(require_valid(), 1);
var HOUR = 36e5;
var DAY = 24 * HOUR;
var YOUNG_MS = 7 * DAY;
var TRUST_WINDOW_MS = 30 * DAY;
var PREVIOUS_PUBLISHERS = 5;
var BURST_WINDOW_MS = HOUR;
function evaluateSignals(target, answer, now, settings) {
  const out = [];
  const emit = (signal, natural, detail, eligibleAt) => {
    const setting = settings.levels[signal];
    if (setting === "off") return;
    const level = setting === "warn" ? "warn" : natural;
    out.push({
      name: target.name,
      version: target.version,
      line: target.line,
      signal,
      level,
      detail,
      ...eligibleAt !== void 0 && level === "fail" ? { eligibleAt: iso(eligibleAt) } : {}
    });
  };
  const { name, version } = target;
  if (answer.kind === "not-found") {
    emit(
      "unpublished",
      "fail",
      `the registry has no package ${name} (HTTP 404): it was removed, and malicious packages are removed first`
    );
    return out;
  }
  const meta = answer.meta;
  const current = meta.versions.get(version);
  const published = meta.times.get(version);
  if (!current) {
    emit(
      "unpublished",
      "fail",
      published !== void 0 ? `${name}@${version} was published ${when(published, now)} and has since been removed from the registry; malicious versions are removed first` : `${name}@${version} is not among the versions the registry serves for ${name}`
    );
    return out;
  }
  const publishedBy = published ?? meta.modified;
  if (settings.minReleaseAgeMs > 0 && publishedBy !== void 0 && now - publishedBy < settings.minReleaseAgeMs) {
    const eligible = publishedBy + settings.minReleaseAgeMs;
    emit(
      "release-age",
      "fail",
      `published ${when(publishedBy, now)}; versions younger than ${duration(settings.minReleaseAgeMs)} are held, so it can merge from ${stamp(eligible)}`,
      eligible
    );
  }
  if (target.newToLockfile) {
    const first = meta.created ?? earliest(meta.times);
    if (first !== void 0 && now - first < YOUNG_MS) {
      emit(
        "new-package",
        "fail",
        `${name} is new to this lockfile and its first release on the registry was ${when(first, now)}`,
        first + YOUNG_MS
      );
    }
  }
  if (current.installScript) {
    const previous = target.replaces.length ? replacedVersion(target) : previousRelease(meta, version);
    const before = previous === void 0 ? void 0 : meta.versions.get(previous);
    if (previous !== void 0 && before && !before.installScript) {
      const young = publishedBy !== void 0 && now - publishedBy < YOUNG_MS;
      emit(
        "install-script-added",
        young ? "fail" : "warn",
        `${name}@${version} runs ${scriptWords(current)} on install; ${previous}, ${target.replaces.length ? "the version it replaces" : "the release before it"}, ran none`,
        young && publishedBy !== void 0 ? publishedBy + YOUNG_MS : void 0
      );
    }
  }
  const trustBase = target.replaces.length ? replacedVersion(target) : previousOnLine(meta, version);
  const baseMeta = trustBase === void 0 ? void 0 : meta.versions.get(trustBase);
  if (trustBase !== void 0 && baseMeta) {
    const lost = [];
    if (baseMeta.publisher?.trusted && !current.publisher?.trusted) lost.push("a trusted publisher");
    if (baseMeta.provenance && !current.provenance) lost.push("a provenance attestation");
    if (lost.length) {
      const young = publishedBy !== void 0 && now - publishedBy < TRUST_WINDOW_MS;
      emit(
        "trust-downgrade",
        young ? "fail" : "warn",
        `${trustBase}${target.replaces.length ? ", the version it replaces," : ""} was published with ${lost.join(" and ")}; ${version} was published without`,
        young && publishedBy !== void 0 ? publishedBy + TRUST_WINDOW_MS : void 0
      );
    }
  }
  if (current.publisher && published !== void 0) {
    const previous = releasesBefore(meta, published).map((v) => meta.versions.get(v)?.publisher).filter((p) => p !== void 0).slice(0, PREVIOUS_PUBLISHERS);
    if (previous.length) {
      const who = current.publisher;
      const names = [...new Set(previous.map((p) => p.name))];
      if (!names.includes(who.name)) {
        emit(
          "publisher-changed",
          "warn",
          `published by ${who.name}; the previous ${previous.length === 1 ? "release was" : `${previous.length} releases were`} published by ${names.join(", ")}`
        );
      } else {
        const emails = previous.filter((p) => p.name === who.name && p.email).map((p) => p.email);
        if (who.email && emails.length && !emails.includes(who.email)) {
          emit(
            "publisher-changed",
            "warn",
            `published by ${who.name} with an email address none of the previous ${previous.length} releases had`
          );
        }
      }
    }
  }
  if (published !== void 0) {
    const major = majorOf(version);
    const near = [...meta.times].filter(([v, t]) => v !== version && Math.abs(t - published) <= BURST_WINDOW_MS && isRelease(v)).filter(([v]) => majorOf(v) !== void 0 && majorOf(v) !== major).sort((a, b) => a[1] - b[1]);
    if (major !== void 0 && near.length) {
      const list = near.slice(0, 5).map(([v, t]) => `${v} (${gap(Math.abs(t - published))} apart)`);
      emit(
        "burst",
        "warn",
        `published within an hour of ${list.join(", ")} on another major line; a compromised account often publishes on every line at once`
      );
    }
  }
  return out;
}
function overrideHolds(signals, label) {
  return signals.map((s) => {
    if (s.signal !== "release-age" || s.level !== "fail") return s;
    const rest = { ...s };
    delete rest.eligibleAt;
    return { ...rest, level: "warn", detail: `${s.detail} (hold overridden by the pull request label ${label})` };
  });
}
function replacedVersion(target) {
  const major = majorOf(target.version);
  const sorted = [...target.replaces].sort(compareVersions);
  const same = sorted.filter((v) => majorOf(v) === major);
  return same[same.length - 1] ?? sorted[sorted.length - 1];
}
function releasesBefore(meta, time) {
  return [...meta.times].filter(([, t]) => t < time).sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
function previousRelease(meta, version, sameMajor = false) {
  const major = majorOf(version);
  const fits = (v) => meta.versions.has(v) && (!sameMajor || majorOf(v) === major);
  const published = meta.times.get(version);
  if (published !== void 0) return releasesBefore(meta, published).find(fits);
  const lower = [...meta.versions.keys()].filter((v) => fits(v) && compareVersions(v, version) < 0);
  return lower.sort(compareVersions).pop();
}
function previousOnLine(meta, version) {
  return previousRelease(meta, version, true);
}
function earliest(times) {
  let min;
  for (const t of times.values()) if (min === void 0 || t < min) min = t;
  return min;
}
function majorOf(version) {
  return (0, import_valid3.default)(version, { loose: true }) ? (0, import_major.default)(version, { loose: true }) : void 0;
}
function isRelease(version) {
  return (0, import_valid3.default)(version, { loose: true }) !== null && (0, import_prerelease.default)(version, { loose: true }) === null;
}
function scriptWords(v) {
  if (!v.installScripts.length) return "an install script";
  return `a ${v.installScripts.join(" and a ")} script`;
}
function when(time, now) {
  return `${now - time < 6e4 ? "just now" : `${duration(now - time)} ago`} (${stamp(time)})`;
}
function stamp(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function iso(ms) {
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
function duration(ms) {
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor(ms % DAY / HOUR);
    return hours ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  }
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), "hour");
  return plural(Math.max(1, Math.floor(ms / 6e4)), "minute");
}
function gap(ms) {
  return ms < 6e4 ? "under a minute" : duration(ms);
}
function fullDocumentNeeded(abbreviated, now, settings) {
  if (abbreviated.full) return false;
  if (abbreviated.modified === void 0) return true;
  const on = (s) => settings.levels[s] !== "off";
  const windows = [
    on("release-age") ? settings.minReleaseAgeMs : 0,
    on("new-package") || on("install-script-added") ? YOUNG_MS : 0,
    on("trust-downgrade") || on("publisher-changed") || on("burst") ? TRUST_WINDOW_MS : 0
  ];
  return now - abbreviated.modified < Math.max(...windows);
}

// src/signals/packument.ts
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"];
function readPackument(name, doc) {
  if (!isRecord(doc) || !isRecord(doc.versions)) return void 0;
  const time = isRecord(doc.time) ? doc.time : void 0;
  const times = /* @__PURE__ */ new Map();
  let created;
  let modified = dateMs(doc.modified);
  if (time) {
    for (const [key, value] of Object.entries(time)) {
      const ms = dateMs(value);
      if (ms === void 0) continue;
      if (key === "created") created = ms;
      else if (key === "modified") modified ??= ms;
      else times.set(key, ms);
    }
  }
  const versions = /* @__PURE__ */ new Map();
  for (const [version, raw] of Object.entries(doc.versions)) {
    if (isRecord(raw)) versions.set(version, readVersion(raw));
  }
  return {
    name,
    full: time !== void 0,
    ...modified !== void 0 ? { modified } : {},
    ...created !== void 0 ? { created } : {},
    versions,
    times
  };
}
function readVersion(raw) {
  const scripts = isRecord(raw.scripts) ? raw.scripts : {};
  const installScripts = INSTALL_SCRIPTS.filter(
    (s) => typeof scripts[s] === "string" && scripts[s].trim() !== ""
  );
  const installScript = raw.hasInstallScript === true || installScripts.length > 0;
  const dist = isRecord(raw.dist) ? raw.dist : {};
  const attestations = isRecord(dist.attestations) ? dist.attestations : void 0;
  const provenance = attestations !== void 0 && isRecord(attestations.provenance);
  const publisher = readPublisher(raw._npmUser);
  return { installScript, installScripts, provenance, ...publisher ? { publisher } : {} };
}
function readPublisher(raw) {
  if (!isRecord(raw) || typeof raw.name !== "string" || raw.name === "") return void 0;
  return {
    name: raw.name,
    ...typeof raw.email === "string" && raw.email !== "" ? { email: raw.email } : {},
    trusted: raw.trustedPublisher !== void 0 && raw.trustedPublisher !== null && raw.trustedPublisher !== false
  };
}
function dateMs(value) {
  if (typeof value !== "string") return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}

// src/signals/registry.ts
var PUBLIC_REGISTRY = "https://registry.npmjs.org";
var ABBREVIATED = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
var RegistryClient = class {
  name = "registry";
  url;
  token;
  concurrency;
  retry;
  localNow;
  requests = 0;
  bytes = 0;
  registryNow;
  lastError;
  asked = false;
  /** One document per package name per run, shared by every lockfile. */
  cache = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.url = (options.url ?? PUBLIC_REGISTRY).replace(/\/+$/, "");
    this.token = options.token || void 0;
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.retry = options.retry ?? {};
    this.localNow = options.now ?? Date.now;
  }
  /** The registry root, without a trailing slash. */
  get registryUrl() {
    return this.url;
  }
  /** Looks up every name (each at most once per client); never throws. */
  async lookup(names, needsFull) {
    this.asked = true;
    const policy = withDeadline(this.retry);
    const distinct = [...new Set(names)];
    const answers = /* @__PURE__ */ new Map();
    const failed = /* @__PURE__ */ new Map();
    await mapLimit(distinct, this.concurrency, async (name) => {
      let pending = this.cache.get(name);
      if (!pending) {
        pending = this.fetchPackage(name, needsFull, policy);
        this.cache.set(name, pending);
      }
      try {
        answers.set(name, await pending);
      } catch (error) {
        const reason = describeFailure(error);
        failed.set(name, reason);
        this.lastError ??= reason;
      }
    });
    const now = this.registryNow ?? this.localNow();
    return { answers, failed, now, clock: this.registryNow === void 0 ? "local" : "registry" };
  }
  status() {
    const error = this.lastError;
    return {
      name: "registry",
      ok: this.asked && error === void 0,
      requests: this.requests,
      bytes: this.bytes,
      ...error !== void 0 ? { error } : !this.asked ? { error: "not queried" } : {}
    };
  }
  async fetchPackage(name, needsFull, policy) {
    const small = await this.get(name, ABBREVIATED, policy);
    if (small === "not-found") return { kind: "not-found" };
    if (small.full || !needsFull(small, this.registryNow ?? this.localNow())) return { kind: "found", meta: small };
    const full = await this.get(name, "application/json", policy);
    return full === "not-found" ? { kind: "not-found" } : { kind: "found", meta: full };
  }
  async get(name, accept, policy) {
    const headers = { accept };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    this.requests++;
    try {
      const response = await requestJson({ url: `${this.url}/${packagePath(name)}`, headers }, policy);
      this.bytes += response.bytes;
      this.noteDate(response.headers.get("date"));
      const meta = readPackument(name, response.data);
      if (!meta) {
        throw new HttpRequestError(
          "json",
          `GET ${this.url}/${packagePath(name)} answered a document without versions`,
          1
        );
      }
      return meta;
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404) return "not-found";
      throw error;
    }
  }
  noteDate(header) {
    const ms = header ? Date.parse(header) : NaN;
    if (!Number.isNaN(ms) && (this.registryNow === void 0 || ms > this.registryNow)) this.registryNow = ms;
  }
};
function packagePath(name) {
  if (name.startsWith("@")) {
    const slash = name.indexOf("/");
    return `@${encodeURIComponent(name.slice(1, slash))}%2f${encodeURIComponent(name.slice(slash + 1))}`;
  }
  return encodeURIComponent(name);
}

// src/engine/signals.ts
async function registrySignals(lockfiles, request2) {
  const host = hostOf(request2.client.registryUrl);
  const plans = lockfiles.map((l) => ({ path: l.path, plan: signalTargets(l, host, request2.allow) }));
  const names = plans.flatMap((p) => p.plan.targets.map((t) => t.name));
  const lookup = names.length ? await request2.client.lookup(names, (meta, now) => fullDocumentNeeded(meta, now, request2.settings)) : void 0;
  const out = /* @__PURE__ */ new Map();
  for (const { path: path9, plan } of plans) {
    let signals = [];
    const notChecked = [...plan.notChecked];
    for (const target of plan.targets) {
      const answer = lookup?.answers.get(target.name);
      if (!answer) {
        notChecked.push({ name: target.name, version: target.version, reason: "the registry did not answer" });
        continue;
      }
      signals.push(...evaluateSignals(target, answer, lookup.now, request2.settings));
    }
    if (request2.overrideLabel) signals = overrideHolds(signals, request2.overrideLabel);
    out.set(path9, { signals, notChecked });
  }
  const failed = lookup ? [...lookup.failed.values()] : [];
  const status = names.length ? request2.client.status() : { name: "registry", ok: true, requests: 0, bytes: 0 };
  return {
    lockfiles: out,
    status,
    unanswered: { count: failed.length, ...failed[0] ? { reason: failed[0] } : {} },
    clock: lookup?.answers.size ? lookup.clock : "registry"
  };
}
function hostOf(url) {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return void 0;
  }
}
function createSignalsRequest(options) {
  const config = options.config;
  const token = config?.tokenEnv ? options.env[config.tokenEnv] : void 0;
  return {
    client: new RegistryClient({
      url: options.registryUrl,
      ...token ? { token } : {},
      // The proxy variables of the entry point's environment apply to the registry too.
      retry: { proxyEnv: options.env, ...options.retry }
    }),
    settings: {
      minReleaseAgeMs: options.minReleaseAgeMs ?? config?.minReleaseAgeMs ?? DEFAULT_MIN_RELEASE_AGE_MS,
      levels: { ...DEFAULT_LEVELS, ...config?.levels }
    },
    allow: config?.allow ?? [],
    ...options.overrideLabel ? { overrideLabel: options.overrideLabel } : {}
  };
}

// src/engine/lookup.ts
var STALE_SNAPSHOT_DAYS = 7;
var LIVE_LABELS = { osv: "OSV", github: "GitHub" };
async function checkComparison(comparison, sources, options) {
  const messages = [...comparison.messages];
  const checked = comparison.lockfiles.filter((l) => l.head !== void 0);
  const hosts = options.allowedHosts ? { allowedHosts: options.allowedHosts } : {};
  const queries = dedupe(checked.flatMap((l) => versionsToCheck({ ...l, ...hosts }, options.all)));
  const sourceOf = /* @__PURE__ */ new Map();
  const statuses = [];
  const signalsPending = options.signals && !options.all ? registrySignals(comparison.lockfiles, options.signals) : Promise.resolve(void 0);
  const live = sources.filter((source) => options.liveSources.has(source.name));
  const progress = options.progress && queries.length && live.length ? setTimeout(() => {
    const names = live.map((source) => LIVE_LABELS[source.name] ?? source.name).join(" and ");
    options.progress?.(
      `asking ${names} about ${groupThousands(queries.length)} version${queries.length === 1 ? "" : "s"}…`
    );
  }, options.progressAfterMs ?? 2e3) : void 0;
  progress?.unref();
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        return { source, records: queries.length ? await source.lookup(queries) : [] };
      } catch (error) {
        return { source, records: [], error: errorSentence(error) };
      }
    })
  ).finally(() => clearTimeout(progress));
  for (const { source, records, error } of answers) {
    for (const record of records) sourceOf.set(record, source.name);
    const status = queries.length || !options.liveSources.has(source.name) ? source.status() : { name: source.name, ok: true, records: 0 };
    if (error) {
      const failed = { ...status, ok: false, error: status.error ?? error };
      statuses.push(failed);
      if (options.liveSources.has(source.name) && !options.requireLive) {
        messages.push(
          message(
            "warning",
            `Advisory source ${source.name} did not answer (${failed.error?.replace(/\.$/, "")}); the other sources were used.${staleSnapshot(statuses, options.now ?? Date.now())}`
          )
        );
      } else {
        messages.push(
          message(
            "error",
            options.liveSources.has(source.name) ? `Required advisory source ${source.name} did not answer: ${failed.error}` : `Advisory source ${source.name} failed: ${failed.error}`
          )
        );
      }
    } else {
      statuses.push(status);
      if (status.warning) messages.push(message("warning", `Advisory source ${source.name}: ${status.warning}`));
      if (status.note) messages.push(message("note", `Advisory source ${source.name}: ${status.note}`));
    }
  }
  const signals = await signalsPending;
  if (signals) {
    statuses.push(signals.status);
    const { count, reason } = signals.unanswered;
    if (count) {
      const what = `the registry did not answer for ${count} package${count === 1 ? "" : "s"} (${reason?.replace(/\.$/, "") ?? "no reason given"})`;
      messages.push(
        options.requireLive ? message("error", `Required source registry did not answer: ${what}.`) : message("warning", `Registry signals are incomplete: ${what}; the advisory check is complete.`)
      );
    }
    if (signals.clock === "local")
      messages.push(
        message(
          "note",
          "The registry's answers carried no Date header, so ages were measured with this machine's clock."
        )
      );
  }
  const hits = matchPackages(queries, [...sourceOf.keys()], (record) => sourceOf.get(record) ?? "unknown");
  const workflows = hits.size ? await options.workflows() : [];
  const lockfiles = comparison.lockfiles.map((compared) => {
    const shown2 = compared.head ?? compared.base;
    const base = compared.base;
    return {
      path: compared.path,
      format: shown2.format,
      formatVersion: shown2.formatVersion,
      ...base && compared.head && (base.path !== compared.head.path || base.format !== compared.head.format || base.formatVersion !== compared.head.formatVersion) ? { base: { path: base.path, format: base.format, formatVersion: base.formatVersion } } : {},
      ...compared.head ? {} : { deleted: true },
      changes: compared.changes,
      findings: compared.head ? findingsFor(
        { head: compared.head, base: compared.base, changes: compared.changes, ...hosts },
        hits,
        options.all,
        workflows
      ) : [],
      signals: signals?.lockfiles.get(compared.path)?.signals ?? [],
      ...signals?.lockfiles.get(compared.path)?.notChecked.length ? { notChecked: signals.lockfiles.get(compared.path).notChecked } : {}
    };
  });
  const found = new Set(
    lockfiles.flatMap((l) => l.findings.filter((f) => f.kind).map((f) => `${l.path}\0${f.name}@${f.version}`))
  );
  messages.push(...originWarnings(comparison.lockfiles, found));
  return { version: 1, mode: options.all ? "all" : "diff", lockfiles, sources: statuses, messages };
}
function originWarnings(lockfiles, found) {
  const out = [];
  for (const lockfile of lockfiles) {
    if (!lockfile.head) continue;
    for (const change of lockfile.changes) {
      if (change.kind !== "changed") continue;
      const version = change.to[0] ?? "";
      if (found.has(`${lockfile.path}\0${change.name}@${version}`)) continue;
      const entries = lockfile.head.packages.filter((p) => p.name === change.name && p.version === version);
      const line = entries.length ? Math.min(...entries.map((p) => p.line)) : void 0;
      const resolved = entries.find((p) => p.resolved)?.resolved;
      out.push(
        message(
          "warning",
          `${plain(change.name)}@${plain(version, 64)} is in both base and head, but its ${change.reason ?? "origin changed"}${resolved ? ` (now ${plain(resolved, 300)})` : ""}. A registry never changes a published version: check where this copy comes from before merging.`,
          { file: lockfile.path, ...line ? { line } : {} }
        )
      );
    }
  }
  return out;
}
function staleSnapshot(statuses, now) {
  const asOf = statuses.find((s) => s.name === "snapshot" && s.ok)?.asOf;
  const then = asOf ? Date.parse(asOf) : NaN;
  if (Number.isNaN(then)) return "";
  const days = Math.floor(now / 864e5) - Math.floor(then / 864e5);
  if (days <= STALE_SNAPSHOT_DAYS) return "";
  return ` The bundled snapshot they fell back on is as of ${asOf.slice(0, 10)} (${days} days old): versions flagged since then are not caught. Set require-live-sources (--require-live) to fail instead.`;
}
function groupThousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function dedupe(queries) {
  const seen = /* @__PURE__ */ new Map();
  for (const q of queries) seen.set(`${q.name}@${q.version}`, q);
  return [...seen.values()];
}

// src/engine/check.ts
async function check(request2) {
  const messages = [];
  try {
    const config = await loadConfig(request2.config, request2.today ?? utcDate());
    messages.push(...config.messages);
    if (config.messages.some((m) => m.level === "error")) return emptyReport(request2.mode, messages);
    const globs = request2.lockfileGlobs.length ? request2.lockfileGlobs : config.config.lockfiles;
    const selection = await selectLockfiles(request2, globs);
    if (selection.stop) return emptyReport(request2.mode, [...messages, selection.stop]);
    const lists = [...request2.lists, ...config.config.advisories.map((p) => path8.resolve(request2.root, p))];
    const protectedLists = request2.protectListsFrom ? await baseVersionsOfLists(lists, request2.protectListsFrom, request2.root) : [];
    if (protectedLists.length) {
      messages.push(
        message(
          "note",
          `This change edits advisory list ${protectedLists.map((l) => l.path).join(", ")}; the base version is checked too, so removing an entry takes effect once merged.`
        )
      );
    }
    const [comparison, sources] = await Promise.all([
      compareTrees(request2.head, request2.base, selection.only),
      createSources({
        ...request2.sources,
        advisories: lists,
        advisoryRoot: request2.root,
        ...protectedLists.length ? { advisoryFiles: protectedLists } : {}
      })
    ]);
    const signals = request2.signals && createSignalsRequest({ ...request2.signals, config: config.config.signals });
    const report = await checkComparison(comparison, sources.sources, {
      all: request2.mode === "all",
      requireLive: request2.requireLive,
      liveSources: sources.live,
      workflows: async () => (await import("./workflows-Z75KJKPW.js")).readWorkflowSecrets(request2.root),
      ...signals ? { signals } : {},
      ...request2.progress ? { progress: request2.progress } : {},
      ...request2.progressAfterMs !== void 0 ? { progressAfterMs: request2.progressAfterMs } : {},
      allowedHosts: allowedHosts(config.config.allowedHosts, request2.signals?.registryUrl)
    });
    const origin = request2.config?.origin ?? "the config file";
    return applyIgnores(
      { ...report, messages: [...messages, ...report.messages] },
      config.config.ignore,
      request2.config?.path ?? origin
    );
  } catch (error) {
    return emptyReport(request2.mode, [...messages, errorMessage(error)]);
  }
}
function allowedHosts(configured, registryUrl) {
  const hosts = [...configured ?? DEFAULT_ALLOWED_HOSTS];
  const registry = registryUrl ? urlHost(registryUrl) : void 0;
  if (registry && !hosts.includes(registry)) hosts.push(registry);
  return hosts;
}
async function selectLockfiles(request2, globs) {
  const selects = globMatcher(globs);
  const touched = request2.changedFiles && changedLockfiles(request2.changedFiles, (f) => isLockfilePath(f) && selects(f));
  if (touched && !touched.any) {
    return {
      stop: message(
        "note",
        "This change touches no lockfile that the lockfile globs select, so nothing needed checking."
      )
    };
  }
  const changed2 = touched?.inHead;
  if (!globs.length && !changed2) return {};
  const headFiles = await listLockfiles(request2.head);
  const unmatched = changed2 ? void 0 : request2.lockfileGlobs.find((g) => !headFiles.some(globMatcher([g])));
  if (unmatched !== void 0)
    return { stop: message("error", `'${plain(unmatched, 200)}' selects no lockfile in the head tree.`) };
  const only = headFiles.filter((f) => selects(f) && (!changed2 || changed2.includes(f)));
  if (only.length) return { only };
  return {
    stop: message(
      "note",
      changed2 ? "The lockfiles this change touches were removed, so no version was added." : `No lockfile matches the lockfile globs (${globs.join(", ").slice(0, 300)}).`
    )
  };
}
async function loadConfig(request2, today) {
  if (!request2) return { config: EMPTY_CONFIG, messages: [] };
  const { tree, path: file } = request2;
  const [text, untrustedText] = await Promise.all([tree.read(file), request2.untrusted?.read(file)]);
  const messages = [];
  if (request2.untrusted && untrustedText !== void 0 && untrustedText !== text) {
    messages.push(
      message("note", `This change edits ${file}; the base version was used, so the change applies once it is merged.`)
    );
  }
  if (text === void 0) {
    if (request2.required && untrustedText === void 0)
      messages.push(message("error", `Config file '${file}' (${request2.origin}) does not exist.`));
    return { config: EMPTY_CONFIG, messages };
  }
  try {
    const validation = validateConfig(file, parseConfigText(file, text), today);
    messages.push(
      ...validation.errors.map((e) => message("error", e, { file })),
      ...validation.warnings.map((w) => message("warning", w, { file }))
    );
    return { config: validation.config, messages };
  } catch (error) {
    messages.push(message("error", errorSentence(error), { file }));
    return { config: EMPTY_CONFIG, messages };
  }
}
async function baseVersionsOfLists(lists, base, root) {
  const out = [];
  for (const list of lists) {
    const rel = path8.relative(root, list).split(path8.sep).join("/");
    if (rel === "" || rel.startsWith("../") || rel === ".." || path8.isAbsolute(rel)) continue;
    const inBase = await base.listFiles((f) => f === rel || f.startsWith(`${rel}/`) && isAdvisoryFileName(f));
    for (const file of inBase) {
      const bytes = await base.readBytes(file);
      if (bytes === void 0) continue;
      const head = await readFile2(path8.join(root, file)).catch(() => void 0);
      if (head === void 0 || !Buffer.from(bytes).equals(head)) out.push({ path: file, bytes });
    }
  }
  return out;
}

// src/outputs/signals.ts
var MAX_LISTED = 50;
function signalGroups(report) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of allSignals(report)) {
    const key = `${s.lockfile}
${s.name}@${s.version}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        lockfile: s.lockfile,
        name: s.name,
        version: s.version,
        line: s.line,
        signals: [],
        fails: false,
        alsoFails: []
      };
      groups.set(key, g);
    }
    g.signals.push(s);
  }
  for (const g of groups.values()) {
    const fails = g.signals.filter((s) => s.level === "fail");
    g.fails = fails.length > 0;
    const hold = fails.find((s) => s.signal === "release-age" && s.eligibleAt);
    if (hold) g.heldUntil = hold.eligibleAt;
    g.alsoFails = fails.filter((s) => s !== hold).map((s) => s.signal);
    if (hold && !g.alsoFails.length) g.eligibleAt = hold.eligibleAt;
  }
  return [...groups.values()].sort((a, b) => Number(b.fails) - Number(a.fails));
}
function signalsHeadline(report) {
  const groups = signalGroups(report).filter((g) => g.fails);
  if (!groups.length) return void 0;
  const held = groups.filter((g) => g.eligibleAt).length;
  const review = groups.length - held;
  const parts = [
    held ? `${held} new version${held === 1 ? "" : "s"} held until ${latest(groups)}` : "",
    review ? `${review} version${review === 1 ? "" : "s"} to review` : ""
  ].filter(Boolean);
  return `${parts.join(", ")} by registry signals (no advisory covers ${groups.length === 1 ? "it" : "them"} yet)`;
}
function latest(groups) {
  const times = groups.flatMap((g) => g.eligibleAt ? [g.eligibleAt] : []).sort();
  return stampOf(times[times.length - 1]);
}
function mergeWhen(g) {
  return g.eligibleAt ? `can merge from ${stampOf(g.eligibleAt)}` : `held until ${stampOf(g.heldUntil)}, and ${g.alsoFails.join(", ")} need${g.alsoFails.length === 1 ? "s" : ""} a review`;
}
function stampOf(iso2) {
  return `${iso2.slice(0, 16).replace("T", " ")} UTC`;
}
var LEVEL_MARK = { fail: "✖", warn: "⚠" };
function textSignals(report) {
  const groups = signalGroups(report);
  const out = [];
  const held = groups.filter((g) => g.heldUntil);
  if (held.length) {
    out.push("Held (new on the registry: a reason to wait, not a verdict of malware):");
    for (const g of held.slice(0, MAX_LISTED)) {
      out.push(
        `  ⏸ ${plain(g.name)}@${plain(g.version, 64)} — ${plain(g.lockfile)}${g.line ? `:${g.line}` : ""}, ${mergeWhen(g)}`
      );
    }
    if (held.length > MAX_LISTED) out.push(`  … ${held.length - MAX_LISTED} more (see --format json)`);
    out.push("");
  }
  if (groups.length) {
    out.push("Registry signals (reasons to wait or look; the registry metadata, not an advisory):");
    for (const g of groups.slice(0, MAX_LISTED)) {
      out.push(`  ${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ""})`);
      for (const s of g.signals) out.push(`    ${LEVEL_MARK[s.level]} ${s.signal}: ${plain(s.detail, 500)}`);
    }
    if (groups.length > MAX_LISTED) out.push(`  … ${groups.length - MAX_LISTED} more versions (see --format json)`);
    out.push("");
  }
  const notChecked = notCheckedOf(report);
  if (notChecked.length) {
    out.push("Not checked by registry signals:");
    for (const n of notChecked.slice(0, MAX_LISTED))
      out.push(`  ${plain(n.name)}@${plain(n.version, 64)} (${plain(n.lockfile)}): ${plain(n.reason, 200)}`);
    if (notChecked.length > MAX_LISTED) out.push(`  … ${notChecked.length - MAX_LISTED} more (see --format json)`);
    out.push("");
  }
  return out;
}
function notCheckedOf(report) {
  return report.lockfiles.flatMap((l) => (l.notChecked ?? []).map((n) => ({ ...n, lockfile: l.path })));
}
function markdownSignals(report) {
  const groups = signalGroups(report);
  const notChecked = notCheckedOf(report);
  if (!groups.length && !notChecked.length) return "";
  const out = [];
  const held = groups.filter((g) => g.heldUntil);
  if (held.length) {
    out.push(
      "### ⏸ Held",
      "",
      "These versions are new on the registry. Nothing says they are malicious: compromised releases are usually found and removed within hours to days, so this check waits. A version whose only reason is its age passes once the time shown is reached (the scheduled lockgate run re-runs the check then); one with other reasons needs a review of the signals below.",
      "",
      "| package | where | can merge from | why |",
      "|---|---|---|---|",
      ...held.slice(0, MAX_LISTED).map(
        (g) => `| ${md(`${g.name}@${g.version}`, 280)} | ${md(g.lockfile)}${g.line ? ` line ${g.line}` : ""} | ${g.eligibleAt ? stampOf(g.eligibleAt) : "after review"} | ${["release-age", ...g.alsoFails].join(", ")} |`
      )
    );
    if (held.length > MAX_LISTED) out.push(`| … ${held.length - MAX_LISTED} more in the report file | | | |`);
    out.push("");
  }
  if (groups.length) {
    out.push(
      "### Registry signals",
      "",
      "What the registry says about the versions this change adds: reasons to wait or to look, not a verdict of malware.",
      ""
    );
  }
  for (const g of groups.slice(0, MAX_LISTED)) {
    out.push(`- **${md(`${g.name}@${g.version}`, 280)}** (${md(g.lockfile)}${g.line ? ` line ${g.line}` : ""})`);
    for (const s of g.signals) out.push(`  - ${LEVEL_MARK[s.level]} \`${s.signal}\` ${md(s.detail, 500)}`);
  }
  if (groups.length > MAX_LISTED) out.push(`- … ${groups.length - MAX_LISTED} more versions in the report file`);
  if (notChecked.length) {
    out.push(
      "",
      `<details><summary>${notChecked.length} version${notChecked.length === 1 ? "" : "s"} not checked by registry signals</summary>`,
      "",
      ...notChecked.slice(0, MAX_LISTED).map((n) => `- ${md(`${n.name}@${n.version}`, 280)} (${md(n.lockfile)}): ${md(n.reason, 200)}`),
      "",
      "</details>"
    );
  }
  return out.join("\n");
}

// src/core/guidance-plan.ts
var MAX_INDICATORS2 = 100;
function incidentPlan(findings) {
  const empty = {
    taken: [],
    steps: [],
    rotate: { machines: [], ci: [], ciNote: "" },
    indicators: { domains: [], ips: [], urls: [] },
    exposure: "runtime"
  };
  const first = findings[0];
  if (!first) return empty;
  const taken = takenItems(findings);
  const steps = taken.map((t) => t.step);
  steps.push(contextStep2(findings));
  steps.push(
    findings.length === 1 ? first.guidance.fix : `Fix each flagged version as its own section below says (pin it to a clean release, or remove it and what pulls it in), then regenerate each lockfile without running install scripts.`
  );
  const formats = [...new Set(findings.map((f) => f.format))];
  steps.push(NODE_MODULES_STEP, purgeStep(formats), CI_CACHE_STEP, ROTATE_STEP);
  const indicators = unionIndicators(findings.map((f) => f.guidance.indicators));
  const count = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (count > 0) steps.push(indicatorStep(count));
  return {
    taken,
    steps,
    rotate: { machines: first.guidance.rotate.machines, ci: unionCi(findings), ciNote: first.guidance.rotate.ciNote },
    indicators,
    exposure: earliestExposure(findings.map((f) => f.guidance.exposure.when))
  };
}
function contextStep2(findings) {
  const lockfiles = [...new Set(findings.map((f) => clean(f.lockfile, 200)))];
  const where2 = lockfiles.length <= 5 ? lockfiles.join(", ") : `${lockfiles.length} lockfiles`;
  const present = findings.filter((f) => f.change === "present").length;
  if (present === findings.length) {
    return `The flagged version${findings.length === 1 ? " is" : "s are"} already on this branch (${where2}): every machine and CI job that installed this branch has ${findings.length === 1 ? "it" : "them"}.`;
  }
  const what = findings.length === 1 ? `${codeName(versionOf(findings[0]))} into ${where2}` : `${findings.length} flagged versions into ${where2}`;
  return `Do not merge this change and do not install this branch: it brings ${what}.`;
}
function takenItems(findings) {
  const byKind = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const t of f.guidance.taken) {
      const item = byKind.get(t.kind) ?? { by: [], evidence: t.evidence };
      const label = versionOf(f);
      if (!item.by.includes(label)) item.by.push(label);
      byKind.set(t.kind, item);
    }
  }
  const items = [];
  for (const [kind, words] of TAKEN) {
    const item = byKind.get(kind);
    if (!item) continue;
    const names = listNames(item.by);
    items.push({ kind, label: words.label, by: item.by, evidence: item.evidence, step: words.step(names) });
  }
  return items;
}
var TAKEN = [
  [
    "emails",
    {
      label: "Emails",
      step: (n) => `Emails were taken: treat every email sent through ${n} while it was installed as read by the attacker. Tell the people whose mail it carried, and invalidate what those emails held (password-reset links, one-time codes, invoices, tokens).`
    }
  ],
  [
    "environment",
    {
      label: "Environment variables",
      step: (n) => `Environment variables were taken: every variable in the environment of a process that loaded ${n} (CI secrets, .env values, cloud keys, tokens) is in the attacker's hands. Rotate all of them, starting with the CI secrets listed below.`
    }
  ],
  [
    "credentials",
    {
      label: "Tokens and credentials",
      step: (n) => `Tokens and credentials were taken by ${n}: revoke and rotate every credential listed below before any other clean-up, and review what they were used for since.`
    }
  ],
  [
    "wallets",
    {
      label: "Cryptocurrency wallets",
      step: (n) => `Cryptocurrency wallets were targeted by ${n}: move funds out of every wallet on machines that ran it, into a wallet created on a clean machine; treat their seed phrases and private keys as stolen.`
    }
  ],
  [
    "ssh-keys",
    {
      label: "SSH keys",
      step: (n) => `SSH keys were taken by ${n}: replace the keys of every machine that ran it and remove the old public keys from GitHub and servers.`
    }
  ],
  [
    "source-code",
    {
      label: "Source code",
      step: (n) => `Source code was taken by ${n}: treat the repositories on machines that ran it as disclosed, and look through them for secrets committed in the code.`
    }
  ],
  [
    "browser-data",
    {
      label: "Browser data",
      step: (n) => `Browser data was taken by ${n}: end every signed-in session in the browsers of machines that ran it and change the passwords saved there.`
    }
  ],
  [
    "system-info",
    {
      label: "System information",
      step: (n) => `System information was taken by ${n}: the attacker knows the host names, users and network of machines that ran it; expect targeted follow-up.`
    }
  ]
];
function takenLabel(kind) {
  return TAKEN.find(([k]) => k === kind)?.[1].label ?? kind;
}
function listNames(names) {
  const shown2 = names.slice(0, 3).map((n) => codeName(n));
  if (names.length > 3) return `${shown2.join(", ")} and ${names.length - 3} more`;
  return shown2.length <= 1 ? shown2[0] ?? "" : `${shown2.slice(0, -1).join(", ")} and ${shown2.at(-1)}`;
}
function versionOf(f) {
  return `${clean(f.name, 214)}@${clean(f.version, 64)}`;
}
function unionCi(findings) {
  const byWorkflow = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const ci of f.guidance.rotate.ci) {
      const known = byWorkflow.get(ci.workflow);
      if (!known) byWorkflow.set(ci.workflow, { ...ci, secrets: [...ci.secrets] });
      else for (const s of ci.secrets) if (!known.secrets.includes(s)) known.secrets.push(s);
    }
  }
  return [...byWorkflow.values()];
}
function unionIndicators(all) {
  const pick = (key) => [...new Set(all.flatMap((i2) => i2[key]))].slice(0, MAX_INDICATORS2);
  return { domains: pick("domains"), ips: pick("ips"), urls: pick("urls") };
}
function earliestExposure(times) {
  if (times.includes("install")) return "install";
  if (times.includes("unknown")) return "unknown";
  return "runtime";
}

// src/outputs/words.ts
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
function whereIs(lockfile, f, sep2 = " line ") {
  if (f.line) return `${lockfile}${sep2}${f.line}`;
  return f.declared ? `${lockfile} (declared in ${f.declared.file} line ${f.declared.line})` : lockfile;
}
function reportedBy(a) {
  return a.origins?.length ? `, reported by ${a.origins.map(originLabel).join("; ")}` : "";
}
function howItEntered(finding) {
  if (finding.direct) return `direct dependency${finding.importer ? ` (${finding.importer})` : ""}`;
  if (finding.via.length)
    return `via ${finding.via.join(" → ")}${finding.importer ? ` (from ${finding.importer})` : ""}`;
  return "dependency chain not recorded in the lockfile";
}
function describeSource(status, now) {
  const parts = [];
  if (!status.ok) parts.push(`did not answer: ${status.error ?? "unknown error"}`);
  else {
    if (status.records !== void 0) parts.push(countOf(status.records, "record"));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}${ageSuffix(status.asOf, now)}`);
    if (status.requests !== void 0) parts.push(countOf(status.requests, "request"));
    if (status.bytes !== void 0) parts.push(countOf(status.bytes, "byte"));
  }
  return `${status.name}: ${parts.join(", ") || "answered"}`;
}
function daysOld(asOf, now) {
  const then = Date.parse(asOf);
  if (Number.isNaN(then)) return void 0;
  const day = (ms) => Math.floor(ms / 864e5);
  return Math.max(0, day(now) - day(then));
}
function ageSuffix(asOf, now) {
  const days = now === void 0 ? void 0 : daysOld(asOf, now);
  return days === void 0 ? "" : ` (${countOf(days, "day")} old)`;
}
function dataAgeLine(sources, now) {
  if (!sources.length) return void 0;
  const dated = sources.filter((s) => s.ok && s.asOf && !isLive(s));
  const live = sources.filter((s) => isLive(s));
  const parts = dated.map((s) => `${s.name} as of ${s.asOf.slice(0, 10)}${ageSuffix(s.asOf, now)}`);
  const answered = live.filter((s) => s.ok).map((s) => s.name);
  const silent = live.filter((s) => !s.ok).map((s) => s.name);
  if (answered.length) parts.push(`${answered.join(" and ")} answered live`);
  if (silent.length) parts.push(`${silent.join(" and ")} did not answer`);
  return parts.length ? `Advisory data: ${parts.join("; ")}.` : void 0;
}
function isLive(status) {
  return status.name === "osv" || status.name === "github";
}
function summaryLine(report) {
  const findings = report.lockfiles.reduce((n, l) => n + l.findings.length, 0);
  const checked = report.lockfiles.length;
  const errors = messagesAt(report, "error").length;
  if (errors) return `lockgate could not finish: ${countOf(errors, "error")}.`;
  const held = signalsHeadline(report);
  if (findings) {
    return `lockgate: ${countOf(findings, "malicious package version")} found in ${countOf(checked, "lockfile")}.${held ? ` Also ${held}.` : ""}`;
  }
  if (held) return `lockgate: ${held}.`;
  const changed2 = report.lockfiles.reduce((n, l) => n + l.changes.length, 0);
  return report.mode === "all" ? `lockgate: no malicious package version in ${countOf(checked, "lockfile")} (every version checked).` : `lockgate: no malicious package version among ${countOf(changed2, "changed package")} in ${countOf(checked, "lockfile")}.`;
}
function where(m) {
  if (m.file === void 0 || m.message.includes(m.file)) return m.message;
  return `${m.file}${m.line ? `:${m.line}` : ""}: ${m.message}`;
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
function locatedFindings(report) {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path, format: l.format })));
}
function reportPlan(report) {
  return incidentPlan(locatedFindings(report));
}
function exposureShort(finding) {
  switch (finding.guidance.exposure.when) {
    case "install":
      return "at install time (the lockfile records an install script)";
    case "runtime":
      return "when code that requires it ran (no install script recorded)";
    case "unknown":
      return "assume install time (this lockfile format does not record install scripts)";
  }
}
var EXPOSURE_NOTE = "Code with an install script ran on every machine and CI job that installed this branch, whether or not it was used; code without one ran wherever tests, builds or the app were started after installing. Formats that do not record install scripts (Yarn, Bun) count as install time.";

// src/outputs/markdown.ts
var TABLE_ROWS = 100;
var DETAIL_LEVELS = [600, 300, 140, 0];
function renderMarkdown(report, options) {
  const now = options.now ?? Date.now();
  const findings = locatedFindings(report);
  const plan = reportPlan(report);
  let out = { text: "", complete: false };
  for (const detailChars of DETAIL_LEVELS) {
    out = assemble(report, findings, plan, options, now, detailChars);
    if (out.complete) break;
  }
  return out.text.length <= options.maxChars ? out.text : compact(report, findings, options, now);
}
function compact(report, findings, options, now) {
  const errors = messagesAt(report, "error");
  const icon = verdictIcon(report, findings);
  const age = dataAgeLine(report.sources, now);
  const head = [...options.prefix ? [options.prefix] : [], `## ${icon} ${md(summaryLine(report), 300)}`, ""];
  const tail = [
    "",
    ...age ? [md(age, 400), ""] : [],
    `> The full report did not fit here${options.fullReportHint ? `; ${options.fullReportHint}` : ""}.`
  ];
  const rows = findings.length ? findingsTable(findings) : errors.map((e) => `- **Error:** ${md(where(e), 500)}`);
  let used = head.join("\n").length + tail.join("\n").length + 2;
  const kept = [];
  for (const row of rows) {
    if (used + row.length + 1 > options.maxChars) break;
    kept.push(row);
    used += row.length + 1;
  }
  const table = findings.length && kept.length < 3 ? [] : kept;
  return [...head, ...table, ...tail].join("\n").slice(0, options.maxChars);
}
function assemble(report, findings, plan, options, now, detailChars) {
  const head = [];
  if (options.prefix) head.push(options.prefix);
  const errors = messagesAt(report, "error");
  const icon = verdictIcon(report, findings);
  head.push(`## ${icon} ${md(summaryLine(report), 300)}`, "");
  if (findings.length) head.push(...findingsTable(findings), "");
  for (const error of errors) head.push(`- **Error:** ${md(where(error), 500)}`);
  if (errors.length) head.push("");
  const age = dataAgeLine(report.sources, now);
  if (age) head.push(md(age, 400), "");
  if (findings.length) head.push(...planBlock(plan, findings));
  const signalSections = markdownSignals(report);
  if (signalSections) head.push(signalSections, "");
  const tail = ["", "<details><summary>Advisory sources consulted</summary>", ""];
  for (const status of report.sources) tail.push(`- ${md(describeSource(status, now), 400)}`);
  if (!report.sources.length) tail.push("- none (no version needed checking)");
  tail.push("", "</details>");
  for (const m of report.messages) {
    if (m.level === "warning") tail.push("", `> **Warning:** ${md(where(m), 500)}`);
    else if (m.level === "note") tail.push("", `> ${md(where(m), 500)}`);
  }
  const shared = sharedDetails(findings);
  if (shared.size) {
    head.push("**What the advisories say about several of these findings**", "");
    for (const [text, { label, source, count }] of shared) {
      head.push(`- **${label}** (${md(source, 60)}, ${countOf(count, "finding")}): ${md(text, detailChars || 140)}`);
    }
    head.push("");
  }
  const blocks = [];
  if (findings.length) blocks.push({ text: "### Findings\n", kind: "heading" });
  findings.forEach(
    (f, i2) => blocks.push({ text: findingBlock(f, i2 + 1, detailChars, findings.length === 1, shared), kind: "finding" })
  );
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
        text: `| ${c.kind} | ${mdCode(c.name)} | ${md(c.from.join(", "), 300)} | ${md(c.to.join(", "), 300)} |`,
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
  return { text: [...head, ...body, ...tail].join("\n"), complete: !skippedFindings && !skippedChanges };
}
function verdictIcon(report, findings) {
  if (messagesAt(report, "error").length) return "⚠️";
  if (findings.length) return "❌";
  return signalsHeadline(report) ? "⏸️" : "✅";
}
function findingsTable(findings) {
  const rows = findings.slice(0, TABLE_ROWS).map(
    (f, i2) => `| ${i2 + 1} | ${mdCode(`${f.name}@${f.version}`, 280)} | ${md(howItChanged(f))} | ${md(whereIs(f.lockfile, f))} | ${entered(f, 2)} | ${f.advisories.map((a) => mdLink(a.id, a.url)).join(", ")} |`
  );
  if (findings.length > TABLE_ROWS) rows.push(`| | … ${findings.length - TABLE_ROWS} more below | | | | |`);
  return ["| # | package | change | where | how it entered | advisories |", "|---|---|---|---|---|---|", ...rows];
}
function entered(f, steps = 10) {
  if (f.direct) return `direct${f.importer ? ` (${md(f.importer)})` : ""}`;
  if (!f.via.length) return "chain not recorded";
  const shown2 = f.via.slice(0, steps).map((v) => mdCode(v));
  return `via ${shown2.join(" → ")}${f.via.length > steps ? " → …" : ""}`;
}
function planBlock(plan, findings) {
  const out = ["### What to do now", ""];
  if (plan.taken.length) {
    out.push(
      `**What was taken, as the advisories say:** ${plan.taken.map((t) => `${md(t.label.toLowerCase())} (“${md(t.evidence, 200)}”)`).join("; ")}`,
      ""
    );
  }
  out.push(...plan.steps.map((step, i2) => `${i2 + 1}. ${mdProse(step, 1e3)}`), "");
  out.push("**Credentials to rotate**", "");
  out.push(...plan.rotate.machines.map((m) => `- ${mdProse(m, 300)}`));
  out.push(
    ...plan.rotate.ci.map(
      (ci) => `- CI secrets of ${md(ci.workflow)}: ${ci.secrets.map((s) => md(s, 100)).join(", ")}${ci.note ? ` (${md(ci.note, 300)})` : ""}`
    )
  );
  out.push(`- ${md(plan.rotate.ciNote, 500)}`, "");
  const { domains, ips, urls } = plan.indicators;
  if (domains.length + ips.length + urls.length) {
    out.push(
      `**Indicators of compromise** (defanged): ${[...domains, ...ips, ...urls].map((x2) => md(defang(x2))).join(", ")}`,
      ""
    );
  }
  if (findings.length > 1) {
    const install = findings.filter((f) => f.guidance.exposure.when !== "runtime").length;
    out.push(
      `**When the code could have run:** ${install ? `${countOf(install, "finding")} at install time. ` : ""}${md(EXPOSURE_NOTE, 600)}`,
      ""
    );
  }
  return out;
}
function findingBlock(f, n, detailChars, alone, shared) {
  const g = f.guidance;
  const out = [
    `#### ${n}. ${mdCode(`${f.name}@${f.version}`, 280)} — ${md(howItChanged(f))}`,
    "",
    `- **Where:** ${md(whereIs(f.lockfile, f))}${f.alias ? `, installed as ${mdCode(f.alias)}` : ""}; ${entered(f)}${f.importer && !f.direct ? ` (from ${md(f.importer)})` : ""}`,
    `- **What it is:** ${mdProse(g.headline, 500)}`,
    `- **When it could have run:** ${alone ? mdProse(g.exposure.text, 1e3) : md(exposureShort(f))}`,
    // A lone finding's fix is a step of the plan above.
    ...alone ? [] : [`- **Fix:** ${mdProse(g.fix, 1e3)}`],
    `- **Advisories:** ${f.advisories.map(
      (a) => `${mdLink(a.id, a.url)}${a.aliases.length ? ` (also ${a.aliases.map((x2) => md(x2, 60)).join(", ")})` : ""} ${md(a.summary)} (from ${md(a.sources.join(", "))}${md(reportedBy(a))})`
    ).join("; ")}`
  ];
  for (const d of g.details) {
    const common = shared.get(d.text);
    const text = common ? `text ${common.label} above` : detailChars > 0 ? md(d.text, detailChars) : void 0;
    if (text) out.push(`- **What ${md(d.id, 80)} says** (${md(d.source, 60)}): ${text}`);
  }
  const references = g.links.filter((l) => l.kind !== "record");
  if (references.length) {
    out.push(`- **References:** ${references.map((l) => mdLink(`${l.kind}: ${hostOf2(l.url)}`, l.url)).join(", ")}`);
  }
  out.push("");
  return out.join("\n");
}
function sharedDetails(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    for (const text of new Set(f.guidance.details.map((d) => d.text))) {
      const source = f.guidance.details.find((d) => d.text === text).source;
      const known = counts.get(text);
      counts.set(text, { source: known?.source ?? source, count: (known?.count ?? 0) + 1 });
    }
  }
  const shared = /* @__PURE__ */ new Map();
  for (const [text, { source, count }] of counts) {
    if (count < 2 || shared.size >= 26) continue;
    shared.set(text, { label: String.fromCharCode(65 + shared.size), source, count });
  }
  return shared;
}
function hostOf2(url) {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return "link";
  }
}

// src/outputs/text.ts
var TEXT_CHANGES = 200;
function palette(color) {
  const wrap = (open, close) => (text) => color ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
function renderText(report, options = {}) {
  const p = palette(options.color === true);
  const now = options.now ?? Date.now();
  const findings = locatedFindings(report);
  const verdict = summaryLine(report);
  const errors = messagesAt(report, "error");
  const out = [
    errors.length ? p.yellow(p.bold(verdict)) : findings.length ? p.red(p.bold(verdict)) : p.green(verdict),
    ""
  ];
  if (options.errors !== false) {
    for (const error of errors) out.push(`${p.yellow("error:")} ${plain(where(error), 500)}`);
    if (errors.length) out.push("");
  }
  findings.forEach((f, i2) => {
    out.push(
      `  ${i2 + 1}. ${p.red("✖")} ${p.bold(`${plain(f.name)}@${plain(f.version, 64)}`)} — ${plain(howItChanged(f))} (${plain(whereIs(f.lockfile, f, ":"))}) ${f.advisories.map((a) => plain(a.id, 60)).join(", ")}`
    );
  });
  if (findings.length) out.push("");
  const age = dataAgeLine(report.sources, now);
  if (age && (!options.quiet || findings.length)) out.push(p.dim(plain(age, 400)), "");
  if (findings.length) {
    out.push(...planLines(report, p), "");
    out.push(p.bold("Findings:"), "");
    findings.forEach((f, i2) => out.push(...findingLines(f, i2 + 1, p, findings.length === 1), ""));
  }
  out.push(...textSignals(report));
  if (options.quiet) return `${trimEnd(out).join("\n")}
`;
  for (const lockfile of report.lockfiles) {
    out.push(`${plain(lockfileTitle(lockfile))}: ${countOf(lockfile.changes.length, "change")}`);
    for (const change of lockfile.changes.slice(0, TEXT_CHANGES)) out.push(`  ${plain(changeLine(change), 400)}`);
    if (lockfile.changes.length > TEXT_CHANGES) {
      out.push(`  … ${lockfile.changes.length - TEXT_CHANGES} more (see --format json)`);
    }
  }
  if (!report.lockfiles.length && !errors.length) out.push("No lockfile found.");
  out.push("", "Advisory sources consulted:");
  for (const status of report.sources) out.push(`  ${plain(describeSource(status, now), 400)}`);
  if (!report.sources.length) out.push("  none (no version needed checking)");
  for (const m of report.messages) {
    if (m.level !== "error")
      out.push(`${m.level === "warning" ? p.yellow("warning:") : "note:"} ${plain(where(m), 500)}`);
  }
  return `${out.join("\n")}
`;
}
function planLines(report, p) {
  const plan = reportPlan(report);
  const lines = [p.bold("What to do now:")];
  const many = locatedFindings(report).length > 1;
  if (plan.taken.length) {
    lines.push(
      `  What was taken, as the advisories say: ${plan.taken.map((t) => `${t.label.toLowerCase()} ("${plain(t.evidence, 200)}")`).join("; ")}`
    );
  }
  plan.steps.forEach((step, i2) => lines.push(`  ${i2 + 1}. ${plain(step, 1e3)}`));
  lines.push(p.bold("Credentials to rotate, on machines that installed or ran them:"));
  lines.push(...plan.rotate.machines.map((m) => `  - ${plain(m, 300)}`));
  for (const ci of plan.rotate.ci) {
    lines.push(
      `  - CI secrets of ${plain(ci.workflow)}: ${ci.secrets.map((s) => plain(s, 100)).join(", ")}${ci.note ? ` (${plain(ci.note, 300)})` : ""}`
    );
  }
  lines.push(`  ${plain(plan.rotate.ciNote, 500)}`);
  const { domains, ips, urls } = plan.indicators;
  if (domains.length + ips.length + urls.length) {
    lines.push(`Indicators (defanged): ${[...domains, ...ips, ...urls].map((x2) => plain(defang(x2), 200)).join(", ")}`);
  }
  if (many) lines.push(`When the code could have run: ${EXPOSURE_NOTE}`);
  return lines;
}
function findingLines(f, n, p, alone) {
  const g = f.guidance;
  const lines = [
    `${n}. ${p.red("✖")} ${p.bold(`${plain(f.name)}@${plain(f.version, 64)}`)}${f.alias ? ` (installed as ${plain(f.alias)})` : ""} — ${plain(howItChanged(f))}`,
    `  ${plain(whereIs(f.lockfile, f, ":"))}, ${plain(howItEntered(f), 1e3)}${f.installScript ? ", has an install script" : ""}`
  ];
  for (const a of f.advisories) {
    const aliases = a.aliases.length ? ` (also ${a.aliases.map((x2) => plain(x2, 60)).join(", ")})` : "";
    lines.push(
      `  ${plain(a.id, 60)}${aliases}: ${plain(a.summary)} [${plain(a.sources.join(", "))}] ${plainUrl(a.url)}${plain(reportedBy(a), 400)}`
    );
  }
  lines.push(`  ${plain(g.headline, 500)}`);
  lines.push(`  When it could have run: ${alone ? plain(g.exposure.text, 1e3) : exposureShort(f)}`);
  if (!alone) lines.push(`  Fix: ${plain(g.fix, 1e3)}`);
  for (const d of g.details)
    lines.push(`  What ${plain(d.id, 80)} says (${plain(d.source, 60)}): ${plain(d.text, 600)}`);
  const references = g.links.filter((l) => l.kind !== "record").map((l) => plainUrl(l.url));
  if (references.length) lines.push(`  References: ${references.join(" ")}`);
  return lines;
}
function trimEnd(lines) {
  while (lines.length && lines.at(-1) === "") lines.pop();
  return lines;
}

// src/outputs/render.ts
function renderJson(report) {
  const { messages, ...rest } = report;
  const json = {
    ...rest,
    notes: messageTexts(report, "warning", "note"),
    errors: messageTexts(report, "error"),
    messages
  };
  return `${JSON.stringify(json, null, 2)}
`;
}

// src/outputs/sarif.ts
import { createHash } from "node:crypto";
function sarifFor(report, options) {
  return messagesAt(report, "error").length ? void 0 : renderSarif(report, options);
}
function renderSarif(report, opts) {
  const findings = locatedFindings(report);
  const rules = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const a = f.advisories[0];
    if (!a || rules.has(a.id)) continue;
    rules.set(a.id, { rule: ruleFor(f), index: rules.size });
  }
  const signals = allSignals(report);
  for (const name of SIGNAL_NAMES) {
    if (!signals.some((sig) => sig.signal === name)) continue;
    rules.set(`registry/${name}`, { rule: signalRule(name), index: rules.size });
  }
  const prefix = (opts.uriPrefix ?? "").replace(/^\/+|\/+$/g, "");
  const category = opts.category ? `${opts.category.replace(/[^A-Za-z0-9._/-]/g, "-").replace(/^\/+|\/+$/g, "")}/` : "";
  const notifications = report.messages.map((m) => ({
    message: { text: plain(where(m), 1e3) },
    level: m.level
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lockgate",
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: "https://github.com/lockgate/lockgate",
            rules: [...rules.values()].map((r) => r.rule)
          }
        },
        automationDetails: { id: `lockgate/${category}` },
        invocations: [
          {
            executionSuccessful: true,
            ...notifications.length ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        properties: { mode: report.mode },
        results: [
          ...findings.map((f) => {
            const ruleId = f.advisories[0]?.id ?? "malicious-package";
            const lockfile = prefix ? `${prefix}/${f.lockfile}` : f.lockfile;
            return {
              ruleId,
              ...rules.has(ruleId) ? { ruleIndex: rules.get(ruleId).index } : {},
              level: "error",
              message: {
                text: plain(
                  `${f.name}@${f.version} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(", ")}. ${f.guidance.headline.replaceAll("`", "")} Fix: ${f.guidance.fix.replaceAll("`", "")}`,
                  3e3
                )
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: lockfile.split("/").map(encodeURIComponent).join("/") },
                    // bun.lockb has no lines: the file alone.
                    ...f.line ? { region: { startLine: f.line } } : {}
                  }
                }
              ],
              partialFingerprints: { "lockgateFinding/v1": fingerprint(lockfile, f) },
              properties: { package: plain(f.name, 214), version: plain(f.version, 64), change: f.change }
            };
          }),
          ...signals.map((sig) => {
            const lockfile = prefix ? `${prefix}/${sig.lockfile}` : sig.lockfile;
            const ruleId = `registry/${sig.signal}`;
            return {
              ruleId,
              ruleIndex: rules.get(ruleId).index,
              level: sig.level === "fail" ? "error" : "warning",
              message: {
                text: plain(
                  `${sig.name}@${sig.version}: ${sig.detail}${sig.eligibleAt ? ` (held until ${sig.eligibleAt})` : ""}.`,
                  2e3
                )
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: lockfile.split("/").map(encodeURIComponent).join("/") },
                    ...sig.line ? { region: { startLine: sig.line } } : {}
                  }
                }
              ],
              partialFingerprints: { "lockgateSignal/v1": fingerprint(`${lockfile}\0${sig.signal}`, sig) }
            };
          })
        ]
      }
    ]
  };
}
function signalRule(name) {
  const text = `Registry signal: ${name}. A reason to wait or to look before merging, not a verdict of malware: no advisory covers the version yet.`;
  return {
    id: `registry/${name}`,
    name: "RegistrySignal",
    shortDescription: { text: `Registry signal: ${name}` },
    fullDescription: { text },
    help: {
      text,
      markdown: `**Registry signal \`${name}\`**: a reason to wait or to look before merging, not a verdict of malware; no advisory covers the version yet.`
    },
    helpUri: "https://github.com/lockgate/lockgate#registry-signals",
    defaultConfiguration: { level: "warning" },
    properties: { tags: ["security", "supply-chain"], "security-severity": "5.0" }
  };
}
function fingerprint(lockfile, f) {
  return createHash("sha256").update(`${lockfile}\0${f.name}@${f.version}`).digest("hex").slice(0, 32);
}
function ruleFor(f) {
  const a = f.advisories[0];
  const g = f.guidance;
  const summary = a.summary || `Malicious package (${a.id})`;
  const details = g.details.map((d) => `${d.id} (${d.source}): ${d.text}`).join(" ");
  const steps = incidentPlan([f]).steps;
  const references = g.links.filter((l) => l.kind !== "record");
  const helpText = [
    g.headline.replaceAll("`", ""),
    details ? `What the advisory says: ${details}` : "",
    "What to do:",
    ...steps.map((s, i2) => `${i2 + 1}. ${s.replaceAll("`", "")}`),
    references.length ? `References: ${references.map((l) => l.url).join(" ")}` : ""
  ].filter(Boolean);
  const helpMarkdown = [
    `**${mdCode(`${f.name}@${f.version}`, 280)}** — ${mdProse(g.headline, 500)}`,
    "",
    ...g.details.map((d) => `> **${md(d.id, 80)}** (${md(d.source, 60)}): ${md(d.text, 600)}
`),
    "**What to do**",
    "",
    ...steps.map((s, i2) => `${i2 + 1}. ${mdProse(s, 1e3)}`),
    "",
    ...references.length ? [`**References:** ${references.map((l) => mdLink(l.kind, l.url)).join(", ")}`] : []
  ];
  return {
    id: a.id,
    name: "MaliciousPackageVersion",
    shortDescription: { text: plain(summary, 300) },
    fullDescription: { text: plain(details || `${summary}. ${g.headline.replaceAll("`", "")}`, 1e3) },
    help: { text: helpText.map((line) => plain(line, 2e3)).join("\n"), markdown: helpMarkdown.join("\n") },
    helpUri: a.url,
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "malware", "supply-chain", "external/cwe/cwe-506"],
      "security-severity": "10.0",
      precision: "very-high",
      "problem.severity": "error"
    }
  };
}

// src/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
function lockgateVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync3(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "lockgate" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}

export {
  require_tunnel2 as require_tunnel,
  normalizeHttpUrl,
  parseDuration,
  InputError,
  DEFAULT_CONFIG,
  parseActionInputs,
  messagesAt,
  message,
  emptyReport,
  allFindings,
  exitCode,
  githubApiUrl,
  createClient,
  parseRepository,
  httpStatus,
  describeHttpError,
  listPullFiles,
  changedLockfiles,
  LOCKFILE_NAMES,
  BUN_BINARY_LOCKFILE,
  isLockfilePath,
  DirTree,
  GitTree,
  EmptyTree,
  git,
  defaultBaseRef,
  errorSentence,
  PUBLIC_REGISTRY,
  check,
  signalGroups,
  takenLabel,
  howItChanged,
  renderMarkdown,
  renderText,
  renderJson,
  sarifFor,
  lockgateVersion
};
