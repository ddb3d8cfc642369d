import type { Tlp } from '@tidewatch/contracts';
import { tlpColor } from './tlp.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** TLP 2.0 label exactly as the standard writes it ("TLP:AMBER+STRICT"), coloured text on black. */
export function TlpBadge({ tlp }: { tlp: Tlp }) {
  const t = useT(translations);
  return (
    <span className="tlp-badge" style={{ color: tlpColor(tlp) }} title={t('tlpTitle', { tlp })}>
      {t('tlpLabel', { tlp })}
    </span>
  );
}
