import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * What a grid worker's phone downloads before the first screen shows, measured on the built
 * console (`dist/`, which the Maven build makes before it runs these tests): the entry chunk
 * with its CSS, the grid worker's feature chunk, the households list it opens on (when that is
 * a chunk of its own), and every chunk these import statically, each gzipped as the gateway
 * would send it. Cheap phones on thin village networks are who
 * this is for; the other roles' screens must stay in their own chunks.
 */
const LIMIT_BYTES = 350 * 1024;
const GRID_WORKER_SCREENS = 'src/features/grid-worker/index.tsx';
/** The screen a grid worker lands on (`gw/households`, the first of the role's menu). */
const FIRST_SCREEN = 'src/features/grid-worker/HouseholdsPage.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

// Vitest runs in the console's folder (npm test); import.meta.url is not a file: URL under jsdom
const dist = process.env.CONSOLE_DIST ?? join(process.cwd(), 'dist');

function readManifest(): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: build the console first (npm run build, or the Maven build) — ` +
        'this test measures the built files, with build.manifest enabled in vite.config.ts',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The files a set of chunks brings in: themselves, their CSS and everything they import statically. */
function filesLoadedBy(manifest: Manifest, startKeys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but does not describe it`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  startKeys.forEach(visit);
  return files;
}

describe('the grid worker’s first screen', () => {
  it(`loads at most ${LIMIT_BYTES / 1024} KB of JavaScript and CSS, gzipped`, () => {
    const manifest = readManifest();
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
    expect(entry, 'the manifest has an entry chunk').toBeDefined();
    expect(manifest[GRID_WORKER_SCREENS], `the manifest has the grid worker's chunk (${GRID_WORKER_SCREENS})`).toBeDefined();

    const firstScreen = manifest[FIRST_SCREEN] ? [FIRST_SCREEN] : [];
    const files = [...filesLoadedBy(manifest, [entry!, GRID_WORKER_SCREENS, ...firstScreen])];
    const sizes = files
      .map((file) => ({ file, gzipped: gzipSync(readFileSync(join(dist, file))).length }))
      .sort((a, b) => b.gzipped - a.gzipped);
    const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);

    console.log(
      `grid worker's first screen: ${(total / 1024).toFixed(1)} KB gzipped of ${LIMIT_BYTES / 1024} KB allowed\n` +
        sizes.map(({ file, gzipped }) => `  ${(gzipped / 1024).toFixed(1).padStart(7)} KB  ${file}`).join('\n'),
    );
    expect(total, `gzipped bytes of ${files.join(', ')}`).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
