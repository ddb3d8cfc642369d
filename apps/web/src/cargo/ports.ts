/**
 * Where the ports of the Caribbean trade sit, by UN/LOCODE, for drawing consignment arcs. The API carries
 * LOCODEs only; a port missing here is listed in the panel but has no arc.
 */
export const PORTS: Readonly<Record<string, { name: string; lon: number; lat: number }>> = {
  JMKIN: { name: 'Kingston', lat: 17.955, lon: -76.84 },
  JMOCJ: { name: 'Ocho Rios', lat: 18.411, lon: -77.108 },
  JMMBJ: { name: 'Montego Bay', lat: 18.4655, lon: -77.9405 },
  JMPEV: { name: 'Port Esquivel', lat: 17.883, lon: -77.133 },
  JMPOT: { name: 'Port Antonio', lat: 18.18, lon: -76.453 },
  USPEF: { name: 'Port Everglades', lat: 26.092, lon: -80.119 },
  USMIA: { name: 'PortMiami', lat: 25.7745, lon: -80.165 },
  USJAX: { name: 'Jacksonville', lat: 30.405, lon: -81.525 },
  USHOU: { name: 'Houston', lat: 29.73, lon: -95.27 },
  USMSY: { name: 'New Orleans', lat: 29.93, lon: -90.06 },
  USSAV: { name: 'Savannah', lat: 32.08, lon: -81.09 },
  PAONX: { name: 'Colon', lat: 9.36, lon: -79.895 },
  PAMIT: { name: 'Manzanillo (Panama)', lat: 9.368, lon: -79.877 },
  PABLB: { name: 'Balboa', lat: 8.95, lon: -79.57 },
  COCTG: { name: 'Cartagena', lat: 10.4, lon: -75.53 },
  COSMR: { name: 'Santa Marta', lat: 11.247, lon: -74.217 },
  COBAQ: { name: 'Barranquilla', lat: 10.98, lon: -74.78 },
  HTPAP: { name: 'Port-au-Prince', lat: 18.556, lon: -72.352 },
  DOSDQ: { name: 'Santo Domingo', lat: 18.47, lon: -69.885 },
  DOCAU: { name: 'Caucedo', lat: 18.425, lon: -69.633 },
  BSNAS: { name: 'Nassau', lat: 25.08, lon: -77.344 },
  BSFPO: { name: 'Freeport', lat: 26.516, lon: -78.768 },
  PRSJU: { name: 'San Juan', lat: 18.455, lon: -66.1 },
  TTPOS: { name: 'Port of Spain', lat: 10.65, lon: -61.52 },
  CUHAV: { name: 'Havana', lat: 23.14, lon: -82.35 },
  CUMAR: { name: 'Mariel', lat: 22.99, lon: -82.75 },
  MXVER: { name: 'Veracruz', lat: 19.2, lon: -96.13 },
  HNPCR: { name: 'Puerto Cortés', lat: 15.84, lon: -87.94 },
  GTSTC: { name: 'Santo Tomás de Castilla', lat: 15.69, lon: -88.62 },
  CRLIO: { name: 'Puerto Limón', lat: 10.0, lon: -83.03 },
  VELGU: { name: 'La Guaira', lat: 10.6, lon: -66.93 },
  VEPBL: { name: 'Puerto Cabello', lat: 10.48, lon: -68.01 },
  CWWIL: { name: 'Willemstad', lat: 12.11, lon: -68.93 },
  BBBGI: { name: 'Bridgetown', lat: 13.1, lon: -59.63 },
  GYGEO: { name: 'Georgetown', lat: 6.82, lon: -58.17 },
  SRPBM: { name: 'Paramaribo', lat: 5.83, lon: -55.15 },
  BZBZE: { name: 'Belize City', lat: 17.49, lon: -88.19 },
  ESALG: { name: 'Algeciras', lat: 36.13, lon: -5.44 },
  NLRTM: { name: 'Rotterdam', lat: 51.95, lon: 4.14 },
  BEANR: { name: 'Antwerp', lat: 51.26, lon: 4.4 },
  ECGYE: { name: 'Guayaquil', lat: -2.28, lon: -79.91 },
};

export function portName(locode: string): string {
  return PORTS[locode]?.name ?? locode;
}
