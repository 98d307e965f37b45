/**
 * Config shapes of Amazon Bedrock AgentCore resources that run with an execution role. What the
 * privilege-escalation analysis reads: code run in a custom code interpreter's session, a shell
 * command in a runtime's microVM, or a custom browser driven over CDP can read the execution
 * role's credentials from the microVM's metadata service.
 *
 * - AWS::BedrockAgentCore::CodeInterpreterCustom (regional) uid: the codeInterpreterArn
 *   (…:code-interpreter-custom/<id>). AWS's built-in (SYSTEM) code interpreter has no role and is not collected.
 * - AWS::BedrockAgentCore::BrowserCustom (regional) uid: the browserArn (…:browser-custom/<id>).
 *   The built-in browser is not collected either.
 * - AWS::BedrockAgentCore::Runtime (regional) uid: the agentRuntimeArn (…:runtime/<id>), with its
 *   inbound authorisation: IAM (SigV4, the default when no authorizer is configured) or JWT
 *   (a custom JWT authorizer: IAM-signed calls are refused).
 *   Relationships: `uses-role` → the execution role; `in-subnet` → VPC subnets.
 *
 * AgentCore is not offered in every region: a region whose endpoint does not exist yields no
 * resources and no collection error (see the collector).
 * Never in the snapshot: a runtime's environment variables, artifact (container or code location),
 * request headers; a browser's or interpreter's certificates.
 */

export const CODE_INTERPRETER_TYPE = 'AWS::BedrockAgentCore::CodeInterpreterCustom';
export const BROWSER_TYPE = 'AWS::BedrockAgentCore::BrowserCustom';
export const AGENT_RUNTIME_TYPE = 'AWS::BedrockAgentCore::Runtime';
export const AGENTCORE_TYPES = [CODE_INTERPRETER_TYPE, BROWSER_TYPE, AGENT_RUNTIME_TYPE] as const;

/** What the three kinds share. `executionRoleArn` is absent when the Get call failed (errors.executionRoleArn). */
export interface AgentCoreToolConfig {
  name: string;
  id: string;
  /** CREATING | CREATE_FAILED | READY | DELETING | DELETE_FAILED | DELETED. */
  status: string;
  executionRoleArn?: string | null;
  /** PUBLIC | SANDBOX | VPC. */
  networkMode?: string;
  subnetIds?: string[];
  createdAt?: string;
}

export type CodeInterpreterConfig = AgentCoreToolConfig;
export type BrowserConfig = AgentCoreToolConfig;

export interface AgentRuntimeConfig {
  name: string;
  id: string;
  /** CREATING | CREATE_FAILED | UPDATING | UPDATE_FAILED | READY | DELETING | DELETE_FAILED. */
  status: string;
  version?: string;
  /** The execution role; absent when GetAgentRuntime failed (errors.executionRoleArn). */
  executionRoleArn?: string | null;
  /** IAM (no authorizer configured: SigV4) | JWT (customJWTAuthorizer) | another authorizer's name; absent when GetAgentRuntime failed. */
  inboundAuth?: string;
  networkMode?: string;
  subnetIds?: string[];
  createdAt?: string;
}

/** A tool (code interpreter, browser) that exists and is not failed or being removed. */
export const agentCoreToolIsUsable = (status: string | undefined): boolean => status !== undefined && status !== 'CREATE_FAILED' && status !== 'DELETING' && status !== 'DELETED';
/** A runtime that serves: UPDATE_FAILED keeps the previous version running. */
export const agentRuntimeIsUsable = (status: string | undefined): boolean => status !== undefined && status !== 'CREATE_FAILED' && status !== 'DELETING';
