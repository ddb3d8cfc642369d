export { startServer, type RunningServer } from './server.ts';
export { loadConfig, ServerConfig, type ServerConfigInput } from './config.ts';
