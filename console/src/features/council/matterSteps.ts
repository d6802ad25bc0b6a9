import type { Matter, MatterStage } from './api';
import type { QuorumRule } from './votes';

/**
 * The six steps of "four discussions, two openness", in the only order the law allows. The
 * timeline offers the one step that may come next and nothing else: the two publications only
 * after the representatives' (or villagers') meeting adopted the matter.
 */
export const MATTER_STAGES: readonly MatterStage[] = [
  'PROPOSAL',
  'TWO_COMMITTEES',
  'PARTY_MEMBERS',
  'REPRESENTATIVES',
  'RESOLUTION_PUBLISHED',
  'RESULT_PUBLISHED',
];

/** The address of each step after the proposal, under `/api/v1/council/matters/{id}/`. */
export const STEP_PATH: Partial<Record<MatterStage, string>> = {
  TWO_COMMITTEES: 'two-committees',
  PARTY_MEMBERS: 'party-members',
  REPRESENTATIVES: 'representatives',
  RESOLUTION_PUBLISHED: 'resolution',
  RESULT_PUBLISHED: 'result',
};

/** The quorum each deliberating step is counted with; publications are not votes. */
export const STEP_QUORUM: Partial<Record<MatterStage, QuorumRule>> = {
  PROPOSAL: 'MORE_THAN_HALF',
  TWO_COMMITTEES: 'MORE_THAN_HALF',
  PARTY_MEMBERS: 'MORE_THAN_HALF',
  REPRESENTATIVES: 'TWO_THIRDS',
};

export function isPublication(stage: MatterStage): boolean {
  return stage === 'RESOLUTION_PUBLISHED' || stage === 'RESULT_PUBLISHED';
}

/**
 * The step that may be recorded next, or none: a matter still in deliberation goes to the next
 * meeting; an adopted one publishes its resolution, then its result; a rejected or completed
 * matter takes no further step.
 */
export function nextStage(matter: Pick<Matter, 'stage' | 'status'>): MatterStage | undefined {
  const index = MATTER_STAGES.indexOf(matter.stage);
  switch (matter.status) {
    case 'IN_PROGRESS':
      // the representatives' meeting always ends deliberation (adopted or rejected)
      return index >= 0 && index < MATTER_STAGES.indexOf('REPRESENTATIVES') ? MATTER_STAGES[index + 1] : undefined;
    case 'ADOPTED':
      if (matter.stage === 'REPRESENTATIVES') return 'RESOLUTION_PUBLISHED';
      if (matter.stage === 'RESOLUTION_PUBLISHED') return 'RESULT_PUBLISHED';
      return undefined;
    default:
      return undefined;
  }
}
