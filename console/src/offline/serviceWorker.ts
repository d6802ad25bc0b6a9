/** Registers public/sw.js in the built console (not under the dev server or in tests). */
export function registerServiceWorker() {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
        // without a service worker the console still works online; only the offline start is lost
      });
    });
  }
}
