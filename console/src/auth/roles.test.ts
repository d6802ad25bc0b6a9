import { describe, expect, it } from 'vitest';
import { featuresFor } from '../layout/navigation';
import { identityOf } from './roles';

function token(claims: object): string {
  const encode = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('identity from the token', () => {
  it('reads roles, township and village claims, ignoring roles the platform does not know', () => {
    const identity = identityOf(
      token({
        sub: 'u-1',
        iss: 'http://localhost:8180/realms/linxian',
        preferred_username: 'grid',
        name: '王网格',
        township: 't-chengguan',
        village: 'v-huashi',
        realm_access: { roles: ['grid-worker', 'offline_access', 'default-roles-linxian'] },
      }),
    );
    expect(identity).toMatchObject({
      subject: 'u-1',
      realm: 'linxian',
      name: '王网格',
      roles: ['grid-worker'],
      township: 't-chengguan',
      village: 'v-huashi',
    });
  });

  it('shows a role only its own screens', () => {
    expect(featuresFor(['grid-worker']).map((feature) => feature.prefix)).toEqual(['gw']);
    expect(featuresFor(['villager']).map((feature) => feature.prefix)).toEqual(['me']);
    expect(featuresFor(['mediator']).map((feature) => feature.prefix)).toEqual(['mediation']);
    expect(featuresFor(['village-cadre']).map((feature) => feature.prefix)).toEqual(['area', 'council', 'mediation']);
    expect(featuresFor([])).toEqual([]);
  });
});
