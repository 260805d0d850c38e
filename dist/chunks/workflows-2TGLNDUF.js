import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  MAX_SECRETS,
  MAX_WORKFLOWS,
  MAX_WORKFLOW_BYTES,
  installCommand,
  readWorkflowSecrets,
  secretNames,
  workflowSecrets
} from "./chunk-3UKMRLXX.js";
import "./chunk-46RT45P2.js";
import "./chunk-3GP7XQVC.js";
import "./chunk-RCEV77F3.js";
import "./chunk-7FTKMFDC.js";
export {
  MAX_SECRETS,
  MAX_WORKFLOWS,
  MAX_WORKFLOW_BYTES,
  installCommand,
  readWorkflowSecrets,
  secretNames,
  workflowSecrets
};
