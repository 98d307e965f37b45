/** Google Cloud collector error lines pass the shared scrubber: no token, key or JWT an API echoes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gcpErrorMessage } from '../../../../src/providers/gcp/collect/errors.js';

describe('gcpErrorMessage', () => {
  it('keeps status and message, drops what the endpoint echoed of the credentials', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzYUBwLmlhbS5nc2VydmljZWFjY291bnQuY29tIn0.c2lnbmF0dXJl';
    const pem = '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n';
    const err = {
      message: 'Request failed',
      response: {
        status: 401,
        data: { error: { code: 401, status: 'UNAUTHENTICATED', message: `Invalid assertion ${jwt}; key "private_key": "${pem}"; token ya29.a0AfB_byCexample; url https://x.googleapis.com/v1/p?key=AIzaSyD-example0123456789012345678901&alt=json` } },
      },
    };
    const line = gcpErrorMessage(err);
    assert.match(line, /^401 UNAUTHENTICATED: Invalid assertion /);
    for (const secret of [jwt.slice(0, 30), 'MIIEvQIBADAN', 'a0AfB_byCexample', 'AIzaSyD-example']) assert.ok(!line.includes(secret), `${secret} in ${line}`);
  });
});
