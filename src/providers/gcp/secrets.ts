/**
 * What looks like a credential in a metadata value (startup scripts, custom keys). The collector
 * runs this while it reads metadata and keeps only the kinds it found, never the value, so no
 * secret enters a snapshot; the posture rule reports the key and the kinds.
 */
/** What a metadata value may contain; only the kind is reported, never the matched text. */
export const SECRET_PATTERNS: { kind: string; ja: string; test: (value: string) => boolean }[] = [
  { kind: 'private key (PEM)', ja: '秘密鍵（PEM）', test: (v) => /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/.test(v) },
  { kind: 'Google service account key (JSON)', ja: 'Google サービス アカウント キー（JSON）', test: (v) => /"type"\s*:\s*"service_account"/.test(v) && /"private_key(_id)?"\s*:/.test(v) },
  { kind: 'AWS access key id', ja: 'AWS アクセスキー ID', test: (v) => /(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])/.test(v) },
  { kind: 'AWS secret access key', ja: 'AWS シークレット アクセスキー', test: (v) => /aws_secret_access_key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}/i.test(v) },
  { kind: 'Google API key', ja: 'Google API キー', test: (v) => /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/.test(v) },
  { kind: 'GitHub token', ja: 'GitHub トークン', test: (v) => /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/.test(v) },
  { kind: 'Slack token', ja: 'Slack トークン', test: (v) => /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/.test(v) },
  {
    kind: 'hard-coded password or secret assignment',
    ja: 'ハードコードされたパスワードまたはシークレット',
    // `DB_PASSWORD=…`, `"api_key": "…"`; not `$VAR`, `$(gcloud secrets …)`, gcloud's `--secret=NAME`, paths, URLs or Secret Manager names.
    test: (v) =>
      [...v.matchAll(/(?:password|passwd|(?<!--)secret|api[_-]?key|access[_-]?token|auth[_-]?token)["']?\s*[:=]\s*["']?([^\s"'`]{8,})/gi)].some(
        (m) => !/^(?:\$|<|\{\{|\/|~|\.\/|https?:|gs:|projects\/|sm:\/\/)/i.test(m[1]),
      ),
  },
];

/** The kinds of credential a value appears to hold (English names; `secretKindJa` translates them). */
export function secretKinds(value: string): string[] {
  return SECRET_PATTERNS.filter((p) => p.test(value)).map((p) => p.kind);
}

export function secretKindJa(kind: string): string {
  return SECRET_PATTERNS.find((p) => p.kind === kind)?.ja ?? kind;
}
