import type { Commodity } from '@tidewatch/contracts';
import { COMMODITY_COLORS } from '@tidewatch/contracts/theme-tokens';
import { useCallback } from 'react';
import type { IntlShape } from 'react-intl';
import { useVocabulary } from '../theme/vocabulary.ts';

/**
 * One colour per commodity for every trend chart and summary figure. Chosen to stay apart from each other on
 * the dark panels (and readable on a wall display); seizure red stays with cocaine, the most-watched one.
 * Names come from the shared vocabulary (I18N-10), in the reader's language.
 */
export const COMMODITY_STYLE: Readonly<Record<Commodity, { color: string }>> = {
  firearms: { color: COMMODITY_COLORS.firearms },
  ammunition: { color: COMMODITY_COLORS.ammunition },
  cocaine: { color: COMMODITY_COLORS.cocaine },
  cannabis: { color: COMMODITY_COLORS.cannabis },
  cash: { color: COMMODITY_COLORS.cash },
  other: { color: COMMODITY_COLORS.other },
};

/** A commodity's name in the user's language, re-rendering with it. */
export function useCommodityLabel(): (commodity: Commodity) => string {
  const { t } = useVocabulary();
  return useCallback((commodity: Commodity) => t(`commodity_${commodity}`), [t]);
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

/** "+12%", "−3.5 %", "+12 %": a change against an earlier period; a dash when there was nothing to compare with. */
export function formatPct(pct: number, intl: Pick<IntlShape, 'formatNumber'>): string {
  return intl.formatNumber(pct / 100, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: Math.abs(pct) >= 10 ? 0 : 1,
  });
}
