import { useState } from 'react';
import { navigate } from '../routing/useRoute.ts';
import { useCan } from '../session/useSession.ts';
import { shortUtc } from '../theme/format.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { downloadAreas } from './api.ts';
import { AreaImportPanel } from './AreaImportPanel.tsx';
import { FormatButtons } from './FormatButtons.tsx';
import { useAreas, useInvalidateAreas } from './useAreas.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './gis.css';

/** `#/areas`: the areas of interest this agency may read, their export, and the import from GIS files. */
export function AreasScreen() {
  const t = useT(translations);
  const { areas, error } = useAreas();
  const invalidate = useInvalidateAreas();
  const canWrite = useCan('events:write');
  const canExport = useCan('events:export');
  const [importing, setImporting] = useState(false);
  return (
    <section className="gis-screen" data-testid="areas-screen" aria-label={t('areasOfInterest')}>
      <header className="gis-screen__header">
        <div>
          <h1 className="gis-screen__title">{t('areasOfInterest')}</h1>
          <p className="gis-screen__sub">{t('areasIntro')}</p>
        </div>
        <div className="gis-screen__actions">
          {canExport && (
            <span className="gis-screen__export">
              {t('exportAll')}
              <FormatButtons what={t('areasOfInterest')} testId="area-list-export" onDownload={downloadAreas} />
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
              {t('importAreas')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => navigate('#/')}>
            {t('backToLivePicture')}
          </button>
        </div>
      </header>
      <div className="gis-screen__layout" data-importing={importing}>
        <div className="gis-screen__list">
          {error && <p className="form-error">{t('loadFailed', { reason: error })}</p>}
          {areas !== null && areas.length === 0 && <p className="gis-muted">{t('noAreas')}</p>}
          {areas !== null && areas.length > 0 && (
            <table className="gis-table" data-testid="area-list">
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colOwner')}</th>
                  <th scope="col">{t('colLabel')}</th>
                  <th scope="col" className="gis-table__num">
                    {t('colCorners')}
                  </th>
                  <th scope="col">{t('colCreated')}</th>
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
