import type { Commodity } from '@tidewatch/contracts';

/**
 * One colour per commodity for every trend chart and summary figure. Chosen to stay apart from each other on
 * the dark panels (and readable on a wall display); seizure red stays with cocaine, the most-watched one.
 */
export const COMMODITY_STYLE: Readonly<Record<Commodity, { color: string; label: string }>> = {
  firearms: { color: '#ff9f1c', label: 'Firearms' },
  ammunition: { color: '#ffe14d', label: 'Ammunition' },
  cocaine: { color: '#ff5c7a', label: 'Cocaine' },
  cannabis: { color: '#2ee6a6', label: 'Cannabis' },
  cash: { color: '#4cc9f0', label: 'Cash' },
  other: { color: '#b0bccb', label: 'Other' },
};

export const commodityColor = (c: Commodity): string => COMMODITY_STYLE[c].color;
export const commodityLabel = (c: Commodity): string => COMMODITY_STYLE[c].label;

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
export const formatUsd = (n: number): string => usd.format(n);
export const formatCount = (n: number): string => n.toLocaleString('en-US');

export function formatPct(pct: number | null): string {
  if (pct === null) return '—';
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}%`;
}
