// Benchmark data shared by the benchmarks.

/** The i-th IoC: a spread of the four kinds, all distinct. */
export function benchIoc(i: number): { type: "DOMAIN" | "IP_ADDRESS" | "FILE" | "URL"; value: string } {
  switch (i % 4) {
    case 0:
      return { type: "DOMAIN", value: `host${i}.bench-${i % 97}.example.com` };
    case 1:
      return { type: "IP_ADDRESS", value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
    case 2:
      return { type: "FILE", value: i.toString(16).padStart(8, "0").repeat(8).slice(0, 64) };
    default:
      return { type: "URL", value: `http://bench-${i % 89}.example.net/p/${i}?q=${i}` };
  }
}
