import { Role, type RoleName } from '../../auth/roles';
import { useSession } from '../../auth/AuthContext';

/**
 * What each council role may do, as council-service/README.md's route table says. The service
 * enforces it anyway; the screens only leave out what would be refused.
 */
export interface CouncilAccess {
  /** "W" in the README: record matters, meetings, notices, councils, elections, rosters, groups */
  write: boolean;
  /** answer an assigned suggestion or close one as not feasible: W and the township */
  answerSuggestions: boolean;
  /** a paper ballot is entered by a village cadre only (the county admin does not cast) */
  enterPaperBallots: boolean;
}

export function councilAccess(roles: readonly RoleName[]): CouncilAccess {
  const write = roles.includes(Role.VillageCadre) || roles.includes(Role.CountyAdmin);
  return {
    write,
    answerSuggestions: write || roles.includes(Role.TownshipOfficer),
    enterPaperBallots: roles.includes(Role.VillageCadre),
  };
}

export function useCouncilAccess(): CouncilAccess {
  return councilAccess(useSession().identity.roles);
}
