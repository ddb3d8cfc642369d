// The public face of this feature: other folders import it from here only.
export { FeedPanel } from './FeedPanel.tsx';
export { FeedItem } from './FeedItem.tsx';
