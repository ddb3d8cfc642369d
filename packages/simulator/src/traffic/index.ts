export { createTraffic, type Traffic, type TrafficOptions, type TrafficStats } from './traffic.ts';
export type { ScenarioActor, ScenarioKind } from './scenarios.ts';
export { PROFILES, type TrafficKind } from './fleet.ts';
export { TRAFFIC_PORTS, type TrafficPort, type PortCode } from './ports.ts';
export { SEA_NODES, LANES, lanePath, type LaneId, type LatLon } from './sea-network.ts';
export { WANDER_AREAS } from './areas.ts';
