import type { CSSProperties, ReactNode } from 'react';
import { Tag } from 'antd';

/**
 * Dark text on a light ground for every tag a villager reads: Ant Design's preset green, orange,
 * gold and volcano tags fall below the 4.5:1 contrast older eyes need (WCAG AA).
 */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
} satisfies Record<string, CSSProperties>;

export type Tone = keyof typeof TONES;

export function ToneTag({ tone, children, style }: { tone: Tone; children: ReactNode; style?: CSSProperties }) {
  return <Tag style={{ ...TONES[tone], ...style }}>{children}</Tag>;
}
