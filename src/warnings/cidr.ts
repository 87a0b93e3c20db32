// Which of many CIDR blocks hold an address, in O(log n): the blocks sorted by first address, each with
// a link to the nearest block enclosing it. Two CIDR blocks are either disjoint or nested, so the blocks
// holding an address are the innermost one and its enclosing ones, and the innermost one is found from
// the last block starting at or before the address by following enclosing links (at most 128 of them).
import type ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

interface Block<T> {
  /** First and last address as fixed-width hex keys (family-prefixed, so they sort numerically). */
  first: string;
  last: string;
  prefix: number;
  /** Index of the nearest enclosing block, or -1. */
  parent: number;
  payloads: T[];
}

/** Fixed-width hex of an address's bytes, prefixed by its family: compares like the numbers. */
function hexKey(bytes: readonly number[]): string {
  let key = bytes.length === 4 ? "4" : "6";
  for (const byte of bytes) key += byte < 16 ? `0${byte.toString(16)}` : byte.toString(16);
  return key;
}

/** The key of an address; IPv4-mapped IPv6 addresses are keyed as IPv6 (ranges may name them). */
export function addressKey(address: Address): string {
  return hexKey(address.toByteArray());
}

export class CidrIndex<T> {
  private pending: Array<{ first: string; last: string; prefix: number; payload: T }> = [];
  private blocks: Block<T>[] = [];

  /** Adds a block (a single address is a block of its full length). */
  add(network: Address, prefix: number, payload: T): void {
    const bytes = network.toByteArray();
    const first = [...bytes];
    const last = [...bytes];
    for (let bit = prefix; bit < bytes.length * 8; bit++) {
      const byte = bit >> 3;
      const mask = 0x80 >> (bit & 7);
      first[byte] &= ~mask;
      last[byte] |= mask;
    }
    this.pending.push({ first: hexKey(first), last: hexKey(last), prefix, payload });
  }

  /** Sorts the blocks added so far and links each to its enclosing block; call before `match`. */
  build(): void {
    const sorted = [...this.pending].sort((a, b) =>
      a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefix - b.prefix,
    );
    const blocks: Block<T>[] = [];
    const open: number[] = [];
    for (const { first, last, prefix, payload } of sorted) {
      const previous = blocks[blocks.length - 1];
      if (previous && previous.first === first && previous.prefix === prefix) {
        previous.payloads.push(payload);
        continue;
      }
      while (open.length > 0 && blocks[open[open.length - 1]].last < first) open.pop();
      blocks.push({
        first,
        last,
        prefix,
        parent: open.length ? open[open.length - 1] : -1,
        payloads: [payload],
      });
      open.push(blocks.length - 1);
    }
    this.blocks = blocks;
  }

  /** The payloads of every block holding the address with this key, innermost block first. */
  match(key: string): T[] {
    const blocks = this.blocks;
    let low = 0;
    let high = blocks.length - 1;
    let at = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (blocks[middle].first <= key) {
        at = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    while (at >= 0 && blocks[at].last < key) at = blocks[at].parent;
    const found: T[] = [];
    for (; at >= 0; at = blocks[at].parent) found.push(...blocks[at].payloads);
    return found;
  }
}
