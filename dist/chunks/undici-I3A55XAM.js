import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-CFW47MYL.js";
import "./chunk-7FTKMFDC.js";
export default require_undici();
