/**
 * An incremental splitter for JSON documents that arrive in chunks. It yields the text of each
 * top-level value, except that it unwraps:
 *  - a top-level array: each element is yielded on its own;
 *  - a top-level object whose first key is "Records" holding an array (CloudTrail as S3 delivers it):
 *    each element of Records is yielded on its own, the object itself never is;
 *  - likewise the list of records in a SIEM's or data lake's response document: `hits.hits` (an
 *    Elasticsearch / OpenSearch search response), `results` (Splunk) and `QueryResultRows`
 *    (CloudTrail Lake), and `records` (Azure diagnostic settings: storage and Event Hubs), whatever
 *    their place among the keys; the rest of the document is skipped.
 * Only the value being captured is held in memory, so a multi-gigabyte `{"Records":[…]}` keeps
 * memory flat. Values come in batches, one per input chunk. It does not validate: the caller JSON.parses each piece and reports what fails.
 */
export interface ScannedValue {
  text: string;
  /** 1-based line of the value's first character. */
  line: number;
  /** Its index in the unwrapped array or Records array, from 0; -1 for a top-level value. */
  index: number;
}

export type ScanProblem = { kind: 'truncated' | 'malformed'; line: number; message: string };

const QUOTE = 34;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const NEWLINE = 10;

const RECORDS_HEAD = /^\{\s*"Records"\s*:\s*$/;
/** The property name just before a value, at the end of the text before it. */
const KEY_BEFORE = /"([^"\\]*)"\s*:\s*$/;
/** How much text before a container is looked at for its property name. */
const TAIL = 96;

/** Up to TAIL characters of the captured text before `i` in `chunk`. */
function tailBefore(captured: string, chunk: string, start: number, i: number): string {
  const from = Math.max(start, i - TAIL);
  const t = chunk.slice(from, i);
  return from > start || captured === '' ? t : captured.slice(-(TAIL - t.length)) + t;
}

export async function* scanJsonValues(
  chunks: AsyncIterable<string>,
  onProblem: (p: ScanProblem) => void,
): AsyncGenerator<ScannedValue[]> {
  let depth = 0;
  /** Depth of the container whose direct children we yield (0 = top level). */
  let containerDepth = 0;
  let inString = false;
  /** Characters still to skip at the start of the next chunk (a backslash escape split across chunks). */
  let skip = 0;
  let line = 1;
  let capturing = false;
  let captureLine = 0;
  let captured = '';
  /** Capturing a top-level object: its containers' property names are looked at (a list of records to unwrap?). */
  let checkRecords = false;
  /** Still at the top-level object's first container (only there does "Records" unwrap). */
  let firstContainer = false;
  /** Inside the top-level object's "hits" object (a search response). */
  let inHits = false;
  let garbageLine = 0;
  /** The next element's index in the unwrapped container, and the captured value's. */
  let nextIndex = 0;
  let captureIndex = -1;

  for await (const chunk of chunks) {
    const n = chunk.length;
    let i = skip;
    skip = 0;
    let captureStart = capturing ? 0 : -1;
    const out: ScannedValue[] = [];
    while (i < n) {
      if (inString) {
        while (i < n) {
          const c = chunk.charCodeAt(i);
          if (c === BACKSLASH) i += 2;
          else if (c === QUOTE) {
            inString = false;
            i++;
            break;
          } else i++;
        }
        if (i > n) skip = i - n;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) {
        line++;
        i++;
        continue;
      }
      if (!capturing) {
        if (depth === containerDepth) {
          if (c === LBRACE || c === LBRACKET) {
            if (depth === 0 && c === LBRACKET) {
              // A top-level array: yield its elements.
              depth = 1;
              containerDepth = 1;
              nextIndex = 0;
              i++;
              continue;
            }
            capturing = true;
            captureStart = i;
            captureLine = line;
            captureIndex = depth === 0 ? -1 : nextIndex++;
            checkRecords = depth === 0 && c === LBRACE;
            firstContainer = true;
            inHits = false;
            depth++;
            i++;
            continue;
          }
          if (c === RBRACKET || c === RBRACE) {
            // The unwrapped container closes.
            depth--;
            // Back at the top level, or inside the Records object after its array: skip the rest of it.
            containerDepth = depth === 0 ? 0 : -1;
            i++;
            continue;
          }
          if (c === QUOTE) {
            inString = true;
            i++;
            continue;
          }
          if (depth === 0 && c !== 32 && c !== 9 && c !== 13 && c !== 44) {
            if (garbageLine !== line) {
              garbageLine = line;
              onProblem({ kind: 'malformed', line, message: `unexpected character ${JSON.stringify(chunk[i])} outside a JSON value` });
            }
          }
          i++;
          continue;
        }
        // The rest of a Records object after its array (containerDepth -1): skip it.
        if (c === QUOTE) inString = true;
        else if (c === LBRACE || c === LBRACKET) depth++;
        else if (c === RBRACE || c === RBRACKET) {
          depth--;
          if (depth === 0) containerDepth = 0;
        }
        i++;
        continue;
      }
      // Capturing a value.
      if (c === QUOTE) {
        inString = true;
        i++;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) {
        if (checkRecords && (depth === 1 || (depth === 2 && inHits))) {
          const tail = tailBefore(captured, chunk, captureStart, i);
          const key = KEY_BEFORE.exec(tail)?.[1];
          let unwrap = false;
          if (depth === 1) {
            if (c === LBRACKET) unwrap = key === 'Records' ? firstContainer && RECORDS_HEAD.test(tail) : key === 'results' || key === 'QueryResultRows' || key === 'records';
            else inHits = key === 'hits';
          } else unwrap = c === LBRACKET && key === 'hits';
          firstContainer = false;
          if (unwrap) {
            // {"Records":[ … ]} and the like: drop the object, yield the array's elements.
            checkRecords = false;
            capturing = false;
            captured = '';
            captureStart = -1;
            depth++;
            containerDepth = depth;
            nextIndex = 0;
            i++;
            continue;
          }
        }
        depth++;
        i++;
        continue;
      }
      if (c === RBRACE || c === RBRACKET) {
        depth--;
        i++;
        if (depth === 1) inHits = false;
        if (depth === containerDepth) {
          out.push({ text: captured + chunk.slice(captureStart, i), line: captureLine, index: captureIndex });
          captured = '';
          capturing = false;
          captureStart = -1;
        }
        continue;
      }
      i++;
    }
    if (capturing) {
      captured += chunk.slice(captureStart);
    }
    // One batch per chunk: far fewer promise hops than one per value.
    if (out.length) yield out;
  }
  if (capturing || depth > 0) {
    onProblem({ kind: 'truncated', line, message: `input ends inside a JSON value (started on line ${capturing ? captureLine : line})` });
  }
}
