// Swagger UI for one county (the gateway's /docs/<county>/swagger-ui): that county's documents, and
// Authorize logging in to its realm with the authorization code and PKCE. The page names the settings.
window.onload = () => {
  const root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    configUrl: root.dataset.configUrl,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    validatorUrl: '',
  });
  window.ui.initOAuth({ clientId: root.dataset.clientId, usePkceWithAuthorizationCodeGrant: true });
};
