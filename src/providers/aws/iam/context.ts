/**
 * The request context as the engine reads it: built once per request, then read by every
 * condition and policy variable of every policy.
 *
 * Key names are case-insensitive (IAM User Guide › Variables and tags: "Key names are
 * case-insensitive"), and so is the tag-key part of keys such as `aws:PrincipalTag/<tag-key>`,
 * so the whole key is folded. When the caller gives two keys that differ only in case, an exact
 * spelling wins, then the first given.
 *
 * Values: a scalar is a single-valued key, an array a multivalued one (an empty array is an empty
 * set). Numbers and booleans are stringified; null/undefined entries are ignored.
 */
import type { ContextValue } from './types.js';

export class RequestContextView {
  private readonly exact = new Map<string, readonly string[]>();
  private readonly folded = new Map<string, readonly string[]>();

  constructor(context: Readonly<Record<string, ContextValue>> | undefined) {
    if (!context) return;
    for (const key of Object.keys(context)) {
      const raw = context[key] as ContextValue | null | undefined;
      if (raw === null || raw === undefined) continue;
      const values = Array.isArray(raw)
        ? (raw as readonly unknown[]).filter((v) => v !== null && v !== undefined).map(String)
        : [String(raw)];
      this.exact.set(key, values);
      const lower = key.toLowerCase();
      if (!this.folded.has(lower)) this.folded.set(lower, values);
    }
  }

  /** The key's values as strings, or undefined when the key is absent. */
  get(key: string): readonly string[] | undefined {
    return this.exact.get(key) ?? this.folded.get(key.toLowerCase());
  }

  /** `get` for callers that fold the key once (compiled policies): `folded` is `key.toLowerCase()`. */
  lookup(key: string, folded: string): readonly string[] | undefined {
    return this.exact.get(key) ?? this.folded.get(folded);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The keys given, as the caller spelled them. */
  keys(): IterableIterator<string> {
    return this.exact.keys();
  }
}
