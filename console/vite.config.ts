/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the gateway at "/", so every asset is same-origin and no
// third-party host is ever contacted (the gateway's Content-Security-Policy says so too).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // .vite/manifest.json: which chunks each screen loads, read by src/bundleSize.test.ts
    manifest: true,
  },
  server: {
    // `npm run dev` against a running stack: the gateway answers the API and the config
    proxy: {
      '/api': 'http://localhost:8080',
      '/console-config.json': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
  },
});
