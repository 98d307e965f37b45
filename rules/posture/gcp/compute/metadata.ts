/**
 * Compute Engine metadata helpers shared by the compute rules: reading a key, the boolean values
 * Compute Engine and the guest environment accept, and how instance metadata overrides the
 * project-wide (common instance) metadata.
 */
import { fail, notAssessed, pass, type EvaluationContext, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type ComputeProjectConfig, type InstanceConfig, type MetadataItems } from '../../../../src/providers/gcp/model.js';
import { isGkeNode } from './instance.js';

/** The raw value of a metadata key (keys are case-sensitive), or undefined when the key is absent. */
export function metadataValue(metadata: MetadataItems | undefined, key: string): string | undefined {
  return metadata?.items?.find((i) => i.key === key)?.value;
}

/**
 * A metadata boolean as Compute Engine reads it: `TRUE`/`true`/`1`/`t` are true, `FALSE`/`false`/`0`/`f`
 * are false (case-insensitive); anything else counts as not set.
 */
export function metadataBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 't') return true;
  if (v === 'false' || v === '0' || v === 'f') return false;
  return undefined;
}

/** Where an effective metadata flag comes from. */
export type FlagSource = 'instance' | 'project' | 'default';

export interface EffectiveFlag {
  key: string;
  /** undefined: set nowhere (the platform default applies). */
  value: boolean | undefined;
  source: FlagSource;
  /** The value as written, for evidence. */
  raw?: string;
}

/** A flag as an instance sees it: its own metadata wins, else the project-wide metadata, else the default. */
export function effectiveFlag(instance: InstanceConfig, project: ComputeProjectConfig | undefined, key: string): EffectiveFlag {
  const own = metadataValue(instance.metadata, key);
  const ownBool = metadataBool(own);
  if (ownBool !== undefined) return { key, value: ownBool, source: 'instance', raw: own };
  const common = metadataValue(project?.commonInstanceMetadata, key);
  const commonBool = metadataBool(common);
  if (commonBool !== undefined) return { key, value: commonBool, source: 'project', raw: common };
  return { key, value: undefined, source: 'default', raw: own ?? common };
}

/** The project-wide Compute Engine settings of a project (compute.projects.get), if collected. */
export function computeProject(ctx: EvaluationContext, projectId: string): Resource<ComputeProjectConfig> | undefined {
  return ctx.byUid<ComputeProjectConfig>(gcpUid.computeProject(projectId));
}

export const projectMetadataMissing = (projectId: string): RuleOutcome =>
  notAssessed(
    {
      en: `The project-wide Compute Engine metadata of ${projectId} was not collected, so the inherited value cannot be determined.`,
      ja: `プロジェクト ${projectId} の Compute Engine プロジェクト全体のメタデータを取得できなかったため、継承される値を判定できません。`,
    },
    { project: projectId },
  );

/**
 * A project-wide metadata flag that must be TRUE in the project's common instance metadata, and that
 * no instance may switch off with its own metadata (GKE nodes excluded, as CIS does for OS Login).
 * Evaluated on the compute.googleapis.com/Project resource; instances are read from the same project.
 */
export function evaluateProjectWideFlag(
  project: Resource<ComputeProjectConfig>,
  ctx: EvaluationContext,
  key: string,
  label: { en: string; ja: string },
): RuleOutcome {
  const raw = metadataValue(project.config.commonInstanceMetadata, key);
  const projectValue = metadataBool(raw);
  const overriding = ctx
    .resources<InstanceConfig>(GCP_TYPES.instance, { account: project.account })
    .filter((i) => !isGkeNode(i.config) && metadataBool(metadataValue(i.config.metadata, key)) === false)
    .map((i) => i.name);
  const evidence = { key, projectValue: raw ?? null, instancesDisabling: overriding };
  if (projectValue !== true) {
    return fail(
      {
        en: `${label.en} is not enabled project-wide in ${project.account}: metadata ${key} is ${raw === undefined ? 'not set' : `"${raw}"`}${overriding.length ? `, and ${overriding.length} instance(s) also disable it (${overriding.join(', ')})` : ''}.`,
        ja: `${project.account} ではプロジェクト全体で${label.ja}が有効になっていません（メタデータ ${key} は${raw === undefined ? '未設定' : `「${raw}」`}）${overriding.length ? `。さらに ${overriding.length} 台のインスタンス（${overriding.join('、')}）が個別に無効化しています` : ''}。`,
      },
      evidence,
    );
  }
  if (overriding.length) {
    return fail(
      {
        en: `${label.en} is enabled project-wide in ${project.account}, but ${overriding.length} instance(s) turn it off with ${key}=FALSE in their own metadata: ${overriding.join(', ')}.`,
        ja: `${project.account} ではプロジェクト全体で${label.ja}が有効ですが、${overriding.length} 台のインスタンスが自身のメタデータ ${key}=FALSE で無効化しています: ${overriding.join('、')}。`,
      },
      evidence,
    );
  }
  return pass(
    {
      en: `${label.en} is enabled project-wide in ${project.account} (${key}=${raw}) and no instance overrides it.`,
      ja: `${project.account} ではプロジェクト全体で${label.ja}が有効（${key}=${raw}）で、無効化しているインスタンスはありません。`,
    },
    evidence,
  );
}
