/** Application Gateway helpers shared by the gateway rules. Pure functions. */
import type { ApplicationGatewayConfig } from '../../../../src/providers/azure/model/index.js';

/** The gateway's tier: `sku.tier`, or derived from `sku.name` (`WAF_v2`, `Standard_Medium`). */
export function gatewayTier(gw: ApplicationGatewayConfig): string | undefined {
  if (gw.sku?.tier) return gw.sku.tier;
  const name = gw.sku?.name;
  if (!name) return undefined;
  if (name === 'Standard_v2' || name === 'WAF_v2' || name === 'Basic') return name;
  return name.startsWith('WAF_') ? 'WAF' : name.startsWith('Standard_') ? 'Standard' : name;
}

/** Whether the gateway terminates TLS: an HTTPS listener, or a TLS (layer 4) listener. */
export function hasTlsListener(gw: ApplicationGatewayConfig): boolean {
  return (gw.httpListeners ?? []).some((l) => l.protocol === 'Https') || (gw.listeners ?? []).some((l) => l.protocol === 'Tls');
}
