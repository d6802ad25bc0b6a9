import { describe, expect, it } from 'vitest';
import type { MatterStage, MatterStatus } from './api';
import { MATTER_STAGES, nextStage } from './matterSteps';

describe('the step a matter may take next', () => {
  it('follows the four discussions in order while the matter is in deliberation', () => {
    expect(nextStage({ stage: 'PROPOSAL', status: 'IN_PROGRESS' })).toBe('TWO_COMMITTEES');
    expect(nextStage({ stage: 'TWO_COMMITTEES', status: 'IN_PROGRESS' })).toBe('PARTY_MEMBERS');
    expect(nextStage({ stage: 'PARTY_MEMBERS', status: 'IN_PROGRESS' })).toBe('REPRESENTATIVES');
  });

  it('publishes the resolution, then the result, only once the representatives adopted the matter', () => {
    expect(nextStage({ stage: 'REPRESENTATIVES', status: 'ADOPTED' })).toBe('RESOLUTION_PUBLISHED');
    expect(nextStage({ stage: 'RESOLUTION_PUBLISHED', status: 'ADOPTED' })).toBe('RESULT_PUBLISHED');
    expect(nextStage({ stage: 'RESULT_PUBLISHED', status: 'COMPLETED' })).toBeUndefined();
  });

  it('never offers a publication before adoption, whatever the stage', () => {
    const unadopted: MatterStatus[] = ['IN_PROGRESS', 'REJECTED'];
    for (const status of unadopted) {
      for (const stage of MATTER_STAGES) {
        const next = nextStage({ stage, status });
        expect(next === 'RESOLUTION_PUBLISHED' || next === 'RESULT_PUBLISHED', `${stage} ${status} offered ${next}`).toBe(false);
      }
    }
  });

  it('offers nothing on a rejected matter', () => {
    const stages: MatterStage[] = ['PROPOSAL', 'TWO_COMMITTEES', 'PARTY_MEMBERS', 'REPRESENTATIVES'];
    stages.forEach((stage) => expect(nextStage({ stage, status: 'REJECTED' })).toBeUndefined());
  });
});
