/** The detail panel's title takes the focus when a keyboard user opens an event (Enter in the feed or the map list). */
export const DETAIL_TITLE_ID = 'event-detail-title';

export function focusEventDetail(): void {
  // Called from the key press that selected the event: the panel is drawn by the next frame.
  requestAnimationFrame(() => document.getElementById(DETAIL_TITLE_ID)?.focus());
}
