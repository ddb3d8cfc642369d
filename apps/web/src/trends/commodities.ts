import type { Commodity } from '@tidewatch/contracts';
import { COMMODITY_COLORS } from '@tidewatch/contracts/theme-tokens';
import { useCallback } from 'react';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

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

/** A commodity's name in the user's language (the English `label` above serves the trend screens not yet moved). */
export function useCommodityLabel(): (commodity: Commodity) => string {
  const t = useT(translations);
  return useCallback((commodity: Commodity) => t('commodity', { commodity }), [t]);
}

const usdFormats = new Map<string, Intl.NumberFormat>();

/** "$1.2M" / "1,2 M US$" / "1,2 M$US": an estimated value in US dollars, short, in the reader's language. */
export function formatUsd(n: number, locale = 'en-US'): string {
  let usd = usdFormats.get(locale);
  if (!usd) {
    usd = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    usdFormats.set(locale, usd);
  }
  return usd.format(n);
}
export const formatCount = (n: number): string => n.toLocaleString('en-US');

export function formatPct(pct: number | null): string {
  if (pct === null) return '—';
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}%`;
}
