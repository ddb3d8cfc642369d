import { useState } from 'react';
import { BrandMark } from '../theme/BrandMark.tsx';
import { AccountForm } from './AccountForm.tsx';
import { DeploymentBanner } from './DeploymentBanner.tsx';
import { TokenForm } from './TokenForm.tsx';
import './login.css';

type Tab = 'account' | 'token';

/** Sign-in: an analyst's account, or the device token of an operations-centre wall display. */
export function LoginPage({ notice }: { notice: string | null }) {
  const [tab, setTab] = useState<Tab>('account');
  return (
    <div className="login">
      <div className="login__card">
        <div className="login__brand">
          <BrandMark className="login__mark" />
          <div>
            <h1 className="login__name">Tidewatch</h1>
            <p className="login__tag">Joint Caribbean maritime picture</p>
          </div>
        </div>
        <DeploymentBanner />
        {notice && (
          <p className="login__notice" role="status">
            {notice}
          </p>
        )}
        <div className="login__tabs" role="tablist" aria-label="Sign-in method">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'account'}
            className="login__tab"
            onClick={() => setTab('account')}
          >
            Account
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'token'}
            className="login__tab"
            data-testid="login-token-tab"
            onClick={() => setTab('token')}
          >
            Wall display token
          </button>
        </div>
        {tab === 'account' ? <AccountForm /> : <TokenForm />}
        <p className="login__footer">
          Authorised users only. Sign-ins and reads of AMBER and RED information are audited.
        </p>
      </div>
    </div>
  );
}
