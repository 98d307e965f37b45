/** JSON and JSON-lines reading with errors that point at file:line:column. */
import { MamoriError } from '../../model/errors.js';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Offset of the first syntax error in `text`. V8 names a position for some errors only
 * ("Unexpected token 'x', … is not valid JSON" has none), so this re-scans the text; it runs only
 * after JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return i++, true;
      for (;;) {
        ws();
        if (text[i] !== '"' || !string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
        if (!value()) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return i++, true;
        return false;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return i++, true;
      for (;;) {
        if (!value()) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return i++, true;
        return false;
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return (i += word.length), true;
      if (c === word[0]) {
        let k = 0;
        while (k < word.length && text[i + k] === word[k]) k++;
        i += k;
        return false;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return i++, true;
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return (i += 1), false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return (i += 1), false;
      } else i++;
    }
    return false;
  };
  if (!value()) return Math.min(i, text.length);
  ws();
  return Math.min(i, text.length);
}

/** V8's message without the quoted copy of the input (which can be long or hold secrets) or the offset. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^(Unexpected token '.*?'), .*$/s, '$1')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '');
}

function invalid(file: string, text: string, error: unknown, baseLine = 0): MamoriError {
  const offset = jsonErrorOffset(text);
  const { line, column } = lineColumn(text, offset);
  return new MamoriError('IMPORT_INVALID_JSON', `${file}:${line + baseLine}:${column}: not valid JSON (${reason(error)})`, { cause: error });
}

/**
 * The JSON documents in `text`: one for a JSON file, one per non-empty line for JSON lines
 * (mamori's own ASFF output). Throws MamoriError naming file:line:column.
 */
export function parseJsonDocuments(text: string, file: string): { value: unknown; line?: number }[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new MamoriError('IMPORT_UNKNOWN_FORMAT', `${file}: the file is empty`);
  try {
    return [{ value: JSON.parse(body) }];
  } catch (error) {
    const lines = body.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    // JSON lines: the first non-empty line is a whole document of its own, and more follow.
    if (lines.filter((l) => l.trim() !== '').length > 1 && /^\s*[{[]/.test(lines[first]) && parses(lines[first])) {
      const docs: { value: unknown; line: number }[] = [];
      for (let n = 0; n < lines.length; n++) {
        if (!lines[n].trim()) continue;
        try {
          docs.push({ value: JSON.parse(lines[n]), line: n + 1 });
        } catch (lineError) {
          throw invalid(file, lines[n], lineError, n);
        }
      }
      return docs;
    }
    throw invalid(file, body, error);
  }
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
