/**
 * Where things are in a JSON text (or bun.lock's JSON with trailing commas):
 * the line of each key a reader asks for, in one forward pass over the text.
 *
 * JSON.parse gives values but no positions, so the readers parse with it and
 * then walk the text once with this scanner, which follows only the objects a
 * reader asks for (a `KeyVisitor` per object) and skips everything else without
 * decoding it. The pass is linear in the text whatever its layout (one line of
 * 50 MB, keys written as `"key" \n:`), and it enforces the two limits every
 * JSON lockfile shares: nesting depth and duplicate keys in the maps a reader
 * follows (JSON.parse keeps the last of two equal keys, other readers the
 * first, so a file with both is ambiguous).
 *
 * On invalid JSON (only after JSON.parse failed) `jsonSyntaxError` names where
 * the first syntax error is.
 */
import { LockfileError, quote } from '../core/errors.js';
import { lineAt } from '../core/lines.js';

/** Deepest nesting of objects and arrays read. npm's deepest real trees nest a few dozen levels. */
export const MAX_JSON_DEPTH = 256;

/**
 * Follows the keys of one object: returns the visitor for a key's value, or undefined to skip the value.
 * A key is given as where it is written (`open` and `close`, the offsets of its quotes in `text`),
 * so that a visitor of a large map decodes only the keys it needs (see `keyName`, `keyIs`).
 */
export interface KeyVisitor {
  key(text: string, open: number, close: number, line: number): KeyVisitor | undefined;
}

/**
 * Records the line of each key of one small object (the top level), refusing a
 * key that appears twice. `follow` gives the visitor for a key's value.
 */
export class KeyLines implements KeyVisitor {
  readonly lines = new Map<string, number>();
  private readonly followed = new Map<string, KeyVisitor>();

  constructor(
    private readonly file: string,
    /** How a duplicate is described: `the top level`, `"packages"`. */
    private readonly where: string,
    private readonly follow?: (name: string) => KeyVisitor | undefined,
  ) {}

  key(text: string, open: number, close: number, line: number): KeyVisitor | undefined {
    const name = keyName(text, open, close);
    const first = this.lines.get(name);
    if (first !== undefined) throw duplicateKey(this.file, name, this.where, first, line);
    this.lines.set(name, line);
    const child = this.follow?.(name);
    if (child) this.followed.set(name, child);
    return child;
  }

  /** The visitor that followed `name`'s value, if any. */
  child(name: string): KeyVisitor | undefined {
    return this.followed.get(name);
  }
}

/**
 * Records the keys of a large object (a package map) in document order: where each is
 * written and its line, in arrays of numbers (a string or a Map entry per key would cost
 * more than the rest of the reading). JSON.parse keeps that order, so once
 * `refuseDuplicates` has matched the text's keys with the parsed object's, the reader looks
 * each key up by its index; a key's name is decoded only when needed.
 * `follow` gives the visitor for a key's value (default: none).
 */
export class KeyList implements KeyVisitor {
  /** Offsets of each key's opening and closing quotes, and its line. */
  readonly opens: number[] = [];
  readonly closes: number[] = [];
  readonly lines: number[] = [];
  /** The visitors `follow` gave, by key index (sparse: most keys have none). */
  readonly children: (KeyVisitor | undefined)[] = [];
  private text = '';
  /** The parsed object's keys are these, in this order (set by `refuseDuplicates`). */
  private inOrder = false;
  private byName: Map<string, number> | undefined;

  constructor(
    protected readonly file: string,
    /** How a duplicate is described: `"packages"`, `a "dependencies" map`. */
    private readonly where: string,
    private readonly follow?: (text: string, open: number, close: number) => KeyVisitor | undefined,
  ) {}

  key(text: string, open: number, close: number, line: number): KeyVisitor | undefined {
    this.text = text;
    this.opens.push(open);
    this.closes.push(close);
    this.lines.push(line);
    if (!this.follow) return undefined;
    const child = this.follow(text, open, close);
    if (child) this.children[this.lines.length - 1] = child;
    return child;
  }

  /** How many keys the text has. */
  get count(): number {
    return this.lines.length;
  }

  /** The name of the `index`-th key written. */
  name(index: number): string {
    return keyName(this.text, this.opens[index]!, this.closes[index]!);
  }

  /**
   * Index of `name`, the `index`-th key of the parsed object: the same index unless keys
   * were reordered (JSON.parse puts integer-like keys first) or the keys were not matched.
   */
  indexOf(name: string, index: number): number | undefined {
    if (this.inOrder && index < this.lines.length) return index;
    if (!this.byName) {
      this.byName = new Map();
      for (let i = 0; i < this.lines.length; i++) this.byName.set(this.name(i), i);
    }
    return this.byName.get(name);
  }

  lineOf(name: string, index: number): number | undefined {
    const at = this.indexOf(name, index);
    return at === undefined ? undefined : this.lines[at];
  }

  /**
   * Throws naming the first key written twice, when the parsed object has fewer keys
   * (`keys`, its own keys in JSON.parse's order) than the text. Otherwise the text's keys
   * are the parsed keys, in the same order unless an integer-like key came first.
   */
  refuseDuplicates(keys: readonly string[]): void {
    if (this.lines.length === keys.length) {
      this.inOrder = keys.length === 0 || !isArrayIndex(keys[0]!);
      return;
    }
    const first = new Map<string, number>();
    for (let i = 0; i < this.lines.length; i++) {
      const name = this.name(i);
      const seen = first.get(name);
      if (seen !== undefined) throw duplicateKey(this.file, name, this.where, seen, this.lines[i]!);
      first.set(name, this.lines[i]!);
    }
  }
}

