import { AgencyView } from './AgencyView.tsx';
import { Clocks } from './Clocks.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { RejectedNotice } from './RejectedNotice.tsx';
import './topbar.css';

export function TopBar() {
  return (
    <header className="topbar">
      <div className="brand">
        <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#0f2236" />
          <path d="M4 21c4-4 8-4 12 0s8 4 12 0" stroke="#38bdf8" strokeWidth="3" fill="none" strokeLinecap="round" />
          <circle cx="16" cy="11.5" r="3.6" fill="#ff5c7a" />
        </svg>
        <span className="brand__name">Tidewatch</span>
        <span className="brand__tag">Joint Caribbean maritime picture</span>
        <AgencyView />
      </div>
      <RejectedNotice />
      <ConnectionStatus />
      <Clocks />
    </header>
  );
}
