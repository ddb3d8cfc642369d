import { useQuery } from '@tanstack/react-query';
import { errorMessage, unwrap } from '../data/index.ts';
import { getTaxiiConnection } from './api.ts';

/**
 * "Connect a TAXII client": the discovery URL, how to send a key, and the collection ids of this agency, so an
 * administrator can set up MISP, OpenCTI or a partner's TAXII client without reading the source (TAXII-2).
 */
export function TaxiiConnectPanel() {
  const query = useQuery({ queryKey: ['admin', 'taxii-connection'], queryFn: () => unwrap(getTaxiiConnection()) });
  const connection = query.data;
  return (
    <div className="admin__panel taxii" data-testid="taxii-connect">
      <h3 className="admin__title">Connect a TAXII client</h3>
      <p className="taxii__lead">
        Sharing tools that speak STIX 2.1 over TAXII 2.1 (MISP, OpenCTI, a partner's fusion system) read and write here
        with an agency API key of this screen. They see what the key's agency may read, under the same releasability as
        the dashboard; every read of AMBER or RED is audited.
      </p>
      {query.error && <p className="form-error">{errorMessage(query.error)}</p>}
      {connection && (
        <>
          <dl className="taxii__facts">
            <dt>Discovery URL</dt>
            <dd className="mono" data-testid="taxii-discovery">
              {connection.discoveryUrl}
            </dd>
            <dt>API root</dt>
            <dd className="mono">{connection.apiRootUrl}</dd>
            <dt>Authentication</dt>
            <dd>
              HTTP Basic with the API key as the <strong>password</strong> (any user name), or{' '}
              <span className="mono">Authorization: Bearer &lt;key&gt;</span>. Reading needs the{' '}
              <span className="mono">events:read</span> scope, writing to the inbox{' '}
              <span className="mono">events:write</span>.
            </dd>
            <dt>Media type</dt>
            <dd className="mono">application/taxii+json;version=2.1</dd>
          </dl>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>Collection</th>
                  <th>Id</th>
                  <th>Access</th>
                </tr>
              </thead>
              <tbody>
                {connection.collections.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <span className="strong">{c.title}</span>
                      <div className="table__sub mono">{c.alias}</div>
                    </td>
                    <td className="mono">{c.id}</td>
                    <td className="table__sub">
                      {c.canRead && c.canWrite ? 'read, write' : c.canWrite ? 'write (inbox)' : 'read'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="table__sub">
            Example:{' '}
            <span className="mono">
              curl -u taxii:&lt;key&gt; -H 'Accept: application/taxii+json;version=2.1' {connection.discoveryUrl}
            </span>
          </p>
        </>
      )}
    </div>
  );
}
