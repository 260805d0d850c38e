import { run } from './entry/action.js';

await run();
