/** A map of sets (one key, many members) kept without empty sets: the indexes of the matcher and the flag registry. */

export function addToSetMap<K, V>(map: Map<K, Set<V>>, key: K, member: V): void {
  const set = map.get(key);
  if (set) set.add(member);
  else map.set(key, new Set([member]));
}

export function removeFromSetMap<K, V>(map: Map<K, Set<V>>, key: K, member: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(member);
  if (set.size === 0) map.delete(key);
}
