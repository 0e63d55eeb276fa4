/**
 * Checks request bodies against Discord's own OpenAPI description of its HTTP API, read from
 * ../shared/discord-api-spec/openapi.json beside the project (never copied into it). Where the file
 * is absent, `loadDiscordOpenApi` returns undefined and the stand-in keeps only its own checks.
 *
 * Two adjustments make the spec check what the API accepts: integer fields also take integer
 * strings (discord.js sends permissions as "32"), and formats are not enforced (the spec's
 * `snowflake`, `int64` … are not JSON Schema formats).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const DEFAULT_SPEC_PATH = fileURLToPath(
  new URL('../../../shared/discord-api-spec/openapi.json', import.meta.url),
);

/** The request bodies checked, by what they are. */
export type BodyKind = 'commands' | 'command' | 'callback' | 'followup' | 'edit';

const BODIES: Record<BodyKind, [path: string, method: string]> = {
  commands: ['/applications/{application_id}/guilds/{guild_id}/commands', 'put'],
  command: ['/applications/{application_id}/guilds/{guild_id}/commands', 'post'],
  callback: ['/interactions/{interaction_id}/{interaction_token}/callback', 'post'],
  followup: ['/webhooks/{webhook_id}/{webhook_token}', 'post'],
  edit: ['/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', 'patch'],
};

export interface DiscordOpenApi {
  readonly path: string;
  /** Problems with the body, one line each ("/0/contexts/1: must be equal to constant"); [] when valid. */
  check(kind: BodyKind, body: unknown): string[];
}

type Schema = Record<string, unknown>;

function loosenIntegers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(loosenIntegers);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = loosenIntegers(v);
  const types = Array.isArray(out.type) ? out.type : [out.type];
  return types.includes('integer') ? { anyOf: [out, { type: 'string', pattern: '^-?[0-9]+$' }] } : out;
}

/** The few deepest errors: in a union, those of the branch that got furthest say most. */
function describe(errors: ErrorObject[] | null | undefined): string[] {
  if (!errors?.length) return ['invalid'];
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const lines = errors
    .filter((e) => depth(e) === deepest)
    .map(
      (e) =>
        `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`,
    );
  return [...new Set(lines)].slice(0, 4);
}

export function loadDiscordOpenApi(path = DEFAULT_SPEC_PATH): DiscordOpenApi | undefined {
  if (!existsSync(path)) return undefined;
  const spec = loosenIntegers(JSON.parse(readFileSync(path, 'utf8'))) as {
    paths: Record<string, Record<string, Schema>>;
    components: { schemas: Record<string, unknown> };
  };
  for (const [kind, [route, method]] of Object.entries(BODIES)) {
    const body = (
      spec.paths[route]?.[method]?.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined
    )?.content?.['application/json']?.schema;
    if (!body) throw new Error(`discord openapi: no JSON body for ${method.toUpperCase()} ${route}`);
    spec.components.schemas[`__standin_${kind}`] = body;
  }
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(spec as Schema, 'discord');
  // Compiled now, not on first use: compiling takes a second or two, which must not fall inside an
  // interaction's 3-second window while the stand-in's clock runs.
  const validators = new Map<BodyKind, ValidateFunction>();
  for (const kind of Object.keys(BODIES) as BodyKind[]) {
    const compiled = ajv.getSchema(`discord#/components/schemas/__standin_${kind}`);
    if (!compiled) throw new Error(`discord openapi: cannot compile the ${kind} body`);
    validators.set(kind, compiled);
  }
  return {
    path,
    check(kind, body) {
      const validate = validators.get(kind)!;
      return validate(body) ? [] : describe(validate.errors);
    },
  };
}
