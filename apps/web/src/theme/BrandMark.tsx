import { BRAND } from '@tidewatch/contracts/theme-tokens';

/** The Tidewatch mark: a swell line under a red contact. */
export function BrandMark({ className }: { className: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill={BRAND.tile} />
      <path d="M4 21c4-4 8-4 12 0s8 4 12 0" stroke={BRAND.wave} strokeWidth="3" fill="none" strokeLinecap="round" />
      <circle cx="16" cy="11.5" r="3.6" fill={BRAND.dot} />
    </svg>
  );
}
