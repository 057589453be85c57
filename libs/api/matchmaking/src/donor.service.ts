import { Actor, ActivityLog, MoneyInput, OrganizationKind, UnitOfWork, badInput, forbidden, isAdminRole } from '@commonground/api-core';
import { OrganizationEntity } from '@commonground/api-identity';
import { isCountry, isCurrency, isMineral, isRegion, isTheme } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DonorProfileInput, WeightedValueInput } from './dto/matchmaking.inputs';
import { DonorProfileEntity } from './matchmaking.entities';
import { ScoringDonor } from './scoring';

const money = (amountMinor: number | null, currency: string | null) => (amountMinor === null || !currency ? null : { amountMinor, currency });

export const toScoringDonor = (p: DonorProfileEntity): ScoringDonor => ({
  id: p.organizationId,
  themes: p.themes,
  minerals: p.minerals,
  countries: p.countries,
  regions: p.regions,
  ticketMin: money(p.ticketMinMinor, p.ticketCurrency),
  ticketMax: money(p.ticketMaxMinor, p.ticketCurrency),
  stages: p.stages,
  openToCoFunding: p.openToCoFunding,
  excludedCountries: p.excludedCountries,
  excludedThemes: p.excludedThemes,
  windowOpensAt: p.windowOpensAt,
  windowClosesAt: p.windowClosesAt,
});

/** One donor profile per donor organization. */
@Injectable()
export class DonorProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly activity: ActivityLog,
  ) {}

  async requireDonor(actor: Actor): Promise<OrganizationEntity> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId! });
    if (org.kind !== OrganizationKind.DONOR) throw forbidden('This is for donor organizations; switch to your donor organization.');
    return org;
  }

  private weighted(values: WeightedValueInput[] | null | undefined, field: string, known: (v: string) => boolean, what: string) {
    const seen = new Set<string>();
    return (values ?? []).map((v, i) => {
      if (!known(v.value)) throw badInput(`input.${field}.${i}.value`, `Unknown ${what} ${v.value}.`);
      if (seen.has(v.value)) throw badInput(`input.${field}.${i}.value`, `${v.value} is listed twice.`);
      seen.add(v.value);
      return { value: v.value, weight: v.weight };
    });
  }

  async upsert(actor: Actor, input: DonorProfileInput): Promise<DonorProfileEntity> {
    await this.requireDonor(actor);
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators set the donor profile.');
    const themes = this.weighted(input.themes, 'themes', isTheme, 'theme');
    const minerals = this.weighted(input.minerals, 'minerals', isMineral, 'mineral');
    const countries = this.weighted(input.countries, 'countries', isCountry, 'country');
    const regions = this.weighted(input.regions, 'regions', isRegion, 'region (UN M49 code)');
    const tickets: Array<[MoneyInput | null | undefined, string]> = [[input.ticketMin, 'ticketMin'], [input.ticketMax, 'ticketMax']];
    for (const [m, field] of tickets) if (m && !isCurrency(m.currency)) throw badInput(`input.${field}.currency`, `Unknown currency ${m.currency}.`);
    if (input.ticketMin && input.ticketMax) {
      if (input.ticketMin.currency !== input.ticketMax.currency) throw badInput('input.ticketMax.currency', 'Give the ticket range in one currency.');
      if (input.ticketMin.amountMinor > input.ticketMax.amountMinor) throw badInput('input.ticketMin', 'The smallest ticket is above the largest.');
    }
    (input.excludedCountries ?? []).forEach((c) => {
      if (!isCountry(c)) throw badInput('input.excludedCountries', `Unknown country code ${c}.`);
    });
    (input.excludedThemes ?? []).forEach((t) => {
      if (!isTheme(t)) throw badInput('input.excludedThemes', `Unknown theme ${t}.`);
    });
    if (input.windowOpensAt && input.windowClosesAt && input.windowOpensAt >= input.windowClosesAt) throw badInput('input.windowClosesAt', 'The funding window closes before it opens.');
    return this.uow.run(async (manager) => {
      const existing = await manager.findOneBy(DonorProfileEntity, { organizationId: actor.organizationId! });
      const profile = Object.assign(existing ?? manager.create(DonorProfileEntity, { organizationId: actor.organizationId! }), {
        themes,
        minerals,
        countries,
        regions,
        ticketMinMinor: input.ticketMin?.amountMinor ?? null,
        ticketMaxMinor: input.ticketMax?.amountMinor ?? null,
        ticketCurrency: input.ticketMin?.currency ?? input.ticketMax?.currency ?? null,
        stages: [...new Set(input.stages ?? [])],
        openToCoFunding: input.openToCoFunding,
        excludedCountries: input.excludedCountries ?? [],
        excludedThemes: input.excludedThemes ?? [],
        windowOpensAt: input.windowOpensAt ?? null,
        windowClosesAt: input.windowClosesAt ?? null,
      });
      const saved = await manager.save(DonorProfileEntity, profile);
      await this.activity.record(this.activity.byActor(actor, { action: 'DONOR_PROFILE_SAVED', targetType: 'DonorProfile', targetId: saved.id }), manager);
      return saved;
    });
  }

  byOrganization(organizationId: string): Promise<DonorProfileEntity | null> {
    return this.dataSource.getRepository(DonorProfileEntity).findOneBy({ organizationId });
  }

  all(): Promise<DonorProfileEntity[]> {
    return this.dataSource.getRepository(DonorProfileEntity).find();
  }
}
