import { useEffect, useState } from 'react';
import { DeploymentStatus } from '@tidewatch/contracts';
import { request } from '../api/http.ts';

function useDeploymentStatus(): DeploymentStatus | null {
  const [status, setStatus] = useState<DeploymentStatus | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    request('GET', '/api/v1/deployment', {
      parse: (raw) => {
        const parsed = DeploymentStatus.safeParse(raw);
        return parsed.success ? parsed.data : null;
      },
      signal: controller.signal,
    }).then(
      (result) => {
        if (result.ok) setStatus(result.data);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return status;
}

/**
 * OPS-3: while the published demo logins and keys work on this server, everyone at the sign-in page is told,
 * so a demo is never mistaken for a deployment. OPS-2: before the first administrator exists, say how to
 * create one (the setup command runs on the server, never through this page).
 */
export function DeploymentBanner() {
  const status = useDeploymentStatus();
  if (status === null) return null;
  return (
    <>
      {status.demoCredentials && (
        <div className="login__banner login__banner--demo" role="alert" data-testid="demo-banner">
          <strong>Demo server.</strong> The published demo accounts (password <code>tidewatch-demo</code>), API keys and
          wall-display tokens work here. Use it for evaluation only; a real deployment starts with <code>DEMO=off</code>
          , which disables them.
        </div>
      )}
      {status.setupNeeded && (
        <div className="login__banner" role="status" data-testid="setup-needed">
          No administrator exists yet. On the server, run <code>pnpm tidewatch setup</code> (see the README, “Real
          deployment”).
        </div>
      )}
    </>
  );
}
