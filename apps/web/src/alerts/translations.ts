import { defineCatalog } from '@tidewatch/contracts/i18n';

// The evidence behind a derived alert, in the event detail. Parameter names come from the detectors as they
// are (a detector may add one at any time); their values are numbers, MMSIs and times.
export const translations = defineCatalog('alerts', {
  en: {
    evidence: 'Alert evidence',
    noEvidence: 'No stored evidence for this alert.',
    loading: 'Loading…',
    type: '{type, select, ais_gap {AIS gap} encounter {Encounter} loitering {Loitering} impossible_movement {Impossible movement} identity_anomaly {Identity anomaly} port_visit {Port visit} area_entry {Area entry} area_exit {Area exit} watchlist_hit {Watchlist hit} cargo_risk {Cargo risk} other {{type}}}',
    status:
      '{status, select, provisional {provisional} ongoing {ongoing} final {final} revised {revised} retracted {retracted} other {{status}}}',
    revision: 'revision {revision}',
    window: 'Window',
    windowRange: '{start} → {end}',
    ongoing: 'ongoing',
    vessels: 'Vessels',
    columnField: 'Field',
    columnSeen: 'Seen',
    columnListed: 'Listed',
    columnHow: 'How',
    field:
      '{field, select, mmsi {MMSI} imo {IMO} call_sign {call sign} name {name} container {container} organisation {organisation} person {person} other {{field}}}',
    how: '{how, select, exact {exact} normalised {normalised} other {fuzzy}}',
    fuzzyScore: 'fuzzy {score, number, percent}',
    track:
      'Track: {points, plural, one {# fix} other {# fixes}} over {vessels, plural, one {# vessel} other {# vessels}}, drawn on the map',
    fitMap: 'Fit map',
    noTrack: 'No track in the evidence.',
    subject: 'Subject: {type, select, vessel {vessel} consignment {consignment} other {event}}',
  },
  es: {
    evidence: 'Pruebas de la alerta',
    noEvidence: 'No hay pruebas guardadas para esta alerta.',
    loading: 'Cargando…',
    type: '{type, select, ais_gap {Interrupción AIS} encounter {Encuentro} loitering {Merodeo} impossible_movement {Movimiento imposible} identity_anomaly {Anomalía de identidad} port_visit {Escala en puerto} area_entry {Entrada en zona} area_exit {Salida de zona} watchlist_hit {Coincidencia en lista de vigilancia} cargo_risk {Riesgo de carga} other {{type}}}',
    status:
      '{status, select, provisional {provisional} ongoing {en curso} final {definitiva} revised {revisada} retracted {retirada} other {{status}}}',
    revision: 'revisión {revision}',
    window: 'Intervalo',
    windowRange: '{start} → {end}',
    ongoing: 'en curso',
    vessels: 'Buques',
    columnField: 'Campo',
    columnSeen: 'Observado',
    columnListed: 'En la lista',
    columnHow: 'Cómo',
    field:
      '{field, select, mmsi {MMSI} imo {IMO} call_sign {distintivo de llamada} name {nombre} container {contenedor} organisation {organización} person {persona} other {{field}}}',
    how: '{how, select, exact {exacta} normalised {normalizada} other {aproximada}}',
    fuzzyScore: 'aproximada {score, number, percent}',
    track:
      'Derrota: {points, plural, one {# posición} other {# posiciones}} de {vessels, plural, one {# buque} other {# buques}}, dibujada en el mapa',
    fitMap: 'Ajustar el mapa',
    noTrack: 'Las pruebas no incluyen derrota.',
    subject: 'Sujeto: {type, select, vessel {buque} consignment {envío} other {evento}}',
  },
  fr: {
    evidence: 'Éléments de l’alerte',
    noEvidence: 'Aucun élément enregistré pour cette alerte.',
    loading: 'Chargement…',
    type: '{type, select, ais_gap {Coupure AIS} encounter {Rencontre} loitering {Maraudage} impossible_movement {Déplacement impossible} identity_anomaly {Anomalie d’identité} port_visit {Escale} area_entry {Entrée de zone} area_exit {Sortie de zone} watchlist_hit {Correspondance en liste de surveillance} cargo_risk {Risque cargaison} other {{type}}}',
    status:
      '{status, select, provisional {provisoire} ongoing {en cours} final {définitive} revised {révisée} retracted {retirée} other {{status}}}',
    revision: 'révision {revision}',
    window: 'Période',
    windowRange: '{start} → {end}',
    ongoing: 'en cours',
    vessels: 'Navires',
    columnField: 'Champ',
    columnSeen: 'Observé',
    columnListed: 'Listé',
    columnHow: 'Comment',
    field:
      '{field, select, mmsi {MMSI} imo {OMI} call_sign {indicatif d’appel} name {nom} container {conteneur} organisation {organisation} person {personne} other {{field}}}',
    how: '{how, select, exact {exacte} normalised {normalisée} other {approchée}}',
    fuzzyScore: 'approchée {score, number, percent}',
    track:
      'Route : {points, plural, one {# position} other {# positions}} pour {vessels, plural, one {# navire} other {# navires}}, tracée sur la carte',
    fitMap: 'Cadrer la carte',
    noTrack: 'Aucune route dans les éléments.',
    subject: 'Sujet : {type, select, vessel {navire} consignment {envoi} other {événement}}',
  },
});
