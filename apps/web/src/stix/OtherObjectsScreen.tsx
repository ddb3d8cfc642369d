import { useState } from 'react';
import type { StixOtherObject } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { formatAge } from '../theme/format.ts';
import { useOtherObjects } from './useStixData.ts';
import './stix.css';

const PAGE = 200;

function ObjectRow({ object, open, onToggle }: { object: StixOtherObject; open: boolean; onToggle: () => void }) {
  return (
    <li className="stix-other" data-testid="stix-other">
      <button type="button" className="stix-other__head" aria-expanded={open} onClick={onToggle}>
        <span className="stix-other__type mono">{object.type}</span>
        <span className="stix-other__name">{object.name ?? object.stixId}</span>
        <TlpBadge tlp={object.releasability.tlp} />
        <span className="stix-muted">
          {object.ownerAgency} · imported {formatAge(Date.now() - Date.parse(object.importedAt))}
        </span>
      </button>
      {open && <pre className="stix-other__json">{JSON.stringify(object.object, null, 2)}</pre>}
    </li>
  );
}

/** STIX objects Tidewatch does not map, kept verbatim from imports: those this agency may read. */
export function OtherObjectsScreen() {
  const { page, error, loading } = useOtherObjects(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section className="stix-screen" aria-label="Other STIX objects">
      <header className="stix-screen__header">
        <div>
          <h2 className="stix-screen__title">Other STIX objects</h2>
          <p className="stix-muted">
            Objects from imported bundles that Tidewatch does not map (indicators, malware, sightings, partners' own
            incidents…), kept exactly as received. You see those released to your agency by their TLP marking.
          </p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          ← Live picture
        </button>
      </header>
      {error && <p className="stix-error">{error}</p>}
      {loading && <p className="stix-muted">Loading…</p>}
      {page && (
        <>
          <p className="stix-muted tabular" data-testid="stix-other-total">
            {page.total.toLocaleString('en-US')} {page.total === 1 ? 'object' : 'objects'}
            {page.total > page.items.length ? ` · the newest ${page.items.length} shown` : ''}
          </p>
          {page.items.length === 0 ? (
            <p className="stix-muted">None yet: import a bundle from the live feed's "Import STIX".</p>
          ) : (
            <ul className="stix-others">
              {page.items.map((o) => (
                <ObjectRow
                  key={`${o.ownerAgency}/${o.stixId}`}
                  object={o}
                  open={openId === `${o.ownerAgency}/${o.stixId}`}
                  onToggle={() =>
                    setOpenId((id) => (id === `${o.ownerAgency}/${o.stixId}` ? null : `${o.ownerAgency}/${o.stixId}`))
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
