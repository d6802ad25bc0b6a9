import { Role, type RoleName } from '../auth/roles';

/**
 * What each role finds in the menu. A feature's screens are one lazily loaded bundle, so a grid
 * worker's phone never downloads a cadre's screens. `label` keys are in i18n/common.ts `nav.*`.
 */
export interface NavItem {
  path: string;
  label: string;
}

export interface Feature {
  /** route prefix under the session's base path */
  prefix: string;
  label: string;
  roles: RoleName[];
  items: NavItem[];
}

export const FEATURES: Feature[] = [
  {
    prefix: 'gw',
    label: 'nav.gridWorker',
    roles: [Role.GridWorker],
    items: [
      { path: 'gw/households', label: 'nav.myGrid' },
      { path: 'gw/pairings', label: 'nav.myPairings' },
      { path: 'gw/visit', label: 'nav.logVisit' },
      { path: 'gw/report', label: 'nav.reportProblem' },
      { path: 'gw/follow-ups', label: 'nav.followUps' },
    ],
  },
  {
    prefix: 'area',
    label: 'nav.area',
    roles: [Role.VillageCadre, Role.TownshipOfficer, Role.CountyAdmin],
    items: [
      { path: 'area/regions', label: 'nav.regions' },
      { path: 'area/households', label: 'nav.households' },
      { path: 'area/reports', label: 'nav.reports' },
    ],
  },
  {
    prefix: 'council',
    label: 'nav.council',
    roles: [Role.VillageCadre, Role.TownshipOfficer, Role.CountyAdmin, Role.CouncilMember],
    items: [
      { path: 'council/suggestions', label: 'nav.suggestions' },
      { path: 'council/matters', label: 'nav.matters' },
      { path: 'council/disclosures', label: 'nav.disclosures' },
      { path: 'council/representatives', label: 'nav.representatives' },
      { path: 'council/elections', label: 'nav.elections' },
      { path: 'council/councils', label: 'nav.councils' },
      { path: 'council/groups', label: 'nav.groups' },
    ],
  },
  {
    prefix: 'mediation',
    label: 'nav.mediation',
    // the mediator's screens; the staff who act on a case by its level (assign, correct parties, paper ratings) use them too
    roles: [Role.Mediator, Role.VillageCadre, Role.TownshipOfficer, Role.CountyAdmin],
    items: [{ path: 'mediation/cases', label: 'nav.myCases' }],
  },
  {
    prefix: 'me',
    label: 'nav.villager',
    roles: [Role.Villager],
    items: [
      { path: 'me/household', label: 'nav.myHousehold' },
      { path: 'me/suggestions', label: 'nav.mySuggestions' },
      { path: 'me/elections', label: 'nav.vote' },
      { path: 'me/disputes', label: 'nav.myDisputes' },
      { path: 'me/disclosures', label: 'nav.readDisclosures' },
      { path: 'me/regulations', label: 'nav.regulations' },
    ],
  },
  {
    prefix: 'analytics',
    label: 'nav.analytics',
    // one screen at three levels: the province's counties, the county's townships, the township's villages
    roles: [Role.ProvincialAdmin, Role.CountyAdmin, Role.TownshipOfficer],
    items: [{ path: 'analytics/indicators', label: 'nav.indicators' }],
  },
  {
    prefix: 'province',
    label: 'nav.platform',
    // the tenant registry; the operator sees no county's figures
    roles: [Role.PlatformOperator],
    items: [{ path: 'province/overview', label: 'nav.tenants' }],
  },
];

export function featuresFor(roles: RoleName[]): Feature[] {
  return FEATURES.filter((feature) => feature.roles.some((role) => roles.includes(role)));
}
