import { useQuery } from '@tanstack/react-query';
import { errorMessage, unwrap } from '../data/index.ts';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { getTaxiiConnection } from './api.ts';
import { translations } from './taxii.translations.ts';

const MEDIA_TYPE = 'application/taxii+json;version=2.1';

/**
 * "Connect a TAXII client": the discovery URL, how to send a key, and the collection ids of this agency, so an
 * administrator can set up MISP, OpenCTI or a partner's TAXII client without reading the source (TAXII-2).
 */
export function TaxiiConnectPanel() {
  const t = useT(translations);
  const rich = useRichT(translations);
  const keyWord = `<${t('keyWord')}>`;
  const query = useQuery({ queryKey: ['admin', 'taxii-connection'], queryFn: () => unwrap(getTaxiiConnection()) });
  const connection = query.data;
  return (
    <div className="admin__panel taxii" data-testid="taxii-connect">
      <h3 className="admin__title">{t('title')}</h3>
      <p className="taxii__lead">{t('lead')}</p>
      {query.error && <p className="form-error">{errorMessage(query.error)}</p>}
      {connection && (
        <>
          <dl className="taxii__facts">
            <dt>{t('discoveryUrl')}</dt>
            <dd className="mono" data-testid="taxii-discovery">
              {connection.discoveryUrl}
            </dd>
            <dt>{t('apiRoot')}</dt>
            <dd className="mono">{connection.apiRootUrl}</dd>
            <dt>{t('authentication')}</dt>
            <dd>{rich('authHow', { key: keyWord })}</dd>
            <dt>{t('mediaType')}</dt>
            <dd className="mono">{MEDIA_TYPE}</dd>
          </dl>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('colCollection')}</th>
                  <th>{t('colId')}</th>
                  <th>{t('colAccess')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.collections.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <span className="strong" title={c.title}>
                        {c.kind === 'agreement'
                          ? t('collection_agreement', { name: c.agreement ?? '' })
                          : t(`collection_${c.kind}`, { agency: connection.agency })}
                      </span>
                      <div className="table__sub mono">{c.alias}</div>
                    </td>
                    <td className="mono">{c.id}</td>
                    <td className="table__sub">
                      {c.canRead && c.canWrite
                        ? t('access_readWrite')
                        : c.canWrite
                          ? t('access_write')
                          : t('access_read')}
                    </td>
                  </tr>
                ))}
                {connection.collections.length === 0 && (
                  <tr>
                    <td colSpan={3} className="table__empty">
                      {t('none')}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <p className="table__sub">
            {t('example')} <span className="mono">{curlExample(keyWord, connection.discoveryUrl)}</span>
          </p>
        </>
      )}
    </div>
  );
}

/** A command line to try the connection: the same in every language but for the key's placeholder. */
function curlExample(keyWord: string, discoveryUrl: string): string {
  return `curl -u taxii:${keyWord} -H 'Accept: ${MEDIA_TYPE}' ${discoveryUrl}`;
}
