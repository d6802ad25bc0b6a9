import { describe, expect, it } from 'vitest';
import { adopted, checkVote, quorumMet, quorumNeeds } from './votes';

describe('quorum and adoption as the service counts them', () => {
  it('needs more than half of those entitled at the party organisation, the two committees and the party members', () => {
    expect(quorumNeeds('MORE_THAN_HALF', 7)).toBe(4);
    expect(quorumMet('MORE_THAN_HALF', 3, 7)).toBe(false);
    expect(quorumMet('MORE_THAN_HALF', 4, 7)).toBe(true);
    // exactly half is not more than half
    expect(quorumNeeds('MORE_THAN_HALF', 6)).toBe(4);
    expect(quorumMet('MORE_THAN_HALF', 3, 6)).toBe(false);
  });

  it('needs two thirds of the roll at the representatives’ or villagers’ meeting', () => {
    expect(quorumNeeds('TWO_THIRDS', 6)).toBe(4);
    expect(quorumMet('TWO_THIRDS', 3, 6)).toBe(false);
    expect(quorumMet('TWO_THIRDS', 4, 6)).toBe(true);
    expect(quorumNeeds('TWO_THIRDS', 10)).toBe(7);
    expect(quorumMet('TWO_THIRDS', 6, 10)).toBe(false);
  });

  it('adopts with more than half of those present voting for; a tie is not adopted', () => {
    expect(adopted(3, 5)).toBe(true);
    expect(adopted(3, 6)).toBe(false);
    expect(adopted(4, 6)).toBe(true);
  });

  it('finds counts that cannot be: more present than entitled, more votes than present', () => {
    expect(checkVote('MORE_THAN_HALF', { entitled: 5, present: 6, votesFor: 6, votesAgainst: 0, abstentions: 0 }).overAttended).toBe(true);
    const overVoted = checkVote('MORE_THAN_HALF', { entitled: 5, present: 3, votesFor: 3, votesAgainst: 1, abstentions: 0 });
    expect(overVoted.overVoted).toBe(true);
    expect(overVoted.quorum).toBe(true);
  });
});
