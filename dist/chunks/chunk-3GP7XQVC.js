import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/core/guards.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  isRecord
};
