export { alertEvidenceOverlay } from './evidenceLayer.ts';
