import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('auth', {
  en: {
    productName: 'Tidewatch',
    tagline: 'Joint Caribbean maritime picture',
    signInMethod: 'Sign-in method',
    accountTab: 'Account',
    tokenTab: 'Wall display token',
    footer: 'Authorised users only. Sign-ins and reads of AMBER and RED information are audited.',
    username: 'Username',
    password: 'Password',
    enterBoth: 'Enter a username and a password.',
    signingIn: 'Signing in…',
    signIn: 'Sign in',
    tokenHint:
      'For operations-centre wall displays: paste the device token (<mono>tw_dev_…</mono>) issued by your administrator. The display then only receives; it cannot change anything.',
    deviceToken: 'Device token',
    checking: 'Checking…',
    useToken: 'Use this token',
    forgetStoredToken: 'Forget the token stored in this browser',
    demoBanner:
      '<strong>Demo server.</strong> The published demo accounts (password <code>tidewatch-demo</code>), API keys and wall-display tokens work here. Use it for evaluation only; a real deployment starts with <code>DEMO=off</code>, which disables them.',
    setupNeeded:
      'No administrator exists yet. On the server, run <code>pnpm tidewatch setup</code> (see the README, “Real deployment”).',
    unreachable: 'Cannot reach the Tidewatch server.',
    refused:
      'Username or password not accepted. After several failed sign-ins an account is slowed down for a while, except in a browser that has signed in to it before.',
    tooManyFailures: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
    signInFailed: 'Sign-in failed: {reason}',
    tokenShape: 'A token starts with tw_dev_ (wall display) or tw_key_ (agency API key).',
    tokenUnknown: 'This token is unknown or has been revoked.',
    tokenCannotRead: 'This token cannot read events ({status}: {reason}).',
  },
  es: {
    productName: 'Tidewatch',
    tagline: 'Panorama marítimo conjunto del Caribe',
    signInMethod: 'Método de inicio de sesión',
    accountTab: 'Cuenta',
    tokenTab: 'Token de pantalla mural',
    footer:
      'Solo usuarios autorizados. Los inicios de sesión y las consultas de información AMBER y RED quedan auditados.',
    username: 'Usuario',
    password: 'Contraseña',
    enterBoth: 'Introduzca un usuario y una contraseña.',
    signingIn: 'Iniciando sesión…',
    signIn: 'Iniciar sesión',
    tokenHint:
      'Para las pantallas murales de los centros de operaciones: pegue el token de dispositivo (<mono>tw_dev_…</mono>) emitido por su administrador. La pantalla solo recibe; no puede cambiar nada.',
    deviceToken: 'Token de dispositivo',
    checking: 'Comprobando…',
    useToken: 'Usar este token',
    forgetStoredToken: 'Olvidar el token guardado en este navegador',
    demoBanner:
      '<strong>Servidor de demostración.</strong> Las cuentas de demostración publicadas (contraseña <code>tidewatch-demo</code>), las claves de API y los tokens de pantalla mural funcionan aquí. Úselo solo para evaluación; un despliegue real arranca con <code>DEMO=off</code>, que los desactiva.',
    setupNeeded:
      'Todavía no existe ningún administrador. En el servidor, ejecute <code>pnpm tidewatch setup</code> (consulte el README, “Real deployment”).',
    unreachable: 'No se puede contactar con el servidor de Tidewatch.',
    refused:
      'Usuario o contraseña no aceptados. Tras varios intentos fallidos, una cuenta se ralentiza durante un tiempo, salvo en un navegador que ya haya iniciado sesión en ella.',
    tooManyFailures:
      'Demasiados inicios de sesión fallidos desde esta dirección. Espere unos minutos y vuelva a intentarlo.',
    signInFailed: 'Error al iniciar sesión: {reason}',
    tokenShape: 'Un token empieza por tw_dev_ (pantalla mural) o tw_key_ (clave de API de la agencia).',
    tokenUnknown: 'Este token es desconocido o ha sido revocado.',
    tokenCannotRead: 'Este token no puede leer eventos ({status}: {reason}).',
  },
  fr: {
    productName: 'Tidewatch',
    tagline: 'Situation maritime commune des Caraïbes',
    signInMethod: 'Mode de connexion',
    accountTab: 'Compte',
    tokenTab: 'Jeton d’écran mural',
    footer:
      'Réservé aux utilisateurs autorisés. Les connexions et les consultations d’informations AMBER et RED sont journalisées.',
    username: 'Identifiant',
    password: 'Mot de passe',
    enterBoth: 'Saisissez un identifiant et un mot de passe.',
    signingIn: 'Connexion…',
    signIn: 'Se connecter',
    tokenHint:
      'Pour les écrans muraux des centres d’opérations : collez le jeton d’appareil (<mono>tw_dev_…</mono>) délivré par votre administrateur. L’écran ne fait alors que recevoir ; il ne peut rien modifier.',
    deviceToken: 'Jeton d’appareil',
    checking: 'Vérification…',
    useToken: 'Utiliser ce jeton',
    forgetStoredToken: 'Oublier le jeton enregistré dans ce navigateur',
    demoBanner:
      '<strong>Serveur de démonstration.</strong> Les comptes de démonstration publiés (mot de passe <code>tidewatch-demo</code>), les clés d’API et les jetons d’écran mural fonctionnent ici. À utiliser uniquement pour une évaluation ; un déploiement réel démarre avec <code>DEMO=off</code>, qui les désactive.',
    setupNeeded:
      'Aucun administrateur n’existe encore. Sur le serveur, exécutez <code>pnpm tidewatch setup</code> (voir le README, « Real deployment »).',
    unreachable: 'Impossible de joindre le serveur Tidewatch.',
    refused:
      'Identifiant ou mot de passe non accepté. Après plusieurs échecs, un compte est ralenti pendant un moment, sauf dans un navigateur qui s’y est déjà connecté.',
    tooManyFailures: 'Trop de connexions échouées depuis cette adresse. Patientez quelques minutes puis réessayez.',
    signInFailed: 'Échec de la connexion : {reason}',
    tokenShape: 'Un jeton commence par tw_dev_ (écran mural) ou tw_key_ (clé d’API d’agence).',
    tokenUnknown: 'Ce jeton est inconnu ou a été révoqué.',
    tokenCannotRead: 'Ce jeton ne peut pas lire les événements ({status} : {reason}).',
  },
});
