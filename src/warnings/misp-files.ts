// Warninglists in the JSON format of MISP/misp-warninglists, read from WARNINGLIST_DIR at start-up:
// `{ name, description?, type: "string"|"hostname"|"cidr"|"substring"|"regex", list, matching_attributes? }`
// where `list` is an array of entries or an object of entries and comments. Matching follows MISP:
// "hostname" matches the name and its subdomains (a URL by its host), "cidr" the addresses in the ranges,
// "string" the exact value, "substring" a part of it, "regex" a PCRE-style "/pattern/flags".
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { domainToASCII } from "node:url";
import { ConfigError } from "../config.js";
import type { HashKind } from "../extraction/types.js";
import { kindList, stixHashNames } from "../iocs/kinds.js";
import { addBuiltinLists } from "./builtin.js";
import { ALL_KINDS, type MatchKind, type Warninglists, WarninglistsBuilder } from "./warninglists.js";

const LIST_TYPES = ["string", "hostname", "cidr", "substring", "regex"] as const;
type ListType = (typeof LIST_TYPES)[number];

const isHashKind = (name: string): name is HashKind => Object.hasOwn(stixHashNames, name);

/**
 * The kinds of IoC a MISP attribute type holds, by the MISP types the kinds registry reads as each kind
 * (a file's are its hash names); a composite type ("domain|ip", "filename|md5", "ip-dst|port") holds the
 * kinds of its parts, where "ip" is an address; other types (email-src, AS, ...) hold none.
 */
function attributeKinds(attribute: string): MatchKind[] {
  if (attribute === "ALL") return [...ALL_KINDS];
  return attribute.split("|").flatMap((part): MatchKind[] => {
    if (part === "ip") return ["IP_ADDRESS"];
    const kind = kindList.find((candidate) => candidate.misp.importTypes.includes(part));
    if (!kind) return [];
    if (kind.type !== "FILE") return [kind.type];
    return isHashKind(part) ? [part] : [];
  });
}

export interface MispWarninglist {
  name: string;
  type: ListType;
  /** Entries and their comments ("" when none). */
  entries: Array<[string, string]>;
  kinds: ReadonlySet<MatchKind>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isListType = (value: unknown): value is ListType =>
  typeof value === "string" && (LIST_TYPES as readonly string[]).includes(value);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Checks one file's parsed JSON; throws a message saying what is wrong. */
export function parseMispWarninglist(json: unknown): MispWarninglist {
  if (!isRecord(json)) throw new Error("not a JSON object");
  const { name, type, list, matching_attributes: attributes, description } = json;
  if (typeof name !== "string" || name.trim() === "") throw new Error('"name" must be a non-empty string');
  if (description !== undefined && typeof description !== "string")
    throw new Error('"description" must be a string');
  if (!isListType(type))
    throw new Error(`"type" must be one of ${LIST_TYPES.join(", ")}; got ${JSON.stringify(type)}`);
  let given: Array<[unknown, unknown]>;
  if (Array.isArray(list)) given = list.map((entry: unknown) => [entry, ""]);
  else if (isRecord(list)) given = Object.entries(list);
  else throw new Error('"list" must be an array of entries or an object of entries and comments');
  const entries: Array<[string, string]> = [];
  for (const [entry, comment] of given) {
    if (typeof entry !== "string") throw new Error(`"list" holds ${JSON.stringify(entry)}, not a string`);
    if (typeof comment !== "string") throw new Error(`the comment of "${entry}" is not a string`);
    // MISP skips empty entries.
    if (entry !== "") entries.push([entry, comment]);
  }
  let kinds: ReadonlySet<MatchKind> = ALL_KINDS;
  if (attributes !== undefined) {
    if (!Array.isArray(attributes) || !attributes.every((attribute) => typeof attribute === "string"))
      throw new Error('"matching_attributes" must be an array of MISP attribute types');
    if (attributes.length > 0)
      kinds = new Set(attributes.flatMap((attribute: string) => attributeKinds(attribute)));
  }
  return { name: name.trim(), type, entries, kinds };
}

// PCRE delimiters that come in pairs; any other punctuation closes itself ("/x/i", "#x#", "~x~").
const CLOSING_DELIMITER: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };
const JS_FLAGS = new Set(["i", "m", "s", "u"]);

/** A PCRE-style "/pattern/flags" (what MISP hands to preg_match) as a RegExp; a bare pattern as is. */
export function mispRegex(entry: string): RegExp {
  const open = entry[0];
  const close = CLOSING_DELIMITER[open] ?? open;
  const end = entry.lastIndexOf(close);
  const delimited = /^[^\w\s\\]$/.test(open) && end > 0 && /^[a-zA-Z]*$/.test(entry.slice(end + 1));
  if (!delimited) return new RegExp(entry);
  const flags = entry.slice(end + 1);
  const unsupported = [...flags].find((flag) => !JS_FLAGS.has(flag));
  if (unsupported) throw new Error(`the PCRE flag "${unsupported}" of ${entry} has no JavaScript equivalent`);
  return new RegExp(entry.slice(1, end), flags);
}

const withComment = (reason: string, comment: string): string => (comment ? `${reason}: ${comment}` : reason);

function addMispList(builder: WarninglistsBuilder, list: MispWarninglist): void {
  const id = builder.addList(list.name, list.kinds);
  for (const [entry, comment] of list.entries) {
    switch (list.type) {
      case "cidr":
        try {
          builder.addCidr(id, entry.trim(), withComment(entry.trim(), comment));
        } catch {
          throw new Error(`"${entry}" is not an IP address or CIDR range`);
        }
        break;
      case "hostname": {
        // As MISP stores them: lower case, without leading or trailing dots; IDNs as punycode, as IoCs are.
        const lower = entry
          .trim()
          .toLowerCase()
          .replace(/^\.+|\.+$/g, "");
        const name = /[\u0080-\uffff]/.test(lower) ? domainToASCII(lower) : lower;
        if (name === "") throw new Error(`"${entry}" is not a host name`);
        builder.addHostname(id, name, withComment(`${name} and its subdomains`, comment));
        break;
      }
      case "string":
        builder.addString(id, entry, withComment(entry, comment));
        break;
      case "substring":
        builder.addSubstring(id, entry, withComment(`contains "${entry}"`, comment));
        break;
      case "regex": {
        let regex: RegExp;
        try {
          regex = mispRegex(entry);
        } catch (error) {
          throw new Error(`${entry} is not a usable regular expression: ${messageOf(error)}`);
        }
        builder.addRegex(id, regex, withComment(`matches ${entry}`, comment));
        break;
      }
    }
  }
}

/**
 * The built-in lists, then every `*.json` file under `dir` (recursively, in path order, so a checkout of
 * misp-warninglists' `lists/` works as it is). A file that is not a valid warninglist stops the start
 * with a ConfigError naming it.
 */
export async function loadWarninglists(dir?: string): Promise<Warninglists> {
  const builder = new WarninglistsBuilder();
  addBuiltinLists(builder);
  if (dir !== undefined) {
    let files: string[];
    try {
      files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".json")).sort();
    } catch (error) {
      throw new ConfigError(`WARNINGLIST_DIR: cannot read ${dir}: ${messageOf(error)}`);
    }
    for (const file of files) {
      const path = join(dir, file);
      try {
        addMispList(builder, parseMispWarninglist(JSON.parse(await readFile(path, "utf8"))));
      } catch (error) {
        throw new ConfigError(`WARNINGLIST_DIR: ${path} is not a valid warninglist: ${messageOf(error)}`);
      }
    }
  }
  return builder.build();
}
