/**
 * Many small JSON texts kept compressed in memory, each read back on its own.
 *
 * The shard-by-shard assessment keeps the resources rules look up across scopes (buckets, log
 * groups, alarms, accounts of every scope: about one resource in seven) for the whole run. As
 * JavaScript strings they were the largest thing on the heap at a million resources, and V8 sizes
 * its heap as a multiple of what is live, so they cost several times their size in RSS. Compressed
 * one by one they shrink only about 3×, being small; compressed against a shared dictionary taken
 * from the first texts (the same keys, types and ARN prefixes recur in all of them) they shrink
 * about 15× (94 MiB of JSON to 6 MiB on the million-resource bench), and the bytes live outside
 * the JavaScript heap.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Dictionary size: 16 KiB compresses almost as well as zlib's 32 KiB maximum and is set up three times faster per text. */
const DICTIONARY_CHARS = 16 * 1024;
/** Texts kept as they are until this many characters have come, to build the dictionary from. */
const SAMPLE_CHARS = 64 * 1024;
const FIRST_SLAB_BYTES = 64 * 1024;
const MAX_SLAB_BYTES = 1024 * 1024;

export class CompressedTexts {
  /** Texts received before the dictionary exists (until `seal`, or until enough have come). */
  private pending: string[] | undefined = [];
  private pendingChars = 0;
  private dictionary: Buffer | undefined;
  /** Compressed texts packed into a few large buffers rather than one small Buffer object each. */
  private readonly slabs: Buffer[] = [];
  private slabUsed = 0;
  /** Per text id: slab, offset, length. */
  private where = new Uint32Array(3 * 1024);
  private count = 0;
  /** Compressed bytes held (the slabs may hold up to one slab more). */
  compressedBytes = 0;
  /** Characters of the texts as given. */
  textChars = 0;

  get size(): number {
    return this.count;
  }

  /** Stores a text and returns its id (0, 1, 2, … in the order added). */
  add(text: string): number {
    const id = this.count++;
    this.textChars += text.length;
    if (this.pending) {
      this.pending.push(text);
      this.pendingChars += text.length;
      if (this.pendingChars >= SAMPLE_CHARS) this.seal();
    } else {
      this.store(id, text);
    }
    return id;
  }

  /** Builds the dictionary from the texts received so far and compresses them; later texts are compressed as they come. */
  seal(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.pendingChars = 0;
    this.dictionary = Buffer.from(pending.join('').slice(-DICTIONARY_CHARS), 'utf8');
    for (let id = 0; id < pending.length; id++) this.store(id, pending[id]);
  }

  get(id: number): string {
    if (!(id >= 0 && id < this.count)) throw new RangeError(`no text ${id} (${this.count} stored)`);
    if (this.pending) return this.pending[id];
    const at = 3 * id;
    const slab = this.slabs[this.where[at]];
    const offset = this.where[at + 1];
    return inflateRawSync(slab.subarray(offset, offset + this.where[at + 2]), { dictionary: this.dictionary }).toString('utf8');
  }

  private store(id: number, text: string): void {
    const packed = deflateRawSync(text, { dictionary: this.dictionary });
    let slab = this.slabs.at(-1);
    if (!slab || this.slabUsed + packed.length > slab.length) {
      // Slabs grow with the data, so a small snapshot does not reserve a megabyte.
      const size = Math.max(packed.length, Math.min(MAX_SLAB_BYTES, FIRST_SLAB_BYTES << this.slabs.length));
      slab = Buffer.allocUnsafeSlow(size);
      this.slabs.push(slab);
      this.slabUsed = 0;
    }
    packed.copy(slab, this.slabUsed);
    if (3 * id + 3 > this.where.length) {
      const grown = new Uint32Array(Math.max(this.where.length * 2, 3 * id + 3));
      grown.set(this.where);
      this.where = grown;
    }
    this.where[3 * id] = this.slabs.length - 1;
    this.where[3 * id + 1] = this.slabUsed;
    this.where[3 * id + 2] = packed.length;
    this.slabUsed += packed.length;
    this.compressedBytes += packed.length;
  }
}
