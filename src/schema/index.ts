// Assembles the schema from the domain files.
import { builder } from "../builder.js";
import "./root.js";
import "./ids.js";
import "./common.js";
import "./user.js";
import "./ioc.js";
import "./collection.js";
import "./collectionMetadata.js";
import "./collectionMutations.js";
import "./change.js";
import "./enrichment.js";
import "./relation.js";
import "./search.js";
import "./live.js";
import "./pages.js";
import "./watchlist.js";
import "./exchange.js";
import "./rateLimit.js";

export const schema = builder.toSchema({ sortSchema: true });
