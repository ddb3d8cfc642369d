import { useState } from 'react';
import { GRAPH_NODE_KINDS, type Entity, type GraphNode, type GraphNodeKind } from '@tidewatch/contracts';
import { GRAPH_NODE_COLORS } from '@tidewatch/contracts/theme-tokens';
import { useDebounced } from '../../data/useDebounced.ts';
import { useT } from '../../i18n/index.ts';
import { translations } from '../translations.ts';
import { useEntitySearch } from '../useEntityData.ts';
import type { NetworkFilter } from './api.ts';
import { NetworkDrawing } from './NetworkDrawing.tsx';
import { translations as networkTranslations } from './translations.ts';
import { useNetwork, usePath } from './useNetwork.ts';
import './network.css';

interface Props {
  entity: Entity;
  onOpen: (id: string) => void;
}

/** A node's kind in words: an entity kind from the entities catalog, or "Event" / "Consignment". */
function useKindName() {
  const t = useT(translations);
  return (kind: GraphNodeKind) =>
    kind === 'event' || kind === 'consignment' ? t('targetType', { type: kind }) : t('kind', { kind });
}

function PathPicker({ selfId, onPick }: { selfId: string; onPick: (target: Entity) => void }) {
  const tn = useT(networkTranslations);
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 250);
  const { page } = useEntitySearch(debounced, '');
  const options = debounced.trim() === '' ? [] : (page?.items ?? []).filter((e) => e.id !== selfId).slice(0, 6);
  return (
    <div className="net-path-picker">
      <input
        className="input"
        type="search"
        aria-label={tn('pathSearch')}
        placeholder={tn('pathSearch')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="network-path-search"
      />
      <ul className="net-picks">
        {options.map((e) => (
          <li key={e.id}>
            <button type="button" className="btn" onClick={() => onPick(e)}>
              {tn('pathPick', { name: e.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * LINK-3, LINK-4: the entity's network as a drawing and a list, with a window and kind filter, nodes that expand
 * on click or Enter, and the shortest path to another entity highlighted. Everything shown is what the server
 * returned for this reader: hidden records are not drawn, counted or hinted at.
 */
export function NetworkPanel({ entity, onOpen }: Props) {
  const tn = useT(networkTranslations);
  const kindName = useKindName();
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [kind, setKind] = useState<GraphNodeKind | ''>('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const [target, setTarget] = useState<Entity | null>(null);
  const filter: NetworkFilter = { since, until, kinds: kind === '' ? [] : [kind] };
  const { graph, loading, error } = useNetwork(entity.id, expanded, filter);
  const { path, loading: pathLoading } = usePath(entity.id, target?.id ?? null, filter);

  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  for (const n of path?.nodes ?? []) if (!nodes.has(n.key)) nodes.set(n.key, n);
  for (const e of path?.edges ?? []) if (!edges.has(e.id)) edges.set(e.id, e);
  const onPath = new Set([...(path?.nodes ?? []).map((n) => n.key), ...(path?.edges ?? []).map((e) => e.id)]);
  const center = nodes.get(`entity:${entity.id}`);
  const expand = (node: GraphNode) => {
    if (node.type === 'entity' && !expanded.includes(node.id)) setExpanded([...expanded, node.id]);
  };
  const isExpanded = (node: GraphNode) => node.id === entity.id || expanded.includes(node.id);

  return (
    <section className="ent-section net" data-testid="entity-network" aria-labelledby="entity-network-title">
      <h4 id="entity-network-title">{tn('network')}</h4>
      <p className="ent-muted">{tn('intro')}</p>
      <div className="net-filters">
        <label className="net-field">
          <span>{tn('since')}</span>
          <input className="input" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <label className="net-field">
          <span>{tn('until')}</span>
          <input className="input" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
        <label className="net-field">
          <span>{tn('kindFilter')}</span>
          <select
            className="input"
            value={kind}
            onChange={(e) => setKind(e.target.value as GraphNodeKind | '')}
            data-testid="network-kind"
          >
            <option value="">{tn('allKinds')}</option>
            {GRAPH_NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="field__error">{error}</p>}
      {loading || !center ? (
        <p className="ent-muted">{tn('loading')}</p>
      ) : (
        <div className="net-body">
          <NetworkDrawing
            center={center}
            nodes={[...nodes.values()]}
            edges={[...edges.values()]}
            onPath={onPath}
            onExpand={expand}
          />
          <div className="net-side">
            <h5>{tn('nodes')}</h5>
            {nodes.size === 1 && <p className="ent-muted">{tn('noNeighbours')}</p>}
            <ul className="net-list" data-testid="network-list">
              {[...nodes.values()].map((n) => (
                <li
                  key={n.key}
                  className={onPath.has(n.key) ? 'net-list__item net-list__item--path' : 'net-list__item'}
                >
                  <span className="net-swatch" style={{ background: GRAPH_NODE_COLORS[n.kind] }} aria-hidden="true" />
                  <span className="net-list__name">
                    {n.label}
                    <span className="ent-muted"> · {kindName(n.kind)}</span>
                  </span>
                  {n.type === 'entity' &&
                    (isExpanded(n) ? (
                      <span className="ent-muted">{tn('expanded')}</span>
                    ) : (
                      <button type="button" className="btn btn--small" onClick={() => expand(n)}>
                        {tn('expand', { name: n.label })}
                      </button>
                    ))}
                  {n.type === 'entity' && n.id !== entity.id && (
                    <button type="button" className="btn btn--small" onClick={() => onOpen(n.id)}>
                      {tn('open')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {graph.truncated && <p className="ent-muted">{tn('truncated')}</p>}
            <h5>{tn('pathTo')}</h5>
            <PathPicker selfId={entity.id} onPick={setTarget} />
            {target && (
              <div className="net-path-result" data-testid="network-path-result" aria-live="polite">
                {pathLoading ? (
                  <span className="ent-muted">{tn('loading')}</span>
                ) : path && path.edges.length > 0 ? (
                  <span>{tn('pathFound', { name: target.name, count: path.edges.length })}</span>
                ) : (
                  <span>{tn('pathNone')}</span>
                )}
                <button type="button" className="btn btn--small" onClick={() => setTarget(null)}>
                  {tn('clearPath')}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
