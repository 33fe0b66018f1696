/**
 * The fixture academy in a variant world (tests/fixtures/academy/worlds.ts). Browsers are
 * launched for one port: `restartIn` serves another world on the same port, so one browser
 * visits every world (a browser start costs far more than a server's).
 */
import { startAcademy, type Academy, type World } from '../../fixtures/academy/server';

/** The fixture academy serving `world` (on `port`, or a free one). */
export function startWorld(world: World, port?: number): Promise<Academy> {
  return startAcademy(port === undefined ? { world } : { world, port });
}

/** Closes `academy` and serves `world` on its port. */
export async function restartIn(academy: Academy, world: World): Promise<Academy> {
  await academy.close();
  return startWorld(world, academy.port);
}
