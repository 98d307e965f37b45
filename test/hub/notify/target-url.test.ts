/**
 * A target URL with user:password@ passed validation and then could never be sent (fetch refuses
 * credentials in URLs). It is refused when the config loads, in one line that names the setting
 * and never shows the password.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../../src/config/index.js';
import { MamoriError } from '../../../src/model/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-target-url-'));
const PASSWORD = 'hunter2-very-secret';

async function loadError(yaml: string, env: NodeJS.ProcessEnv = {}): Promise<{ path: string; message: string }> {
  const path = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, yaml);
  try {
    await loadConfig(path, { env, homeDir: dir });
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    return { path, message: err.message };
  }
  return assert.fail('expected the config to be refused');
}

const targets = (url: string, type = 'webhook') =>
  ['notifications:', '  - name: slack', '    type: slack', '    url: https://hooks.slack.com/services/T/B/x', `  - name: hook`, `    type: ${type}`, `    url: ${url}`, ''].join('\n');

describe('notification target URLs with credentials', () => {
  for (const [what, url] of [
    ['user and password', `https://mamori:${PASSWORD}@hooks.example.com/in`],
    ['password only', `https://:${PASSWORD}@hooks.example.com/in`],
    ['user only (a token as the user name)', `http://${PASSWORD}@hooks.example.com/in`],
  ] as const) {
    it(`refuses ${what} in one line without echoing it`, async () => {
      const { path, message } = await loadError(targets(url));
      assert.equal(
        message,
        `${path}:7:10: notifications[1].url: credentials in the URL (user:password@) are not supported; put the token in the path or query, or sign the body with a webhook \`secret\``,
      );
      assert.ok(!message.includes(PASSWORD));
    });
  }

  it('refuses them for Slack and Teams too, and when the URL comes from the environment', async () => {
    const { message } = await loadError(targets('${env:HOOK_URL}', 'teams'), { HOOK_URL: `https://u:${PASSWORD}@example.webhook.office.com/x` });
    assert.match(message, /notifications\[1\]\.url: credentials in the URL/);
    assert.ok(!message.includes(PASSWORD) && !message.includes('\n'), message);
  });

  it('accepts the token in the path or the query', async () => {
    const path = join(dir, 'ok.yaml');
    writeFileSync(path, targets(`https://hooks.example.com/in/${PASSWORD}?code=${PASSWORD}`));
    const config = await loadConfig(path, { env: {}, homeDir: dir });
    assert.equal(config.notifications.length, 2);
  });
});
