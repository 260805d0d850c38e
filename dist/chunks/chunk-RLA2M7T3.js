import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  require_js_yaml
} from "./chunk-46RT45P2.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import {
  plain
} from "./chunk-UNWV5ZLC.js";
import {
  __toESM
} from "./chunk-7FTKMFDC.js";

// src/inputs/workflows.ts
var import_js_yaml = __toESM(require_js_yaml(), 1);
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var MAX_WORKFLOW_BYTES = 1024 * 1024;
var MAX_WORKFLOWS = 200;
var MAX_SECRETS = 100;
var MAX_SECRET_NAME = 100;
var MAX_REASONS = 10;
var MAX_NODES = 1e5;
var WORKFLOW_DIR = path.join(".github", "workflows");
function workflowSecrets(file, yamlText) {
  const result = { path: file, installsDependencies: false, installs: [], secrets: [], notes: [] };
  if (yamlText.length > MAX_WORKFLOW_BYTES) {
    return { ...result, error: `file is over the ${MAX_WORKFLOW_BYTES}-byte limit for workflows` };
  }
  let doc;
  try {
    doc = import_js_yaml.default.load(yamlText, { filename: file });
  } catch (error) {
    return { ...result, error: `not valid YAML${yamlLine(error)}` };
  }
  if (!isRecord(doc)) return { ...result, error: "not a workflow (the document is not a mapping)" };
  const installs = [];
  const notes = [];
  const jobs = isRecord(doc.jobs) ? doc.jobs : {};
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue;
    const jobName = safeLabel(jobId);
    if (isText(job.uses)) {
      addOnce(notes, `job ${jobName} calls the reusable workflow ${safeLabel(job.uses)}, which was not inspected`);
    }
    if (job.secrets === "inherit") addOnce(notes, `job ${jobName} passes every secret on (secrets: inherit)`);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    for (const step of steps) {
      if (!isRecord(step)) continue;
      if (isText(step.run)) {
        const command = installCommand(step.run);
        if (command) addOnce(installs, `job ${jobName} runs \`${command}\``);
      }
      if (isText(step.uses)) {
        const reason = installingAction(step.uses, isRecord(step.with) ? step.with : {});
        if (reason) addOnce(installs, `job ${jobName} ${reason}`);
        if (step.uses.startsWith("./")) {
          addOnce(notes, `job ${jobName} uses the local action ${safeLabel(step.uses)}, which was not inspected`);
        }
      }
    }
  }
  const strings = collectStrings(doc);
  if (strings.some((s) => /\btoJSON\(\s*secrets\s*\)/i.test(s))) {
    addOnce(notes, "it passes every secret on (toJSON(secrets))");
  }
  return {
    path: file,
    installsDependencies: installs.length > 0,
    installs: installs.slice(0, MAX_REASONS),
    secrets: secretNames(strings),
    notes: notes.slice(0, MAX_REASONS)
  };
}
function readWorkflowSecrets(repoDir) {
  const dir = path.join(repoDir, WORKFLOW_DIR);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n)).sort().slice(0, MAX_WORKFLOWS);
  return files.map((name) => {
    const relative = path.posix.join(".github", "workflows", name);
    const full = path.join(dir, name);
    try {
      const stat = lstatSync(full);
      if (!stat.isFile()) return unreadable(relative, "not a regular file (symlinks are not followed)");
      if (stat.size > MAX_WORKFLOW_BYTES) {
        return unreadable(relative, `file is over the ${MAX_WORKFLOW_BYTES}-byte limit for workflows`);
      }
      return workflowSecrets(relative, readFileSync(full, "utf8"));
    } catch (error) {
      const code = isRecord(error) && isText(error.code) ? error.code : "read error";
      return unreadable(relative, `could not be read (${code})`);
    }
  });
}
function unreadable(file, error) {
  return { path: file, installsDependencies: false, installs: [], secrets: [], notes: [], error };
}
function installCommand(script) {
  const patterns = [
    /\bnpm\s+(?:ci|install|i|add|rebuild)\b/,
    /\bnpx\s/,
    /\bnpm\s+exec\b/,
    /\byarn\s+(?:install|dlx)\b/,
    // Bare `yarn` (installs), alone on its line or followed by flags only.
    /(?:^|[;&|(]\s*|\s)yarn(?:[ \t]+--?[A-Za-z][\w-]*(?:=\S*)?)*[ \t]*(?:$|[;&|)#])/m,
    /\bpnpm\s+(?:install|i|add|dlx)\b/,
    /\bbun\s+(?:install|i|add)\b/,
    /\bbunx\s/
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(script.slice(0, 1e5));
    if (match)
      return match[0].trim().replace(/^[;&|(]\s*/, "").replace(/[;&|)#]$/, "").trim().slice(0, 60);
  }
  return void 0;
}
function installingAction(uses, inputs) {
  const action = uses.toLowerCase().split("@")[0] ?? "";
  if (action === "actions/setup-node" && inputs.cache !== void 0 && inputs.cache !== "" && inputs.cache !== false) {
    return "restores a dependency cache with actions/setup-node";
  }
  if (action === "pnpm/action-setup" && inputs.run_install !== void 0 && inputs.run_install !== false && inputs.run_install !== "false") {
    return "installs with pnpm/action-setup (run_install)";
  }
  if (action === "bahmutov/npm-install") return "installs with bahmutov/npm-install";
  return void 0;
}
function collectStrings(doc) {
  const strings = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [doc];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop();
    visited++;
    if (typeof node === "string") strings.push(node);
    else if (typeof node === "object" && node !== null && !seen.has(node)) {
      seen.add(node);
      if (Array.isArray(node)) stack.push(...node);
      else
        for (const [key, value] of Object.entries(node)) {
          strings.push(key);
          stack.push(value);
        }
    }
  }
  return strings;
}
function secretNames(strings) {
  const names = /* @__PURE__ */ new Set();
  const pattern = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\2\s*\])/g;
  for (const text of strings) {
    for (const match of text.matchAll(pattern)) {
      const name = (match[1] ?? match[3] ?? "").toUpperCase();
      if (name === "" || name.length > MAX_SECRET_NAME) continue;
      names.add(name);
      if (names.size >= MAX_SECRETS) return [...names].sort();
    }
  }
  return [...names].sort();
}
function yamlLine(error) {
  if (!isRecord(error)) return "";
  const line = isRecord(error.mark) && typeof error.mark.line === "number" ? ` at line ${error.mark.line + 1}` : "";
  const reason = isText(error.reason) ? ` (${safeLabel(error.reason)})` : "";
  return `${line}${reason}`;
}
function safeLabel(value) {
  return plain(value, 80).replaceAll("`", "?");
}
function addOnce(list, item) {
  if (!list.includes(item) && list.length < MAX_REASONS) list.push(item);
}
function isText(value) {
  return typeof value === "string" && value !== "";
}
var MAX_CALL_DEPTH = 4;
var MAX_UNREAD = 5;
var INPUT_EXPRESSION = /^\$\{\{\s*inputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}$/;
var LOCAL_WORKFLOW = /^\.\/(\.github\/workflows\/[^/]+\.ya?ml)$/i;
function rerunAnswer(files) {
  const unread = /* @__PURE__ */ new Set();
  const parsed = /* @__PURE__ */ new Map();
  const docOf = (file) => {
    if (!parsed.has(file)) parsed.set(file, workflowDoc(files.get(file)));
    return parsed.get(file);
  };
  const runs = (doc, given, seen) => {
    if (!isRecord(doc.jobs)) return false;
    const inputs = workflowInputs(doc, given);
    return Object.values(doc.jobs).some((job) => {
      if (!isRecord(job)) return false;
      const steps = Array.isArray(job.steps) ? job.steps : [];
      if (steps.some((step) => isRecord(step) && isRecord(step.with) && isTrue(step.with["rerun-held"], inputs)))
        return true;
      if (!isText(job.uses)) return false;
      const local = LOCAL_WORKFLOW.exec(job.uses)?.[1];
      if (local === void 0) {
        if (job.uses.includes("@") && unread.size < MAX_UNREAD) unread.add(safeLabel(job.uses));
        return false;
      }
      const callee = docOf(local);
      if (!callee || seen.length >= MAX_CALL_DEPTH || seen.includes(local)) return false;
      const passed = Object.fromEntries(
        Object.entries(isRecord(job.with) ? job.with : {}).map(([k, v]) => [k, resolved(v, inputs)])
      );
      return runs(callee, passed, [...seen, local]);
    });
  };
  for (const file of files.keys()) {
    const doc = docOf(file);
    if (doc && isScheduled(doc) && runs(doc, {}, [file])) return { rerun: true };
  }
  return unread.size ? { rerun: false, unread: [...unread] } : { rerun: false };
}
function reRunsHeld(yamlText) {
  return rerunAnswer(/* @__PURE__ */ new Map([[".github/workflows/lockgate.yml", yamlText]])).rerun;
}
function workflowDoc(text) {
  if (text === void 0 || text.length > MAX_WORKFLOW_BYTES) return void 0;
  try {
    const doc = import_js_yaml.default.load(text);
    return isRecord(doc) ? doc : void 0;
  } catch {
    return void 0;
  }
}
function triggers(doc) {
  return doc.on ?? doc.true;
}
function isScheduled(doc) {
  const on = triggers(doc);
  return on === "schedule" || Array.isArray(on) && on.includes("schedule") || isRecord(on) && on.schedule != null;
}
function workflowInputs(doc, given) {
  const on = triggers(doc);
  const call = isRecord(on) && isRecord(on.workflow_call) ? on.workflow_call : void 0;
  const declared = call && isRecord(call.inputs) ? call.inputs : {};
  const out = {};
  for (const [name, input] of Object.entries(declared)) if (isRecord(input)) out[name] = input.default;
  return { ...out, ...given };
}
function resolved(value, inputs) {
  const name = typeof value === "string" ? INPUT_EXPRESSION.exec(value.trim())?.[1] : void 0;
  return name === void 0 ? value : inputs[name];
}
function isTrue(value, inputs) {
  const v = resolved(value, inputs);
  return v === true || v === "true";
}
async function treeReRunsHeld(tree) {
  const names = await tree.listFiles((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f));
  const files = /* @__PURE__ */ new Map();
  for (const file of names.slice(0, MAX_WORKFLOWS)) {
    const text = await tree.read(file).catch(() => void 0);
    if (text !== void 0) files.set(file, text);
  }
  return rerunAnswer(files);
}

export {
  MAX_WORKFLOW_BYTES,
  MAX_WORKFLOWS,
  MAX_SECRETS,
  workflowSecrets,
  readWorkflowSecrets,
  installCommand,
  secretNames,
  rerunAnswer,
  reRunsHeld,
  treeReRunsHeld
};
