/**
 * The counting rules of a village meeting, as council-service applies them (meeting/Vote.java,
 * meeting/Quorum.java), so a form can explain and check a vote before it is sent:
 * - quorum: more than half of those entitled present (party organisation, two committees,
 *   party members); two thirds of the roll at the villagers' or representatives' meeting;
 * - adoption: more than half of those present vote for (a tie is not adopted);
 * - no more votes than people present.
 */
export type QuorumRule = 'MORE_THAN_HALF' | 'TWO_THIRDS';

export interface VoteCount {
  entitled: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/** The fewest present for a quorum of `entitled`. */
export function quorumNeeds(rule: QuorumRule, entitled: number): number {
  return rule === 'MORE_THAN_HALF' ? Math.floor(entitled / 2) + 1 : Math.ceil((2 * entitled) / 3);
}

export function quorumMet(rule: QuorumRule, present: number, entitled: number): boolean {
  return entitled > 0 && present <= entitled && (rule === 'MORE_THAN_HALF' ? 2 * present > entitled : 3 * present >= 2 * entitled);
}

/** The fewest votes for that adopt among `present`. */
export function adoptionNeeds(present: number): number {
  return Math.floor(present / 2) + 1;
}

export function adopted(votesFor: number, present: number): boolean {
  return 2 * votesFor > present;
}

export interface VoteCheck {
  /** more people present than entitled: the roll or the attendance is wrong */
  overAttended: boolean;
  quorum: boolean;
  quorumNeeds: number;
  /** more votes than people present */
  overVoted: boolean;
  adopted: boolean;
  adoptionNeeds: number;
}

export function checkVote(rule: QuorumRule, count: VoteCount): VoteCheck {
  const cast = count.votesFor + count.votesAgainst + count.abstentions;
  return {
    overAttended: count.present > count.entitled,
    quorum: quorumMet(rule, count.present, count.entitled),
    quorumNeeds: quorumNeeds(rule, count.entitled),
    overVoted: cast > count.present,
    adopted: adopted(count.votesFor, count.present),
    adoptionNeeds: adoptionNeeds(count.present),
  };
}
