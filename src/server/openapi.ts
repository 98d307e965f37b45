/**
 * The OpenAPI 3.1 description of `mamori serve`'s API (served at /api/v1/openapi.json). Written out
 * rather than generated: the API is small, and a test checks that every route the server answers
 * is described here and every described route answers.
 */
import { SORTS } from '../app/findings.js';

const filterParams = [
  ['status', 'Workflow statuses, comma-separated (NEW, NOTIFIED, SUPPRESSED, RESOLVED).'],
  ['severity', 'One severity = at least that severity; several = exactly those.'],
  ['risk', 'One risk level = at least that level; several = exactly those.'],
  ['provider', 'Clouds (aws, gcp, azure).'],
  ['scope', 'AWS account ids, Google Cloud project ids, Azure subscription ids, or a node above them (organizations/…, folders/…).'],
  ['account', 'Same as scope.'],
  ['region', 'Regions.'],
  ['rule', 'Rule ids.'],
  ['source', 'Sources (mamori, securityhub, guardduty, prowler, trivy, …).'],
  ['kind', 'Kinds (posture, threat, vulnerability, sequence).'],
  ['since', 'Last seen since: an ISO date or a duration such as 7d / 24h.'],
  ['resourceType', 'Resource types (AWS::S3::Bucket, …).'],
  ['control', 'Framework controls as framework:control (cis-aws-3.0:2.1.1, fsbp:S3.5); findings mapped to any of them.'],
  ['tag', 'Resource tags as key=value, comma-separated (every one must match).'],
  ['resource', 'Resource uids (ARNs, …).'],
].map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));

