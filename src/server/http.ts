/** Route definitions, input validation and error bodies shared by the API's routes. */
import type { Context } from "hono";
import { z } from "zod";
import { HearbackError } from "../core/errors.js";
import { nestsDeeperThan, tooDeepProblem } from "../core/limits.js";
import { decodeUtf8 } from "../core/utf8.js";

export type Method = "get" | "post" | "put";

/** One API route: its input schemas feed both validation and the OpenAPI description. */
export interface RouteDef {
  readonly method: Method;
  /** Hono path under /api ("/applications/:app"). */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** The JSON body, validated before the handler runs. */
  readonly body?: z.ZodType;
  /**
   * The JSON body as documented, when the operation the route calls validates it (with the
   * operation's own schema, so there is one set of rules).
   */
  readonly bodyDoc?: z.ZodType;
  /** The query string, validated before the handler runs. */
  readonly query?: z.ZodType;
  /** What a success returns (JSON unless `produces` says otherwise). */
  readonly produces?: string;
  readonly handler: (
    c: Context,
    input: {
      readonly params: Readonly<Record<string, string>>;
      readonly body: unknown;
      readonly query: unknown;
    },
  ) => Promise<unknown>;
}

/** Turns zod issues into lines naming the field: `body.interviewers.0.email: Invalid email`. */
function zodProblems(error: z.ZodError, where: string): string[] {
  return error.issues.map((i) => {
    const path = [where, ...i.path.map(String)].join(".");
    return `${path}: ${i.message}`;
  });
}

/** Parses a value with a schema, or throws a bad-input HearbackError naming each field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const problems = zodProblems(r.error, where);
  throw new HearbackError("bad-input", `${where}: ${problems.length} problem(s)`, problems);
}

/** Reads a JSON body; a body that is not JSON is bad input, said plainly. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  const text = decodeUtf8(new Uint8Array(await c.req.arrayBuffer()), "body");
  if (text.trim() === "") return {};
  if (!type.startsWith("application/json")) {
    throw new HearbackError("bad-input", "body: send JSON with Content-Type: application/json", [
      `body: Content-Type is "${type || "missing"}", expected application/json`,
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HearbackError("bad-input", "body: not valid JSON", [
      `body: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    ]);
  }
  if (nestsDeeperThan(text, value)) {
    throw new HearbackError("bad-input", "body: nested too deeply", [tooDeepProblem("body")]);
  }
  return value;
}

/** The OpenAPI 3.1 description of the routes, generated from their zod schemas. */
export function openApi(routes: readonly RouteDef[], version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api${r.path.replace(/:(\w+)/g, "{$1}")}`;
    paths[path] ??= {};
    paths[path][r.method] = operation(r);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "hearback",
      version,
      description:
        "The JSON API of hearback's local server. Every request that changes data must carry the X-Hearback header.",
    },
    paths,
  };
}

const ERROR_SCHEMA = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        problems: { type: "array", items: { type: "string" } },
      },
      required: ["code", "message", "problems"],
    },
  },
};

const jsonSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

/** One route's operation: its parameters, its body and its answers. */
function operation(r: RouteDef): Record<string, unknown> {
  const body = r.body ?? r.bodyDoc;
  return {
    summary: r.summary,
    tags: [r.tag],
    parameters: parameters(r),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(body) } },
          },
        }
      : {}),
    responses: {
      "200": {
        description: "Success",
        content: { [r.produces ?? "application/json"]: {} },
      },
      "400": {
        description: "Bad input: each problem names the field",
        content: { "application/json": { schema: ERROR_SCHEMA } },
      },
      "404": {
        description: "Not found",
        content: { "application/json": { schema: ERROR_SCHEMA } },
      },
    },
  };
}

/** The path's parameters, the query's, and the CSRF header on every request that changes data. */
function parameters(r: RouteDef): unknown[] {
  const params: unknown[] = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (r.query) {
    const js = jsonSchema(r.query) as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(js.properties ?? {})) {
      params.push({ name, in: "query", required: js.required?.includes(name) ?? false, schema });
    }
  }
  if (r.method !== "get") {
    params.push({
      name: "X-Hearback",
      in: "header",
      required: true,
      description: "Any value: the CSRF guard every state-changing request must carry.",
      schema: { type: "string" },
    });
  }
  return params;
}
