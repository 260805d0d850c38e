import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  SpecifierIndex,
  importersFromManifests,
  isGitReference,
  isRegistryTarball,
  parseYarnClassic,
  splitSpecifier
} from "./chunk-5SRS6PZ3.js";
import "./chunk-VJTRWSQF.js";
import "./chunk-7FTKMFDC.js";
export {
  SpecifierIndex,
  importersFromManifests,
  isGitReference,
  isRegistryTarball,
  parseYarnClassic,
  splitSpecifier
};
