import { useEffect } from 'react';
import type { Position } from '@tidewatch/contracts';
import { numberOrUndefined } from './draft.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  lat: string;
  lon: string;
  onText: (lat: string, lon: string) => void;
  /** Set from a map click; copied into the text fields. */
  picked: Position | null;
  picking: boolean;
  onPickOnMap: () => void;
  onPositionChange: (position: Position | null) => void;
  errors: Readonly<Record<string, string>>;
}

/** Latitude and longitude typed in, or picked with a click on the map; the map marker follows both. */
export function PositionFields({ lat, lon, onText, picked, picking, onPickOnMap, onPositionChange, errors }: Props) {
  const t = useT(translations);
  useEffect(() => {
    if (!picked) return;
    // Only when the map moved it: rewriting what the user is typing ("17.") would fight them.
    if (numberOrUndefined(lat) !== picked.lat || numberOrUndefined(lon) !== picked.lon)
      onText(String(picked.lat), String(picked.lon));
  }, [picked]);

  const edit = (nextLat: string, nextLon: string): void => {
    onText(nextLat, nextLon);
    const a = numberOrUndefined(nextLat);
    const b = numberOrUndefined(nextLon);
    const valid = a !== undefined && b !== undefined && a >= -90 && a <= 90 && b >= -180 && b <= 180;
    onPositionChange(valid ? { lat: a, lon: b } : null);
  };

  const error = errors.position ?? errors['position.lat'] ?? errors['position.lon'];
  return (
    <div className="field">
      <span className="field__label">{t('position')}</span>
      <div className="ne__position">
        <input
          className="input"
          aria-label={t('latitude')}
          placeholder={t('latPlaceholder')}
          inputMode="decimal"
          data-testid="new-event-lat"
          value={lat}
          onChange={(e) => edit(e.target.value, lon)}
          aria-invalid={errors['position.lat'] !== undefined || errors.position !== undefined}
        />
        <input
          className="input"
          aria-label={t('longitude')}
          placeholder={t('lonPlaceholder')}
          inputMode="decimal"
          data-testid="new-event-lon"
          value={lon}
          onChange={(e) => edit(lat, e.target.value)}
          aria-invalid={errors['position.lon'] !== undefined || errors.position !== undefined}
        />
        <button
          type="button"
          className={`btn${picking ? ' btn--primary' : ''}`}
          onClick={onPickOnMap}
          aria-pressed={picking}
          data-testid="pick-on-map"
        >
          {picking ? t('picking') : t('pickOnMap')}
        </button>
      </div>
      {error && <span className="field__error">{error}</span>}
    </div>
  );
}
