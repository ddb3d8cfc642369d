/**
 * Name pools for the synthetic cast. Everything built from them is fictional: the demo shows named suspects and
 * consignees, and none of them may point at a real person or firm.
 */

export const FIRST_NAMES: Readonly<Record<'JM' | 'US' | 'HT' | 'CO' | 'VE' | 'BS' | 'DO', readonly string[]>> = {
  JM: [
    'Andre', 'Kemar', 'Damion', 'Shawn', 'Omar', 'Dwayne', 'Ricardo', 'Jermaine', 'Oneil', 'Rohan', 'Marlon',
    'Delroy', 'Fitzroy', 'Garfield', 'Everton', 'Romaine', 'Tashana', 'Shanique', 'Nordia', 'Tamika', 'Latoya',
    'Keisha', 'Sherika', 'Chevelle', 'Odane', 'Javaughn', 'Kirk', 'Leroy', 'Donovan', 'Alrick',
  ],
  US: ['Tyrone', 'Marcus', 'Brandon', 'Kevin', 'Jason', 'Michael', 'Ashley', 'Brittany', 'Derrick', 'Travis', 'Keith', 'Monique'],
  HT: ['Jean', 'Wilner', 'Pierre', 'Jacky', 'Frantz', 'Ronald', 'Evens', 'Nadège', 'Marie-Claude', 'Stevenson'],
  CO: ['Carlos', 'Andrés', 'Luis', 'Jhon', 'Wilson', 'Yeison', 'Diego', 'Hernán', 'Ómar', 'Alexánder'],
  VE: ['José', 'Luis', 'Rafael', 'Wilmer', 'Yorman', 'Jesús', 'Eduardo'],
  BS: ['Dexter', 'Lavardo', 'Kendrick', 'Tavares', 'Shenique', 'Rashad'],
  DO: ['Ramón', 'Franklin', 'Yunior', 'Anderson', 'Wáscar', 'Rafael'],
};

export const SURNAMES: Readonly<Record<keyof typeof FIRST_NAMES, readonly string[]>> = {
  JM: [
    'Brown', 'Williams', 'Campbell', 'Smith', 'Clarke', 'Thomas', 'Gordon', 'Reid', 'Morgan', 'Grant', 'Stewart',
    'Lewis', 'Francis', 'Johnson', 'Bailey', 'Henry', 'Walker', 'McKenzie', 'Thompson', 'Robinson', 'Wright',
    'Miller', 'Palmer', 'Richards', 'Forbes', 'Ellis', 'Samuels', 'Powell', 'Barrett', 'Dixon',
  ],
  US: ['Jackson', 'Harris', 'Davis', 'Carter', 'Mitchell', 'Turner', 'Coleman', 'Brooks', 'Sanders', 'Simmons'],
  HT: ['Joseph', 'Jean-Baptiste', 'Pierre-Louis', 'Charles', 'Desir', 'Augustin', 'Toussaint', 'Etienne', 'Noel', 'Celestin'],
  CO: ['Mosquera', 'Palacios', 'Rodríguez', 'Martínez', 'Valencia', 'Cuesta', 'Mena', 'Hurtado', 'Ibargüen', 'Rentería'],
  VE: ['González', 'Pérez', 'Hernández', 'Rivas', 'Salazar', 'Ortega'],
  BS: ['Rolle', 'Ferguson', 'Knowles', 'Bethel', 'Cartwright', 'Pinder'],
  DO: ['Peña', 'Santana', 'Reyes', 'De los Santos', 'Almonte', 'Batista'],
};

export type Nationality = keyof typeof FIRST_NAMES;

/** Merchant ship names: combined words, chosen to read plausibly without copying a known ship. */
export const SHIP_NAME_FIRST = [
  'Amber', 'Cobalt', 'Kestrel', 'Marlin', 'Pelican', 'Heron', 'Galleon', 'Albatross', 'Meridian', 'Frigate Bird',
  'Tern', 'Saffron', 'Indigo', 'Coral Crest', 'Obsidian', 'Larimar', 'Sargasso', 'Leeward',
] as const;
export const SHIP_NAME_SECOND = ['Trader', 'Spirit', 'Venture', 'Runner', 'Pride', 'Bay', 'Point', 'Carrier', 'Star', 'Link'] as const;

/** Fishing boats and canoes in the region carry names like these, painted on the bow. */
export const BOAT_NAMES = [
  'Miss Marcia', 'Lady Pauline', 'Blessed Assurance', "God's Favour", 'Sea Hunter II', 'Pedro Queen', 'Faithful One',
  'Miss Joy', 'Sunshine Girl', 'Little Star', 'Mercy Seat', 'Reef Runner', 'Jah Guide', 'Determination',
  'Bad Company', 'Morning Glory', 'Patience', 'Sweet Mama', 'Dolphin King', 'Providence', 'Hope Alive',
  'Ti Malice', 'Bondye Bon', 'La Esperanza', 'Don Chepe', 'Virgen del Carmen',
] as const;

export const YACHT_NAMES = [
  'Reel Therapy', 'Salt Shaker', 'Knot Working', 'Sea Esta', 'Aqua Holic', 'Blue Latitude', 'Second Wind',
  'Liquid Asset', 'Island Time', 'Wet Dream Team', 'Free Spirit III', 'Tortuga Sun',
] as const;

/** Parts for fictional firms: a name word plus a trade. */
export const FIRM_WORDS = [
  'Marlowe', 'Greenvale', 'Silver Sands', 'Bellevue', 'Cross Keys', 'Hopewell', 'Lucky Hill', 'Spring Garden',
  'Tropicana', 'Highgate', 'Bamboo Walk', 'Palm Crest', 'Seaview', 'Blue Hole', 'Sunrise', 'Golden Grove',
  'Harbour Light', 'Clarke & Ellis', 'Forbes Brothers', 'Samuels & Daughter',
] as const;
export const JM_TRADES = [
  'Hardware Ltd', 'Auto Spares Ltd', 'Variety Store', 'Wholesale Supplies Ltd', 'Household Imports Ltd',
  'Electronics & Appliances Ltd', 'Cold Storage Ltd', 'Trading Company Ltd', 'Barrel Distributors', 'Furniture Ltd',
] as const;
export const US_TRADES = [
  'Barrel Express LLC', 'Cargo Consolidators Inc', 'Freight Forwarding LLC', 'Island Shipping LLC',
  'Export Services Inc', 'Logistics Group LLC', 'Used Auto Exports LLC', 'Discount Appliances LLC',
] as const;
export const OTHER_TRADES = ['Import-Export S.A.', 'Comercializadora S.A.S.', 'Shipping Agency S.A.', 'Fisheries Ltd'] as const;

export const OPERATION_NAMES = [
  'Steel Net', 'Kingfisher', 'Blue Lagoon', 'Trident Reef', 'Night Heron', 'Coral Shield', 'Windward Watch',
  'Sea Lantern', 'Iron Tide', 'Silent Reef',
] as const;
