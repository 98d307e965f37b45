/**
 * src/report/sequences-html.ts: the timeline zooms to the sequence, has a lane for every tactic the
 * sequence lists, and never overlaps its step labels (checked on the layout and on the drawn SVG);
 * signal titles are Japanese with --lang ja.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SequenceEvidence, TimelineEntry } from '../../src/correlate/sequence.js';
import { tacticInfo } from '../../src/correlate/tactics.js';
import { renderSequencesHtml, timelineLayout, type SequenceView } from '../../src/report/sequences-html.js';

const T0 = Date.parse('2026-11-19T12:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString().replace('.000Z', 'Z');

function entry(i: number, min: number, tactics: string[], ruleId: string, title: string, lastMin = min): TimelineEntry {
  return {
    time: at(min), lastTime: at(lastMin), tactics, techniques: [], signalId: `s${i}`, ruleId, title, severity: 'HIGH', source: 'mamori',
    actor: 'arn:aws:sts::123456789012:assumed-role/web-server-role/i-0a1b2c3d4e5f60001', sourceIps: ['198.51.100.77'], userAgents: [], resources: [], count: 1,
  };
}

/** A two-hour attack whose C2 and mining traffic runs on for ten more hours; several steps at the same minute. */
function twoHourAttack(): SequenceEvidence {
  const timeline = [
    entry(0, 0, ['TA0043', 'TA0007'], 'aws-flow-port-scan', 'Port scan between two addresses'),
    entry(1, 20, ['TA0001', 'TA0006'], 'aws-ct-instance-credentials-used-outside', 'EC2 instance credentials used from more than one public address', 110),
    entry(2, 20, ['TA0001'], 'aws-ct-intel-source-ip', 'API call from an address on a threat-intelligence list'),
    entry(3, 20, ['TA0001'], 'aws-ct-pentest-user-agent', 'API call from a penetration-testing distribution'),
    entry(4, 21, ['TA0001'], 'aws-ct-pentest-user-agent', 'API call from a penetration-testing distribution'),
    entry(5, 50, ['TA0003', 'TA0004', 'TA0005'], 'aws-ct-instance-role-sensitive-call-denied', 'EC2 instance credentials were denied an IAM, logging or pipeline change'),
    entry(6, 61, ['TA0040'], 'aws-flow-mining-port-outbound', 'Accepted outbound connection to a crypto-mining port', 720),
    entry(7, 61, ['TA0011'], 'aws-flow-intel-match', 'Traffic to or from an address on a threat-intelligence list', 715),
    entry(8, 120, ['TA0112'], 'aws-ct-cloudtrail-logging-stopped', 'CloudTrail logging was stopped or a trail was deleted'),
    entry(9, 120, ['TA0112'], 'mamori-baseline-new-api', 'A principal called an API it had not used before'),
  ];
  return {
    template: 'multi-stage', open: true, firstSeen: at(0), lastSeen: at(720),
    // Listed tactics include some that are only a member's second or third tactic.
    tactics: ['TA0043', 'TA0001', 'TA0006', 'TA0007', 'TA0003', 'TA0004', 'TA0005', 'TA0112', 'TA0011', 'TA0040'],
    techniques: [], entities: [], principals: [], accessKeyIds: [], sourceIps: [], userAgents: [], resources: [], members: timeline.map((t) => t.signalId),
    truncated: 0, steps: [], timeline,
  } as unknown as SequenceEvidence;
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawn step labels and markers, read back from the SVG. */
function drawnBoxes(svg: string): { labels: Box[]; markers: Box[] } {
  const num = (s: string, name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(s)![1]);
  const labels = [...svg.matchAll(/<rect class="label"[^>]*>/g)].map(([r]) => ({ x: num(r, 'x'), y: num(r, 'y'), width: num(r, 'width'), height: num(r, 'height') }));
  const markers = [...svg.matchAll(/<circle [^>]*>/g)].map(([c]) => {
    const r = num(c, 'r');
    return { x: num(c, 'cx') - r, y: num(c, 'cy') - r, width: 2 * r, height: 2 * r };
  });
  return { labels, markers };
}

describe('sequence timeline', () => {
  it('zooms to the steps when long-running members would squeeze them into a corner', () => {
    const layout = timelineLayout(twoHourAttack(), 'en');
    const span = layout.axisEnd - layout.axisStart;
    assert.equal(layout.axisStart, T0);
    assert.ok(span >= 120 * 60_000 && span <= 135 * 60_000, `axis spans ${span / 60_000} min for a 2-hour attack`);
    // The steps use most of the plot's width.
    const xs = layout.markers.map((m) => m.cx);
    assert.ok(Math.max(...xs) - Math.min(...xs) > 0.85 * (layout.plotRight - layout.plotLeft));
    // The members that go on are marked as running past the axis.
    assert.deepEqual(layout.clipped.map((c) => c.entry).sort(), [6, 7]);
  });

  it('uses the whole span when nothing runs on past the steps', () => {
    const ev = twoHourAttack();
    ev.timeline = ev.timeline.map((e) => ({ ...e, lastTime: e.time }));
    const layout = timelineLayout(ev, 'en');
    assert.equal(layout.axisEnd - layout.axisStart, 120 * 60_000);
    assert.equal(layout.clipped.length, 0);
  });

  it('has a lane for every tactic the sequence lists, in ATT&CK stage order', () => {
    const ev = twoHourAttack();
    const layout = timelineLayout(ev, 'en');
    assert.deepEqual(new Set(layout.lanes.map((l) => l.tactic)), new Set(ev.tactics));
    // Each lane holds at least one marker (hollow for a member's other tactics).
    for (const lane of layout.lanes) assert.ok(layout.markers.some((m) => m.tactic === lane.tactic), lane.name);
    assert.ok(layout.markers.some((m) => m.tactic === 'TA0006' && !m.primary));
    const html = renderSequencesHtml([view(ev)], 'en', '2026-11-20T00:00:00Z');
    for (const id of ev.tactics) assert.ok(html.includes(`class="lane-name" x="8" y=`) && html.includes(`>${tacticInfo(id)!.name.en.replace('&', '&amp;')}</text>`), id);
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`never overlaps step labels (${lang}), also with many steps at the same minute`, () => {
      const ev = twoHourAttack();
      // 30 more signals in one minute, all in one lane.
      for (let i = 0; i < 30; i++) ev.timeline.push(entry(10 + i, 30 + (i % 2), ['TA0007'], 'aws-ct-instance-role-discovery-denied', 'Denied enumeration'));
      ev.timeline.sort((a, b) => a.time.localeCompare(b.time));
      const layout = timelineLayout(ev, lang);
      const labels = layout.markers.map((m) => m.label);
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) assert.ok(!intersects(labels[i], labels[j]), `labels ${labels[i].text} and ${labels[j].text} overlap`);
      // And as drawn: no label box over another label or over another step's marker.
      const svg = /<svg[\s\S]*?<\/svg>/.exec(renderSequencesHtml([view(ev)], lang, '2026-11-20T00:00:00Z'))![0];
      const drawn = drawnBoxes(svg);
      assert.equal(drawn.labels.length, layout.markers.length);
      for (let i = 0; i < drawn.labels.length; i++) {
        for (let j = i + 1; j < drawn.labels.length; j++) assert.ok(!intersects(drawn.labels[i], drawn.labels[j]), `drawn labels ${i} and ${j} overlap`);
        drawn.markers.forEach((m, k) => k !== i && assert.ok(!intersects(drawn.labels[i], m), `label ${i} covers marker ${k}`));
      }
      // Lanes do not overlap one another and the picture is as tall as its lanes.
      for (let i = 1; i < layout.lanes.length; i++) assert.ok(layout.lanes[i].y >= layout.lanes[i - 1].y + layout.lanes[i - 1].height);
      // Tick labels do not overlap either.
      for (let i = 1; i < layout.ticks.length; i++) assert.ok(layout.ticks[i].labelX >= layout.ticks[i - 1].labelX + layout.ticks[i - 1].labelWidth);
    });
  }

  it('shows signal titles in Japanese with --lang ja (built-in rules and baselines)', () => {
    const html = renderSequencesHtml([view(twoHourAttack())], 'ja', '2026-11-20T00:00:00Z');
    assert.match(html, /EC2 インスタンスの認証情報が複数のパブリックアドレスから使用された/);
    assert.match(html, /プリンシパルがこれまで使っていなかった API を呼び出した/);
    assert.doesNotMatch(html, /<td><span class="badge[^>]*>[^<]*<\/span> EC2 instance credentials used/);
    assert.match(html, /ステップ 7, 8 の活動は表示範囲の後も 2026-11-20 00:00 まで続いています/);
    // A title the caller knows (a custom rule) wins.
    const custom = renderSequencesHtml([view(twoHourAttack())], 'ja', 'x', new Map([['aws-flow-port-scan', { en: 'Port scan between two addresses', ja: '独自のタイトル' }]]));
    assert.match(custom, /独自のタイトル/);
  });
});

function view(evidence: SequenceEvidence): SequenceView {
  return { id: 'mamori-seq-1', title: 'Multi-stage attack activity — web-1', severity: 'CRITICAL', account: '123456789012', region: 'us-east-1', resourceName: 'web-1', resourceUid: 'i-1', evidence };
}
