/** Strongly connected components of a directed graph (Tarjan), each a set of nodes that reach one another. */
export function stronglyConnected<T>(nodes: Iterable<T>, next: (node: T) => Iterable<T>): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  let counter = 0;
  const visit = (node: T): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: T[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === node) break;
      }
      components.push(component);
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}

/** The shortest path from `start` back to itself that stays inside `within`, as [start, ..., start]. */
export function shortestCycle<T>(start: T, within: ReadonlySet<T>, next: (node: T) => Iterable<T>): T[] {
  const cameFrom = new Map<T, T>();
  const queue: T[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as T;
    for (const target of next(node)) {
      if (!within.has(target)) continue;
      if (target === start) {
        const path: T[] = [start];
        for (let at: T | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.push(at);
        path.push(start);
        return path.reverse();
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}
