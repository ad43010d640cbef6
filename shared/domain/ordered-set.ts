// A sorted set with order statistics (a treap whose nodes know their subtree size): insert,
// delete, "how many lead the order" and walking from the front, each O(log n) expected. The
// queue index keeps one per waiting line, so a position is counted, never sorted.

interface Node<T> {
  value: T;
  priority: number;
  size: number;
  left: Node<T> | null;
  right: Node<T> | null;
}

const size = <T>(n: Node<T> | null): number => (n ? n.size : 0);

function update<T>(n: Node<T>): Node<T> {
  n.size = 1 + size(n.left) + size(n.right);
  return n;
}

/** Deterministic priorities (xorshift): the same inserts give the same tree, run after run. */
function nextPriority(seed: { s: number }): number {
  let x = seed.s;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  seed.s = x >>> 0;
  return seed.s;
}

export class OrderedSet<T> {
  private root: Node<T> | null = null;
  private readonly seed = { s: 0x9e3779b9 };

  /** `compare` must be a total order: 0 only for the same element. */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return size(this.root);
  }

  insert(value: T): void {
    const [left, right] = this.split(this.root, value);
    const node: Node<T> = { value, priority: nextPriority(this.seed), size: 1, left: null, right: null };
    this.root = this.merge(this.merge(left, node), right);
  }

  /** Removes the element equal to `value` (by compare); false when it was not there. */
  delete(value: T): boolean {
    let parent: Node<T> | null = null;
    let node = this.root;
    const path: Node<T>[] = [];
    while (node) {
      const c = this.compare(value, node.value);
      if (c === 0) break;
      path.push(node);
      parent = node;
      node = c < 0 ? node.left : node.right;
    }
    if (!node) return false;
    const joined = this.merge(node.left, node.right);
    if (!parent) this.root = joined;
    else if (parent.left === node) parent.left = joined;
    else parent.right = joined;
    for (let i = path.length - 1; i >= 0; i--) path[i].size -= 1;
    return true;
  }

  first(): T | undefined {
    let node = this.root;
    while (node?.left) node = node.left;
    return node?.value;
  }

  /**
   * How many elements from the front satisfy `leads`, which must hold for a prefix of the order
   * (true, true, …, false, false).
   */
  countLeading(leads: (value: T) => boolean): number {
    let count = 0;
    let node = this.root;
    while (node) {
      if (leads(node.value)) {
        count += size(node.left) + 1;
        node = node.right;
      } else {
        node = node.left;
      }
    }
    return count;
  }

  /** The elements in order, lazily (walking the first k costs O(k + log n)). */
  *values(): Generator<T> {
    const stack: Node<T>[] = [];
    let node = this.root;
    while (node || stack.length > 0) {
      while (node) {
        stack.push(node);
        node = node.left;
      }
      const top = stack.pop() as Node<T>;
      yield top.value;
      node = top.right;
    }
  }

  /** Splits into (< value) and (≥ value). */
  private split(node: Node<T> | null, value: T): [Node<T> | null, Node<T> | null] {
    if (!node) return [null, null];
    if (this.compare(node.value, value) < 0) {
      const [l, r] = this.split(node.right, value);
      node.right = l;
      return [update(node), r];
    }
    const [l, r] = this.split(node.left, value);
    node.left = r;
    return [l, update(node)];
  }

  /** Joins two trees where every element of `a` precedes every element of `b`. */
  private merge(a: Node<T> | null, b: Node<T> | null): Node<T> | null {
    if (!a) return b;
    if (!b) return a;
    if (a.priority > b.priority) {
      a.right = this.merge(a.right, b);
      return update(a);
    }
    b.left = this.merge(a, b.left);
    return update(b);
  }
}
