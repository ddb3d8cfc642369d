import { useState } from 'react';
import { navigate } from '../routing/useRoute.ts';
import { useCan } from '../session/useSession.ts';
import { shortUtc } from '../theme/format.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { downloadAreas } from './api.ts';
import { AreaImportPanel } from './AreaImportPanel.tsx';
import { FormatButtons } from './FormatButtons.tsx';
import { useAreas, useInvalidateAreas } from './useAreas.ts';
import './gis.css';

/** `#/areas`: the areas of interest this agency may read, their export, and the import from GIS files. */
export function AreasScreen() {
  const { areas, error } = useAreas();
  const invalidate = useInvalidateAreas();
  const canWrite = useCan('events:write');
  const canExport = useCan('events:export');
  const [importing, setImporting] = useState(false);
  return (
    <section className="gis-screen" data-testid="areas-screen" aria-label="Areas of interest">
      <header className="gis-screen__header">
        <div>
          <h1 className="gis-screen__title">Areas of interest</h1>
          <p className="gis-screen__sub">
            Vessels entering or leaving an area raise alerts. Export them for GIS tools, or import areas drawn
            elsewhere.
          </p>
        </div>
        <div className="gis-screen__actions">
          {canExport && (
            <span className="gis-screen__export">
              Export all
              <FormatButtons what="Areas of interest" testId="area-list-export" onDownload={downloadAreas} />
            </span>
          )}
          {canWrite && (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="area-import-open"
              aria-pressed={importing}
              onClick={() => setImporting((v) => !v)}
            >
              Import areas…
            </button>
          )}
          <button type="button" className="btn" onClick={() => navigate('#/')}>
            ← Live picture
          </button>
        </div>
      </header>
      <div className="gis-screen__layout" data-importing={importing}>
        <div className="gis-screen__list">
          {error && <p className="form-error">Areas could not be loaded: {error}</p>}
          {areas !== null && areas.length === 0 && <p className="gis-muted">No area of interest you may read yet.</p>}
          {areas !== null && areas.length > 0 && (
            <table className="gis-table" data-testid="area-list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Label</th>
                  <th scope="col" className="gis-table__num">
                    Corners
                  </th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {areas.map((a) => (
                  <tr key={a.id} data-testid="area-row">
                    <td className="gis-table__name">{a.name}</td>
                    <td className="mono">{a.ownerAgency}</td>
                    <td>
                      <TlpBadge tlp={a.releasability.tlp} />
                    </td>
                    <td className="gis-table__num tabular">{Math.max(a.ring.length - 1, 0)}</td>
                    <td className="gis-muted tabular">
                      {shortUtc(a.createdAt)} · {a.createdBy}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {importing && <AreaImportPanel onImported={invalidate} onClose={() => setImporting(false)} />}
      </div>
    </section>
  );
}