const error = { description: 'A one-line error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'mamori API',
      version,
      description: 'The findings hub of mamori: the same application functions as the mamori CLI (findings list / show / update / insights).',
    },
    paths: {
      '/api/v1/health': { get: { summary: 'Liveness and version', responses: { 200: json('Server is up') } } },
      '/api/v1/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI document') } } },
      '/api/v1/overview': {
        get: {
          summary: 'Posture scores per framework and scan, the latest scan and what it changed, open findings by severity, risk, provider and scope, the riskiest open findings and the open attack sequences',
          responses: { 200: json('Overview') },
        },
      },
      '/api/v1/findings': {
        get: {
          summary: 'Findings, highest risk first (or in another order: sort)',
          parameters: [
            ...filterParams,
            {
              name: 'sort',
              in: 'query',
              description: 'risk (default: risk, severity, last seen, id), severity (severity, risk, last seen, id), lastSeen (most recently seen first), firstSeen (newest findings first); all descending. A page token is only good for the order it came from.',
              schema: { type: 'string', enum: SORTS, default: 'risk' },
            },
            { name: 'limit', in: 'query', description: 'Page size (1-1000, default 50).', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
            { name: 'offset', in: 'query', description: 'Skip this many (prefer `after`: a deep offset walks every row before it).', schema: { type: 'integer', minimum: 0 } },
            { name: 'after', in: 'query', description: 'The `next` token of the previous page (keyset pagination), asked with the same sort; another order\'s token is a 400 BAD_CURSOR.', schema: { type: 'string' } },
            { name: 'total', in: 'query', description: '`false` skips counting the matches.', schema: { type: 'string', enum: ['true', 'false'] } },
          ],
          responses: { 200: json('A page of findings', { $ref: '#/components/schemas/FindingPage' }), 400: error },
        },
      },
      '/api/v1/findings/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, description: 'Finding id or a unique prefix of it.', schema: { type: 'string' } }],
        get: { summary: 'One finding with its audit history', responses: { 200: json('Finding and history'), 404: error, 409: error } },
        patch: {
          summary: 'Change the workflow status and/or add a note (audited under the person)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', properties: { status: { type: 'string', enum: ['NEW', 'NOTIFIED', 'SUPPRESSED', 'RESOLVED'] }, note: { type: 'string' } } } } },
          },
          responses: { 200: json('What changed, and the finding now'), 400: error, 404: error },
        },
      },
      '/api/v1/findings/bulk': {
        post: {
          summary: 'Change up to 1,000 findings at once (bulk triage); `until` ends a suppression (the next scan after it reopens a finding still failing)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' }, maxItems: 1000 }, status: { type: 'string' }, note: { type: 'string' }, until: { type: 'string', format: 'date-time' } } } } },
          },
          responses: { 200: json('How many changed'), 400: error },
        },
      },
      '/api/v1/scopes': { get: { summary: 'Every scope (AWS account, Google Cloud project, Azure subscription) with open findings by severity, its control score after triage and its riskiest findings', parameters: filterParams, responses: { 200: json('Scopes') } } },
      '/api/v1/scopes/{scope}': {
        parameters: [{ name: 'scope', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'One scope, with its score per framework', responses: { 200: json('Scope'), 404: error } },
      },
      '/api/v1/compliance': { get: { summary: 'Control score per framework after triage', parameters: filterParams, responses: { 200: json('Frameworks') } } },
      '/api/v1/compliance/{framework}': {
        parameters: [{ name: 'framework', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'Every control of a framework with its title, status over the scopes and its checks', parameters: filterParams, responses: { 200: json('Controls'), 404: error } },
      },
      '/api/v1/compliance/{framework}/{control}': {
        parameters: [
          { name: 'framework', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'control', in: 'path', required: true, schema: { type: 'string' } },
        ],
        get: { summary: 'One control and the findings (resources) that decide it', parameters: filterParams, responses: { 200: json('Control'), 404: error } },
      },
      '/api/v1/sequences': { get: { summary: 'Attack sequences with their timeline view, open first', parameters: filterParams, responses: { 200: json('Sequences') } } },
      '/api/v1/sequences/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'One attack sequence: finding, history and timeline view', responses: { 200: json('Sequence'), 404: error } },
      },
      '/api/v1/attack-paths': { get: { summary: 'Failing attack-path findings (toxic combinations), each with its ordered steps in evidence.paths', parameters: filterParams, responses: { 200: json('Attack paths') } } },
      '/api/v1/resources': {
        get: {
          summary: 'Resources that findings name, searched by uid or name, most open findings first',
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, ...filterParams],
          responses: { 200: json('Resources') },
        },
      },
      '/api/v1/resources/{uid}': {
        parameters: [{ name: 'uid', in: 'path', required: true, description: 'The resource uid, URL-encoded.', schema: { type: 'string' } }],
        get: { summary: 'One resource and every finding about it', responses: { 200: json('Resource'), 404: error } },
      },
      '/api/v1/settings': { get: { summary: 'Automation rules, suppressions and notification targets, secrets left out', responses: { 200: json('Settings') } } },
      '/api/v1/session': {
        get: { summary: 'The mode (local / team), the signed-in person and the CSRF token to send as X-CSRF-Token', responses: { 200: json('Session') } },
        post: {
          summary: 'Sign in with a local user (sets the mamori_session cookie)',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name', 'password'], properties: { name: { type: 'string' }, password: { type: 'string' } } } } } },
          responses: { 200: json('Signed in'), 401: error, 429: error },
        },
        delete: { summary: 'Sign out', responses: { 204: { description: 'Signed out' } } },
      },
      '/api/v1/session/oidc/login': { get: { summary: 'Sign in with OpenID Connect: redirects to the identity provider', responses: { 302: { description: 'To the identity provider' } } } },
      '/api/v1/session/oidc/callback': { get: { summary: 'Where the identity provider sends the browser back', responses: { 302: { description: 'Signed in: to the dashboard' } } } },
      '/api/v1/insights': {
        get: {
          summary: 'Finding counts grouped by a field, with the posture score history and the latest scan',
          parameters: [
            { name: 'groupBy', in: 'query', description: 'provider, rule, account, region, resourceType, severity, risk, status, compliance, source, kind, or framework:<id>.', schema: { type: 'string' } },
            { name: 'limit', in: 'query', description: 'Groups (1-1000, default 20).', schema: { type: 'integer' } },
            ...filterParams,
          ],
          responses: { 200: json('Groups and scores'), 400: error },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        FindingPage: {
          type: 'object',
          properties: {
            total: { type: 'integer', description: 'Matches in all (absent with total=false).' },
            offset: { type: 'integer' },
            findings: { type: 'array', items: { type: 'object' } },
            next: { type: 'string', description: 'Token for the next page, when this one is full.' },
          },
        },
      },
    },
  };
}
