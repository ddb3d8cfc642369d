// The public face of this feature: other folders import it from here only.
export { HighSeverityAnnouncer } from './HighSeverityAnnouncer.tsx';
