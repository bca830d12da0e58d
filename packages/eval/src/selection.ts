/**
 * The `capacity` best (smallest key) of the candidates offered, ties broken by the lower id:
 * a max-heap whose root is the worst kept candidate, so each offer costs O(log k) and a scan of
 * N candidates O(N log k), with no full sort.
 *
 * @example
 * const best = new BoundedSelection(2);
 * best.offer(3, 0); best.offer(1, 1); best.offer(1, 2);
 * best.drainInto(ids, keys, 0); // ids [1, 2], keys [1, 1]
 */
export class BoundedSelection {
  readonly capacity: number;
  readonly #keys: Float64Array;
  readonly #ids: Int32Array;
  #size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.#keys = new Float64Array(capacity);
    this.#ids = new Int32Array(capacity);
  }

  /** Forgets every candidate, keeping the buffers. */
  reset(): void {
    this.#size = 0;
  }

  /** Keeps candidate `id` if it is among the best so far. */
  offer(key: number, id: number): void {
    if (this.#size < this.capacity) {
      this.#keys[this.#size] = key;
      this.#ids[this.#size] = id;
      this.#size++;
      this.#siftUp(this.#size - 1);
      return;
    }
    if (this.capacity === 0 || !this.#before(key, id, 0)) return;
    this.#keys[0] = key;
    this.#ids[0] = id;
    this.#siftDown(0);
  }

  /**
   * Writes the kept candidates best first to `ids` and `keys` from `offset`, and empties the
   * selection.
   */
  drainInto(ids: Int32Array, keys: Float64Array, offset: number): void {
    while (this.#size > 0) {
      const last = this.#size - 1;
      ids[offset + last] = this.#ids[0] as number;
      keys[offset + last] = this.#keys[0] as number;
      this.#move(last, 0);
      this.#size = last;
      this.#siftDown(0);
    }
  }

  /** Whether (key, id) ranks before the candidate at heap slot `slot`. */
  #before(key: number, id: number, slot: number): boolean {
    const other = this.#keys[slot] as number;
    return key < other || (key === other && id < (this.#ids[slot] as number));
  }

  #siftUp(start: number): void {
    let slot = start;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.#before(this.#keys[parent] as number, this.#ids[parent] as number, slot)) return;
      this.#swap(slot, parent);
      slot = parent;
    }
  }

  #siftDown(start: number): void {
    let slot = start;
    for (;;) {
      const left = 2 * slot + 1;
      let worst = slot;
      if (left < this.#size && this.#worse(left, worst)) worst = left;
      if (left + 1 < this.#size && this.#worse(left + 1, worst)) worst = left + 1;
      if (worst === slot) return;
      this.#swap(slot, worst);
      slot = worst;
    }
  }

  /** Whether the candidate at slot `a` ranks after the one at slot `b`. */
  #worse(a: number, b: number): boolean {
    return this.#before(this.#keys[b] as number, this.#ids[b] as number, a);
  }

  #move(from: number, to: number): void {
    this.#keys[to] = this.#keys[from] as number;
    this.#ids[to] = this.#ids[from] as number;
  }

  #swap(a: number, b: number): void {
    const key = this.#keys[a] as number;
    const id = this.#ids[a] as number;
    this.#move(b, a);
    this.#keys[b] = key;
    this.#ids[b] = id;
  }
}
