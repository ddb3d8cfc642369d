import { defineCatalog } from '@tidewatch/contracts/i18n';

// The base map's reference names: seas in each language, and ports by the exonym each language uses where it
// has one (La Habana / La Havane, Puerto Príncipe, Saint-Domingue...); a port without one keeps its own name.
export const translations = defineCatalog('mapPlaces', {
  en: {
    sea_caribbean: 'Caribbean Sea',
    sea_gulf_of_mexico: 'Gulf of Mexico',
    sea_atlantic: 'Atlantic Ocean',
    port_havana: 'Havana',
    port_port_au_prince: 'Port-au-Prince',
    port_santo_domingo: 'Santo Domingo',
    port_port_of_spain: 'Port of Spain',
    port_belize_city: 'Belize City',
    port_cartagena: 'Cartagena',
  },
  es: {
    sea_caribbean: 'Mar Caribe',
    sea_gulf_of_mexico: 'Golfo de México',
    sea_atlantic: 'Océano Atlántico',
    port_havana: 'La Habana',
    port_port_au_prince: 'Puerto Príncipe',
    port_santo_domingo: 'Santo Domingo',
    port_port_of_spain: 'Puerto España',
    port_belize_city: 'Ciudad de Belice',
    port_cartagena: 'Cartagena',
  },
  fr: {
    sea_caribbean: 'Mer des Caraïbes',
    sea_gulf_of_mexico: 'Golfe du Mexique',
    sea_atlantic: 'Océan Atlantique',
    port_havana: 'La Havane',
    port_port_au_prince: 'Port-au-Prince',
    port_santo_domingo: 'Saint-Domingue',
    port_port_of_spain: 'Port-d’Espagne',
    port_belize_city: 'Belize City',
    port_cartagena: 'Carthagène',
  },
});
