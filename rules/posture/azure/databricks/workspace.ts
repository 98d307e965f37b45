/** Reading a Databricks workspace's custom parameters (each `{ type, value }`). */
import type { DatabricksWorkspaceConfig } from '../../../../src/providers/azure/model/index.js';

type Params = NonNullable<DatabricksWorkspaceConfig['parameters']>;

export function param<K extends keyof Params>(c: DatabricksWorkspaceConfig, key: K): unknown {
  const p = c.parameters?.[key] as { value?: unknown } | undefined;
  return p?.value;
}

/** The VNet id when the workspace is deployed in a customer-managed VNet (VNet injection). */
export function injectedVnet(c: DatabricksWorkspaceConfig): string | undefined {
  const v = param(c, 'customVirtualNetworkId');
  return typeof v === 'string' && v.trim() ? v : undefined;
}

export const skuName = (c: DatabricksWorkspaceConfig) => String(c.sku?.name ?? '').toLowerCase();
