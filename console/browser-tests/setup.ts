import { ApiFailure, apiGet, apiPost, apiPut, countyToday, tokenOf, type Page, type Person } from './api';

/** Preconditions the scenarios need, made through the API by the people who would make them. */

export const admin = (county: string): Person => ({ county, username: 'admin' });

export interface Household {
  id: string;
  villageId: string;
  headName: string;
  address: string;
  version: number;
}

/** A demo household of Huashi by its head's name (infra/demo.py seeds Li Ming, Zhang Hua, Wang Fang). */
export async function demoHousehold(county: string, headName: string): Promise<Household> {
  const found = await apiGet<Page<Household>>(
    admin(county),
    `grid/households?villageId=v-huashi&name=${encodeURIComponent(headName)}`,
  );
  const household = found.items.find((item) => item.headName === headName);
  if (!household) {
    throw new Error(`the demo household of ${headName} is missing in ${county}: is the stack's demo data seeded?`);
  }
  return household;
}

/**
 * A household of `villageId` headed by `headName`, registered by the county admin unless it is
 * there from an earlier run (the name says which test it serves, so runs do not pile them up).
 */
export async function householdOf(county: string, villageId: string, headName: string, address: string): Promise<Household> {
  const found = await apiGet<Page<Household>>(
    admin(county),
    `grid/households?villageId=${villageId}&name=${encodeURIComponent(headName)}`,
  );
  const existing = found.items.find((item) => item.headName === headName);
  if (existing) {
    return existing;
  }
  return apiPost<Household>(admin(county), 'grid/households', { villageId, address, headName, residents: [], tags: [] });
}

const cadre = (county: string): Person => ({ county, username: 'cadre' });

interface Council {
  id: string;
  naturalVillageId: string;
  seats: number;
  currentTerm?: { start: string };
}

export interface Election {
  id: string;
  councilId: string;
  title: string;
  status: 'OPEN' | 'CLOSED';
  closesAt: string;
  candidates: { id: string; name: string }[];
  results?: { name: string; votes: number; elected: boolean }[];
  ballotsCast: number;
}

/** The villagers' council of Huashi's East Bay (where the demo villager's household lives), formed once. */
export async function eastBayCouncil(county: string): Promise<Council> {
  const found = await apiGet<Page<Council>>(cadre(county), 'council/councils?villageId=v-huashi&size=50');
  const existing = found.items.find((council) => council.naturalVillageId === 'n-huashi-east');
  if (existing) {
    return existing;
  }
  return apiPost<Council>(cadre(county), 'council/councils', {
    villageId: 'v-huashi',
    naturalVillageId: 'n-huashi-east',
    name: '东湾村民理事会',
    seats: 5,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Closes an election once its voting window is over (waiting for that), as the cadre would. */
export async function closeWhenOver(county: string, election: Pick<Election, 'id' | 'closesAt'>): Promise<Election> {
  // a second past the service's own clock: it refuses closing before closesAt
  await sleep(Date.parse(election.closesAt) - Date.now() + 1500);
  return apiPost<Election>(cadre(county), `council/elections/${election.id}/close`, {});
}

/**
 * An election of the East Bay council open for `seconds` from now. A council holds one open
 * election at a time, so one an earlier run left open is closed first.
 */
export async function openElection(county: string, title: string, candidates: string[], seats: number, seconds: number): Promise<Election> {
  const council = await eastBayCouncil(county);
  const elections = await apiGet<Page<Election>>(cadre(county), `council/elections?councilId=${council.id}&size=50`);
  for (const leftover of elections.items.filter((election) => election.status === 'OPEN')) {
    await closeWhenOver(county, leftover);
  }
  // the new term starts today, or with the current one if that was set to start later
  const current = (await apiGet<Council>(cadre(county), `council/councils/${council.id}`)).currentTerm?.start;
  const termStart = current && current > countyToday() ? current : countyToday();
  const [year, month, day] = termStart.split('-').map(Number);
  // a five-year term (the 28th at most: no 29 February five years on)
  const termEnd = new Date(Date.UTC(year + 5, month - 1, Math.min(day, 28))).toISOString().slice(0, 10);
  return apiPost<Election>(cadre(county), 'council/elections', {
    councilId: council.id,
    title,
    seats,
    termStart,
    termEnd,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + seconds * 1000).toISOString(),
    candidates: candidates.map((name) => ({ name, category: 'CAPABLE_PERSON' })),
  });
}

/**
 * The villagers' representatives' roster of Huashi (the three demo households), which a
 * representatives' meeting counts its quorum on; set by the cadre unless one is there.
 */
export async function huashiRepresentatives(county: string): Promise<void> {
  try {
    await apiGet(cadre(county), 'council/villages/v-huashi/representatives');
    return;
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.status !== 404) throw error;
  }
  const households = await Promise.all(['Li Ming', 'Zhang Hua', 'Wang Fang'].map((head) => demoHousehold(county, head)));
  await apiPut(cadre(county), 'council/villages/v-huashi/representatives', {
    representatives: households.map((household) => ({ householdId: household.id, name: household.headName })),
  });
}

/** The account id (token subject) of a demo user, as Keycloak issues it. */
export async function subjectOf(county: string, username: string): Promise<string> {
  const token = await tokenOf(county, username);
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string };
  return payload.sub;
}

export interface Passbook {
  householdId: string;
  balance: number;
  entries: { items: { ruleCode?: string; amount: number }[]; totalItems: number };
}

/** The villager's passbook (`/accounts/mine`), linked first by the cadre to Li Ming's household, which the villager heads. */
export async function villagersPassbook(county: string): Promise<Passbook> {
  const villager = { county, username: 'villager' };
  try {
    return await apiGet<Passbook>(villager, 'points/accounts/mine?size=200');
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.status !== 404) throw error;
  }
  const household = await demoHousehold(county, 'Li Ming');
  await apiPut(cadre(county), `points/accounts/${household.id}/holder`, { subject: await subjectOf(county, 'villager') });
  return apiGet<Passbook>(villager, 'points/accounts/mine?size=200');
}
