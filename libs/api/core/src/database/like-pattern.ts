import { badInput } from '../errors/app-error';

/**
 * A `%text%` pattern for ILIKE with the wildcard characters of the user's
 * text escaped, refusing over-long text on the named field.
 */
export function containsPattern(text: string, field = 'query', maxLength = 200): string {
  if (text.length > maxLength) throw badInput(field, `The search text is too long (${maxLength} characters at most).`);
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
