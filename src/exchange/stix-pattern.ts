// STIX 2.1 patterning (§9): a tokenizer and a recursive-descent parser for the whole grammar (the OASIS ANTLR
// grammar STIXPattern.g4), so a pattern is either understood exactly or refused with the place it went wrong.
// What an import takes from a parsed pattern is decided by the reader (stix-import.ts), not here.

export type LiteralType = "string" | "int" | "float" | "bool" | "binary" | "hex" | "timestamp";

export interface Literal {
  type: LiteralType;
  /** The literal's value: a string's text unescaped, other literals as written. */
  value: string;
}

/** A property path: `file:hashes.'SHA-256'` is objectType "file", components ["hashes", "SHA-256"]. */
export interface ObjectPath {
  objectType: string;
  components: (string | number | "*")[];
}

export type Comparison =
  | { kind: "or" | "and"; items: Comparison[]; text: string }
  | {
      kind: "test";
      path: ObjectPath;
      negated: boolean;
      /** `=`, `!=`, `<`, `<=`, `>`, `>=`, `IN`, `LIKE`, `MATCHES`, `ISSUBSET`, `ISSUPERSET` or `EXISTS`. */
      operator: string;
      /** The right-hand side: one literal, the members of an `IN` set, none for `EXISTS`. */
      values: Literal[];
      text: string;
    };

export type Observation =
  | { kind: "followedby" | "or" | "and"; items: Observation[]; text: string }
  | { kind: "qualified"; qualifier: string; inner: Observation; text: string }
  | { kind: "observation"; comparison: Comparison; text: string };

export class PatternSyntaxError extends Error {}

const MAX_NESTING = 100;

interface Token {
  kind: "keyword" | "ident" | "literal" | "punct";
  text: string;
  start: number;
  end: number;
  literal?: Literal;
}

const KEYWORDS = new Set([
  "AND",
  "OR",
  "NOT",
  "FOLLOWEDBY",
  "LIKE",
  "MATCHES",
  "ISSUPERSET",
  "ISSUBSET",
  "EXISTS",
  "IN",
  "START",
  "STOP",
  "SECONDS",
  "WITHIN",
  "REPEATS",
  "TIMES",
]);

// Longest first, so `<=` is not read as `<` then `=`.
const PUNCTUATION = ["==", "!=", "<>", "<=", ">=", "=", "<", ">", ":", ".", ",", "(", ")", "[", "]", "*"];

const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const fail = (message: string): never => {
    throw new PatternSyntaxError(`${message} at position ${at + 1}`);
  };
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const start = at;
    // Quoted literals: '…' strings, h'…' hex, b'…' base64, t'…' timestamps.
    const prefixed = /^([hbt]?)'/.exec(rest);
    if (prefixed) {
      at += prefixed[0].length;
      let text = "";
      for (;;) {
        if (at >= source.length) fail("unterminated quoted literal");
        const char = source[at];
        if (char === "'") break;
        if (char === "\\") {
          const next = source[at + 1];
          if (next !== "'" && next !== "\\") fail("a backslash in a string escapes only ' or \\");
          text += next;
          at += 2;
        } else {
          text += char;
          at++;
        }
      }
      at++;
      const prefix = prefixed[1];
      const type: LiteralType =
        prefix === "h" ? "hex" : prefix === "b" ? "binary" : prefix === "t" ? "timestamp" : "string";
      if (type === "hex" && !/^(?:[0-9a-fA-F]{2})*$/.test(text)) fail("not a hex literal");
      if (type === "binary" && !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text))
        fail("not a base64 binary literal");
      if (type === "timestamp" && !TIMESTAMP.test(text))
        fail("not a timestamp literal (RFC 3339, UTC, with Z)");
      tokens.push({
        kind: "literal",
        text: source.slice(start, at),
        start,
        end: at,
        literal: { type, value: text },
      });
      continue;
    }
    const number = /^[+-]?(?:\d*\.\d+|\d+)/.exec(rest);
    if (number) {
      at += number[0].length;
      const type = number[0].includes(".") ? "float" : "int";
      tokens.push({ kind: "literal", text: number[0], start, end: at, literal: { type, value: number[0] } });
      continue;
    }
    const word = /^[a-zA-Z_][a-zA-Z0-9_-]*/.exec(rest);
    if (word) {
      at += word[0].length;
      const text = word[0];
      if (text === "true" || text === "false") {
        tokens.push({ kind: "literal", text, start, end: at, literal: { type: "bool", value: text } });
      } else {
        tokens.push({ kind: KEYWORDS.has(text) ? "keyword" : "ident", text, start, end: at });
      }
      continue;
    }
    const punct = PUNCTUATION.find((p) => rest.startsWith(p));
    if (!punct) fail(`unexpected character '${source[at]}'`);
    at += (punct as string).length;
    tokens.push({ kind: "punct", text: punct as string, start, end: at });
  }
  return tokens;
}

