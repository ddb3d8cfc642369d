/**
 * FED-12: marks an item received from a partner deployment with that deployment's id, so nobody takes it for
 * one written here (its owner is a remote agency, and its triage belongs to its own deployment).
 */
export function OriginBadge({ origin }: { origin: string | undefined }) {
  if (origin === undefined) return null;
  return (
    <span
      className="origin-badge"
      title={`Received from the partner deployment "${origin}"`}
      data-testid="origin-badge"
    >
      ⇄ {origin}
    </span>
  );
}
