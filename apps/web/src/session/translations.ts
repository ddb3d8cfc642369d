import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('session', {
  en: {
    role_analyst: 'Analyst',
    role_supervisor: 'Supervisor',
    role_commander: 'Commander',
    role_wall_display: 'Wall display',
    role_administrator: 'Administrator',
  },
  es: {
    role_analyst: 'Analista',
    role_supervisor: 'Supervisor',
    role_commander: 'Comandante',
    role_wall_display: 'Pantalla mural',
    role_administrator: 'Administrador',
  },
  fr: {
    role_analyst: 'Analyste',
    role_supervisor: 'Superviseur',
    role_commander: 'Commandant',
    role_wall_display: 'Écran mural',
    role_administrator: 'Administrateur',
  },
});
