import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, maskIdNumber, maskPhone, todayInCounty } from './format';

describe('county formats', () => {
  it('counts the day in county time, not the phone’s', () => {
    // 17:30 UTC on 30 November is already 1 December in the county (UTC+8)
    expect(todayInCounty(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(todayInCounty(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11-30');
  });

  it('writes dates and times the zh-CN way', () => {
    document.documentElement.lang = 'zh-CN';
    expect(formatDate('2026-11-30')).toBe('2026年11月30日');
    expect(formatDateTime('2026-11-30T17:30:00Z')).toBe('2026/12/01 01:30');
  });

  it('masks ID numbers and phones it shows to those who may not see them whole', () => {
    expect(maskIdNumber('410581198005120035')).toBe('4105**********0035');
    expect(maskPhone('13800000000')).toBe('138****0000');
    expect(maskIdNumber('4105**********0035')).toBe('4105**********0035');
  });
});
