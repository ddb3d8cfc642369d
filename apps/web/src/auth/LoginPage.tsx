import { useState } from 'react';
import { BrandMark } from '../theme/BrandMark.tsx';
import { usePageTitle } from '../routing/usePageTitle.ts';
import { AccountForm } from './AccountForm.tsx';
import { DeploymentBanner } from './DeploymentBanner.tsx';
import { TokenForm } from './TokenForm.tsx';
import { LanguagePicker, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './login.css';

type Tab = 'account' | 'token';

/** Sign-in: an analyst's account, or the device token of an operations-centre wall display; the language first. */
export function LoginPage({ notice }: { notice: string | null }) {
  const t = useT(translations);
  usePageTitle(t('signIn'));
  const [tab, setTab] = useState<Tab>('account');
  return (
    <div className="login">
      <div className="login__card">
        <div className="login__brand">
          <BrandMark className="login__mark" />
          <div>
            <h1 className="login__name">{t('productName')}</h1>
            <p className="login__tag">{t('tagline')}</p>
          </div>
          <LanguagePicker className="login__language" />
        </div>
        <DeploymentBanner />
        {notice && (
          <p className="login__notice" role="status">
            {notice}
          </p>
        )}
        <div className="login__tabs" role="tablist" aria-label={t('signInMethod')}>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'account'}
            className="login__tab"
            onClick={() => setTab('account')}
          >
            {t('accountTab')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'token'}
            className="login__tab"
            data-testid="login-token-tab"
            onClick={() => setTab('token')}
          >
            {t('tokenTab')}
          </button>
        </div>
        {tab === 'account' ? <AccountForm /> : <TokenForm />}
        <p className="login__footer">{t('footer')}</p>
      </div>
    </div>
  );
}
