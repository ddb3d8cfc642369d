import { useQuery } from '@tanstack/react-query';
import { DeploymentStatus } from '@tidewatch/contracts';
import { parser } from '../api/guards.ts';
import { request } from '../api/http.ts';
import { unwrap } from '../data/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';

const parseStatus = parser(DeploymentStatus);

/** The deployment's demo and first-run state, cached under ['deployment']; null until known or when unreadable. */
function useDeploymentStatus(): DeploymentStatus | null {
  const query = useQuery({
    queryKey: ['deployment'],
    queryFn: ({ signal }) => unwrap(request('GET', '/api/v1/deployment', { parse: parseStatus, signal })),
  });
  return query.data ?? null;
}

/**
 * OPS-3: while the published demo logins and keys work on this server, everyone at the sign-in page is told,
 * so a demo is never mistaken for a deployment. OPS-2: before the first administrator exists, say how to
 * create one (the setup command runs on the server, never through this page).
 */
export function DeploymentBanner() {
  const status = useDeploymentStatus();
  const t = useRichT(translations);
  if (status === null) return null;
  return (
    <>
      {status.demoCredentials && (
        <div className="login__banner login__banner--demo" role="alert" data-testid="demo-banner">
          {t('demoBanner')}
        </div>
      )}
      {status.setupNeeded && (
        <div className="login__banner" role="status" data-testid="setup-needed">
          {t('setupNeeded')}
        </div>
      )}
    </>
  );
}
