import { defineCatalog } from '@tidewatch/contracts/i18n';

/** The TAK devices panel of Admin → API keys & devices (COT-6). "TAK", "CoT" and call signs stay as they are. */
export const translations = defineCatalog('admin.takDevices', {
  en: {
    title: 'TAK devices (Cursor-on-Target)',
    intro:
      'A TAK device (ATAK, WinTAK, iTAK) connects to the CoT port and receives what {agency} may read: vessels, units, events and tasks. Its position reports move the unit it is bound to; its spot reports become sighting reports of {agency}.',
    setup:
      'On the device, add a streaming TCP server on the CoT port with authentication: user name = the device name, password = the secret shown once below.',
    name: 'Device name',
    unit: 'Bound unit',
    lastUsed: 'Last connected',
    never: 'never',
    noUnit: 'none',
    none: 'No TAK devices registered yet.',
    revokedMessage: '{name} revoked; its CoT connections close within 5 seconds.',
    register: 'Register a TAK device',
    namePlaceholder: 'VIGOROUS ATAK 1',
    unitNone: 'No unit (receives and reports, moves nothing)',
    create: 'Create',
  },
  es: {
    title: 'Dispositivos TAK (Cursor-on-Target)',
    intro:
      'Un dispositivo TAK (ATAK, WinTAK, iTAK) se conecta al puerto CoT y recibe lo que {agency} puede leer: buques, unidades, eventos y tareas. Sus reportes de posición mueven la unidad a la que está vinculado; sus reportes puntuales se convierten en avistamientos de {agency}.',
    setup:
      'En el dispositivo, agregue un servidor TCP de flujo en el puerto CoT con autenticación: usuario = el nombre del dispositivo, contraseña = el secreto que se muestra una sola vez abajo.',
    name: 'Nombre del dispositivo',
    unit: 'Unidad vinculada',
    lastUsed: 'Última conexión',
    never: 'nunca',
    noUnit: 'ninguna',
    none: 'Aún no hay dispositivos TAK registrados.',
    revokedMessage: '{name} revocado; sus conexiones CoT se cierran en menos de 5 segundos.',
    register: 'Registrar un dispositivo TAK',
    namePlaceholder: 'VIGOROUS ATAK 1',
    unitNone: 'Sin unidad (recibe y reporta, no mueve nada)',
    create: 'Crear',
  },
  fr: {
    title: 'Terminaux TAK (Cursor-on-Target)',
    intro:
      'Un terminal TAK (ATAK, WinTAK, iTAK) se connecte au port CoT et reçoit ce que {agency} peut lire : navires, unités, événements et missions. Ses comptes rendus de position déplacent l’unité à laquelle il est rattaché ; ses signalements ponctuels deviennent des observations de {agency}.',
    setup:
      'Sur le terminal, ajoutez un serveur TCP en flux sur le port CoT avec authentification : identifiant = le nom du terminal, mot de passe = le secret affiché une seule fois ci-dessous.',
    name: 'Nom du terminal',
    unit: 'Unité rattachée',
    lastUsed: 'Dernière connexion',
    never: 'jamais',
    noUnit: 'aucune',
    none: 'Aucun terminal TAK enregistré pour l’instant.',
    revokedMessage: '{name} révoqué ; ses connexions CoT se ferment en moins de 5 secondes.',
    register: 'Enregistrer un terminal TAK',
    namePlaceholder: 'VIGOROUS ATAK 1',
    unitNone: 'Aucune unité (reçoit et signale, ne déplace rien)',
    create: 'Créer',
  },
});
