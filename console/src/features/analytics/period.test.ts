import { describe, expect, it } from 'vitest';
import { daysOf, periodFrom, periodParams, switchKind } from './period';

const from = (query: string) => periodFrom(new URLSearchParams(query), '2026-11-30');

describe('the period in the address', () => {
  it('reads a month, a quarter, a year or a range of days, and this month otherwise', () => {
    expect(from('period=2026-10')).toEqual({ kind: 'month', value: '2026-10' });
    expect(from('period=2026-Q3')).toEqual({ kind: 'quarter', value: '2026-Q3' });
    expect(from('period=2025')).toEqual({ kind: 'year', value: '2025' });
    expect(from('from=2026-11-03&to=2026-11-20')).toEqual({ kind: 'range', from: '2026-11-03', to: '2026-11-20' });
    // what the route would refuse is not sent: the screen shows this month instead
    for (const wrong of ['', 'period=2026-13', 'period=2026-Q5', 'period=soon', 'from=2026-11-20&to=2026-11-03', 'from=2026-11-03']) {
      expect(from(wrong)).toEqual({ kind: 'month', value: '2026-11' });
    }
  });

  it('gives the days a period covers, leap years and quarters included', () => {
    expect(daysOf({ kind: 'month', value: '2028-02' })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(daysOf({ kind: 'quarter', value: '2026-Q4' })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(daysOf({ kind: 'quarter', value: '2026-Q2' })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(daysOf({ kind: 'year', value: '2026' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('keeps the same days when another kind of period is chosen', () => {
    const november = { kind: 'month' as const, value: '2026-11' };
    expect(switchKind(november, 'quarter')).toEqual({ kind: 'quarter', value: '2026-Q4' });
    expect(switchKind(november, 'year')).toEqual({ kind: 'year', value: '2026' });
    expect(switchKind(november, 'range')).toEqual({ kind: 'range', from: '2026-11-01', to: '2026-11-30' });
    expect(switchKind({ kind: 'range', from: '2026-05-10', to: '2026-08-01' }, 'month')).toEqual({ kind: 'month', value: '2026-05' });
  });

  it('writes the parameters the indicators route takes', () => {
    expect(periodParams({ kind: 'quarter', value: '2026-Q4' })).toEqual({ period: '2026-Q4' });
    expect(periodParams({ kind: 'range', from: '2026-11-01', to: '2026-11-15' })).toEqual({ from: '2026-11-01', to: '2026-11-15' });
  });
});
