import { defineCatalog } from '@tidewatch/contracts/i18n';

/**
 * Admin → API keys & devices → Connect a TAXII client (TAXII-2). Protocol names, header names, scopes and
 * media types are what a TAXII client is configured with: they stay as written.
 */
export const translations = defineCatalog('admin.taxii', {
  en: {
    title: 'Connect a TAXII client',
    lead: 'Sharing tools that speak STIX 2.1 over TAXII 2.1 (MISP, OpenCTI, a partner’s fusion system) read and write here with an agency API key of this screen. They see what the key’s agency may read, under the same releasability as the dashboard; every read of AMBER or RED is audited.',
    discoveryUrl: 'Discovery URL',
    apiRoot: 'API root',
    authentication: 'Authentication',
    authHow:
      'HTTP Basic with the API key as the <strong>password</strong> (any user name), or <mono>Authorization: Bearer {key}</mono>. Reading needs the <mono>events:read</mono> scope, writing to the inbox <mono>events:write</mono>.',
    keyWord: 'key',
    mediaType: 'Media type',
    colCollection: 'Collection',
    collection_released: 'Released to {agency}',
    collection_agreement: 'Agreement: {name}',
    collection_inbox: '{agency} inbox',
    colId: 'Id',
    colAccess: 'Access',
    access_readWrite: 'read, write',
    access_write: 'write (inbox)',
    access_read: 'read',
    none: 'No collections are open to this agency.',
    example: 'Example:',
  },
  es: {
    title: 'Conectar un cliente TAXII',
    lead: 'Las herramientas de intercambio que hablan STIX 2.1 sobre TAXII 2.1 (MISP, OpenCTI, el sistema de fusión de un socio) leen y escriben aquí con una clave de API de agencia de esta pantalla. Ven lo que la agencia de la clave puede leer, con la misma difusión que el panel; toda lectura de AMBER o RED queda auditada.',
    discoveryUrl: 'URL de descubrimiento',
    apiRoot: 'Raíz de la API',
    authentication: 'Autenticación',
    authHow:
      'HTTP Basic con la clave de API como <strong>contraseña</strong> (cualquier nombre de usuario), o <mono>Authorization: Bearer {key}</mono>. Leer requiere el permiso <mono>events:read</mono>; escribir en la bandeja de entrada, <mono>events:write</mono>.',
    keyWord: 'clave',
    mediaType: 'Tipo de contenido',
    colCollection: 'Colección',
    collection_released: 'Difundido a {agency}',
    collection_agreement: 'Acuerdo: {name}',
    collection_inbox: 'Buzón de {agency}',
    colId: 'Identificador',
    colAccess: 'Acceso',
    access_readWrite: 'lectura, escritura',
    access_write: 'escritura (bandeja de entrada)',
    access_read: 'lectura',
    none: 'Ninguna colección está abierta a esta agencia.',
    example: 'Ejemplo:',
  },
  fr: {
    title: 'Connecter un client TAXII',
    lead: 'Les outils de partage qui parlent STIX 2.1 sur TAXII 2.1 (MISP, OpenCTI, le système de fusion d’un partenaire) lisent et écrivent ici avec une clé d’API d’agence de cet écran. Ils voient ce que l’agence de la clé peut lire, avec la même diffusion que le tableau de bord ; toute lecture AMBER ou RED est auditée.',
    discoveryUrl: 'URL de découverte',
    apiRoot: 'Racine de l’API',
    authentication: 'Authentification',
    authHow:
      'HTTP Basic avec la clé d’API comme <strong>mot de passe</strong> (n’importe quel identifiant), ou <mono>Authorization: Bearer {key}</mono>. La lecture exige le droit <mono>events:read</mono>, l’écriture dans la boîte de réception <mono>events:write</mono>.',
    keyWord: 'clé',
    mediaType: 'Type de média',
    colCollection: 'Collection',
    collection_released: 'Diffusé à {agency}',
    collection_agreement: 'Accord : {name}',
    collection_inbox: 'Boîte de dépôt de {agency}',
    colId: 'Id',
    colAccess: 'Accès',
    access_readWrite: 'lecture, écriture',
    access_write: 'écriture (boîte de réception)',
    access_read: 'lecture',
    none: 'Aucune collection n’est ouverte à cette agence.',
    example: 'Exemple :',
  },
});
