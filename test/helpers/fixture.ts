// A test file's shared world, built by the first test that needs it and awaited at the start of each one. A
// build that throws then fails every test that needs it; thrown from a beforeAll hook it would only mark them
// skipped, and StrykerJS counts a mutant that only breaks the setup as survived.

/** `build`, run once on first call; every call resolves (or rejects) with that one result. */
export function sharedWorld<T>(build: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () => {
    built ??= build();
    return built;
  };
}
