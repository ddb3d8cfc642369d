import type { Task } from '@tidewatch/contracts';
import { translate, type Translator } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** The operations catalog's translator: `useT(translations)` in components, `sayOutside` for DOM markers. */
export type OpsWords = Translator<keyof typeof translations.messages.en & string>;
export const sayOutside: OpsWords = (key, values) => translate(translations, key, values);

/** "45 min", "2 h 05": an ETA or an age, read at a glance. */
export function formatDuration(hours: number, t: OpsWords): string {
  const minutes = Math.round(hours * 60);
  if (minutes < 60) return t('minutes', { minutes });
  return t('hoursMinutes', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

export function interceptText(task: Pick<Task, 'intercept'>, t: OpsWords): string {
  const i = task.intercept;
  if (!i.possible) return t('noIntercept', { reason: i.reason });
  return t('intercept', {
    duration: formatDuration(i.etaHours, t),
    course: Math.round(i.courseDeg).toString().padStart(3, '0'),
    distance: i.distanceNm,
  });
}
