/** Honest trade on the simulated lanes: HS codes with descriptions that agree, and packaging. */
export const LEGIT_GOODS: readonly { hs: string; description: string; packages: string }[] = [
  { hs: '8708.29', description: 'Spare parts for motor vehicles', packages: 'cartons' },
  { hs: '8703.23', description: 'Used passenger cars', packages: 'units' },
  { hs: '1006.30', description: 'Milled rice, 25 kg bags', packages: 'bags' },
  { hs: '1101.00', description: 'Wheat flour', packages: 'bags' },
  { hs: '2203.00', description: 'Beer in cans', packages: 'pallets' },
  { hs: '2208.40', description: 'Rum, bottled', packages: 'cases' },
  { hs: '9403.60', description: 'Wooden furniture', packages: 'crates' },
  { hs: '8528.72', description: 'Television sets', packages: 'cartons' },
  { hs: '3004.90', description: 'Medicaments, packaged', packages: 'cartons' },
  { hs: '0803.90', description: 'Fresh bananas', packages: 'cartons' },
  { hs: '0901.21', description: 'Roasted coffee beans', packages: 'bags' },
  { hs: '2523.29', description: 'Portland cement', packages: 'bags' },
  { hs: '7214.20', description: 'Steel reinforcing bars', packages: 'bundles' },
  { hs: '4011.10', description: 'New tyres for cars', packages: 'pieces' },
];
