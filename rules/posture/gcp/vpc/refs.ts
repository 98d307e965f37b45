/**
 * References between Compute Engine resources. The APIs point at each other with URLs in several
 * spellings (`https://www.googleapis.com/compute/v1/projects/p/global/networks/n`,
 * `https://compute.googleapis.com/compute/beta/…`, Cloud Asset Inventory names
 * `//compute.googleapis.com/projects/p/global/networks/n`); rules compare them by their
 * `projects/…/<collection>/<name>` path. Shared by the vpc, dns and loadbalancing rules. Pure functions.
 */
import type { Resource } from '../../../../src/model/types.js';

const PATH = /(projects\/[^/]+\/(?:global|regions\/[^/]+|zones\/[^/]+)\/[A-Za-z]+\/[^/?#]+)\/?(?:[?#].*)?$/;

/** `projects/p/global/networks/n` for any URL or full resource name of a Compute Engine resource; undefined when it is not one. */
export function computePath(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  return PATH.exec(ref.trim())?.[1];
}

/** The path of a collected Compute Engine resource: from its selfLink when present, else from its uid. */
export function resourcePath(resource: Resource<{ selfLink?: string }>): string | undefined {
  return computePath(resource.config.selfLink) ?? computePath(resource.uid);
}

/** The last segment of a URL or path (`…/networks/default` → `default`). */
export function lastSegment(ref: string | undefined): string {
  if (!ref) return '';
  const parts = ref.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1] ?? ref;
}
