// The public face of this feature: other folders import it from here only.
export { TopBar } from './TopBar.tsx';
export { Clocks } from './Clocks.tsx';
export { ConnectionStatus } from './ConnectionStatus.tsx';
