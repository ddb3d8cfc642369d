export { alertEvidenceOverlay } from './evidenceLayer.ts';
export { AlertEvidence } from './AlertEvidence.tsx';
export { evidenceStore } from './evidenceStore.ts';
