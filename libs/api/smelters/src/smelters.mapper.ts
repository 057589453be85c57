import { Smelter } from './dto/smelters.objects';
import { SmelterEntity } from './smelters.entities';

export const toSmelter = (s: SmelterEntity): Smelter => ({
  id: s.id,
  cid: s.cid,
  name: s.name,
  aliases: s.aliases,
  metal: s.metal,
  country: s.country,
  city: s.city,
  stateProvince: s.stateProvince,
  source: s.source,
  status: s.status,
  statusAsOf: s.statusAsOf,
});
