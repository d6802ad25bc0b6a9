import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { texts } from './texts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('council texts', () => {
  it('say everything in Chinese and in English', () => {
    expect(keysOf(texts.en).sort()).toEqual(keysOf(texts['zh-CN']).sort());
  });

  it('have every key a screen asks for by name', () => {
    const known = new Set(keysOf(texts['zh-CN']));
    const sources = readdirSync(__dirname).filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'));
    const asked = sources.flatMap((file) => {
      const source = readFileSync(join(__dirname, file), 'utf8');
      // t('a.b') and t(condition ? 'a.b' : 'a.c')
      const direct = [...source.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((match) => match[1]);
      const chosen = [...source.matchAll(/\bt\([^;\n]{0,80}?\? '([a-zA-Z.]+)' : '([a-zA-Z.]+)'/g)].flatMap((match) => [match[1], match[2]]);
      return [...direct, ...chosen];
    });
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter((key) => !known.has(key) && !key.startsWith('state.') && !key.startsWith('error.'))).toEqual([]);
  });
});
