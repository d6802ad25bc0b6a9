/** The realm roles a token may carry (docs/domain.md "Roles"); the console shows only what a role may do. */
export const Role = {
  CountyAdmin: 'county-admin',
  TownshipOfficer: 'township-officer',
  VillageCadre: 'village-cadre',
  CouncilMember: 'council-member',
  GridWorker: 'grid-worker',
  Mediator: 'mediator',
  PointsClerk: 'points-clerk',
  Villager: 'villager',
  ProvincialAdmin: 'provincial-admin',
  PlatformOperator: 'platform-operator',
} as const;

export type RoleName = (typeof Role)[keyof typeof Role];

/** Who the signed-in person is, read from the access token (never from what a screen claims). */
export interface Identity {
  subject: string;
  username: string;
  name: string;
  realm: string;
  roles: RoleName[];
  township?: string;
  village?: string;
  province?: string;
}

export function hasAnyRole(identity: Identity, ...roles: RoleName[]): boolean {
  return roles.some((role) => identity.roles.includes(role));
}

interface AccessTokenClaims {
  sub: string;
  iss: string;
  preferred_username?: string;
  name?: string;
  township?: string;
  village?: string;
  province?: string;
  realm_access?: { roles?: string[] };
}

const KNOWN = new Set<string>(Object.values(Role));

/** Decodes the token's payload; the gateway and services verify its signature, the console only reads it. */
export function identityOf(accessToken: string): Identity {
  const payload = accessToken.split('.')[1] ?? '';
  const json = new TextDecoder().decode(
    Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')), (c) =>
      c.charCodeAt(0),
    ),
  );
  const claims = JSON.parse(json) as AccessTokenClaims;
  const realm = claims.iss.substring(claims.iss.lastIndexOf('/') + 1);
  return {
    subject: claims.sub,
    username: claims.preferred_username ?? claims.sub,
    name: claims.name ?? claims.preferred_username ?? '',
    realm,
    roles: (claims.realm_access?.roles ?? []).filter((role): role is RoleName => KNOWN.has(role)),
    township: claims.township || undefined,
    village: claims.village || undefined,
    province: claims.province || undefined,
  };
}
