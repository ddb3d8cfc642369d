import { Clocks } from './Clocks.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { RejectedNotice } from './RejectedNotice.tsx';
import { NavActions } from './NavActions.tsx';
import { UserMenu } from './UserMenu.tsx';
import { BrandMark } from '../theme/BrandMark.tsx';
import './topbar.css';

interface Props {
  composing: boolean;
  onNewEvent: () => void;
}

export function TopBar({ composing, onNewEvent }: Props) {
  return (
    <header className="topbar">
      <div className="brand">
        <BrandMark className="brand__mark" />
        <span className="brand__name">Tidewatch</span>
        <span className="brand__tag">Joint Caribbean maritime picture</span>
      </div>
      <RejectedNotice />
      <ConnectionStatus />
      <NavActions composing={composing} onNewEvent={onNewEvent} />
      <Clocks />
      <UserMenu />
    </header>
  );
}
