import { defineCatalog } from '@tidewatch/contracts/i18n';

// What the dashboard says when a request itself fails (the server's own error text is its business).
export const translations = defineCatalog('api', {
  en: {
    unreachable: 'cannot reach the Tidewatch server',
    serverAnswered: 'the server answered {status}',
    unexpectedAnswer: 'unexpected answer from {path}',
    exportFailed: 'export failed: {reason}',
  },
  es: {
    unreachable: 'no se puede contactar con el servidor de Tidewatch',
    serverAnswered: 'el servidor respondió {status}',
    unexpectedAnswer: 'respuesta inesperada de {path}',
    exportFailed: 'error en la exportación: {reason}',
  },
  fr: {
    unreachable: 'impossible de joindre le serveur Tidewatch',
    serverAnswered: 'le serveur a répondu {status}',
    unexpectedAnswer: 'réponse inattendue de {path}',
    exportFailed: 'échec de l’export : {reason}',
  },
});
