/**
 * Maps extracted actors onto gold actors (DESIGN.md, "How extraction quality is scored"): an
 * extracted actor maps to a gold actor when its id, name or an alias equals the gold actor's id,
 * name or an alias, after case and punctuation folding (`foldName`).
 *
 * When an extracted actor's id or name equals a gold actor's id or name, only those gold actors are
 * taken; otherwise every gold actor sharing any folded key is. This keeps a shared alias such as
 * "Wang" from mapping "Wang Wenbin" onto "Wang Yi" while still accepting alias-only matches.
 */
import type { Actor, Extraction } from '../../core/extraction.js';
import { foldName } from '../../core/slug.js';

interface ActorKeys {
  /** Folded id and name. */
  primary: Set<string>;
  /** Folded id, name and aliases. */
  all: Set<string>;
}

function foldedKeys(values: readonly string[]): Set<string> {
  return new Set(values.map(foldName).filter((key) => key.length > 0));
}

function keysOf(actor: Pick<Actor, 'id' | 'name' | 'aliases'>): ActorKeys {
  const primary = foldedKeys([actor.id, actor.name]);
  return { primary, all: new Set([...primary, ...foldedKeys(actor.aliases ?? [])]) };
}

function intersects(left: Set<string>, right: Set<string>): boolean {
  for (const key of left) if (right.has(key)) return true;
  return false;
}

/** For an extracted actor id: the gold actor ids it maps to (possibly none). */
export type ActorMapper = (extractedActorId: string) => ReadonlySet<string>;

export function mapActors(gold: Pick<Extraction, 'actors'>, extracted: Pick<Extraction, 'actors'>): ActorMapper {
  const goldKeys = gold.actors.map((actor) => ({ id: actor.id, keys: keysOf(actor) }));
  const extractedById = new Map(extracted.actors.map((actor) => [actor.id, actor]));
  const cache = new Map<string, ReadonlySet<string>>();

  const resolve = (extractedActorId: string): ReadonlySet<string> => {
    const actor = extractedById.get(extractedActorId) ?? { id: extractedActorId, name: extractedActorId, aliases: [] };
    const keys = keysOf(actor);
    const strong = goldKeys.filter((gold) => intersects(keys.primary, gold.keys.primary));
    const chosen = strong.length > 0 ? strong : goldKeys.filter((gold) => intersects(keys.all, gold.keys.all));
    return new Set(chosen.map((gold) => gold.id));
  };

  return (extractedActorId) => {
    let mapped = cache.get(extractedActorId);
    if (!mapped) {
      mapped = resolve(extractedActorId);
      cache.set(extractedActorId, mapped);
    }
    return mapped;
  };
}

/** The identity mapper, for comparing gold with gold. */
export const sameIds: ActorMapper = (id) => new Set([id]);
