import type { GraphEdge, GraphNode } from '@tidewatch/contracts';
import { GRAPH_NODE_COLORS } from '@tidewatch/contracts/theme-tokens';
import { useT } from '../../i18n/index.ts';
import { translations } from '../translations.ts';
import { radialLayout } from './radialLayout.ts';
import { translations as networkTranslations } from './translations.ts';

// The layout's own units, close to the width the detail column gives it, so 11-unit labels stay readable.
const SIZE = { width: 560, height: 380 };
const LABEL_MAX = 18;
/** Room around the outermost nodes for their labels (half a label across, a label's line below). */
const PAD = { x: 75, top: 42, bottom: 42 };
/** The smallest area shown, so a two-node network is not blown up to fill the box. */
const MIN_VIEW = { width: 360, height: 200 };

/** About how wide a 12-unit label is per character (network.css sets node labels at 12px). */
const LABEL_CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 14;

/**
 * Which node labels go above their node instead of below: nodes are taken left to right and a label that would
 * cover one already placed below moves above (a chain drawn along one line alternates), unless that is taken too.
 */
function labelsAbove(nodes: readonly GraphNode[], at: ReadonlyMap<string, { x: number; y: number }>): Set<string> {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const above = new Set<string>();
  const sorted = nodes
    .map((n) => ({ n, p: at.get(n.key) }))
    .filter((e): e is { n: GraphNode; p: { x: number; y: number } } => e.p !== undefined)
    .sort((a, b) => a.p.x - b.p.x);
  for (const { n, p } of sorted) {
    const half = (short(n.label).length * LABEL_CHAR_WIDTH) / 2;
    const box = (y: number) => ({ x0: p.x - half, x1: p.x + half, y });
    const clashes = (b: { x0: number; x1: number; y: number }) =>
      placed.some((o) => Math.abs(o.y - b.y) < LABEL_HEIGHT && b.x0 < o.x1 && o.x0 < b.x1);
    const below = box(p.y + 1);
    // Above-labels are compared among themselves: a band well clear of the below-labels' band.
    const over = box(p.y - 100);
    if (clashes(below) && !clashes(over)) {
      above.add(n.key);
      placed.push(over);
    } else placed.push(below);
  }
  return above;
}

/** The viewBox fitted to the nodes drawn (a chain drawn along one line does not leave the box half empty). */
function fittedView(points: Iterable<{ x: number; y: number }>): { viewBox: string; width: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    xs.push(p.x);
    ys.push(p.y);
  }
  if (xs.length === 0) return { viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, width: SIZE.width };
  const [minX, maxX] = [Math.min(...xs) - PAD.x, Math.max(...xs) + PAD.x];
  const [minY, maxY] = [Math.min(...ys) - PAD.top, Math.max(...ys) + PAD.bottom];
  const width = Math.max(MIN_VIEW.width, maxX - minX);
  const height = Math.max(MIN_VIEW.height, maxY - minY);
  const x = (minX + maxX) / 2 - width / 2;
  const y = (minY + maxY) / 2 - height / 2;
  return { viewBox: `${x} ${y} ${width} ${height}`, width };
}

/** Drawn at most this much larger than its own units, so a small network on a wide screen is not blown up. */
const MAX_SCALE = 1.2;

interface Props {
  center: GraphNode;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Keys of the nodes and ids of the edges on the highlighted path. */
  onPath: ReadonlySet<string>;
  onExpand: (node: GraphNode) => void;
}

const short = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

/** The node's mark: a circle for an entity, a square for an event, a diamond for a consignment. */
function NodeMark({ node, radius }: { node: GraphNode; radius: number }) {
  const fill = GRAPH_NODE_COLORS[node.kind];
  if (node.type === 'event')
    return <rect x={-radius} y={-radius} width={radius * 2} height={radius * 2} rx={3} fill={fill} />;
  if (node.type === 'consignment')
    return <rect x={-radius} y={-radius} width={radius * 2} height={radius * 2} fill={fill} transform="rotate(45)" />;
  return <circle r={radius} fill={fill} />;
}

/**
 * LINK-3, LINK-4: the node-link drawing. Each entity node is an SVG link, so a click or Enter on it shows its
 * links; the list beside the drawing offers the same to the keyboard in reading order.
 */
export function NetworkDrawing({ center, nodes, edges, onPath, onExpand }: Props) {
  const t = useT(translations);
  const tn = useT(networkTranslations);
  const at = radialLayout(
    center.key,
    nodes.map((n) => n.key),
    edges,
    SIZE,
  );
  const above = labelsAbove(nodes, at);
  const view = fittedView(at.values());
  return (
    <svg
      className="net-drawing"
      viewBox={view.viewBox}
      style={{ maxWidth: `${Math.round(view.width * MAX_SCALE)}px` }}
      role="img"
      aria-label={tn('drawing', { name: center.label })}
      data-testid="network-drawing"
    >
      {edges.map((e) => {
        const a = at.get(e.source);
        const b = at.get(e.target);
        if (!a || !b) return null;
        const highlighted = onPath.has(e.id);
        return (
          <g key={e.id} className={highlighted ? 'net-edge net-edge--path' : 'net-edge'}>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
            <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 4} textAnchor="middle">
              {t('relation', { relation: e.relation })}
            </text>
          </g>
        );
      })}
      {nodes.map((n) => {
        const p = at.get(n.key);
        if (!p) return null;
        const radius = n.key === center.key ? 18 : 13;
        const className = [
          'net-node',
          n.key === center.key ? 'net-node--center' : '',
          onPath.has(n.key) ? 'net-node--path' : '',
        ].join(' ');
        const body = (
          <>
            <NodeMark node={n} radius={radius} />
            <text className="net-node__initial" textAnchor="middle" dy="0.35em">
              {tn('kindInitial', { kind: n.kind })}
            </text>
            <text className="net-node__label" textAnchor="middle" y={above.has(n.key) ? -radius - 6 : radius + 14}>
              {short(n.label)}
            </text>
          </>
        );
        return (
          <g key={n.key} className={className} transform={`translate(${p.x} ${p.y})`} data-testid="network-node">
            {n.type === 'entity' ? (
              <a
                href={`#/entities/${n.id}`}
                aria-label={tn('expand', { name: n.label })}
                onClick={(ev) => {
                  ev.preventDefault();
                  onExpand(n);
                }}
              >
                {body}
              </a>
            ) : (
              body
            )}
          </g>
        );
      })}
    </svg>
  );
}
