import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';

// Validation rules shared by several input types, named once.

/** An optional ISO 3166-1 alpha-2 code (whether it exists is checked by the service). */
export const OptionalCountryCode = () =>
  applyDecorators(IsOptional(), Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as CD' }));

/** An optional http(s) address. */
export const OptionalWebsite = () =>
  applyDecorators(
    IsOptional(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) address' }),
    MaxLength(500),
  );

/** A name of an organization or an initiative. */
export const DisplayName = () => applyDecorators(IsString(), Length(2, 160, { message: 'name must be 2 to 160 characters long' }));
