import { Role, type RoleName } from '../../auth/roles';
import { TRANSFERRED_TO_MEDIATION, type GridReport, type ReportStatus } from './api';
import { todayInCounty } from '../../common/format';

/** The steps of a grid report's handling (POST /api/v1/grid/reports/{id}/<step>). */
export type ReportStep = 'accept' | 'solve' | 'transfer' | 'close';

/**
 * What grid-service lets a report go through from each status (GridReport): a reported one is
 * accepted (a dispute then goes to people's mediation at once); an accepted one is solved on the
 * spot or transferred to a department; a solved or transferred one is closed; a closed one is done.
 * The screens offer only these, so a wrong step (409) happens only when someone else was quicker.
 */
const NEXT_STEPS: Record<ReportStatus, ReportStep[]> = {
  REPORTED: ['accept'],
  ACCEPTED: ['solve', 'transfer'],
  SOLVED_ON_SPOT: ['close'],
  TRANSFERRED: ['close'],
  CLOSED: [],
};

/** Who handles grid reports (GridReportController HANDLERS); grid workers only report and read them. */
export const REPORT_HANDLERS: RoleName[] = [Role.CountyAdmin, Role.TownshipOfficer, Role.VillageCadre];

export function legalSteps(status: ReportStatus, roles: RoleName[]): ReportStep[] {
  return roles.some((role) => REPORT_HANDLERS.includes(role)) ? NEXT_STEPS[status] : [];
}

export function wentToMediation(report: Pick<GridReport, 'status' | 'transferredTo'>): boolean {
  return report.status !== 'REPORTED' && report.transferredTo === TRANSFERRED_TO_MEDIATION;
}

/** A transfer past its deadline (as grid-service counts it: the deadline day itself is still in time). */
export function isOverdue(report: Pick<GridReport, 'status' | 'deadline'>, today: string = todayInCounty()): boolean {
  return report.status === 'TRANSFERRED' && !!report.deadline && report.deadline < today;
}

/** The first day a transfer's deadline may be: grid-service wants one after today (county time). */
export function earliestDeadline(today: string = todayInCounty()): string {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
