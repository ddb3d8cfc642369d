// AIS binary applications for operators: area notices and weather at sea on the map, their data hook.
export { seaNoticesOverlay } from './seaNoticeLayer.ts';
export { useSeaNotices } from './useSeaNotices.ts';
export { weatherRows, windText } from './format.ts';
export { SeaNoticeLegend } from './SeaNoticeLegend.tsx';
