// stands in for a hashed asset of the console's build in the gateway's tests
document.getElementById('root').dataset.loaded = 'gateway-test-asset';
