import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  SpecifierIndex,
  importersFromManifests,
  parseYarnClassic,
  splitSpecifier
} from "./chunk-47Q4PCLI.js";
import "./chunk-T5X3EIEI.js";
import "./chunk-VJTRWSQF.js";
import "./chunk-7FTKMFDC.js";
export {
  SpecifierIndex,
  importersFromManifests,
  parseYarnClassic,
  splitSpecifier
};
