import { useState } from 'react';
import type { AreaImportResult, GisFormat, Releasability } from '@tidewatch/contracts';
import { fieldErrors, under } from '../forms/fieldErrors.ts';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { useDirectory } from '../releasability/directory.ts';
import { defaultReleasability } from '../releasability/reach.ts';
import { useSession } from '../session/useSession.ts';
import { importAreaFile } from './api.ts';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';

interface Props {
  onImported: () => void;
  onClose: () => void;
}

interface LoadedFile {
  name: string;
  format: GisFormat;
  content: string;
}

/** KML is XML: a file whose name or first character says so; anything else is read as GeoJSON. */
function formatOf(name: string, content: string): GisFormat {
  return /\.kml$/i.test(name) || content.trimStart().startsWith('<') ? 'kml' : 'geojson';
}

const corners = (ring: readonly unknown[]) => Math.max(ring.length - 1, 0);

/**
 * Import areas of interest from a GeoJSON or KML file: a preview first (what would be created, and each
 * feature refused with its index and reason), then the import under the label chosen here.
 */
export function AreaImportPanel({ onImported, onClose }: Props) {
  const t = useT(translations);
  const session = useSession();
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const myGroups = session.kind === 'user' ? session.groups : [];
  const directory = useDirectory();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [releasability, setReleasability] = useState<Releasability>(() => defaultReleasability(myGroups));
  const [preview, setPreview] = useState<AreaImportResult | null>(null);
  const [done, setDone] = useState<AreaImportResult | null>(null);
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean): Promise<void> => {
    if (!file) return;
    setBusy(true);
    const res = await importAreaFile({ format: file.format, content: file.content, releasability, dryRun });
    setBusy(false);
    if (res.ok) {
      setErrors({ byPath: {}, other: [] });
      if (dryRun) setPreview(res.data);
      else {
        setDone(res.data);
        setPreview(null);
        onImported();
      }
      return;
    }
    setPreview(null);
    setErrors(
      res.issues.length > 0
        ? fieldErrors(res.issues, [
            'content',
            'format',
            'releasability.tlp',
            'releasability.recipients',
            'releasability.sharingGroups',
          ])
        : { byPath: {}, other: [res.message] },
    );
  };

  const fileError = errors.byPath.content ?? errors.byPath.format;
  return (
    <section className="gis-import" aria-label={t('importLabel')} data-testid="area-import">
      <h3 className="gis-import__title">{t('importTitle')}</h3>
      <p className="field__hint">{t('importIntro', { agency: ownAgency || t('yourAgency') })}</p>
      <input
        type="file"
        className="gis-import__file"
        accept=".geojson,.json,.kml,application/geo+json,application/vnd.google-earth.kml+xml"
        aria-label={t('areaFile')}
        data-testid="area-import-file"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          setPreview(null);
          setDone(null);
          if (chosen)
            void chosen
              .text()
              .then((content) => setFile({ name: chosen.name, content, format: formatOf(chosen.name, content) }));
        }}
      />
      {file && (
        <p className="gis-muted">
          {t('fileRead', {
            name: file.name,
            format: file.format === 'kml' ? 'KML' : 'GeoJSON',
            count: file.content.length,
          })}
        </p>
      )}
      {fileError && (
        <p className="field__error" role="alert">
          {fileError}
        </p>
      )}
      <ReleasabilityChooser
        value={releasability}
        onChange={(value) => {
          setReleasability(value);
          setPreview(null);
        }}
        ownAgency={ownAgency}
        myGroups={myGroups}
        directory={directory}
        errors={under(errors.byPath, 'releasability')}
        idPrefix="area-import"
      />
      {errors.other.map((message) => (
        <p key={message} className="form-error" role="alert">
          {message}
        </p>
      ))}
      <div className="gis-import__actions">
        <button
          type="button"
          className="btn"
          data-testid="area-import-preview"
          disabled={busy || !file}
          onClick={() => void send(true)}
        >
          {busy && !preview ? t('reading') : t('preview')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="area-import-confirm"
          disabled={busy || !preview || preview.accepted.length === 0}
          onClick={() => void send(false)}
        >
          {preview ? t('importCount', { count: preview.accepted.length }) : t('import')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {preview && <PreviewList result={preview} />}
      {done && (
        <p className="form-ok" role="status" data-testid="area-import-done">
          {done.refused.length > 0
            ? t('importedRefused', { count: done.accepted.length, refused: done.refused.length })
            : t('importedAreas', { count: done.accepted.length })}
        </p>
      )}
    </section>
  );
}

function PreviewList({ result }: { result: AreaImportResult }) {
  const t = useT(translations);
  const rich = useRichT(translations);
  return (
    <div
      className="gis-preview"
      role="status"
      data-testid="area-import-result"
      data-accepted={result.accepted.length}
      data-refused={result.refused.length}
    >
      <p className="gis-preview__summary">
        {rich('previewSummary', {
          accepted: result.accepted.length,
          refused: result.refused.length,
          ok: (chunks) => <strong className="gis-ok">{chunks}</strong>,
          bad: (chunks) => <strong className={result.refused.length > 0 ? 'gis-bad' : undefined}>{chunks}</strong>,
        })}
      </p>
      {result.accepted.length > 0 && (
        <ul className="gis-preview__list">
          {result.accepted.map((a) => (
            <li key={`${a.index}-${a.name}`} className="gis-preview__item">
              <span className="mono gis-preview__index">#{a.index}</span>
              <span className="gis-preview__name">{a.name}</span>
              <span className="gis-muted tabular">{t('corners', { count: corners(a.ring) })}</span>
            </li>
          ))}
        </ul>
      )}
      {result.refused.length > 0 && (
        <ul className="gis-preview__list gis-preview__list--refused">
          {result.refused.map((r) => (
            <li key={`${r.index}-${r.reason}`} className="gis-preview__item">
              <span className="mono gis-preview__index">#{r.index}</span>
              <span className="gis-preview__name">{r.name ?? t('unnamed')}</span>
              <span className="gis-preview__reason">{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
