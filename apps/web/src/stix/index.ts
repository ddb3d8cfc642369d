// The public face of this feature: other folders import it from here only.
export { StixActions } from './StixActions.tsx';
export { OtherObjectsScreen } from './OtherObjectsScreen.tsx';
