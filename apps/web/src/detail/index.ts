// The public face of this feature: other folders import it from here only.
export { EventDetail } from './EventDetail.tsx';
export { focusEventDetail } from './focus.ts';
