// Which client address a request counts against when it carries no API key.
import ipaddr from "ipaddr.js";

/** Longest address text kept from a header (a proxy may send anything; it becomes part of a store key). */
const MAX_ADDRESS_LENGTH = 64;

/**
 * The address a request's budget is kept under. Without trusted proxies it is the connection's own address
 * and X-Forwarded-For is ignored (any client could write it). With N trusted proxies (TRUST_PROXY) it is the
 * entry the N-th proxy from this server appended, so what a client writes into the header itself never
 * counts. IPv6 clients are counted by their /64, the block one subscriber usually holds.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  let address = socketAddress;
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    if (hops.length > 0) address = hops[Math.max(0, hops.length - trustedProxies)];
  }
  return normalize(address);
}

function normalize(address: string | undefined): string {
  if (!address) return "unknown";
  if (!ipaddr.isValid(address)) return address.slice(0, MAX_ADDRESS_LENGTH);
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 (::ffff:1.2.3.4) becomes IPv4
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
