/** The credential scrubber: field denylist, value patterns, JSON safety and error lines. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CYCLE, isSecretField, REDACTED, scrubString, scrubText, scrubValue, TOO_DEEP } from '../../src/model/scrub.js';

// Fixed random-looking values (real keys and tokens are random; these must look like them).
const SECRET_KEY = 'q8Xv2Lr0ZkP4tWm9Ns7Yb3Jc1Hd6Fg5Ea0Ui2Ko8';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEHYaCXVzLWVhc3QtMSJHMEUCIQD4vN7q2kLmT9xYzR3pWs8uV1cB6dE0fG5hJ4iK7lM2nAIgOp3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2Qq';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ.c2lnbmF0dXJlLXBhcnQtaGVyZQ';

describe('scrubValue: credential fields', () => {
  it('redacts AWS STS credentials in a CloudTrail event and keeps the access key id', () => {
    const event = {
      eventName: 'GetSessionToken',
      userIdentity: { accessKeyId: 'AKIAYVQ4EXAMPLEDEV01', arn: 'arn:aws:iam::111122223333:user/dev' },
      responseElements: { credentials: { accessKeyId: 'ASIAYVQ4EXAMPLE12345', secretAccessKey: SECRET_KEY, sessionToken: SESSION_TOKEN, expiration: 'Nov 20, 2026, 4:00:00 AM' } },
    };
    const out = scrubValue(event);
    assert.deepEqual(out.responseElements.credentials, { accessKeyId: 'ASIAYVQ4EXAMPLE12345', secretAccessKey: REDACTED, sessionToken: REDACTED, expiration: 'Nov 20, 2026, 4:00:00 AM' });
    assert.equal(out.userIdentity, event.userIdentity, 'unchanged parts are shared, not copied');
    assert.equal(event.responseElements.credentials.secretAccessKey, SECRET_KEY, 'the input is not changed');
  });

  it('covers the response fields of AWS, Google Cloud and Azure that carry credentials', () => {
    const cases: Record<string, unknown> = {
      // AWS
      'IAM CreateAccessKey': { accessKey: { accessKeyId: 'AKIAYVQ4EXAMPLEDEV02', SecretAccessKey: SECRET_KEY, status: 'Active' } },
      'EC2 CreateKeyPair': { keyName: 'k', keyMaterial: PEM },
      'EC2 GetPasswordData': { instanceId: 'i-1', passwordData: 'c2VjcmV0' },
      'Secrets Manager GetSecretValue': { ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:db', SecretString: '{"u":"x"}' },
      'RDS master password': { masterUserPassword: 'hunter22' },
      'ECR GetAuthorizationToken': { authorizationData: [{ authorizationToken: 'QVdTOnNlY3JldA==' }] },
      'IAM service-specific credential': { serviceSpecificCredential: { servicePassword: 'pw-value-1' } },
      // Google Cloud
      'ServiceAccountKey': { name: 'projects/p/serviceAccounts/sa/keys/k', privateKeyData: 'ZXdvZ0lDSjBlWEJsSWpvZ0luTmxjblpwWTJWZllXTmpiM1Z1ZENJcw==' },
      'service account key file': { type: 'service_account', private_key_id: 'abc', private_key: PEM, client_email: 'sa@p.iam.gserviceaccount.com' },
      'OAuth token response': { access_token: 'ya29.a0Af', refresh_token: '1//0g', id_token: JWT, expires_in: 3599 },
      'API key getKeyString': { keyString: 'AIzaSyD-example' },
      'HMAC key': { metadata: { accessId: 'GOOG1E' }, secret: 'bGFyZ2Utc2VjcmV0' },
      // Azure
      'storage listKeys': { keys: [{ keyName: 'key1', value: 'c3RvcmFnZS1rZXk=', permissions: 'FULL' }] },
      'ACR listCredentials': { username: 'reg', passwords: [{ name: 'password', value: 'acr-pw-1' }] },
      'Cosmos listKeys': { primaryMasterKey: 'a', secondaryReadonlyMasterKey: 'b' },
      'Service Bus listKeys': { primaryKey: 'a', primaryConnectionString: 'Endpoint=sb://x/;SharedAccessKey=y' },
      'Graph addPassword': { keyId: 'k', secretText: 'graph-secret', hint: 'gra' },
      'app registration': { clientSecret: 'cs' },
    };
    for (const [name, value] of Object.entries(cases)) {
      const text = JSON.stringify(scrubValue(value));
      assert.ok(text.includes(REDACTED), `${name}: ${text}`);
      for (const secret of [SECRET_KEY, PEM.slice(0, 27), 'c2VjcmV0', 'hunter22', 'QVdTOnNlY3JldA==', 'pw-value-1', 'ZXdvZ0lD', 'ya29.a0Af', '1//0g', 'AIzaSyD', 'bGFyZ2Ut', 'c3RvcmFnZS1rZXk=', 'acr-pw-1', 'SharedAccessKey=y', 'graph-secret', '"cs"', '{"u":"x"}']) {
        assert.ok(!text.includes(secret), `${name} still holds ${secret}: ${text}`);
      }
    }
    // What is not a credential stays: ids, names, hints, key ids, counters.
    const kept = scrubValue({ accessKeyId: 'AKIAYVQ4EXAMPLEDEV02', private_key_id: 'abc', keyName: 'key1', passwordLastUsed: '2026-11-01', nextToken: 'n', tokenCount: 3, isSecret: true, secretArn: 'arn:x', hint: 'gra' });
    assert.deepEqual(kept, { accessKeyId: 'AKIAYVQ4EXAMPLEDEV02', private_key_id: 'abc', keyName: 'key1', passwordLastUsed: '2026-11-01', nextToken: 'n', tokenCount: 3, isSecret: true, secretArn: 'arn:x', hint: 'gra' });
  });

  it('matches field names whatever their case and separators', () => {
    for (const name of ['secretAccessKey', 'SecretAccessKey', 'secret_access_key', 'SECRET-ACCESS-KEY', 'sessionToken', 'x-amz-security-token', 'privateKeyData', 'private_key', 'masterUserPassword', 'clientSecret', 'sasToken', 'Authorization']) {
      assert.ok(isSecretField(name), name);
    }
    for (const name of ['accessKeyId', 'AccessKeyId', 'passwordLastUsed', 'nextToken', 'keyName', 'secretArn', 'eventName', '']) assert.ok(!isSecretField(name), name);
  });
});

describe('scrubValue: value patterns', () => {
  it('finds credentials in strings under innocent names', () => {
    const out = scrubValue({
      commandLine: `aws configure set aws_secret_access_key ${SECRET_KEY}`,
      note: `password=hunter22 token: "abc123def"`,
      header: `Bearer ${JWT}`,
      blob: `key file: ${PEM}`,
      url: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=c2FzLXNpZw%3D%3D&se=2026',
      presigned: 'https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAYVQ4EXAMPLEDEV01%2F20261120&X-Amz-Signature=abcdef0123&X-Amz-Security-Token=FwoGZX',
      db: 'postgres://app:s3cr3t-pw@db.internal:5432/app',
      pair: `AKIAYVQ4EXAMPLEDEV01:${SECRET_KEY}`,
    });
    const text = JSON.stringify(out);
    for (const secret of ['hunter22', 'abc123def', JWT.slice(0, 30), 'MIIEvQIBADAN', 'c2FzLXNpZw', 'abcdef0123', 'FwoGZX', 's3cr3t-pw', SECRET_KEY]) assert.ok(!text.includes(secret), `${secret} in ${text}`);
    assert.match(out.presigned, /X-Amz-Credential=AKIAYVQ4EXAMPLEDEV01/, 'the access key id in a presigned URL stays');
    assert.match(out.pair, /^AKIAYVQ4EXAMPLEDEV01:/);
    assert.match(out.url, /sv=2022-11-02&sig=\[redacted\]&se=2026/);
  });

  it('leaves ordinary event values alone', () => {
    const values = [
      'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod-db-AbCdEf',
      'arn:aws:iam::111122223333:role/service-role/AWSLambdaBasicExecutionRole-2024abcd',
      'aws-cli/2.15.30 Python/3.11.8 Linux/6.6.9 exe/x86_64 command/sts.get-session-token',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
      'The security token included in the request is invalid.',
      'Basic authentication failed',
      'https://example.com/path?page=2',
    ];
    for (const v of values) assert.equal(scrubString(v), v);
  });
});

describe('scrubValue: any JSON, safely', () => {
  it('is cycle-safe and bounded in depth; the result is JSON', () => {
    const a: Record<string, unknown> = { password: 'p1-secret' };
    a.self = a;
    const out = scrubValue(a);
    assert.deepEqual(out, { password: REDACTED, self: CYCLE });
    let deep: Record<string, unknown> = { sessionToken: 'deep-secret' };
    for (let i = 0; i < 500; i++) deep = { d: deep };
    const text = JSON.stringify(scrubValue(deep));
    assert.ok(text.includes(TOO_DEEP) && !text.includes('deep-secret'));
    assert.equal(JSON.stringify(scrubValue(deep, { maxDepth: 1000 })).includes('deep-secret'), false);
  });

  it('keeps shared (non-cyclic) references, prototype keys as data, and non-JSON objects', () => {
    const shared = { clientSecret: 'x-secret' };
    const out = scrubValue({ a: shared, b: shared });
    assert.deepEqual(out, { a: { clientSecret: REDACTED }, b: { clientSecret: REDACTED } });
    const hostile = JSON.parse('{"__proto__": {"password": "proto-secret"}, "constructor": "c"}');
    const clean = scrubValue(hostile) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(clean), Object.prototype, 'a __proto__ key is data, not a prototype');
    assert.equal(JSON.stringify(clean), '{"__proto__":{"password":"[redacted]"},"constructor":"c"}');
    const when = new Date(0);
    assert.equal(scrubValue({ when }).when, when);
    assert.equal(scrubValue(null), null);
    assert.equal(scrubValue('plain'), 'plain');
  });

  it('scrubs a class instance as what it serialises to (lazy log events)', () => {
    class Lazy {
      constructor(readonly raw: Record<string, unknown>) {}
      toJSON() {
        return { kind: 'lazy', raw: this.raw };
      }
    }
    const clean = new Lazy({ eventName: 'ListUsers' });
    assert.equal(scrubValue(clean), clean, 'nothing to remove: the instance itself');
    assert.deepEqual(scrubValue(new Lazy({ responseElements: { credentials: { sessionToken: 't-secret' } } })), { kind: 'lazy', raw: { responseElements: { credentials: { sessionToken: REDACTED } } } });
  });
});

describe('scrubText: lines from remote endpoints', () => {
  it('removes an echoed session token, known secrets and named values; keeps the useful part of the message', () => {
    const line = `InvalidClientTokenId: The security token included in the request is invalid: ${SESSION_TOKEN}`;
    assert.equal(scrubText(line), `InvalidClientTokenId: The security token included in the request is invalid: ${REDACTED}`);
    assert.equal(scrubText('echo hex-like-but-known-secret1 back', { secrets: ['hex-like-but-known-secret1'] }), `echo ${REDACTED} back`);
    assert.equal(scrubText('short known values are ignored: abc', { secrets: ['abc'] }), 'short known values are ignored: abc');
    const denied = 'User: arn:aws:sts::111122223333:assumed-role/OrganizationAccountAccessRole/mamori-collect is not authorized to perform: iam:ListRoles';
    assert.equal(scrubText(denied), denied);
    const keyPath = 'AWSLogs/111122223333/CloudTrail/ap-northeast-1/2026/11/20/111122223333_CloudTrail_ap-northeast-1_20261120T0305Z_AbCdEfGh12345678.json.gz';
    assert.equal(scrubText(`cannot read ${keyPath}`), `cannot read ${keyPath}`);
    assert.equal(scrubText('mamori-sig-0123456789abcdef0123456789abcdef is a hex id'), 'mamori-sig-0123456789abcdef0123456789abcdef is a hex id');
  });

  it('catches random keys written alone in almost every case (measured on fixed samples)', () => {
    // 200 keys from a fixed xorshift32 generator over the base64 alphabet.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let seed = 2463534242;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) >>> 8;
    };
    let caught = 0;
    for (let i = 0; i < 200; i++) {
      let key = '';
      for (let j = 0; j < 40; j++) key += alphabet[next() % 64];
      if (!scrubText(`echo ${key}`).includes(key)) caught++;
    }
    assert.ok(caught >= 190, `${caught}/200`);
  });
});
