export { assessRisk, type ConsignmentFacts, type HitFact, type BehaviourFact } from './risk.ts';
export * as riskRules from './risk-rules.ts';
