import { Clocks } from './Clocks.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { RejectedNotice } from './RejectedNotice.tsx';
import { NavActions } from './NavActions.tsx';
import { UserMenu } from './UserMenu.tsx';
import { BrandMark } from '../theme/BrandMark.tsx';
import { VesselSearch } from '../vessels/index.ts';
import type { VesselSummary } from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useRoute, type Route } from '../routing/useRoute.ts';
import { usePageTitle } from '../routing/usePageTitle.ts';
import './topbar.css';

interface Props {
  composing: boolean;
  onNewEvent: () => void;
  onChooseVessel: (vessel: VesselSummary) => void;
}

export function TopBar({ composing, onNewEvent, onChooseVessel }: Props) {
  const t = useT(translations);
  const route = useRoute();
  // The administration names its own tabs (AdminArea).
  usePageTitle(route.page === 'admin' ? null : route.page === 'main' ? t('livePicture') : t(viewKey(route.page)));
  return (
    <header className="topbar">
      <div className="brand">
        <BrandMark className="brand__mark" />
        <span className="brand__name">{t('productName')}</span>
        <span className="brand__tag">{t('tagline')}</span>
      </div>
      <VesselSearch onChoose={onChooseVessel} />
      <RejectedNotice />
      <ConnectionStatus />
      <NavActions composing={composing} onNewEvent={onNewEvent} />
      <Clocks />
      <UserMenu />
    </header>
  );
}

function viewKey(page: Exclude<Route['page'], 'admin' | 'main'>) {
  return `view_${page}` as const;
}
