import { describe, expect, it } from 'vitest';
import { countyWallClock, instantOfCountyTime } from './fields';
import { phaseOf } from './Elections';

describe('county time for the voting window', () => {
  it('reads a picked wall-clock time as China Standard Time, whatever the computer’s zone', () => {
    expect(instantOfCountyTime('2026-12-01T08:30')).toBe('2026-12-01T00:30:00.000Z');
    // just after midnight in the county is still the day before in UTC
    expect(instantOfCountyTime('2026-12-01T00:15')).toBe('2026-11-30T16:15:00.000Z');
  });

  it('shows a stored instant on the county’s clock', () => {
    expect(countyWallClock('2026-11-30T23:49:55.399Z')).toBe('2026-12-01T07:49');
    expect(countyWallClock(instantOfCountyTime('2027-01-01T09:00'))).toBe('2027-01-01T09:00');
  });
});

describe('where an election stands', () => {
  const window = { opensAt: '2026-12-01T01:00:00Z', closesAt: '2026-12-01T09:00:00Z' };
  it('takes ballots from its opening until (not at) its closing, then waits to be counted', () => {
    expect(phaseOf({ ...window, status: 'OPEN' }, Date.parse('2026-12-01T00:59:59Z'))).toBe('upcoming');
    expect(phaseOf({ ...window, status: 'OPEN' }, Date.parse('2026-12-01T01:00:00Z'))).toBe('voting');
    expect(phaseOf({ ...window, status: 'OPEN' }, Date.parse('2026-12-01T09:00:00Z'))).toBe('awaitingClose');
    expect(phaseOf({ ...window, status: 'CLOSED' }, Date.parse('2026-12-01T05:00:00Z'))).toBe('closed');
  });
});