/** Is `key` an array index, which JSON.parse (as every object) orders before other keys? */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

function duplicateKey(file: string, name: string, where: string, first: number, line: number): LockfileError {
  return new LockfileError(
    file,
    line,
    `the key ${quote(name)} appears twice in ${where} (first on line ${first}); readers disagree on which one counts, so the file is ambiguous`,
  );
}

/**
 * Walk `text` once, calling `root` for the keys of the top-level object and the
 * visitors it returns for nested ones. Throws a LockfileError when nesting is
 * deeper than `maxDepth`. Tolerates trailing commas and `//` or block comments;
 * other syntax is not checked (JSON.parse has accepted the text before).
 */
export function scanKeys(file: string, text: string, root: KeyVisitor, maxDepth = MAX_JSON_DEPTH): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // One slot per open container: its visitor (objects only) and whether it is an object.
  const visitors: (KeyVisitor | undefined)[] = [];
  const objects: boolean[] = [];
  let expectKey = false;
  let next: KeyVisitor | undefined = root;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      // Indentation: the most common character of a pretty-printed lockfile.
      i++;
    } else if (c === 0x0a) {
      line++;
      i++;
    } else if (c === 0x09 || c === 0x0d || c === 0x3a) {
      i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (visitors.length >= maxDepth) {
        throw new LockfileError(
          file,
          line,
          `objects and arrays nest deeper than ${maxDepth} levels; no lockfile nests this deep`,
        );
      }
      const isObject = c === 0x7b;
      visitors.push(isObject ? next : undefined);
      objects.push(isObject);
      expectKey = isObject;
      next = undefined;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      visitors.pop();
      objects.pop();
      expectKey = false;
      next = undefined;
      i++;
    } else if (c === 0x2c) {
      expectKey = objects[objects.length - 1] === true;
      next = undefined;
      i++;
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const visitor = visitors[visitors.length - 1];
        next = visitor?.key(text, i, end, line);
        expectKey = false;
      } else {
        next = undefined;
      }
      i = end + 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const close = text.indexOf('*/', i + 2);
      const stop = close === -1 ? n : close + 2;
      for (let at = text.indexOf('\n', i); at !== -1 && at < stop; at = text.indexOf('\n', at + 1)) line++;
      i = stop;
    } else {
      // A number, true, false or null: up to the next delimiter.
      next = undefined;
      i++;
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
    }
  }
}

/** Offset of the quote closing the string opened at `open` (the text's end when it is unterminated). */
function stringEnd(text: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close === -1) return text.length;
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return close;
    at = close + 1;
  }
}

/** The name of the key written between the quotes at `open` and `close`. */
export function keyName(text: string, open: number, close: number): string {
  const raw = text.slice(open + 1, close);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(open, close + 1)) as string;
  } catch {
    return raw;
  }
}

/** Is the key written between the quotes at `open` and `close` `name`? (Without decoding it, unless it has escapes.) */
export function keyIs(text: string, open: number, close: number, name: string): boolean {
  const length = close - open - 1;
  if (length === name.length) return text.startsWith(name, open + 1);
  // Escapes only make a key longer than its name.
  if (length < name.length) return false;
  for (let at = open + 1; at < close; at++) if (text.charCodeAt(at) === 0x5c) return keyName(text, open, close) === name;
  return false;
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x5d || c === 0x3a || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

// ---------------------------------------------------------------------------
// Syntax errors

/** A LockfileError for a text JSON.parse rejected: the line of the first syntax error and why. */
export function jsonSyntaxError(file: string, text: string, error: unknown): LockfileError {
  const message = error instanceof Error ? error.message : String(error);
  const found = firstSyntaxError(text);
  const offset = found?.offset ?? positionInMessage(message);
  const line = offset === undefined ? undefined : lineAt(text, offset);
  const reason = found?.truncated
    ? 'invalid JSON: the document ends before it is complete (truncated file?)'
    : `invalid JSON (${quote(message, 120)})`;
  return new LockfileError(file, line, reason);
}

function positionInMessage(message: string): number | undefined {
  const match = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Where the first JSON syntax error is (V8's messages do not always carry a
 * position). For an early end of input (`truncated`), the offset of the last
 * non-blank character.
 */
function firstSyntaxError(text: string): { offset: number; truncated: boolean } | undefined {
  const found = syntaxErrorOffset(text);
  if (found === undefined) return undefined;
  const last = Math.max(0, text.trimEnd().length - 1);
  return found >= text.length ? { offset: last, truncated: true } : { offset: found, truncated: false };
}

/** Offset of the first syntax error, `text.length` when the input ends early, undefined when valid. */
function syntaxErrorOffset(text: string): number | undefined {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (;;) {
    skip();
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : n;
    const c = text[i]!;
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        if (!scanString()) return i;
        state = 'after';
      } else {
        scalar.lastIndex = i;
        if (!scalar.exec(text)) return i;
        i = scalar.lastIndex;
        state = 'after';
      }
    } else if (state === 'key') {
      if (c !== '"' || !scanString()) return i;
      skip();
      if (i >= n) return n;
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}
