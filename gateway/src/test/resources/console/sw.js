// stands in for the console's service worker in the gateway's tests
self.addEventListener('fetch', () => {});
