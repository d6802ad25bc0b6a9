/** What the gateway tells the console at start (`/console-config.json`): where Keycloak is and which counties exist. */
export interface County {
  id: string;
  name: string;
}

export interface ConsoleConfig {
  keycloakUrl: string;
  platformRealm: string;
  clientId: string;
  timeZone: string;
  counties: County[];
}

let loaded: Promise<ConsoleConfig> | undefined;

export function consoleConfig(): Promise<ConsoleConfig> {
  loaded ??= fetch('/console-config.json', { headers: { Accept: 'application/json' } }).then((response) => {
    if (!response.ok) {
      loaded = undefined;
      throw new Error(`console-config.json: ${response.status}`);
    }
    return response.json() as Promise<ConsoleConfig>;
  });
  return loaded;
}
