import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  MAX_SECRETS,
  MAX_WORKFLOWS,
  MAX_WORKFLOW_BYTES,
  installCommand,
  reRunsHeld,
  readWorkflowSecrets,
  rerunAnswer,
  secretNames,
  treeReRunsHeld,
  workflowSecrets
} from "./chunk-RLA2M7T3.js";
import "./chunk-46RT45P2.js";
import "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import "./chunk-7FTKMFDC.js";
export {
  MAX_SECRETS,
  MAX_WORKFLOWS,
  MAX_WORKFLOW_BYTES,
  installCommand,
  reRunsHeld,
  readWorkflowSecrets,
  rerunAnswer,
  secretNames,
  treeReRunsHeld,
  workflowSecrets
};
