// The public face of the GIS exchange feature: other folders import it from here only.
export { MapExportMenu } from './MapExportMenu.tsx';
export { TrackExport } from './TrackExport.tsx';
export { AreasScreen } from './AreasScreen.tsx';
export { TaskExport } from './TaskExport.tsx';
