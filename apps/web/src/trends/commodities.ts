import type { Commodity } from '@tidewatch/contracts';
import { COMMODITY_COLORS } from '@tidewatch/contracts/theme-tokens';

/**
 * One colour per commodity for every trend chart and summary figure. Chosen to stay apart from each other on
 * the dark panels (and readable on a wall display); seizure red stays with cocaine, the most-watched one.
 */
export const COMMODITY_STYLE: Readonly<Record<Commodity, { color: string; label: string }>> = {
  firearms: { color: COMMODITY_COLORS.firearms, label: 'Firearms' },
  ammunition: { color: COMMODITY_COLORS.ammunition, label: 'Ammunition' },
  cocaine: { color: COMMODITY_COLORS.cocaine, label: 'Cocaine' },
  cannabis: { color: COMMODITY_COLORS.cannabis, label: 'Cannabis' },
  cash: { color: COMMODITY_COLORS.cash, label: 'Cash' },
  other: { color: COMMODITY_COLORS.other, label: 'Other' },
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
