import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('session', {
  en: {
    role_analyst: 'Analyst',
    role_supervisor: 'Supervisor',
    role_commander: 'Commander',
    role_wall_display: 'Wall display',
    role_administrator: 'Administrator',
    sessionEnded: 'Your session has ended. Please sign in again.',
    tokenRefused: 'The wall display token was refused (unknown or revoked).',
    storedTokenRefused: 'The stored wall display token was refused (unknown or revoked).',
    serverUnreachable: 'Cannot reach the Tidewatch server. Retry when it is back.',
  },
  es: {
    role_analyst: 'Analista',
    role_supervisor: 'Supervisor',
    role_commander: 'Comandante',
    role_wall_display: 'Pantalla mural',
    role_administrator: 'Administrador',
    sessionEnded: 'Su sesión ha finalizado. Vuelva a iniciar sesión.',
    tokenRefused: 'Se rechazó el token de la pantalla mural (desconocido o revocado).',
    storedTokenRefused: 'Se rechazó el token guardado de la pantalla mural (desconocido o revocado).',
    serverUnreachable:
      'No se puede contactar con el servidor de Tidewatch. Vuelva a intentarlo cuando esté disponible.',
  },
  fr: {
    role_analyst: 'Analyste',
    role_supervisor: 'Superviseur',
    role_commander: 'Commandant',
    role_wall_display: 'Écran mural',
    role_administrator: 'Administrateur',
    sessionEnded: 'Votre session a pris fin. Veuillez vous reconnecter.',
    tokenRefused: 'Le jeton de l’écran mural a été refusé (inconnu ou révoqué).',
    storedTokenRefused: 'Le jeton enregistré de l’écran mural a été refusé (inconnu ou révoqué).',
    serverUnreachable: 'Impossible de joindre le serveur Tidewatch. Réessayez lorsqu’il sera de nouveau disponible.',
  },
});
