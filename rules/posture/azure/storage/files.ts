/** Azure Files settings shared by the 9.1.x rules. */
import { notApplicable, notAssessed, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import type { StorageAccountConfig } from '../../../../src/providers/azure/model/index.js';
import { hasFileService, notCollected } from './account.js';

type FileService = NonNullable<StorageAccountConfig['fileService']>;

/** The file service, or the outcome when the account has none or it was not collected. */
export function fileServiceOf(account: Resource<StorageAccountConfig>): FileService | RuleOutcome {
  const c = account.config;
  if (!hasFileService(c)) {
    return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no Azure Files service.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、Azure Files サービスがありません。` });
  }
  if (!c.fileService) return notAssessed(notCollected('file service properties', 'ファイル サービスのプロパティ', account.name));
  return c.fileService;
}

export const isOutcome = (x: FileService | RuleOutcome): x is RuleOutcome => typeof (x as RuleOutcome).status === 'string';

/** A `;`-separated SMB setting as a list; absent or empty means "every value the service supports" (the default). */
export function smbList(value: string | undefined | null, all: readonly string[]): { values: string[]; defaulted: boolean } {
  const values = String(value ?? '').split(';').map((s) => s.trim()).filter(Boolean);
  return values.length ? { values, defaulted: false } : { values: [...all], defaulted: true };
}
