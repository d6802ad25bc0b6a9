import { describe, expect, it } from 'vitest';
import { earliestDeadline, isOverdue, legalSteps, wentToMediation } from './reportSteps';

describe('the steps a grid report allows', () => {
  it('offers a handler exactly the steps grid-service accepts from each status', () => {
    const cadre = ['village-cadre' as const];
    expect(legalSteps('REPORTED', cadre)).toEqual(['accept']);
    expect(legalSteps('ACCEPTED', cadre)).toEqual(['solve', 'transfer']);
    expect(legalSteps('SOLVED_ON_SPOT', cadre)).toEqual(['close']);
    expect(legalSteps('TRANSFERRED', cadre)).toEqual(['close']);
    expect(legalSteps('CLOSED', cadre)).toEqual([]);
  });

  it('offers nothing to someone who only reads reports', () => {
    expect(legalSteps('REPORTED', ['grid-worker'])).toEqual([]);
    expect(legalSteps('ACCEPTED', ['council-member'])).toEqual([]);
  });

  it('counts a transfer overdue only after its deadline day, in county time', () => {
    expect(isOverdue({ status: 'TRANSFERRED', deadline: '2026-12-01' }, '2026-12-02')).toBe(true);
    expect(isOverdue({ status: 'TRANSFERRED', deadline: '2026-12-01' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'CLOSED', deadline: '2026-12-01' }, '2026-12-09')).toBe(false);
  });

  it('wants a deadline after today, across the end of a month and year', () => {
    expect(earliestDeadline('2026-11-30')).toBe('2026-12-01');
    expect(earliestDeadline('2026-12-31')).toBe('2027-01-01');
  });

  it('knows a dispute handed to mediation from a department transfer', () => {
    expect(wentToMediation({ status: 'TRANSFERRED', transferredTo: 'mediation' })).toBe(true);
    expect(wentToMediation({ status: 'TRANSFERRED', transferredTo: '镇水利站' })).toBe(false);
  });
});
