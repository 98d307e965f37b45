/**
 * A map that keeps its entries in least-recently-set order, like a Map whose entries are deleted
 * and set again on every update, without the cost: aggregations update an entry for most events
 * they see, and delete + set on a Map hashes the key twice and leaves a deleted slot behind each
 * time (the table is rebuilt again and again). Here an update moves a list node; the Map is
 * written only when a key comes or goes.
 */
export interface LruNode<K, V> {
  readonly key: K;
  value: V;
  prev: LruNode<K, V> | undefined;
  next: LruNode<K, V> | undefined;
}

export class Lru<K, V> {
  private readonly nodes = new Map<K, LruNode<K, V>>();
  private head: LruNode<K, V> | undefined = undefined;
  private tail: LruNode<K, V> | undefined = undefined;

  get size(): number {
    return this.nodes.size;
  }

  get(key: K): V | undefined {
    return this.nodes.get(key)?.value;
  }

  /** The entry's node (its value is `node.value`), for touch(); undefined when absent. */
  node(key: K): LruNode<K, V> | undefined {
    return this.nodes.get(key);
  }

  /** Makes an entry the most recent, given its node: set() without looking the key up again. */
  touch(node: LruNode<K, V>): void {
    if (node === this.tail) return;
    this.unlink(node);
    node.prev = this.tail;
    this.tail!.next = node;
    this.tail = node;
  }

  /** The most recently set entry (walk back with `prev`). */
  newest(): LruNode<K, V> | undefined {
    return this.tail;
  }

  /** The least recently set entry. */
  oldest(): LruNode<K, V> | undefined {
    return this.head;
  }

  /** Sets the value and makes the entry the most recent (Map: delete, then set). */
  set(key: K, value: V): void {
    let node = this.nodes.get(key);
    if (node) {
      node.value = value;
      if (node === this.tail) return;
      this.unlink(node);
    } else {
      node = { key, value, prev: undefined, next: undefined };
      this.nodes.set(key, node);
    }
    node.prev = this.tail;
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
  }

  delete(key: K): boolean {
    const node = this.nodes.get(key);
    if (!node) return false;
    this.nodes.delete(key);
    this.unlink(node);
    return true;
  }

  clear(): void {
    this.nodes.clear();
    this.head = this.tail = undefined;
  }

  /** Oldest first; `fn` may delete the entry it is given. */
  forEach(fn: (value: V, key: K) => void): void {
    for (let node = this.head; node; ) {
      const next = node.next;
      fn(node.value, node.key);
      node = next;
    }
  }

  /** Values, oldest first. */
  values(): V[] {
    const out: V[] = [];
    for (let node = this.head; node; node = node.next) out.push(node.value);
    return out;
  }

  /** Keys, oldest first. */
  keys(): K[] {
    const out: K[] = [];
    for (let node = this.head; node; node = node.next) out.push(node.key);
    return out;
  }

  private unlink(node: LruNode<K, V>): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = node.next = undefined;
  }
}
