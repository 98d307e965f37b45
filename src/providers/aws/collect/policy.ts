/**
 * Parses a JSON policy document returned by an API (bucket, key, repository policies). No
 * policy is null; a document that is not JSON marks `errors[field]` so rules report NOT_ASSESSED
 * instead of treating it as "no policy".
 */
export function parsePolicyText<T>(text: string | undefined, errors: Record<string, string>, field = 'policy'): T | null | undefined {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    errors[field] = 'Unknown';
    return undefined;
  }
}
