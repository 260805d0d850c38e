import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  SpecifierIndex,
  isGitReference,
  isRegistryTarball,
  parseYarnClassic,
  splitSpecifier
} from "./chunk-GF6YMQS4.js";
import "./chunk-7N5LBVSW.js";
import "./chunk-7FTKMFDC.js";
export {
  SpecifierIndex,
  isGitReference,
  isRegistryTarball,
  parseYarnClassic,
  splitSpecifier
};
