import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { registerTexts } from '../../i18n';
import { aCase } from './fixtures';
import { texts } from './texts';
import { buildTimeline } from './timeline';

registerTexts('mediation', texts);
const t = i18n.getFixedT('zh-CN', 'mediation');
const names = { party: (id: string) => ({ p1: '李明', p2: '王芳' })[id] ?? id, mediator: (id: string) => (id === 'med-1' ? '王调解' : '周调解') };

describe('the timeline of a case', () => {
  it('tells everything that happened in order, across an escalation by the deadline check', () => {
    const c = aCase({
      openedAt: '2026-11-01T01:00:00Z',
      assignments: [
        { mediatorId: 'med-1', at: '2026-11-01T02:00:00Z' },
        { mediatorId: 'med-2', overrideReason: '熟悉两家情况', at: '2026-11-06T02:00:00Z' },
      ],
      sessions: [{ number: 1, heldOn: '2026-11-03', attendees: ['李明'], notes: '李明陈述' }],
      failures: [{ reason: '王芳未到场', failedOn: '2026-11-04', atLevel: 'VILLAGE' }],
      escalations: [{ fromLevel: 'VILLAGE', toLevel: 'TOWNSHIP', reason: 'overdue: failure deadline passed', at: '2026-11-05T01:00:00Z' }],
      level: 'TOWNSHIP',
      acceptedOn: '2026-11-06',
      status: 'AGREED',
      agreement: { terms: '疏通排水沟', signatures: [{ partyId: 'p1', signedOn: '2026-11-07' }, { partyId: 'p2', signedOn: '2026-11-08' }], reachedOn: '2026-11-08' },
      ratings: [{ partyId: 'p2', score: 5, comment: '满意', at: '2026-11-09T01:00:00Z', paper: true }],
    });
    const entries = buildTimeline(c, t, names);
    expect(entries.map((entry) => entry.title)).toEqual([
      '登记案件（当事人来访）',
      '指派人民调解员：王调解',
      '第 1 次调解会',
      '调解不成（村级）',
      '期限已过，自动由村级升级到乡镇级',
      '改派人民调解员：周调解',
      '受理案件',
      '达成调解协议',
      '王芳 评价 5 分',
    ]);
    expect(entries.find((entry) => entry.key === 'agreement')?.lines).toEqual(['疏通排水沟', '李明 于 2026年11月7日 签字', '王芳 于 2026年11月8日 签字']);
    expect(entries.find((entry) => entry.key === 'assigned-1')?.lines).toEqual(['未采用推荐人选的理由：熟悉两家情况']);
    expect(entries.find((entry) => entry.key === 'rating-p2')?.lines).toEqual(['满意', '（纸质评价，由工作人员录入）']);
  });

  it('leaves out the notes and reasons the service withholds', () => {
    const c = aCase({
      sessions: [{ number: 1, heldOn: '2026-11-03', attendees: [], notes: null }],
      failures: [{ reason: null, failedOn: '2026-11-04', atLevel: 'VILLAGE' }],
      status: 'FAILED',
    });
    const entries = buildTimeline(c, t, names);
    expect(entries.find((entry) => entry.key === 'session-1')?.lines).toEqual([]);
    expect(entries.find((entry) => entry.key === 'failure-0')?.lines).toEqual([]);
  });
});
