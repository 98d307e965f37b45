/**
 * mamori's AWS policy evaluation engine: the public API. See types.ts for the contract and
 * evaluate.ts for the evaluation logic it encodes.
 */
export type * from './types.js';
export { evaluate, compilePolicySet, compiledPolicy, rcpSupportedServices, strictResourceKind, type CompiledPolicySet, type EvaluateOptions } from './evaluate.js';
export {
  compilePolicy,
  parsePrincipal,
  prepareRequest,
  PolicyError,
  type CompiledPolicy,
  type CompiledStatement,
  type MatchedStatement,
  type PolicyMatch,
  type PreparedRequest,
  type PrincipalGrant,
  type RequestPrincipal,
} from './policy.js';
export { RequestContextView } from './context.js';
