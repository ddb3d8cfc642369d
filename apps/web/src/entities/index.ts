// The public face of this feature: other folders import it from here only.
export { EntitiesScreen } from './EntitiesScreen.tsx';
export { EventEntities } from './EventEntities.tsx';
