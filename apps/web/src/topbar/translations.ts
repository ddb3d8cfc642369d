import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('topbar', {
  en: {
    wallDisplay: 'Wall display',
    deviceReceiveOnly: 'device token · receive only',
    forgetToken: 'Forget token',
    forgetTokenHint: 'Forget this display’s token and return to sign-in',
    signOut: 'Sign out',
    entitiesView: 'Entities',
  },
  es: {
    wallDisplay: 'Pantalla mural',
    deviceReceiveOnly: 'token de dispositivo · solo recepción',
    forgetToken: 'Olvidar token',
    forgetTokenHint: 'Olvidar el token de esta pantalla y volver al inicio de sesión',
    signOut: 'Cerrar sesión',
    entitiesView: 'Entidades',
  },
  fr: {
    wallDisplay: 'Écran mural',
    deviceReceiveOnly: 'jeton d’appareil · réception seule',
    forgetToken: 'Oublier le jeton',
    forgetTokenHint: 'Oublier le jeton de cet écran et revenir à la connexion',
    signOut: 'Se déconnecter',
    entitiesView: 'Entités',
  },
});
