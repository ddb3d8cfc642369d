export { startServer, type RunningServer, type StartOptions } from './server.ts';
export { loadConfig, ServerConfig, type ServerConfigInput } from './config.ts';
