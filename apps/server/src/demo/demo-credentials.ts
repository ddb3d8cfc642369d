import type { Role } from '../auth/actor.ts';

/**
 * The demo's published credentials, by name only: a non-demo start needs them to find and retire what a demo
 * start left behind, without loading the simulator.
 */
export const DEMO_PASSWORD = 'tidewatch-demo';
export const DEMO_ADMIN_USERNAME = 'admin';
export const DEMO_ROLES: readonly { suffix: string; role: Role; title: string }[] = [
  { suffix: 'analyst', role: 'analyst', title: 'Analyst' },
  { suffix: 'supervisor', role: 'supervisor', title: 'Supervisor' },
  { suffix: 'commander', role: 'commander', title: 'Commander' },
  { suffix: 'wall', role: 'wall_display', title: 'Wall display' },
  // AUTH-9: each agency's keys, tokens and accounts are managed by its own administrator.
  { suffix: 'admin', role: 'administrator', title: 'Administrator' },
];

export const demoUsername = (agency: string, suffix: string) => `${agency.toLowerCase()}.${suffix}`;
export const demoApiKey = (agency: string) => `tw_key_demo_${agency.toLowerCase()}`;
export const demoDeviceToken = (agency: string) => `tw_dev_demo_${agency.toLowerCase()}`;

/** Every username the demo seeds for these agencies. */
export function demoUsernames(agencyCodes: readonly string[]): string[] {
  return [
    DEMO_ADMIN_USERNAME,
    ...agencyCodes.flatMap((code) => DEMO_ROLES.map(({ suffix }) => demoUsername(code, suffix))),
  ];
}
