import { defineCatalog } from '@tidewatch/contracts/i18n';

// The task card's GIS export (GIS-7).
export const translations = defineCatalog('gis.task', {
  en: { intercept: 'Intercept', taskOf: 'Task of {callSign} to {target}' },
  es: { intercept: 'Interceptación', taskOf: 'Tarea de {callSign} hacia {target}' },
  fr: { intercept: 'Interception', taskOf: 'Mission de {callSign} vers {target}' },
});