/** Parses a STIX 2.1 pattern; throws PatternSyntaxError naming what is wrong and where. */
export function parsePattern(source: string): Observation {
  const tokens = tokenize(source);
  let next = 0;
  let depth = 0;
  // Parentheses nest by recursion: a hostile pattern of a million `(` must be refused, not overflow the stack.
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_NESTING)
      throw new PatternSyntaxError(`parentheses nested more than ${MAX_NESTING} deep`);
    const result = parse();
    depth--;
    return result;
  };
  const peek = (offset = 0): Token | undefined => tokens[next + offset];
  const is = (text: string, offset = 0) => {
    const token = peek(offset);
    return token !== undefined && token.kind !== "literal" && token.text === text;
  };
  const fail = (expected: string): never => {
    const token = peek();
    throw new PatternSyntaxError(
      token
        ? `expected ${expected} at position ${token.start + 1}, found '${token.text}'`
        : `expected ${expected} at the end`,
    );
  };
  const take = (text: string): Token => {
    if (!is(text)) fail(`'${text}'`);
    return tokens[next++];
  };
  const slice = (from: Token, to: Token) => source.slice(from.start, to.end);
  const last = () => tokens[next - 1];

  // Binary operators of one level, left to right: FOLLOWEDBY binds loosest, then OR, then AND (§9.5).
  function joined<T extends { text: string }>(
    keyword: string,
    operand: () => T,
    make: (items: T[], text: string) => T,
  ): T {
    const first = peek() as Token;
    const items = [operand()];
    while (is(keyword)) {
      next++;
      items.push(operand());
    }
    return items.length === 1 ? items[0] : make(items, slice(first, last()));
  }

  const observations = (): Observation =>
    joined(
      "FOLLOWEDBY",
      () =>
        joined(
          "OR",
          () => joined("AND", observation, (items, text) => ({ kind: "and", items, text })),
          (items, text) => ({ kind: "or", items, text }),
        ),
      (items, text) => ({ kind: "followedby", items, text }),
    );

  function observation(): Observation {
    const first = peek();
    let result: Observation;
    if (is("[")) {
      next++;
      const comparison = comparisons();
      take("]");
      result = { kind: "observation", comparison, text: slice(first as Token, last()) };
    } else if (is("(")) {
      next++;
      result = nested(observations);
      take(")");
    } else {
      return fail("'[' or '('");
    }
    for (;;) {
      const qualifierStart = peek();
      if (is("WITHIN")) {
        next++;
        const amount = literal(["int", "float"], "a number of seconds");
        if (amount.value.startsWith("-")) fail("a positive number of seconds");
        take("SECONDS");
      } else if (is("REPEATS")) {
        next++;
        const times = literal(["int"], "a number of times");
        if (times.value.startsWith("-")) fail("a positive number of times");
        take("TIMES");
      } else if (is("START")) {
        next++;
        literal(["timestamp"], "a timestamp");
        take("STOP");
        literal(["timestamp"], "a timestamp");
      } else {
        return result;
      }
      const qualifier = slice(qualifierStart as Token, last());
      result = { kind: "qualified", qualifier, inner: result, text: slice(first as Token, last()) };
    }
  }

  const comparisons = (): Comparison =>
    joined(
      "OR",
      () => joined("AND", test, (items, text) => ({ kind: "and", items, text })),
      (items, text) => ({ kind: "or", items, text }),
    );

  function test(): Comparison {
    const first = peek() as Token | undefined;
    if (is("(")) {
      next++;
      const inner = nested(comparisons);
      take(")");
      return inner;
    }
    if (is("EXISTS")) {
      next++;
      const path = objectPath();
      return {
        kind: "test",
        path,
        negated: false,
        operator: "EXISTS",
        values: [],
        text: slice(first as Token, last()),
      };
    }
    const path = objectPath();
    let negated = false;
    if (is("NOT")) {
      next++;
      negated = true;
    }
    const operatorToken = peek();
    if (!operatorToken || operatorToken.kind === "literal" || operatorToken.kind === "ident")
      fail("a comparison operator");
    const word = (operatorToken as Token).text;
    next++;
    let operator = word === "==" ? "=" : word === "<>" ? "!=" : word;
    let values: Literal[];
    if (operator === "=" || operator === "!=") {
      values = [literal(["string", "int", "float", "bool", "binary", "hex", "timestamp"], "a literal")];
    } else if (["<", "<=", ">", ">="].includes(operator)) {
      values = [literal(["string", "int", "float", "binary", "hex", "timestamp"], "an orderable literal")];
    } else if (operator === "IN") {
      take("(");
      values = [];
      if (!is(")")) {
        values.push(literal(["string", "int", "float", "bool", "binary", "hex", "timestamp"], "a literal"));
        while (is(",")) {
          next++;
          values.push(literal(["string", "int", "float", "bool", "binary", "hex", "timestamp"], "a literal"));
        }
      }
      take(")");
    } else if (["LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"].includes(operator)) {
      values = [literal(["string"], "a string")];
    } else {
      operator = "";
      values = fail("a comparison operator");
    }
    return { kind: "test", path, negated, operator, values, text: slice(first as Token, last()) };
  }

  function literal(types: LiteralType[], what: string): Literal {
    const token = peek();
    if (!token?.literal || !types.includes(token.literal.type)) return fail(what);
    next++;
    return token.literal;
  }

  function objectPath(): ObjectPath {
    const type = peek();
    if (type?.kind !== "ident" || !/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(type.text)) {
      return fail("an object type (such as file or domain-name)");
    }
    next++;
    take(":");
    const components: ObjectPath["components"] = [pathName(false)];
    for (;;) {
      if (is(".")) {
        next++;
        components.push(pathName(true));
      } else if (is("[")) {
        next++;
        const index = peek();
        if (is("*")) components.push("*");
        else if (index?.literal?.type === "int") components.push(Number(index.literal.value));
        else fail("a list index or '*'");
        next++;
        take("]");
      } else {
        return { objectType: type.text, components };
      }
    }
  }

  function pathName(hyphens: boolean): string {
    const token = peek();
    if (token?.literal?.type === "string") {
      next++;
      return token.literal.value;
    }
    if (token?.kind === "ident" && (hyphens || !token.text.includes("-"))) {
      next++;
      return token.text;
    }
    return fail("a property name");
  }

  if (tokens.length === 0) throw new PatternSyntaxError("the pattern is empty");
  const result = observations();
  if (next < tokens.length) fail("the end of the pattern");
  return result;
}
